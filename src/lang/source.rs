//! Where a language's files come from: compiled in, or (for a language
//! being written) a folder on disk.

use std::borrow::Cow;

/// A language's files, by their path under `assets/lang/<code>/`.
pub trait Source {
    /// The contents of `path` (`"relate/invest.txt"`).
    fn text(&self, path: &str) -> Result<Cow<'_, str>, LangError>;
}

/// Files compiled into the binary: `(path, contents)` pairs.
#[derive(Debug)]
pub struct Embedded(pub &'static [(&'static str, &'static str)]);

impl Source for Embedded {
    fn text(&self, path: &str) -> Result<Cow<'_, str>, LangError> {
        self.0
            .iter()
            .find(|(p, _)| *p == path)
            .map(|(_, text)| Cow::Borrowed(*text))
            .ok_or_else(|| LangError::Missing {
                path: path.to_owned(),
            })
    }
}

/// A folder laid out like `assets/lang/en/`.
impl Source for std::path::Path {
    fn text(&self, path: &str) -> Result<Cow<'_, str>, LangError> {
        let file = self.join(path);
        std::fs::read_to_string(&file)
            .map(Cow::Owned)
            .map_err(|e| LangError::Read {
                path: file.display().to_string(),
                message: e.to_string(),
            })
    }
}

/// Why a language's files did not load.
#[derive(Debug, thiserror::Error)]
pub enum LangError {
    /// The language has no such file.
    #[error("language file missing: {path}")]
    Missing {
        /// Path under the language folder.
        path: String,
    },
    /// The file exists but could not be read.
    #[error("cannot read language file: {message}: {path}")]
    Read {
        /// The file.
        path: String,
        /// What the file system said.
        message: String,
    },
    /// A line of a table is malformed.
    #[error("line {line}: {problem}: {path}")]
    Malformed {
        /// Path under the language folder.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        problem: String,
    },
}
