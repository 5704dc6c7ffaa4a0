//! Units and subsidiaries: "X's Y unit", "Y, a unit of X", "Y parent
//! company X" — the owner holds a stake in (`stake_in`) the unit. Apart
//! from `holdings` (stakes named as shares) by topic.

use crate::model::{EntityKind, RelationKind, Span};
use crate::pipeline::word_shape::is_describing_word;

use super::clause::{reported_before, subject_of};
use super::coordination::groups;
use super::described_members::list_opening;
use super::held::{company, holder};
use super::holdings::apposed_or_subject;
use super::item::{Finds, Item, find_word, next_entity, possessor_before};
use super::pattern::At;

/// "Y parent company X", "Y's parent X": X holds Y. "the parent of Y":
/// see [`parent_of`].
fn parent(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    if !at.words().holdings.parent.contains(at.word()) {
        return;
    }
    if let Some(y) = i.checked_sub(1).and_then(|j| items[j].entity())
        && let Some((_, x)) = next_entity(items, i + 1, 2)
        && holder(at, x)
        && company(at, y)
    {
        out.add(RelationKind::StakeIn, x, y, at.span(i), None, 0.7);
        out.nearest_only();
        return;
    }
    parent_of(at, out);
}

/// How many plain words may stand between the company a parent noun owns
/// and the comma that sets off its owner ("the parent of the Y stock
/// market, X").
const PARENT_TAIL: usize = 2;

/// "X, the parent of Y", "X is the parent of Y" and "the parent of Y, X,
/// said": X holds Y. The owner set off after Y is one name alone, not a
/// list; no person is a parent of a company.
fn parent_of(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    // "the parent of Y", "the parent company of Y".
    let Some(of) = find_word(items, i + 1, i + 3, &at.words().holdings.unit_of)
        .filter(|&of| (i + 1..of).all(|k| is_describing_word(items[k].word())))
    else {
        return;
    };
    let Some((j, _)) = next_entity(items, of + 1, 2) else {
        return;
    };
    let h = at.named_after(j);
    let Some(y) = items[h].entity() else {
        return;
    };
    let after = || {
        let mut k = h + 1;
        while k <= h + PARENT_TAIL
            && matches!(items.get(k), Some(Item::Word { word, .. }) if is_describing_word(word))
        {
            k += 1;
        }
        if items.get(k).map(Item::word) != Some(",") {
            return None;
        }
        match list_opening(at.ctx, items, k + 1)[..] {
            [m] => items[m].entity(),
            _ => None,
        }
    };
    if let Some(x) = apposed_or_subject(at, i).or_else(after)
        && x != y
        && at.kind(x) != EntityKind::Person
        && holder(at, x)
        && company(at, y)
    {
        out.add(RelationKind::StakeIn, x, y, at.span(i), None, 0.7);
    }
}

