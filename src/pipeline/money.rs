//! Parses money mentions to value, ISO 4217 currency and qualifier.
//!
//! Takes the text of a MONEY mention (and the text before it); gives its
//! [`Amount`] and qualifier. Part of the figures stage.

use regex::Regex;

use crate::lang::{MoneyWords, lowercase};
use crate::model::{EntityKind, Mention, MoneyFact};

use super::home_dollars::HomePlaces;
use super::segment::Segmentation;

/// A parsed amount.
#[derive(Clone, Debug, PartialEq)]
pub struct Amount<'w> {
    /// Value in units of `currency`.
    pub value: f64,
    /// ISO 4217 code.
    pub currency: &'w str,
}

/// The money parser: the language's money words and the patterns built
/// from them, compiled once.
#[derive(Debug, Clone)]
pub struct Money {
    words: MoneyWords,
    parts: Regex,
    range_second: Regex,
    /// Which dollar country's page a text is.
    pub home: HomePlaces,
}

impl Money {
    /// Compiles the patterns of the language's money words.
    pub fn new(words: &MoneyWords) -> Result<Self, regex::Error> {
        Ok(Self {
            // No lazy DFA (a cache too small to build one): the regex
            // crate then reads a mention's few bytes with its bounded
            // backtracker, the same groups, where the lazy DFA built new
            // states for each new mention before its captures were read
            // (3.9 M instructions for 197 amounts of the 64 dev texts).
            parts: regex::RegexBuilder::new(&words.parts)
                .dfa_size_limit(0)
                .build()?,
            range_second: Regex::new(&words.range_second)?,
            home: HomePlaces::new(&words.home_places),
            words: words.clone(),
        })
    }

    /// Parses "$1 billion", "€2m", "Rs 16,189 crore", "1 billion dollars",
    /// "four billion dollars", "26 cents". Vague amounts ("billions of
    /// dollars") give `None`.
    pub fn parse_amount(&self, text: &str) -> Option<Amount<'_>> {
        parse_amount(&self.words, &self.parts, text).map(|(a, _, _)| a)
    }

    /// Each MONEY mention's amount, by mention (`None` for other kinds and
    /// vague amounts), with whether its text names its currency. An
    /// amount that names no currency ("35 million each" after "lending K
    /// 80 million crowns") is in the currency of the amount before it in
    /// its sentence, or else of the one after it ("to 46 billion from 50
    /// billion rupiah"); one with no scale either ("15 million markka from
    /// 39") has the scale of the amount before it too.
    pub fn parse_mentions(
        &self,
        text: &str,
        seg: &Segmentation,
        mentions: &[Mention],
    ) -> Vec<Option<(Amount<'_>, bool)>> {
        let mut out: Vec<Option<(Amount<'_>, bool, f64, usize)>> = mentions
            .iter()
            .map(|m| {
                if m.kind != EntityKind::Money {
                    return None;
                }
                let (a, named, scale) = parse_amount(&self.words, &self.parts, m.span.slice(text))?;
                Some((a, named, scale, seg.sentence_index(m.span.start)))
            })
            .collect();
        // Each unnamed amount takes the currency (and, scale-less, the
        // scale) of the amount before it in its sentence; one first in its
        // sentence, that of the first named amount after it there.
        let mut before: Option<(usize, &str, f64)> = None;
        let mut first = vec![false; out.len()];
        for (k, x) in out.iter_mut().enumerate() {
            let Some((a, named, scale, s)) = x else {
                continue;
            };
            match before {
                Some((t, currency, factor)) if !*named && t == *s => {
                    a.currency = currency;
                    if *scale == 1.0 && factor > 1.0 {
                        a.value *= factor;
                    }
                }
                _ => {
                    first[k] = !*named;
                    before = Some((*s, a.currency, *scale));
                }
            }
        }
        let mut after: Option<(usize, &str)> = None;
        for (k, x) in out.iter_mut().enumerate().rev() {
            let Some((a, named, _, s)) = x else {
                continue;
            };
            if *named {
                after = Some((*s, a.currency));
            } else if let Some((t, currency)) = after
                && t == *s
                && first[k]
            {
                a.currency = currency;
            }
        }
        out.into_iter()
            .map(|x| x.map(|(a, named, _, _)| (a, named)))
            .collect()
    }

    /// The qualifier written right before an amount ("up to"), from the
    /// text that precedes the mention.
    pub fn qualifier_before(&self, preceding: &str) -> Option<&str> {
        qualifier_before(&self.words, &self.range_second, preceding)
    }
}

