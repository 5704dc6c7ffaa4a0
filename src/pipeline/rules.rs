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
    // Word boundaries are ASCII ones: a Unicode `\b` keeps the fast DFA
    // engines off any text with a curly quote or a dash in it (all news), and
    // the slow one made a 1 MB article take seconds. The patterns are English
    // words and digits, so only a letter outside ASCII glued to a match reads
    // differently.
    let pattern = pattern.replace(r"\b", r"(?-u:\b)");
    // Patterns are constants checked by the unit tests below; an invalid one
    // would match nothing rather than bring the app down.
    Regex::new(&pattern)
        .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
}

/// Currency marker before an amount.
pub(crate) const CURRENCY_PREFIX: &str = r"(?:USD\$|US\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|HK\$|S\$|NZ\$|R\$|\$|€|£|¥|₹|₩|₽|CHF\s?|Rs\.?\s?|INR\s?|USD\s?|EUR\s?|GBP\s?|JPY\s?|CNY\s?|RMB\s?|SEK\s?|NOK\s?|DKK\s?)";
/// Number words 0–19, by value (shared by money and duration parsing).
pub(crate) const NUMBER_UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// Tens 20–90, by value / 10 − 2.
pub(crate) const NUMBER_TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// A number as news writes it.
pub(crate) const NUMBER: &str = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";
/// Scale words and abbreviations after a number.
pub(crate) const SCALE: &str =
    r"(?:trillion|billion|million|thousand|crore|lakh|tn|bn|mn|mln|b|m|k)";
/// Currency words after an amount.
pub(crate) const CURRENCY_WORD: &str = r"(?:(?:US\s|U\.S\.\s|Canadian\s|Australian\s|Hong\sKong\s|Singapore\s)?dollars?|euros?|pounds?(?:\ssterling)?|yen|yuan|renminbi|rupees?|francs?|won|roubles?|rubles?|kronor|kroner)";
/// Numbers written as words ("six", "twenty-five", "fifteen").
pub(crate) const NUMBER_WORD: &str = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\shundred)";

static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    let alternatives = [
        // "$1 billion", "US$10 billion", "€2m", "$249 USD", "$9.99 US dollars".
        format!(
            r"{CURRENCY_PREFIX}{NUMBER}(?:(?:\s|-)?(?i:{SCALE})\b)?(?:\s{CURRENCY_WORD}\b|\sUSD\b)?"
        ),
        // "1 billion dollars", "5 million euros".
        format!(r"\b{NUMBER}(?:\s|-)?(?:(?i:{SCALE})\s)?{CURRENCY_WORD}\b"),
        // "20 million USD".
        format!(r"\b{NUMBER}\s?(?:(?i:{SCALE})\s)?(?:USD|EUR|GBP|JPY|CHF|CNY)\b"),
        // "four billion dollars", "fifteen cents", "26 cents".
        format!(
            r"\b(?i:{NUMBER_WORD})\s(?:(?i:trillion|billion|million|thousand)\s)?(?i:{CURRENCY_WORD}|cents?)\b"
        ),
        format!(r"\b{NUMBER}\s?cents?\b"),
        // "billions of dollars", "tens of millions of euros".
        format!(
            r"\b(?i:(?:hundreds\sof\s|tens\sof\s)?(?:trillions|billions|millions))\sof\s{CURRENCY_WORD}\b"
        ),
    ];
    compile(&alternatives.join("|"))
});

static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(?:{NUMBER}(?:\s?(?:-|–|to)\s?{NUMBER})?|(?i:{NUMBER_WORD}|half\sa))(?:\s?%|\s?(?i:per\s?cent|percent|percentage\spoints?)\b)"
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

const WEEKDAYS: &str = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/// Number words and numerals that count time units.
const COUNT: &str = r"\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\shundred|a\sdozen|a\scouple\sof|a\sfew|few|several|a|an|many|some";
const UNIT: &str =
    r"seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies)";
const SEASON: &str = r"spring|summer|autumn|fall|winter";
const YEAR: &str = r"(?:1[5-9]|20)\d{2}";
/// Modifiers that TimeML keeps inside a time expression.
const MODIFIER: &str = r"(?:(?i:about|around|nearly|almost|approximately|roughly|more\sthan|less\sthan|at\sleast|a\smere)\s)?";

