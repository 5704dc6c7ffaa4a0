//! Valuations: an amount that says what something is worth ("valuing it at
//! €600 million", "put the value of T's shares at C$6.2 billion", "at a $5
//! billion valuation", "a market value of $N") measures no payment between
//! parties; the value of a deal referred to ("put the value of the order
//! at $N") is its price. Part of the figures stage.

use crate::lang::MoneyWords;
use crate::model::Span;

use super::prices::words_around;
use super::segment::Segmentation;

/// How many words before an amount its "at" may stand ("at about $N").
const AT_REACH: usize = 3;

/// How many words before "at" the word of valuing may stand ("the value of
/// T's shares in the deal at").
const VALUE_REACH: usize = 10;

/// How many words after its determiner a deal noun may stand ("the
/// five-year agreement").
const DEAL_REACH: usize = 3;

/// True when the amount `span` in sentence `s` is a valuation: a word of
/// valuing with an object between it and the "at" before the amount, or
/// right after the amount.
pub fn is_valuation(
    words: &MoneyWords,
    text: &str,
    seg: &Segmentation,
    s: usize,
    span: Span,
) -> bool {
    let Some((before, after)) = words_around(text, seg, s, span, 1) else {
        return false;
    };
    if after.first().is_some_and(|w| words.valuations.contains(w)) {
        return true;
    }
    let n = before.len();
    let Some(at) = (n.saturating_sub(AT_REACH)..n)
        .rev()
        .find(|&k| words.valuation_at.contains(&before[k]))
    else {
        return false;
    };
    // "put the value of the order at $N": the worth of the deal referred
    // to ("value", "of", a determiner, a deal noun right before "at") is
    // its price, no valuation.
    let deal = |v: usize| {
        let (det, noun) = (v + 2, at - 1);
        noun > det
            && noun - det <= DEAL_REACH
            && words.reference_determiners.contains(&before[det])
            && words.deal_references.contains(&before[noun])
    };
    (at.saturating_sub(VALUE_REACH)..at.saturating_sub(1))
        .any(|v| words.valuations.contains(&before[v]) && !deal(v))
}

/// True when the amount `span` in sentence `s` is a company's worth on the
/// market ("giving it a market value of about $N"): no payment, whatever
/// price per share the sentence gives.
pub fn is_market_value(
    words: &MoneyWords,
    text: &str,
    seg: &Segmentation,
    s: usize,
    span: Span,
) -> bool {
    let Some((before, _)) = words_around(text, seg, s, span, 0) else {
        return false;
    };
    let n = before.len();
    // The phrase, then a qualifier at most.
    let market = |k: usize| {
        (3..=4).any(|len| k >= len && words.market_values.contains(&before[k - len..k].join(" ")))
    };
    (n.saturating_sub(AT_REACH - 1)..=n).any(market)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::money_parties;

    #[test]
    fn a_valuation_pays_no_one_unless_a_share_price_makes_it_a_takeovers() {
        let some = |s: &str| Some(s.to_owned());
        for (text, want) in [
            (
                "Harwick Capital took a 30% stake in Tolvane Systems in 2022, valuing it at €700 million.",
                (None, None),
            ),
            (
                "Harwick Capital will take 40% of Tolvane Systems. The price values the whole of Tolvane Systems at €2bn.",
                (None, None),
            ),
            (
                "Harwick Capital will buy Tolvane Systems. Shares in Harwick Capital rose 4% to \
                 18.40 crowns, giving the company a market value of about 21 billion crowns.",
                (None, None),
            ),
            // The value of the deal referred to is its price.
            (
                "Harwick Capital ordered 30 trains from Tolvane Systems. \
                 Tolvane Systems put the value of the order at €700 million.",
                (some("Harwick Capital"), some("Tolvane Systems")),
            ),
            // The value of what was bought is a worth, in the deal or not.
            (
                "Harwick Capital will merge with Tolvane Systems. No cash will change hands; \
                 analysts put the value of Tolvane's shares in the deal at €700 million.",
                (None, None),
            ),
            (
                "Harwick Capital ordered 30 trains from Tolvane Systems. \
                 Analysts put the value of Tolvane's shares at €700 million.",
                (None, None),
            ),
            // "valued at" with no object is the worth of the deal itself.
            (
                "Harwick Capital ordered 30 trains from Tolvane Systems, valued at €700 million.",
                (some("Harwick Capital"), some("Tolvane Systems")),
            ),
        ] {
            let got = money_parties(text);
            let last = got.last().map(|g| (g.1.clone(), g.2.clone()));
            assert_eq!(last, Some(want), "{text}");
        }
    }
}
