//! A share of a company opening the sentence as a passive's subject, passed
//! to a buyer: "Forty per cent of T, a maker of stoves, has been sold to the
//! heating group S", "35% of T was bought by S" — S takes a stake in T,
//! never the whole company.

use crate::model::RelationKind;

use super::item::{Finds, Item, next_entity};
use super::pattern::At;
use super::view::PERCENT;

/// How far before the verb the share may stand ("Forty per cent of T, a
/// maker of wood-fired stoves in Z, has been sold").
const SUBJECT_REACH: usize = 24;

/// How firmly a stake read this way is taken.
const CONFIDENCE: f32 = 0.7;

/// At a passive verb of selling followed by "to": `stake_in(buyer, T)`
/// when its subject is a share of T.
pub(super) fn share_sold(at: &At<'_, '_>, out: &mut Finds) {
    let i = at.i;
    let words = at.words();
    if !words.orders.sell.contains(at.word())
        || !at.is(i + 1, &words.orders.sell_to)
        || !i
            .checked_sub(1)
            .is_some_and(|k| at.is(k, &words.roles.passive_be))
    {
        return;
    }
    let Some(t) = share_opening(at) else {
        return;
    };
    add_holder_after(at, t, out);
}

/// The company a share that opens the sentence and is the trigger's
/// subject is of ("35% of T, the largest net maker, was bought"): a
/// percentage first (after a date or a preposition's phrase at most), "of"
/// and the company, an apposition set off by commas, then only auxiliaries
/// before the trigger. `None` when the trigger's subject is no such share.
pub(super) fn share_opening(at: &At<'_, '_>) -> Option<usize> {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    let p = (i.saturating_sub(SUBJECT_REACH)..i).find(|&p| items[p].word() == PERCENT)?;
    let lead = |k: usize| {
        matches!(items[k], Item::Date { .. })
            || items[k].word() == ","
            || at.ctx.lang.resolve.prepositions.contains(items[k].word())
    };
    if !(0..p).all(lead) || !at.is(p + 1, &words.holdings.own_of) {
        return None;
    }
    let t = at.past_place(p + 2).filter(|&t| at.is_org(t))?;
    let mut j = at.named_after(p + 2) + 1;
    // Past an apposition to the auxiliaries before the verb.
    if items.get(j).map(Item::word) == Some(",") {
        j = (j + 1..i).find(|&c| items[c].word() == ",")? + 1;
    }
    let auxiliary = |c: usize| {
        at.is(c, &words.roles.passive_be) || at.is(c, &words.clause.between_subject_and_verb)
    };
    (j..i).all(auxiliary).then_some(t)
}

/// The party the passive's "by" or "to" (after the trigger) names, or
/// describes and then names, past a place: `stake_in(party, t)` — shared
/// with a stake bought by an agent ("A stake of 25.1% in T is being bought
/// by S").
pub(super) fn add_holder_after(at: &At<'_, '_>, t: usize, out: &mut Finds) {
    let i = at.i;
    let holder = next_entity(at.items, i + 2, 2)
        .map(|(j, _)| j)
        .or_else(|| at.described_object(i + 2).map(|j| at.named_after(j)))
        .and_then(|j| at.past_place(j));
    if let Some(s) = holder
        && s != t
        && at.kind(s).can_relate()
    {
        out.add(RelationKind::StakeIn, s, t, at.span(i), None, CONFIDENCE);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_share_that_is_the_subject_passes_to_its_buyer() {
        check(
            &[StakeIn, Acquired],
            &[
                (
                    "Forty per cent of Zephyr Oy, a maker of wood-fired stoves in Arnholm, has been \
                     sold to the heating group Quantix AS for 19.5 million euros.",
                    &[("Quantix AS", StakeIn, "Zephyr Oy")],
                ),
                (
                    "35% of Zephyr Oy was bought by Quantix AS last year.",
                    &[("Quantix AS", StakeIn, "Zephyr Oy")],
                ),
                // A share of something else: nothing of the company.
                (
                    "Zephyr Oy said 40% of its stoves were sold to Quantix AS.",
                    &[],
                ),
            ],
        );
    }
}