/// Date, time and duration expressions, in the order of preference when two
/// of them overlap (the longest wins; see [`find`]).
static DATES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let m = format!("(?:{MONTHS}|May)");
    let part = r"(?:early|mid|late|the\s(?:end|beginning|start|middle|turn)\sof)[-\s]";
    [
        // Calendar dates: "Friday, March 22, 2013", "22 March 2013", "March 2013", "May 2010".
        format!(
            r"(?i:{part})?\b(?:(?:{WEEKDAYS}),?\s)?(?:{m}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s{YEAR})?|\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{m}(?:,?\s{YEAR})?|{m},?\s{YEAR})\b"
        ),
        format!(r"\b{YEAR}-[01]\d-[0-3]\d\b"),
        format!(r"\b[01]?\d/[0-3]?\d/{YEAR}\b"),
        // Months, alone or placed: "July", "early December", "late last July".
        format!(r"(?i:{part})?\b(?:(?i:last|next|this|past)\s)?(?:{MONTHS})(?-i:\b)"),
        format!(r"(?i:{part})?\b(?i:last|next|early|late|this|mid)[-\s]May\b"),
        // Years, decades, centuries, fiscal years.
        format!(r"(?i:{part})?\b(?:(?i:fiscal\s|FY\s?))?{YEAR}\b"),
        format!(r"\b(?i:the\s)?(?:{YEAR}s|'\d0s)(?-i:\b|$)"),
        r"\b\d{1,2}(?:st|nd|rd|th)[-\s][Cc]entur(?:y|ies)\b".to_owned(),
        // Quarters and halves.
        format!(
            r"\b(?:Q[1-4]|H[12]|(?i:the\s)?(?i:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s(?i:quarter|half))(?:(?:\sof)?\s{YEAR}|\b)"
        ),
        // Seasons: "last summer", "spring 2012", "the summer of 2012".
        format!(
            r"\b(?:(?i:(?:early|late|mid)[-\s])?(?i:last|next|this|past|the\scoming)\s(?i:{SEASON})(?:\s(?:of\s)?{YEAR})?|(?i:the\s)?(?i:{SEASON})\s(?:of\s)?{YEAR})\b"
        ),
        // Relative dates: "last week", "the past year", "earlier this month", "this fiscal year".
        format!(
            r"(?i:{part}|earlier\s|later\s|(?:the\s)?(?:end|beginning|start|middle)\sof\s)?\b(?i:the\s)?(?i:last|next|this|past|previous|coming|following|current|same)\s(?i:fiscal\s|calendar\s)?(?i:week|weekend|month|quarter|year|decade|century)\b"
        ),
        r"(?i:\b(?:the\s)?(?:end|beginning|start|middle|turn)\sof\s(?:the\s)?(?:year|month|week|decade|century))\b".to_owned(),
        // Weekdays and parts of days: "Friday", "Friday afternoon", "last night", "this morning".
        format!(
            r"\b(?:(?i:last|next|this|on|early|late)\s)?(?:{WEEKDAYS}|[Yy]esterday|[Tt]oday|[Tt]omorrow)(?:\s(?:morning|afternoon|evening|night))?\b"
        ),
        r"\b(?i:tonight|(?:last|this|tomorrow|yesterday)\s(?:morning|afternoon|evening|night))\b"
            .to_owned(),
        // Clock times: "10 a.m.", "8 PM", "15:00 GMT Saturday", "noon".
        format!(
            r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:[ap]\.m\.|(?i:[ap]m)\b)(?:\s(?:[A-Z]{{2,3}}T|GMT|UTC)\b)?(?:,?\s(?:on\s)?(?:{WEEKDAYS}))?"
        ),
        format!(
            r"\b(?:[01]?\d|2[0-3]):[0-5]\d(?:\s(?:[A-Z]{{2,3}}T|GMT|UTC))?(?:,?\s(?:on\s)?(?:{WEEKDAYS}))?\b"
        ),
        // The present and the past, as TimeML marks them.
        r"\b(?:[Nn]ow|[Cc]urrently|[Nn]owadays|(?i:at\spresent))\b".to_owned(),
        // Durations: "four years", "a decade", "the past two years", "an hour", "18-month",
        // "the next few months", "recent weeks", "two years ago", "five years'".
        format!(
            r"{MODIFIER}\b(?i:the\s)?(?:(?i:last|past|next|coming|following|previous|recent|same)\s)?(?i:{COUNT})[-\s](?i:{UNIT})(?:-long|'|\sago\b)?"
        ),
        format!(r"\b(?i:recent|the\scoming|the\spast|the\slast|the\snext)\s(?i:{UNIT})\b"),
        // Sets: "every week", "each morning", "annually".
        format!(
            r"\b(?i:every|each)\s(?:(?i:{COUNT})\s)?(?i:{UNIT}|morning|afternoon|evening|night|{WEEKDAYS}|{SEASON})\b"
        ),
        r"\b(?i:annually|yearly)\b".to_owned(),
    ]
    .iter()
    .map(|p| compile(p))
    .collect()
});

/// Expressions recognised by what precedes them, the first group being the
/// expression: bare plural units after a preposition or verb of duration
/// ("for years", "take weeks", "within minutes") and "the past" after "in".
static PRECEDED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:(?i:for|within|in|take|takes|took|taking|lasted|after|over)\s(minutes|hours|days|weeks|months|years|decades|the\spast|the\sfuture)|(?i:in|since|until|by|from|on|of|during)\s(May(?:\s[0-3]?\d(?:st|nd|rd|th)?)?(?:,?\s(?:1[5-9]|20)\d{2})?))\b",
    )
});

