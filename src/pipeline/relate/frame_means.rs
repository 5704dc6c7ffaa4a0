//! The borrower of credit a buyer pays with: "S is paying for T with a $N
//! loan from L", "S will fund the purchase from cash and a $N bridge loan":
//! the subject of the verb of paying or funding that the phrase of means
//! ("with", "from") hangs on borrows what it pays with. Part of the money
//! frame.

use super::clause::clause_subject;
use super::context::Context;
use super::item::Item;

/// How many plain words the phrase of means may open before the amount
/// ("with cash and a $N loan").
const MEANS_REACH: usize = 4;

/// How many items before the word of means the verb of paying or funding
/// may stand ("paying for the chain with").
const VERB_REACH: usize = 5;

/// The borrower of the noun of credit whose amount is at `k` when a phrase
/// of means holds it: the subject of the verb of paying or funding before
/// that phrase, else the sentence's `subject` when it is the first entity
/// the sentence names.
/// `None` when no such verb governs the phrase ("the deal was paid for with
/// a $N loan": the deal's buyer, the figures stage reads).
pub(super) fn means_borrower(
    ctx: &Context<'_>,
    items: &[Item],
    k: usize,
    subject: Option<usize>,
) -> Option<usize> {
    let frame = &ctx.lang.relate.frame;
    let means = (k.saturating_sub(MEANS_REACH + 1)..k)
        .rev()
        .take_while(|&p| matches!(items[p], Item::Word { .. }))
        .find(|&p| frame.means.contains(items[p].word()))?;
    let verb = (means.saturating_sub(VERB_REACH)..means)
        .rev()
        .take_while(|&p| !frame.boundary.contains(items[p].word()))
        .find(|&p| frame.finance.contains(items[p].word()))?;
    clause_subject(ctx.lang, items, verb, ctx.kinds)
        .or_else(|| subject.filter(|&e| items.iter().find_map(Item::entity) == Some(e)))
}

/// True when the word at `p` is "led" and "by" follows it: "a group of
/// banks led by X", whose lead bank stands for the group.
pub(super) fn led_by(ctx: &Context<'_>, items: &[Item], p: usize) -> bool {
    let relate = &ctx.lang.relate;
    relate.payments.led.contains(items[p].word())
        && relate
            .clause
            .passive_agent
            .contains(items.get(p + 1).map_or("", Item::word))
}

/// True when, after `p`, "and" or "or" opens a second source with the word
/// that leads to a payer ("from investors led by X, …, and from Y"): the
/// lead of the first then stands for no one payer.
pub(super) fn second_source(ctx: &Context<'_>, items: &[Item], p: usize) -> bool {
    let conjunctions = &ctx.lang.relate.clause.list_conjunctions;
    let from = &ctx.lang.relate.frame.from;
    items
        .windows(2)
        .skip(p + 1)
        .any(|w| conjunctions.contains(w[0].word()) && from.contains(w[1].word()))
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties as check;

    #[test]
    fn a_buyer_borrows_the_credit_it_pays_with() {
        check(&[
            (
                "Velmora Group, which was founded in 1990, is paying for Tarsh Ltd \
                 with a £120 million loan from Corvel Bank.",
                ("£120 million", Some("Corvel Bank"), Some("Velmora Group")),
            ),
            (
                "Velmora Group paid for the Tarsh chain with cash and a $90 million term loan \
                 from Corvel Bank.",
                ("$90 million", Some("Corvel Bank"), Some("Velmora Group")),
            ),
            (
                "Velmora Group will fund the purchase from cash and a 400 million euro \
                 bridge loan underwritten by two banks.",
                ("400 million euro", None, Some("Velmora Group")),
            ),
        ]);
    }

    #[test]
    fn the_lead_bank_stands_for_its_group() {
        check(&[(
            "Velmora Group is paying for Tarsh Ltd with a £120 million loan from a group of \
             banks led by Corvel Bank.",
            ("£120 million", Some("Corvel Bank"), Some("Velmora Group")),
        )]);
    }

    #[test]
    fn the_purchase_financed_is_the_storys_deal() {
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            crate::pipeline::tests::money_parties(
                "Velmora Group has bought Tarsh Ltd for £300 million. \
                 Tarsh runs 40 shops in Wales. \
                 The purchase is being paid for with a £90 million loan from Corvel Bank."
            ),
            vec![
                (
                    "£300 million".to_owned(),
                    some("Velmora Group"),
                    some("Tarsh Ltd")
                ),
                (
                    "£90 million".to_owned(),
                    some("Corvel Bank"),
                    some("Velmora Group")
                ),
            ]
        );
    }

    #[test]
    fn a_further_credit_after_a_loan_funds_its_borrower() {
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            crate::pipeline::tests::money_parties(
                "Corvel Bank will lend Velmora Group £40 million. \
                 The loan comes on top of a £5 million grant from the Tarsh Fund."
            ),
            vec![
                (
                    "£40 million".to_owned(),
                    some("Corvel Bank"),
                    some("Velmora Group")
                ),
                (
                    "£5 million".to_owned(),
                    some("Tarsh Fund"),
                    some("Velmora Group")
                ),
            ]
        );
    }

    #[test]
    fn a_lead_with_a_second_source_is_no_one_payer() {
        check(&[(
            "Velmora Group raised 300 million kronor from investors led by the Norwegian \
             media group Corvel Media, which now owns 34% of the company, and from the \
             state-owned fund Tarsh Invest.",
            ("300 million kronor", None, Some("Velmora Group")),
        )]);
    }

    #[test]
    fn a_long_apposition_still_closes_before_the_verb() {
        check(&[(
            "Orlaco Growers, one of the largest tomato and pepper growers in the Netherlands, \
             has been granted an emergency loan of 45 million euros by Corvel Bank.",
            (
                "45 million euros",
                Some("Corvel Bank"),
                Some("Orlaco Growers"),
            ),
        )]);
    }
}
