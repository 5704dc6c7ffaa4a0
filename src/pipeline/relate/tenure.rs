//! Who holds a post and who left it: a person leaves ("resigned as CEO of
//! Z", "stepped down", "X was fired", "Z ousted its chief X"), succeeds
//! another ("X succeeds Y as CEO of Z"), is hired without a title, or held
//! a post once ("former Z executive X", "ex-CEO"). Read over the whole
//! sentence after the position patterns, because the organisation left is
//! often the one a role pattern found for the person ("Z's chief executive
//! Y was replaced with X"). A post left is no longer held: the role
//! relation for it gives way to `left`.

use crate::model::{RelationKind, Span};

use super::clause::Subjects;
use super::context::Context;
use super::item::{Finds, Found, Item, next_entity};
use super::pattern::At;
use super::posts;
use super::years_at;
pub(super) use earlier::Earlier;

mod earlier;
mod elsewhere;
mod former;
mod kin;
mod leaver;
mod next_post;
mod successor;
mod taking;

/// How many items after a trigger the organisation left may stand.
const REACH: usize = 10;

/// The roles, the `left` relations and the hires a sentence states about
/// posts, added to `found`; roles for posts the sentence says were left or
/// are past ("former") become `left`. `topic` is the organisation the
/// article last spoke of as a subject, the one a bare title means;
/// `subjects`, each item's subject (`clause::Subjects`); `earlier`,
/// the posts of the sentences before, for a succession that names none.
pub(super) fn tenure(
    ctx: &Context<'_>,
    items: &[Item],
    subject: Option<usize>,
    subjects: Subjects<'_, '_>,
    topic: posts::Topic,
    earlier: Earlier<'_>,
    found: &mut Finds,
) {
    let at = |i: usize| At {
        ctx,
        items,
        i,
        subject: subjects.at(i),
    };
    // Each reading below starts at a role word or a word of its list:
    // most items start none, and are passed over. Debug builds read them
    // too and check that nothing is found there.
    let live: Vec<bool> = items
        .iter()
        .map(|item| ctx.triggers.starts_tenure(item))
        .collect();
    let mut bare = Finds::default();
    for (i, &starts) in live.iter().enumerate() {
        if !starts && !cfg!(debug_assertions) {
            continue;
        }
        let at = at(i);
        let before = bare.0.len();
        posts::bare_title(&at, topic, found, &mut bare);
        posts::attributive_noun(&at, topic, found, &mut bare);
        posts::post_noun(&at, &mut bare);
        posts::joins_board(&at, found, &mut bare);
        posts::held_before(&at, &mut bare);
        years_at::years_at(&at, &mut bare);
        debug_assert!(starts || bare.0.len() == before);
    }
    found.0.extend(bare.0);
    super::roles::conjoined_posts(items, at, found);
    former::mark_former(ctx, items, found);
    let mut extra = Finds::default();
    let mut taken = Vec::new();
    for (i, &starts) in live.iter().enumerate() {
        if !starts && !cfg!(debug_assertions) {
            continue;
        }
        let at = at(i);
        let before = (extra.0.len(), taken.len());
        leaves(&at, subject, found, &mut extra);
        successor::succeeds(&at, topic.main, found, earlier, &mut extra);
        earlier::predecessor(
            &at,
            |p| held(&*found, p).or_else(|| earlier.post_of(p)),
            &mut extra,
        );
        taken.extend(takes_over_from(&at, topic.main, found, &mut extra));
        hired(&at, &mut extra);
        taking::takes_post(&at, &mut extra);
        posts::departure(&at, topic, found, &mut extra);
        debug_assert!(starts || (extra.0.len(), taken.len()) == before);
    }
    found.0.extend(extra.0);
    kin::drop_purchases(found, &taken);
    // A general post left is not held: it gives way. A founding stays,
    // and so does a specific post the sentence names as the one left
    // ("T's chief executive, X, will step down": X was its chief executive
    // and leaves).
    let left: Vec<(usize, usize)> = found
        .0
        .iter()
        .filter(|f| f.kind == RelationKind::Left)
        .map(|f| (f.source, f.target))
        .collect();
    // A specific post (CEO, chairman) says all a general one would.
    let specific: Vec<(usize, usize)> = found
        .0
        .iter()
        .filter(|f| matches!(f.kind, RelationKind::CeoOf | RelationKind::ChairmanOf))
        .map(|f| (f.source, f.target))
        .collect();
    found.0.retain(|f| {
        let pair = (f.source, f.target);
        // "is leaving Keltic, where she has run its exports since 2019": a
        // verb of running stated the post held up to a leaving the
        // sentence tells; it stays beside its end (GUIDE). One run in the
        // past gives `left` alone (`run_verbs`).
        let roles = &ctx.lang.relate.roles;
        let trigger = f.trigger.slice(ctx.text);
        let run_verb =
            roles.runs.contains_lowercase(trigger) || roles.run_perfect.contains_lowercase(trigger);
        // "will leave Keltic but remain on its board": the seat kept is
        // held (`posts::joins_board`).
        let kept = roles.stay.contains_lowercase(trigger);
        let left_post =
            f.kind == RelationKind::EmployeeOf && !run_verb && !kept && left.contains(&pair);
        let general = f.kind == RelationKind::EmployeeOf && specific.contains(&pair);
        // "X, until now head of Keltic's toy unit, … She joined Keltic in
        // 2016": a post taken where the sentences before told it left is
        // a post held in the past, `left` alone (GUIDE).
        let joined =
            roles.take_post.contains_lowercase(trigger) || roles.hire.contains_lowercase(trigger);
        let rejoined =
            f.kind == RelationKind::EmployeeOf && joined && earlier.left(f.source, f.target);
        !(left_post || general || rejoined)
    });
}

