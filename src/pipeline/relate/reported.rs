//! The listener of reported speech: "X told Orvo that the two companies
//! would share a plant in Leeds". The object of a verb of telling hears
//! the clause after it and is no party to it: the "that" after it opens
//! that clause (it is no relative pronoun whose antecedent is the
//! listener), and no site the clause names is the listener's.

use crate::lang::Language;

use super::item::Item;

/// True when the name at `j` is the object of a verb of telling: "told
/// Orvo", "told the Herald" (an article between). Describing words
/// between end the reach: in "told analysts Nordvik would build …" the
/// name opens the reported clause.
pub(super) fn is_listener(lang: &Language, items: &[Item], j: usize) -> bool {
    let told = &lang.relate.places.told;
    let article = &lang.relate.clause.list_determiners;
    let word = |k: usize| items.get(k).map_or("", Item::word);
    j >= 1
        && (told.contains(word(j - 1))
            || (j >= 2 && article.contains(word(j - 1)) && told.contains(word(j - 2))))
}

/// True when the word at `j` is a "that" opening what a listener was
/// told ("told Orvo that …"): a complementiser, not a relative pronoun.
pub(super) fn opens_reported(lang: &Language, items: &[Item], j: usize) -> bool {
    j >= 1
        && lang
            .relate
            .clause
            .relative_pronouns
            .contains(items[j].word())
        && items[j - 1].entity().is_some()
        && is_listener(lang, items, j - 1)
}