/// Units and subsidiaries: "X's Y unit", "X unit Y", "X's unit Y", "Y, a
/// unit of X", "Y is a subsidiary of X": X holds Y.
pub(super) fn unit(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().holdings;
    parent(at, out);
    if !words.units.contains(at.word()) || super::clients::own_label(at) {
        return;
    }
    let entity_at = |j: usize, possessive: bool| match items.get(j) {
        Some(Item::Ent {
            entity,
            possessive: p,
            ..
        }) if *p == possessive => Some(*entity),
        _ => None,
    };
    // "X's A, B and C business units": every unit listed.
    if let Some((x, listed)) = listed_units(at, i) {
        for y in listed {
            if holder(at, x) && company(at, y) {
                out.add(RelationKind::StakeIn, x, y, at.span(i), None, 0.7);
            }
        }
        return;
    }
    // A place right before the noun only says where the unit is: "its U.S.
    // unit Y" is the owner's, not the place's.
    let named_before = i
        .checked_sub(1)
        .and_then(|j| entity_at(j, false))
        .filter(|&y| at.kind(y) != EntityKind::Loc);
    let found = if let Some(y) = named_before {
        // "X's Y unit", "its Y unit" (the subject's: of the clause a verb
        // of saying opens, else of the sentence), else "X unit Y", else
        // "the Y unit of X".
        let its = i >= 2 && at.is(i - 2, &at.ctx.lang.relate.pronoun.possessive);
        let (lang, kinds) = (at.ctx.lang, at.ctx.kinds);
        let s =
            || reported_before(lang, items, i, kinds).or_else(|| subject_of(lang, items, kinds));
        i.checked_sub(2)
            .and_then(|j| entity_at(j, true).or(its.then(s).flatten()))
            .map(|x| (x, y))
            .or_else(|| entity_at(i + 1, false).map(|z| (y, z)))
            .or_else(|| {
                let of = find_word(items, i + 1, i + 2, &words.unit_of)?;
                let (j, _) = next_entity(items, of + 1, 2)?;
                Some((items[at.named_after(j)].entity()?, y))
            })
            .or_else(|| one_of_owners_units(at, i).map(|u| (y, u)))
    } else if let Some(x) = possessor_before(items, i) {
        // "X's unit Y"
        entity_at(i + 1, false).map(|y| (x, y))
    } else if let Some(found) = owned_unit(at, i) {
        // "X's chemicals unit, Y"; "X will spin off its chemicals unit, Y".
        Some(found)
    } else if i.checked_sub(1).and_then(|j| entity_at(j, false)).is_some() {
        // "the London unit of X" names no unit.
        None
    } else if let Some(of) = find_word(items, i + 1, i + 2, &words.unit_of) {
        // "Y, a unit of X", "Y is a subsidiary of X", "a unit of Korea's X";
        // not "the business of its X unit", where X is the unit.
        let x = next_entity(items, of + 1, 2)
            .map(|(j, _)| at.named_after(j))
            .filter(|&k| !at.is(k + 1, &words.units))
            .and_then(|k| items[k].entity());
        // Y is the name the description is set off from, or the subject
        // a copula gives; not the subject of "…, who ran the leasing arm
        // of X", whose arm is not named.
        x.zip(apposed_or_subject(at, i))
    } else {
        None
    };
    if let Some((x, y)) = found
        && x != y
        && holder(at, x)
        && company(at, y)
    {
        out.add(RelationKind::StakeIn, x, y, at.span(i), None, 0.7);
        // "A, B and Y, the payments arm of X", "A and X's Y unit": one
        // unit noun names one unit; "A and Y, both units of X" names each.
        if !plural(&words.units, at.word()) {
            out.nearest_only();
        }
    }
}

/// The unit "an X subsidiary" at `i` names: one of X's units, set off
/// after a name ("Y, an X subsidiary, said") or said of the subject by a
/// copula ("Y is an X unit"), the article right before the owner's name.
/// "the X unit" names the unit X itself, and "sold an X unit" no unit.
fn one_of_owners_units(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let items = at.items;
    let clause = &at.words().clause;
    if i < 4 || !at.is(i - 2, &clause.singular_articles) {
        return None;
    }
    let named = match &items[i - 4] {
        Item::Ent {
            entity,
            possessive: false,
            ..
        } => Some(*entity),
        _ => None,
    };
    if items[i - 3].word() == "," {
        named
    } else if at.is(i - 3, &at.words().roles.passive_be) {
        named.or(at.subject)
    } else {
        None
    }
}

/// True when `word` is the plural of another word of `units` ("units",
/// "businesses"; not "business").
fn plural(units: &crate::lang::WordList, word: &str) -> bool {
    let stem = word.strip_suffix('s');
    [stem, stem.and_then(|w| w.strip_suffix('e'))]
        .into_iter()
        .flatten()
        .any(|stem| units.contains(stem))
}

/// How many describing words may stand between a possessed name and its
/// unit noun ("its Fox Broadcasting television network").
const UNIT_REACH: usize = 2;