/// True when the word at `i` follows a passive "be" ("was fired"); a
/// progressive form is no passive ("will be succeeding Y").
fn passive(at: &At<'_, '_>, i: usize) -> bool {
    i > 0
        && at.is(i - 1, &at.words().roles.passive_be)
        && !at.words().frame.is_progressive(at.items[i].word())
}

/// The roles relations already found give `person`: posts held, not left
/// or founded.
fn roles_of(found: &Finds, person: usize) -> impl Iterator<Item = &Found> {
    found.0.iter().filter(move |f| {
        f.source == person
            && f.kind.is_role()
            && !matches!(f.kind, RelationKind::Left | RelationKind::FounderOf)
    })
}

/// The role (kind and organisation) a relation already found gives `person`.
fn held(found: &Finds, person: usize) -> Option<(RelationKind, usize)> {
    roles_of(found, person).next().map(|f| (f.kind, f.target))
}

/// The organisation of a role `found` gives `person` by a title before
/// `i` (the post a leaving verb at `i` can leave); a founder's too ("X,
/// who founded Z in 1998, will step down": X leaves Z, the company led
/// since its founding).
fn post_titled_before(at: &At<'_, '_>, found: &Finds, person: usize, i: usize) -> Option<usize> {
    let before = |f: &&Found| {
        at.items[..i]
            .iter()
            .any(|it| it.span(at.ctx.mentions) == f.trigger)
    };
    let founded = found
        .0
        .iter()
        .filter(move |f| f.source == person && f.kind == RelationKind::FounderOf);
    roles_of(found, person)
        .chain(founded)
        .find(before)
        .map(|f| f.target)
}

/// The first organisation within reach after `from`, before any person
/// and before a post taken ("quit to become CEO of Z": Z is not left),
/// with its position.
fn org_after(at: &At<'_, '_>, from: usize) -> Option<(usize, usize)> {
    for j in from..(from + REACH).min(at.items.len()) {
        if at.is(j, &at.words().roles.take_post) || next_post::run_to(at, j) {
            return None;
        }
        if let Some(e) = at.items[j].entity() {
            if at.is_person(e) {
                return None;
            }
            if at.is_org(e) {
                return (!others_post(at, j)).then_some((j, e));
            }
        }
    }
    None
}

