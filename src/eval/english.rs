//! The English language files the scorers read, loaded once per process:
//! name keys for matching gold names, the rules whose matches `eval-timex`
//! and `eval-values` score (only rules run there: no pipeline, no NER
//! model), date normalisation and amount parsing.

use std::sync::LazyLock;

use crate::lang::Language;
use crate::pipeline::money::Money;
use crate::pipeline::rules::Rules;

/// English and the stage parts built from it.
pub(crate) struct English {
    /// The word lists and patterns.
    pub language: Language,
    /// MONEY, PERCENT, DATE, TITLE and nominal rules.
    pub rules: Rules,
    /// Amount parsing.
    pub money: Money,
}

static ENGLISH: LazyLock<Option<English>> = LazyLock::new(|| {
    let language = Language::english().ok()?;
    let rules = Rules::new(&language.rules).ok()?;
    let money = Money::new(&language.money).ok()?;
    Some(English {
        language,
        rules,
        money,
    })
});

/// English, or `None` when the bundled files do not load.
pub(crate) fn english() -> Option<&'static English> {
    ENGLISH.as_ref()
}

/// The key gold and system names are compared by (case, possessive and
/// legal suffix folded); empty when English does not load.
pub(crate) fn name_key(s: &str) -> String {
    english()
        .map(|e| crate::pipeline::names::name_key(&e.language.resolve, s))
        .unwrap_or_default()
}
