//! Roles and titles: CEO of, chairman of, founder of, works for, and
//! appointments. The title's words say which (`roles/titles.tsv`).

use crate::lang::lowered;
use crate::lang::relate::RoleWords;
use crate::model::{EntityKind, RelationKind, Span};
use crate::pipeline::word_shape::is_describing_word;

use super::clause::clause_subject;
use super::item::{Finds, Item};
use super::named::{
    appointee_at, holder_after, past_modifiers, past_remit, people_after_title, person_after_remit,
    person_set_off,
};
use super::pattern::At;

/// The relation a title states ("chief executive" → CEO of).
pub(super) fn role_kind(words: &RoleWords, title: &str) -> RelationKind {
    words.titles.kind_of(&lowered(title))
}

/// Titles that name public offices rather than posts in an organisation.
pub(super) fn is_public_office(words: &RoleWords, title: &str) -> bool {
    // A title item is in lower case already: borrowed, not copied.
    let t = lowered(title);
    words.public_offices.contains(&t)
        || words
            .public_office_suffixes
            .iter()
            .any(|suffix| t.ends_with(suffix))
}

/// The title at the position, a public office too: the patterns that
/// read one name its organisation beside it, and keep a public office
/// only where that is an organisation ([`post_at`]).
fn title<'s>(at: &At<'s, '_>) -> Option<(&'s str, Span)> {
    match &at.items[at.i] {
        Item::Title { word, span } => Some((word.as_str(), *span)),
        _ => None,
    }
}

/// True when the title `word` names a post at `org`: any title at an
/// organisation, and a public office ("governor", "minister") only at one
/// tagged as an organisation for sure — "the Reserve Bank governor X",
/// "the bank's governor X" work at the bank, while a governor or minister
/// beside a place, a party's adjective or a word the tagger calls MISC
/// holds no post there (a country is no organisation).
fn post_at(at: &At<'_, '_>, word: &str, org: usize) -> bool {
    !is_public_office(&at.words().roles, word) || at.kind(org) == EntityKind::Org
}

/// True when the public office `word` ends like a minister's
/// (`public_office_suffixes`): the name before it ("Transport minister
/// X", "Finance Minister X") names the portfolio, not an organisation.
fn portfolio_office(at: &At<'_, '_>, word: &str) -> bool {
    let t = lowered(word);
    at.words()
        .roles
        .public_office_suffixes
        .iter()
        .any(|suffix| t.ends_with(suffix))
}

/// The titles coordinated before the one at `i` ("president and CEO"),
/// with it, and the position of the first.
fn coordinated_titles(at: &At<'_, '_>, word: &str, span: Span) -> (Vec<(String, Span)>, usize) {
    let (items, mut o) = (at.items, at.i);
    let joiners = &at.words().roles.title_joiners;
    let mut roles = vec![(word.to_owned(), span)];
    loop {
        // "chief strategy expert": a title right before is part of this one.
        if o >= 1
            && let Item::Title { word: w, span: s } = &items[o - 1]
        {
            roles.push((w.clone(), *s));
            o -= 1;
        } else if o >= 2
            && joiners.contains(items[o - 1].word())
            && let Item::Title { word: w, span: s } = &items[o - 2]
        {
            roles.push((w.clone(), *s));
            o -= 2;
        } else {
            break;
        }
    }
    (roles, o)
}

/// "president and CEO" is one post: where a specific role (CEO, chairman,
/// founder) is among coordinated titles, the general ones say nothing more.
fn specific_only(words: &RoleWords, roles: &mut Vec<(String, Span)>) {
    if roles
        .iter()
        .any(|(w, _)| role_kind(words, w) != RelationKind::EmployeeOf)
    {
        roles.retain(|(w, _)| role_kind(words, w) != RelationKind::EmployeeOf);
    }
}

