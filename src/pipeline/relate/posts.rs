//! Posts a sentence states without naming the organisation next to the
//! title, read against the organisation the article is speaking of (the
//! `topic`: the last organisation that was a sentence's subject): "Chief
//! Executive X said", "Its chief executive, X, said", "the departure of
//! chief operating officer X"; and posts told by nouns that are no titles
//! ("X, a partner at Keltic", "X, a Keltic employee", "X will join Keltic's
//! board") or by a past clause ("Before his post at A, X held positions at
//! B and C"). Verbs of running one ("X, who heads Keltic") are
//! `run_verbs`'.

use crate::model::RelationKind;

use super::clause::governed_or_placed;
use super::item::{Finds, Item};
use super::named::people_after_title;
use super::pattern::At;
use super::roles::{is_public_office, role_kind};

mod apposed;
mod attributive;
mod held;
mod plain;

pub(super) use attributive::attributive_noun;
pub(super) use held::held_before;

/// The organisation an article speaks of, for titles that name none.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Topic {
    /// The organisation last a sentence's subject: what "its" means.
    pub(super) last: Option<usize>,
    /// The organisation named most often: whose chief a bare "Chief
    /// Executive X" is.
    pub(super) main: Option<usize>,
}

/// The organisation with the most mentions, the first on a tie.
pub(super) fn main_org(ctx: &super::Context<'_>) -> Option<usize> {
    crate::model::most_mentioned(
        ctx.mentions
            .iter()
            .filter_map(|m| m.entity)
            .filter(|&e| ctx.kinds.get(e) == Some(&crate::model::EntityKind::Org)),
    )
}

/// How far back a person before "who" may stand: "X, a partner at Y who …".
const RELATIVE_REACH: usize = 12;

/// The person named right after the title at `i`, or after a comma
/// ("Its chief executive, X, said"); an honorific may stand before the name
/// ("chairman Sir X").
fn person_after(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let honorifics = &at.ctx.lang.resolve.honorifics;
    let person = |k: usize| {
        let k = if honorifics.contains(at.items.get(k).map_or("", Item::word)) {
            k + 1
        } else {
            k
        };
        at.items
            .get(k)
            .and_then(Item::entity)
            .filter(|&p| at.is_person(p))
    };
    person(i + 1).or_else(|| {
        (at.items.get(i + 1).map(Item::word) == Some(","))
            .then(|| person(i + 2))
            .flatten()
    })
}

/// True when the item at `k` is a possessive pronoun no entity was found for
/// ("Its chief executive" at a paragraph's start).
fn bare_possessive(at: &At<'_, '_>, k: usize) -> bool {
    at.ctx
        .lang
        .relate
        .pronoun
        .possessive
        .contains(at.items[k].word())
}