/// "Gencor's Impala Platinum Holdings posted …", "its Fox Broadcasting
/// network": a company's possessive right before another company's name
/// makes that one the possessor's (`On::Ent`, at the name). Only when the
/// name ends its noun phrase (a unit noun, punctuation, a function word, a
/// verb or nothing follows), so that "X's Y deal" or "X's Y shares", where
/// the name only modifies a noun, say nothing of who owns Y.
pub(super) fn possessed(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let Some(&Item::Ent {
        entity: y,
        possessive: false,
        ..
    }) = items.get(i)
    else {
        return;
    };
    let lang = at.ctx.lang;
    // "its Y network": a pronoun no resolver made a mention stands for the
    // clause's subject, and only before a unit noun.
    let (x, pronoun) = match i.checked_sub(1).and_then(|j| items.get(j)) {
        Some(&Item::Ent {
            entity,
            possessive: true,
            ..
        }) => (entity, false),
        Some(Item::Word { word, .. }) if lang.relate.pronoun.possessive.contains(word) => {
            match at.subject {
                Some(s) => (s, true),
                None => return,
            }
        }
        _ => return,
    };
    let ends_phrase = match items.get(i + 1) {
        None | Some(Item::Date { .. } | Item::Money { .. }) => true,
        Some(Item::Word { word, .. }) => {
            !word.chars().any(char::is_alphanumeric)
                || lang.rules.function_words.contains(word)
                || lang.resolve.prepositions.contains(word)
                || lang.relate.pronoun.reporting_verbs.contains(word)
                || at.words().holdings.units.contains(word)
                || at
                    .words()
                    .holdings
                    .verb_endings
                    .iter()
                    .any(|e| word.len() > e.len() + 2 && word.ends_with(e))
        }
        Some(_) => false,
    };
    // "its Fox Broadcasting television network": a unit noun past a few
    // describing words.
    let unit_after = (i + 2..=i + 1 + UNIT_REACH).any(|k| {
        at.is(k, &at.words().holdings.units)
            && (i + 1..k).all(|j| {
                matches!(&items[j], Item::Word { word, .. }
                    if is_describing_word(word) && !lang.rules.function_words.contains(word))
            })
    });
    let ends_phrase = if pronoun {
        unit_after || at.is(i + 1, &at.words().holdings.units)
    } else {
        ends_phrase || unit_after
    };
    // A public body holds no company by a possessive ("the government's
    // fund"); nor does a possessor the text names only here, often a place
    // taken for a company ("a rival, Ostmark's Kelvo").
    let public = |e: usize| {
        at.ctx.mentions.iter().any(|m| {
            m.entity == Some(e)
                && m.span
                    .slice(at.ctx.text)
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| lang.resolve.public_words.contains_lowercase(w))
        })
    };
    let named_again = at
        .ctx
        .mentions
        .iter()
        .filter(|m| m.entity == Some(x))
        .nth(1)
        .is_some();
    if ends_phrase
        && x != y
        && at.kind(x) == EntityKind::Org
        && at.kind(y) == EntityKind::Org
        && named_again
        && !public(x)
        && !public(y)
    {
        out.add(RelationKind::StakeIn, x, y, at.span(i), None, 0.6);
        // "A and X's Y": the possessor alone holds Y.
        out.nearest_only();
    }
}

/// How many describing words may stand between "X-owned" and the company
/// it owns ("Viacom-owned film studio Paramount").
const GLUED_REACH: usize = 2;

/// "X-owned Y", "X-controlled Y": an owning word glued to a name makes
/// the company named right after it (past describing words) the name's.
pub(super) fn glued_owner(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let Some(&Item::Ent {
        entity: x,
        possessive: false,
        span,
        ..
    }) = items.get(i)
    else {
        return;
    };
    let text = at.ctx.text;
    let Some(rest) = text.get(span.end..).and_then(|t| t.strip_prefix('-')) else {
        return;
    };
    let glued = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .next()
        .unwrap_or_default();
    if !at.words().holdings.own.contains_lowercase(glued) {
        return;
    }
    let Some((j, y)) = next_entity(items, i + 1, GLUED_REACH + 3) else {
        return;
    };
    let gap = text
        .get(span.end + 1 + glued.len()..at.span(j).start)
        .unwrap_or("-");
    let plain = gap.split_whitespace().count() <= GLUED_REACH
        && gap
            .split_whitespace()
            .all(|w| is_describing_word(w) && !at.ctx.lang.rules.function_words.contains(w));
    if plain && x != y && holder(at, x) && company(at, y) {
        let trigger = Span::new(span.end, span.end + 1 + glued.len());
        out.add(RelationKind::StakeIn, x, y, trigger, None, 0.7);
        // "A and the X-owned Y": the owner is the glued name alone.
        out.nearest_only();
    }
}

