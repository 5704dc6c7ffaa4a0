//! The words of time expressions: month and weekday names, units of
//! duration, numbers, seasons, parts of the day and clock times.

use crate::lang::Language;

pub(super) fn month_of(word: &str) -> Option<u32> {
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    // "sept" is the one abbreviation longer than three letters that is not a prefix.
    let w = if w == "sept" { "sep".to_owned() } else { w };
    FULL.iter()
        .position(|m| m.starts_with(w.as_str()))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// Leading words that modify an expression without changing its value
/// (TimeML keeps them in the extent and puts them in `mod`).
pub(super) const MODIFIERS: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "some",
    "mere",
    "over",
    "early",
    "earlier",
    "late",
    "later",
    "mid",
    "end",
    "beginning",
    "start",
    "middle",
    "turn",
    "of",
    "the",
    "more",
    "less",
    "than",
    "at",
    "least",
    "most",
    "just",
    "only",
    "fiscal",
    "current",
    "calendar",
];

/// Units of duration: word stem, ISO 8601 designator, time part?, years per unit.
const UNITS: &[(&str, &str, bool)] = &[
    ("second", "S", true),
    ("minute", "M", true),
    ("hour", "H", true),
    ("day", "D", false),
    ("week", "W", false),
    ("month", "M", false),
    ("quarter", "Q", false),
    ("year", "Y", false),
    ("decade", "DE", false),
    ("century", "CE", false),
    ("centurie", "CE", false),
];

pub(super) fn unit_of(word: &str) -> Option<(&'static str, &'static str, bool, bool)> {
    let w = word.trim_end_matches('\'');
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) => (s, true),
        None => (w, false),
    };
    UNITS
        .iter()
        .find(|(u, _, _)| *u == stem)
        .map(|&(u, d, t)| (u, d, t, plural))
}

fn number_word(lang: &Language, word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    if let Ok(n) = w.replace(',', "").parse() {
        return Some(n);
    }
    match w.as_str() {
        "a" | "an" => Some(1),
        "hundred" | "a hundred" => Some(100),
        "dozen" | "a dozen" => Some(12),
        _ => lang
            .money
            .units
            .iter()
            .position(|x| x == w)
            .or_else(|| {
                lang.money
                    .tens
                    .iter()
                    .position(|x| x == w)
                    .map(|i| i * 10 + 20)
            })
            .and_then(|i| u32::try_from(i).ok()),
    }
}

/// The number written by the words right before a unit, `None` for vague
/// quantities ("several", "a few", bare plurals) — TimeML's `X`.
pub(super) fn quantity(lang: &Language, words: &[&str]) -> Option<u32> {
    let mut n: Option<u32> = None;
    let mut k = words.len();
    // "twenty five", "a hundred", "one hundred".
    while k > 0 {
        let w = words[k - 1];
        let Some(v) = number_word(lang, w) else { break };
        if w == "a" || w == "an" {
            if n.is_none() {
                n = Some(1);
            }
            break;
        }
        n = Some(match (n, v) {
            (None, v) => v,
            (Some(units), tens) if units < 10 && tens >= 20 && tens % 10 == 0 => tens + units,
            (Some(100), m) => m * 100,
            (Some(cur), _) => cur,
        });
        k -= 1;
    }
    n
}

pub(super) fn duration(n: Option<u32>, designator: &str, time: bool) -> String {
    let n = n.map_or_else(|| "X".to_owned(), |n| n.to_string());
    match (designator, time) {
        ("DE", _) if n != "X" => format!("P{}Y", n.parse::<u32>().unwrap_or(1) * 10),
        ("CE", _) if n != "X" => format!("P{}Y", n.parse::<u32>().unwrap_or(1) * 100),
        (d, true) => format!("PT{n}{d}"),
        (d, false) => format!("P{n}{d}"),
    }
}

pub(super) fn year_of(word: &str) -> Option<i32> {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    (w.len() == 4)
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1000..=2199).contains(y))
}

pub(super) fn season_of(word: &str) -> Option<&'static str> {
    match word {
        "spring" => Some("SP"),
        "summer" => Some("SU"),
        "autumn" | "fall" => Some("FA"),
        "winter" => Some("WI"),
        _ => None,
    }
}

pub(super) fn part_of_day(word: &str) -> Option<&'static str> {
    match word {
        "morning" | "mornings" => Some("MO"),
        "afternoon" | "afternoons" => Some("AF"),
        "evening" | "evenings" => Some("EV"),
        "night" | "nights" | "overnight" | "tonight" => Some("NI"),
        _ => None,
    }
}

/// A clock time in the words: hour and minute ("10 a.m.", "15:00", "8 pm").
pub(super) fn clock(words: &[&str]) -> Option<(u32, u32)> {
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).copied().unwrap_or("");
        let (num, suffix) = match w.find(|c: char| c.is_ascii_alphabetic()) {
            Some(p) => (&w[..p], &w[p..]),
            None => (*w, next),
        };
        let (h, m) = match num.split_once(':') {
            Some((h, m)) => (h.parse::<u32>().ok()?, m.get(..2)?.parse::<u32>().ok()?),
            None => match num.parse::<u32>() {
                Ok(h) => (h, 0),
                Err(_) => continue,
            },
        };
        let suffix = suffix.replace('.', "");
        let h = match suffix.as_str() {
            "pm" if h < 12 => h + 12,
            "am" if h == 12 => 0,
            "am" | "pm" => h,
            _ if num.contains(':') => h,
            _ => continue,
        };
        if h < 24 && m < 60 {
            return Some((h, m));
        }
    }
    match words {
        [.., "noon"] | ["midday"] => Some((12, 0)),
        [.., "midnight"] => Some((0, 0)),
        _ => None,
    }
}

pub(super) fn weekday_index(w: &str) -> Option<i32> {
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .position(|d| *d == w || (w.len() >= 3 && d.starts_with(w.trim_end_matches('.'))))
    .and_then(|i| i32::try_from(i).ok())
}