/// "Chief Executive X said", "chairman X denied", "finance chief X", "Its
/// chief executive, X,": a chief's title with no organisation before or
/// after it is a post at the organisation last named before it in the
/// sentence, else at the `topic`. General titles (analyst, president) are
/// left alone: they as often belong to another organisation.
pub(super) fn bare_title(at: &At<'_, '_>, topic: Topic, found: &Finds, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    let Item::Title { word, span } = &items[i] else {
        return;
    };
    let kind = role_kind(words, word);
    // "General manager X said": a general title, with no possessive before.
    let plain = words.plain_titles.contains(word) && !plain::possessed(at, i);
    if is_public_office(words, word)
        || (kind == RelationKind::EmployeeOf && !words.bare_titles.contains(word) && !plain)
        || at.is(i + 1, &words.title_of)
    {
        return;
    }
    let before = i.checked_sub(1).map(|k| &items[k]);
    // "Keltic CEO X", "former CEO X", "president and CEO X": other patterns'.
    if matches!(before, Some(Item::Ent { .. } | Item::Title { .. }))
        || i.checked_sub(1).is_some_and(|k| {
            at.is(k, &words.former)
                || at.is(k, &words.as_post)
                || (at.is(k, &words.title_joiners)
                    && k > 0
                    && matches!(items[k - 1], Item::Title { .. }))
        })
    {
        return;
    }
    // "its three founders, the engineers A, B and C, who": each named.
    let mut people = person_after(at, i).map_or_else(|| people_after_title(at, i), |p| vec![p]);
    // "…, said X, chief financial officer.": the person the title closes.
    if people.is_empty()
        && i >= 2
        && items[i - 1].word() == ","
        && items
            .get(i + 1)
            .is_none_or(|it| matches!(it.word(), "," | "."))
        && let Some(p) = items[i - 2].entity().filter(|&p| at.is_person(p))
    {
        people.push(p);
    }
    // "X, the current chief operating officer, said", "X, its finance
    // chief,": the title set off after the name with its article.
    let apposed = if people.is_empty() {
        apposed::apposed_before(at, i)
    } else {
        None
    };
    people.extend(apposed.map(|(p, _)| p));
    people.retain(|&p| !found.0.iter().any(|f| f.source == p && f.kind.is_role()));
    if people.is_empty() {
        return;
    }
    let whose = i > 0 && at.is(i - 1, &at.words().reader.whose);
    let org = if let Some((_, lead)) = apposed {
        apposed::apposed_org(at, topic, lead)
    } else if whose {
        // "a grant from Sport Keltia, whose chief executive, X, said": the
        // name the relative possessive stands for, governed or not.
        super::clause::relative_antecedent(at.ctx.lang, items, i - 1)
            .and_then(|k| items[k].entity())
    } else if i > 0 && bare_possessive(at, i - 1) {
        // "bought Keltic from its founder, X": the organisation named before
        // "its" in the sentence, else the one the article speaks of.
        (0..i - 1)
            .rev()
            .find_map(|k| match items[k] {
                Item::Ent {
                    entity,
                    pronoun: false,
                    ..
                } if at.is_org(entity) => Some(entity),
                _ => None,
            })
            .or(topic.last)
    } else {
        // "X, formerly of Merck, … and said chairman Y": a name a
        // preposition governs is no organisation the title is at, nor is
        // one a governed place owns ("looms from Italy's Keltic").
        (0..i)
            .rev()
            .find_map(|k| {
                items[k].entity().filter(|&e| {
                    at.is_org(e) && !governed_or_placed(at.ctx.lang, items, k, at.ctx.kinds)
                })
            })
            .or(topic.main)
    };
    if let Some(org) = org.filter(|&o| at.is_org(o)) {
        for person in people {
            out.add(kind, person, org, *span, None, 0.6);
        }
    }
}

/// "the departure of chief operating officer X", "the resignation of X":
/// X left the organisation of the post the sentence gives X before the
/// noun's clause ends, else the `topic`.
pub(super) fn departure(at: &At<'_, '_>, topic: Topic, found: &Finds, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    if !words.leave_nouns.contains(at.word()) || !at.is(i + 1, &words.title_of) {
        return;
    }
    let Some(person) = (i + 2..(i + 6).min(items.len()))
        .take_while(|&k| !matches!(items[k], Item::Word { ref word, .. } if word == ","))
        .find_map(|k| items[k].entity().filter(|&p| at.is_person(p)))
    else {
        return;
    };
    let held = found
        .0
        .iter()
        .chain(out.0.iter())
        .find(|f| {
            f.source == person
                && f.kind.is_role()
                && !matches!(f.kind, RelationKind::Left | RelationKind::FounderOf)
                && items
                    .iter()
                    .position(|it| it.span(at.ctx.mentions) == f.trigger)
                    .is_some_and(|t| t < i + 6)
        })
        .map(|f| f.target);
    if let Some(org) = held.or(topic.main).filter(|&o| at.is_org(o)) {
        out.add(RelationKind::Left, person, org, at.span(i), None, 0.65);
    }
}

/// The person a relative clause at `i` speaks of: the subject when a
/// person, else the person before the nearest "who" ("X, a partner at Y
/// who will join …").
fn relative_person(at: &At<'_, '_>) -> Option<usize> {
    if let Some(p) = at.subject.filter(|&p| at.is_person(p)) {
        return Some(p);
    }
    let items = at.items;
    let relatives = &at.words().clause.relative_pronouns;
    let who = (at.i.saturating_sub(4)..at.i)
        .rev()
        .find(|&k| relatives.contains(items[k].word()))?;
    (who.saturating_sub(RELATIVE_REACH)..who)
        .rev()
        .find_map(|k| items[k].entity().filter(|&p| at.is_person(p)))
}

