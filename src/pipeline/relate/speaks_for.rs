//! "Jon Hale, with Keltic Inc., said": a person set off by commas and
//! joined to an organisation by "with" speaks for it, a post there; so does
//! "Keltic Inc.'s Jon Hale said". News names analysts and spokespeople this
//! way without a title.

use crate::model::RelationKind;

use super::item::{Finds, Item};
use super::named::name_closes;
use super::pattern::At;

/// "PERSON, with ORG," (or the sentence's end after the organisation).
pub(super) fn person_with(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    if !at.is(i, &at.words().roles.person_with) || i < 2 || items[i - 1].word() != "," {
        return;
    }
    let Some(person) = items[i - 2].entity().filter(|&p| at.is_person(p)) else {
        return;
    };
    // The person is not itself the object of something: "met X, with Y".
    let Some(Item::Ent {
        entity: org,
        possessive: false,
        ..
    }) = items.get(i + 1)
    else {
        return;
    };
    if at.is_org(*org) && name_closes(items, i + 2) {
        out.add(
            RelationKind::EmployeeOf,
            person,
            *org,
            at.span(i),
            None,
            0.6,
        );
    }
}

/// "ORG's PERSON said", "…, said (the) ORG's PERSON": a person an
/// organisation's possessive names, who speaks (a verb of saying right
/// after the name, or right before the possessor and its article), speaks
/// for it.
pub(super) fn possessor_person(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let Some(Item::Ent {
        entity: org,
        possessive: true,
        pronoun: false,
        ..
    }) = items.get(i)
    else {
        return;
    };
    let Some(Item::Ent {
        entity: person,
        possessive: false,
        ..
    }) = items.get(i + 1)
    else {
        return;
    };
    let saying = &at.words().pronoun.reporting_verbs;
    let before = match i.checked_sub(1) {
        Some(k) if at.is(k, &at.ctx.lang.resolve.determiners) => k.checked_sub(1),
        k => k,
    };
    // After the verb, the name closes the clause ("said X's P.", not
    // "said X's P fund lost money").
    let closes = items.get(i + 2).is_none_or(
        |it| matches!(it, Item::Word { word, .. } if !word.chars().any(char::is_alphanumeric)),
    );
    let says = at.is(i + 2, saying) || closes && before.is_some_and(|k| at.is(k, saying));
    if at.is_org(*org) && at.is_person(*person) && says {
        out.add(
            RelationKind::EmployeeOf,
            *person,
            *org,
            at.span(i),
            None,
            0.55,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;
    use crate::model::RelationKind::*;

    #[test]
    fn a_person_with_an_organisation_speaks_for_it() {
        check(
            &[EmployeeOf],
            &[
                (
                    "Mara Quell, with Brightwater Capital, said the shares were cheap.",
                    &[("Mara Quell", EmployeeOf, "Brightwater Capital")],
                ),
                (
                    "The shares were cheap, said Mara Quell, with Brightwater Capital.",
                    &[("Mara Quell", EmployeeOf, "Brightwater Capital")],
                ),
                (
                    "Brightwater Capital's Mara Quell said the shares were cheap.",
                    &[("Mara Quell", EmployeeOf, "Brightwater Capital")],
                ),
                // The verb of saying before the possessor and its article.
                (
                    "Mara Quell spoke for an hour. \"It is a complicated issue,\" said the Commerce Department's Quell.",
                    &[("Mara Quell", EmployeeOf, "Commerce Department")],
                ),
                (
                    "\"The shares are cheap,\" said Brightwater Capital's Mara Quell.",
                    &[("Mara Quell", EmployeeOf, "Brightwater Capital")],
                ),
                // Without a verb of saying the possessive may say something else.
                ("Brightwater Capital's Mara Quell fund lost money.", &[]),
                (
                    "The shares are cheap, said Brightwater Capital's Mara Quell fund.",
                    &[],
                ),
                // A deal with an organisation is no post there.
                (
                    "Keltic Inc. signed a deal with Brightwater Capital on Monday.",
                    &[],
                ),
            ],
        );
    }
}
