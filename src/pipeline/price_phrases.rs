//! Prices by a phrase around the amount that the price rules of
//! `prices.rs` read otherwise: a share however it is described ("6 cents
//! per fully diluted common share"), a company's closing price ("Merian's
//! closing price of 14.85 francs"), one of several items each selling for
//! an amount ("each selling for between £140,000 and £260,000"), a
//! product's list price ("available on the store for $29", "goes on sale in
//! March for $499"). Part of the figures stage.
//!
//! Takes the lower-case words before and after an amount; gives the
//! [`Per`] a phrase makes it.

use std::borrow::Cow;

use crate::lang::MoneyWords;
use crate::model::Per;

/// How many describing words may stand between "per" and the share.
const SHARE_GAP: usize = 3;

/// How many words before the amount "each" may stand ("each selling for
/// between").
const EACH_REACH: usize = 4;

/// How many words before the "for" of the amount a list-price word may
/// stand ("available on Mac computers for").
const LIST_REACH: usize = 6;

/// Below this value an amount after a list-price word is an item's price.
const CONSUMER: f64 = 10_000.0;

/// The price per share a phrase gives: "per" or "a" and a share after
/// describing words, or "closing price of" before.
pub(crate) fn share_phrase(words: &MoneyWords, before: &[Cow<str>], after: &[Cow<str>]) -> bool {
    let described = after
        .first()
        .is_some_and(|w| words.per_words.contains(w) || words.per_unit_lead.contains(w))
        && after
            .iter()
            .skip(1)
            .take(SHARE_GAP + 1)
            .position(|w| !words.share_adjectives.contains(w))
            .is_some_and(|k| k > 0 && words.share_words.contains(&after[1 + k]));
    let closing = words.share_price_lead.iter().any(|phrase| {
        let k = phrase.split_whitespace().count();
        before.len() >= k && holds_phrase(&before[before.len() - k..], phrase)
    });
    described || closing
}

/// True when the words of `phrase` stand in `words` one after another.
fn holds_phrase(words: &[Cow<str>], phrase: &str) -> bool {
    let phrase: Vec<&str> = phrase.split_whitespace().collect();
    !phrase.is_empty()
        && words
            .windows(phrase.len())
            .any(|w| w.iter().zip(&phrase).all(|(a, b)| a == b))
}

/// The price per item a phrase gives: "each" and a verb of selling or
/// costing right before, or a list-price phrase a few words before "for".
pub(crate) fn unit_phrase(words: &MoneyWords, before: &[Cow<str>], value: f64) -> Option<Per> {
    let n = before.len();
    let near = &before[n.saturating_sub(EACH_REACH)..];
    let each = near
        .iter()
        .position(|w| words.per_unit_subjects.contains(w))
        .is_some_and(|k| {
            near[k + 1..]
                .iter()
                .any(|w| words.per_unit_verbs.contains(w))
        });
    // "for $499", past a qualifier ("for about $29").
    let qualified = usize::from(n >= 2 && words.qualifiers.contains(&before[n - 1]));
    let listed = value.abs() < CONSUMER
        && n > qualified
        && words.list_price_for.contains(&before[n - 1 - qualified])
        && {
            let end = n - 1 - qualified;
            let reach = &before[end.saturating_sub(LIST_REACH)..end];
            words
                .list_price_words
                .iter()
                .any(|phrase| holds_phrase(reach, phrase))
        };
    (each || listed).then_some(Per::Unit)
}

#[cfg(test)]
mod tests {
    use crate::model::Per;
    use crate::pipeline::tests::analysis;

    fn pers(text: &str) -> Vec<(String, Option<Per>)> {
        let a = analysis(text);
        a.money
            .iter()
            .map(|f| (a.mention_text(f.mention).to_owned(), f.per))
            .collect()
    }

    #[test]
    fn phrases_that_price_a_share_or_an_item() {
        let (share, unit) = (Some(Per::Share), Some(Per::Unit));
        for (text, want) in [
            (
                "Velmora Labs earned $1.7 million, or 6 cents per fully diluted common share.",
                vec![("$1.7 million", None), ("6 cents", share)],
            ),
            (
                "The bonds convert into shares at 11 francs, below Ostrakai's closing price of 14.85 francs.",
                vec![("11 francs", share), ("14.85 francs", share)],
            ),
            (
                "The Tolvik yard launched 31 boats, each selling for between £140,000 and £260,000.",
                vec![("£140,000", unit)],
            ),
            (
                "The Zephyr Slate will go on sale in March for $499.",
                vec![("$499", unit)],
            ),
            (
                "Brenna Tabs will be available on the Kestrune store for about $29.",
                vec![("$29", unit)],
            ),
        ] {
            let want: Vec<(String, Option<Per>)> =
                want.into_iter().map(|(m, p)| (m.to_owned(), p)).collect();
            assert_eq!(pers(text), want, "{text}");
        }
    }

    #[test]
    fn a_sale_or_an_amount_made_available_is_no_list_price() {
        for text in [
            "Brenmoor put its Tolvik plant up for sale for $9,000 in March.",
            "Ostby Bank made $5,000 available to Valdessa.",
            "Brenmoor sold the painting for $9,000 on Thursday.",
        ] {
            let got = pers(text);
            assert!(got.iter().all(|(_, p)| p.is_none()), "{text}: {got:?}");
        }
    }
}
