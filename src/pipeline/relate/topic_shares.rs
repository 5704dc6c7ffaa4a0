//! Shares whose company an earlier sentence gave: "Keltic was founded in
//! 2004 by A. The Malmö fund Brask Capital holds 45%, bought in 2019."
//! A verb of owning with a share and no company after it ("of T", "in T")
//! tells a stake in the company the text was speaking of.

use crate::model::{EntityKind, RelationKind};

use super::clause::{Subjects, clause_subject, relative_antecedent};
use super::context::Context;
use super::held::{company, holder};
use super::item::{Finds, Item};
use super::pattern::At;
use super::share_subject;
use super::view::PERCENT;

/// The stakes of a sentence's "S holds N%" that name no company, added to
/// `found` unless the holder already has a stake there. The company is the
/// one another stake or purchase of the sentence is in, else the nearest
/// one named before the verb ("makes K the largest shareholder in T, ahead
/// of B, which holds 6%"), else `held`, the one the sentences just before
/// told a stake in or a purchase of, else `topic` (the organisation the
/// sentence before had for subject, else the one named most); `subjects`:
/// each item's subject (`clause::Subjects`).
pub(super) fn topic_shares(
    ctx: &Context<'_>,
    items: &[Item],
    subjects: Subjects<'_, '_>,
    held: Option<usize>,
    topic: Option<usize>,
    found: &mut Finds,
) {
    let at = |i: usize| At {
        ctx,
        items,
        i,
        subject: subjects.at(i),
    };
    // Each bare share's verb and holder.
    // "A and the engineer B, who hold 30% and 20%": A holds too.
    // Only at a verb of owning or buying (one look-up for most items).
    let shares: Vec<(usize, usize)> = (0..items.len())
        .filter(|&i| ctx.triggers.owns_share(&items[i]))
        .filter_map(|i| bare_share_holder(&at(i)).map(|s| (i, s)))
        .flat_map(|(i, s)| {
            let mut holders: Vec<(usize, usize)> =
                (coordinated_holders(&at(i)).into_iter().map(|p| (i, p))).collect();
            holders.push((i, s));
            holders
        })
        .collect();
    let mut extra = Finds::default();
    for &(i, s) in &shares {
        let at = at(i);
        // "V, the investment arm of B, which holds the rest": B's stake in
        // V is no company V's share is of.
        let unit_owner = at
            .subject
            .filter(|&b| b != s && unit_antecedent(&at, b) == s);
        // Not a company that holds a share itself ("A, who owns 70%, and
        // V, the investment arm of B, which holds the rest": V's own
        // owner is no stake in the company spoken of).
        let here = found
            .0
            .iter()
            .find(|g| {
                HELD.contains(&g.kind)
                    && g.source != s
                    && !(g.target == s && Some(g.source) == unit_owner)
                    && !shares.iter().any(|&(_, h)| h == g.target && h != s)
            })
            .map(|g| g.target);
        // "Keltic's founder, X, who owns 15%, and the fund Y, which holds
        // 7%", "X, who set up the company, still owns 25%": the nearest
        // organisation before the verb, not another holder ("the Trust,
        // which holds 70%, and Y, which bought 30%"), nor one a preposition
        // of no share governs ("split between the co-operative K, …",
        // "through the holding company K").
        let named = (0..i).rev().find_map(|k| {
            let e = items[k].entity()?;
            let holder = shares.iter().any(|&(_, h)| h == e)
                || found
                    .0
                    .iter()
                    .any(|g| g.kind == RelationKind::StakeIn && g.source == e);
            let preposition = governing(ctx, items, k);
            let of_share = preposition.is_none_or(|p| {
                at.words().holdings.own_of.contains(p) || at.words().holdings.stake_in.contains(p)
            });
            (e != s && at.kind(e) == EntityKind::Org && !holder && of_share).then_some(e)
        });
        let t = here.or(named).or(held).or(topic);
        if let Some(t) = t.filter(|&t| t != s && company(&at, t)) {
            extra.add(RelationKind::StakeIn, s, t, at.span(i), None, 0.65);
        }
    }
    // "the rest belongs to S", "with S holding the rest".
    let here = found
        .0
        .iter()
        .find(|g| g.kind == RelationKind::StakeIn)
        .map(|g| g.target);
    share_subject::share_subjects(&at(0), here, here.or(held).or(topic), &mut extra);
    for f in extra.0 {
        let held = found
            .0
            .iter()
            .any(|g| g.kind == RelationKind::StakeIn && g.source == f.source);
        if !held {
            found.0.push(f);
        }
    }
}