/// The person in apposition before position `o`: "PERSON, (the) …".
fn apposed_person(at: &At<'_, '_>, mut o: usize) -> Option<usize> {
    let words = &at.words().roles;
    let function_words = &at.ctx.lang.rules.function_words;
    let mut copula = false;
    let mut adjectives = 0;
    while o > 0 {
        let w = at.items[o - 1].word();
        if words.title_lead.contains(w) {
            copula |= words.passive_be.contains(w);
        } else if adjectives < 2
            && !w.is_empty()
            && (w.chars().all(char::is_lowercase) || w.bytes().all(|b| b.is_ascii_digit()))
            && !function_words.contains(w)
        {
            // "X, a senior analyst at Y", "X, 787 project manager"
            adjectives += 1;
        } else {
            break;
        }
        o -= 1;
    }
    let person = |k: usize| at.items[k].entity().filter(|&p| at.is_person(p));
    if o >= 2 && at.items[o - 1].word() == "," {
        person(o - 2)
    } else if copula && o >= 1 {
        // "X is the chief executive of Y"
        person(o - 1)
    } else {
        None
    }
}

/// "ORG(’s) TITLE PERSON": "Boeing CEO Kelly Ortberg", "Boeing president
/// and CEO X"; and "PERSON, the ORG TITLE": "X, the Boeing chief executive".
pub(super) fn org_title_person(at: &At<'_, '_>, out: &mut Finds) {
    let Some((word, tspan)) = title(at) else {
        return;
    };
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    let (mut roles, mut o) = coordinated_titles(at, word, tspan);
    // "Keltic's owner and managing director, X": a plain noun joined
    // before the title, right after the organisation.
    if o >= 3
        && at.is(o - 1, &at.words().clause.list_conjunctions)
        && matches!(&items[o - 2], Item::Word { word, .. }
            if is_describing_word(word) && word.chars().all(char::is_lowercase))
        && matches!(&items[o - 3], Item::Ent { pronoun: false, span, .. }
            if span.slice(at.ctx.text).starts_with(char::is_uppercase)
                && !at.ctx.lang.relate.pronoun.possessive.contains_lowercase(span.slice(at.ctx.text)))
    {
        o -= 2;
    }
    // "Boeing ex-CEO X": a past post, read as left by `tenure`.
    if o > 1 && at.is(o - 1, &words.former) {
        o -= 1;
    }
    let o = past_remit(at, o);
    // "Keltic equity strategist X": describing words before the title; the
    // person must then follow it.
    let described = past_modifiers(at, o);
    let o_org = described;
    let Some(org) = o_org
        .checked_sub(1)
        .and_then(|k| items[k].entity())
        .filter(|&e| at.is_org(e))
    else {
        return;
    };
    let mut people = people_after_title(at, i);
    // "Keltic's founder and owner, X": a plain noun joined to the title
    // before the comma.
    if people.is_empty()
        && at.is(i + 1, &at.words().clause.list_conjunctions)
        && matches!(items.get(i + 2), Some(Item::Word { word, .. })
            if is_describing_word(word) && word.chars().all(char::is_lowercase))
    {
        people = people_after_title(at, i + 2);
    }
    let apposed = || {
        (described == o)
            .then(|| {
                apposed_person(at, o - 1)
                    .or_else(|| {
                        // "X, 787 project manager and Boeing vice president": a
                        // post joined before the organisation's.
                        let joiner = o.checked_sub(2)?;
                        (at.is(joiner, &words.title_joiners)
                            && matches!(
                                items.get(joiner.checked_sub(1)?),
                                Some(Item::Title { .. })
                            ))
                        .then(|| apposed_person(at, joiner - 1))
                        .flatten()
                    })
                    .or_else(|| joined_apposed(at, o - 1))
            })
            .flatten()
    };
    let mut orgs = vec![org];
    if people.is_empty() {
        people.extend(apposed());
    }
    // "X, A and B president": the organisations listed after the comma
    // that sets off the post.
    if people.is_empty()
        && described == o
        && let Some((p, others)) = listed_after_person(at, o - 1)
    {
        people.push(p);
        orgs.extend(others.into_iter().filter(|&e| e != org));
    }
    specific_only(words, &mut roles);
    orgs.retain(|&org| post_at(at, word, org) && !portfolio_office(at, word));
    for person in people {
        for &org in &orgs {
            for (w, sp) in &roles {
                out.add(role_kind(words, w), person, org, *sp, None, 0.9);
            }
        }
    }
}

