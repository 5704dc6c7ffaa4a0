//! Places: where an organisation is based (located in).

mod described;

use crate::lang::lowercase;
use crate::model::{EntityKind, Mention, RelationKind, Span};
use crate::pipeline::word_shape::is_describing_word;

use super::clause::names_listed;
use super::context::Context;
use super::item::{Finds, Found, Item, next_entity, possessor_near};
use super::pattern::At;
use described::described;

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
/// ("in Ohio", "in central London", "on the northern island of Hokkaido").
fn place_after(at: &At<'_, '_>, from: usize) -> Option<usize> {
    for j in from..(from + 5).min(at.items.len()) {
        match &at.items[j] {
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
    // "Charlotte, North Carolina": the region too; "in Latin America, Europe
    // and the Middle East": every place of the list.
    for m in listed_after(at, k) {
        if let Some(entity) = items[m].entity().filter(|&e| at.kind(e) == EntityKind::Loc) {
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
    names_listed(clause, items, j, 1, |it| {
        clause.list_determiners.contains(it.word())
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
    if i >= 1
        && after.is_none()
        && let Some(Item::Ent { entity: loc, .. }) = items.get(i - 1)
        && at.kind(*loc) == EntityKind::Loc
        && let Some(org) = possessor_near(items, i - 1)
            .or_else(|| {
                its_site(at, i).and_then(|its| {
                    // The clause's subject first: "X received aid from Y
                    // to expand its Ohio plant" is X's plant.
                    at.subject
                        .filter(|&o| at.is_org(o))
                        .or_else(|| site_owner(at, its))
                        .or_else(|| subject_after_comma(at, i))
                })
            })
            .filter(|&o| at.is_org(o))
    {
        out.add(RelationKind::LocatedIn, org, *loc, at.span(i), None, 0.7);
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
        let owner = match site_owner(at, its) {
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
    } else if let Some(org) = site_owner(at, i) {
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
    let last = lowercase(name.rsplit(' ').next().unwrap_or(name));
    if !matches!(at.kind(*venue), EntityKind::Loc | EntityKind::Org)
        || !words.venues.contains(&last)
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
/// plant", "its Tarn Valley mine" (a name between is the site's own).
fn its_site(at: &At<'_, '_>, i: usize) -> Option<usize> {
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

/// Whose site an unowned "a plant in Texas" is: the nearest organisation
/// before it in its sentence ("Keltic, which is building a plant in Leeds",
/// "Keltic was awarded $1 billion for a plant in Leeds"), unless that one
/// is named with others ("A and B will build a plant in Leeds" may be their
/// venture's). `i` is where the search starts back from.
fn site_owner(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let items = at.items;
    let conjunctions = &at.words().clause.list_conjunctions;
    let j = (0..i).rev().take(14).find(
        |&j| matches!(&items[j], Item::Ent { entity, possessive: false, .. } if at.is_org(*entity)),
    )?;
    let listed =
        j >= 2 && conjunctions.contains(items[j - 1].word()) && items[j - 2].entity().is_some();
    (!listed).then(|| items[j].entity()).flatten()
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

/// "Keltic Inc., the second largest lender in Scotland": an apposition that
/// describes the organisation as a company in a place locates it.
pub(super) fn described_in(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let lang = at.ctx.lang;
    let w = at.word();
    let company_noun =
        lang.kinds.org_nouns_before.contains(w) || lang.rules.nominal_heads.contains(w);
    // The description resolved to the name it follows: "X, the largest bank".
    let description = i >= 2
        && items[i - 1].word() == ","
        && items[i].entity().is_some()
        && items[i].entity() == items[i - 2].entity();
    if !(company_noun || description) || !at.is(i + 1, &at.words().places.site_in) {
        return;
    }
    let Some(loc) = next_entity(items, i + 2, 2)
        .map(|(_, l)| l)
        .filter(|&l| at.kind(l) == EntityKind::Loc)
    else {
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
        out.add(RelationKind::LocatedIn, org, loc, at.span(i), None, 0.65);
    }
}

/// "Keltic Inc. of Detroit": a place after "of" locates the organisation
/// right before it.
pub(super) fn org_of_place(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    if !at.words().places.of_place.contains(at.word()) || i == 0 {
        return;
    }
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
        }) = items.get(i + 1)
        && at.kind(*loc) == EntityKind::Loc
    {
        out.add(RelationKind::LocatedIn, org, *loc, at.span(i), None, 0.6);
        out.nearest_only();
    }
}

/// "France’s investigative agency BEA", "Singapore’s Changi Airport", "U.S.
/// automaker Chrysler": a place before an organisation, possessive or with a
/// company noun between ("automaker", "electronics retailer"), locates it.
pub(super) fn place_before_org(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let Item::Ent {
        entity: loc,
        possessive,
        ..
    } = items[i]
    else {
        return;
    };
    if at.kind(loc) != EntityKind::Loc {
        return;
    }
    let lang = at.ctx.lang;
    let mut j = i + 1;
    let mut last = None;
    while j <= i + 3
        && let Some(Item::Word { word, .. }) = items.get(j)
        && is_describing_word(word)
        && word.chars().any(char::is_lowercase)
        && !lang.rules.function_words.contains(word)
    {
        last = Some(word.as_str());
        j += 1;
    }
    // "airframer", "distributor": an agent noun names what the
    // organisation does, even one no list holds.
    let agent = |w: &str| {
        at.words()
            .places
            .agent_suffixes
            .iter()
            .any(|s| w.len() > s.len() + 3 && w.ends_with(s))
    };
    // A description made a mention: "the Leeds engineering firm X" describes
    // X; "the Detroit carmaker" stands for its organisation ("-based": see
    // `glued_based`).
    let lower = |k: usize| {
        matches!(items.get(k), Some(Item::Ent { possessive: false, span, .. })
            if span.slice(at.ctx.text).starts_with(char::is_lowercase))
    };
    let named_after = lower(j)
        && matches!(items.get(j + 1), Some(Item::Ent { possessive: false, span, .. })
            if span.slice(at.ctx.text).starts_with(char::is_uppercase));
    let based = at
        .words()
        .places
        .based_suffix
        .iter()
        .any(|x| at.ctx.text[at.span(i).end..].starts_with(x));
    let description = lower(j)
        && !named_after
        && !based
        && !possessive
        && i >= 1
        && lang
            .relate
            .pronoun
            .determiners
            .contains(items[i - 1].word());
    if named_after {
        j += 1;
    }
    let described = named_after
        || last.is_some_and(|w| {
            lang.kinds.org_nouns_before.contains(w)
                || lang.rules.nominal_heads.contains(w)
                || agent(w)
        });
    // "Germany's largest bank, Keltic Bank": the name in apposition;
    // "the three US automakers -- A, B and C": the names the dash lists.
    let opener = |j: usize| items.get(j).map_or("", Item::word);
    if described && possessive && opener(j) == "," {
        j += 1;
    } else if described {
        while at.words().places.list_openers.contains(opener(j)) {
            j += 1;
        }
    }
    let Some(org) = items.get(j).and_then(Item::entity) else {
        // "Keltic, a Detroit carmaker,": an apposition that places the
        // organisation before it.
        if described
            && !possessive
            && let Some(org) = described_before(at, i)
        {
            out.add(RelationKind::LocatedIn, org, loc, at.span(i), None, 0.6);
        }
        return;
    };
    // "London's FTSE 100", "Paris's CAC index": an index, not a company.
    let next = items
        .get(j + 1)
        .map_or("", |it| it.span(at.ctx.mentions).slice(at.ctx.text));
    if at.words().places.index_words.contains_lowercase(next)
        || next.starts_with(|c: char| c.is_ascii_digit())
    {
        return;
    }
    let fits = if described {
        at.is_org(org)
    } else if description {
        at.kind(org) == EntityKind::Org
    } else {
        possessive && last.is_none() && at.kind(org) == EntityKind::Org
    };
    if fits {
        out.add(RelationKind::LocatedIn, org, loc, at.span(i), None, 0.65);
        if described {
            for m in listed_after(at, j) {
                if let Some(other) = items[m].entity().filter(|&o| at.is_org(o)) {
                    out.add(RelationKind::LocatedIn, other, loc, at.span(i), None, 0.6);
                }
            }
        }
    }
}

/// The organisation an apposition opening at the place at `i` describes:
/// "ORG, a|the|another PLACE …".
fn described_before(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let items = at.items;
    let determiners = &at.ctx.lang.relate.pronoun.determiners;
    (i >= 3 && determiners.contains(items[i - 1].word()) && items[i - 2].word() == ",")
        .then(|| match items[i - 3] {
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if at.kind(entity) == EntityKind::Org => Some(entity),
            _ => None,
        })
        .flatten()
}

/// "Anthropic, the San Francisco-based maker …", "the London-based bank
/// Barclays": a place glued to "-based" locates the organisation it describes
/// (the one before it in an apposition, else the next one).
pub(super) fn glued_based(ctx: &Context<'_>, sentence: Span, out: &mut Finds) {
    let in_sentence: Vec<&Mention> = ctx
        .mentions
        .iter()
        .filter(|m| m.span.within(sentence))
        .collect();
    for (k, m) in in_sentence.iter().enumerate() {
        let Some(loc) = m
            .entity
            .filter(|&e| ctx.kinds.get(e) == Some(&EntityKind::Loc))
        else {
            continue;
        };
        let after = &ctx.text[m.span.end..];
        let places = &ctx.lang.relate.places;
        // "Berlin-based", or unhyphenated "Los Angeles based" right before its name.
        let glued = places
            .based_suffix
            .iter()
            .find(|x| after.starts_with(*x))
            .map(str::len);
        let spaced = || {
            let rest = after.trim_start();
            let word = rest.split_whitespace().next()?;
            places
                .based
                .contains(word)
                .then(|| after.len() - rest.len() + word.len())
        };
        let (suffix_len, spaced_form) = match glued {
            Some(n) => (n, false),
            None => match spaced() {
                Some(n) if n > 1 => (n, true),
                _ => continue,
            },
        };
        let is_org = |m: &&&Mention| {
            m.entity
                .is_some_and(|e| ctx.kinds.get(e) == Some(&EntityKind::Org))
        };
        // The organisation is next to the phrase: before it in apposition
        // ("Helsing, a Berlin-based startup") or right after it ("Berlin-based
        // defence startup Helsing"), never one a clause away.
        let words = |gap: &str| gap.split_whitespace().count();
        // The apposition opens with its article, if any: not "T, has
        // swooped on Truro-based U".
        let before = in_sentence[..k].iter().rev().find(is_org).filter(|o| {
            let gap = &ctx.text[o.span.end..m.span.start];
            let lead = gap
                .trim_start()
                .trim_start_matches(',')
                .split_whitespace()
                .next();
            gap.trim_start().starts_with(',')
                && words(gap) <= 4
                && !gap.contains(['.', ';'])
                && lead.is_none_or(|w| ctx.lang.resolve.determiners.contains_lowercase(w))
        });
        let after_phrase = m.span.end + suffix_len;
        let next = in_sentence[k + 1..].iter().find(is_org).filter(|o| {
            let gap = &ctx.text[after_phrase.min(o.span.start)..o.span.start];
            let most = if spaced_form { 0 } else { 3 };
            words(gap) <= most && !gap.contains([',', '.', ';'])
        });
        let org = if spaced_form { next } else { before.or(next) };
        let org = org
            .and_then(|o| o.entity)
            .or_else(|| described(ctx, sentence, m.span.start, after_phrase));
        if let Some(org) = org {
            let lead = after.len() - after.trim_start().len();
            let start = if spaced_form {
                m.span.end + lead
            } else {
                m.span.end
            };
            let trigger = Span::new(start, m.span.end + suffix_len);
            // "Boise, Idaho-based": the city before the region too.
            let city = k
                .checked_sub(1)
                .map(|c| in_sentence[c])
                .filter(|c| ctx.text[c.span.end..m.span.start].trim() == ",")
                .and_then(|c| c.entity)
                .filter(|&c| ctx.kinds.get(c) == Some(&EntityKind::Loc));
            // Never the same entity: the place is a LOC, the other an ORG.
            for target in std::iter::once(loc).chain(city) {
                out.0.push(Found {
                    kind: RelationKind::LocatedIn,
                    source: org,
                    target,
                    trigger,
                    money: None,
                    payee: None,
                    confidence: 0.75,
                    spreads: true,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests;
