//! Places: where an organisation is based (located in).

mod before;
mod described;
mod glued;
mod home;
mod index;
mod named_in;
mod series;
mod site_place;
mod works;

use crate::model::{EntityKind, RelationKind, Span};
use crate::pipeline::word_shape::is_describing_word;

use super::clause::{governed as clause_governed, names_listed};
use super::item::{Finds, Item, next_entity, possessor_near};
use super::pattern::At;
use super::reported::is_listener;
pub(super) use before::place_before_org;
pub(super) use glued::glued_based;
pub(super) use home::home;
pub(super) use index::places_an_index;
pub(super) use named_in::org_in_place;
pub(super) use works::{where_based, works_in};

/// "ORG, based|headquartered in LOC".
pub(super) fn based_in(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().places;
    if words.based.contains(at.word())
        && at.is(i + 1, &words.based_in)
        && let Some(k) = place_after(at, i + 2)
        && let Some(org) = (0..i)
            .rev()
            .find_map(|j| items[j].entity().filter(|&e| at.is_org(e)))
    {
        add_place(at, out, org, k, at.span(i), 0.7);
    }
}

/// The position of the place a few plain lower-case words after `from`
/// ("in Ohio", "in central London", "on the northern island of Hokkaido",
/// "in the central Moravian town of Brno": a nationality word among them).
fn place_after(at: &At<'_, '_>, from: usize) -> Option<usize> {
    for j in from..(from + 6).min(at.items.len()) {
        match &at.items[j] {
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if j > from && at.kind(*entity) == EntityKind::Nationality => {}
            Item::Ent { entity, .. } => return (at.kind(*entity) == EntityKind::Loc).then_some(j),
            Item::Word { word, .. } if is_describing_word(word) => {}
            _ => return None,
        }
    }
    None
}

/// Adds `org` located in the place at `k`, and in the region named right
/// after it ("Charlotte, North Carolina": both).
fn add_place(at: &At<'_, '_>, out: &mut Finds, org: usize, k: usize, trigger: Span, conf: f32) {
    let items = at.items;
    let Some(loc) = items[k].entity() else {
        return;
    };
    out.add(RelationKind::LocatedIn, org, loc, trigger, None, conf);
    // "in Sterzing in South Tyrol", "of Mouzeil in western France": the
    // region the place stands in too.
    if at.is(k + 1, &at.words().places.site_in)
        && let Some(r) = place_after(at, k + 2)
        && let Some(region) = items[r].entity()
    {
        out.add(RelationKind::LocatedIn, org, region, trigger, None, conf);
    }
    // "Charlotte, North Carolina": the region too; "in Latin America, Europe
    // and the Middle East": every place of the list.
    for m in listed_after(at, k) {
        if let Some(entity) = items[m].entity().filter(|&e| at.kind(e) == EntityKind::Loc) {
            out.add(RelationKind::LocatedIn, org, entity, trigger, None, conf);
        }
    }
    // "in Leeds; Wick, Caithness; and Tain": a series set off by semicolons.
    for m in series::semicolon_series(at, k) {
        if let Some(entity) = items[m].entity() {
            out.add(RelationKind::LocatedIn, org, entity, trigger, None, conf);
        }
    }
}

/// The positions of the names listed after the one at `k`: ", B", "and B",
/// ", and the C" — each joined by a separator or conjunction, a determiner
/// allowed.
fn listed_after(at: &At<'_, '_>, k: usize) -> Vec<usize> {
    let (items, clause) = (at.items, &at.words().clause);
    let joined = |it: &Item| {
        clause.list_separators.contains(it.word()) || clause.list_conjunctions.contains(it.word())
    };
    let mut j = k + 1;
    while items.get(j).is_some_and(joined) {
        j += 1;
    }
    if j == k + 1 {
        return Vec::new();
    }
    // "in England and in Wales": a site's preposition may open a member.
    let site_in = &at.words().places.site_in;
    names_listed(clause, items, j, 2, |it| {
        clause.list_determiners.contains(it.word()) || site_in.contains(it.word())
    })
}

