//! Places before a lender's or a borrower's name: "from Japan's Kinsei
//! Capital", "to struggling Oslo steelmaker".

use crate::model::EntityKind;

use super::super::item::Item;
use super::super::pattern::At;

/// The name a possessive place at `j` only locates ("from Japan's Kinsei
/// Capital"): the name after it; else `(j, e)`.
pub(super) fn past_place(at: &At<'_, '_>, j: usize, e: usize) -> (usize, usize) {
    let place = matches!(
        at.items[j],
        Item::Ent {
            possessive: true,
            ..
        }
    ) && matches!(at.kind(e), EntityKind::Loc | EntityKind::Nationality);
    match at.items.get(j + 1).and_then(Item::entity) {
        Some(next) if place => (j + 1, next),
        _ => (j, e),
    }
}

/// The party a name at `j` (entity `e`) stands for: "to Oslo steelmaker
/// Nordvik", a place right before a company's noun only describes the
/// company, which is the name after the noun; "to struggling Oslo
/// steelmaker" names none. Any other name is its own party.
pub(super) fn place_party(at: &At<'_, '_>, j: usize, e: usize) -> Option<(usize, usize)> {
    let lang = at.ctx.lang;
    let place = matches!(
        at.items[j],
        Item::Ent {
            possessive: false,
            ..
        }
    ) && matches!(at.kind(e), EntityKind::Loc | EntityKind::Nationality);
    let noun = at.items.get(j + 1).is_some_and(|it| {
        matches!(it, Item::Word { .. })
            && (lang.kinds.org_nouns_before.contains(it.word())
                || lang.rules.nominal_heads.contains(it.word()))
    });
    if !(place && noun) {
        return Some((j, e));
    }
    let k = at.named_after(j);
    (k != j)
        .then_some(k)
        .and_then(|k| Some((k, at.items[k].entity()?)))
}
