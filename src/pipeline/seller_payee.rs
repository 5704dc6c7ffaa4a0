//! Seller payees: a buyer's price told in a relative clause on the buyer of
//! a sale ("S sold a majority of it in 2022 to P, which paid €N for 65%")
//! is paid to the seller, the subject of the verb of selling. Read for
//! figures that have a payer and no payee after the frames and deals.

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Span};

use super::deal_payee::{awaiting_payee_placed, payer_before_relative};
use super::segment::Segmentation;

/// Gives each figure with a payer and no payee, paid in a relative clause
/// on its payer ("P, which paid €N"), the subject of the active verb of
/// selling whose "to" names the payer ("S … sold X to P, which paid").
pub fn seller_payees(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    money: &mut [MoneyFact],
) {
    for placed in awaiting_payee_placed(money, mentions, seg) {
        let (tokens, payer) = (placed.tokens, placed.payer);
        let Some(buyer) = paid_by_relative(lang, text, mentions, tokens, placed.at, payer) else {
            continue;
        };
        placed.fact.recipient = seller(lang, text, mentions, tokens, buyer).filter(|&s| s != payer);
    }
}

/// The token where the payer's mention starts, when the amount at token
/// `k` follows a verb of paying (a qualifier between: "paid about") that
/// opens a relative clause set off by a comma right after a mention of the
/// payer ("P, which paid €N").
fn paid_by_relative(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    tokens: &[Span],
    k: usize,
    payer: usize,
) -> Option<usize> {
    let word = |j: usize| tokens[j].slice(text);
    let at = tokens.get(k)?.start;
    let verb = (k.checked_sub(2)?..k).rev().find(|&j| {
        lang.relate.payments.pay.contains_lowercase(word(j))
            && text.get(tokens[j].end..at).is_some_and(|gap| {
                let gap = gap.trim();
                gap.is_empty() || lang.money.qualifiers.contains_lowercase(gap)
            })
    })?;
    if verb < 3 {
        return None;
    }
    let m = payer_before_relative(lang, text, mentions, tokens, verb, payer)?;
    Some(tokens.partition_point(|t| t.end <= m.span.start))
}

/// The seller of the sale whose "to" names the buyer at token `buyer`: the
/// subject of an active verb of selling before it, a person or
/// organisation that opens the sentence or follows a comma ("S's founder,
/// H, sold a majority of it in 2022 to"); none when the verb is passive
/// ("was sold to") or no "to" stands between it and the buyer.
fn seller(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    tokens: &[Span],
    buyer: usize,
) -> Option<usize> {
    let word = |j: usize| tokens[j].slice(text);
    let verb = (0..buyer)
        .rev()
        .find(|&j| lang.relate.frame.sell.contains_lowercase(word(j)))?;
    let to = (verb + 1..buyer).any(|j| lang.relate.payments.to.contains_lowercase(word(j)));
    let passive = verb > 0
        && lang
            .relate
            .roles
            .passive_be
            .contains_lowercase(word(verb - 1));
    if !to || passive {
        return None;
    }
    let opening = tokens.first()?.start;
    mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Org | EntityKind::Person))
        .filter(|m| m.span.start >= opening && m.span.end <= tokens[verb].start)
        .filter(|m| {
            m.span.start == opening || text[opening..m.span.start].trim_end().ends_with(',')
        })
        // "S's founder, H": a possessor is no subject.
        .filter(|m| !text[m.span.end..].starts_with(['\'', '’']))
        .filter_map(|m| m.entity)
        .next_back()
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties;

    #[test]
    fn a_buyers_price_in_a_relative_clause_goes_to_the_seller() {
        check_money_parties(&[
            (
                "Quellmoor Tiles, a maker of roof tiles, was founded by Anneke Dorrestijn-Vale. \
                 Quellmoor's founder, Anneke Dorrestijn-Vale, sold a majority of it in 2021 to the \
                 Utrecht investor Brinkhaven Participaties, which paid 7 million euros for 70%.",
                (
                    "7 million euros",
                    Some("Brinkhaven Participaties"),
                    Some("Anneke Dorrestijn-Vale"),
                ),
            ),
            (
                "Tarnwick Pumps AS makes pumps for fish farms. The founder of Tarnwick Pumps AS, \
                 Eirik Moldvaer-Hasle, a former Royal Norwegian Navy engineer, sold the company \
                 in 2020 to its managers and the investment firm Ostvik Kapital, which paid \
                 90 million crowns for 55%.",
                (
                    "90 million crowns",
                    Some("Ostvik Kapital"),
                    Some("Eirik Moldvaer-Hasle"),
                ),
            ),
        ]);
    }

    #[test]
    fn a_business_sold_by_a_passive_has_no_seller_from_its_subject() {
        let got = crate::pipeline::tests::money_parties(
            "Tarnwick Pumps AS, founded by Eirik Moldvaer-Hasle, was sold in 2020 to the \
             investment firm Ostvik Kapital, which paid 90 million crowns for it.",
        );
        assert_ne!(got[0].2.as_deref(), Some("Eirik Moldvaer-Hasle"));
    }
}
