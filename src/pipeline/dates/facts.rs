//! Date facts: every DATE mention normalised, and the date nearest an event.

use crate::lang::{DateWords, Language};
use crate::model::{DateFact, EntityKind, Granularity, Mention, Relation, Span};

use super::calendar::Anchor;
use super::normalize::normalize_in_context;

/// Takes the mentions and the publication anchor; gives a [`DateFact`] per
/// DATE mention, in mention order.
pub fn facts(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    anchor: Option<Anchor>,
) -> Vec<DateFact> {
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == EntityKind::Date)
        .map(|(i, m)| {
            let (value, granularity) =
                normalize_in_context(lang, text, m.span.start, m.span.end, anchor);
            DateFact {
                mention: i,
                value,
                granularity,
            }
        })
        .collect()
}

/// Dates each relation by the date nearest its trigger in its sentence;
/// gives the relations and, beside them, the money mention each carries.
pub fn date_relations(
    words: &DateWords,
    text: &str,
    dates: &[DateFact],
    mentions: &[Mention],
    related: Vec<(Relation, Option<usize>)>,
) -> (Vec<Relation>, Vec<Option<usize>>) {
    let mut relations = Vec::with_capacity(related.len());
    let mut money_of_relation = Vec::with_capacity(related.len());
    for (mut r, money) in related {
        r.date = nearest(words, text, dates, mentions, r.evidence, r.trigger);
        relations.push(r);
        money_of_relation.push(money);
    }
    (relations, money_of_relation)
}

/// The date in `sentence` nearest the trigger that names a point in time.
pub fn nearest(
    words: &DateWords,
    text: &str,
    dates: &[DateFact],
    mentions: &[Mention],
    sentence: Span,
    trigger: Span,
) -> Option<usize> {
    dates
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            let span = mentions[d.mention].span;
            if !span.within(sentence) {
                return false;
            }
            // "since 2007" opens a range; it does not date the event.
            let before = text[sentence.start..span.start]
                .split_whitespace()
                .last()
                .unwrap_or("");
            d.granularity != Granularity::Duration
                && d.year().is_some()
                && !words.range_openers.contains_lowercase(before)
        })
        .min_by_key(|(_, d)| mentions[d.mention].span.start.abs_diff(trigger.start))
        .map(|(i, _)| i)
}
