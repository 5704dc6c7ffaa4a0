//! Proceeds: a seller's part of a price told from its side after the deal
//! ("T accepted an offer from S. H will receive $N for its 70% holding").
//! The verb of receiving names the seller as payee; the one who pays it is
//! the buyer of the deal the sentence before tells. Part of the figures
//! stage.

use std::borrow::Cow;

use crate::lang::Language;
use crate::model::{Mention, MoneyFact, Relation, Span};

use super::prices::words_around;
use super::segment::Segmentation;

/// How many words may stand between "for" and the holding it sells ("for
/// its remaining 70% holding").
const HOLDING_REACH: usize = 4;

/// `(buyer, seller)` of the money mention `i` at `span` in sentence `s`
/// when a verb of receiving names its seller as payee (`payments`), the
/// amount is what a holding fetches ("$N for its 70% holding") and the
/// sentence before tells a deal whose payer is someone else: that deal's
/// payer, from a relation of that sentence or a figure stated there.
pub(super) fn buyer_of_holding(
    (lang, text, seg, mentions): (&Language, &str, &Segmentation, &[Mention]),
    (i, s, span): (usize, usize, Span),
    payments: &[(usize, Option<usize>, Option<usize>)],
    relations: &[Relation],
    earlier: &[MoneyFact],
) -> Option<(usize, usize)> {
    let &(_, None, Some(seller)) = payments.iter().find(|p| p.0 == i)? else {
        return None;
    };
    let (_, after) = words_around(text, seg, s, span, 1 + HOLDING_REACH)?;
    let (first, rest) = after.split_first()?;
    let holding =
        |w: &Cow<str>| lang.relate.holdings.stake.contains(w) || lang.money.share_words.contains(w);
    if !lang.relate.payments.paid_for.contains(first) || !rest.iter().any(holding) {
        return None;
    }
    let before = seg.sentences.get(s.checked_sub(1)?)?.span;
    let other = |p: &usize| *p != seller;
    relations
        .iter()
        .filter(|r| r.evidence == before)
        .filter_map(|r| r.kind.payer_payee(r.source, r.target).map(|(p, _)| p))
        .find(other)
        .or_else(|| {
            earlier
                .iter()
                .filter(|f| f.per.is_none())
                .filter(|f| {
                    mentions
                        .get(f.mention)
                        .is_some_and(|m| m.span.within(before))
                })
                .filter_map(|f| f.investor)
                .find(other)
        })
        .map(|b| (b, seller))
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as check;

    #[test]
    fn a_seller_is_paid_for_its_holding_by_the_buyer_before() {
        check(&[
            // The buyer pays what the sentence before says it offered
            // (several owners: no one payee of the whole price).
            (
                "The owners of Orla Media have accepted a 210 million pound offer from Kestrel Group. \
                 Helio Partners will receive about 150 million pounds for its 71% holding.",
                &[
                    ("210 million pound", Some("Kestrel Group"), None),
                    (
                        "150 million pounds",
                        Some("Kestrel Group"),
                        Some("Helio Partners"),
                    ),
                ],
            ),
            // The buyer of the deal the sentence before relates.
            (
                "Kestrel Group bought 85% of Orla Media from Helio Partners and Jon Rask. \
                 Helio Partners said it would receive about 41 million euros for its 70% holding.",
                &[(
                    "41 million euros",
                    Some("Kestrel Group"),
                    Some("Helio Partners"),
                )],
            ),
            // "collect" receives too.
            (
                "Kestrel Group agreed to buy Orla Media for 90 million euros. \
                 Helio Partners will collect 60 million euros for its shares.",
                &[
                    (
                        "90 million euros",
                        Some("Kestrel Group"),
                        Some("Orla Media"),
                    ),
                    (
                        "60 million euros",
                        Some("Kestrel Group"),
                        Some("Helio Partners"),
                    ),
                ],
            ),
            // Without a deal in the sentence before, no payer.
            (
                "Orla Media makes ropes in Kelby. \
                 Helio Partners will receive about 150 million pounds for its 71% holding.",
                &[("150 million pounds", None, Some("Helio Partners"))],
            ),
            // Receiving money for something else than a holding.
            (
                "The owners of Orla Media have accepted a 210 million pound offer from Kestrel Group. \
                 Helio Partners will receive 3 million pounds for its advice.",
                &[
                    ("210 million pound", Some("Kestrel Group"), None),
                    ("3 million pounds", None, Some("Helio Partners")),
                ],
            ),
        ]);
    }
}
