//! A share as its clause's subject, its holder after the verb: "the rest
//! belongs to S", "The remaining 10% is held by S", "the rest was bought in
//! 2023 by S", "Half of T now belongs to S", "a fifth of T has belonged to
//! S"; and a share a participle after "with" gives its holder: "with S
//! holding the rest". The share is of the company named after "of", else of
//! the company the text speaks of.

use crate::model::RelationKind;

use super::held::{company, holder};
use super::item::{Finds, Item};
use super::pattern::At;
use super::view::PERCENT;

/// How many items (adverbs, auxiliaries, a date) may stand between the
/// share and its verb, or between a passive participle and its "by".
const VERB_REACH: usize = 4;

/// How many describing items may stand before the holder's name ("the
/// Gothenburg fund S", "its founder, S").
const HOLDER_LEAD: usize = 6;

/// Confidence of a holding read this way.
const CONFIDENCE: f32 = 0.65;

/// Adds a stake for each share the sentence's items open a clause with;
/// `spoken_of`: the company a share naming none is of (`here`, the one
/// another stake of the sentence is in, else the one the text speaks of).
pub(super) fn share_subjects(
    at: &At<'_, '_>,
    here: Option<usize>,
    spoken_of: Option<usize>,
    out: &mut Finds,
) {
    let items = at.items;
    for k in 0..items.len() {
        let at = At { i: k, ..*at };
        // Whether a clause opens at `k` is asked first: most items open
        // none, and it is the cheaper question.
        if !opens_clause(&at, k) {
            continue;
        }
        let Some((end, of)) = share_phrase(&at, k) else {
            continue;
        };
        let Some(t) = of.or(spoken_of).filter(|&t| company(&at, t)) else {
            continue;
        };
        for s in holders_after(&at, end) {
            if s != t {
                out.add(RelationKind::StakeIn, s, t, at.span(k), None, CONFIDENCE);
            }
        }
    }
    with_holding(at, here, out);
}

/// The share that starts at `k`: "45%", "the rest", "the remaining 10%",
/// "Half of T", "a fifth of T". `(end, company named after "of")`.
fn share_phrase(at: &At<'_, '_>, k: usize) -> Option<(usize, Option<usize>)> {
    let items = at.items;
    let word = |k: usize| items.get(k).map_or("", Item::word);
    let words = at.words();
    let determiner = |k: usize| at.ctx.lang.resolve.determiners.contains(word(k));
    if word(k) == PERCENT && !determiner(k.wrapping_sub(1)) {
        return Some(of_company(at, k + 1));
    }
    if determiner(k) && words.clause.remainder.contains(word(k + 1)) {
        let after = k + 2 + usize::from(word(k + 2) == PERCENT);
        return Some(of_company(at, after));
    }
    // "Half of T", "a fifth of T": a portion of a named company.
    let portion = if words.reader.portions.contains(word(k)) {
        k
    } else if determiner(k) && words.reader.portions.contains(word(k + 1)) {
        k + 1
    } else {
        return None;
    };
    let (end, of) = of_company(at, portion + 1);
    of.map(|t| (end, Some(t)))
}

/// Past "of T" at `k`, if it stands there: `(end, T)`.
fn of_company(at: &At<'_, '_>, k: usize) -> (usize, Option<usize>) {
    let items = at.items;
    if at.is(k, &at.words().holdings.own_of)
        && let Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) = items.get(k + 1)
    {
        return (k + 2, Some(*entity));
    }
    (k, None)
}

/// True when the share at `k` opens its clause: first in the sentence, or
/// after a comma, a semicolon or "and", or after a date that opens the
/// sentence ("Since 2022 a fifth of T …").
fn opens_clause(at: &At<'_, '_>, k: usize) -> bool {
    let items = at.items;
    let Some(prev) = k.checked_sub(1) else {
        return true;
    };
    let w = items[prev].word();
    matches!(w, "," | ";")
        || at.ctx.lang.relate.clause.list_conjunctions.contains(w)
        || (matches!(items[prev], Item::Date { .. })
            && (0..prev).all(|m| at.ctx.lang.resolve.prepositions.contains(items[m].word())))
}