/// How many items after a possessive organisation another's post may
/// name its holder ("Z's insurance head, Y").
const OTHERS_REACH: usize = 6;

/// True when the possessive organisation at `j` opens another person's
/// post: a title and a person follow it ("will be replaced by Z's
/// insurance head, Y": Z is Y's, not the organisation left).
fn others_post(at: &At<'_, '_>, j: usize) -> bool {
    let items = at.items;
    if !matches!(
        items[j],
        Item::Ent {
            possessive: true,
            ..
        }
    ) {
        return false;
    }
    let end = (j + OTHERS_REACH).min(items.len());
    (j + 1..end)
        .find(|&t| matches!(items[t], Item::Title { .. }))
        .is_some_and(|t| (t + 1..end).any(|k| items[k].entity().is_some_and(|e| at.is_person(e))))
}

/// "X resigned as CEO of Z", "X stepped down", "X was fired", "X left Z",
/// and "Z ousted its chief executive X". The one who leaves is read by
/// grammar ([`leaver::leaver`]). The organisation is the one named after
/// the verb, else the one the person's role names, else the sentence's
/// subject ("Z said X would retire").
fn leaves(at: &At<'_, '_>, subject: Option<usize>, found: &Finds, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    let w = at.word();
    let phrasal = words.leave_phrasal.contains(w) && at.is(i + 1, &words.leave_particles);
    let removed = words.removed.contains(w);
    if removed && !passive(at, i) {
        // "Z ousted its chief executive X"; "by ousted Z leader X": Z is left.
        let named = items
            .get(i + 1)
            .and_then(Item::entity)
            .filter(|&o| at.is_org(o));
        if let Some(org) = named.or(at.subject.filter(|&o| at.is_org(o)))
            && let Some(person) = (i + 1..(i + 5).min(items.len()))
                .find_map(|j| items[j].entity().filter(|&e| at.is_person(e)))
        {
            out.add(RelationKind::Left, person, org, at.span(i), None, 0.7);
        }
        return;
    }
    // "left Bahrain for Baghdad", "left rates unchanged": no post.
    if words.leave.contains(w) && !phrasal && elsewhere::leaves_no_post(at) {
        return;
    }
    let verb = words.leave.contains(w) || phrasal || removed;
    let Some((person, owned)) = leaver::who_leaves(at, subject, verb) else {
        return;
    };
    // "since his father X retired": the post the one "his" stands for
    // holds now.
    let heir = (i.saturating_sub(REACH)..i)
        .rev()
        .find(|&k| items[k].entity() == Some(person))
        .and_then(|k| kin::kin_of(at, k));
    // "left for Keltic": the organisation gone to is joined, not left.
    let destination = destination_after(at, i + 1);
    if let Some(org) = destination {
        out.add(
            RelationKind::EmployeeOf,
            person,
            org,
            at.span(i),
            None,
            0.65,
        );
    }
    let named_after = if destination.is_none() && !owned {
        org_after(at, i + 1)
    } else {
        None
    };
    // "X, the finance chief of Z, has left the company": a description
    // or pronoun after the verb yields to the organisation of the post
    // the sentence names before it (it may have been read as another's).
    let titled = post_titled_before(at, found, person, i);
    let named_after = named_after
        .filter(|&(j, o)| !(described(at, j) && titled.is_some_and(|t| t != o)))
        .map(|(_, o)| o);
    let org = named_after
        .or(titled)
        .or_else(|| heir.and_then(|h| held(found, h)).map(|(_, o)| o))
        .or_else(|| subject.filter(|&o| at.is_org(o) && (!owned || named_before(at, o))))
        .filter(|&o| Some(o) != destination);
    if let Some(org) = org {
        out.add(RelationKind::Left, person, org, at.span(i), None, 0.7);
        // "Z said X would step down as chairman": the post named was
        // held at the organisation left.
        if let Some((kind, span, named)) = post_after(at, i + 1)
            && named.is_none_or(|o| o == org)
            && !super::roles::is_public_office(&at.words().roles, span.slice(at.ctx.text))
        {
            out.add(kind, person, org, span, None, 0.65);
        }
    }
    if let Some((kind, v, org)) = next_post::goes_to_run(at, i + 1) {
        out.add(kind, person, org, at.span(v), None, 0.65);
    }
    // "is stepping down after 19 years as Z's chief executive": the post
    // named was held, and is left.
    if let Some((kind, span, org)) = possessed_post_after(at, i + 1) {
        out.add(kind, person, org, span, None, 0.7);
        out.add(RelationKind::Left, person, org, at.span(i), None, 0.7);
    }
}

