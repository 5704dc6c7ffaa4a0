//! Words of the date stage (`assets/lang/<code>/dates/`).

use super::{LangError, Source, WordList};

/// What date normalisation knows of the language.
#[derive(Debug, Clone)]
pub struct DateWords {
    /// Words right before a date that open a range rather than date the
    /// event ("since 2007"), lower case.
    pub range_openers: WordList,
}

impl DateWords {
    /// Reads the stage's files from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        Ok(Self {
            range_openers: WordList::load(source, "dates/range-openers.txt")?,
        })
    }
}
