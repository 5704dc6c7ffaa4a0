//! Exports: annotated JSON v1 (the document format), JSON Lines, and the
//! atomic file writing they share.

mod atomic;
mod json_v1;
mod offsets;

use std::io::Write as _;
use std::path::{Path, PathBuf};

pub use atomic::write_atomic;
pub use json_v1::{SCHEMA_ID, to_json_v1};
pub use offsets::OffsetMap;

use crate::load::{LoadError, load_path};
use crate::pipeline::Pipeline;

/// Output formats of `dossier analyze`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One annotated JSON v1 object (an array when several files are given).
    Json,
    /// One annotated JSON v1 object per line.
    Jsonl,
}

impl Format {
    /// Parses a `--format` value.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "json" => Some(Self::Json),
            "jsonl" => Some(Self::Jsonl),
            _ => None,
        }
    }
}

/// Options of `dossier analyze`.
#[derive(Clone, Debug)]
pub struct AnalyzeOptions {
    /// Output format.
    pub format: Format,
    /// Publication date anchoring relative dates, when the article has none.
    pub published: Option<String>,
    /// Output file; stdout when `None`.
    pub out: Option<PathBuf>,
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// An input could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The pipeline's resources did not load.
    #[error(transparent)]
    Model(#[from] crate::ner::NerError),
    /// The output could not be written.
    #[error("cannot write export ({source}): {}", path.display())]
    Write {
        /// The OS error.
        source: std::io::Error,
        /// The output path.
        path: PathBuf,
    },
    /// The output would overwrite one of the inputs.
    #[error("refusing to overwrite a source article with the export: {}", path.display())]
    WouldOverwriteSource {
        /// The path.
        path: PathBuf,
    },
    /// A malformed `--published` date.
    #[error("--published must be YYYY-MM-DD, got {value:?}")]
    BadDate {
        /// What was given.
        value: String,
    },
}

/// Serialises JSON with a trailing newline.
pub fn json_bytes(value: &serde_json::Value, pretty: bool) -> Vec<u8> {
    let mut out = if pretty {
        serde_json::to_vec_pretty(value).unwrap_or_default()
    } else {
        serde_json::to_vec(value).unwrap_or_default()
    };
    out.push(b'\n');
    out
}

/// Loads, analyses and exports each file: the `dossier analyze` command.
pub fn analyze_files(files: &[PathBuf], options: &AnalyzeOptions) -> Result<(), ExportError> {
    if let Some(p) = &options.published
        && !crate::pipeline::dates::is_iso_day(p)
    {
        return Err(ExportError::BadDate { value: p.clone() });
    }
    if let Some(out) = &options.out
        && files.iter().any(|f| same_file(f, out))
    {
        return Err(ExportError::WouldOverwriteSource { path: out.clone() });
    }
    let pipeline = Pipeline::new()?;
    let mut values = Vec::with_capacity(files.len());
    for file in files {
        let mut doc = load_path(file)?;
        if doc.published.is_none() {
            doc.published.clone_from(&options.published);
        }
        let analysis = pipeline.analyze(doc);
        values.push(to_json_v1(&analysis));
    }
    let bytes = match options.format {
        Format::Json if values.len() == 1 => json_bytes(&values[0], true),
        Format::Json => json_bytes(&serde_json::Value::Array(values), true),
        Format::Jsonl => values.iter().flat_map(|v| json_bytes(v, false)).collect(),
    };
    match &options.out {
        Some(path) => write_atomic(path, &bytes).map_err(|source| ExportError::Write {
            source,
            path: path.clone(),
        }),
        None => std::io::stdout()
            .write_all(&bytes)
            .map_err(|source| ExportError::Write {
                source,
                path: PathBuf::from("<stdout>"),
            }),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
