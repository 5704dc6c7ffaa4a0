//! Prices of a lot: "16,300 tonnes of dark northern spring wheat at
//! $212.00", "9,600 HRW at $204.74", "bought 40 looms at 9,000 euros". A
//! small amount after "at" that closes a phrase opened by a bare count of
//! goods prices one unit of them. Part of the figures stage.
//!
//! Takes a MONEY mention, its value, its sentence and the mentions; tells
//! whether the amount is such a price.

use crate::lang::{MoneyWords, lowered};
use crate::model::{EntityKind, Mention, Span};

use super::segment::Segmentation;

/// Below this value an amount after a count of goods prices one of them;
/// above it ("sold 3 plants at $40 million") it may be what all cost.
const SMALL: f64 = 1_000_000.0;

/// How many words may stand between the count and its "at" ("16,300 tonnes
/// of dark northern spring (DNS) at").
const GOODS_REACH: usize = 8;

/// True when the token `t` is a bare count: digits, no part of an amount,
/// a percentage or a date.
fn bare_count(text: &str, mentions: &[Mention], t: Span) -> bool {
    let w = t.slice(text);
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && !mentions.iter().any(|m| {
            matches!(
                m.kind,
                EntityKind::Money | EntityKind::Percent | EntityKind::Date
            ) && m.span.start <= t.start
                && t.end <= m.span.end
        })
}

/// True when the amount `span` (worth `value`) of sentence `s` follows
/// "at" at the end of a phrase a bare count of goods opens, only words,
/// "of" and brackets between.
pub(crate) fn lot_price(
    words: &MoneyWords,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    (s, span): (usize, Span),
    value: f64,
) -> bool {
    if !(value > 0.0 && value < SMALL) {
        return false;
    }
    let Some(tokens) = seg
        .sentences
        .get(s)
        .and_then(|x| seg.tokens.get(x.tokens.clone()))
    else {
        return false;
    };
    let first = tokens.partition_point(|t| t.end <= span.start);
    let Some(at) = first.checked_sub(1) else {
        return false;
    };
    if !words
        .valuation_at
        .contains(&lowered(tokens[at].slice(text)))
    {
        return false;
    }
    // Back over the goods' words to the count that opens them.
    for k in (at.saturating_sub(GOODS_REACH + 1)..at).rev() {
        let t = tokens[k];
        if bare_count(text, mentions, t) {
            // The goods: at least one word between the count and "at".
            return k + 1 < at;
        }
        let w = t.slice(text);
        let word = w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.');
        if !(word || matches!(w, "(" | ")")) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::model::Per;
    use crate::pipeline::tests::analysis;

    fn pers(text: &str) -> Vec<Option<Per>> {
        analysis(text).money.iter().map(|f| f.per).collect()
    }

    #[test]
    fn an_amount_after_a_count_of_goods_prices_one_unit() {
        let unit = Some(Per::Unit);
        for (text, want) in [
            (
                "For May: 16,300 tonnes of hard amber durum (HAD) at $212.00; 7,000 of soft white (SW) at $205.10.",
                vec![unit, unit],
            ),
            (
                "For June: 9,600 HRW at $204.74, 4,900 WW at $199.56.",
                vec![unit, unit],
            ),
            (
                "Tarvel Mills bought 40 looms at 9,000 euros from Brenmoor.",
                vec![unit],
            ),
        ] {
            assert_eq!(pers(text), want, "{text}");
        }
    }

    #[test]
    fn a_count_that_is_a_date_or_share_or_no_count_prices_nothing() {
        for text in [
            "Tarvel Mills bought the looms in 2019 at 9,000 euros.",
            "Tarvel Mills sold 3 plants at $40 million to Brenmoor.",
            "Tarvel Mills valued the looms at 9,000 euros.",
        ] {
            assert!(pers(text).iter().all(Option::is_none), "{text}");
        }
    }
}