/// How many words of a remit may follow the title of a post joined before
/// another ("its head of data and a former Keltic executive").
const JOINED_REMIT: usize = 3;

/// "X, its head of data and a former Keltic executive": the person set
/// off before a post joined by a conjunction to the post at the
/// organisation at `o` (past the article and describing words before the
/// organisation, the conjunction, and the first post's remit).
fn joined_apposed(at: &At<'_, '_>, o: usize) -> Option<usize> {
    let items = at.items;
    let words = &at.words().roles;
    let lang = at.ctx.lang;
    let conjunctions = &lang.relate.clause.list_conjunctions;
    let mut q = o;
    let mut adjectives = 0;
    while q > 0 {
        let w = items[q - 1].word();
        if words.title_lead.contains(w) && !conjunctions.contains(w) && w != "," {
            q -= 1;
        } else if adjectives < 2
            && !w.is_empty()
            && is_describing_word(w)
            && !lang.rules.function_words.contains(w)
        {
            adjectives += 1;
            q -= 1;
        } else {
            break;
        }
    }
    let joiner = q
        .checked_sub(1)
        .filter(|&j| conjunctions.contains(items[j].word()))?;
    let mut h = joiner.checked_sub(1)?;
    while !matches!(items[h], Item::Title { .. }) {
        let remit = match &items[h] {
            Item::Word { word, .. } => {
                words.title_of.contains(word)
                    || (is_describing_word(word) && !lang.rules.function_words.contains(word))
            }
            Item::Date { .. } => true,
            _ => false,
        };
        if !remit || joiner - h > JOINED_REMIT || h == 0 {
            return None;
        }
        h -= 1;
    }
    // "its" read as the organisation it stands for.
    let pronoun = h.checked_sub(1).filter(|&k| {
        matches!(items[k], Item::Ent { possessive: true, span, .. }
            if lang.relate.pronoun.possessive.contains_lowercase(span.slice(at.ctx.text)))
    });
    apposed_person(at, pronoun.unwrap_or(h))
}

/// The person and the organisations of "X, A and B president": the
/// organisations joined by commas and a conjunction that end at `last`,
/// the first right after the comma that sets off the person.
fn listed_after_person(at: &At<'_, '_>, last: usize) -> Option<(usize, Vec<usize>)> {
    let (items, clause) = (at.items, &at.words().clause);
    let mut first = last;
    let mut conjoined = false;
    while first >= 2
        && items[first - 2].entity().is_some_and(|e| at.is_org(e))
        && (at.is(first - 1, &clause.list_separators)
            || at.is(first - 1, &clause.list_conjunctions))
    {
        conjoined |= at.is(first - 1, &clause.list_conjunctions);
        first -= 2;
    }
    if !conjoined {
        return None;
    }
    let person = apposed_person(at, first)?;
    let orgs = (first..=last)
        .step_by(2)
        .filter_map(|k| items[k].entity())
        .collect();
    Some((person, orgs))
}

