//! Why an evaluation could not run: one error type per kind of input, so
//! that each message names what failed and the path last.

use std::path::PathBuf;

/// Why a gold-file evaluation (`dossier eval`) could not run.
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
    /// The article a gold file names could not be loaded.
    #[error(transparent)]
    Load(#[from] crate::load::LoadError),
    /// The pipeline's resources did not load.
    #[error(transparent)]
    Model(#[from] crate::pipeline::PipelineError),
}

/// Why a TimeML or MEANTIME evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// A file or directory could not be read.
    #[error("cannot read ({source}): {}", path.display())]
    Io {
        /// The underlying error.
        source: std::io::Error,
        /// The file or directory.
        path: PathBuf,
    },
    /// A file is not well-formed XML or lacks what the format needs.
    #[error("bad corpus file ({reason}): {}", path.display())]
    Format {
        /// What is wrong.
        reason: String,
        /// The file.
        path: PathBuf,
    },
    /// No corpus file was found under the paths given.
    #[error("no {ext} files found under the paths given: {}", paths.join(", "))]
    Empty {
        /// The expected extension.
        ext: &'static str,
        /// The paths given.
        paths: Vec<String>,
    },
}

/// Why `eval-entities` could not run.
#[derive(Debug, thiserror::Error)]
pub enum EntitiesError {
    /// The corpus could not be read.
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    /// The pipeline's bundled model did not load.
    #[error("cannot load the pipeline: {0}")]
    Pipeline(#[from] crate::pipeline::PipelineError),
    /// A rebuilt text could not be written (`--texts-out`).
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file being written.
        path: PathBuf,
        /// What the file system said.
        source: std::io::Error,
    },
}
