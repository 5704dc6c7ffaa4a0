//! Words of the tagging stage (`assets/lang/<code>/tag/`).

use super::{LangError, Source, WordList};

/// What the tagger's clean-up knows of names and headlines.
#[derive(Debug, Clone)]
pub struct TagWords {
    /// Capitalised words and acronyms that are common nouns, never names.
    pub not_names: WordList,
    /// Words of four letters or more that title case leaves in lower case.
    pub title_case_small: WordList,
    /// Leading articles that are not part of a name, as written.
    pub articles: WordList,
    /// Words that join two names read as one ("and", "&").
    pub coordinators: WordList,
    /// Heads of a public body's name that take in one word before "and"
    /// ("Securities and Exchange Commission"), as written.
    pub body_heads: WordList,
    /// How a reporters' credit line opens ("reporting by", "by"), lower case.
    pub credit_openers: WordList,
    /// Words after a credited person's name that say where or for whom
    /// they wrote ("in" of "Reporting by Ana Ruiz in Lima"), lower case.
    pub credit_name_ends: WordList,
    /// Prefixes glued to a name that are not part of it ("ex-"), as written.
    pub name_prefixes: WordList,
    /// Company nouns that open real names ("bank" of "Bank Leumi").
    pub name_opening_nouns: WordList,
    /// Nouns of standing that open a sentence before a name, never part of
    /// it ("Rival Acme Metals said", "Investor Jane Roe"), lower case.
    pub standing_nouns: WordList,
    /// Coordinators that join two names into one company's name ("&").
    pub name_joiners: WordList,
    /// Nouns of a family after a surname ("family"), lower case.
    pub family_nouns: WordList,
}

impl TagWords {
    /// Reads the stage's files from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        Ok(Self {
            not_names: WordList::load(source, "tag/not-names.txt")?,
            title_case_small: WordList::load(source, "tag/title-case-small.txt")?,
            articles: WordList::load(source, "tag/articles.txt")?,
            coordinators: WordList::load(source, "tag/coordinators.txt")?,
            body_heads: WordList::load(source, "tag/body-heads.txt")?,
            credit_openers: WordList::load(source, "tag/credit-openers.txt")?,
            credit_name_ends: WordList::load(source, "tag/credit-name-ends.txt")?,
            name_prefixes: WordList::load(source, "tag/name-prefixes.txt")?,
            name_opening_nouns: WordList::load(source, "tag/name-opening-nouns.txt")?,
            standing_nouns: WordList::load(source, "tag/standing-nouns.txt")?,
            name_joiners: WordList::load(source, "tag/name-joiners.txt")?,
            family_nouns: WordList::load(source, "tag/family-nouns.txt")?,
        })
    }
}