/// How many plain words may stand between a preposition and the name it
/// governs ("between the farmers' co-operative K").
const GOVERNED_REACH: usize = 4;

/// The preposition that governs the name at item `k`: right before it, or
/// before up to [`GOVERNED_REACH`] plain words of its noun phrase; "and"
/// and "or" join, and govern nothing.
fn governing<'i>(ctx: &Context<'_>, items: &'i [Item], k: usize) -> Option<&'i str> {
    let prepositions = &ctx.lang.resolve.prepositions;
    let joiners = &ctx.lang.relate.clause.list_conjunctions;
    items[k.saturating_sub(GOVERNED_REACH + 1)..k]
        .iter()
        .rev()
        .map_while(|item| match item {
            Item::Word { word, .. }
                if word
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || c == '-') =>
            {
                Some(&**word)
            }
            _ => None,
        })
        .take_while(|w| !joiners.contains(w))
        .find(|w| prepositions.contains(w))
}

/// The relations whose target is a company whose shares the text speaks of.
pub(super) const HELD: [RelationKind; 2] = [RelationKind::StakeIn, RelationKind::Acquired];

/// How many items before a verb of owning a relative pronoun after a
/// preposition may stand ("in which it holds 51%").
const RELATIVE_REACH: usize = 3;

/// The holder of "S holds 45%" at a verb of owning or buying ("which bought
/// 30% in 2024"): the verb's subject, when
/// the verb is active (no "is owned 55% by"), opens no relative clause
/// whose pronoun a preposition governs ("in which it holds 51%": that
/// pronoun's company), and a share follows the verb and no word of what it
/// is a share of ("of T", "in T") nor a second share ("30% and 20%")
/// follows that.
fn bare_share_holder(at: &At<'_, '_>) -> Option<usize> {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    // "who keeps 24%", not "with S holding the rest" (a participle's
    // subject is not the clause's).
    let keeps = words.reader.owning.contains(at.word()) && !share_subject::participle(at, i);
    let owns =
        words.holdings.own.contains(at.word()) || words.deals.acquire.contains(at.word()) || keeps;
    if !owns {
        return None;
    }
    let after = share_after(at, i + 1)?;
    // "acquired the other 40%, paying $N to H": a rest bought is a deal
    // whose money has its own payee; only a rest held is read here.
    let bought = words.deals.acquire.contains(at.word()) && !keeps;
    if bought && items.get(i + 1).map(Item::word) != Some(PERCENT) {
        return None;
    }
    let next = items.get(after).map_or("", Item::word);
    // "of T", "in T", but not "bought 30% in 2024".
    let of_company = (words.holdings.own_of.contains(next)
        || words.holdings.stake_in.contains(next))
        && !matches!(items.get(after + 1), Some(Item::Date { .. }));
    // "S holds 30% and 20%": a share of each of two companies, unless
    // the holders are two ("A and B, who hold 30% and 20%").
    let listed = words.clause.list_conjunctions.contains(next)
        && items.get(after + 1).map(Item::word) == Some(PERCENT)
        && coordinated_holders(at).is_empty();
    let passive = words.clause.passive_agent.contains(next)
        || i.checked_sub(1).is_some_and(|k| {
            at.ctx
                .lang
                .resolve
                .passive_auxiliaries
                .contains(items[k].word())
        });
    let governed_relative = (i.saturating_sub(RELATIVE_REACH)..i).any(|k| {
        k > 0
            && words.clause.relative_pronouns.contains(items[k].word())
            && at
                .ctx
                .lang
                .resolve
                .prepositions
                .contains(items[k - 1].word())
    });
    if of_company || listed || passive || governed_relative {
        return None;
    }
    // "the founders keep 30%": a verb of keeping is its own clause's
    // subject's, never the sentence's.
    let subject = if keeps {
        clause_subject(at.ctx.lang, items, i, at.ctx.kinds)
    } else {
        at.subject
    };
    // "The X family, which owns the rest": a family is no end (GUIDE).
    let family = &at.ctx.lang.relate.frame.family;
    let of_family = |s: usize| {
        (0..i)
            .rev()
            .find(|&k| items[k].entity() == Some(s))
            .is_some_and(|k| at.is(k + 1, family))
    };
    subject
        .map(|s| unit_antecedent(at, s))
        .filter(|&s| holder(at, s) && !of_family(s))
}

