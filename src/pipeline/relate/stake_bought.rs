//! A stake that opens the sentence, bought by a passive's agent: "A
//! blocking stake of 25.1% in T, the country's largest net maker, is being
//! bought by the fishing group S" — S takes a stake in T.

use crate::model::RelationKind;

use super::item::{Finds, Item, next_entity};
use super::pattern::At;

/// How far into the sentence the stake word may stand ("A blocking stake").
const STAKE_OPENS: usize = 4;

/// How far after the stake word "in" and the company may stand ("stake of
/// 25.1% in T").
const IN_REACH: usize = 5;

/// How firmly a stake read this way is taken.
const CONFIDENCE: f32 = 0.7;

/// At a verb of buying followed by "by": `stake_in(agent, T)` when the
/// sentence opens with a stake in T.
pub(super) fn stake_bought(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    if !words.deals.acquire.contains(at.word())
        || words.deals.acquire_nouns.contains(at.word())
        || !at.is(i + 1, &words.clause.passive_agent)
    {
        return;
    }
    let Some(t) = stake_opening(at) else {
        return;
    };
    let agent = next_entity(items, i + 2, 2)
        .map(|(j, _)| j)
        .or_else(|| at.described_object(i + 2).map(|j| at.named_after(j)))
        .and_then(|j| at.past_place(j));
    if let Some(s) = agent
        && s != t
        && at.kind(s).can_relate()
    {
        out.add(RelationKind::StakeIn, s, t, at.span(i), None, CONFIDENCE);
    }
}

/// The company a stake opening the sentence before the trigger is in ("A
/// blocking stake of 25.1% in T, …"), when there is one.
pub(super) fn stake_opening(at: &At<'_, '_>) -> Option<usize> {
    let (items, i) = (at.items, at.i);
    let holdings = &at.words().holdings;
    let p = (0..STAKE_OPENS.min(i)).find(|&p| at.is(p, &holdings.stake))?;
    (p + 1..(p + 1 + IN_REACH).min(i))
        .find(|&k| at.is(k, &holdings.stake_in))
        .and_then(|k| match items.get(k + 1) {
            Some(Item::Ent {
                entity,
                possessive: false,
                ..
            }) => Some(*entity),
            _ => None,
        })
        .filter(|&t| at.is_org(t))
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;
    use crate::model::RelationKind::*;

    #[test]
    fn a_stake_opening_the_sentence_is_bought_by_the_agent() {
        check(
            &[StakeIn, Acquired],
            &[
                (
                    "A blocking stake of 25.1% in Redmar S.A., the largest maker of nets, is \
                     being bought by the Faroese fishing group Skarvik P/F for 18.5 million euros.",
                    &[("Skarvik P/F", StakeIn, "Redmar S.A.")],
                ),
                (
                    "A stake in Redmar S.A. was bought by Skarvik P/F.",
                    &[("Skarvik P/F", StakeIn, "Redmar S.A.")],
                ),
            ],
        );
    }
}