/// DATE matches, overlaps among them settled leftmost-longest.
fn date_matches(text: &str) -> Vec<Span> {
    let mut spans: Vec<(usize, usize)> = DATES
        .iter()
        .flat_map(|re| re.find_iter(text).map(|m| (m.start(), m.end())))
        .collect();
    for c in PRECEDED.captures_iter(text) {
        if let Some(unit) = c.get(1).or_else(|| c.get(2)) {
            let after = text[unit.end()..].trim_start();
            // "for years of talks", "in days gone by" stay out; "years old" is an age.
            if !after.starts_with("of ") && !after.starts_with("old") && !after.starts_with("ago") {
                spans.push((unit.start(), unit.end()));
            }
        }
    }
    // Ages are no durations: "22-year-old", "six years old".
    spans.retain(|&(_, e)| {
        let after = &text[e..];
        !(after.starts_with("-old") || after.starts_with(" old") || after.starts_with("-olds"))
    });
    // Trim trailing spaces and a leading "on " the weekday patterns allow.
    for s in &mut spans {
        let t = &text[s.0..s.1];
        if let Some(rest) = t.strip_prefix("on ") {
            s.0 += t.len() - rest.len();
        }
        s.1 = s.0 + text[s.0..s.1].trim_end().len();
    }
    spans.sort_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        if s < e && out.last().is_none_or(|last| s >= last.end) {
            out.push(Span::new(s, e));
        }
    }
    out
}

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
    push(&TITLE, EntityKind::Title);
    for span in date_matches(text) {
        out.push(RuleMatch {
            span,
            kind: EntityKind::Date,
            head: None,
        });
    }
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
            s != "Chair" || after.trim_start().starts_with(char::is_uppercase)
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
    fn more_money_and_percent_forms() {
        let money: &[(&str, &[&str])] = &[
            ("a USD$23 billion deal", &["USD$23 billion"]),
            ("cost $249 USD each", &["$249 USD"]),
            ("for $9.99 US dollars", &["$9.99 US dollars"]),
            ("profits of 26 cents a share", &["26 cents"]),
            ("four billion dollars in Zürich", &["four billion dollars"]),
            ("billions of dollars in loans", &["billions of dollars"]),
            (
                "between $10 billion and $20 billion",
                &["$10 billion", "$20 billion"],
            ),
            (
                "AU$52.5 million (US$40.4 million)",
                &["AU$52.5 million", "US$40.4 million"],
            ),
            ("15bn and £20.1 billion", &["£20.1 billion"]),
            ("Zürich’s €5 млн", &["€5"]),
        ];
        for (text, want) in money {
            assert_eq!(&kinds(text, EntityKind::Money), want, "{text}");
        }
        let percent: &[(&str, &[&str])] = &[
            ("rose 3 percent", &["3 percent"]),
            ("improvements of 15-20% are", &["15-20%"]),
            ("make up 20 to 25 percent of", &["20 to 25 percent"]),
            (
                "owned six percent, twenty percent",
                &["six percent", "twenty percent"],
            ),
            ("a gain of half a percent", &["half a percent"]),
            ("down 4,5 per cent in Köln", &["5 per cent"]),
        ];
        for (text, want) in percent {
            assert_eq!(&kinds(text, EntityKind::Percent), want, "{text}");
        }
    }

    #[test]
    fn time_expressions_in_news() {
        let cases: &[(&str, &[&str])] = &[
            (
                "reported in the last week, said Friday",
                &["the last week", "Friday"],
            ),
            (
                "about a month earlier, the worst in a decade",
                &["about a month", "a decade"],
            ),
            (
                "two years ago and the past year",
                &["two years ago", "the past year"],
            ),
            (
                "It is now clear; it is currently open",
                &["now", "currently"],
            ),
            (
                "earlier this month and in recent years",
                &["earlier this month", "recent years"],
            ),
            (
                "in the 1990s and the 20th century",
                &["the 1990s", "20th century"],
            ),
            (
                "last summer, in the first quarter of 2013",
                &["last summer", "the first quarter of 2013"],
            ),
            (
                "at 10 a.m. and until 15:00 GMT Saturday",
                &["10 a.m.", "15:00 GMT Saturday"],
            ),
            (
                "checked every week, Friday afternoon",
                &["every week", "Friday afternoon"],
            ),
            (
                "over the next few months, a four-week closure",
                &["the next few months", "four-week"],
            ),
            ("Müller, 22-year-old, left in May 2010", &["May 2010"]),
            ("it may rain; talks took weeks", &["weeks"]),
            (
                "In the past, Zürich’s March 22 meeting",
                &["the past", "March 22"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&kinds(text, EntityKind::Date), want, "{text}");
        }
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
