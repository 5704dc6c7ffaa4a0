//! Money put up, named by its noun: "the central bank's offer of 420
//! billion lei", "the US commitment of $2.3 billion to T", "the
//! reimbursement by S of $81,000". The owner of the noun, the name that
//! modifies it after an article, or the name "by" brings in after it pays
//! the amount "of" after it; "to T" behind the amount, or the subject of a
//! verb of receiving before the phrase, is paid.

use super::clause::clause_subject;
use super::context::Context;
use super::item::{Item, find_word, next_entity, possessor_before};

/// How many items behind the amount the "to" of the one paid may stand.
const TO_REACH: usize = 3;

/// How many plain words before the noun's phrase its verb of receiving may
/// stand ("receive both the S commitment").
const RECEIVE_REACH: usize = 3;

/// `(payer, payee)` of the amount at `k` when a noun of money put up
/// governs it through "of"; `None` when no such noun names its payer.
pub(super) fn pledged(
    ctx: &Context<'_>,
    items: &[Item],
    k: usize,
) -> Option<(Option<usize>, Option<usize>)> {
    let words = &ctx.lang.relate;
    let word = |j: usize| items.get(j).map_or("", Item::word);
    if k < 3 || !words.frame.of.contains(word(k - 1)) {
        return None;
    }
    let noun = |j: usize| words.payments.pledge_nouns.contains(word(j));
    let plain = |j: usize| match items.get(j) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => Some(*entity),
        _ => None,
    };
    // The payer and the first item of the noun's phrase.
    let (payer, open) = if noun(k - 2) {
        // "S's offer of $N", "the S commitment of $N".
        possessor_before(items, k - 2)
            .or_else(|| {
                plain(k - 3)
                    .filter(|_| k >= 4 && ctx.lang.resolve.determiners.contains(word(k - 4)))
            })
            .map(|e| (e, k - 3))
    } else {
        // "the reimbursement by S of $N".
        plain(k - 2)
            .filter(|_| {
                k >= 4 && ctx.lang.relate.clause.passive_agent.contains(word(k - 3)) && noun(k - 4)
            })
            .map(|e| (e, k - 4))
    }?;
    let open = if ctx
        .lang
        .resolve
        .determiners
        .contains(word(open.wrapping_sub(1)))
    {
        open - 1
    } else {
        open
    };
    let payee = find_word(items, k + 1, k + 1 + TO_REACH, &words.payments.to)
        .filter(|&p| (k + 1..p).all(|m| matches!(items[m], Item::Word { .. })))
        .and_then(|p| next_entity(items, p + 1, 2))
        .map(|(_, e)| e)
        .or_else(|| receiver(ctx, items, open))
        .filter(|&e| e != payer);
    Some((Some(payer), payee))
}

/// The subject of a verb of receiving right before the noun's phrase at
/// `open`, a plain word or two between ("if T does not receive both the S
/// commitment of $N"): T is paid.
fn receiver(ctx: &Context<'_>, items: &[Item], open: usize) -> Option<usize> {
    let receive = &ctx.lang.relate.payments.receive;
    let j = (open.saturating_sub(RECEIVE_REACH)..open)
        .rev()
        .take_while(|&j| matches!(items[j], Item::Word { .. }))
        .find(|&j| receive.contains(items[j].word()))?;
    clause_subject(ctx.lang, items, j, ctx.kinds)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::relate::tests::analysis;

    #[test]
    fn the_owner_of_money_put_up_pays_it() {
        let some = |s: &str| Some(s.to_owned());
        for (text, payer, payee) in [
            (
                "Dealers bid 500 million lei against the Dravnik Central Bank's offer of 420 million lei.",
                some("Dravnik Central Bank"),
                None,
            ),
            (
                "This will result in the reimbursement by Velmont Care of $81,000 in costs.",
                some("Velmont Care"),
                None,
            ),
            (
                "The plan rests on the Kessmore Systems commitment of $2.3 billion to Quantix Inc.",
                some("Kessmore Systems"),
                some("Quantix Inc."),
            ),
            // The one who receives what is put up is paid.
            (
                "Quantix Inc. said it will close unless it receives the Kessmore Systems commitment of $2.3 billion.",
                some("Kessmore Systems"),
                some("Quantix Inc."),
            ),
        ] {
            let a = analysis(text);
            let name = |e: Option<usize>| e.map(|e| a.entities[e].name.clone());
            let got: Vec<_> = a
                .money
                .iter()
                .filter(|f| a.mention_text(f.mention).starts_with(['$', '4']))
                .map(|f| (name(f.investor), name(f.recipient)))
                .collect();
            assert_eq!(got, vec![(payer, payee)], "{text}");
        }
    }
}
