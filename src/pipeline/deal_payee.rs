//! Deal payees: an amount its payer pays with no payee named ("S will pay
//! $N in cash at closing and $M more if T hits its targets") after a
//! sentence in which the payer agreed to buy T is paid for T. Read for
//! figures no deal carries, when the amount's sentence names T and no other
//! organisation ("S plans to spend $N on a plant" pays for something else).

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Relation, RelationKind, Span};

use super::segment::{Segmentation, Sentence};

/// Gives each figure with a payer and no payee the company its payer
/// acquired in an earlier sentence, where the figure's sentence names that
/// company and no organisation but the two.
pub fn deal_payees(
    seg: &Segmentation,
    mentions: &[Mention],
    relations: &[Relation],
    money: &mut [MoneyFact],
) {
    for (fact, payer, amount) in awaiting_payee(money, mentions) {
        let s = seg.sentence_index(amount.span.start);
        let Some(sentence) = seg.sentences.get(s).map(|s| s.span) else {
            continue;
        };
        let Some(deal) = relations.iter().rev().find(|r| {
            r.kind == RelationKind::Acquired
                && r.source == payer
                && r.evidence.end <= sentence.start
        }) else {
            continue;
        };
        let named = |e: usize| {
            mentions
                .iter()
                .any(|m| m.span.within(sentence) && m.entity == Some(e))
        };
        let others = mentions.iter().any(|m| {
            m.kind == EntityKind::Org
                && m.span.within(sentence)
                && m.entity.is_some_and(|e| e != payer && e != deal.target)
        });
        if named(deal.target) && !others {
            fact.recipient = Some(deal.target);
        }
    }
}

/// The figures no deal carries and no unit prices, each with its amount's
/// mention: what every party reader that runs after the frames and deals
/// starts from.
pub(super) fn unlinked_figures<'a>(
    money: &'a mut [MoneyFact],
    mentions: &'a [Mention],
) -> impl Iterator<Item = (&'a mut MoneyFact, &'a Mention)> {
    money.iter_mut().filter_map(move |fact| {
        if fact.relation.is_some() || fact.per.is_some() {
            return None;
        }
        let amount = mentions.get(fact.mention)?;
        Some((fact, amount))
    })
}

/// The [`unlinked_figures`] still without a payee: what the payee readers
/// work on, with or without a payer.
pub(super) fn open_figures<'a>(
    money: &'a mut [MoneyFact],
    mentions: &'a [Mention],
) -> impl Iterator<Item = (&'a mut MoneyFact, &'a Mention)> {
    unlinked_figures(money, mentions).filter(|(fact, _)| fact.recipient.is_none())
}

/// The [`open_figures`] waiting for a payee (a payer named), each with its
/// payer and its amount's mention.
pub(super) fn awaiting_payee<'a>(
    money: &'a mut [MoneyFact],
    mentions: &'a [Mention],
) -> impl Iterator<Item = (&'a mut MoneyFact, usize, &'a Mention)> {
    open_figures(money, mentions)
        .filter_map(|(fact, amount)| fact.investor.map(|payer| (fact, payer, amount)))
}

/// A figure waiting for a payee, placed in its sentence.
pub(super) struct Placed<'a> {
    /// The figure.
    pub fact: &'a mut MoneyFact,
    /// Its payer.
    pub payer: usize,
    /// The amount's mention.
    pub amount: &'a Mention,
    /// The sentence the amount is in.
    pub sentence: &'a Sentence,
    /// That sentence's tokens.
    pub tokens: &'a [Span],
    /// The index in `tokens` of the amount's first token.
    pub at: usize,
}

/// [`awaiting_payee`], each figure placed in its sentence: what the payee
/// readers of one sentence's clauses work on.
pub(super) fn awaiting_payee_placed<'a>(
    money: &'a mut [MoneyFact],
    mentions: &'a [Mention],
    seg: &'a Segmentation,
) -> impl Iterator<Item = Placed<'a>> {
    awaiting_payee(money, mentions).filter_map(move |(fact, payer, amount)| {
        let sentence = seg.sentences.get(seg.sentence_index(amount.span.start))?;
        let tokens = &seg.tokens[sentence.tokens.clone()];
        let at = tokens.partition_point(|t| t.end <= amount.span.start);
        Some(Placed {
            fact,
            payer,
            amount,
            sentence,
            tokens,
            at,
        })
    })
}

/// The payer's mention that ends right at the comma of ", which" before
/// the verb at token `v` of `tokens`: the verb opens a relative clause on
/// the payer ("P, which paid €N", "P, which bought its stake for €N").
pub(super) fn payer_before_relative<'m>(
    lang: &Language,
    text: &str,
    mentions: &'m [Mention],
    tokens: &[Span],
    v: usize,
    payer: usize,
) -> Option<&'m Mention> {
    let comma = relative_comma(lang, text, tokens, v)?;
    mentions
        .iter()
        .find(|m| m.entity == Some(payer) && m.span.end == comma)
}

/// Where the comma of ", which" right before the verb at token `v` of
/// `tokens` starts, when one stands there: the verb opens a relative
/// clause on what ends at that comma.
pub(super) fn relative_comma(
    lang: &Language,
    text: &str,
    tokens: &[Span],
    v: usize,
) -> Option<usize> {
    let word = |j: usize| tokens[j].slice(text);
    (v >= 2
        && lang
            .relate
            .clause
            .relative_pronouns
            .contains_lowercase(word(v - 1))
        && word(v - 2) == ",")
        .then(|| tokens[v - 2].start)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::money_parties;

    fn some(x: &str) -> Option<String> {
        Some(x.to_owned())
    }

    #[test]
    fn a_buyers_payment_goes_for_the_company_it_agreed_to_buy() {
        let got = money_parties(
            "Norvale Beverages has agreed to buy Tolmey Brewing, the companies said on Monday. \
             Norvale will pay $120 million in cash at closing and up to $30 million more if Tolmey hits sales targets.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "$120 million".to_owned(),
                    some("Norvale Beverages"),
                    some("Tolmey Brewing")
                ),
                (
                    "$30 million".to_owned(),
                    some("Norvale Beverages"),
                    some("Tolmey Brewing")
                ),
            ]
        );
    }

    #[test]
    fn a_payment_beside_another_company_is_not_the_deals() {
        let got = money_parties(
            "Norvale Beverages has agreed to buy Tolmey Brewing, the companies said on Monday. \
             Norvale will pay $40 million to settle a dispute with Tarrow Dairies. \
             It also plans to spend $15 million on a new plant.",
        );
        assert_eq!((got[0].2.clone(), got[1].2.clone()), (None, None));
    }
}
