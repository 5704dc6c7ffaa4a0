//! Supply deals: the value of a deal to supply a customer ("S has signed a
//! N deal to supply separator film to T", "S will supply T under a contract
//! worth N") is paid by the customer to the supplier. Read for figures no
//! deal carries and no step gave a party, in a sentence that states one
//! supply link and names the amount beside a noun of a deal.

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Relation, RelationKind, Status};
use crate::pipeline::deal_payee::unlinked_figures;
use crate::pipeline::segment::Segmentation;

/// How many tokens before the amount the deal noun may stand ("a contract
/// worth about N").
const NOUN_REACH: usize = 4;

/// How many tokens after the amount the deal noun may stand, past a
/// restatement in brackets ("a N (about $M) deal").
const NOUN_AFTER: usize = 6;

/// Gives each figure with no party whose sentence says its subject
/// supplies a customer, the amount beside a deal noun, the customer as
/// payer and the supplier as payee.
pub(super) fn supply_deal_parties(
    page: (&Language, &str, &Segmentation, &[Mention]),
    relations: &[Relation],
    money: &mut [MoneyFact],
) {
    let (lang, text, seg, mentions) = page;
    for (fact, amount) in unlinked_figures(money, mentions) {
        if fact.investor.is_some() || fact.recipient.is_some() {
            continue;
        }
        let Some(sentence) = seg.sentences.get(seg.sentence_index(amount.span.start)) else {
            continue;
        };
        // A customer is an organisation: "supplies the U.S." names where
        // the goods go.
        let customer = |e: usize| {
            mentions
                .iter()
                .any(|m| m.entity == Some(e) && m.kind == EntityKind::Org)
        };
        let mut links = relations.iter().filter(|r| {
            r.kind == RelationKind::Supplies
                && r.status != Status::Negated
                && r.evidence.start <= sentence.span.start
                && sentence.span.end <= r.evidence.end
                && customer(r.target)
        });
        // One supplier and one customer, however many readers told it.
        let Some(link) = links.next() else {
            continue;
        };
        if links.any(|r| (r.source, r.target) != (link.source, link.target)) {
            continue;
        }
        let tokens = &seg.tokens[sentence.tokens.clone()];
        let first = tokens.partition_point(|t| t.end <= amount.span.start);
        let last = tokens.partition_point(|t| t.start < amount.span.end);
        let deal = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                lang.money
                    .supply_deal_nouns
                    .contains_lowercase(t.slice(text))
            })
        };
        let near = (first.saturating_sub(NOUN_REACH)..first).any(deal)
            || (last..last + NOUN_AFTER).any(deal);
        if near {
            fact.investor = Some(link.target);
            fact.recipient = Some(link.source);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::money_parties;

    #[test]
    fn the_value_of_a_deal_to_supply_a_customer_runs_from_the_customer() {
        let got = money_parties(
            "Tarnwick Dairies said it has signed a 1.3 trillion-won (US$905 million) deal \
             to supply milk powder to the U.S. formula maker Qinfeng Foods for five years.",
        );
        let parties = (
            Some("Qinfeng Foods".to_owned()),
            Some("Tarnwick Dairies".to_owned()),
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got.iter().all(|g| (g.1.clone(), g.2.clone()) == parties),
            "{got:?}"
        );
    }

    #[test]
    fn an_amount_far_from_a_deal_noun_is_not_the_deals_value() {
        let got = money_parties(
            "Tarnwick Dairies, which supplies milk powder to Qinfeng Foods, had sales of \
             40 billion won last year.",
        );
        assert!(
            got.iter().all(|g| g.1.is_none() && g.2.is_none()),
            "{got:?}"
        );
    }
}
