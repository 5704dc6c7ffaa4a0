//! Evaluation: Dossier's output scored against annotated corpora.
//!
//! [`corpus`] holds one reader per corpus format (gold JSON, TimeML, CAT
//! XML, CoNLL); each scorer runs the part of Dossier it measures on what a
//! reader gives and counts with the one [`Counts`](crate::model::Counts)
//! type (precision, recall, F1):
//!
//! - [`gold`]: the full pipeline against gold JSON files (`dossier eval`);
//! - [`timex`]: the DATE rules and normalisation against TempEval-3
//!   (`dossier eval-timex`);
//! - [`values`]: the MONEY and PERCENT rules against MEANTIME
//!   (`dossier eval-values`);
//! - [`entities`]: the pipeline's names against MEANTIME
//!   (`dossier eval-entities`);
//! - [`srl`]: the pipeline's relations against MEANTIME's semantic-role
//!   layer (`dossier eval-srl`);
//! - [`ner`]: the tagger against CoNLL-2003, conlleval-style
//!   (`dossier eval-ner`);
//! - [`coref`]: cross-document entities against MEANTIME's cross-document
//!   layer, MUC / B³ / CEAF-e (`dossier eval-corpus`);
//! - [`learn`]: training data for the learned relation step from gold
//!   files, and its cross-validation (`dossier train-relations`).
//!
//! Every report renders through [`Report`]; [`spans`] holds the span
//! pairing the corpus scorers share.

pub mod coref;
pub mod corpus;
mod english;
pub mod entities;
mod error;
pub mod gold;
pub mod learn;
pub mod ner;
mod report;
pub mod spans;
pub mod srl;
pub mod timex;
pub mod values;

pub use error::{CorpusError, EntitiesError, EvalError};
pub use report::Report;