/// True when the reference at `j` is a description or a pronoun ("the
/// company", "it"), no name: it opens with a lower-case letter.
fn described(at: &At<'_, '_>, j: usize) -> bool {
    at.items[j]
        .span(at.ctx.mentions)
        .slice(at.ctx.text)
        .starts_with(char::is_lowercase)
}

/// True when `org` is named before the word `at.i`: a noun of leaving its
/// person owns ("His departure follows pressure from Z") falls back on the
/// sentence's subject only when that stands before it ("Z said his
/// departure was planned").
fn named_before(at: &At<'_, '_>, org: usize) -> bool {
    at.items[..at.i]
        .iter()
        .any(|item| item.entity() == Some(org))
}

/// "left for Z", "is leaving for the rival Z": the organisation the one
/// who leaves goes to, past describing words.
fn destination_after(at: &At<'_, '_>, from: usize) -> Option<usize> {
    if !at.is(from, &at.words().roles.leave_for) {
        return None;
    }
    let j = at.described_object(from + 1)?;
    at.items[j].entity().filter(|&o| at.is_org(o))
}

/// "as Z's chief executive" a few items after `from` (past a particle and
/// "after 19 years"): the role the title names at the organisation that
/// owns it. A post named by a description ("as CEO of the company") or
/// by no organisation says too little of which post was left.
fn possessed_post_after(at: &At<'_, '_>, from: usize) -> Option<(RelationKind, Span, usize)> {
    let (items, words) = (at.items, &at.words().roles);
    let a = (from..(from + 6).min(items.len())).find(|&j| at.is(j, &words.as_post))?;
    // Nothing but a date and plain words before "as" ("down after 19
    // years"): no other verb's clause ("and will serve as").
    let lang = at.ctx.lang;
    let lead = (from..a).all(|j| match &items[j] {
        Item::Date { .. } => true,
        Item::Word { word, .. } => {
            word.chars().all(char::is_lowercase)
                && !word.is_empty()
                && !lang.relate.clause.list_conjunctions.contains(word)
                && !lang.resolve.finite_auxiliaries.contains(word)
                && !lang.relate.clause.relative_pronouns.contains(word)
        }
        _ => false,
    });
    let Some(Item::Ent {
        entity: org,
        possessive: true,
        pronoun: false,
        ..
    }) = items.get(a + 1)
    else {
        return None;
    };
    let Some(Item::Title { word, span }) = items.get(a + 2) else {
        return None;
    };
    (lead && at.is_org(*org) && !super::roles::is_public_office(words, word))
        .then(|| (super::roles::role_kind(words, word), *span, *org))
}

/// The role a title after `as` names, with the organisation after it:
/// "as CEO of Z", "as chief executive".
fn post_after(at: &At<'_, '_>, from: usize) -> Option<(RelationKind, Span, Option<usize>)> {
    let words = &at.words().roles;
    let a = (from..(from + 3).min(at.items.len())).find(|&j| at.is(j, &words.as_post))?;
    let (t, title, span) =
        (a + 1..(a + 4).min(at.items.len())).find_map(|j| match &at.items[j] {
            Item::Title { word, span } => Some((j, word, *span)),
            _ => None,
        })?;
    let org = at
        .is(t + 1, &words.title_of)
        .then(|| at.items.get(t + 2).and_then(Item::entity))
        .flatten()
        .filter(|&o| at.is_org(o));
    Some((words.titles.kind_of(title), span, org))
}

