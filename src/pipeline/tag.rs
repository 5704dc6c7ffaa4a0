//! Mentions: the statistical tagger's names merged with rule matches under a
//! named overlap policy.

use crate::model::{EntityKind, Mention, Provenance, Span};
use crate::ner::{NerLabel, NerModel, NerTag};

use super::rules::RuleMatch;
use super::segment::Segmentation;

/// How overlapping candidates from different layers are settled.
///
/// `ValuesThenNamesThenRoles`: candidates are ranked by layer — rule values
/// (MONEY, PERCENT, DATE) first, then names from the model, then roles
/// (TITLE), then nominal references — and within a layer leftmost-longest.
/// A candidate is kept when it overlaps nothing already kept. Before ranking,
/// a model name that begins with a role word ("President Donald Trump") is
/// trimmed so that role and name both survive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OverlapPolicy {
    /// See the type documentation.
    #[default]
    ValuesThenNamesThenRoles,
}

/// A candidate mention before the overlap policy runs.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The mention.
    pub mention: Mention,
    /// Head noun for nominal references.
    pub head: Option<String>,
}

fn layer(c: &Candidate) -> u8 {
    match (c.mention.kind, c.mention.nominal) {
        (EntityKind::Money | EntityKind::Percent | EntityKind::Date, _) => 0,
        (_, true) => 3,
        (EntityKind::Title, _) => 2,
        _ => 1,
    }
}

/// Runs the tagger over every sentence and returns name mentions.
pub fn model_mentions(model: &NerModel, text: &str, seg: &Segmentation) -> Vec<Mention> {
    let sentences: Vec<Vec<&str>> = seg
        .sentences
        .iter()
        .map(|s| {
            seg.tokens[s.tokens.clone()]
                .iter()
                .map(|t| t.slice(text))
                .collect()
        })
        .collect();
    let tags = model.tag_document(&sentences);
    let mut out = Vec::new();
    for (sentence, tags) in seg.sentences.iter().zip(tags) {
        let spans = &seg.tokens[sentence.tokens.clone()];
        let mut open: Option<(NerLabel, usize, usize, f32, usize)> = None; // label, start, end, conf sum, n
        let close = |open: &mut Option<(NerLabel, usize, usize, f32, usize)>,
                     out: &mut Vec<Mention>| {
            if let Some((label, start, end, sum, n)) = open.take() {
                let kind = match label {
                    NerLabel::Per => EntityKind::Person,
                    NerLabel::Org => EntityKind::Org,
                    NerLabel::Loc => EntityKind::Loc,
                    NerLabel::Misc => EntityKind::Misc,
                };
                #[allow(clippy::cast_precision_loss)]
                let conf = sum / n as f32;
                out.push(Mention::new(
                    Span::new(start, end),
                    kind,
                    Provenance::Model,
                    conf,
                ));
            }
        };
        for (span, (tag, conf)) in spans.iter().zip(tags) {
            match tag {
                NerTag::I(label) if open.is_some_and(|o| o.0 == label) => {
                    if let Some(o) = open.as_mut() {
                        o.2 = span.end;
                        o.3 += conf;
                        o.4 += 1;
                    }
                }
                NerTag::B(label) | NerTag::I(label) => {
                    close(&mut open, &mut out);
                    open = Some((label, span.start, span.end, conf, 1));
                }
                NerTag::O => close(&mut open, &mut out),
            }
        }
        close(&mut open, &mut out);
    }
    out
}

/// Applies [`OverlapPolicy::ValuesThenNamesThenRoles`]: sorted, non-overlapping mentions.
pub fn merge(text: &str, names: Vec<Mention>, rules: Vec<RuleMatch>) -> Vec<Candidate> {
    let titles: Vec<Span> = rules
        .iter()
        .filter(|r| r.kind == EntityKind::Title)
        .map(|r| r.span)
        .collect();
    let mut candidates: Vec<Candidate> = Vec::with_capacity(names.len() + rules.len());
    for mut m in names {
        // Trim a leading role word off a name: "President Donald Trump".
        if let Some(t) = titles
            .iter()
            .find(|t| t.start == m.span.start && t.end < m.span.end)
        {
            let rest = &text[t.end..m.span.end];
            let skip = rest.len() - rest.trim_start().len();
            m.span.start = t.end + skip;
        }
        // A name never ends in a possessive or punctuation.
        let s = m.span.slice(text);
        let trimmed = s.trim_end_matches(['’', '\'', ',', '.', ':', ';']);
        let trimmed = trimmed
            .strip_suffix("’s")
            .or_else(|| trimmed.strip_suffix("'s"))
            .unwrap_or(trimmed);
        m.span.end = m.span.start + trimmed.len();
        if !m.span.is_empty() {
            candidates.push(Candidate {
                mention: m,
                head: None,
            });
        }
    }
    for r in rules {
        let nominal = r.head.is_some();
        let mut mention = Mention::new(
            r.span,
            r.kind,
            Provenance::Rule,
            if nominal { 0.6 } else { 0.9 },
        );
        mention.nominal = nominal;
        candidates.push(Candidate {
            mention,
            head: r.head,
        });
    }
    candidates.sort_by_key(|c| {
        (
            layer(c),
            c.mention.span.start,
            std::cmp::Reverse(c.mention.span.end),
        )
    });
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    let mut taken: Vec<Span> = Vec::new(); // sorted by start
    for c in candidates {
        let span = c.mention.span;
        let i = taken.partition_point(|t| t.end <= span.start);
        if taken.get(i).is_some_and(|t| t.overlaps(span)) {
            continue;
        }
        taken.insert(i, span);
        kept.push(c);
    }
    kept.sort_by_key(|c| c.mention.span.start);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::rules;

    #[test]
    fn role_word_is_trimmed_off_a_name_and_values_win() {
        let text = "President Donald Trump announced $5 billion in 2019.";
        let names = vec![
            Mention::new(Span::new(0, 22), EntityKind::Person, Provenance::Model, 0.9),
            Mention::new(Span::new(33, 35), EntityKind::Misc, Provenance::Model, 0.4), // "$5" oddly tagged
        ];
        let merged = merge(text, names, rules::find(text));
        let got: Vec<(&str, EntityKind)> = merged
            .iter()
            .map(|c| (c.mention.span.slice(text), c.mention.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                ("President", EntityKind::Title),
                ("Donald Trump", EntityKind::Person),
                ("$5 billion", EntityKind::Money),
                ("2019", EntityKind::Date),
            ]
        );
    }
}