/// "Jon Hale of Keltic Inc.", "CEO Jon Hale of Keltic Inc.": a person of an
/// organisation works there (in the post a title before the name says).
pub(super) fn person_of(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    // "Jon Hale, of Keltic Inc.'s research arm, said": a comma may stand
    // before the preposition.
    let comma = usize::from(items.get(i + 1).map(Item::word) == Some(","));
    if !at.is(i + 1 + comma, &words.person_of) {
        return;
    }
    let Some(Item::Ent {
        entity: person,
        possessive: false,
        ..
    }) = items.get(i)
    else {
        return;
    };
    // "the analyst Jon Hale of the Lisbon broker Keltic": with no comma,
    // the name a few describing words and a place lead to.
    let org_at = if comma == 0 {
        at.described_object(i + 2).and_then(|j| at.past_place(j))
    } else {
        items.get(i + 2 + comma).and_then(Item::entity)
    };
    if let Some(org) = org_at.filter(|&o| at.kind(o) == crate::model::EntityKind::Org)
        && at.is_person(*person)
    {
        // "Keltic CEO Jon Hale of …": the title already has its organisation.
        if i >= 2 && items[i - 2].entity().is_some() {
            return;
        }
        let kind = match i.checked_sub(1).map(|k| &items[k]) {
            Some(Item::Title { word, .. }) if !is_public_office(words, word) => {
                role_kind(words, word)
            }
            _ => RelationKind::EmployeeOf,
        };
        out.add(kind, *person, org, at.span(i + 1 + comma), None, 0.6);
    }
}

/// The organisation after a title: "CEO of ORG", "director of sales
/// analysis at ORG", "director of a unit at ORG" (the outermost), with
/// the position after it.
pub(super) fn org_after_title(at: &At<'_, '_>, i: usize) -> Option<(usize, usize)> {
    let items = at.items;
    let of = &at.words().roles.title_of;
    let org_at = |k: usize| {
        items
            .get(k)
            .and_then(Item::entity)
            .filter(|&o| at.is_org(o))
    };
    if !at.is(i + 1, of) {
        return None;
    }
    // Up to four plain words before the organisation's preposition, or
    // before the organisation itself ("director of the department's ORG",
    // "chief executive of the Viennese string maker ORG": a nationality or
    // a place among them).
    let marks = &at.ctx.lang.relate.view.possessive_marks;
    let mut k = i + 2;
    while k < i + 6 && org_at(k).is_none() && !at.is(k, of) {
        let plain = match items.get(k) {
            Some(Item::Word { word, .. }) => {
                // "the industry-funded ORG": hyphen-joined plain words too.
                word.split('-')
                    .all(|w| !w.is_empty() && w.chars().all(char::is_lowercase))
                    || marks.contains(word)
            }
            Some(Item::Ent {
                entity,
                possessive: false,
                ..
            }) => k > i + 2 && matches!(at.kind(*entity), EntityKind::Nationality),
            _ => false,
        };
        if !plain {
            return None;
        }
        k += 1;
    }
    if at.is(k, of) {
        k += 1;
    }
    let mut org = org_at(k)?;
    // "director of the FTC's Bureau of Competition": the named unit.
    if let (
        Some(Item::Ent {
            possessive: true, ..
        }),
        Some(unit),
    ) = (items.get(k), org_at(k + 1))
    {
        org = unit;
        k += 1;
    }
    // "of Housing Studies at Harvard": the outer organisation.
    if at.is(k + 1, of)
        && let Some(outer) = org_at(k + 2)
    {
        org = outer;
        k += 2;
    }
    Some((org, k + 1))
}

/// "PERSON, (the|its) TITLE of|at ORG" and "TITLE of ORG, PERSON"; titles
/// coordinated before it count too ("founder and CEO of").
pub(super) fn title_of(at: &At<'_, '_>, out: &mut Finds) {
    let Some((word, tspan)) = title(at) else {
        return;
    };
    let items = at.items;
    let words = &at.words().roles;
    let Some((org, after)) = org_after_title(at, at.i).filter(|&(o, _)| post_at(at, word, o))
    else {
        return;
    };
    let (mut roles, j) = coordinated_titles(at, word, tspan);
    specific_only(words, &mut roles);
    let comma = items.get(after).map(Item::word) == Some(",");
    let person = apposed_person(at, j)
        .or_else(|| {
            comma
                .then(|| items.get(after + 1).and_then(Item::entity))
                .flatten()
                .filter(|&p| at.is_person(p))
        })
        // "the chairman of Z, the dairy farmer X, is stepping down".
        .or_else(|| comma.then(|| person_set_off(at, after + 1)).flatten())
        .or_else(|| holder_after(at, after));
    let Some(person) = person else {
        return;
    };
    for (w, sp) in roles {
        out.add(role_kind(words, &w), person, org, sp, None, 0.85);
    }
    // "director of the FTC's Bureau of Competition": a post in the unit is
    // a post at its parent, once.
    if let Some(Item::Ent {
        entity: parent,
        possessive: true,
        ..
    }) = after.checked_sub(2).map(|k| &items[k])
        && items[after - 1].entity() == Some(org)
        && at.is_org(*parent)
    {
        out.add(RelationKind::EmployeeOf, person, *parent, tspan, None, 0.7);
    }
}

