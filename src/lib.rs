//! Dossier: a workbench for reading news about deals and power.
//!
//! The core turns an article into an [`model::Analysis`]: its people,
//! organisations, places, money, dates and roles, the entities they refer
//! to, the relations between them and the money figures, all as byte spans
//! into the unaltered text.
//!
//! ```
//! use dossier::{model::Document, pipeline::Pipeline};
//! let pipeline = Pipeline::new().expect("bundled resources load");
//! let doc = Document::from_text("note.txt", "Back in 2019, Microsoft invested $1 billion in OpenAI.");
//! let analysis = pipeline.analyze(doc);
//! let money = &analysis.money[0];
//! assert_eq!(money.value, 1e9);
//! assert_eq!(money.currency, "USD");
//! ```

pub mod cli;
pub mod corpus;
pub mod eval;
pub mod export;
pub mod lang;
pub mod load;
pub mod model;
pub mod ner;
pub mod pipeline;
mod rng;
pub mod search;
pub mod syntax;

#[cfg(feature = "gui")]
pub mod app;
