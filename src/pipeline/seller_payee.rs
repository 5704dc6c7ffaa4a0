//! Seller payees: a buyer's price told in a relative clause on the buyer of
//! a sale ("S sold a majority of it in 2022 to P, which paid €N for 65%")
//! is paid to the seller, the subject of the verb of selling. Read for
//! figures that have a payer and no payee after the frames and deals.

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Span};

use super::deal_payee::{awaiting_payee_placed, payer_before_relative, relative_comma};
use super::segment::Segmentation;

/// Gives each figure with a payer and no payee, paid in a relative clause
/// on its payer ("P, which paid €N"), the subject of the active verb of
/// selling whose "to" names the payer ("S … sold X to P, which paid"), or
/// whose buyer a copula names ("S is letting go of T; the buyer is P,
/// which is paying €N for it"). A figure the deal gave the thing sold as
/// payee (T, named right after the verb) is the seller's too.
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
        placed.fact.recipient = seller(lang, text, mentions, tokens, buyer)
            .map(|(s, _)| s)
            .filter(|&s| s != payer);
    }
    for fact in money.iter_mut().filter(|f| f.per.is_none()) {
        let (Some(payer), Some(payee)) = (fact.investor, fact.recipient) else {
            continue;
        };
        let Some(amount) = mentions.get(fact.mention) else {
            continue;
        };
        let Some(sentence) = seg.sentences.get(seg.sentence_index(amount.span.start)) else {
            continue;
        };
        let tokens = &seg.tokens[sentence.tokens.clone()];
        let at = tokens.partition_point(|t| t.end <= amount.span.start);
        let Some(buyer) = paid_by_relative(lang, text, mentions, tokens, at, payer) else {
            continue;
        };
        if let Some((s, Some(sold))) = seller(lang, text, mentions, tokens, buyer)
            && sold == payee
            && s != payer
        {
            fact.recipient = Some(s);
        }
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
    // "P, which is paying €N": past one auxiliary to the relative pronoun.
    let verb = if verb > 0
        && lang
            .resolve
            .finite_auxiliaries
            .contains_lowercase(word(verb - 1))
    {
        verb - 1
    } else {
        verb
    };
    if verb < 3 {
        return None;
    }
    let m = payer_before_relative(lang, text, mentions, tokens, verb, payer)
        .or_else(|| payer_apposed_before(lang, text, mentions, tokens, verb, payer))?;
    Some(tokens.partition_point(|t| t.end <= m.span.start))
}

/// The payer's mention before ", which" at token `v` when a description
/// that opens with an article and names no one stands between ("P, a
/// Dutch maker of barbecues, which is paying €N").
fn payer_apposed_before<'m>(
    lang: &Language,
    text: &str,
    mentions: &'m [Mention],
    tokens: &[Span],
    v: usize,
    payer: usize,
) -> Option<&'m Mention> {
    let comma = relative_comma(lang, text, tokens, v)?;
    let opening = tokens.first()?.start;
    let m = mentions.iter().rfind(|m| {
        m.entity == Some(payer) && !m.nominal && m.span.start >= opening && m.span.end < comma
    })?;
    let description = text.get(m.span.end..comma)?.strip_prefix(", ")?;
    let opens = description
        .split_whitespace()
        .next()
        .is_some_and(|w| lang.resolve.determiners.contains_lowercase(w));
    let names = mentions.iter().any(|o| {
        o.span.start >= m.span.end
            && o.span.end <= comma
            && matches!(o.kind, EntityKind::Org | EntityKind::Person)
            && o.entity != Some(payer)
    });
    (opens && !description.contains([',', ';']) && !names).then_some(m)
}

/// How many words a phrase of selling may hold ("letting go of").
const SALE_WORDS: usize = 3;

/// Where the verb or phrase of selling at token `j` ends ("sold",
/// "letting go of"), if one stands there.
fn sale_at(lang: &Language, text: &str, tokens: &[Span], j: usize) -> Option<usize> {
    let word = |j: usize| tokens[j].slice(text).to_lowercase();
    if lang
        .relate
        .frame
        .sell
        .contains_lowercase(tokens[j].slice(text))
    {
        return Some(j + 1);
    }
    let mut phrase = String::new();
    (j..(j + SALE_WORDS).min(tokens.len())).find_map(|k| {
        if k > j {
            phrase.push(' ');
        }
        phrase.push_str(&word(k));
        lang.relate
            .pronoun
            .sale_phrases
            .contains(&phrase)
            .then_some(k + 1)
    })
}

/// The seller of the sale whose buyer's mention starts at token `buyer`,
/// and the thing sold when a name stands right after the verb: the
/// subject of an active verb of selling before it, a person or
/// organisation that opens the sentence or follows a comma ("S's founder,
/// H, sold a majority of it in 2022 to"); none when the verb is passive
/// ("was sold to"), or neither a "to" between it and the buyer nor a
/// buyer's noun and a copula before the buyer ("; the buyer is P") tie the
/// buyer to it.
fn seller(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    tokens: &[Span],
    buyer: usize,
) -> Option<(usize, Option<usize>)> {
    let word = |j: usize| tokens[j].slice(text);
    let (verb, end) = (0..buyer)
        .rev()
        .find_map(|j| sale_at(lang, text, tokens, j).map(|end| (j, end)))?;
    let to = (end..buyer).any(|j| lang.relate.payments.to.contains_lowercase(word(j)));
    let named = buyer >= 2
        && lang.resolve.copulas.contains_lowercase(word(buyer - 1))
        && lang.resolve.buyer_heads.contains_lowercase(word(buyer - 2));
    let passive = verb > 0
        && lang
            .relate
            .roles
            .passive_be
            .contains_lowercase(word(verb - 1))
        && !lang.relate.frame.is_progressive(word(verb));
    if !(to || named) || passive {
        return None;
    }
    let opening = tokens.first()?.start;
    let seller = mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Org | EntityKind::Person))
        .filter(|m| m.span.start >= opening && m.span.end <= tokens[verb].start)
        .filter(|m| {
            m.span.start == opening || text[opening..m.span.start].trim_end().ends_with(',')
        })
        // "S's founder, H": a possessor is no subject.
        .filter(|m| !text[m.span.end..].starts_with(['\'', '’']))
        .filter_map(|m| m.entity)
        .next_back()?;
    let sold = tokens.get(end).and_then(|t| {
        mentions
            .iter()
            .find(|m| m.span.start == t.start && !m.nominal)
            .filter(|m| !text[m.span.end..].starts_with(['\'', '’']))
            .and_then(|m| m.entity)
    });
    Some((seller, sold))
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
    fn a_buyer_a_copula_names_pays_the_seller_not_the_thing_sold() {
        check_money_parties(&[
            (
                "Keltic Foods is letting go of Orvo Bakeries; the buyer is Brask Capital, which \
                 is paying 40 million euros for it.",
                (
                    "40 million euros",
                    Some("Brask Capital"),
                    Some("Keltic Foods"),
                ),
            ),
            (
                "Keltic Foods is letting go of Orvo Bakeries; the buyer is Brask Capital, a Dutch \
                 investment firm, which is paying 40 million euros for it.",
                (
                    "40 million euros",
                    Some("Brask Capital"),
                    Some("Keltic Foods"),
                ),
            ),
            (
                "Tarn Lighting, the Lyon lamp maker, is selling Orvo Verre SAS, which blows \
                 glass shades in Nancy; the buyer is Brask Holding, which is paying 12 million \
                 euros for it.",
                (
                    "12 million euros",
                    Some("Brask Holding"),
                    Some("Tarn Lighting"),
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
