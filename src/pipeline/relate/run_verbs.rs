//! Posts told by a verb of running an organisation or a part of it: "X
//! heads Keltic", "X, who chairs Keltic", "X leads ship support at Keltic",
//! "X, who ran Keltic's signalling business" (a post held once).

use crate::model::{EntityKind, RelationKind};
use crate::pipeline::word_shape::is_describing_word;

use super::clause::relative_antecedent;
use super::item::{Finds, Item};
use super::pattern::At;

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
        if whole && pronoun_after(at) && !named(at, at.i + 2) {
            return;
        }
        // "who ran Keltic's games business until October": a general post
        // held in the past is `left` alone (GUIDE, session 36).
        out.add(RelationKind::Left, person, org, span, None, 0.7);
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

/// The organisation run: right after the verb, or after what is run in it
/// ("leads ship support at Keltic", "chairs the board of Keltic", "ran the
/// leasing arm of Japan's Keltic"), or named inside it ("ran the Keltic
/// hotels"); true when it is the organisation itself that is run, right
/// after the verb or after its description ("ran the Leeds water company
/// Keltic").
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
    while k < at.i + 5 && plain(at, k) {
        k += 1;
    }
    if owner.is_some() {
        // The part must be named: "ran Keltic's business", not "ran Keltic's".
        (k > from && !at.is(k, &at.words().roles.title_of))
            .then_some(owner)
            .flatten()
            .map(|o| (o, false))
    } else if k == at.i + 1 {
        // "ran the water company Keltic": the name after its description.
        let k = k + usize::from(pronoun_after(at) && named(at, k + 1) && org_at(k + 1).is_some());
        org_at(k).map(|o| (o, true))
    } else if at.is(k, &at.words().roles.title_of) {
        let m = (k + 1..k + 2 + DESCRIPTION_REACH).find(|&m| !plain(at, m))?;
        // "of Finland's Keltic": the place owning the organisation.
        let m = m + usize::from(placed_owner(at, m));
        org_at(m).map(|o| (o, false))
    } else {
        // A name, not a description ("ran the Leeds company's sales": the
        // reference may be another's).
        let o = org_at(k).filter(|_| named(at, k))?;
        // "ran the Keltic hotels": a noun after the name names the part run;
        // "ran the Leeds water company Keltic": the description of it.
        let part = part_noun(at, k + 1);
        // "runs the Benelux arm of the retailer Keltic": the part's owner
        // after it.
        if part && at.is(k + 2, &at.words().roles.title_of) {
            let m = (k + 3..k + 3 + DESCRIPTION_REACH).find(|&m| !plain(at, m))?;
            let m = m + usize::from(placed_owner(at, m));
            return org_at(m).map(|o| (o, false));
        }
        // Only a noun phrase stands before it: no verb's clause ("ran the
        // hotels before joining Keltic").
        let determiner = |j: usize| at.is(j, &at.ctx.lang.relate.clause.list_determiners);
        let phrase = (from..k).all(|j| determiner(j) || noun_word(at, j));
        let described = (from..k).any(|j| !determiner(j));
        (phrase && (part || described)).then_some((o, !part))
    }
}

/// How many describing words may stand before the owner of a part run
/// ("the Benelux arm of the Danish bed retailer Keltic").
const DESCRIPTION_REACH: usize = 5;

/// True when the item at `k` is a plain word of the thing run (small
/// letters and hyphens: "the forest-machine service business") or a place
/// or nationality among them ("ran the Leeds business of Keltic").
fn plain(at: &At<'_, '_>, k: usize) -> bool {
    match at.items.get(k) {
        Some(Item::Word { word, .. }) => {
            !word.is_empty()
                && is_describing_word(word)
                && !at.words().roles.title_of.contains(word)
        }
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => matches!(at.kind(*entity), EntityKind::Nationality | EntityKind::Loc),
        _ => false,
    }
}

