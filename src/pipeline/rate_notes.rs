//! Exchange rates: "(A$1 = US$0.79)", "($=1,000 Guinean francs)",
//! "$1 = 1.5 marks", "92.27 yen to the dollar", "the dollar stood at 108.40
//! yen and 1.4765 marks" state what one currency is worth in another, no
//! amount of money anyone pays, earns or holds (MEANTIME's value layer
//! marks such an amount a quantity, not money). Part of the figures stage.
//!
//! Takes the text and a MONEY mention's span (with its sentence, value and
//! currency for a quoted rate); tells whether the amount is one side of an
//! equation or a currency's quoted price.

use crate::lang::{MoneyWords, lowercase};
use crate::model::{EntityKind, Mention, Span};

use super::money::Amount;
use super::segment::Segmentation;

/// Below this value an amount may be a currency's price; above it ("300
/// million euros") an amount of money.
const RATE_MAX: f64 = 100_000.0;

/// How many words may stand between the currency a sentence quotes and a
/// rate it is quoted at ("the dollar was at 108.40 yen and 1.4765 marks
/// compared with Tuesday's European close of 107.78 yen and 1.4779 marks").
const QUOTE_REACH: usize = 20;

/// How far after an amount its rate link and currency may run, in bytes.
const LINK_REACH: usize = 40;

/// True when the amount at `span` is one side of a rate note or a
/// currency's quoted price ([`in_rate_note`], [`quoted_rate`]).
pub(crate) fn is_rate(
    words: &MoneyWords,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    (span, amount): (Span, &Amount<'_>),
) -> bool {
    let sentence = seg
        .sentences
        .get(seg.sentence_index(span.start))
        .map_or(span, |s| s.span);
    in_rate_note(text, span)
        || quoted_rate(
            words,
            text,
            mentions,
            (sentence, span),
            (amount.value, amount.currency),
        )
}

/// The sign that joins the two sides of a rate.
const EQUALS: char = '=';

/// True when the amount at `span` stands right beside an equals sign, only
/// spaces between: one side of an exchange rate.
fn in_rate_note(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or_default();
    let after = text.get(span.end..).unwrap_or_default();
    before.trim_end_matches([' ', '\u{a0}']).ends_with(EQUALS)
        || after
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with(EQUALS)
}

/// The currency (ISO code) whose name `rest` opens with, a whole word
/// (or its plural): only names written in letters, never a symbol.
fn currency_named<'w>(words: &'w MoneyWords, rest: &str) -> Option<&'w str> {
    words.currencies.iter().find_map(|(name, code)| {
        let named = name.len() >= 3
            && name
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-'));
        let tail = rest.strip_prefix(name.as_str())?;
        let tail = tail.strip_prefix('s').unwrap_or(tail);
        (named && !tail.starts_with(char::is_alphanumeric)).then_some(code.as_str())
    })
}

