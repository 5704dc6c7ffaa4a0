//! The tagging candidate: a mention before resolution, shared by tagging,
//! kind repair and resolution.

use crate::model::{EntityKind, Mention, Span};

/// A candidate mention before the overlap policy runs.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The mention.
    pub mention: Mention,
    /// Head noun for nominal references.
    pub head: Option<String>,
}

/// Stretches candidate `i` to end at `end` as one place ("the Baltic
/// states", "John F. Kennedy airport"), unless the next candidate starts
/// before `end`: the words it would take are a mention of their own.
pub fn stretch_to_place(candidates: &mut [Candidate], i: usize, end: usize) {
    if candidates
        .get(i + 1)
        .is_some_and(|n| n.mention.span.start < end)
    {
        return;
    }
    let m = &mut candidates[i].mention;
    m.span = Span::new(m.span.start, end);
    m.kind = EntityKind::Loc;
}

/// Joins a name candidate into the name just before it, as one
/// organisation, where the gap between them starts and ends with a space
/// and `joins(first, gap, second)` agrees. Nominal references and
/// non-names are never joined.
pub fn join_linked_names(
    text: &str,
    candidates: &mut Vec<Candidate>,
    joins: impl Fn(&Candidate, &str, &Candidate) -> bool,
) {
    let is_name = |c: &Candidate| c.mention.kind.is_name() && !c.mention.nominal;
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates.drain(..) {
        let joined = out
            .last()
            .filter(|a| is_name(a) && is_name(&c))
            .is_some_and(|a| {
                text.get(a.mention.span.end..c.mention.span.start)
                    .is_some_and(|gap| {
                        gap.starts_with(' ') && gap.ends_with(' ') && joins(a, gap, &c)
                    })
            });
        match (joined, out.last_mut()) {
            (true, Some(a)) => {
                a.mention.span = Span::new(a.mention.span.start, c.mention.span.end);
                a.mention.kind = EntityKind::Org;
            }
            _ => out.push(c),
        }
    }
    *candidates = out;
}
