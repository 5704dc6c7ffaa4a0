//! Funding lines extended to named parties: "S increased swap lines with T
//! from $A to $B, and with U from $C to $D", "S opened swap lines with T
//! for up to $N, up to $M with U". S lends to each party named after
//! "with", and each amount runs from S to the party its phrase names.

use crate::model::RelationKind;

use super::clause::clause_subject;
use super::context::Context;
use super::item::{Finds, Item, next_entity};
use super::payments::Payment;

/// The lending relations the sentence's lines state, added to `found`, and
/// the parties of the amounts said with each borrower.
pub(super) fn swap_lines(
    ctx: &Context<'_>,
    items: &[Item],
    subject: Option<usize>,
    found: &mut Finds,
) -> Vec<Payment> {
    let words = &ctx.lang.relate.credit;
    let mut out = Vec::new();
    let Some(i) = (1..items.len()).find(|&i| {
        words.lines.contains(items[i].word()) && words.line_kinds.contains(items[i - 1].word())
    }) else {
        return out;
    };
    let party = |e: usize| ctx.kinds.get(e).is_some_and(|k| k.can_relate());
    let Some(lender) = clause_subject(ctx.lang, items, i - 1, ctx.kinds)
        .or(subject)
        .filter(|&e| party(e))
    else {
        return out;
    };
    // Each phrase between commas names one party and its amounts: "with T
    // from $A to $B", "up to $M with U".
    let mut start = i + 1;
    while start < items.len() {
        let end = (start..items.len())
            .find(|&k| matches!(items[k].word(), "," | ";"))
            .unwrap_or(items.len());
        let borrower = (start..end)
            .find(|&k| words.line_with.contains(items[k].word()))
            .and_then(|w| next_entity(items, w + 1, 2))
            .map(|(_, e)| e)
            .filter(|&e| party(e) && e != lender);
        if let Some(t) = borrower {
            found.add(
                RelationKind::LendsTo,
                lender,
                t,
                items[i].span(ctx.mentions),
                None,
                0.7,
            );
            out.extend(items[start..end].iter().filter_map(|it| match it {
                Item::Money { mention } => Some((*mention, Some(lender), Some(t))),
                _ => None,
            }));
        }
        start = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;
    use crate::model::RelationKind::*;
    use crate::pipeline::tests::money_parties;

    #[test]
    fn swap_lines_lend_to_each_party_named_with() {
        let text = "The Keltic Reserve increased swap lines with the Bank of Nordland from $5 billion to $9 billion, \
                    and with the Zephyr National Bank from $2 billion to $3 billion.";
        check(
            &[LendsTo],
            &[(
                text,
                &[
                    ("Keltic Reserve", LendsTo, "Bank of Nordland"),
                    ("Keltic Reserve", LendsTo, "Zephyr National Bank"),
                ],
            )],
        );
        let pair = |m: &str, t: &str| {
            (
                m.to_owned(),
                Some("Keltic Reserve".to_owned()),
                Some(t.to_owned()),
            )
        };
        assert_eq!(
            money_parties(text),
            vec![
                pair("$5 billion", "Bank of Nordland"),
                pair("$9 billion", "Bank of Nordland"),
                pair("$2 billion", "Zephyr National Bank"),
                pair("$3 billion", "Zephyr National Bank"),
            ]
        );
        // The amount before its party, in its own phrase.
        let text = "The Keltic Reserve opened swap lines with the Bank of Nordland for up to €6 billion, \
                    and up to €4 billion with the Zephyr National Bank.";
        assert_eq!(
            money_parties(text),
            vec![
                pair("€6 billion", "Bank of Nordland"),
                pair("€4 billion", "Zephyr National Bank"),
            ]
        );
        // A credit line "with" a bank is the bank's loan: no swap line,
        // the reader's loan frame gives the bank as the lender.
        check(
            &[LendsTo],
            &[(
                "Keltic Motors signed a credit line with the Bank of Nordland.",
                &[("Bank of Nordland", LendsTo, "Keltic Motors")],
            )],
        );
    }
}
