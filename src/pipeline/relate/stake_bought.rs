//! A stake that is a passive's subject, bought by its agent: "A blocking
//! stake of 25.1% in T, the country's largest net maker, is being bought by
//! the fishing group S" — S takes a stake in T.

use super::item::{Finds, Item};
use super::pattern::At;

/// How far before the verb the stake word may stand ("A blocking stake of
/// 25.1% in T, Portugal's largest maker of trawl nets, is being bought").
const SUBJECT_REACH: usize = 24;

/// How far after the stake word "in" and the company may stand ("stake of
/// 25.1% in T").
const IN_REACH: usize = 8;

/// At a verb of buying followed by "by": `stake_in(agent, T)` when its
/// subject is a stake in T.
pub(super) fn stake_bought(at: &At<'_, '_>, out: &mut Finds) {
    let i = at.i;
    let words = at.words();
    if !words.deals.acquire.contains(at.word())
        || words.deals.acquire_nouns.contains(at.word())
        || !at.is(i + 1, &words.clause.passive_agent)
    {
        return;
    }
    // "35% of T was bought by S": a share opening the sentence too.
    let Some(t) = stake_opening(at).or_else(|| super::share_sold::share_opening(at)) else {
        return;
    };
    super::share_sold::add_holder_after(at, t, out);
}

/// The company a stake that is the passive's subject is in ("A blocking
/// stake of 25.1% in T, the largest net maker, is being bought"): the
/// stake's phrase, an apposition set off by commas, then only auxiliaries
/// before the trigger. `None` when the trigger's subject is no such stake.
pub(super) fn stake_opening(at: &At<'_, '_>) -> Option<usize> {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    let holdings = &words.holdings;
    let p = (i.saturating_sub(SUBJECT_REACH)..i).find(|&p| at.is(p, &holdings.stake))?;
    // "A stake of 25.1% in T": the "in" a name follows, past the size's "of".
    let k = (p + 1..(p + 1 + IN_REACH).min(i)).find(|&k| {
        at.is(k, &holdings.stake_in) && items.get(k + 1).and_then(Item::entity).is_some()
    })?;
    let t = match items.get(k + 1) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => Some(*entity),
        _ => None,
    }
    .filter(|&t| at.is_org(t))?;
    // Past an apposition to the auxiliaries before the verb.
    let mut j = k + 2;
    if items.get(j).map(Item::word) == Some(",") {
        j = (j + 1..i).find(|&c| items[c].word() == ",")? + 1;
    }
    let auxiliary = |c: usize| {
        at.is(c, &words.roles.passive_be) || at.is(c, &words.clause.between_subject_and_verb)
    };
    (j..i).all(auxiliary).then_some(t)
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;
    use crate::model::RelationKind::*;

    #[test]
    fn a_stake_that_is_the_subject_is_bought_by_the_agent() {
        check(
            &[StakeIn, Acquired],
            &[
                (
                    "A stake in Redmar AG, the largest maker of nets, is being bought by the \
                     fishing group Fjellmark AG.",
                    &[("Fjellmark AG", StakeIn, "Redmar AG")],
                ),
                (
                    "A stake in Redmar AG was bought by Fjellmark AG.",
                    &[("Fjellmark AG", StakeIn, "Redmar AG")],
                ),
                // The stake's size after "of" before its "in".
                (
                    "A blocking stake of 25.1% in Redmar AG, the largest maker of nets, is being \
                     bought by the fishing group Fjellmark AG.",
                    &[("Fjellmark AG", StakeIn, "Redmar AG")],
                ),
            ],
        );
    }
}
