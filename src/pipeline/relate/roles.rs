//! Roles and titles: CEO of, chairman of, founder of, works for, and
//! appointments. The title's words say which (`roles/titles.tsv`).

use crate::lang::relate::RoleWords;
use crate::model::{RelationKind, Span};

use super::clause::clause_subject;
use super::item::{Finds, Item, next_entity};
use super::pattern::At;

/// The relation a title states ("chief executive" → CEO of).
fn role_kind(words: &RoleWords, title: &str) -> RelationKind {
    words.titles.kind_of(&title.to_lowercase())
}

/// Titles that name public offices rather than posts in an organisation.
fn is_public_office(words: &RoleWords, title: &str) -> bool {
    let t = title.to_lowercase();
    words.public_offices.contains(&t)
        || words
            .public_office_suffixes
            .iter()
            .any(|suffix| t.ends_with(suffix))
}

/// The title at the position, unless it names a public office.
fn title<'s>(at: &At<'s, '_>) -> Option<(&'s str, Span)> {
    match &at.items[at.i] {
        Item::Title { word, span } if !is_public_office(&at.words().roles, word) => {
            Some((word.as_str(), *span))
        }
        _ => None,
    }
}

/// "ORG(’s) TITLE PERSON": "Boeing CEO Kelly Ortberg".
pub(super) fn org_title_person(at: &At<'_, '_>, out: &mut Finds) {
    let Some((word, tspan)) = title(at) else {
        return;
    };
    let (items, i) = (at.items, at.i);
    // "Boeing ex-CEO X": a past post, read as left by `tenure`.
    let o = if i > 1 && at.is(i - 1, &at.words().roles.former) {
        i - 1
    } else {
        i
    };
    if o > 0
        && let (Some(org), Some(person)) = (
            items[o - 1].entity(),
            items.get(i + 1).and_then(Item::entity),
        )
        && at.is_org(org)
        && at.is_person(person)
    {
        out.add(
            role_kind(&at.words().roles, word),
            person,
            org,
            tspan,
            None,
            0.9,
        );
    }
}

/// "PERSON, (the|its) TITLE of|at ORG" and "TITLE of ORG, PERSON"; titles
/// coordinated before it count too ("founder and CEO of").
pub(super) fn title_of(at: &At<'_, '_>, out: &mut Finds) {
    let Some((word, tspan)) = title(at) else {
        return;
    };
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    if at.is(i + 1, &words.title_of)
        && let Some(org) = items
            .get(i + 2)
            .and_then(Item::entity)
            .filter(|&o| at.is_org(o))
    {
        // Walk back over determiners and coordinated roles: "founder and CEO of".
        let mut j = i;
        let mut roles = vec![(word.to_owned(), tspan)];
        loop {
            // "Ek, who is also chairman of Helsing"
            if j > 0 && words.title_lead.contains(items[j - 1].word()) {
                j -= 1;
            } else if j >= 2
                && words.title_joiners.contains(items[j - 1].word())
                && let Item::Title { word: w2, span: s2 } = &items[j - 2]
            {
                roles.push((w2.clone(), *s2));
                j -= 2;
            } else {
                break;
            }
        }
        // "president and CEO": one post, the specific role states it.
        let specific = roles
            .iter()
            .any(|(w, _)| role_kind(words, w) != RelationKind::EmployeeOf);
        if specific {
            roles.retain(|(w, _)| role_kind(words, w) != RelationKind::EmployeeOf);
        }
        if j >= 2
            && items[j - 1].word() == ","
            && let Some(person) = items[j - 2].entity().filter(|&p| at.is_person(p))
        {
            for (w, sp) in roles {
                out.add(role_kind(words, &w), person, org, sp, None, 0.85);
            }
        } else if items.get(i + 3).map(Item::word) == Some(",")
            && let Some(person) = items
                .get(i + 4)
                .and_then(Item::entity)
                .filter(|&p| at.is_person(p))
        {
            out.add(role_kind(words, word), person, org, tspan, None, 0.85);
        }
    }
}

/// "Boeing named Kelly Ortberg (as) its new chief executive"; the verb may
/// be a descriptor or two before the person ("named aerospace veteran
/// Kelly Ortberg").
pub(super) fn appointed(at: &At<'_, '_>, out: &mut Finds) {
    let Some((word, tspan)) = title(at) else {
        return;
    };
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    let mut j = i;
    while j > 0 && words.appoint_lead.contains(items[j - 1].word()) {
        j -= 1;
    }
    let verb = if j >= 2 {
        (j.saturating_sub(4)..j - 1)
            .rev()
            .take_while(|&k| matches!(items[k], Item::Word { .. }))
            .find(|&k| words.appoint.contains(items[k].word()))
    } else {
        None
    };
    if let Some(v) = verb
        && let Some(person) = items[j - 1].entity().filter(|&p| at.is_person(p))
        && let Some(org) =
            clause_subject(at.ctx.lang, items, v, at.ctx.kinds).filter(|&o| at.is_org(o))
    {
        out.add(role_kind(words, word), person, org, tspan, None, 0.8);
    }
}

/// "PERSON, ORG’s TITLE".
pub(super) fn possessive_title(at: &At<'_, '_>, out: &mut Finds) {
    let Some((word, tspan)) = title(at) else {
        return;
    };
    let (items, i) = (at.items, at.i);
    if i >= 3
        && let (Some(person), Some(org)) = (items[i - 3].entity(), items[i - 1].entity())
        && items[i - 2].word() == ","
        && at.is_person(person)
        && at.is_org(org)
        && matches!(
            items[i - 1],
            Item::Ent {
                possessive: true,
                ..
            }
        )
    {
        out.add(
            role_kind(&at.words().roles, word),
            person,
            org,
            tspan,
            None,
            0.85,
        );
    }
}

