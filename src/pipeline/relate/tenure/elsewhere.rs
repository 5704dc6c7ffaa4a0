//! A verb of leaving that leaves no post: a place ("Ekeus left Bahrain for
//! Baghdad", "she left home two weeks ago") or a state its object is left
//! in ("the ruling left many investors unsatisfied"). "Leave" is a verb of
//! travel and of result as often as one of quitting a job; only its object
//! tells them apart, and where the object is a place or a state follows
//! it, no organisation (the person's own, the sentence's subject) was left.

use crate::model::EntityKind;

use super::super::item::Item;
use super::super::pattern::At;

/// How many items after the object's first a state word may stand ("left
/// many South African voters unsatisfied").
const STATE_REACH: usize = 5;

/// True when the verb of leaving at `at.i` leaves a place or a state, not
/// a post: its object, past a determiner or possessive, is a place name
/// not describing a company after it ("left Bahrain", not "left
/// Zurich-based Keltic"), or a place noun ("home", "hospital"); or a word of a
/// state follows the object in its clause ("left rates unchanged").
pub(super) fn leaves_no_post(at: &At<'_, '_>) -> bool {
    let items = at.items;
    let pronoun = &at.words().pronoun;
    let opens_object = |j: usize| {
        at.is(j, &pronoun.determiners)
            || at.is(j, &pronoun.possessive)
            || matches!(
                items.get(j),
                Some(Item::Ent {
                    possessive: true,
                    pronoun: true,
                    ..
                })
            )
    };
    let object = (at.i + 1..(at.i + 3).min(items.len()))
        .find(|&j| !opens_object(j))
        .unwrap_or(at.i + 1);
    let place = match items.get(object) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => {
            at.kind(*entity) == EntityKind::Loc
                && at.described(object) == object
                && !items
                    .get(object + 1)
                    .and_then(Item::entity)
                    .is_some_and(|e| at.is_org(e))
        }
        Some(Item::Word { .. }) => at.is(object, &at.words().roles.leave_places),
        _ => false,
    };
    place || left_in_state(at, object)
}

/// True when a word of a state stands after the object from `object` on,
/// before a comma ends the clause: "left many voters unsatisfied".
fn left_in_state(at: &At<'_, '_>, object: usize) -> bool {
    (object + 1..(object + STATE_REACH).min(at.items.len()))
        .take_while(|&k| at.items[k].word() != ",")
        .any(|k| at.is(k, &at.words().roles.leave_states))
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const POSTS: &[RelationKind] = &[CeoOf, ChairmanOf, FounderOf, EmployeeOf, Left];

    #[test]
    fn leaving_a_place_leaves_no_post() {
        check(
            POSTS,
            &[
                (
                    "Keltic Bank chairman Jon Hale left Zurich for Vienna on Monday for talks.",
                    &[("Jon Hale", ChairmanOf, "Keltic Bank")],
                ),
                (
                    "Keltic Bank chairman Jon Hale left home early on Friday, his wife said.",
                    &[("Jon Hale", ChairmanOf, "Keltic Bank")],
                ),
                (
                    "Keltic Bank chairman Jon Hale left the hospital on Tuesday.",
                    &[("Jon Hale", ChairmanOf, "Keltic Bank")],
                ),
            ],
        );
    }

    #[test]
    fn leaving_an_object_in_a_state_leaves_no_post() {
        check(
            POSTS,
            &[
                (
                    "The plan of Varden Party chairman Jon Hale left many voters unsatisfied.",
                    &[("Jon Hale", ChairmanOf, "Varden Party")],
                ),
                (
                    "Keltic Bank chairman Jon Hale left interest rates unchanged on Thursday.",
                    &[("Jon Hale", ChairmanOf, "Keltic Bank")],
                ),
            ],
        );
    }

    #[test]
    fn leaving_a_company_or_office_still_leaves_it() {
        check(
            POSTS,
            &[
                (
                    "Jon Hale left Keltic Bank in 2023 to set up his own fund.",
                    &[("Jon Hale", Left, "Keltic Bank")],
                ),
                (
                    "Keltic Bank chairman Jon Hale left the company in March.",
                    &[
                        ("Jon Hale", ChairmanOf, "Keltic Bank"),
                        ("Jon Hale", Left, "Keltic Bank"),
                    ],
                ),
                (
                    "Jon Hale left Zurich-based Keltic Bank last year.",
                    &[("Jon Hale", Left, "Keltic Bank")],
                ),
            ],
        );
    }
}
