//! Where one who leaves goes next: "X left to run Z", "X quit Y last year
//! to join Z", "X will leave in April to become chief executive of the
//! rival Z" — the post after the verb of leaving is at Z, not at the
//! organisation left.

use crate::model::{EntityKind, RelationKind};

use super::super::item::Item;
use super::super::pattern::At;
/// How many items after the verb of leaving the "to" of the post to come
/// may stand (the reach of the organisation left, `tenure::REACH`).
const TO_REACH: usize = 10;

/// How many items after "to run" the organisation run may stand.
const RUN_REACH: usize = 9;

/// True when the item at `j` is "to" before a verb of running ("left to
/// run Z").
pub(super) fn run_to(at: &At<'_, '_>, j: usize) -> bool {
    at.is(j, &at.ctx.lang.relate.frame.infinitive) && at.is(j + 1, &at.words().roles.run_to)
}

/// True when the item at `j` is "to" before a verb of joining ("quit Z
/// to join Y").
fn join_to(at: &At<'_, '_>, j: usize) -> bool {
    at.is(j, &at.ctx.lang.relate.frame.infinitive)
        && at.is(j + 1, &at.ctx.lang.relate.membership.joined)
}

/// The title of "to become TITLE of" at `j` ("left to become chief
/// executive of Z"), unless it is a public office.
fn become_to<'s>(at: &At<'s, '_>, j: usize) -> Option<&'s str> {
    let words = &at.words().roles;
    let title = match at.items.get(j + 2) {
        Some(Item::Title { word, .. }) => word.as_ref(),
        _ => return None,
    };
    (at.is(j, &at.ctx.lang.relate.frame.infinitive)
        && at.is(j + 1, &words.become_to)
        && at.is(j + 3, &words.title_of)
        && !super::super::roles::is_public_office(words, title))
    .then_some(title)
}

/// "X left to run Z", "X is leaving after 11 years to head the group Z":
/// the organisation X goes on to run, within reach of the verb of leaving
/// and before any person or comma. Z itself run is a chief's post; a part
/// of Z ("to run Z's unit", "to head sales at Z") is a post there; one
/// joined ("quit Y last year to join Z") is a post there too; "to become
/// chief executive of its smaller rival Z", the post the title names.
pub(super) fn goes_to_run(at: &At<'_, '_>, from: usize) -> Option<(RelationKind, usize, usize)> {
    let items = at.items;
    let j = (from..(from + TO_REACH).min(items.len()))
        .take_while(|&j| {
            items[j].word() != "," && !items[j].entity().is_some_and(|e| at.is_person(e))
        })
        .find(|&j| run_to(at, j) || join_to(at, j) || become_to(at, j).is_some())?;
    let joined = join_to(at, j);
    let title = become_to(at, j);
    // "to become chief executive of Z": the post is the title's, at Z.
    let v = if title.is_some() { j + 3 } else { j + 1 };
    // Past a description ("the Oslo-listed seismic surveyor Z") and the
    // part run ("the glass business of Z"), to the first organisation.
    let mut at_org = None;
    let end = (v + RUN_REACH).min(items.len());
    for (k, item) in items.iter().enumerate().take(end).skip(v + 1) {
        match item {
            // "of its smaller rival Z": the possessor only describes Z.
            Item::Ent {
                possessive: true, ..
            } if title.is_some() && k == v + 1 && at.plain_word(k + 1) => {}
            Item::Ent { entity, .. } if at.is_org(*entity) => {
                at_org = Some((k, *entity));
                break;
            }
            Item::Ent { entity, .. }
                if matches!(at.kind(*entity), EntityKind::Nationality | EntityKind::Loc) => {}
            Item::Word { word, .. } if word != "," => {}
            _ => return None,
        }
    }
    let (at_org, org) = at_org?;
    let part = matches!(
        items[at_org],
        Item::Ent {
            possessive: true,
            ..
        }
    ) || (v + 1..at_org).any(|k| at.is(k, &at.words().roles.title_of));
    let kind = match title {
        Some(t) => super::super::roles::role_kind(&at.words().roles, t),
        None if part || joined => RelationKind::EmployeeOf,
        None => RelationKind::CeoOf,
    };
    Some((kind, v - usize::from(title.is_some()), org))
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn leaving_to_become_a_titled_post_elsewhere() {
        check(
            &[CeoOf, ChairmanOf, EmployeeOf, Left],
            &[
                // The post is at the organisation the title names, past its
                // description; the organisation left keeps the old post.
                (
                    "Brask Corp. said its finance chief, Jon Hale, will leave in May to become chief executive of Danish rival Keltic Inc.",
                    &[
                        ("Jon Hale", Left, "Brask Corp."),
                        ("Jon Hale", CeoOf, "Keltic Inc."),
                        ("Jon Hale", EmployeeOf, "Brask Corp."),
                    ],
                ),
                (
                    "Ann Vik quit Brask Corp. in 2023 to become chairman of its larger rival Keltic Inc.",
                    &[
                        ("Ann Vik", Left, "Brask Corp."),
                        ("Ann Vik", ChairmanOf, "Keltic Inc."),
                    ],
                ),
                // A public office is no post at a company.
                (
                    "Ann Vik quit Brask Corp. in 2023 to become minister of Finland's economy.",
                    &[("Ann Vik", Left, "Brask Corp.")],
                ),
            ],
        );
    }
}
