//! Dates: recognition rules and ISO 8601 normalisation.

/// True for a `YYYY-MM-DD` string with a plausible month and day.
pub fn is_iso_day(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    matches!(
        (num(0..4), num(5..7), num(8..10)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

use crate::model::Granularity;

const MONTH_NAMES: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A calendar anchor for relative dates: the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchor {
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
    /// Day 1–31.
    pub day: u32,
}

impl Anchor {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Self> {
        if !is_iso_day(s) {
            return None;
        }
        Some(Self {
            year: s[..4].parse().ok()?,
            month: s[5..7].parse().ok()?,
            day: s[8..10].parse().ok()?,
        })
    }
}

fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTH_NAMES
        .iter()
        .position(|m| w.starts_with(m))
        .and_then(|i| u32::try_from(i + 1).ok())
}

fn number_word(word: &str) -> Option<u32> {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let w = word.to_lowercase();
    if let Ok(n) = w.parse() {
        return Some(n);
    }
    match w.as_str() {
        "fifteen" => Some(15),
        "twenty" => Some(20),
        "thirty" => Some(30),
        "fifty" => Some(50),
        "a hundred" => Some(100),
        _ => WORDS
            .iter()
            .position(|x| *x == w)
            .and_then(|i| u32::try_from(i).ok()),
    }
}

fn year_of(word: &str) -> Option<i32> {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    (w.len() == 4)
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1800..=2199).contains(y))
}

/// Normalises a DATE mention to an ISO 8601 value and its granularity.
/// Relative expressions need `anchor`; without it their value is `None`
/// (month names alone become `XXXX-MM`, as TimeML writes them).
pub fn normalize(text: &str, anchor: Option<Anchor>) -> (Option<String>, Granularity) {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    // Durations: "four years", "18-month".
    const UNITS: [&str; 5] = ["year", "month", "week", "day", "decade"];
    let unit_at = words
        .iter()
        .position(|w| UNITS.contains(&w.trim_end_matches('s')));
    if let Some(i) = unit_at
        && i >= 1
        && let Some(n) = number_word(words[i - 1]).or_else(|| {
            (i >= 2)
                .then(|| number_word(&format!("{} {}", words[i - 2], words[i - 1])))
                .flatten()
        })
        && let Some(u) = UNITS.iter().find(|u| words[i].starts_with(*u))
    {
        let ago = words.last().is_some_and(|w| *w == "ago");
        if ago {
            if let Some(a) = anchor {
                return match *u {
                    "year" => (
                        Some(format!("{}", a.year - i32::try_from(n).unwrap_or(0))),
                        Granularity::Year,
                    ),
                    "month" => {
                        let total = a.year * 12 + i32::try_from(a.month).unwrap_or(1)
                            - 1
                            - i32::try_from(n).unwrap_or(0);
                        (
                            Some(format!(
                                "{}-{:02}",
                                total.div_euclid(12),
                                total.rem_euclid(12) + 1
                            )),
                            Granularity::Month,
                        )
                    }
                    _ => (None, Granularity::Day),
                };
            }
            return (None, Granularity::Year);
        }
        let value = match *u {
            "year" => format!("P{n}Y"),
            "month" => format!("P{n}M"),
            "week" => format!("P{n}W"),
            "day" => format!("P{n}D"),
            _ => format!("P{}Y", n * 10),
        };
        return (Some(value), Granularity::Duration);
    }
    // ISO day.
    if is_iso_day(&lower) {
        return (Some(lower), Granularity::Day);
    }
    let year = words.iter().find_map(|w| year_of(w));
    let month = words.iter().find_map(|w| month_of(w));
    let day = words.iter().find_map(|w| {
        let d = w.trim_end_matches(|c: char| c.is_alphabetic());
        (d.len() <= 2)
            .then(|| d.parse::<u32>().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    });
    // Decades.
    if let Some(w) = words
        .iter()
        .find(|w| w.len() == 5 && w.ends_with('s') && year_of(&w[..4]).is_some())
    {
        return (Some(w[..3].to_owned()), Granularity::Year);
    }
    // Quarters.
    let quarter = words.iter().find_map(|w| match *w {
        "q1" | "first" => Some(1),
        "q2" | "second" => Some(2),
        "q3" | "third" => Some(3),
        "q4" | "fourth" => Some(4),
        _ => None,
    });
    if words.contains(&"quarter") || words.iter().any(|w| w.starts_with('q') && w.len() == 2) {
        if let (Some(q), Some(y)) = (quarter, year) {
            return (Some(format!("{y}-Q{q}")), Granularity::Month);
        }
    }
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => {
            return (Some(format!("{y}-{m:02}-{d:02}")), Granularity::Day);
        }
        (Some(y), Some(m), None) => return (Some(format!("{y}-{m:02}")), Granularity::Month),
        (None, Some(m), d) => {
            let y = anchor.map(|a| a.year);
            let value = match (y, d) {
                (Some(y), Some(d)) => (format!("{y}-{m:02}-{d:02}"), Granularity::Day),
                (Some(y), None) => (format!("{y}-{m:02}"), Granularity::Month),
                (None, Some(d)) => (format!("XXXX-{m:02}-{d:02}"), Granularity::Day),
                (None, None) => (format!("XXXX-{m:02}"), Granularity::Month),
            };
            return (Some(value.0), value.1);
        }
        (Some(y), None, _) => return (Some(format!("{y}")), Granularity::Year),
        (None, None, _) => {}
    }
    let Some(a) = anchor else {
        return (None, Granularity::Day);
    };
    let shift_year = |k: i32| (Some(format!("{}", a.year + k)), Granularity::Year);
    let shift_month = |k: i32| {
        let total = a.year * 12 + i32::try_from(a.month).unwrap_or(1) - 1 + k;
        (
            Some(format!(
                "{}-{:02}",
                total.div_euclid(12),
                total.rem_euclid(12) + 1
            )),
            Granularity::Month,
        )
    };
    match words.as_slice() {
        ["today"] | ["tonight"] => (
            Some(format!("{}-{:02}-{:02}", a.year, a.month, a.day)),
            Granularity::Day,
        ),
        ["yesterday"] => (Some(shift_day(a, -1)), Granularity::Day),
        ["tomorrow"] => (Some(shift_day(a, 1)), Granularity::Day),
        [.., "this", "year"] => shift_year(0),
        ["last", "year"] => shift_year(-1),
        ["next", "year"] => shift_year(1),
        [.., "this", "month"] => shift_month(0),
        ["last", "month"] => shift_month(-1),
        ["next", "month"] => shift_month(1),
        ["last", "week"] | ["this", "week"] | ["next", "week"] => {
            let k = match words[0] {
                "last" => -7,
                "next" => 7,
                _ => 0,
            };
            let (y, w) = iso_week(&shift_day(a, k));
            (Some(format!("{y}-W{w:02}")), Granularity::Day)
        }
        [d] if weekday_index(d).is_some() => {
            // The most recent such weekday on or before the anchor (news past tense).
            let target = weekday_index(d).unwrap_or(0);
            let today = weekday_of(a.year, a.month, a.day);
            let back = (7 + today - target) % 7;
            (Some(shift_day(a, -back)), Granularity::Day)
        }
        _ => (None, Granularity::Day),
    }
}

