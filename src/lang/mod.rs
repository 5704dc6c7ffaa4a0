//! The language seam: every word list, trigger list and phrase table the
//! pipeline's stages consult, as data under `assets/lang/<code>/`, loaded
//! once into a [`Language`] that the [`crate::pipeline::Pipeline`] holds.
//!
//! Stage code asks `lang.relate.invest.contains(word)`; it never spells an
//! English word itself. Adding a language means adding a folder of the same
//! files (and a [`Source`] for it); adding a list means one file, one field
//! in the stage's words struct in this folder, and one line in its `load`.
//!
//! File format (`*.txt`): one entry per line, in the order the stage reads
//! them; `#` starts a comment line; blank lines are skipped; surrounding
//! whitespace is trimmed. Tables (`*.tsv`) hold tab-separated fields.
//!
//! `lang` imports only `model` (for kinds named in tables), never a stage.

mod en;
pub mod relate;
mod source;
mod words;

pub use relate::RelateWords;
pub use source::{Embedded, LangError, Source};
pub use words::{Table, WordList};

/// Every list the pipeline consults, for one language.
#[derive(Debug)]
pub struct Language {
    /// BCP 47 code of the language (`"en"`).
    pub code: &'static str,
    /// The words of relation extraction.
    pub relate: RelateWords,
}

impl Language {
    /// English, from the files compiled in from `assets/lang/en/`.
    pub fn english() -> Result<Self, LangError> {
        Self::load("en", &en::FILES)
    }

    /// A language from any source of its files.
    pub fn load(code: &'static str, source: &dyn Source) -> Result<Self, LangError> {
        Ok(Self {
            code,
            relate: RelateWords::load(source)?,
        })
    }
}
