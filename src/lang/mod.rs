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

mod classes;
mod dateline;
mod dates;
mod deals;
mod deps;
mod deps_deals;
mod en;
mod kinds;
mod money;
pub mod reader;
pub mod relate;
mod resolve;
mod roles;
pub mod rule_dfas;
mod rules;
mod segment;
mod short_words;
mod source;
mod split;
mod tag;
mod words;

pub use classes::WordClasses;
pub use dateline::DatelineWords;
pub use dates::DateWords;
pub use kinds::KindWords;
pub use money::{BidWords, CostWords, CurrencyWords, MoneyWords, SuitWords};
pub use relate::RelateWords;
pub use resolve::ResolveWords;
pub use rules::RuleWords;
pub use segment::SegmentWords;
pub use source::{Embedded, LangError, Source};
pub use split::{WordsBack, last_word_on_line, words_back};
pub use tag::TagWords;
pub use words::{Table, WordList, lowercase, lowered, pattern, patterns, with_lowercase};

/// Every list the pipeline consults, for one language.
#[derive(Debug)]
pub struct Language {
    /// BCP 47 code of the language (`"en"`).
    pub code: &'static str,
    /// Abbreviations and sentence openers.
    pub segment: SegmentWords,
    /// What a dateline looks like.
    pub dateline: DatelineWords,
    /// Names that are no names, title case, coordinations.
    pub tag: TagWords,
    /// Context words that say what a name is.
    pub kinds: KindWords,
    /// Patterns of values, roles, descriptions and time expressions.
    pub rules: RuleWords,
    /// Name keys, undertakings, prepositions, descriptions.
    pub resolve: ResolveWords,
    /// Time expressions.
    pub dates: DateWords,
    /// Numbers, scales, currencies, qualifiers.
    pub money: MoneyWords,
    /// The words of relation extraction.
    pub relate: RelateWords,
    /// The relation word lists as word classes, for the learned relation
    /// step: built on first use, which a pipeline with no relation model
    /// never makes (see [`Language::classes`]).
    classes: std::sync::OnceLock<WordClasses>,
    /// The compiled-in files the word classes are read from (none for a
    /// language loaded from a folder: no classes).
    class_files: Option<&'static [(&'static str, &'static str)]>,
}

impl Language {
    /// English, from the files compiled in from `assets/lang/en/`.
    pub fn english() -> Result<Self, LangError> {
        let mut lang = Self::load("en", &en::FILES)?;
        lang.class_files = Some(en::FILES.0);
        Ok(lang)
    }

    /// A language from any source of its files.
    pub fn load(code: &'static str, source: &dyn Source) -> Result<Self, LangError> {
        let money = MoneyWords::load(source)?;
        Ok(Self {
            code,
            rules: RuleWords::load(source, &money)?,
            segment: SegmentWords::load(source)?,
            dateline: DatelineWords::load(source)?,
            tag: TagWords::load(source)?,
            kinds: KindWords::load(source)?,
            resolve: ResolveWords::load(source)?,
            dates: DateWords::load(source)?,
            money,
            relate: RelateWords::load(source)?,
            classes: std::sync::OnceLock::new(),
            class_files: None,
        })
    }

    /// The relation word lists as word classes (empty for a language
    /// loaded from a folder), built once, when first asked for.
    pub fn classes(&self) -> &WordClasses {
        self.classes.get_or_init(|| {
            self.class_files.map_or_else(WordClasses::default, |files| {
                WordClasses::from_files(&Embedded(files), "relate/", ".txt")
            })
        })
    }
}
