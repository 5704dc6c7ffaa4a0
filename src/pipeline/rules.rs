//! Rule-based mentions: MONEY, PERCENT, DATE, TITLE, and nominal references
//! ("the startup", "this joint venture") that the resolver links to names.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{EntityKind, Span};

/// A mention found by a rule, before overlaps are settled.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleMatch {
    /// Where.
    pub span: Span,
    /// What.
    pub kind: EntityKind,
    /// For nominal references: the head noun ("startup", "venture").
    pub head: Option<String>,
}

fn compile(pattern: &str) -> Regex {
    // Patterns are constants checked by the unit tests below; an invalid one
    // would match nothing rather than bring the app down.
    Regex::new(pattern)
        .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
}

/// Currency marker before an amount.
pub(crate) const CURRENCY_PREFIX: &str = r"(?:US\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|HK\$|S\$|NZ\$|R\$|\$|€|£|¥|₹|₩|₽|CHF\s?|Rs\.?\s?|INR\s?|USD\s?|EUR\s?|GBP\s?|JPY\s?|CNY\s?|RMB\s?|SEK\s?|NOK\s?|DKK\s?)";
/// A number as news writes it.
pub(crate) const NUMBER: &str = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";
/// Scale words and abbreviations after a number.
pub(crate) const SCALE: &str =
    r"(?:trillion|billion|million|thousand|crore|lakh|tn|bn|mn|mln|b|m|k)";
/// Currency words after an amount.
pub(crate) const CURRENCY_WORD: &str = r"(?:(?:US |U\.S\. |Canadian |Australian |Hong Kong |Singapore )?dollars?|euros?|pounds?(?: sterling)?|yen|yuan|renminbi|rupees?|francs?|won|roubles?|rubles?|kronor|kroner)";

static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?x)
        (?:{CURRENCY_PREFIX}{NUMBER}(?:(?:\s|-)?(?i:{SCALE})\b)?(?:\s{CURRENCY_WORD}\b)?
        |\b{NUMBER}(?:\s|-)?(?:{SCALE}\s)?{CURRENCY_WORD}\b
        |\b{NUMBER}\s?(?:{SCALE}\s)?(?:USD|EUR|GBP|JPY|CHF|CNY)\b)"
    ))
});

static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b{NUMBER}(?:\s?%|\s?(?:per\s?cent|percent|percentage points?)\b)"
    ))
});

static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?x)
        \b(?:CEO|CFO|COO|CTO|CIO|CMO|CSO
        |(?i:co-?founder|founder
           |chief\s(?:executive|financial|operating|technology|technical|marketing|information|scientific|product|investment|strategy|commercial|legal|people)(?:\sofficer)?
           |executive\s(?:chairman|chairwoman|director|vice\spresident)
           |(?:senior\s|executive\s)?vice\spresident|vice[-\s]chair(?:man|woman)?
           |chairman|chairwoman|chairperson
           |managing\sdirector|general\smanager|general\scounsel
           |spokes(?:man|woman|person)
           |prime\sminister|(?:finance|foreign|defen[cs]e|trade|economy|energy)\sminister|minister
           |(?:treasury|commerce|state)\ssecretary|secretary\sof\s(?:state|the\streasury|commerce)
           |senator|congressman|congresswoman|governor|mayor|chancellor)
        |President|Chair)\b",
    )
});

/// Head nouns of descriptions that stand for a named organisation.
pub(crate) const NOMINAL_HEADS: &str = r"startup|start-up|company|firm|group|giant|conglomerate|venture|joint venture|project|initiative|consortium|alliance|carmaker|automaker|chipmaker|bank|lender|retailer|insurer|airline|maker|developer|manufacturer|regulator|agency|outfit|corporation";

static NOMINAL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s(?:(?:[a-z][a-z-]+|[A-Z]{{2,5}})\s){{0,2}}?({NOMINAL_HEADS})\b"
    ))
});

const MONTHS: &str = r"January|February|March|April|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.";

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?x)
        \b(?:(?:{MONTHS}|May)\s\d{{1,2}}(?:st|nd|rd|th)?,?\s(?:19|20)\d{{2}}
        |\d{{1,2}}\s(?:{MONTHS}|May),?\s(?:19|20)\d{{2}}
        |(?:{MONTHS}|May)\s(?:19|20)\d{{2}}
        |(?:{MONTHS}|May)\s\d{{1,2}}(?:st|nd|rd|th)?\b
        |(?:early|mid|late)[-\s](?:{MONTHS}|May|(?:19|20)\d{{2}})
        |(?:{MONTHS})
        |(?:in|since|until|by|last|next|early|late|this)\sMay\b
        |(?:19|20)\d{{2}}-[01]\d-[0-3]\d
        |(?:the\s)?(?:19|20)\d0s
        |(?:[Ff]iscal\s|FY\s?)?(?:19|20)\d{{2}}
        |(?:Q[1-4]|(?:the\s)?(?:first|second|third|fourth)\squarter)(?:\sof)?\s(?:19|20)\d{{2}}
        |(?:last|next|this|earlier\sthis|later\sthis)\s(?:week|month|year|quarter|decade|spring|summer|autumn|fall|winter)
        |(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
        |(?:yesterday|today|tomorrow|tonight)
        |(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a\shundred)[-\s](?:years?|months?|weeks?|days?|decades?)(?:-long)?(?:\s(?:ago|earlier|later))?
        )\b"
    ))
});

