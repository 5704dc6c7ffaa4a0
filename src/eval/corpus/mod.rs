//! One reader per corpus format, each turning files into documents with
//! their gold annotations and nothing scored yet:
//!
//! - gold JSON (`dossier eval`): [`gold`];
//! - TimeML, TempEval-3 (`eval-timex`): [`timeml`];
//! - CAT XML, MEANTIME (`eval-values`, `eval-entities`): [`cat`];
//! - CoNLL-2003 (`eval-ner`, `ner`, `train-ner`): [`conll`], the tagger's
//!   own reader, since training reads it too.

pub mod cat;
mod files;
pub mod gold;
pub mod timeml;
mod xml;

pub use crate::ner::conll;
pub use files::{collect_files, meantime_files, read_corpus_file};
