//! `LoadError`: why a file could not be opened, naming the file last.

use std::path::{Path, PathBuf};

/// Why an article could not be loaded. Messages are lower case and end with the path.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read file ({source}): {}", path.display())]
    Io {
        /// The OS error.
        source: std::io::Error,
        /// The file.
        path: PathBuf,
    },
    /// A directory was given.
    #[error("this is a folder, not an article: {}", path.display())]
    IsDirectory {
        /// The folder.
        path: PathBuf,
    },
    /// The file is too big to be an article.
    #[error("file is {size} bytes, more than the {limit}-byte limit for an article: {}", path.display())]
    TooLarge {
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
        /// The file.
        path: PathBuf,
    },
    /// Not a format Dossier reads.
    #[error("unsupported file type .{extension} (Dossier opens .txt, .md and its annotated .json): {}", path.display())]
    Unsupported {
        /// The extension.
        extension: String,
        /// The file.
        path: PathBuf,
    },
    /// Binary data, not text.
    #[error("not a text file (binary data): {}", path.display())]
    Binary {
        /// The file.
        path: PathBuf,
    },
    /// Bytes that are not valid UTF-8.
    #[error("not valid UTF-8 text (first bad byte at offset {offset}): {}", path.display())]
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
        /// The file.
        path: PathBuf,
    },
    /// Nothing but whitespace.
    #[error("the file is empty: {}", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// An annotated JSON file that cannot be imported.
    #[error("cannot import annotated JSON ({reason}): {}", path.display())]
    BadJson {
        /// What is wrong.
        reason: String,
        /// The file.
        path: PathBuf,
    },
}

impl LoadError {
    /// The same error, naming `path` as the file.
    pub fn with_path(mut self, path: &Path) -> Self {
        match &mut self {
            Self::Io { path: p, .. }
            | Self::IsDirectory { path: p }
            | Self::TooLarge { path: p, .. }
            | Self::Unsupported { path: p, .. }
            | Self::Binary { path: p }
            | Self::InvalidUtf8 { path: p, .. }
            | Self::Empty { path: p }
            | Self::BadJson { path: p, .. } => *p = path.to_owned(),
        }
        self
    }
}
