//! Dates: recognition rules and ISO 8601 normalisation.
//!
//! Takes a DATE mention (and the text around it, and the publication date
//! as anchor); gives its ISO 8601 / TimeML value and granularity.

mod calendar;
mod facts;
mod normalize;
mod tense;
mod words;

pub use calendar::{Anchor, is_iso_day};
pub use facts::{date_relations, facts, nearest};
pub use normalize::{normalize, normalize_in_context};
