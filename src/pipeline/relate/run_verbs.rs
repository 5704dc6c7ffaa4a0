//! Posts told by a verb of running an organisation or a part of it: "X
//! heads Keltic", "X, who chairs Keltic", "X leads ship support at Keltic",
//! "X, who ran Keltic's signalling business" (a post held once).

use crate::model::{EntityKind, RelationKind};

use super::clause::relative_antecedent;
use super::item::{Finds, Item};
use super::pattern::At;

/// How far after a verb of running the "until" of a post left may stand
/// ("ran Keltic's games business in the German-speaking countries until
/// October").
const UNTIL_REACH: usize = 14;

/// "X heads Keltic", "X, who chairs Keltic": running an organisation.
/// "has run it since 2019": the participle after a perfect auxiliary.
/// Heading the organisation itself, not a part of it, is `ceo_of`.
pub(super) fn runs(at: &At<'_, '_>, out: &mut Finds) {
    let words = &at.words().roles;
    let aux = at.i.checked_sub(1);
    let perfect = aux.is_some_and(|k| at.is(k, &words.perfect));
    let kind =
        if words.runs.contains(at.word()) || (perfect && words.run_perfect.contains(at.word())) {
            RelationKind::EmployeeOf
        } else if words.chairs.contains(at.word()) {
            RelationKind::ChairmanOf
        } else {
            return;
        };
    // "X, who ran Keltic's signalling business": a post held once ("has
    // headed" holds it still, "had run" held it before); the past forms are
    // those of `held_posts`.
    let past = (words.held_posts.contains(at.word())
        && !aux.is_some_and(|k| at.is(k, &at.ctx.lang.resolve.finite_auxiliaries)))
        || aux.is_some_and(|k| at.is(k, &words.past_perfect));
    // "X was replaced by Y, who previously ran …": the relative clause's
    // own person, else the clause's subject; "T, whose daughter X has run
    // it": the person after "whose".
    let relatives = &at.words().clause.relative_pronouns;
    let relative = (at.i.saturating_sub(4)..at.i)
        .rev()
        .find(|&k| relatives.contains(at.items[k].word()));
    let head = relative.and_then(|w| {
        if at.is(w, &at.words().reader.whose) {
            Some((w + 1..at.i).find_map(|k| at.items[k].entity().filter(|&p| at.is_person(p))))
        } else {
            // "X, 61, who has headed it": past an age set off by commas.
            relative_antecedent(at.ctx.lang, at.items, w)
                .map(|k| at.items[k].entity().filter(|&p| at.is_person(p)))
        }
    });
    let Some(person) = head.unwrap_or(at.subject).filter(|&p| at.is_person(p)) else {
        return;
    };
    let Some((org, whole)) = run_object(at) else {
        return;
    };
    let span = at.span(at.i);
    if kind != RelationKind::EmployeeOf {
        out.add(kind, person, org, span, None, 0.7);
    } else if past {
        // "the founders, who ran it from a garage": a pronoun says no
        // post was left.
        if whole && pronoun_after(at) {
            return;
        }
        out.add(RelationKind::Left, person, org, span, None, 0.7);
        // "who ran Keltic's games business until October": the post, named
        // by the part run, and its end.
        if !whole && until_after(at) {
            out.add(RelationKind::EmployeeOf, person, org, span, None, 0.65);
        }
    } else if whole && perfect {
        // "who has run it since 2019": heading the organisation itself.
        out.add(RelationKind::CeoOf, person, org, span, None, 0.7);
    } else {
        out.add(kind, person, org, span, None, 0.7);
    }
}

/// True when the item after the verb is a pronoun ("ran it").
fn pronoun_after(at: &At<'_, '_>) -> bool {
    at.items.get(at.i + 1).is_some_and(|it| {
        it.span(at.ctx.mentions)
            .slice(at.ctx.text)
            .starts_with(char::is_lowercase)
    })
}

/// True when an "until" ends the clause of the verb of running ("ran the
/// Leeds business of Keltic until last year").
fn until_after(at: &At<'_, '_>) -> bool {
    (at.i + 1..(at.i + UNTIL_REACH).min(at.items.len()))
        .take_while(|&k| at.items[k].word() != ",")
        .any(|k| at.is(k, &at.words().roles.until))
}

/// The organisation run: right after the verb, or after what is run in it
/// ("leads ship support at Keltic", "chairs the board of Keltic"); true
/// when it is the organisation itself that is run, right after the verb.
fn run_object(at: &At<'_, '_>) -> Option<(usize, bool)> {
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
    // among the plain words; "ran the Leeds business of Keltic": a place.
    let plain = |k: usize| match items.get(k) {
        Some(Item::Word { word, .. }) => {
            word.chars().all(char::is_lowercase) && !at.words().roles.title_of.contains(word)
        }
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => matches!(at.kind(*entity), EntityKind::Nationality | EntityKind::Loc),
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
            .map(|o| (o, false))
    } else if k == at.i + 1 {
        org_at(k).map(|o| (o, true))
    } else if at.is(k, &at.words().roles.title_of) {
        let m = (k + 1..k + 5).find(|&m| !plain(m))?;
        org_at(m).map(|o| (o, false))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const POSTS: &[RelationKind] = &[CeoOf, ChairmanOf, FounderOf, EmployeeOf, Left];

    #[test]
    fn running_the_organisation_itself_since_is_heading_it() {
        check(
            POSTS,
            &[
                (
                    "Keltic GmbH was founded in 1994 by the engineer Jon Hale, whose daughter Ann Hale has run it since 2019.",
                    &[
                        ("Jon Hale", FounderOf, "Keltic GmbH"),
                        ("Ann Hale", CeoOf, "Keltic GmbH"),
                    ],
                ),
                (
                    "Keltic Ltd is owned by its founder, the former trawlerman Jon Hale, and his daughter Ann Hale, who has run it since 2022.",
                    &[
                        ("Ann Hale", CeoOf, "Keltic Ltd"),
                        ("Jon Hale", FounderOf, "Keltic Ltd"),
                    ],
                ),
                // Past an age set off by commas: the person before it.
                (
                    "Brenwold Tools is owned by Tobiah Quilsby, 61, who has headed Brenwold Tools since 2014.",
                    &[("Tobiah Quilsby", CeoOf, "Brenwold Tools")],
                ),
                // Past an age and a description set off after it.
                (
                    "Brenwold Tools is owned by Tobiah Quilsby, 64, the founder's grandson, who has run Brenwold Tools since 1998.",
                    &[("Tobiah Quilsby", CeoOf, "Brenwold Tools")],
                ),
                // A pronoun run once says no post was left.
                (
                    "Keltic Ltd was set up in 2015 by the engineers Jon Hale and Ann Vik, who ran it from a garage in Leeds.",
                    &[
                        ("Jon Hale", FounderOf, "Keltic Ltd"),
                        ("Ann Vik", FounderOf, "Keltic Ltd"),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn a_part_run_until_a_time_is_a_post_held_and_left() {
        check(
            POSTS,
            &[(
                "Brask's chief executive, Ann Vik, who ran the Galway business of Orvo Homes until last year, said prices rose.",
                &[
                    ("Ann Vik", CeoOf, "Brask"),
                    ("Ann Vik", Left, "Orvo Homes"),
                    ("Ann Vik", EmployeeOf, "Orvo Homes"),
                ],
            )],
        );
    }
}
