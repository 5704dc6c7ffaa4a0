//! Shares whose company an earlier sentence gave: "Keltic was founded in
//! 2004 by A. The Malmö fund Brask Capital holds 45%, bought in 2019."
//! A verb of owning with a share and no company after it ("of T", "in T")
//! tells a stake in the company the text was speaking of.

use crate::model::{EntityKind, RelationKind};

use super::context::Context;
use super::held::{company, holder};
use super::item::{Finds, Item};
use super::pattern::At;
use super::view::PERCENT;

/// The stakes of a sentence's "S holds N%" that name no company, added to
/// `found` unless the holder already has a stake there. The company is the
/// one another stake or purchase of the sentence is in, else the nearest
/// one named before the verb ("makes K the largest shareholder in T, ahead
/// of B, which holds 6%"), else `held`, the one the sentences just before
/// told a stake in or a purchase of, else `topic` (the organisation the
/// sentence before had for subject, else the one named most); `subjects`:
/// each item's subject (`clause::clause_subjects`).
pub(super) fn topic_shares(
    ctx: &Context<'_>,
    items: &[Item],
    subjects: &[Option<usize>],
    held: Option<usize>,
    topic: Option<usize>,
    found: &mut Finds,
) {
    let at = |i: usize| At {
        ctx,
        items,
        i,
        subject: subjects.get(i).copied().flatten(),
    };
    // Each bare share's verb and holder.
    let shares: Vec<(usize, usize)> = (0..subjects.len().min(items.len()))
        .filter_map(|i| bare_share_holder(&at(i)).map(|s| (i, s)))
        .collect();
    let mut extra = Finds::default();
    for &(i, s) in &shares {
        let at = at(i);
        let here = found
            .0
            .iter()
            .find(|g| HELD.contains(&g.kind) && g.source != s)
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
    let owns = words.holdings.own.contains(at.word()) || words.deals.acquire.contains(at.word());
    if !owns || items.get(i + 1).map(Item::word) != Some(PERCENT) {
        return None;
    }
    let next = items.get(i + 2).map_or("", Item::word);
    // "of T", "in T", but not "bought 30% in 2024".
    let of_company = (words.holdings.own_of.contains(next)
        || words.holdings.stake_in.contains(next))
        && !matches!(items.get(i + 3), Some(Item::Date { .. }));
    let listed = words.clause.list_conjunctions.contains(next)
        && items.get(i + 3).map(Item::word) == Some(PERCENT);
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
    at.subject.filter(|&s| holder(at, s))
}

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
                // Two shares of two holders: not read here.
                (
                    "Keltic Saffran AB was founded in 2004. Its founders, Ana Berg and Jon Hale, hold 30% and 20%.",
                    &[],
                ),
            ],
        );
    }
}
