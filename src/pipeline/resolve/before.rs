//! The words right before a description ("of the Verona company", "the
//! Minneapolis-based company"): what governs it and the home it names.

use crate::lang::{ResolveWords, lowercase};

/// True when the words `before` a description end in a preposition, or in a
/// preposition, an article and a one-word place (`place_before`) between
/// it and the noun ("of the Verona company"): the description is no
/// subject, and its own sentence's subject is not what it means.
pub(super) fn governed_by_preposition(
    lang: &ResolveWords,
    before: &str,
    place_before: bool,
) -> bool {
    let mut words = before.split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    if lang.prepositions.contains(&lowercase(last)) {
        return true;
    }
    place_before
        && words
            .next()
            .is_some_and(|d| lang.description_determiners.contains(&lowercase(d)))
        && words
            .next()
            .is_some_and(|p| lang.prepositions.contains(&lowercase(p)))
}

/// The home the word right before a description names with a suffix of
/// `lang.home_suffixes`: "minneapolis" for "the Minneapolis-based" before
/// "company".
pub(super) fn home_of(lang: &ResolveWords, before: &str) -> Option<String> {
    let word = before.split_whitespace().last()?.to_lowercase();
    lang.home_suffixes
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .filter(|h| !h.is_empty())
        .map(str::to_owned)
}

/// True when the words `before` a description end in a comma and a
/// conjunction that opens a new clause ("…, and the company will keep its
/// office"): the description is that clause's subject and continues the
/// subject of the clause before.
pub(super) fn opens_coordinated_clause(lang: &ResolveWords, before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    words
        .next()
        .is_some_and(|w| lang.clause_conjunctions.contains_lowercase(w))
        && words.next().is_some_and(|w| w.ends_with(','))
}