/// "GM’s plant in Oshawa", "its factories in Toulouse": an organisation’s
/// site in a place locates the organisation (the possessor before the site).
pub(super) fn site_in(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().places;
    if !words.sites.contains(at.word()) {
        return;
    }
    let after = at
        .is(i + 1, &words.site_in)
        .then(|| place_after(at, i + 2))
        .flatten();
    // "at its Cupertino headquarters": the place names the site (unless a
    // place follows: "its Mount Kestrel mine in Western Australia").
    // "its Wick bottling plant", "its Tain, Scotland, plant": plain words
    // and the region may stand between.
    if after.is_none()
        && let Some((city, region)) = site_place::place_before_site(at, i)
        && let Some(loc) = items[city].entity()
        && let Some(org) = possessor_near(items, city)
            .or_else(|| {
                its_site(at, city + 1).and_then(|its| {
                    // A nearer organisation no preposition governs ("when
                    // the company needed money to rebuild its Ohio plant"),
                    // else the clause's subject: "X received aid from Y
                    // to expand its Ohio plant" is X's plant.
                    site_owner(at, its, false)
                        .filter(|&o| !governed(at, its, o) && !loosely_governed(at, its, o))
                        .or(at.subject.filter(|&o| at.is_org(o)))
                        .or_else(|| site_owner(at, its, false))
                        .or_else(|| subject_after_comma(at, i))
                })
            })
            // "the Raahe works of Keltic".
            .or_else(|| named_in::site_of(at, i))
            .filter(|&o| at.is_org(o))
    {
        out.add(RelationKind::LocatedIn, org, loc, at.span(i), None, 0.7);
        if let Some(r) = items[region].entity().filter(|_| region != city) {
            out.add(RelationKind::LocatedIn, org, r, at.span(i), None, 0.7);
        }
        return;
    }
    let Some(k) = after else {
        return;
    };
    let possessor = possessor_near(items, i);
    if let Some(org) = possessor.filter(|&o| at.is_org(o)) {
        add_place(at, out, org, k, at.span(i), 0.7);
    } else if possessor.is_some() {
        // An owner not known as an organisation: nothing to say.
    } else if let Some(its) = its_site(at, i) {
        // "Keltic will make them at its plant in Leeds": the nearest
        // organisation before, else the clause's subject however far; the
        // subject too where the nearest is governed by a preposition ("S
        // supplies cells to B from its factory in P").
        let subject = at.subject.filter(|&o| at.is_org(o));
        let owner = match site_owner(at, its, false) {
            Some(o) if subject.is_some() && governed(at, its, o) => subject,
            o => o.or(subject),
        };
        if let Some(org) = owner {
            add_place(at, out, org, k, at.span(i), 0.65);
        }
    } else if let Some(Item::Ent {
        entity: named,
        possessive: false,
        ..
    }) = i.checked_sub(1).and_then(|j| items.get(j))
    {
        // "the main Keltic factory in Leeds", "the Moscone West center in
        // San Francisco": the name before the site is its owner or its own.
        add_place(at, out, *named, k, at.span(i), 0.65);
    } else if let Some(org) = site_owner(at, i, true) {
        add_place(at, out, org, k, at.span(i), 0.6);
    }
}