/// True when the item at `k` is a name: no pronoun, no possessive, and
/// it opens with a capital ("Keltic", not "the company").
fn named(at: &At<'_, '_>, k: usize) -> bool {
    matches!(
        at.items.get(k),
        Some(Item::Ent {
            possessive: false,
            pronoun: false,
            ..
        })
    ) && at.items[k]
        .span(at.ctx.mentions)
        .slice(at.ctx.text)
        .starts_with(char::is_uppercase)
}

/// True when the item at `k` is a place's or a nationality's possessive
/// before an organisation ("of Japan's Keltic").
fn placed_owner(at: &At<'_, '_>, k: usize) -> bool {
    matches!(
        at.items.get(k),
        Some(Item::Ent { entity, possessive: true, pronoun: false, .. })
            if matches!(at.kind(*entity), EntityKind::Nationality | EntityKind::Loc)
    ) && at
        .items
        .get(k + 1)
        .and_then(Item::entity)
        .is_some_and(|o| at.is_org(o))
}

/// True when the item at `k` is a noun naming a part of the organisation
/// before it ("the Keltic hotels").
fn part_noun(at: &At<'_, '_>, k: usize) -> bool {
    matches!(at.items.get(k), Some(Item::Word { .. })) && noun_word(at, k)
}

/// True when the item at `k` may stand in a noun phrase: a place or
/// nationality, or a plain word that is no function word, preposition,
/// conjunction or word of time ("the Keltic before joining").
fn noun_word(at: &At<'_, '_>, k: usize) -> bool {
    let lang = at.ctx.lang;
    let roles = &at.words().roles;
    match at.items.get(k) {
        Some(Item::Word { word, .. }) => {
            !word.is_empty()
                && is_describing_word(word)
                && word != "-"
                && !lang.rules.function_words.contains(word)
                && !lang.resolve.prepositions.contains(word)
                && !roles.before.contains(word)
                && !roles.until.contains(word)
                && !lang.relate.clause.list_conjunctions.contains(word)
        }
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => matches!(at.kind(*entity), EntityKind::Nationality | EntityKind::Loc),
        _ => false,
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
    fn a_part_run_until_a_time_is_a_post_left() {
        // A general post held in the past: `left` alone (GUIDE, session 36).
        check(
            POSTS,
            &[(
                "Brask's chief executive, Ann Vik, who ran the Galway business of Orvo Homes until last year, said prices rose.",
                &[("Ann Vik", CeoOf, "Brask"), ("Ann Vik", Left, "Orvo Homes")],
            )],
        );
    }

    #[test]
    fn a_part_run_in_the_past_is_found_past_places_descriptions_and_names() {
        check(
            &[Left],
            &[
                // A place's possessive before the organisation.
                (
                    "Ann Vik, who ran the aircraft leasing arm of Japan's Orvo Bank until 2021, said prices rose.",
                    &[("Ann Vik", Left, "Orvo Bank")],
                ),
                // Hyphened words among those of the part run.
                (
                    "Ann Vik, who ran the forest-machine service business of Finland's Orvo Oyj until last year, said prices rose.",
                    &[("Ann Vik", Left, "Orvo Oyj")],
                ),
                // The organisation named inside the part run.
                (
                    "Ann Vik, who ran the Orvo Resorts hotels before joining Brask Corp. in 2021, said prices rose.",
                    &[("Ann Vik", Left, "Orvo Resorts")],
                ),
                // The organisation itself, after its description.
                (
                    "Jon Hale ran the Leeds water company Orvo Water before he was hired by Brask Corp. in 2020.",
                    &[("Jon Hale", Left, "Orvo Water")],
                ),
                // A name inside the part, and the part's owner after it.
                (
                    "Ann Vik, who ran the Benelux arm of the Danish bed retailer Orvo Seng until 2022, said prices rose.",
                    &[("Ann Vik", Left, "Orvo Seng")],
                ),
                // A verb's clause before the name: the one joined is not run.
                (
                    "Ann Vik, who ran the hotels before joining Orvo Resorts in 2021, said prices rose.",
                    &[],
                ),
            ],
        );
    }
}
