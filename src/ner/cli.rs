//! The `train-ner`, `ner` and `eval-ner` commands.

use std::path::Path;

use super::NerError;

/// `dossier train-ner`.
pub fn train(_train: &Path, _dev: Option<&Path>, _out: &Path, _epochs: usize, _seed: u64) -> Result<(), NerError> {
    Err(NerError::Model { reason: "training not implemented yet".into() })
}

/// `dossier ner --conll FILE`.
pub fn tag_conll(_file: &Path, _model: Option<&Path>) -> Result<(), NerError> {
    Err(NerError::Model { reason: "not implemented yet".into() })
}

/// `dossier eval-ner FILE`.
pub fn eval_conll(_file: &Path, _model: Option<&Path>) -> Result<(), NerError> {
    Err(NerError::Model { reason: "not implemented yet".into() })
}
