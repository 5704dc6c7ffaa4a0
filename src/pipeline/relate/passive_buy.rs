//! Where the "by" of a passive of buying stands when a short phrase comes
//! between it and the verb: "T was bought out of administration by S", "T
//! was bought in 2019 by S" — the agent is the buyer (`deals::acquire`).

use crate::pipeline::word_shape::is_describing_word;

use super::item::Item;
use super::pattern::At;
use super::view::PERCENT;

/// How many items a short phrase between a verb of buying and its
/// passive's "by" may have ("out of administration").
const PASSIVE_GAP: usize = 3;

/// Where the "by" of a passive of buying whose verb ends at `v` stands:
/// right after it, or for a verb past a short phrase a word of
/// `passive_lead` or a date opens ("was bought out of administration by
/// S", "was bought in 2019 by S", "was bought last year by S"), of plain
/// words, dates and amounts.
pub(super) fn passive_by(at: &At<'_, '_>, v: usize) -> Option<usize> {
    let words = at.words();
    if at.is(v + 1, &words.clause.passive_agent) {
        return Some(v + 1);
    }
    // "T was bought last year by S": a date may open the phrase too, when
    // the subject is named before the verb (not "The other 40% was …").
    let dated = matches!(at.items.get(v + 1), Some(Item::Date { .. })) && named_subject(at);
    if words.deals.acquire_nouns.contains(at.word())
        || !(dated || at.is(v + 1, &words.deals.passive_lead))
        || pronoun_subject(at)
    {
        return None;
    }
    let by = (v + 2..=v + 1 + PASSIVE_GAP).find(|&k| at.is(k, &words.clause.passive_agent))?;
    (v + 2..by)
        .all(|k| match &at.items[k] {
            Item::Date { .. } | Item::Money { .. } => true,
            Item::Word { word, .. } => {
                is_describing_word(word) && !words.clause.list_conjunctions.contains(word)
            }
            _ => false,
        })
        .then_some(by)
}

/// True when the clause's subject is named before the trigger, with no
/// share there.
fn named_subject(at: &At<'_, '_>) -> bool {
    let before = &at.items[..at.i];
    before.iter().all(|it| it.word() != PERCENT)
        && before
            .iter()
            .any(|it| matches!(it, Item::Ent { entity, .. } if Some(*entity) == at.subject))
}

/// True when the clause's subject is written as a pronoun before the
/// trigger ("It was bought in 2023 by S"): read only as a plain passive,
/// the resolver's guess at it too loose for the wider reading.
fn pronoun_subject(at: &At<'_, '_>) -> bool {
    let pronouns = &at.ctx.lang.relate.pronoun;
    at.items[..at.i].iter().any(|it| match it {
        Item::Ent { entity, span, .. } if Some(*entity) == at.subject => {
            let text = span.slice(at.ctx.text).to_lowercase();
            pronouns.wants(&text).is_some()
        }
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_passive_of_buying_past_a_short_phrase() {
        check(
            &[Acquired, StakeIn],
            &[
                (
                    "Zephyr GmbH, a smaller rival, filed for insolvency in October and was bought \
                     out of administration by the poultry group Quantix AG.",
                    &[("Quantix AG", Acquired, "Zephyr GmbH")],
                ),
                (
                    "Zephyr GmbH was bought in 2019 by Quantix AG.",
                    &[("Quantix AG", Acquired, "Zephyr GmbH")],
                ),
                (
                    "Zephyr GmbH was bought last year by the Leeds farm-services group Quantix AG.",
                    &[("Quantix AG", Acquired, "Zephyr GmbH")],
                ),
                // A company passed to its buyer (a row of the reader's
                // frames).
                (
                    "Zephyr NV, which has built billiard tables since 1921, has passed to the \
                     British pub-games group Quantix Group in a deal worth €17.5m.",
                    &[("Quantix Group", Acquired, "Zephyr NV")],
                ),
                // A name that only describes the buyer before its own.
                (
                    "Zephyr GmbH was bought in 2021 by the Keltic Group feed maker Quantix AG.",
                    &[("Quantix AG", Acquired, "Zephyr GmbH")],
                ),
                // A share bought: no company acquired (the relative's own
                // holding only).
                (
                    "The other 40% was bought last year by Quantix AG, which also owns Zephyr GmbH.",
                    &[("Quantix AG", StakeIn, "Zephyr GmbH")],
                ),
                // A pronoun subject: not this rule's, but the dependency
                // step reads the passive through the resolved pronoun.
                (
                    "Zephyr GmbH makes ferries. It was bought in 2019 by Quantix AG.",
                    &[("Quantix AG", Acquired, "Zephyr GmbH")],
                ),
                // An object before "by": no passive.
                ("Zephyr GmbH bought shares sold by Quantix AG.", &[]),
            ],
        );
    }
}