/// "X will join Keltic's board", "X, who joined the Keltic board", "X will
/// leave Keltic but remain on Keltic's board", "stays on its board": a
/// member of the board holds a post at the organisation. With no name
/// before the board ("remain on the board"), the organisation is the one
/// the sentence gave the person a post at (`found`); with no person for
/// the verb, the one person the sentence gave a post at the organisation.
pub(super) fn joins_board(at: &At<'_, '_>, found: &Finds, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    if !words.take_post.contains(at.word()) {
        return;
    }
    let mut k = i + 1;
    let on = at.is(k, &words.board_on);
    if on {
        k += 1;
    }
    if at.is(k, &words.title_lead) {
        k += 1;
    }
    let posts = |keep: &dyn Fn(&super::item::Found) -> bool| {
        let mut ends = found
            .0
            .iter()
            .filter(|f| f.kind.is_role() && f.kind != RelationKind::FounderOf && keep(f))
            .map(|f| (f.source, f.target));
        let first = ends.next();
        first.filter(|&e| ends.all(|other| other == e))
    };
    let person = relative_person(at);
    let org = match items.get(k).and_then(Item::entity) {
        Some(o) if at.is_org(o) && at.is(k + 1, &words.board) => Some(o),
        // "remain on the board": the board of the person's organisation.
        None if on && at.is(k, &words.board) => {
            person.and_then(|p| posts(&|f| f.source == p).map(|(_, o)| o))
        }
        _ => None,
    };
    let Some(org) = org else {
        return;
    };
    // "Keltic's sales chief X will leave but remain on its board": the
    // one person the sentence gave a post at the organisation.
    let person = match person {
        None if on => posts(&|f| f.target == org).map(|(p, _)| p),
        person => person,
    };
    if let Some(person) = person.filter(|&p| at.is_person(p)) {
        out.add(
            RelationKind::EmployeeOf,
            person,
            org,
            at.span(i),
            None,
            0.65,
        );
    }
}

/// "X, a partner at Keltic", "X, an Keltic employee": a post noun in
/// apposition to a person.
pub(super) fn post_noun(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    if !words.post_nouns.contains(at.word()) {
        return;
    }
    let org_at = |k: usize| {
        items
            .get(k)
            .and_then(Item::entity)
            .filter(|&o| at.is_org(o))
    };
    // "at Keltic" after, or "a Keltic employee" before.
    let (org, start) = match (
        at.is(i + 1, &words.title_of)
            .then(|| org_at(i + 2))
            .flatten(),
        i.checked_sub(1).and_then(org_at),
    ) {
        (Some(org), _) => (org, i),
        (None, Some(org)) => (org, i - 1),
        _ => return,
    };
    // Back over the article (and an adjective or two) to the comma.
    let mut o = start;
    while o > 0
        && start - o < 3
        && matches!(&items[o - 1], Item::Word { word, .. } if word.chars().all(char::is_lowercase))
    {
        o -= 1;
    }
    if o >= 2
        && items[o - 1].word() == ","
        && let Some(person) = items[o - 2].entity().filter(|&p| at.is_person(p))
    {
        out.add(RelationKind::EmployeeOf, person, org, at.span(i), None, 0.7);
    }
}

