//! Posts told by a verb of running an organisation or a part of it: "X
//! heads Keltic", "X, who chairs Keltic", "X leads ship support at Keltic",
//! "X, who ran Keltic's signalling business" (a post held once).

use crate::model::{EntityKind, RelationKind};

use super::item::{Finds, Item};
use super::pattern::At;

/// "X heads Keltic", "X, who chairs Keltic": running an organisation.
pub(super) fn runs(at: &At<'_, '_>, out: &mut Finds) {
    let words = &at.words().roles;
    let kind = if words.runs.contains(at.word()) {
        RelationKind::EmployeeOf
    } else if words.chairs.contains(at.word()) {
        RelationKind::ChairmanOf
    } else {
        return;
    };
    // "X, who ran Keltic's signalling business": a post held once ("has
    // headed" holds it still); the past forms are those of `held_before`.
    let past = words.held_posts.contains(at.word())
        && !at
            .i
            .checked_sub(1)
            .is_some_and(|k| at.is(k, &at.ctx.lang.resolve.finite_auxiliaries));
    let kind = if past && kind == RelationKind::EmployeeOf {
        RelationKind::Left
    } else {
        kind
    };
    // "X was replaced by Y, who previously ran …": the relative clause's
    // own person, else the clause's subject.
    let relatives = &at.words().clause.relative_pronouns;
    let head = (at.i.saturating_sub(4)..at.i)
        .rev()
        .find(|&k| relatives.contains(at.items[k].word()))
        .filter(|&w| w >= 2 && at.items[w - 1].word() == ",")
        .map(|w| at.items[w - 2].entity().filter(|&p| at.is_person(p)));
    if let Some(person) = head.unwrap_or(at.subject).filter(|&p| at.is_person(p))
        && let Some(org) = run_object(at)
    {
        out.add(kind, person, org, at.span(at.i), None, 0.7);
    }
}

/// The organisation run: right after the verb, or after what is run in it
/// ("leads ship support at Keltic", "chairs the board of Keltic").
fn run_object(at: &At<'_, '_>) -> Option<usize> {
    let items = at.items;
    let org_at = |k: usize| {
        items
            .get(k)
            .and_then(Item::entity)
            .filter(|&o| at.is_org(o))
    };
    // "ran Keltic's signalling business": the owner of the part run.
    let owner = match items.get(at.i + 1) {
        Some(Item::Ent {
            entity,
            possessive: true,
            pronoun: false,
            ..
        }) if at.is_org(*entity) => Some(*entity),
        _ => None,
    };
    let mut k = at.i + 1 + usize::from(owner.is_some());
    let from = k;
    // "headed European sales for the Japanese group Keltic": a nationality
    // among the plain words.
    let plain = |k: usize| match items.get(k) {
        Some(Item::Word { word, .. }) => {
            word.chars().all(char::is_lowercase) && !at.words().roles.title_of.contains(word)
        }
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => at.kind(*entity) == EntityKind::Nationality,
        _ => false,
    };
    while k < at.i + 5 && plain(k) {
        k += 1;
    }
    if owner.is_some() {
        // The part must be named: "ran Keltic's business", not "ran Keltic's".
        (k > from && !at.is(k, &at.words().roles.title_of))
            .then_some(owner)
            .flatten()
    } else if k == at.i + 1 {
        org_at(k)
    } else if at.is(k, &at.words().roles.title_of) {
        let m = (k + 1..k + 5).find(|&m| !plain(m))?;
        org_at(m)
    } else {
        None
    }
}
