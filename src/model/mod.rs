//! Vocabulary shared by every stage and by the GUI: spans, mentions, entities,
//! relations, money and date facts, documents and the analysis that ties them
//! together, and the counts every evaluation scores with. Nothing here
//! knows about egui or files.

mod alias_rule;
mod analysis;
pub mod correction;
mod counts;
mod document;
mod entity;
mod kind;
mod mention;
mod money;
mod offsets;
mod relation;
mod span;
pub mod timex;

pub use alias_rule::AliasRule;
pub use analysis::{Analysis, DateFact, Granularity};
pub use correction::Correction;
pub use counts::{Counts, harmonic_mean, ratio};
pub use document::{Document, Region, RegionKind};
pub use entity::{AliasLink, Entity};
pub use kind::{EntityKind, Provenance};
pub use mention::{Mention, MentionPlaces, mention_counts, most_mentioned};
pub use money::{MoneyFact, Per, SAME_VALUE, same_value};
pub use offsets::OffsetMap;
pub(crate) use offsets::ascii_run;
pub use relation::{KindProps, Relation, RelationKind, Status};
pub use span::Span;
