//! Resolution: mentions → entities.
//!
//! Takes the tagged candidates (names and nominal descriptions), the
//! sentence spans and the headline spans; gives mentions each with its
//! entity, and entities in order of first mention. Later, pronouns that
//! stand for a subject join their entities ([`add_pronoun_mentions`]).

mod acronyms;
mod before;
mod canonical;
mod clipped;
mod entities;
mod homes;
mod identified;
mod introduced;
mod long_names;
mod makers;
mod members;
mod namesakes;
mod nominals;
mod parents;
mod passing;
mod placed;
mod plural;
mod pronouns;
mod salience;
mod sense;
mod shared;
mod short_forms;
mod subject;
#[cfg(test)]
mod tests;
mod trade_heads;
mod units;
mod venture;

pub use crate::pipeline::names::{name_key, strip_possessive};
pub use entities::{Resolution, resolve};
pub use makers::name_with_makers;
pub use pronouns::{add_pronoun_mentions, add_reference_mentions};
pub use subject::{MODIFIERS, governed_by, possessor_leads, subject_of};
pub use trade_heads::trade_descriptions;