/// The holders a verb after the share at `end` names: "belongs to S" (and
/// "and to U"), "is held by S", "was bought in 2023 by S".
fn holders_after(at: &At<'_, '_>, end: usize) -> Vec<usize> {
    let items = at.items;
    let lang = at.ctx.lang;
    let between = |m: usize| match &items[m] {
        Item::Date { .. } => true,
        Item::Word { word, .. } => {
            lang.relate.clause.between_subject_and_verb.contains(word)
                || lang.relate.reader.between.contains(word)
                || lang.resolve.finite_auxiliaries.contains(word)
                || lang.resolve.passive_auxiliaries.contains(word)
        }
        _ => false,
    };
    let Some(verb) = (end..(end + VERB_REACH + 1).min(items.len())).find(|&m| !between(m)) else {
        return Vec::new();
    };
    let w = items[verb].word();
    let reader = &lang.relate.reader;
    let preposition = if reader.belong.contains(w) {
        Some(verb + 1).filter(|&p| at.is(p, &reader.belong_to))
    } else if (at.words().holdings.own.contains(w) || at.words().deals.acquire.contains(w))
        && (end..verb).any(|m| lang.resolve.passive_auxiliaries.contains(items[m].word()))
    {
        // "was bought in 2023 by S": a passive, its "by" past a date.
        (verb + 1..(verb + 1 + VERB_REACH).min(items.len()))
            .take_while(|&m| {
                matches!(items[m], Item::Date { .. })
                    || lang.resolve.prepositions.contains(items[m].word())
            })
            .find(|&m| at.is(m, &lang.relate.clause.passive_agent))
    } else {
        None
    };
    let Some(p) = preposition.filter(|&p| p < items.len()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut m = p + 1;
    while let Some((k, s)) = holder_at(at, m) {
        out.push(s);
        // ", and to U", "and U": the names listed after.
        m = k + 1;
        let mut joined = false;
        while m < items.len()
            && (matches!(items[m].word(), ",")
                || lang
                    .relate
                    .clause
                    .list_conjunctions
                    .contains(items[m].word())
                || at.is(m, &lang.relate.reader.belong_to))
        {
            joined |= lang
                .relate
                .clause
                .list_conjunctions
                .contains(items[m].word());
            m += 1;
        }
        // "S, a Hamburg group": an apposition, no second holder.
        if !(joined || (m > k + 1 && items.get(m).and_then(Item::entity).is_some())) {
            break;
        }
    }
    out
}

/// The holder named from `m` on, past describing words ("the Gothenburg
/// fund S") or a possessor's post set off by commas ("T's managing
/// director, S"): `(position, entity)`. A family is no end (GUIDE): "the
/// Quilsby family" names none.
fn holder_at(at: &At<'_, '_>, m: usize) -> Option<(usize, usize)> {
    let items = at.items;
    let family = &at.ctx.lang.relate.frame.family;
    let mut named = false;
    for (k, item) in items.iter().enumerate().skip(m).take(HOLDER_LEAD) {
        if item.entity().is_some() && at.is(k + 1, family) {
            return None;
        }
        // "by K, a Hamburg group": no holder past a name's apposition.
        if named && item.word() == "," {
            return None;
        }
        match item {
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if holder(at, *entity) && at.described(k) == k => return Some((k, *entity)),
            Item::Ent { possessive, .. } => named |= !possessive && at.described(k) == k,
            Item::Title { .. } => {}
            Item::Word { word, .. } if word == "," && k > m => {}
            Item::Word { .. } if at.plain_word(k) => {}
            _ => return None,
        }
    }
    None
}

/// "with S holding the rest", "with S owning 40%": S holds a share of the
/// company the sentence's stake is in (`here`).
fn with_holding(at: &At<'_, '_>, here: Option<usize>, out: &mut Finds) {
    let items = at.items;
    let owning = &at.words().reader.owning;
    for k in 2..items.len() {
        if !at.is(k, owning) || !participle(at, k) {
            continue;
        }
        let Some(s) = items[k - 1].entity().filter(|&s| holder(at, s)) else {
            continue;
        };
        if !at.is(k - 2, &at.ctx.lang.relate.frame.absolute) || share_phrase(at, k + 1).is_none() {
            continue;
        }
        if let Some(t) = here.filter(|&t| t != s && company(at, t)) {
            out.add(RelationKind::StakeIn, s, t, at.span(k), None, CONFIDENCE);
        }
    }
}

/// True when the word at `k` ends as a present participle ("holding").
pub(super) fn participle(at: &At<'_, '_>, k: usize) -> bool {
    let w = at.items[k].word();
    at.ctx.lang.relate.frame.is_progressive(w)
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_share_opening_its_clause_is_held_by_the_one_after_its_verb() {
        check(
            &[StakeIn],
            &[
                (
                    "Brenwold Tools makes saws in Leeds. Vintrell Capital owns 60% of the company; the rest belongs to Tobiah Quilsby.",
                    &[
                        ("Vintrell Capital", StakeIn, "Brenwold Tools"),
                        ("Tobiah Quilsby", StakeIn, "Brenwold Tools"),
                    ],
                ),
                (
                    "Brenwold Tools makes saws in Leeds. The remaining 10% is held by the trading house Vintrell Capital.",
                    &[("Vintrell Capital", StakeIn, "Brenwold Tools")],
                ),
                (
                    "Brenwold Tools makes saws in Leeds. The rest was bought in 2023 by the Leeds fund Vintrell Capital.",
                    &[("Vintrell Capital", StakeIn, "Brenwold Tools")],
                ),
                // A holder's apposition names no second holder.
                (
                    "Brenwold Tools makes saws in Leeds. The other 40% was bought last year by Vintrell Capital, a Leeds group that hires out stages.",
                    &[("Vintrell Capital", StakeIn, "Brenwold Tools")],
                ),
                // A portion of a company named.
                (
                    "Brenwold Tools makes saws in Leeds. Half of Vintrell Capital now belongs to Brenwold Tools.",
                    &[("Brenwold Tools", StakeIn, "Vintrell Capital")],
                ),
                // The holder of an absolute phrase after a stake.
                (
                    "Brenwold Tools is to be 60% owned by Vintrell Capital, with Dunmarrow Holdings holding the rest.",
                    &[
                        ("Vintrell Capital", StakeIn, "Brenwold Tools"),
                        ("Dunmarrow Holdings", StakeIn, "Brenwold Tools"),
                    ],
                ),
                // A family is no end.
                (
                    "Brenwold Tools makes saws in Leeds. The rest is held by the Quilsby family.",
                    &[],
                ),
            ],
        );
    }
}
