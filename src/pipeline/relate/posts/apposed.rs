//! A chief's title set off after the name it belongs to, with its article
//! or "its": "X, the current chief operating officer, said", "X, its
//! finance chief,": the person before the comma, and the organisation the
//! sentence or the article speaks of.

use super::super::clause::governed_or_placed;
use super::super::item::Item;
use super::super::pattern::At;
use super::{Topic, bare_possessive};

/// How many describing words may stand between the article of a title
/// set off after a name and the title ("the current chief operating
/// officer").
const APPOSED_LEAD: usize = 2;

/// The person a title at `i` is set off after, and where the title's
/// article or possessive pronoun stands: "X, the current chief operating
/// officer,", "X, its finance chief,". A past post ("the former chief
/// executive") is `tenure`'s.
pub(super) fn apposed_before(at: &At<'_, '_>, i: usize) -> Option<(usize, usize)> {
    let items = at.items;
    let words = &at.words().roles;
    let determiners = &at.ctx.lang.resolve.determiners;
    let mut k = i.checked_sub(1)?;
    while i - k <= APPOSED_LEAD
        && k > 0
        && matches!(&items[k], Item::Word { word, .. }
            if crate::pipeline::word_shape::is_describing_word(word)
                && !determiners.contains(word)
                && !at.ctx.lang.rules.function_words.contains(word)
                && !words.former.contains(word))
    {
        k -= 1;
    }
    let article = determiners.contains(items[k].word());
    if !(article || bare_possessive(at, k)) || k < 2 || items[k - 1].word() != "," {
        return None;
    }
    // The title closes the set-off phrase.
    if !items
        .get(i + 1)
        .is_none_or(|it| matches!(it.word(), "," | "."))
    {
        return None;
    }
    let person = items[k - 2].entity().filter(|&p| at.is_person(p))?;
    Some((person, k))
}

/// The organisation a title set off after a name is at: for "its", the
/// one named before it in the sentence, else the one the article speaks
/// of; for an article, the last one named before the name that no
/// preposition governs ("General Motors' chief executive A was replaced
/// with B, the current chief operating officer"), else the article's
/// subject when it is also the organisation it names most.
pub(super) fn apposed_org(at: &At<'_, '_>, topic: Topic, lead: usize) -> Option<usize> {
    let items = at.items;
    let named = (0..lead).rev().find_map(|k| {
        items[k]
            .entity()
            .filter(|&e| at.is_org(e) && !governed_or_placed(at.ctx.lang, items, k, at.ctx.kinds))
    });
    if bare_possessive(at, lead) {
        return named.or(topic.last);
    }
    named.or(topic.last.filter(|&t| Some(t) == topic.main))
}