/// "X Airport in P", "X Airport, which serves P", "P's X Airport": a named
/// venue that serves a city is located in it.
pub(super) fn venue_in(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().places;
    let Some(Item::Ent {
        entity: venue,
        possessive: false,
        ..
    }) = items.get(i)
    else {
        return;
    };
    let name = at.span(i).slice(at.ctx.text);
    let last = name.rsplit(' ').next().unwrap_or(name);
    if !matches!(at.kind(*venue), EntityKind::Loc | EntityKind::Org)
        || !words.venues.contains_lowercase(last)
    {
        return;
    }
    let relative = &at.words().clause.relative_pronouns;
    let k = if at.is(i + 1, &words.site_in) {
        place_after(at, i + 2)
    } else if items.get(i + 1).map(Item::word) == Some(",")
        && at.is(i + 2, relative)
        && at.is(i + 3, &words.serves)
    {
        place_after(at, i + 4)
    } else {
        None
    };
    if let Some(k) = k {
        add_place(at, out, *venue, k, at.span(i), 0.65);
    } else if let Some(Item::Ent {
        entity: place,
        possessive: true,
        ..
    }) = i.checked_sub(1).and_then(|j| items.get(j))
        && at.kind(*place) == EntityKind::Loc
    {
        out.add(
            RelationKind::LocatedIn,
            *venue,
            *place,
            at.span(i),
            None,
            0.65,
        );
    }
}

/// The subject after a fronted phrase: "At its Glasgow plant, Keltic …".
fn subject_after_comma(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let items = at.items;
    let comma = (i + 1..(i + 3).min(items.len())).find(|&k| items[k].word() == ",")?;
    items
        .get(comma + 1)
        .and_then(Item::entity)
        .filter(|&o| at.is_org(o))
}

/// The position of a possessive pronoun that owns the site at `i`: "its
/// plant", "its Tarn Valley mine" (a name between is the site's own), "its
/// 45 shops" (a count between).
fn its_site(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let counted = i >= 1 && is_count(at.items[i - 1].word());
    let i = i - usize::from(counted);
    let possessive = &at.ctx.lang.relate.pronoun.possessive;
    let its = |k: usize| possessive.contains(at.items[k].word());
    let named = |k: usize| {
        matches!(
            at.items[k],
            Item::Ent {
                possessive: false,
                ..
            }
        )
    };
    if i >= 1 && its(i - 1) {
        Some(i - 1)
    } else if i >= 2 && its(i - 2) && named(i - 1) {
        Some(i - 2)
    } else {
        None
    }
}

/// True for a count written in figures ("45", "1,200").
fn is_count(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word.chars().all(|c| c.is_ascii_digit() || c == ',')
}

/// Whose site an unowned "a plant in Texas" is: the nearest organisation
/// before it in its sentence ("Keltic, which is building a plant in Leeds",
/// "Keltic was awarded $1 billion for a plant in Leeds"), unless that one
/// is named with others ("A and B will build a plant in Leeds" may be their
/// venture's), and never the listener of a verb of telling ("told Orvo
/// that …"). `i` is where the search starts back from; `free`: past one
/// a preposition governs that opens no apposition or clause ("owned by the
/// fund Orvo and runs hotels in …"; not "for Orvo, which is building …").
fn site_owner(at: &At<'_, '_>, i: usize, free: bool) -> Option<usize> {
    let items = at.items;
    let conjunctions = &at.words().clause.list_conjunctions;
    let governed = |j: usize| {
        clause_governed(at.ctx.lang, items, j) && items.get(j + 1).map(Item::word) != Some(",")
    };
    let j = (0..i).rev().take(14).find(|&j| {
        matches!(&items[j], Item::Ent { entity, possessive: false, .. } if at.is_org(*entity))
            && !(free && governed(j))
            // "X told Reuters that … a plant in Leeds": not the listener's.
            && !is_listener(at.ctx.lang, items, j)
    })?;
    let listed =
        j >= 2 && conjunctions.contains(items[j - 1].word()) && items[j - 2].entity().is_some();
    // Past a governed name, the one found may open the list ("A and B
    // team up on a plant in Leeds").
    let opens_list = free
        && items
            .get(j + 1)
            .is_some_and(|it| conjunctions.contains(it.word()))
        && items.get(j + 2).and_then(Item::entity).is_some();
    (!listed && !opens_list)
        .then(|| items[j].entity())
        .flatten()
}

