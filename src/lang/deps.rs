//! The words of the dependency-read relation frames
//! (`assets/lang/<code>/relate/deps/`): the lexicon a frame checks a
//! parsed word against (its lower-case form).

use super::deps_deals::DepDealWords;
use super::{LangError, Source, WordList};

/// `relate/deps/`.
#[derive(Debug, Clone)]
pub struct DepsWords {
    /// Verbs joining a subject to what it is ("is", "became"): the
    /// copula of "P is the chief executive of X".
    pub copulas: WordList,
    /// Nouns of a post the title tagger does not mark ("counsel",
    /// "counterpart").
    pub role_nouns: WordList,
    /// The deal frames' nouns, verbs and words (`deal_*.tsv`).
    pub deals: DepDealWords,
    /// Endings of a gerund ("ing"): a deal trigger with one may modify a
    /// noun (the modifier gate's cue before parsing).
    pub gerund_endings: WordList,
    /// Relative pronouns ("which", "whose"): a frame reads the name each
    /// stands for (`relate/deps/relative.rs`).
    pub relatives: WordList,
    /// Adverbs of a post held before ("formerly", "previously": the
    /// reader's `relate/reader/formerly.txt`): a role they modify is past.
    pub formerly: WordList,
}

impl DepsWords {
    /// Reads every file of `relate/deps/` from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let list = |path: &str| WordList::load(source, &format!("relate/deps/{path}.txt"));
        Ok(Self {
            copulas: list("copulas")?,
            role_nouns: list("role_nouns")?,
            deals: DepDealWords::load(source)?,
            gerund_endings: list("gerund_endings")?,
            relatives: list("relatives")?,
            formerly: WordList::load(source, "relate/reader/formerly.txt")?,
        })
    }
}
