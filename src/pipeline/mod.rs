//! The analysis pipeline: segment → tag → resolve → relate → figures.
//! Each stage is a module with text in and sorted spans out.

pub mod dates;

use crate::model::{Analysis, Document};
use crate::ner::{NerError, NerModel};

/// Loaded resources (NER model, gazetteers) and the stages that use them.
#[derive(Debug)]
pub struct Pipeline {
    ner: NerModel,
}

impl Pipeline {
    /// The pipeline with the bundled model and gazetteers.
    pub fn new() -> Result<Self, NerError> {
        Ok(Self { ner: NerModel::embedded()? })
    }

    /// Runs every stage on a document.
    pub fn analyze(&self, document: Document) -> Analysis {
        Analysis { document, model: self.ner.name().to_owned(), ..Default::default() }
    }
}
