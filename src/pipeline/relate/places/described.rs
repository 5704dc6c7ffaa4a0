//! A description glued to a place ("the Cupertino-based firm") standing
//! for the organisation named last before it.

use crate::model::{EntityKind, Span};

use super::super::context::Context;

/// "The Cupertino-based firm": when the words after the place's suffix end
/// in a company noun and name no organisation, the description stands for
/// the organisation named last before it (in this sentence or the two
/// before), as descriptions are resolved.
pub(super) fn described(
    ctx: &Context<'_>,
    sentence: Span,
    place_start: usize,
    from: usize,
) -> Option<usize> {
    let lang = ctx.lang;
    let rest = &ctx.text[from.min(sentence.end)..sentence.end];
    let company =
        |w: &str| lang.kinds.org_nouns_before.contains(w) || lang.rules.nominal_heads.contains(w);
    // "-based chip firm": a company noun among the next lower-case words.
    rest.trim_start()
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .take(3)
        .take_while(|w| !w.is_empty() && w.chars().all(char::is_lowercase))
        .find(|w| company(w))?;
    let s = ctx.seg.sentence_index(sentence.start);
    let window = ctx.seg.sentences[s.saturating_sub(2)].span.start;
    ctx.mentions
        .iter()
        .rev()
        .filter(|m| m.span.start >= window && m.span.end <= place_start)
        .find_map(|m| {
            m.entity
                .filter(|&e| ctx.kinds.get(e) == Some(&EntityKind::Org))
        })
}
