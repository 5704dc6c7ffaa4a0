//! Proceeds: a seller's part of a price told from its side after the deal
//! ("T accepted an offer from S. H will receive $N for its 70% holding").
//! The verb of receiving names the seller as payee; the one who pays it is
//! the buyer of the deal the sentence before tells. A part of a purchase's
//! price received later on ("S will buy T for €27m. … H is to receive
//! about €14m of the price") is paid by that purchase's buyer too. Part of
//! the figures stage.

use std::borrow::Cow;

use crate::lang::Language;
use crate::model::{Mention, MoneyFact, Relation, RelationKind, Span};

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

/// `(buyer, payee)` of the money mention `i` (`value` in `currency`) when
/// a verb of receiving names only its payee (`payments`) and the last
/// purchase price stated before it (a figure carried by an acquisition or a
/// stake) is larger, in the same currency, paid by someone else to someone
/// else: a part of that price, which its buyer pays ("The seller, H, will
/// receive about €15m" after "S bought T in a deal worth €17.5m"). The
/// buyer must be named in the amount's sentence or the one before.
pub(super) fn buyer_of_part(
    (seg, mentions): (&Segmentation, &[Mention]),
    (i, s, (value, currency)): (usize, usize, (f64, &str)),
    payments: &[(usize, Option<usize>, Option<usize>)],
    relations: &[Relation],
    earlier: &[MoneyFact],
) -> Option<(usize, usize)> {
    let &(_, None, Some(payee)) = payments.iter().find(|p| p.0 == i)? else {
        return None;
    };
    let purchase = |f: &&MoneyFact| {
        f.per.is_none()
            && f.relation.is_some_and(|r| {
                matches!(
                    relations[r].kind,
                    RelationKind::Acquired | RelationKind::StakeIn
                )
            })
            && f.investor.is_some()
    };
    let price = earlier.iter().rev().find(purchase)?;
    let buyer = price.investor?;
    let part = price.currency == currency && value < price.value;
    let deal = price.relation.map(|r| &relations[r]);
    let other =
        buyer != payee && price.recipient != Some(payee) && deal.is_some_and(|d| d.target != payee);
    let near = Span::new(
        seg.sentences.get(s.checked_sub(1)?)?.span.start,
        seg.sentences.get(s)?.span.end,
    );
    let named = mentions
        .iter()
        .any(|m| m.entity == Some(buyer) && m.span.within(near));
    (part && other && named).then_some((buyer, payee))
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

    #[test]
    fn a_part_of_a_price_received_later_is_paid_by_the_buyer() {
        check(&[
            // Two sentences after the price, its buyer named in the one
            // before; a relative clause between payee and verb.
            (
                "Kestrel Group will buy Orla Media for 27 million euros, the companies said. \
                 Kestrel Group makes sails in Kelby. \
                 Helio Partners, which bought into the firm in 2015, is to receive \
                 about 14 million euros of the price.",
                &[
                    (
                        "27 million euros",
                        Some("Kestrel Group"),
                        Some("Orla Media"),
                    ),
                    (
                        "14 million euros",
                        Some("Kestrel Group"),
                        Some("Helio Partners"),
                    ),
                ],
            ),
            // A buyer named no nearer than two sentences before pays no one.
            (
                "Kestrel Group will buy Orla Media for 27 million euros. \
                 Orla Media was founded in 1990 by Ann Lusk. \
                 Helio Partners will receive 14 million euros.",
                &[
                    (
                        "27 million euros",
                        Some("Kestrel Group"),
                        Some("Orla Media"),
                    ),
                    ("14 million euros", None, Some("Helio Partners")),
                ],
            ),
            // More than the price is no part of it.
            (
                "Kestrel Group will buy Orla Media for 27 million euros. \
                 Helio Partners will receive 40 million euros.",
                &[
                    (
                        "27 million euros",
                        Some("Kestrel Group"),
                        Some("Orla Media"),
                    ),
                    ("40 million euros", None, Some("Helio Partners")),
                ],
            ),
            // Nor is money the business bought receives later on.
            (
                "Kestrel Group will buy Orla Media for 27 million euros. \
                 Orla Media makes ropes in Kelby. \
                 Orla Media will receive 2 million euros.",
                &[
                    (
                        "27 million euros",
                        Some("Kestrel Group"),
                        Some("Orla Media"),
                    ),
                    ("2 million euros", None, Some("Orla Media")),
                ],
            ),
            // Nor money in another currency.
            (
                "Kestrel Group will buy Orla Media for 27 million euros. \
                 Helio Partners will receive 14 million pounds.",
                &[
                    (
                        "27 million euros",
                        Some("Kestrel Group"),
                        Some("Orla Media"),
                    ),
                    ("14 million pounds", None, Some("Helio Partners")),
                ],
            ),
        ]);
    }
}