/// How many describing words a unit's description may hold before "of"
/// ("the venture-capital arm").
const UNIT_LEAD: usize = 5;

/// "V, the investment arm of B, which holds the rest": the holder a
/// relative pronoun before the verb at `at.i` stands for is the unit V set
/// off before its owner, not the owner `s` the description ends with.
fn unit_antecedent(at: &At<'_, '_>, s: usize) -> usize {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    let Some(k) = (i.saturating_sub(RELATIVE_REACH)..i)
        .rev()
        .find(|&r| words.clause.relative_pronouns.contains(items[r].word()))
        .and_then(|r| relative_antecedent(at.ctx.lang, items, r))
        .filter(|&k| items[k].entity() == Some(s) && k >= 4)
    else {
        return s;
    };
    if !at.is(k - 1, &words.holdings.unit_of) {
        return s;
    }
    let mut unit = false;
    for m in (k.saturating_sub(2 + UNIT_LEAD)..k - 1).rev() {
        match &items[m] {
            Item::Word { word, .. } if word == "," => {
                return match m.checked_sub(1).map(|p| &items[p]) {
                    Some(Item::Ent {
                        entity,
                        possessive: false,
                        ..
                    }) if unit && at.is_org(*entity) => *entity,
                    _ => s,
                };
            }
            Item::Word { word, .. } => unit |= words.holdings.units.contains(word),
            _ => return s,
        }
    }
    s
}

/// Where a share that starts at `k` ends: "45%", "the rest", "the
/// remaining 20%", "the other half".
fn share_after(at: &At<'_, '_>, k: usize) -> Option<usize> {
    let items = at.items;
    let word = |k: usize| items.get(k).map_or("", Item::word);
    if word(k) == PERCENT {
        return Some(k + 1);
    }
    let words = at.words();
    if !at.ctx.lang.resolve.determiners.contains(word(k))
        || !words.clause.remainder.contains(word(k + 1))
    {
        return None;
    }
    // "the other 49%", "the other half", "the rest".
    let after = k + 2;
    if word(after) == PERCENT || words.reader.portions.contains(word(after)) {
        Some(after + 1)
    } else {
        Some(after)
    }
}

/// How many describing words may stand before each of two coordinated
/// holders ("the former skier A and the engineer B").
const HOLDER_LEAD: usize = 3;

/// The holders coordinated before the subject of the verb at `at.i`, when
/// that subject is the last of names coordinated before it, or before a
/// relative pronoun ("A and B, who hold …", "A and the engineer B hold …").
fn coordinated_holders(at: &At<'_, '_>) -> Vec<usize> {
    let items = at.items;
    let Some(s) = at.subject else {
        return Vec::new();
    };
    let Some(k) = (0..at.i).rev().find(|&k| items[k].entity() == Some(s)) else {
        return Vec::new();
    };
    let mut j = k;
    while j > 0
        && k - j < HOLDER_LEAD
        && (at.plain_word(j - 1) || matches!(items[j - 1], Item::Title { .. }))
    {
        j -= 1;
    }
    if j < 2 || !at.is(j - 1, &at.words().clause.list_conjunctions) {
        return Vec::new();
    }
    // "A, a former agronomist at INRAE, and his wife B": the name before
    // the description set off, not one inside it.
    if items[j - 2].word() == "," {
        return (j.saturating_sub(3 + SET_OFF)..j - 2)
            .rev()
            .find(|&c| items[c].word() == ",")
            .and_then(|c| c.checked_sub(1))
            .and_then(|p| items[p].entity())
            .filter(|&e| e != s && holder(at, e))
            .into_iter()
            .collect();
    }
    (j.saturating_sub(2 + HOLDER_LEAD)..j - 1)
        .rev()
        .find_map(|m| items[m].entity().filter(|&e| e != s && holder(at, e)))
        .into_iter()
        .collect()
}