/// True when the last reference to `e` before `i` follows a preposition
/// and opens no relative clause ("for Boeing, which … its plant" is
/// Boeing's).
fn governed(at: &At<'_, '_>, i: usize, e: usize) -> bool {
    let prepositions = &at.ctx.lang.resolve.prepositions;
    let relative = &at.words().clause.relative_pronouns;
    let word = |j: usize| at.items.get(j).map_or("", Item::word);
    (0..i)
        .rev()
        .find(|&j| at.items[j].entity() == Some(e))
        .is_some_and(|j| {
            j > 0
                && prepositions.contains(word(j - 1))
                && !(word(j + 1) == "," && relative.contains(word(j + 2)))
        })
}

/// True when a preposition governs the last reference to `e` before `i`
/// past its article and describing words ("from the Tarsia Energy Agency").
fn loosely_governed(at: &At<'_, '_>, i: usize, e: usize) -> bool {
    (0..i)
        .rev()
        .find(|&j| at.items[j].entity() == Some(e))
        .is_some_and(|j| clause_governed(at.ctx.lang, at.items, j))
}

/// "Keltic Inc., the second largest lender in Scotland": an apposition that
/// describes the organisation as a company in a place locates it.
pub(super) fn described_in(at: &At<'_, '_>, out: &mut Finds) {
    described(at, false, out);
}

/// `described_in` at the noun `at.i`; `loose`: an agent or site noun
/// counts as a company noun too.
fn described(at: &At<'_, '_>, loose: bool, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let lang = at.ctx.lang;
    let w = at.word();
    let places = &at.words().places;
    // "a cable-car builder", "a smaller scaffolder": an agent noun no list
    // holds; "a workshop in Wick": a site the organisation is.
    let agent = places
        .agent_suffixes
        .iter()
        .any(|s| w.len() > s.len() + 3 && w.ends_with(s));
    let company_noun = lang.kinds.org_nouns_before.contains(w)
        || lang.rules.nominal_heads.contains(w)
        || (loose && (places.sites.contains(w) || agent));
    // The description resolved to the name it follows: "X, the largest bank".
    let description = i >= 2
        && items[i - 1].word() == ","
        && items[i].entity().is_some()
        && items[i].entity() == items[i - 2].entity();
    // "a family company from Antwerp": the place it comes from (the
    // preposition a payment's source takes too).
    let from = company_noun && at.is(i + 1, &at.words().payments.from);
    if !(company_noun || description) {
        return;
    }
    // "a maker of sauna stoves in Tampere": the place past an "of" phrase.
    let place = if at.is(i + 1, &places.site_in) || from {
        next_entity(items, i + 2, 2).map(|(_, l)| l)
    } else if description {
        None
    } else {
        named_in::past_of_phrase(at, i)
            .and_then(|k| place_after(at, k + 1))
            .and_then(|k| items[k].entity())
    };
    let Some(loc) = place.filter(|&l| at.kind(l) == EntityKind::Loc) else {
        return;
    };
    if description {
        if let Some(org) = items[i].entity().filter(|&o| at.kind(o) == EntityKind::Org) {
            out.add(RelationKind::LocatedIn, org, loc, at.span(i), None, 0.65);
        }
        return;
    }
    // Back over the description's words to the comma after the name.
    let mut j = i;
    while j > 0
        && i - j < 5
        && matches!(&items[j - 1], Item::Word { word, .. } if is_describing_word(word))
    {
        j -= 1;
    }
    if j >= 2
        && items[j - 1].word() == ","
        && let Some(org) = items[j - 2]
            .entity()
            .filter(|&o| at.kind(o) == EntityKind::Org)
    {
        // "a builder from Sterzing in South Tyrol", "an agency in Gore,
        // New Zealand": the region too.
        match (i + 2..(i + 4).min(items.len())).find(|&k| items[k].entity() == Some(loc)) {
            Some(k) => add_place(at, out, org, k, at.span(i), 0.65),
            None => out.add(RelationKind::LocatedIn, org, loc, at.span(i), None, 0.65),
        }
    }
}

