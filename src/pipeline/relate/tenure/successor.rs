//! The one a verb of succession names after it: the successor after the
//! passive's "by" or "with", the one succeeded after the active verb. The
//! head of the noun phrase there, read to its extent, not a count of items.

use super::super::item::Item;
use super::super::pattern::At;

/// How many items the noun phrase naming a successor may hold.
const PHRASE_REACH: usize = 10;

/// The person the noun phrase from `from` on names, with where the name
/// stands: the name it ends in,
/// past its determiner, describing words, the organisation that owns a
/// title and the title ("replaced by Z's chief operating officer X",
/// "replaced with longtime Keltic finance chief X"), or the name an
/// apposition gives the title ("replaced by its finance chief, X").
/// Plain words are read as part of the phrase only when a title follows
/// them: "replaced by lawmakers seeking X" names no successor. `None` when
/// a preposition, a clause or another kind of name ends the phrase first.
pub(super) fn person_named(at: &At<'_, '_>, from: usize) -> Option<(usize, usize)> {
    let items = at.items;
    let function_words = &at.ctx.lang.rules.function_words;
    let determiners = &at.ctx.lang.resolve.determiners;
    let (mut plain, mut titled) = (false, false);
    let person = |j: usize| match items.get(j) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) if at.is_person(*entity) => Some((j, *entity)),
        _ => None,
    };
    for j in from..(from + PHRASE_REACH).min(items.len()) {
        match &items[j] {
            Item::Ent {
                entity, possessive, ..
            } => {
                if let Some(p) = person(j) {
                    return (titled || !plain).then_some(p);
                }
                // "Z's chief", "Keltic finance chief X": an organisation
                // owning the title to come.
                let owner = *possessive || at.is_org(*entity);
                if !owner || at.is_person(*entity) {
                    return None;
                }
            }
            Item::Title { .. } => {
                titled = true;
                if items.get(j + 1).is_some_and(|it| it.word() == ",") {
                    return person(j + 2);
                }
            }
            Item::Word { word, .. }
                if determiners.contains(word) || at.words().pronoun.possessive.contains(word) => {}
            Item::Word { word, .. }
                if !function_words.contains(word)
                    && word.chars().all(|c| c.is_alphabetic() || c == '-')
                    && word.chars().any(char::is_lowercase) =>
            {
                plain = true;
            }
            _ => return None,
        }
    }
    None
}
