//! Bare cents: "up 28 cents" beside "A$ 3.65" are Australian cents, "plus
//! 50 cents" after "C$ 30" Canadian ones; with no dollar beside them, US
//! cents. Part of the figures stage, after the dollars and currency words
//! are settled (moved out of `dollars` to keep each file short).
//!
//! Takes the cents words, the text, the segmentation, the mentions and the
//! money facts; sets the currency of each fact that is bare cents.

use crate::lang::{WordList, lowercase};
use crate::model::{Mention, MoneyFact, Span};

use super::segment::Segmentation;

/// True when a money surface is bare cents ("38 cents", "fifteen cents"):
/// no currency sign or word of its own beside the hundredths.
pub(super) fn bare_cents(cents: &WordList, surface: &str) -> bool {
    let lower = lowercase(surface);
    let last = lower.split_whitespace().next_back().unwrap_or("");
    let last = last.rsplit('-').next().unwrap_or("");
    // Hundredths of a dollar or euro: "cents", not "pence" or "p".
    cents
        .iter()
        .any(|c| c.len() > 1 && last.starts_with(c) && last.len() <= c.len() + 1)
        && !lower.contains(|c: char| !c.is_alphanumeric() && !" .,-".contains(c))
}

/// Gives bare cents the currency of the nearest other figure of their
/// sentence written in dollars: "up 28 cents" beside "A$ 3.65"
/// are Australian cents, "plus 50 cents" after "C$ 30" Canadian ones.
pub fn localise_cents(
    cents_words: &WordList,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    facts: &mut [MoneyFact],
) {
    let at = |f: &MoneyFact| mentions.get(f.mention).map(|m| m.span);
    let cents: Vec<bool> = facts
        .iter()
        .map(|f| {
            at(f)
                .and_then(|s| text.get(s.start..s.end))
                .is_some_and(|t| bare_cents(cents_words, t))
        })
        .collect();
    for i in 0..facts.len() {
        let Some(span) = at(&facts[i]).filter(|_| cents[i]) else {
            continue;
        };
        let s = seg.sentence_index(span.start);
        let nearest = (0..facts.len())
            .filter(|&j| !cents[j])
            .filter_map(|j| Some((j, at(&facts[j])?)))
            .filter(|(_, o)| seg.sentence_index(o.start) == s)
            // "A$ 1.26 billion (US$ 995 million)": a conversion in
            // brackets is not the sentence's own currency.
            .filter(|(_, o)| !converted(text, *o))
            .filter(|(j, _)| {
                let c = &facts[*j].currency;
                c.len() == 3 && c.ends_with('D')
            })
            .min_by_key(|(_, o)| o.start.abs_diff(span.start))
            .map(|(j, _)| facts[j].currency.clone());
        if let Some(c) = nearest {
            facts[i].currency = c;
        }
    }
}

/// True when the amount at `span` opens a bracket right after another
/// figure: its conversion into another currency ("A$ 1.26 billion (US$ 995
/// million)").
fn converted(text: &str, span: Span) -> bool {
    text.get(..span.start)
        .map(str::trim_end)
        .and_then(|t| t.strip_suffix('('))
        .is_some_and(|t| t.trim_end().ends_with(|c: char| c.is_alphanumeric()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn bare_cents_are_the_cents_of_the_dollar_beside_them() {
        let currencies = |text: &str| {
            let a = crate::pipeline::tests::analysis(text);
            a.money
                .iter()
                .map(|f| f.currency.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            currencies("Shares in Holmvik Mining surged 38 cents to A$ 3.75 on Friday."),
            vec!["AUD", "AUD"]
        );
        assert_eq!(
            currencies("Holders may take C$ 30 cash or 0.79 Tarnfield shares plus 50 cents."),
            vec!["CAD", "CAD"]
        );
        // A conversion in brackets is not the sentence's currency.
        assert_eq!(
            currencies(
                "Holmvik's profit fell to A$ 1.2 billion (US$ 950 million) and earnings \
                 per share dropped to 40 cents."
            ),
            vec!["AUD", "USD", "AUD"]
        );
        // No dollar beside them: US cents.
        assert_eq!(currencies("Holmvik shares rose 38 cents."), vec!["USD"]);
    }
}