/// How many items a description set off after the first of two
/// coordinated holders may hold.
const SET_OFF: usize = 10;

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_share_with_no_company_is_in_the_company_spoken_of() {
        check(
            &[StakeIn],
            &[
                (
                    "Keltic Saffran AB was founded in 2004 by Ana Berg. The Malmö investment fund Brask Capital holds 45%, bought in 2019.",
                    &[("Brask Capital", StakeIn, "Keltic Saffran AB")],
                ),
                // The first holder past a description set off, with a
                // relative named after a noun of kinship.
                (
                    "Keltic Saffran AB was founded in 2004 by Ana Berg, a former engineer at Tarn Bank, and her husband Jon Hale, who between them own 55%.",
                    &[
                        ("Ana Berg", StakeIn, "Keltic Saffran AB"),
                        ("Jon Hale", StakeIn, "Keltic Saffran AB"),
                    ],
                ),
                // A unit set off before its owner holds, not the owner.
                (
                    "Keltic Saffran AB was founded in 2004 by Ana Berg. The sellers are Jon Hale, who owns 70%, and Brask Capital, the investment arm of Tarn Bank, which holds the rest.",
                    &[
                        ("Tarn Bank", StakeIn, "Brask Capital"),
                        ("Jon Hale", StakeIn, "Keltic Saffran AB"),
                        ("Brask Capital", StakeIn, "Keltic Saffran AB"),
                    ],
                ),
                // Past a reciprocal phrase, both holders.
                (
                    "Keltic Saffran AB was founded in 2004 by Ana Berg and Jon Hale, who between them own 55%.",
                    &[
                        ("Ana Berg", StakeIn, "Keltic Saffran AB"),
                        ("Jon Hale", StakeIn, "Keltic Saffran AB"),
                    ],
                ),
                // A share of something named is that thing's.
                (
                    "Keltic Saffran AB was founded in 2004 by Ana Berg. Brask Capital holds 45% of Orvo Foods AB.",
                    &[("Brask Capital", StakeIn, "Orvo Foods AB")],
                ),
                // The company another stake of the sentence is in.
                (
                    "Keltic Saffran AB was founded in 2004 by Ana Berg. The deal makes Brask Capital the largest shareholder in Orvo Foods AB, ahead of the bank Tarn Bank, which holds 6%.",
                    &[("Tarn Bank", StakeIn, "Orvo Foods AB")],
                ),
                // A passive's share is its agent's; a share "in which" it
                // is held is the pronoun's company.
                (
                    "Keltic Saffran AB was founded in 2004 by Ana Berg. Orvo Foods AB is owned 55% by Brask Capital.",
                    &[("Brask Capital", StakeIn, "Orvo Foods AB")],
                ),
                // A holder and a buyer of the company named before them.
                (
                    "Keltic Sailing Ltd runs 40 sailing schools. Its owners are the Keltic Trust, which holds 70%, and the investor Brask Partners, which bought 30% in 2024.",
                    &[
                        ("Keltic Trust", StakeIn, "Keltic Sailing Ltd"),
                        ("Brask Partners", StakeIn, "Keltic Sailing Ltd"),
                    ],
                ),
                // Two shares with no holder read: not read here.
                (
                    "Keltic Saffran AB was founded in 2004. Its founders, Ana Berg and Jon Hale, hold 30% and 20%.",
                    &[],
                ),
                // Two shares of two holders: each holds one.
                (
                    "Keltic Saffran AB was founded in 2004. The other half stays with its two founders, Ana Berg and the engineer Jon Hale, who hold 30% and 20%.",
                    &[
                        ("Ana Berg", StakeIn, "Keltic Saffran AB"),
                        ("Jon Hale", StakeIn, "Keltic Saffran AB"),
                    ],
                ),
            ],
        );
    }
}