/// Gives each figure whose amount names no currency ("35 million") the
/// currency of the figure before it in its sentence, or, first of its
/// sentence, of the first figure after it there that names one ("to 46
/// billion from 50 billion rupiah"), once the article's currency words are
/// localised ("crowns" → DKK). `parsed`: by mention, the amount and whether
/// its text names its currency, as [`Money::parse_mentions`] read them (a
/// text not read names one), so that no amount is parsed again.
pub fn inherit_currency(
    seg: &Segmentation,
    mentions: &[Mention],
    parsed: &[Option<(Amount<'_>, bool)>],
    facts: &mut [MoneyFact],
) {
    let place = |f: &MoneyFact| {
        let m = mentions.get(f.mention)?;
        let named = parsed
            .get(f.mention)
            .and_then(Option::as_ref)
            .is_none_or(|a| a.1);
        Some((seg.sentence_index(m.span.start), named))
    };
    let mut before: Option<(usize, String)> = None;
    let mut first = vec![false; facts.len()];
    for (k, f) in facts.iter_mut().enumerate() {
        let Some((s, named)) = place(f) else {
            continue;
        };
        match &before {
            Some((t, currency)) if !named && *t == s => currency.clone_into(&mut f.currency),
            _ => {
                first[k] = !named;
                before = Some((s, f.currency.clone()));
            }
        }
    }
    let mut after: Option<(usize, String)> = None;
    for (k, f) in facts.iter_mut().enumerate().rev() {
        let Some((s, named)) = place(f) else {
            continue;
        };
        if named {
            after = Some((s, f.currency.clone()));
        } else if let Some((t, currency)) = &after
            && *t == s
            && first[k]
        {
            currency.clone_into(&mut f.currency);
        }
    }
}

/// Gives each figure read in a redenominated currency the code it had
/// before when its text was published (or, undated, its figure dated)
/// before the new one began: lei in a 1996 report are ROL, not RON.
/// `table`: today's code, the code before, the year the new one began.
pub fn redenominate(
    table: &[(String, String, i32)],
    published: Option<i32>,
    facts: &mut [MoneyFact],
) {
    for f in facts {
        let Some(year) = published.or(f.year) else {
            continue;
        };
        if let Some((_, old, _)) = table
            .iter()
            .find(|(new, _, since)| *new == f.currency && year < *since)
        {
            old.clone_into(&mut f.currency);
        }
    }
}

/// "four billion dollars" → "4 billion dollars": number words as digits.
fn digits_for_words(words: &MoneyWords, lower: &str) -> String {
    let word_value = |w: &str| {
        words
            .units
            .iter()
            .position(|u| u == w)
            .or_else(|| words.tens.iter().position(|t| t == w).map(|i| 20 + 10 * i))
    };
    let mut out: Vec<String> = Vec::new();
    let mut pending: Option<usize> = None;
    // "25- million-zloty": no empty word between two marks.
    for w in lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
    {
        match (word_value(w), pending) {
            (Some(v), Some(p)) if p >= 20 && p % 10 == 0 && v < 10 => pending = Some(p + v),
            (Some(v), None) => pending = Some(v),
            _ => {
                if let Some(p) = pending.take() {
                    out.push(p.to_string());
                }
                if words.hundred.contains(w)
                    && out.last().is_some_and(|l| words.article_one.contains(l))
                {
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

/// The amount of `text`, and whether the text names its currency.
fn parse_amount<'w>(
    words: &'w MoneyWords,
    parts: &Regex,
    text: &str,
) -> Option<(Amount<'w>, bool, f64)> {
    let lower = digits_for_words(words, &lowercase(text));
    let caps = parts.captures(&lower)?;
    let number: f64 = caps.get(1)?.as_str().replace(',', "").parse().ok()?;
    let scale = caps
        .get(2)
        .and_then(|m| words.scales.iter().find(|(w, _)| w == m.as_str()))
        .map_or(1.0, |&(_, f)| f);
    let prefix = &lower[..caps.get(1)?.start()];
    let suffix = &lower[caps.get(0)?.end()..];
    let p = prefix.trim().trim_end_matches('.');
    let currency = words
        .currencies
        .iter()
        .find(|(marker, _)| {
            p == *marker
                || (marker.len() > 1
                    && p.starts_with(marker)
                    && !marker.starts_with(char::is_alphabetic))
        })
        // "Sh2.9 billion": a local marker glued on, for its currency word.
        .or_else(|| {
            let word = words.glued_word(p)?;
            words.currencies.iter().find(|(marker, _)| marker == word)
        })
        .or_else(|| {
            let word = suffix.trim_start();
            words.currencies.iter().find(|(marker, _)| {
                marker.starts_with(char::is_alphabetic) && starts_word(word, marker)
            })
        })
        .map_or(words.default_currency.as_str(), |(_, code)| code.as_str());
    // "35 million": nothing but the number and its scale.
    let named = !(p.is_empty() && suffix.trim().is_empty());
    // "26 cents": hundredths of the currency (dollars unless named).
    let word = suffix.trim_start();
    let cents = words.cents.iter().any(|c| starts_word(word, c)) && caps.get(2).is_none();
    let amount = Amount {
        value: if cents {
            number / 100.0
        } else {
            number * scale
        },
        currency,
    };
    Some((amount, named, if cents { 1.0 } else { scale }))
}

/// True when `word` is written with `marker`: begins with it ("zlotys" with
/// "zlot"), or is it when it is one letter ("312p" with "p", never "pesos").
fn starts_word(word: &str, marker: &str) -> bool {
    word.starts_with(marker) && (marker.chars().count() > 1 || word.len() == marker.len())
}

/// The qualifier written right before an amount ("up to"), from the text that
/// precedes the mention.
fn qualifier_before<'w>(
    words: &'w MoneyWords,
    range_second: &Regex,
    preceding: &str,
) -> Option<&'w str> {
    // The second amount of "between $10 billion and $20 billion" shares the
    // qualifier of the first.
    // The pattern is anchored at the end and spans a few words: search only
    // the last stretch, not everything since the start of the article.
    let mut from = preceding.len().saturating_sub(96);
    while !preceding.is_char_boundary(from) {
        from += 1;
    }
    if range_second.is_match(&preceding[from..]) {
        return Some(words.range.as_str());
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
    let tail = lowercase(&tail);
    words.qualifiers.iter().find(|q| {
        tail.ends_with(q) && {
            let before = &tail[..tail.len() - q.len()];
            before.is_empty() || before.ends_with(|c: char| !c.is_alphanumeric())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money() -> Money {
        let lang = crate::lang::Language::english().expect("English loads");
        Money::new(&lang.money).expect("patterns compile")
    }

    fn parse_amount(text: &str) -> Option<Amount<'static>> {
        let m = Box::leak(Box::new(money()));
        m.parse_amount(text)
    }

    fn qualifier_before(text: &str) -> Option<&'static str> {
        let m = Box::leak(Box::new(money()));
        m.qualifier_before(text)
    }

    /// Without its lazy DFA the parts pattern reads the groups the regex
    /// crate's default engines read.
    #[test]
    fn the_parts_read_as_the_default_engines_read_them() {
        let lang = crate::lang::Language::english().expect("English loads");
        let whole = Regex::new(&lang.money.parts).expect("pattern compiles");
        let m = money();
        let groups = |c: regex::Captures<'_>| -> Vec<Option<(usize, usize)>> {
            c.iter().map(|g| g.map(|g| (g.start(), g.end()))).collect()
        };
        let mut found = 0;
        for text in [
            "$1 billion",
            "€2m",
            "rs 16,189 crore",
            "us$4.5-billion",
            "£300 to 400 million",
            "¥12,000.50 mln",
            "26 cents",
            "sgd1.75bn",
            "12–15 billion kronor",
            "five billion dollars",
            "zł 7 млн",
            "1,2345 million",
            "",
        ] {
            let want = whole.captures(text).map(groups);
            assert_eq!(m.parts.captures(text).map(groups), want, "{text}");
            found += usize::from(want.is_some());
        }
        assert!(found >= 10, "{found}");
    }

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
            ("US $19", 19.0, "USD"),
            ("AU$52.5 million", 5.25e7, "AUD"),
            ("$249 USD", 249.0, "USD"),
            ("four billion dollars", 4e9, "USD"),
            ("twenty-five million euros", 2.5e7, "EUR"),
            ("26 cents", 0.26, "USD"),
            ("fifteen cents", 0.15, "USD"),
            ("412 pence", 4.12, "GBP"),
            ("€5 млн", 5.0, "EUR"),
            ("£3.4bn", 3.4e9, "GBP"),
            ("Rs. 500 crore", 5e9, "INR"),
            ("SGD1.75-billion", 1.75e9, "SGD"),
            ("AUD 40m", 4e7, "AUD"),
            ("one penny", 0.01, "USD"),
            ("US$300 to 350 million", 3e8, "USD"),
            ("€1.2-1.5 billion", 1.2e9, "EUR"),
            ("3 pennies", 0.03, "USD"),
            ("2.4 billion Swedish crowns", 2.4e9, "SEK"),
            ("450 million Danish crowns", 4.5e8, "DKK"),
            ("70 million crowns", 7e7, "SEK"),
            ("1.9 billion Swedish kronor", 1.9e9, "SEK"),
            ("800 million Danish kroner", 8e8, "DKK"),
            // The world's currencies by name, code, sign and minor unit.
            ("84.60 Swiss francs", 84.6, "CHF"),
            ("4 million Swiss francs", 4e6, "CHF"),
            ("142.10 rand", 142.1, "ZAR"),
            ("61.30 zlotys", 61.3, "PLN"),
            ("2.2 billion zloty", 2.2e9, "PLN"),
            ("312p", 3.12, "GBP"),
            ("4.5p", 0.045, "GBP"),
            ("9.5 billion Turkish lira", 9.5e9, "TRY"),
            ("ZAR 3bn", 3e9, "ZAR"),
            ("₺120", 120.0, "TRY"),
            ("NT$5 billion", 5e9, "TWD"),
            ("RM1.2 billion", 1.2e9, "MYR"),
            ("3 million pesos", 3e6, "MXN"),
            ("40 Chilean pesos", 40.0, "CLP"),
            ("80 kopecks", 0.8, "RUB"),
            ("12 billion forints", 1.2e10, "HUF"),
            ("500 million Brazilian reais", 5e8, "BRL"),
            // Currencies before the euro, and the older wires' marks.
            ("37 million French francs", 3.7e7, "FRF"),
            ("4.2 billion Belgian francs", 4.2e9, "BEF"),
            ("2,555 lire", 2555.0, "ITL"),
            ("1.5 billion marks", 1.5e9, "DEM"),
            ("300 million Deutsche marks", 3e8, "DEM"),
            ("12 million guilders", 1.2e7, "NLG"),
            ("5 billion pesetas", 5e9, "ESP"),
            ("1.2 bln SKR", 1.2e9, "SEK"),
            ("DM 40 million", 4e7, "DEM"),
            ("133.7 million taka", 1.337e8, "BDT"),
            ("20 million Yugoslav dinars", 2e7, "YUM"),
            // Wire copy: pre-euro currencies, abbreviations, a sign apart
            // from its number, amounts hyphened before a noun.
            ("72 million marks", 7.2e7, "DEM"),
            ("21.8 million French francs", 2.18e7, "FRF"),
            ("61.45 billion pesetas", 6.145e10, "ESP"),
            ("84.5 million schillings", 8.45e7, "ATS"),
            ("110 million guilder", 1.1e8, "NLG"),
            ("215 stg", 215.0, "GBP"),
            ("45.5 mln dlrs", 4.55e7, "USD"),
            ("1 dlr", 1.0, "USD"),
            ("1.2 billion Dlrs", 1.2e9, "USD"),
            ("52 MLN DLRS", 5.2e7, "USD"),
            ("$900 mln", 9e8, "USD"),
            ("NZ$ 524 million", 5.24e8, "NZD"),
            ("A$ 3.75", 3.75, "AUD"),
            ("25-million-zloty", 2.5e7, "PLN"),
            ("25- million-zloty", 2.5e7, "PLN"),
            ("50-cent", 0.5, "USD"),
            // Local markers glued on, as the countries' own press writes them.
            ("Sh2.9 billion", 2.9e9, "KES"),
            ("KSh 300 million", 3e8, "KES"),
            ("Tsh 40 billion", 4e10, "TZS"),
            ("Dh3.84", 3.84, "AED"),
            ("N150 billion", 1.5e11, "NGN"),
            ("R2.1bn", 2.1e9, "ZAR"),
            ("UGX 5bn", 5e9, "UGX"),
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
    fn a_redenominated_currency_has_its_old_code_before_the_change() {
        let lang = crate::lang::Language::english().expect("English loads");
        let fact = |currency: &str, year: Option<i32>| MoneyFact {
            mention: 0,
            value: 1e9,
            currency: currency.to_owned(),
            qualifier: None,
            year,
            investor: None,
            recipient: None,
            relation: None,
            repeats: Vec::new(),
            per: None,
        };
        let mut facts = vec![
            fact("RON", None),
            fact("RON", Some(2010)),
            fact("USD", None),
        ];
        redenominate(&lang.money.redenominations, Some(1996), &mut facts);
        let got: Vec<&str> = facts.iter().map(|f| f.currency.as_str()).collect();
        assert_eq!(got, vec!["ROL", "ROL", "USD"]);
        // Undated text: the figure's own year decides.
        let mut facts = vec![
            fact("TRY", Some(1999)),
            fact("TRY", Some(2010)),
            fact("RON", None),
        ];
        redenominate(&lang.money.redenominations, None, &mut facts);
        let got: Vec<&str> = facts.iter().map(|f| f.currency.as_str()).collect();
        assert_eq!(got, vec!["TRL", "TRY", "RON"]);
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

    #[test]
    fn a_bare_amount_has_the_currency_of_the_one_before_it_in_its_sentence() {
        let a = crate::pipeline::tests::analysis(
            "Ostby Bank is lending Valdessa Candles 80 million Danish crowns, Kolby Bank and \
             Tarnby Sparbank 35 million each. Valdessa Candles has 20 million in cash.",
        );
        let got: Vec<(&str, &str)> = a
            .money
            .iter()
            .map(|f| (a.mention_text(f.mention), f.currency.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![("80 million Danish crowns", "DKK"), ("35 million", "DKK")]
        );
    }

    #[test]
    fn a_bare_amount_first_in_its_sentence_has_the_currency_after_it() {
        let a = crate::pipeline::tests::analysis(
            "Torvane cut its 1996 profit target to 46 billion from 50 billion rupiah. \
             Its profit fell to 15 million markka from 39 in the first half of 1995.",
        );
        let got: Vec<(&str, &str, f64)> = a
            .money
            .iter()
            .map(|f| (a.mention_text(f.mention), f.currency.as_str(), f.value))
            .collect();
        assert_eq!(
            got,
            vec![
                ("46 billion", "IDR", 46e9),
                ("50 billion rupiah", "IDR", 50e9),
                ("15 million markka", "FIM", 15e6),
                ("39", "FIM", 39e6),
            ]
        );
    }
}
