//! Why a command failed: the error of the part it ran, passed through
//! unchanged so that the message is that part's own.

/// Why a headless command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// `dossier eval`.
    #[error(transparent)]
    Eval(#[from] crate::eval::EvalError),
    /// `dossier eval-timex`, `dossier eval-values`.
    #[error(transparent)]
    Corpus(#[from] crate::eval::CorpusError),
    /// `dossier eval-entities`.
    #[error(transparent)]
    Entities(#[from] crate::eval::EntitiesError),
    /// `dossier train-ner`, `dossier ner`, `dossier eval-ner`.
    #[error(transparent)]
    Ner(#[from] crate::ner::NerError),
    /// `dossier train-parser`, `dossier eval-parser`.
    #[error(transparent)]
    Syntax(#[from] crate::syntax::SyntaxError),
    /// `dossier train-relations`: the pipeline's resources.
    #[error(transparent)]
    Pipeline(#[from] crate::pipeline::PipelineError),
    /// Writing a file.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}
