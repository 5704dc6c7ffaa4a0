//! The subject of a clause: the first reference not governed by a
//! preposition and not a possessive.

use crate::lang::ResolveWords;
use crate::model::{EntityKind, Mention, Span};
use crate::pipeline::word_shape::is_describing_word;

/// Text right after a span, with a possessive clitic if one follows.
pub(super) fn possessive_after(text: &str, span: Span) -> Option<&'static str> {
    let after = &text[span.end..];
    ["’s", "'s", "’", "'"]
        .into_iter()
        .find(|p| after.starts_with(p) && !after[p.len()..].starts_with(char::is_alphanumeric))
}

/// How many compound describing words may stand between an article and the
/// name it opens ("from the state-backed X").
pub const MODIFIERS: usize = 2;

/// True when the words before a name, nearest first, put it under a
/// preposition: right before it ("in X"), or before an article and at most
/// [`MODIFIERS`] small-letter compound words ("on the London exchange",
/// "from the state-backed X"; not "In the new version X", a head noun).
pub fn governed_by<S: AsRef<str>>(words: &ResolveWords, before: &[S]) -> bool {
    let word = |k: usize| before.get(k).map_or("", AsRef::as_ref);
    if words.prepositions.contains(word(0)) {
        return true;
    }
    (0..=MODIFIERS)
        .take_while(|&k| {
            k == 0 || {
                let w = word(k - 1);
                w.contains('-') && is_describing_word(w)
            }
        })
        .any(|k| words.determiners.contains(word(k)) && words.prepositions.contains(word(k + 1)))
}

/// The entity that is the subject of the clause containing `sentence`, from
/// resolved mentions: the first reference not governed by a preposition and
/// not a possessive; failing that, the first possessive. An article between
/// the preposition and the name ("trade on the London Stock Exchange") still
/// leaves the name governed.
pub fn subject_of(
    words: &ResolveWords,
    text: &str,
    sentence: Span,
    mentions: &[Mention],
    before: Option<usize>,
) -> Option<usize> {
    subject_with(words, text, sentence, mentions, before)
}

fn subject_with(
    words: &ResolveWords,
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
        let prev: Vec<String> = before
            .rsplit(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .take(MODIFIERS + 2)
            .map(str::to_lowercase)
            .collect();
        governed_by(words, &prev)
    };
    refs.iter()
        .find(|m| possessive_after(text, m.span).is_none() && !preceded_by_prep(m))
        .or_else(|| {
            refs.iter()
                .find(|m| possessive_after(text, m.span).is_some() && !preceded_by_prep(m))
        })
        .and_then(|m| m.entity)
}

/// The entity a relative clause that holds the description at `at` is
/// about: the name right before ", which" (or another relative pronoun)
/// when that clause runs, comma-free, up to the description.
pub(super) fn relative_antecedent(
    lang: &ResolveWords,
    text: &str,
    before: &[Mention],
    sentence: Span,
    at: usize,
) -> Option<usize> {
    let from = sentence.start.min(at);
    let comma = from + text[from..at].rfind(", ")?;
    let pronoun = text[comma + 2..at].split_whitespace().next()?;
    if !lang.relative_pronouns.contains_lowercase(pronoun) {
        return None;
    }
    before
        .iter()
        .rev()
        .find(|m| m.span.end <= comma && m.entity.is_some())
        .filter(|m| m.span.start >= from && text[m.span.end..comma].trim().is_empty())
        .and_then(|m| m.entity)
}
