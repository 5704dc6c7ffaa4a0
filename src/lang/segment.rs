//! Words of the segmentation stage (`assets/lang/<code>/segment/`).

use super::{LangError, Source, WordList};

/// What the tokeniser and sentence splitter know of the language.
#[derive(Debug, Clone)]
pub struct SegmentWords {
    /// Words whose trailing period is part of the word, lower case, without
    /// the period ("inc", "e.g").
    pub abbreviations: WordList,
    /// Abbreviated states and provinces, as written ("Fla", "Calif"): their
    /// period is part of the word only when capitalised.
    pub region_abbreviations: WordList,
    /// Abbreviations that rarely end a sentence (titles before a name).
    pub never_final: WordList,
    /// After an abbreviation, only these words (as written) open a sentence.
    pub strong_openers: WordList,
    /// Words that leave a sentence open at a wrapped line's end ("for",
    /// "the"), as written.
    pub open_ends: WordList,
}

impl SegmentWords {
    /// Reads the stage's files from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        Ok(Self {
            abbreviations: WordList::load(source, "segment/abbreviations.txt")?,
            region_abbreviations: WordList::load(source, "segment/region-abbreviations.txt")?,
            never_final: WordList::load(source, "segment/never-final.txt")?,
            strong_openers: WordList::load(source, "segment/strong-openers.txt")?,
            open_ends: WordList::load(source, "segment/open-ends.txt")?,
        })
    }
}
