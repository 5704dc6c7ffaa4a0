//! Dates: recognition rules and ISO 8601 normalisation.
//!
//! Takes a DATE mention (and the text around it, and the publication date
//! as anchor); gives its ISO 8601 / TimeML value and granularity.

mod calendar;
mod facts;
mod normalize;
mod tense;
mod words;
mod year_parts;

pub use calendar::{Anchor, is_iso_day};
pub use facts::{date_relations, facts, nearest};
pub use normalize::{normalize, normalize_in_context};

/// True when the sentence around `span` is in the past tense ("was lost",
/// "earned"), by the cue nearest it.
pub fn past_around(words: &crate::lang::DateWords, text: &str, span: crate::model::Span) -> bool {
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return false;
    };
    tense::tense_around(words, before, after) == tense::Tense::Past
}