/// Owner and units of "X's A, B and C (business) units" at `i`: a list right
/// before the unit noun (or another one) whose first follows a possessive.
fn listed_units(at: &At<'_, '_>, i: usize) -> Option<(usize, Vec<usize>)> {
    let items = at.items;
    let units = &at.words().holdings.units;
    let last = if i >= 1 && units.contains(items[i - 1].word()) {
        i - 1
    } else {
        i
    };
    let list = groups(&at.words().clause, items)
        .into_iter()
        .find(|g| g.last().is_some_and(|&k| k + 1 == last))?;
    let x = possessor_before(items, *list.first()?)?;
    Some((x, list.iter().filter_map(|&k| items[k].entity()).collect()))
}

/// Owner and unit of "X's (plain words) unit, Y" and "its (plain words)
/// unit, Y" at `i` (a pronoun not resolved stands for the clause's
/// subject); the unit right after the noun, after a comma and maybe an
/// article ("its investment arm, the Y"), or set off before the phrase
/// ("Y, the X's private-sector arm, which").
fn owned_unit(at: &At<'_, '_>, i: usize) -> Option<(usize, usize)> {
    let items = at.items;
    let possessive = &at.ctx.lang.relate.pronoun.possessive;
    let (k, x) = (i.saturating_sub(3)..i)
        .rev()
        .find_map(|k| match &items[k] {
            Item::Ent {
                entity,
                possessive: true,
                ..
            } => Some((k, Some(*entity))),
            Item::Word { word, .. } if possessive.contains(word) => Some((k, at.subject)),
            _ => None,
        })?;
    // "its European division, Y": a nationality word describes too.
    let plain = (k + 1..i).all(|j| match &items[j] {
        Item::Ent { entity, .. } => {
            matches!(at.kind(*entity), EntityKind::Nationality | EntityKind::Loc)
        }
        it => {
            let w = it.word();
            !w.is_empty() && is_describing_word(w)
        }
    });
    if !plain {
        return None;
    }
    let determiners = &at.words().clause.list_determiners;
    let y = match items.get(i + 1) {
        Some(Item::Word { word, .. }) if word == "," && at.is(i + 2, determiners) => i + 3,
        Some(Item::Word { word, .. }) if word == "," => i + 2,
        _ => i + 1,
    };
    let y = plain_entity(items, y).or_else(|| set_off_before(at, k, i))?;
    x.map(|x| (x, y))
}

/// The name a phrase from `k` to the unit noun at `i` is set off after:
/// "Y, the X's private-sector arm," (a comma, maybe an article, before the
/// phrase; a comma, a stop or a relative pronoun after the noun, so that
/// "in talks with Y, X's arm said" names no unit).
fn set_off_before(at: &At<'_, '_>, k: usize, i: usize) -> Option<usize> {
    let items = at.items;
    let clause = &at.words().clause;
    let k = if k >= 1 && at.is(k - 1, &clause.list_determiners) {
        k - 1
    } else {
        k
    };
    let closes = items.get(i + 1).is_none_or(|it| {
        matches!(it.word(), "," | "." | ";") || clause.relative_pronouns.contains(it.word())
    });
    if k < 2 || items[k - 1].word() != "," || !closes {
        return None;
    }
    plain_entity(items, k - 2)
}

/// The entity at `k` when it is not a possessive.
fn plain_entity(items: &[Item], k: usize) -> Option<usize> {
    match items.get(k) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => Some(*entity),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
