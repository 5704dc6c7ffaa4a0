//! The subject of a clause: the first reference not governed by a
//! preposition and not a possessive.

use crate::lang::WordList;
use crate::model::{EntityKind, Mention, Span};

/// Text right after a span, with a possessive clitic if one follows.
pub(super) fn possessive_after(text: &str, span: Span) -> Option<&'static str> {
    let after = &text[span.end..];
    ["’s", "'s", "’", "'"]
        .into_iter()
        .find(|p| after.starts_with(p) && !after[p.len()..].starts_with(char::is_alphanumeric))
}

/// The entity that is the subject of the clause containing `sentence`, from
/// resolved mentions: the first reference not governed by a preposition and
/// not a possessive; failing that, the first possessive.
pub fn subject_of(
    prepositions: &WordList,
    text: &str,
    sentence: Span,
    mentions: &[Mention],
    before: Option<usize>,
) -> Option<usize> {
    subject_with(
        &|w| prepositions.contains(w),
        text,
        sentence,
        mentions,
        before,
    )
}

fn subject_with(
    is_preposition: &dyn Fn(&str) -> bool,
    text: &str,
    sentence: Span,
    mentions: &[Mention],
    before: Option<usize>,
) -> Option<usize> {
    let limit = before.unwrap_or(sentence.end);
    // Mentions are in text order: start at the sentence, stop at its end.
    let first = mentions.partition_point(|m| m.span.start < sentence.start);
    let refs: Vec<&Mention> = mentions[first..]
        .iter()
        .take_while(|m| m.span.start < sentence.end)
        .filter(|m| {
            m.span.within(sentence)
                && m.span.start < limit
                && m.entity.is_some()
                && matches!(
                    m.kind,
                    EntityKind::Person | EntityKind::Org | EntityKind::Misc
                )
        })
        .collect();
    let preceded_by_prep = |m: &Mention| {
        let before = text[sentence.start..m.span.start].trim_end();
        let prev = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .to_lowercase();
        is_preposition(&prev)
    };
    refs.iter()
        .find(|m| possessive_after(text, m.span).is_none() && !preceded_by_prep(m))
        .or_else(|| {
            refs.iter()
                .find(|m| possessive_after(text, m.span).is_some() && !preceded_by_prep(m))
        })
        .and_then(|m| m.entity)
}