fn weekday_index(w: &str) -> Option<i32> {
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
    .position(|d| *d == w)
    .and_then(|i| i32::try_from(i).ok())
}

/// Days since 1970-01-01 (proleptic Gregorian).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (
        i32::try_from(y).unwrap_or(0),
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

/// Monday = 0.
fn weekday_of(y: i32, m: u32, d: u32) -> i32 {
    i32::try_from((days_from_civil(y, m, d) + 3).rem_euclid(7)).unwrap_or(0)
}

fn shift_day(a: Anchor, k: i32) -> String {
    let (y, m, d) = civil_from_days(days_from_civil(a.year, a.month, a.day) + i64::from(k));
    format!("{y}-{m:02}-{d:02}")
}

fn iso_week(day: &str) -> (i32, i64) {
    let Some(a) = Anchor::parse(day) else {
        return (0, 0);
    };
    let days = days_from_civil(a.year, a.month, a.day);
    let wd = i64::from(weekday_of(a.year, a.month, a.day));
    let thursday = days - wd + 3;
    let (ty, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
    (ty, week)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_dates() {
        let anchor = Anchor::parse("2025-01-22");
        let cases: &[(&str, Option<&str>, Granularity)] = &[
            ("2019", Some("2019"), Granularity::Year),
            ("July", Some("2025-07"), Granularity::Month),
            ("March 3, 2021", Some("2021-03-03"), Granularity::Day),
            ("3 March 2021", Some("2021-03-03"), Granularity::Day),
            ("four years", Some("P4Y"), Granularity::Duration),
            ("18-month", Some("P18M"), Granularity::Duration),
            ("two years ago", Some("2023"), Granularity::Year),
            ("last year", Some("2024"), Granularity::Year),
            ("yesterday", Some("2025-01-21"), Granularity::Day),
            ("Monday", Some("2025-01-20"), Granularity::Day),
            ("last week", Some("2025-W03"), Granularity::Day),
            ("the 1990s", Some("199"), Granularity::Year),
            ("Q3 2024", Some("2024-Q3"), Granularity::Month),
        ];
        for (text, value, gran) in cases {
            assert_eq!(
                normalize(text, anchor),
                (value.map(str::to_owned), *gran),
                "{text}"
            );
        }
        assert_eq!(
            normalize("July", None),
            (Some("XXXX-07".to_owned()), Granularity::Month)
        );
    }
}