/// Runs every rule over `text` (in `[from, to)`), returning sorted matches,
/// possibly overlapping across kinds.
pub fn find(text: &str) -> Vec<RuleMatch> {
    let mut out = Vec::new();
    let mut push = |re: &Regex, kind: EntityKind| {
        for m in re.find_iter(text) {
            out.push(RuleMatch {
                span: Span::new(m.start(), m.end()),
                kind,
                head: None,
            });
        }
    };
    push(&MONEY, EntityKind::Money);
    push(&PERCENT, EntityKind::Percent);
    push(&DATE, EntityKind::Date);
    push(&TITLE, EntityKind::Title);
    for c in NOMINAL.captures_iter(text) {
        if let (Some(all), Some(head)) = (c.get(0), c.get(1)) {
            // "the company’s" keeps its possessive outside the span.
            out.push(RuleMatch {
                span: Span::new(all.start(), all.end()),
                kind: EntityKind::Org,
                head: Some(head.as_str().to_lowercase()),
            });
        }
    }
    out.retain(|m| is_plausible(text, m));
    out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    out
}

/// Words that cannot modify the head of a nominal reference.
const FUNCTION_WORDS: &[&str] = &[
    "of", "and", "or", "to", "in", "for", "with", "that", "which", "who", "is", "was", "are",
    "were", "as", "at", "on", "by", "from", "its", "their", "his", "her", "new", "same", "other",
    "two", "three", "both", "entire", "whole",
];

/// Filters matches that a regex alone cannot rule out.
fn is_plausible(text: &str, m: &RuleMatch) -> bool {
    let s = m.span.slice(text);
    let before = &text[..m.span.start];
    let after = &text[m.span.end..];
    match m.kind {
        EntityKind::Date => {
            // A bare year glued to other digits or used as an amount is no date.
            let bare_year = s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
            !(bare_year
                && (before.ends_with(['$', '€', '£', '.', ',', '#'])
                    || after.starts_with(['%', ','])
                        && after.as_bytes().get(1).is_some_and(u8::is_ascii_digit)
                    || after.trim_start().starts_with(['%'])))
        }
        EntityKind::Org => {
            // Nominals: modifiers between determiner and head are adjectives or
            // acronyms ("the AI startup"), never function words ("the future of …").
            let words: Vec<&str> = s.split_whitespace().collect();
            let inner = &words[1..words.len().saturating_sub(1)];
            !inner
                .iter()
                .any(|w| FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
        }
        EntityKind::Title => {
            // "President" / "Chair" capitalised only as a title, not at sentence start before a verb.
            !(s == "Chair" && !after.trim_start().starts_with(|c: char| c.is_uppercase()))
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str, kind: EntityKind) -> Vec<&str> {
        find(text)
            .into_iter()
            .filter(|m| m.kind == kind)
            .map(|m| m.span.slice(text))
            .collect()
    }

    #[test]
    fn money_in_news_style() {
        let cases: &[(&str, &[&str])] = &[
            ("it poured $1 billion into", &["$1 billion"]),
            ("up to $500 billion in", &["$500 billion"]),
            (
                "$1bn and $1.5B and US$10 billion",
                &["$1bn", "$1.5B", "US$10 billion"],
            ),
            ("a $500-million deal", &["$500-million"]),
            (
                "1 billion dollars, €2m, £3.4 billion",
                &["1 billion dollars", "€2m", "£3.4 billion"],
            ),
            (
                "Rs 16,189 crore and ¥300 million",
                &["Rs 16,189 crore", "¥300 million"],
            ),
            ("5 million euros", &["5 million euros"]),
        ];
        for (text, want) in cases {
            assert_eq!(&kinds(text, EntityKind::Money), want, "{text}");
        }
    }

    #[test]
    fn dates_and_durations() {
        let text = "Back in 2019, in July and on March 3, 2021, over four years; sales rose 5% to 2,019 units last week.";
        assert_eq!(
            kinds(text, EntityKind::Date),
            vec!["2019", "July", "March 3, 2021", "four years", "last week"]
        );
        assert_eq!(kinds(text, EntityKind::Percent), vec!["5%"]);
        assert!(kinds("cost $2019 in total", EntityKind::Date).is_empty());
    }

    #[test]
    fn titles_and_nominals() {
        let text = "Microsoft CEO Satya Nadella and Oracle’s Chairman Larry Ellison met the AI startup and this joint venture.";
        assert_eq!(kinds(text, EntityKind::Title), vec!["CEO", "Chairman"]);
        assert_eq!(
            kinds(text, EntityKind::Org),
            vec!["the AI startup", "this joint venture"]
        );
        assert_eq!(
            kinds("Sam Altman, chief executive of OpenAI", EntityKind::Title),
            vec!["chief executive"]
        );
    }
}