/// True when the amount at `span`, of `value` in `currency`, is another
/// currency's price: a currency named right after it by a rate link ("92.27
/// yen to the dollar", "3.92 rand per dollar"), or named as what the
/// sentence quotes, up to [`QUOTE_REACH`] words before it with no share
/// word, company or person between ("the dollar stands at about 1.48 marks
/// and 109 yen", "sterling rose to $1.55"). Only an amount with no scale
/// word and below [`RATE_MAX`]: "the dollar's rise cost it 300 million
/// euros" is money.
fn quoted_rate(
    words: &MoneyWords,
    text: &str,
    mentions: &[Mention],
    (sentence, span): (Span, Span),
    (value, currency): (f64, &str),
) -> bool {
    let amount = lowercase(text.get(span.start..span.end).unwrap_or_default());
    let scaled = amount
        .split(|c: char| !c.is_alphabetic())
        .any(|w| words.scales.iter().any(|(s, _)| s == w));
    if value >= RATE_MAX || scaled {
        return false;
    }
    let other = |code: Option<&str>| code.is_some_and(|c| c != currency);
    // After: "to the dollar", "per dollar"; a measure after a bare link is
    // the unit of a good ("$2 a pound").
    let after = text.get(span.end..sentence.end).unwrap_or_default();
    let cut = (0..=LINK_REACH.min(after.len()))
        .rev()
        .find(|&k| after.is_char_boundary(k))
        .unwrap_or_default();
    let after = lowercase(&after[..cut]);
    let after = after.trim_start();
    let linked = words.rate_links.iter().any(|link| {
        let Some(rest) = after.strip_prefix(link).and_then(|r| r.strip_prefix(' ')) else {
            return false;
        };
        let measure = !link.contains(' ')
            && rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|w| words.per_unit_measures.contains(w));
        !measure && other(currency_named(words, rest))
    });
    if linked {
        return true;
    }
    // Before: the currency the sentence quotes, nearest first, and no
    // nearer than the last company or person named before the amount.
    let start = sentence.start.min(span.start);
    let before = text.get(start..span.start).unwrap_or_default();
    let last_named = mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Org | EntityKind::Person))
        .filter(|m| m.span.within(Span::new(start, span.start)))
        .map(|m| m.span.start - start)
        .max();
    let offset = |w: &str| w.as_ptr() as usize - before.as_ptr() as usize;
    for raw in before.split_whitespace().rev().take(QUOTE_REACH) {
        let at = offset(raw);
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if words.share_words.contains_lowercase(word) || last_named.is_some_and(|n| n >= at) {
            return false;
        }
        if !words.rate_subjects.contains_lowercase(word) {
            continue;
        }
        // "sterling" names itself; "the" names what follows it.
        let named_itself = currency_named(words, &lowercase(word)).is_some();
        let rest = lowercase(&before[if named_itself { at } else { at + raw.len() }..]);
        if other(currency_named(words, rest.trim_start())) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::analysis;

    fn figures(text: &str) -> Vec<String> {
        let a = analysis(text);
        a.money
            .iter()
            .map(|f| a.mention_text(f.mention).to_owned())
            .collect()
    }

    #[test]
    fn both_sides_of_a_rate_note_are_no_figures() {
        for (text, want) in [
            (
                "Brenmoor Media's net profit rose to A$54 million. (A$1 = US$0.79)",
                vec!["A$54 million"],
            ),
            (
                "Kestrune Mining will pay 9 billion Guinean francs for the licence. ($=1,000 Guinean francs)",
                vec!["9 billion Guinean francs"],
            ),
            (
                "Tolvik Trucks earned 40 million yuan in the half. ($1 = 8.3 yuan)",
                vec!["40 million yuan"],
            ),
            ("At the time $1 = 1.5 marks, the bank said.", vec![]),
            // An amount with no equals sign beside it stays a figure.
            (
                "Ostby Bank lent Valdessa $5 million (about 40 million crowns).",
                vec!["$5 million", "40 million crowns"],
            ),
        ] {
            assert_eq!(figures(text), want, "{text}");
        }
    }

    #[test]
    fn a_currency_quoted_in_another_is_no_figure() {
        for (text, want) in [
            (
                "The yen weakened to 92.27 yen to the dollar on Friday.",
                vec![],
            ),
            (
                "Harlow Platinum locked in 3.92 rand per dollar for its sales.",
                vec![],
            ),
            (
                "Late in the day the dollar stood at about 1.48 marks and 109 yen.",
                vec![],
            ),
            (
                "The dollar was at 108.40 yen and 1.4765 marks compared with Tuesday's European close of 107.78 yen and 1.4779 marks.",
                vec![],
            ),
            ("Sterling rose to $1.55 in London trading.", vec![]),
            // A price of a good, a share price, a scaled amount: money.
            ("Coffee for March delivery rose to $2 a pound.", vec!["$2"]),
            (
                "Despite the dollar's fall, Tessaro's shares rose to 390 yen.",
                vec!["390 yen"],
            ),
            (
                "The strong dollar cost Varnholt 300 million euros last year.",
                vec!["300 million euros"],
            ),
            (
                "Against the dollar, Oskarby Trucks paid 40 euros for each part.",
                vec!["40 euros"],
            ),
        ] {
            assert_eq!(figures(text), want, "{text}");
        }
    }
}
