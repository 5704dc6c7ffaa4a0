//! Founders: "P founded T", "T, founded by P", "T was started in 2009 by
//! P", and a founding participle that opens its sentence ("Founded in 1932
//! by the chandler P, T pours …").

use crate::model::{EntityKind, RelationKind};

use super::super::item::{Finds, Item, gerund_object, next_entity};
use super::super::pattern::At;

/// Founders: "P founded T", "T, founded by P", "Founded in 2009 by P, T
/// makes …".
pub(in crate::pipeline::relate) fn founded(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    if !at.words().roles.founded.contains(at.word()) {
        return;
    }
    let founder = founding_agent(at, i).and_then(|b| founder_after_by(at, b));
    let org_before = || {
        (0..i)
            .rev()
            .find_map(|j| items[j].entity().filter(|&e| at.is_org(e)))
    };
    if let Some((k, p)) = founder
        && at.is_person(p)
        && let Some(t) = org_before().or_else(|| opening_participle_subject(at, k))
    {
        out.add(RelationKind::FounderOf, p, t, at.span(i), None, 0.8);
    } else if let Some(p) = at.subject.filter(|&p| at.is_person(p))
        // "P, whose grandfather founded T": the relative founded it.
        && !(i > 0 && at.is(i - 1, &at.words().roles.kin))
        && let Some((_, t)) = next_entity(items, i + 1, 2)
            .filter(|&(j, _)| j == i + 1 || !gerund_object(&at.words().frame.progressive, items, i + 1))
        && at.is_org(t)
    {
        out.add(RelationKind::FounderOf, p, t, at.span(i), None, 0.8);
    }
}

/// The position of the "by" of a founding verb at `i`: "founded by",
/// "founded in 2009 by", "founded in 2015 in Oulu by" (dates, places and
/// their prepositions first).
fn founding_agent(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let (items, words) = (at.items, at.words());
    let lang = at.ctx.lang;
    (i + 1..(i + 6).min(items.len()))
        .take_while(|&k| {
            let before = &items[k - 1];
            k == i + 1
                || matches!(before, Item::Date { .. })
                || matches!(before, Item::Ent { entity, possessive: false, .. }
                    if at.kind(*entity) == EntityKind::Loc
                        && lang.resolve.prepositions.contains(items[k - 2].word()))
                || words
                    .clause
                    .between_subject_and_verb
                    .contains(before.word())
                || lang.resolve.prepositions.contains(before.word())
        })
        .find(|&k| at.is(k, &words.clause.passive_agent))
}

/// The founder after the "by" at `b`: past descriptors, an organisation
/// and a title ("by former college rower P", "by current Keltic CEO P").
/// A possessive name only describes the one named after it ("by P's
/// father, Q": Q, set off after a noun of kinship). `(position, entity)`.
fn founder_after_by(at: &At<'_, '_>, b: usize) -> Option<(usize, usize)> {
    let items = at.items;
    let kin = &at.words().roles.kin;
    (b + 1..(b + 6).min(items.len()))
        .take_while(|&k| {
            matches!(items[k], Item::Ent { .. } | Item::Title { .. })
                || items[k].word().chars().all(char::is_lowercase)
                || (items[k].word() == "," && at.is(k - 1, kin))
        })
        .find_map(|k| match &items[k] {
            Item::Ent {
                possessive: true, ..
            } => None,
            it => it.entity().filter(|&e| !at.is_org(e)).map(|e| (k, e)),
        })
}

/// How many items a founding participle that opens a sentence may hold
/// after its founder before the comma that closes it.
const PARTICIPLE_REACH: usize = 10;

/// "Founded in 1932 by the chandler P, T pours …": a participle opening
/// the sentence is said of the name right after the comma that closes it,
/// when that name is an organisation's. `k` is the founder's position; a founder listed with
/// others ("by A and B, T") is passed over.
fn opening_participle_subject(at: &At<'_, '_>, k: usize) -> Option<usize> {
    let items = at.items;
    if at.i != 0 {
        return None;
    }
    let close = (k + 1..(k + PARTICIPLE_REACH).min(items.len())).find(|&c| {
        items[c].word() == ","
            && items
                .get(c + 1)
                .and_then(Item::entity)
                .is_none_or(|e| !at.is_person(e))
    })?;
    // A name, not a description: "the company" may stand for another.
    match items.get(close + 1) {
        Some(Item::Ent {
            entity,
            pronoun: false,
            span,
            ..
        }) if at.is_org(*entity) && span.slice(at.ctx.text).starts_with(char::is_uppercase) => {
            Some(*entity)
        }
        _ => None,
    }
}