/// One post, one relation: where the document gives a person a specific
/// post at an organisation (chief executive, chairman), a general post
/// there found in another sentence ("Keltic's Jon Hale said") says nothing
/// more and gives way, with its payee. A founding is no post held now: a
/// founder may join the board later.
pub(super) fn one_post(
    out: &mut Vec<(crate::model::Relation, Option<usize>)>,
    payees: &mut Vec<Option<usize>>,
) {
    let specific: Vec<(usize, usize)> = out
        .iter()
        .filter(|(r, _)| matches!(r.kind, RelationKind::CeoOf | RelationKind::ChairmanOf))
        .map(|(r, _)| (r.source, r.target))
        .collect();
    let keep: Vec<bool> = out
        .iter()
        .map(|(r, _)| {
            r.kind != RelationKind::EmployeeOf || !specific.contains(&(r.source, r.target))
        })
        .collect();
    super::kept::retain_kept(out, payees, &keep);
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const POSTS: &[RelationKind] = &[CeoOf, ChairmanOf, FounderOf, EmployeeOf, Left];

    #[test]
    fn bare_titles_mean_the_organisation_spoken_of() {
        check(
            POSTS,
            &[
                (
                    "Keltic Inc. said sales rose. Chief Executive Jon Hale said the plant was ready.",
                    &[("Jon Hale", CeoOf, "Keltic Inc.")],
                ),
                (
                    "Brask Corp. denied it would buy Keltic Inc., and chairman Jon Hale denied the reports.",
                    &[("Jon Hale", ChairmanOf, "Keltic Inc.")],
                ),
                // The title closing an apposition after the name.
                (
                    "Keltic Inc. was finding it harder to win contracts, said Jon Hale, chief financial officer.",
                    &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
                ),
                (
                    "Keltic Inc. raised prices. Its chief executive, Jon Hale, said demand was strong.",
                    &[("Jon Hale", CeoOf, "Keltic Inc.")],
                ),
                (
                    "Keltic Inc. said sales rose. The bank's chief executive, Jon Hale, spoke on Monday.",
                    &[("Jon Hale", CeoOf, "Keltic Inc.")],
                ),
                // The title set off after the name, with its article: the
                // organisation named before it in the sentence, else the
                // one the article speaks of.
                (
                    "Keltic Inc. said on Monday that Jon Hale, the current chief operating officer, would lead the unit.",
                    &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
                ),
                (
                    "Keltic Inc. won the contract. Hale, the chief executive, said the company would hire 150 engineers.",
                    &[("Hale", CeoOf, "Keltic Inc.")],
                ),
                // A past post is no post held; nor is a general title bare.
                (
                    "Keltic Inc. won the contract. Hale, the former chief executive, said it was fair.",
                    &[],
                ),
                (
                    "Keltic Inc. won the contract. Hale, the analyst, said it was fair.",
                    &[],
                ),
                // A general title is as often someone else's: left alone.
                ("Keltic Inc. said sales rose. Analyst Jon Hale agreed.", &[]),
                // "whose": the name before it, though a preposition governs it.
                (
                    "It is paid with a loan from Brask Bank and a grant from Keltic Trust, whose chief executive, Jon Hale, praised it.",
                    &[("Jon Hale", CeoOf, "Keltic Trust")],
                ),
                // An honorific before the name; a name under a preposition
                // is no organisation the title is at.
                (
                    "Keltic Inc. sold the plant, while chairman Sir Jon Hale will lead the search.",
                    &[("Jon Hale", ChairmanOf, "Keltic Inc.")],
                ),
                (
                    "Keltic Inc. sold the plant. Its staff, mostly from Brask Corp., said chairman Jon Hale agreed.",
                    &[("Jon Hale", ChairmanOf, "Keltic Inc.")],
                ),
            ],
        );
    }

    #[test]
    fn a_specific_post_in_the_document_says_all_a_general_one_would() {
        check(
            POSTS,
            &[
                (
                    "Keltic Inc.'s Jon Hale said sales rose. Jon Hale is the chief executive of Keltic Inc.",
                    &[("Jon Hale", CeoOf, "Keltic Inc.")],
                ),
                // At another organisation the general post stays.
                (
                    "Brask Corp.'s Jon Hale said sales rose. Jon Hale is the chief executive of Keltic Inc.",
                    &[
                        ("Jon Hale", EmployeeOf, "Brask Corp."),
                        ("Jon Hale", CeoOf, "Keltic Inc."),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn posts_named_by_nouns_units_and_ranks() {
        check(
            POSTS,
            &[
                (
                    "\"Prices will fall,\" said Jon Hale, a partner at Keltic Capital.",
                    &[("Jon Hale", EmployeeOf, "Keltic Capital")],
                ),
                (
                    "Jon Hale, a Keltic Inc. employee, showed the device.",
                    &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
                ),
                // A verb of running, with what is run before the organisation.
                (
                    "Jon Hale, who leads parts sales at Keltic Inc., showed the device.",
                    &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
                ),
                (
                    "Ann Vik, who chairs the board of Keltic Inc., showed the device.",
                    &[("Ann Vik", ChairmanOf, "Keltic Inc.")],
                ),
                (
                    "Jon Hale, who founded Brask Corp., will join Keltic Inc.'s board.",
                    &[
                        ("Jon Hale", FounderOf, "Brask Corp."),
                        ("Jon Hale", EmployeeOf, "Keltic Inc."),
                    ],
                ),
                // A board seat kept beside a post left: both stand.
                (
                    "Brask Corp. said Keltic Inc. sales director Jon Hale will leave Keltic Inc. but remain on Keltic Inc.'s board.",
                    &[
                        ("Jon Hale", EmployeeOf, "Keltic Inc."),
                        ("Jon Hale", Left, "Keltic Inc."),
                    ],
                ),
                (
                    "Keltic Inc. finance director Jon Hale will step down in May and stay on the board.",
                    &[
                        ("Jon Hale", Left, "Keltic Inc."),
                        ("Jon Hale", EmployeeOf, "Keltic Inc."),
                    ],
                ),
                (
                    "Jon Hale, director of the Keltic Authority's Bureau of Standards, spoke.",
                    &[
                        ("Jon Hale", EmployeeOf, "Bureau of Standards"),
                        ("Jon Hale", EmployeeOf, "Keltic Authority"),
                    ],
                ),
                (
                    "Keltic Navy's chief of staff Admiral Jon Hale spoke on Monday.",
                    &[("Jon Hale", EmployeeOf, "Keltic Navy")],
                ),
            ],
        );
    }

    #[test]
    fn departures_and_past_posts() {
        check(
            POSTS,
            &[
                (
                    "Keltic Inc. said sales rose. The move follows the departure of chief operating officer Jon Hale, who quit in May to become chief executive of Brask Corp.",
                    &[
                        ("Jon Hale", Left, "Keltic Inc."),
                        ("Jon Hale", CeoOf, "Brask Corp."),
                    ],
                ),
                (
                    "Jon Hale, a former senior executive at Keltic Inc., spoke on Monday.",
                    &[("Jon Hale", Left, "Keltic Inc.")],
                ),
                (
                    "Before his post at Brask Corp., Jon Hale held positions at Keltic Inc.",
                    &[("Jon Hale", Left, "Keltic Inc.")],
                ),
                // A part of an organisation run once is a post left; one
                // headed since is held still.
                (
                    "Brask Corp. has tapped Ann Vik, who ran Keltic Inc.'s signalling business, as its chief executive.",
                    &[
                        ("Ann Vik", Left, "Keltic Inc."),
                        ("Ann Vik", CeoOf, "Brask Corp."),
                    ],
                ),
                (
                    "Ann Vik, who has headed European sales for the Danish group Keltic Inc. since 2020, spoke.",
                    &[("Ann Vik", EmployeeOf, "Keltic Inc.")],
                ),
                // An organisation's name alone says no part was run.
                ("Ann Vik, who ran Keltic Inc.'s, spoke.", &[]),
                // The post before is only the one it names: a verb after
                // the comma opens the clause, not a list of posts left.
                (
                    "Jon Hale, formerly of Keltic Inc., joined Brask Corp. in May.",
                    &[
                        ("Jon Hale", EmployeeOf, "Brask Corp."),
                        ("Jon Hale", Left, "Keltic Inc."),
                    ],
                ),
                (
                    "Ann Vik, a former director at the pharmacy group Keltic Inc., joined Brask Corp. in 2019.",
                    &[
                        ("Ann Vik", Left, "Keltic Inc."),
                        ("Ann Vik", EmployeeOf, "Brask Corp."),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn founders_and_appointees_past_descriptors() {
        check(
            POSTS,
            &[
                (
                    "Keltic Inc. was founded in 2009 by former rower Jon Hale.",
                    &[("Jon Hale", FounderOf, "Keltic Inc.")],
                ),
                (
                    "Keltic Inc. said it had appointed Ann Berg, an analyst at Brask Corp., as its chief executive.",
                    &[
                        ("Ann Berg", EmployeeOf, "Brask Corp."),
                        ("Ann Berg", CeoOf, "Keltic Inc."),
                    ],
                ),
            ],
        );
    }
}
