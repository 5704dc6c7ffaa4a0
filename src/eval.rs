//! Scores the pipeline against gold files (format: shared/eval/README.md).

use std::path::{Path, PathBuf};

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A gold file could not be read or parsed.
    #[error("cannot read gold file ({reason}): {}", path.display())]
    Gold {
        /// What went wrong.
        reason: String,
        /// The gold file.
        path: PathBuf,
    },
}

/// Scores for all gold files.
#[derive(Debug, Default)]
pub struct Report {}

impl Report {
    /// Human-readable table.
    pub fn render(&self, _verbose: bool) -> String {
        String::new()
    }
}

/// Runs the pipeline on each gold file's article and scores it.
pub fn evaluate_files(_gold: &[PathBuf]) -> Result<Report, EvalError> {
    let _ = Path::new("");
    Ok(Report::default())
}