/// Founders: "P founded T", "T, founded by P".
pub(super) fn founded(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    if !words.roles.founded.contains(at.word()) {
        return;
    }
    if at.is(i + 1, &words.clause.passive_agent)
        && let Some(t) = (0..i)
            .rev()
            .find_map(|j| items[j].entity().filter(|&e| at.is_org(e)))
        && let Some((_, p)) = next_entity(items, i + 2, 1)
        && at.is_person(p)
    {
        out.add(RelationKind::FounderOf, p, t, at.span(i), None, 0.8);
    } else if let Some(p) = at.subject.filter(|&p| at.is_person(p))
        && let Some((_, t)) = next_entity(items, i + 1, 2)
        && at.is_org(t)
    {
        out.add(RelationKind::FounderOf, p, t, at.span(i), None, 0.8);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;
    use crate::pipeline::relate::tests::check;
    use RelationKind::*;

    const ROLES: &[RelationKind] = &[CeoOf, ChairmanOf, FounderOf, EmployeeOf];

    #[test]
    fn a_title_states_its_role() {
        let lang = Language::english().expect("English loads");
        let words = &lang.relate.roles;
        for (title, kind) in [
            ("CEO", CeoOf),
            ("Chief Executive Officer", CeoOf),
            ("chair", ChairmanOf),
            ("Co-Chairwoman", ChairmanOf),
            ("vice chairman", EmployeeOf),
            ("executive chairman", ChairmanOf),
            ("co-founder", FounderOf),
            ("chief technology officer", EmployeeOf),
            ("Geschäftsführer", EmployeeOf),
        ] {
            assert_eq!(role_kind(words, title), kind, "{title}");
        }
    }

    #[test]
    fn public_offices_are_no_posts() {
        let lang = Language::english().expect("English loads");
        let words = &lang.relate.roles;
        for (title, office) in [
            ("Prime Minister", true),
            ("foreign minister", true),
            ("Mayor", true),
            ("CEO", false),
            ("chairwoman", false),
            ("Bürgermeister", false),
        ] {
            assert_eq!(is_public_office(words, title), office, "{title}");
        }
    }

    #[test]
    fn titles_link_people_to_organisations() {
        check(
            ROLES,
            &[
                (
                    "Nordvik Corp. chief executive Ingrid Halvorsen spoke on Tuesday.",
                    &[("Ingrid Halvorsen", CeoOf, "Nordvik Corp.")],
                ),
                (
                    "Nordvik Corp. chief technology officer Ingrid Halvorsen spoke on Tuesday.",
                    &[("Ingrid Halvorsen", EmployeeOf, "Nordvik Corp.")],
                ),
                (
                    "Tomas Lindqvist, the chief executive of Brightwater Systems, spoke on Monday.",
                    &[("Tomas Lindqvist", CeoOf, "Brightwater Systems")],
                ),
                (
                    "Marta Kowalczyk, founder and CEO of Zephyr Robotics, spoke on Monday.",
                    &[
                        ("Marta Kowalczyk", CeoOf, "Zephyr Robotics"),
                        ("Marta Kowalczyk", FounderOf, "Zephyr Robotics"),
                    ],
                ),
                (
                    "Chairman of Keltic Inc., Angus Morrow, agreed.",
                    &[("Angus Morrow", ChairmanOf, "Keltic Inc.")],
                ),
                (
                    "Ravi Menon, Sunpeak Corp.'s chief financial officer, agreed.",
                    &[("Ravi Menon", EmployeeOf, "Sunpeak Corp.")],
                ),
                (
                    "Ingrid Halvorsen, Nordvik Corp.'s chairwoman, spoke on Tuesday.",
                    &[("Ingrid Halvorsen", ChairmanOf, "Nordvik Corp.")],
                ),
                // A president of a company holds a post there.
                (
                    "Anna Lind, the president of Keltic Inc., spoke on Monday.",
                    &[("Anna Lind", EmployeeOf, "Keltic Inc.")],
                ),
                // "president and CEO": one post, the specific role.
                (
                    "Jon Hale, president and CEO of Keltic Inc., said the plane was ready.",
                    &[("Jon Hale", CeoOf, "Keltic Inc.")],
                ),
                (
                    "Jon Hale, the Vice Chairman of Keltic Inc., said the plane was ready.",
                    &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
                ),
                (
                    "Keltic Capital economist Jon Hale said prices would fall.",
                    &[("Jon Hale", EmployeeOf, "Keltic Capital")],
                ),
                // A country is no organisation.
                ("Jon Hale, the President of Canada, spoke on Monday.", &[]),
            ],
        );
    }

    #[test]
    fn appointments_name_the_appointer_as_the_organisation() {
        check(
            ROLES,
            &[
                (
                    "Keltic Inc. named Fiona Baird as its new chief executive.",
                    &[("Fiona Baird", CeoOf, "Keltic Inc.")],
                ),
                (
                    "Keltic Inc. hired Tom Reyes as its chief operating officer.",
                    &[("Tom Reyes", EmployeeOf, "Keltic Inc.")],
                ),
            ],
        );
    }

    #[test]
    fn founders_active_and_passive() {
        check(
            ROLES,
            &[
                (
                    "Orla Byrne founded Greenleaf Analytics in 2015.",
                    &[("Orla Byrne", FounderOf, "Greenleaf Analytics")],
                ),
                (
                    "Greenleaf Analytics, founded by Orla Byrne, grew fast.",
                    &[("Orla Byrne", FounderOf, "Greenleaf Analytics")],
                ),
            ],
        );
    }
}
