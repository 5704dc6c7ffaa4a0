//! A family firm passed down: the relative a possessive pronoun and a noun
//! of kinship introduce ("took over from her father, X", "since his father
//! X retired") left the post the one the pronoun stands for now holds.

use crate::model::RelationKind;

use super::super::item::{Finds, Item};
use super::super::pattern::At;

/// How many plain words a kinship phrase may hold before its noun ("her
/// late father").
const KIN_LEAD: usize = 1;

/// True when the item at `k` is a possessive pronoun, resolved or not.
fn possessive_pronoun(at: &At<'_, '_>, k: usize) -> bool {
    let possessive = &at.ctx.lang.relate.pronoun.possessive;
    match at.items.get(k) {
        Some(Item::Ent {
            possessive: true,
            pronoun,
            span,
            ..
        }) => *pronoun || possessive.contains(&span.slice(at.ctx.text).to_lowercase()),
        Some(Item::Word { word, .. }) => possessive.contains(word),
        _ => false,
    }
}

/// The relative a kinship phrase starting at `from` names: a possessive
/// pronoun, at most [`KIN_LEAD`] plain words, a noun of kinship, an
/// optional comma and a person ("her father, X", "his father X").
/// `(position of the person, person)`.
pub(super) fn relative_after(at: &At<'_, '_>, from: usize) -> Option<(usize, usize)> {
    if !possessive_pronoun(at, from) {
        return None;
    }
    let kin = (from + 1..=from + 1 + KIN_LEAD)
        .take_while(|&k| at.plain_word(k))
        .find(|&k| at.is(k, &at.words().roles.kin))?;
    let k = kin + 1 + usize::from(at.items.get(kin + 1).is_some_and(|it| it.word() == ","));
    at.items
        .get(k)
        .and_then(Item::entity)
        .filter(|&p| at.is_person(p))
        .map(|p| (k, p))
}

/// The person whose relative the kinship phrase ending right before the
/// person at `k` names ("since his father X retired": the one "his" stands
/// for), the pronoun's entity when resolved, else the nearest person before
/// it in the sentence.
pub(super) fn kin_of(at: &At<'_, '_>, k: usize) -> Option<usize> {
    let mut j = k.checked_sub(1)?;
    if at.items[j].word() == "," {
        j = j.checked_sub(1)?;
    }
    if !at.is(j, &at.words().roles.kin) {
        return None;
    }
    let pronoun = (j.saturating_sub(1 + KIN_LEAD)..j)
        .rev()
        .find(|&p| possessive_pronoun(at, p))?;
    if !(pronoun + 1..j).all(|m| at.plain_word(m)) {
        return None;
    }
    let relative = at.items[k].entity();
    match &at.items[pronoun] {
        Item::Ent { entity, .. } if at.is_person(*entity) => Some(*entity),
        _ => (0..pronoun).rev().find_map(|m| {
            at.items[m]
                .entity()
                .filter(|&e| at.is_person(e) && Some(e) != relative)
        }),
    }
}

/// Drops the purchase a family succession reads as ("took over the farm
/// from his father X": no acquisition): `taken` holds each (heir,
/// organisation) a succession found.
pub(super) fn drop_purchases(found: &mut Finds, taken: &[(usize, usize)]) {
    found
        .0
        .retain(|f| !(f.kind == RelationKind::Acquired && taken.contains(&(f.source, f.target))));
}