/// "Y took over in 2023 from X", "Y will become chief executive of Z,
/// taking over from X, who is retiring": X left the post the sentence gives
/// Y, else the organisation the article speaks of when a clause after X
/// says X leaves. Only a date may stand between "over" and "from", or the
/// organisation itself ("took over the farm from his father X"); the post
/// itself is only implied, so X gets `left` alone. A relative taken over
/// from ("from her father, X") makes it a family succession, no purchase:
/// the (heir, organisation) it returns.
fn takes_over_from(
    at: &At<'_, '_>,
    topic: Option<usize>,
    found: &Finds,
    out: &mut Finds,
) -> Option<(usize, usize)> {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    if !words.take_over_from.contains(at.word()) {
        return None;
    }
    let over = (i.saturating_sub(3)..i)
        .rev()
        .find(|&k| at.is(k, &words.take_over_particles))?;
    let date = |k: usize| matches!(items.get(k), Some(Item::Date { .. }));
    let prepositions = &at.ctx.lang.resolve.prepositions;
    let dated =
        (over + 1..i).all(|k| date(k) || (prepositions.contains(items[k].word()) && date(k + 1)));
    // "took over the farm from": the organisation taken over.
    let taken = (i == over + 2)
        .then(|| items[over + 1].entity().filter(|&o| at.is_org(o)))
        .flatten();
    if !(dated || taken.is_some()) || over == 0 || !at.is(over - 1, &words.take_over) {
        return None;
    }
    let relative = kin::relative_after(at, i + 1);
    let (j, old) = relative
        .or_else(|| next_entity(items, i + 1, 1))
        .filter(|&(_, e)| at.is_person(e))?;
    // The one taking over: the clause's subject, else the holder of the
    // last post the sentence names before "over" ("Z's chief executive,
    // Y, took over").
    let before = |f: &&Found| {
        items[..over]
            .iter()
            .any(|it| it.span(at.ctx.mentions) == f.trigger)
    };
    let post = match at.subject.filter(|&p| at.is_person(p)) {
        Some(new) => held(found, new).map(|(_, o)| o),
        None => found
            .0
            .iter()
            .rev()
            .filter(|f| f.source != old && f.kind.is_role())
            .filter(|f| !matches!(f.kind, RelationKind::Left | RelationKind::FounderOf))
            .find(before)
            .map(|f| f.target),
    };
    let org = taken
        .or(post)
        .or_else(|| topic.filter(|&o| at.is_org(o) && leaving_after(at, j + 1)))?;
    out.add(RelationKind::Left, old, org, at.span(i), None, 0.7);
    let heir = at.subject.filter(|&p| at.is_person(p))?;
    relative.map(|_| (heir, org))
}

/// How many items after ", who" a verb of leaving may stand ("who is
/// retiring", "who has since left").
const LEAVING_REACH: usize = 3;

/// True when a relative clause at `from` (", who …") says its person
/// leaves: a verb of leaving within [`LEAVING_REACH`] items of "who".
fn leaving_after(at: &At<'_, '_>, from: usize) -> bool {
    let words = at.words();
    at.items.get(from).is_some_and(|x| x.word() == ",")
        && at.is(from + 1, &words.clause.relative_pronouns)
        && (from + 2..from + 2 + LEAVING_REACH).any(|k| at.is(k, &words.roles.leave))
}

/// "Z hired X" with no title after: X works for Z.
fn hired(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    if !words.hire.contains(at.word()) || passive(at, i) {
        return;
    }
    let Some(org) = at.subject.filter(|&o| at.is_org(o)) else {
        return;
    };
    // A title before the person is read for its role by the title patterns.
    let Some((j, person)) = (i + 1..(i + 3).min(items.len()))
        .find_map(|j| items[j].entity().map(|e| (j, e)))
        .filter(|&(_, p)| at.is_person(p))
    else {
        return;
    };
    let titled = (j + 1..(j + 5).min(items.len())).any(|k| matches!(items[k], Item::Title { .. }));
    if !titled {
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

#[cfg(test)]
mod tests;
