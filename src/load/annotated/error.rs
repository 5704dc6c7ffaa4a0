//! The schema id of annotated JSON, and why a file cannot be imported: the
//! whole file ([`ImportError`]) or one of its spans ([`SpanProblem`]).

use std::fmt;
use std::path::Path;

use crate::load::LoadError;

/// The `schema` field of a v1 document.
pub const SCHEMA_ID: &str = "dossier.annotated-article/1";

/// Prefix of every Dossier annotated-article schema id; the version follows.
const SCHEMA_PREFIX: &str = "dossier.annotated-article/";

/// A span whose offsets and quote disagree. The span is kept in the analysis
/// (placed where its quote is found among its offsets, else at its code-point
/// offsets) and listed here so the user sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpanProblem {
    /// Where it is in the file: `mentions[3] (m4)`, `relations[0].evidence`.
    pub item: String,
    /// What is wrong, in words.
    pub problem: String,
}

impl fmt::Display for SpanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.item, self.problem)
    }
}

/// Why an annotated JSON file cannot be imported at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Not JSON.
    #[error("not valid JSON ({0})")]
    Json(#[from] serde_json::Error),
    /// JSON, but not a Dossier annotated article.
    #[error("not a Dossier annotated article (schema is {found:?}, expected {SCHEMA_ID:?})")]
    NotAnnotated {
        /// The `schema` field found, or empty.
        found: String,
    },
    /// Written by a newer Dossier with a schema this version does not know.
    #[error("schema {found} is newer than {SCHEMA_ID}, the newest this version reads")]
    Newer {
        /// The schema id in the file.
        found: String,
    },
    /// A required field is missing or has the wrong type.
    #[error("{0}")]
    Malformed(String),
}

impl ImportError {
    /// The [`LoadError`] for this failure, naming the file.
    pub fn into_load_error(self, path: &Path) -> LoadError {
        match self {
            Self::Newer { found } => LoadError::NewerSchema {
                found,
                supported: SCHEMA_ID,
                path: path.to_owned(),
            },
            other => LoadError::BadJson {
                reason: other.to_string(),
                path: path.to_owned(),
            },
        }
    }
}

/// A [`ImportError::Malformed`] saying what is wrong.
pub(super) fn malformed(what: impl Into<String>) -> ImportError {
    ImportError::Malformed(what.into())
}

/// Accepts schema v1; names a newer version as such, anything else as foreign.
pub(super) fn check_schema(schema: &str) -> Result<(), ImportError> {
    if schema == SCHEMA_ID {
        return Ok(());
    }
    match schema
        .strip_prefix(SCHEMA_PREFIX)
        .map(|v| v.split('.').next().unwrap_or(v).parse::<u32>())
    {
        Some(Ok(v)) if v > 1 => Err(ImportError::Newer {
            found: schema.to_owned(),
        }),
        _ => Err(ImportError::NotAnnotated {
            found: schema.to_owned(),
        }),
    }
}