/// "Keltic Ltd, a smaller scaffolder in Sheffield", "Keltic Ltd, a workshop
/// in Wick": a description whose noun no list of company nouns holds (an
/// agent noun, a site noun), read at its preposition as `described_in`
/// reads a company noun.
pub(super) fn described_agent_in(at: &At<'_, '_>, out: &mut Finds) {
    let lang = at.ctx.lang;
    let Some(noun) = at.i.checked_sub(1) else {
        return;
    };
    let w = at.items[noun].word();
    let listed = lang.kinds.org_nouns_before.contains(w) || lang.rules.nominal_heads.contains(w);
    if !listed && w.chars().all(char::is_lowercase) && !w.is_empty() {
        described(&At { i: noun, ..*at }, true, out);
    }
}

/// "Keltic Inc. of Detroit", "… of the Netherlands": a place after "of"
/// locates the organisation right before it; "Keltic, of Detroit,
/// Michigan," or "Keltic of Detroit, Michigan, for": the region after it
/// too.
pub(super) fn org_of_place(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    if !at.words().places.of_place.contains(at.word()) || i == 0 {
        return;
    }
    if i >= 2 && items[i - 1].word() == "," {
        set_off_of_place(at, out);
        return;
    }
    // "Keltic Inc. of the Netherlands": the place past its article, after a
    // name (not a description: "the fund of the Region").
    let named = items[i - 1]
        .span(at.ctx.mentions)
        .slice(at.ctx.text)
        .starts_with(char::is_uppercase);
    let article = at.is(i + 1, &at.ctx.lang.resolve.determiners);
    if article && !named {
        return;
    }
    let p = i + 1 + usize::from(article);
    // "Louisville Assembly of Louisville": a site named for its place.
    let site_name = items[i - 1]
        .span(at.ctx.mentions)
        .slice(at.ctx.text)
        .rsplit(' ')
        .next()
        .is_some_and(|w| at.words().places.sites.contains_lowercase(w));
    if let Item::Ent {
        entity: org,
        possessive: false,
        ..
    } = items[i - 1]
        && !site_name
        && at.kind(org) == EntityKind::Org
        && let Some(Item::Ent {
            entity: loc,
            possessive: false,
            ..
        }) = items.get(p)
        && at.kind(*loc) == EntityKind::Loc
    {
        out.add(RelationKind::LocatedIn, org, *loc, at.span(i), None, 0.6);
        out.nearest_only();
        // "of St. Albans, Vt., for …": the region set off after the city.
        let closes =
            |k: usize| matches!(items.get(k).map(Item::word), None | Some("," | "." | ";"));
        if items.get(p + 1).map(Item::word) == Some(",")
            && let Some(Item::Ent {
                entity: region,
                possessive: false,
                ..
            }) = items.get(p + 2)
            && at.kind(*region) == EntityKind::Loc
            && closes(p + 3)
        {
            out.add(RelationKind::LocatedIn, org, *region, at.span(i), None, 0.6);
            out.nearest_only();
        }
    }
}

/// "Keltic, of Detroit, makes …", "Keltic, of Mouzeil in western France,":
/// the organisation named before the comma, the place right after "of",
/// the phrase closed by a comma or the sentence's end (not "Keltic, of
/// Detroit's …").
fn set_off_of_place(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let Some(Item::Ent {
        entity: org,
        possessive: false,
        ..
    }) = items.get(i - 2)
    else {
        return;
    };
    let Some(Item::Ent {
        entity: loc,
        possessive: false,
        ..
    }) = items.get(i + 1)
    else {
        return;
    };
    if at.kind(*org) != EntityKind::Org || at.kind(*loc) != EntityKind::Loc {
        return;
    }
    let closes = |k: usize| matches!(items.get(k).map(Item::word), None | Some("," | "." | ";"));
    let region_in = at.is(i + 2, &at.words().places.site_in)
        && place_after(at, i + 3).is_some_and(|r| closes(r + 1));
    if closes(i + 2) || region_in {
        add_place(at, out, *org, i + 1, at.span(i), 0.6);
    }
}

#[cfg(test)]
mod tests;
