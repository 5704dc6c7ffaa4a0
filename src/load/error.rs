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
    #[error("unsupported file type .{extension} (Dossier opens .txt, .md, .html, .htm, .docx, .pdf and its annotated .json): {}", path.display())]
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
    /// A UTF-16 BOM followed by bytes that are not UTF-16.
    #[error("not valid {encoding} text (odd length or unpaired surrogate): {}", path.display())]
    InvalidUtf16 {
        /// Which UTF-16 the BOM announced.
        encoding: &'static str,
        /// The file.
        path: PathBuf,
    },
    /// Not UTF-8, and not valid in the legacy encoding the detector guessed.
    #[error("not UTF-8 and not valid {guess} either, the closest guess of its encoding: {}", path.display())]
    UnknownEncoding {
        /// chardetng's best guess.
        guess: String,
        /// The file.
        path: PathBuf,
    },
    /// A PDF that cannot be parsed (truncated, damaged, encrypted).
    #[error("cannot read PDF ({reason}): {}", path.display())]
    BadPdf {
        /// What is wrong.
        reason: String,
        /// The file.
        path: PathBuf,
    },
    /// A PDF whose pages hold no text: a scan or images only.
    #[error("PDF has no text layer (a scan or images only; run OCR first): {}", path.display())]
    NoTextLayer {
        /// The file.
        path: PathBuf,
    },
    /// A Word file that cannot be read.
    #[error("cannot read Word document ({reason}): {}", path.display())]
    BadDocx {
        /// What is wrong.
        reason: String,
        /// The file.
        path: PathBuf,
    },
    /// An archive that would unpack to far more than any article (a zip bomb).
    #[error("archive unpacks to more than {limit} bytes or {max_entries} entries, refusing it as a possible zip bomb: {}", path.display())]
    ZipBomb {
        /// Byte limit on the unpacked content.
        limit: u64,
        /// Entry limit.
        max_entries: usize,
        /// The file.
        path: PathBuf,
    },
    /// The file went away (deleted, moved, unmounted) between listing and reading.
    #[error("the file disappeared while it was being opened: {}", path.display())]
    Vanished {
        /// The file.
        path: PathBuf,
    },
    /// An annotated JSON written by a newer Dossier.
    #[error("annotated JSON uses schema {found}, newer than {supported} which this version reads; update Dossier: {}", path.display())]
    NewerSchema {
        /// The schema id in the file.
        found: String,
        /// The newest schema this version reads.
        supported: &'static str,
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
            | Self::InvalidUtf16 { path: p, .. }
            | Self::UnknownEncoding { path: p, .. }
            | Self::BadPdf { path: p, .. }
            | Self::NoTextLayer { path: p }
            | Self::BadDocx { path: p, .. }
            | Self::ZipBomb { path: p, .. }
            | Self::Vanished { path: p }
            | Self::NewerSchema { path: p, .. }
            | Self::BadJson { path: p, .. } => *p = path.to_owned(),
        }
        self
    }
}