/// "Boeing named Kelly Ortberg (as) its new chief executive"; the verb may
/// be a descriptor or two before the person ("named aerospace veteran
/// Kelly Ortberg").
pub(super) fn appointed(at: &At<'_, '_>, out: &mut Finds) {
    // The office a government appoints to is no post at the appointer.
    let Some((word, tspan)) = title(at).filter(|(w, _)| !is_public_office(&at.words().roles, w))
    else {
        return;
    };
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    // "A named X as chairman of B": the title's own organisation, not A.
    if org_after_title(at, i).is_some() {
        return;
    }
    let mut j = i;
    // "named X its new CEO": "its" may stand resolved to the organisation.
    let possessive = &at.ctx.lang.relate.pronoun.possessive;
    let lead = |it: &Item| {
        words.appoint_lead.contains(it.word())
            || matches!(it, Item::Ent { span, .. }
                if possessive.contains_lowercase(span.slice(at.ctx.text)))
    };
    while j > 0 && lead(&items[j - 1]) {
        j -= 1;
    }
    let Some(p) = appointee_at(at, j) else {
        return;
    };
    // "named ex-Keltic executive X": descriptors may stand between.
    let verb = (p.saturating_sub(4)..p)
        .rev()
        .take_while(|&k| match &items[k] {
            Item::Word { .. } | Item::Title { .. } => true,
            Item::Ent { entity, .. } => !at.is_person(*entity),
            _ => false,
        })
        .find(|&k| words.appoint.contains(items[k].word()));
    if let Some(v) = verb
        && let Some(person) = items[p].entity()
        && let Some(org) =
            clause_subject(at.ctx.lang, items, v, at.ctx.kinds).filter(|&o| at.is_org(o))
    {
        out.add(role_kind(words, word), person, org, tspan, None, 0.8);
    }
}

/// "PERSON, ORG’s TITLE", "PERSON, the ORG’s managing associate TITLE".
pub(super) fn possessive_title(at: &At<'_, '_>, out: &mut Finds) {
    let Some((word, tspan)) = title(at) else {
        return;
    };
    let (items, i) = (at.items, at.i);
    let function_words = &at.ctx.lang.rules.function_words;
    let mut o = i;
    while o + 3 > i
        && o > 0
        && matches!(&items[o - 1], Item::Word { word, .. }
            if word.chars().all(char::is_lowercase) && !function_words.contains(word))
    {
        o -= 1;
    }
    let o = past_remit(at, o);
    if let Some(Item::Ent {
        entity: org,
        possessive: true,
        ..
    }) = o.checked_sub(1).map(|k| &items[k])
        && at.is_org(*org)
        && post_at(at, word, *org)
        && let Some(person) = apposed_person(at, o - 1).or_else(|| person_after_remit(at, i))
    {
        out.add(
            role_kind(&at.words().roles, word),
            person,
            *org,
            tspan,
            None,
            0.85,
        );
    }
}

mod conjoined;
mod founders;
mod works;
pub(super) use conjoined::conjoined_posts;
pub(super) use founders::founded;
pub(super) use works::works_for;

#[cfg(test)]
mod tests;
