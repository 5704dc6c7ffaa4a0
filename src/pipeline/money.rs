//! Parses money mentions to value, ISO 4217 currency and qualifier.

use std::sync::LazyLock;

use regex::Regex;

use super::rules::{NUMBER, SCALE};

/// A parsed amount.
#[derive(Clone, Debug, PartialEq)]
pub struct Amount {
    /// Value in units of `currency`.
    pub value: f64,
    /// ISO 4217 code.
    pub currency: &'static str,
}

static PARTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)({NUMBER})(?:\s|-)?({SCALE})?\b"))
        .unwrap_or_else(|_| Regex::new("$^").unwrap_or_else(|_| unreachable!()))
});

/// Currency markers and words → ISO 4217, checked in order (longest first).
const CURRENCIES: &[(&str, &str)] = &[
    ("usd$", "USD"),
    ("us$", "USD"),
    ("u.s.$", "USD"),
    ("u.s. $", "USD"),
    ("a$", "AUD"),
    ("au$", "AUD"),
    ("c$", "CAD"),
    ("ca$", "CAD"),
    ("hk$", "HKD"),
    ("s$", "SGD"),
    ("nz$", "NZD"),
    ("r$", "BRL"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("rs", "INR"),
    ("inr", "INR"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("jpy", "JPY"),
    ("chf", "CHF"),
    ("cny", "CNY"),
    ("rmb", "CNY"),
    ("sek", "SEK"),
    ("nok", "NOK"),
    ("dkk", "DKK"),
    ("us dollar", "USD"),
    ("u.s. dollar", "USD"),
    ("canadian dollar", "CAD"),
    ("australian dollar", "AUD"),
    ("hong kong dollar", "HKD"),
    ("singapore dollar", "SGD"),
    ("dollar", "USD"),
    ("euro", "EUR"),
    ("pound", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rupee", "INR"),
    ("franc", "CHF"),
    ("won", "KRW"),
    ("rouble", "RUB"),
    ("ruble", "RUB"),
    ("kronor", "SEK"),
    ("kroner", "NOK"),
    ("$", "USD"),
];

/// "four billion dollars" → "4 billion dollars": number words as digits.
fn digits_for_words(lower: &str) -> String {
    let word_value = |w: &str| {
        super::rules::NUMBER_UNITS
            .iter()
            .position(|u| *u == w)
            .or_else(|| {
                super::rules::NUMBER_TENS
                    .iter()
                    .position(|t| *t == w)
                    .map(|i| 20 + 10 * i)
            })
    };
    let mut out: Vec<String> = Vec::new();
    let mut pending: Option<usize> = None;
    for w in lower.split(|c: char| c.is_whitespace() || c == '-') {
        match (word_value(w), pending) {
            (Some(v), Some(p)) if p >= 20 && p % 10 == 0 && v < 10 => pending = Some(p + v),
            (Some(v), None) => pending = Some(v),
            _ => {
                if let Some(p) = pending.take() {
                    out.push(p.to_string());
                }
                if w == "hundred" && out.last().is_some_and(|l| l == "a") {
                    out.pop();
                    out.push("100".to_owned());
                } else {
                    out.push(w.to_owned());
                }
            }
        }
    }
    if let Some(p) = pending {
        out.push(p.to_string());
    }
    out.join(" ")
}

/// Parses "$1 billion", "€2m", "Rs 16,189 crore", "1 billion dollars",
/// "four billion dollars", "26 cents". Vague amounts ("billions of dollars")
/// give `None`.
pub fn parse_amount(text: &str) -> Option<Amount> {
    let lower = digits_for_words(&text.to_lowercase());
    let caps = PARTS.captures(&lower)?;
    let number: f64 = caps.get(1)?.as_str().replace(',', "").parse().ok()?;
    let scale = match caps.get(2).map(|m| m.as_str()) {
        Some("trillion" | "tn") => 1e12,
        Some("billion" | "bn" | "b") => 1e9,
        Some("million" | "mn" | "mln" | "m") => 1e6,
        Some("thousand" | "k") => 1e3,
        Some("crore") => 1e7,
        Some("lakh") => 1e5,
        _ => 1.0,
    };
    let prefix = &lower[..caps.get(1)?.start()];
    let suffix = &lower[caps.get(0)?.end()..];
    let currency = CURRENCIES
        .iter()
        .find(|(marker, _)| {
            let p = prefix.trim().trim_end_matches('.');
            p == *marker
                || (marker.len() > 1
                    && p.starts_with(marker)
                    && !marker.starts_with(char::is_alphabetic))
        })
        .or_else(|| {
            let word = suffix.trim_start();
            CURRENCIES.iter().find(|(marker, _)| {
                marker.starts_with(char::is_alphabetic) && word.starts_with(marker)
            })
        })
        .map_or("USD", |(_, code)| code);
    // "26 cents": hundredths of the currency (dollars unless named).
    let cents = suffix.trim_start().starts_with("cent") && caps.get(2).is_none();
    Some(Amount {
        value: if cents {
            number / 100.0
        } else {
            number * scale
        },
        currency,
    })
}

/// Text before the second amount of a "between … and …" range.
static RANGE_SECOND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bbetween\s+\S{1,16}(?:\s+(?:trillion|billion|million|thousand|bn|m|dollars|euros|pounds))?\s+and\s*$")
        .unwrap_or_else(|_| Regex::new("$^").unwrap_or_else(|_| unreachable!()))
});

/// Qualifiers that may stand before an amount, lower case.
const QUALIFIERS: &[&str] = &[
    "up to",
    "more than",
    "less than",
    "at least",
    "as much as",
    "as little as",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "between",
    "an estimated",
    "an additional",
    "a further",
    "at most",
    "close to",
    "upwards of",
];

/// The qualifier written right before an amount ("up to"), from the text that
/// precedes the mention.
pub fn qualifier_before(preceding: &str) -> Option<&'static str> {
    // The second amount of "between $10 billion and $20 billion" shares the
    // qualifier of the first.
    // The pattern is anchored at the end and spans a few words: search only
    // the last stretch, not everything since the start of the article.
    let mut from = preceding.len().saturating_sub(96);
    while !preceding.is_char_boundary(from) {
        from += 1;
    }
    if RANGE_SECOND.is_match(&preceding[from..]) {
        return Some("between");
    }
    let tail: String = preceding
        .trim_end()
        .chars()
        .rev()
        .take(24)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let tail = tail.to_lowercase();
    QUALIFIERS.iter().copied().find(|q| {
        tail.ends_with(q) && {
            let before = &tail[..tail.len() - q.len()];
            before.is_empty() || before.ends_with(|c: char| !c.is_alphanumeric())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        let cases: &[(&str, f64, &str)] = &[
            ("$1 billion", 1e9, "USD"),
            ("$500 billion", 5e11, "USD"),
            ("$1bn", 1e9, "USD"),
            ("$1.5B", 1.5e9, "USD"),
            ("US$10 billion", 1e10, "USD"),
            ("$500-million", 5e8, "USD"),
            ("1 billion dollars", 1e9, "USD"),
            ("€2m", 2e6, "EUR"),
            ("£3.4 billion", 3.4e9, "GBP"),
            ("¥300 million", 3e8, "JPY"),
            ("Rs 16,189 crore", 16_189.0 * 1e7, "INR"),
            ("5 million euros", 5e6, "EUR"),
            ("C$20", 20.0, "CAD"),
            ("USD$23 billion", 2.3e10, "USD"),
            ("AU$52.5 million", 5.25e7, "AUD"),
            ("$249 USD", 249.0, "USD"),
            ("four billion dollars", 4e9, "USD"),
            ("twenty-five million euros", 2.5e7, "EUR"),
            ("26 cents", 0.26, "USD"),
            ("fifteen cents", 0.15, "USD"),
            ("€5 млн", 5.0, "EUR"),
            ("£3.4bn", 3.4e9, "GBP"),
            ("Rs. 500 crore", 5e9, "INR"),
        ];
        for (text, value, currency) in cases {
            let a = parse_amount(text).unwrap_or_else(|| panic!("{text}"));
            assert!(
                (a.value - value).abs() < 1e-3 * value,
                "{text}: {}",
                a.value
            );
            assert_eq!(a.currency, *currency, "{text}");
        }
    }

    #[test]
    fn qualifiers() {
        assert_eq!(qualifier_before("a goal to invest up to "), Some("up to"));
        assert_eq!(qualifier_before("raised more than "), Some("more than"));
        assert_eq!(qualifier_before("Moreover "), None);
        assert_eq!(qualifier_before("it poured "), None);
        let cases: &[(&str, Option<&str>)] = &[
            ("willing to contribute between ", Some("between")),
            ("between $10 billion and ", Some("between")),
            ("zwischen Zürich und between €2m and ", Some("between")),
            ("paid about ", Some("about")),
            ("$10 billion and ", None),
            ("up from ", None),
        ];
        for (text, want) in cases {
            assert_eq!(qualifier_before(text), *want, "{text}");
        }
        assert_eq!(parse_amount("billions of dollars"), None);
    }
}
