//! Normalisation of DATE mentions to ISO 8601 / TimeML values.

use crate::lang::{Language, lowercase};
use crate::model::Granularity;
use crate::model::timex::{self, TimeUnit};

use super::calendar::{
    Anchor, anchor_day, day_string, i32_of, is_iso_day, iso_week, month_string, shift_day,
    weekday_of,
};
use super::tense::{Tense, tense_around};
use super::words::{
    clock, month_of, part_of_day, quantity, season_of, unit_of, weekday_index, year_of,
};
use super::year_parts::{year_back_before, year_written_before};

/// Normalises a DATE mention to an ISO 8601 value and its granularity.
/// Relative expressions need `anchor`; without it their value is `None`
/// (month names alone become `XXXX-MM`, as TimeML writes them). Values follow
/// TimeML where ISO 8601 has no form: `PRESENT_REF` ("now"), `PAST_REF`
/// ("the past"), `2013-SU` (seasons), `2013-W12` (weeks), `2013-Q1`,
/// `PXY` (an unspecified number of years), `XXXX-XX-XXTMO` ("every morning").
/// A month alone is placed in the anchor's year; [`normalize_in_context`]
/// uses the sentence's tense instead.
pub fn normalize(
    lang: &Language,
    text: &str,
    anchor: Option<Anchor>,
) -> (Option<String>, Granularity) {
    resolve(lang, text, anchor, &|| Tense::Unknown)
}

/// Normalises the DATE mention at `text[start..end]` like [`normalize`],
/// using the words around it where the mention alone is ambiguous: a month
/// or weekday without a year is placed before or after the anchor by the
/// tense of its sentence ("was fired in July" → last July, "will begin on
/// April 7" → the coming April 7).
pub fn normalize_in_context(
    lang: &Language,
    text: &str,
    start: usize,
    end: usize,
    anchor: Option<Anchor>,
) -> (Option<String>, Granularity) {
    let mention = text.get(start..end).unwrap_or("");
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    // The tense is read only where the mention leaves the year open (a
    // month, a weekday, a quarter without a year): most dates never ask.
    let (value, granularity) = resolve(lang, mention, anchor, &|| {
        tense_around(&lang.dates, before, after)
    });
    (
        value.map(|v| {
            year_back_before(
                lang,
                mention,
                before,
                year_written_before(mention, before, v),
            )
        }),
        granularity,
    )
}

/// 1 when a year's quarter or half without a year of its own is last
/// year's: it closes the year (`closes_year`), this year's has not begun
/// by the anchor's month (it starts in month `starts`) and the anchor is in
/// the first quarter, so the sentence reports the one just ended ("lost $1.5
/// billion in the fourth quarter", written in January); 0 otherwise, and
/// when the sentence looks ahead ("will", "expects"; `tense` is asked
/// last).
fn ended_last_year(
    anchor_month: u32,
    starts: u32,
    closes_year: bool,
    tense: &dyn Fn() -> Tense,
) -> i32 {
    i32::from(closes_year && anchor_month < starts && anchor_month <= 3 && tense() != Tense::Future)
}

fn resolve(
    lang: &Language,
    text: &str,
    anchor: Option<Anchor>,
    tense: &dyn Fn() -> Tense,
) -> (Option<String>, Granularity) {
    let dw = &lang.dates;
    let lower = lowercase(text).replace(['’', '‘'], "'");
    let all: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',' || c == '/')
        .map(|w| w.trim_end_matches("'s"))
        .filter(|w| !w.is_empty() && !dw.fillers.contains(w))
        .collect();
    // ISO day.
    if is_iso_day(&lower) {
        return (Some(lower), Granularity::Day);
    }
    let mut words: &[&str] = &all;
    while let [first, rest @ ..] = words
        && dw.modifiers.contains(first)
        && !rest.is_empty()
    {
        words = rest;
    }
    let first = words.first().copied().unwrap_or("");
    // References to the present and past.
    if let [w] = words
        && let Some((_, value)) = dw.references.iter().find(|(r, _)| r == w)
    {
        return (Some(value.clone()), Granularity::Day);
    }
    // Sets: "every week", "each morning", "annually".
    if dw.set_openers.contains(first)
        || all
            .first()
            .is_some_and(|w| dw.set_openers_anywhere.contains(w))
    {
        let rest: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !dw.set_openers.contains(w))
            .collect();
        if let Some(p) = rest.first().and_then(|w| part_of_day(dw, w)) {
            return (Some(timex::every_part_of_day(p)), Granularity::Duration);
        }
        if let Some(d) = rest.first().and_then(|w| weekday_index(dw, w)) {
            return (Some(timex::every_weekday(d + 1)), Granularity::Duration);
        }
        if let Some((s, _)) = rest.first().and_then(|w| season_of(dw, w)) {
            return (Some(timex::every_season(s)), Granularity::Duration);
        }
        if let Some(i) = rest.iter().position(|w| unit_of(dw, w).is_some())
            && let Some((unit, _)) = unit_of(dw, rest[i])
        {
            return (
                Some(timex::duration(
                    Some(quantity(lang, &rest[..i]).unwrap_or(1)),
                    unit,
                )),
                Granularity::Duration,
            );
        }
        return (None, Granularity::Duration);
    }
    if let [w] = words
        && let Some((_, value)) = dw.sets.iter().find(|(x, _)| x == w)
    {
        return (Some(value.clone()), Granularity::Duration);
    }
    // Centuries: "the 20th century" → 19.
    if let [n, c] = words
        && dw.century_prefixes.iter().any(|p| c.starts_with(p))
        && let Ok(k) = n.trim_end_matches(char::is_alphabetic).parse::<u32>()
        && k >= 1
    {
        return (Some(format!("{:02}", k - 1)), Granularity::Year);
    }
    // Decades: "the 1990s", "the '90s".
    if let Some(w) = words
        .iter()
        .find(|w| w.len() == 5 && w.ends_with('s') && year_of(&w[..4]).is_some())
    {
        return (Some(w[..3].to_owned()), Granularity::Year);
    }
    if let Some(w) = words
        .iter()
        .find(|w| w.len() == 4 && w.starts_with('\'') && w.ends_with("0s"))
    {
        let century = if w[1..2].parse::<u32>().unwrap_or(0) >= 3 {
            "19"
        } else {
            "20"
        };
        return (Some(format!("{century}{}", &w[1..2])), Granularity::Year);
    }
    // Durations and "… ago".
    let rel = |w: &str| dw.relative.contains(w);
    if let Some(i) = words.iter().position(|w| unit_of(dw, w).is_some())
        && let Some((unit, plural)) = unit_of(dw, words[i])
    {
        let before = &words[..i];
        let n = quantity(lang, before);
        let ago = words.last().is_some_and(|w| dw.ago.contains(w));
        if ago {
            let Some(a) = anchor else {
                return (None, Granularity::Year);
            };
            let k = i32_of(n.unwrap_or(1));
            return match (n, unit) {
                (None, _) => (Some(timex::PAST_REF.to_owned()), Granularity::Day),
                (_, TimeUnit::Year) => (Some(format!("{}", a.year - k)), Granularity::Year),
                (_, TimeUnit::Decade) => (Some(format!("{}", a.year - 10 * k)), Granularity::Year),
                (_, TimeUnit::Month) => (
                    Some(month_string(a.year * 12 + i32_of(a.month) - 1 - k)),
                    Granularity::Month,
                ),
                (_, TimeUnit::Week) => {
                    let (y, w) = iso_week(&shift_day(a, -7 * k));
                    (Some(format!("{y}-W{w:02}")), Granularity::Day)
                }
                (_, TimeUnit::Day) => (Some(shift_day(a, -k)), Granularity::Day),
                _ => (None, Granularity::Time),
            };
        }
        let relative = before.iter().any(|w| rel(w));
        // "the end of the year", "the start of the month": the current one.
        if before.is_empty()
            && !plural
            && n.is_none()
            && all.len() > words.len()
            && let Some(a) = anchor
        {
            match unit {
                TimeUnit::Year => return (Some(a.year.to_string()), Granularity::Year),
                TimeUnit::Month => {
                    return (
                        Some(format!("{}-{:02}", a.year, a.month)),
                        Granularity::Month,
                    );
                }
                _ => {}
            }
        }
        if n.is_some() || plural {
            // "four years", "the past two years", "a decade", "recent weeks".
            return (Some(timex::duration(n, unit)), Granularity::Duration);
        }
        if !relative {
            // "the first quarter", "the day": not a duration; read on.
        } else if let Some(a) = anchor {
            // "last week", "this year", "next month", "the past year".
            let r = before.iter().rev().find(|w| rel(w)).copied().unwrap_or("");
            if dw.span_relative.contains(r) {
                return (Some(timex::duration(Some(1), unit)), Granularity::Duration);
            }
            let k = if dw.backward.contains(r) {
                -1
            } else if dw.forward.contains(r) {
                1
            } else {
                0
            };
            return match unit {
                TimeUnit::Year => (Some(format!("{}", a.year + k)), Granularity::Year),
                // "the next decade", "the past century" span ten or a hundred years from now.
                TimeUnit::Decade | TimeUnit::Century if !dw.this.contains(r) => {
                    (Some(timex::duration(Some(1), unit)), Granularity::Duration)
                }
                TimeUnit::Decade => (Some(format!("{}", a.year / 10)), Granularity::Year),
                TimeUnit::Month => (
                    Some(month_string(a.year * 12 + i32_of(a.month) - 1 + k)),
                    Granularity::Month,
                ),
                TimeUnit::Quarter => {
                    let q = i32_of((a.month - 1) / 3) + k;
                    (
                        Some(format!(
                            "{}-Q{}",
                            a.year + q.div_euclid(4),
                            q.rem_euclid(4) + 1
                        )),
                        Granularity::Month,
                    )
                }
                TimeUnit::Week => {
                    let (y, w) = iso_week(&shift_day(a, 7 * k));
                    (Some(format!("{y}-W{w:02}")), Granularity::Day)
                }
                TimeUnit::Day => (Some(shift_day(a, k)), Granularity::Day),
                _ => (None, Granularity::Day),
            };
        } else {
            return (None, Granularity::Day);
        }
    }
    let year = words.iter().find_map(|w| year_of(w));
    let month = words.iter().find_map(|w| month_of(dw, w));
    let day = words.iter().find_map(|w| {
        let d = w.trim_end_matches(|c: char| c.is_alphabetic() || c == '.');
        (d.len() <= 2 && !d.is_empty() && !w.contains(':'))
            .then(|| d.parse::<u32>().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    });
    // Quarters and halves: "Q3 2024", "the first quarter".
    let ordinal = words
        .iter()
        .find_map(|w| dw.ordinals.iter().find(|(o, _)| o == w).map(|&(_, n)| n));
    if let Some(q) = ordinal
        && (words.iter().any(|w| dw.quarter.contains(w))
            || words.iter().any(|w| w.starts_with('q') && w.len() == 2))
    {
        let y =
            year.or(anchor.map(|a| a.year - ended_last_year(a.month, 3 * q - 2, q == 4, tense)));
        return (y.map(|y| format!("{y}-Q{q}")), Granularity::Month);
    }
    if let Some(h) = ordinal
        && (words.iter().any(|w| dw.half.contains(w))
            || words.iter().any(|w| w.starts_with('h') && w.len() == 2))
    {
        let y =
            year.or(anchor.map(|a| a.year - ended_last_year(a.month, 6 * h - 5, h == 2, tense)));
        return (y.map(|y| format!("{y}-H{h}")), Granularity::Month);
    }
    // Seasons: "last summer", "spring 2012".
    if let Some((s, start)) = words.iter().find_map(|w| season_of(dw, w)) {
        let y = match (year, anchor) {
            (Some(y), _) => Some(y),
            (None, Some(a)) => Some(if dw.backward.contains(first) && a.month <= start + 2 {
                a.year - 1
            } else if dw.forward_near.contains(first) && a.month >= start {
                a.year + 1
            } else {
                a.year
            }),
            (None, None) => None,
        };
        return (y.map(|y| format!("{y}-{s}")), Granularity::Month);
    }
    // Times of day: "10 a.m.", "15:00 GMT Saturday", "Friday afternoon".
    let part = words.iter().find_map(|w| part_of_day(dw, w));
    let time = clock(dw, words);
    if part.is_some() || time.is_some() {
        let date = match (year, month, day, anchor) {
            (Some(y), Some(m), Some(d), _) => Some(day_string(y, m, d)),
            (None, Some(m), Some(d), Some(a)) => Some(day_string(a.year, m, d)),
            _ => anchor.map(|a| {
                let rest: Vec<&str> = words
                    .iter()
                    .copied()
                    .filter(|w| weekday_index(dw, w).is_some() || dw.day_words.contains(w))
                    .collect();
                if (words.len() == 1 && dw.tonight.contains(words[0])) || rest.is_empty() {
                    return anchor_day(a);
                }
                match resolve(lang, &rest.join(" "), Some(a), tense) {
                    (Some(v), Granularity::Day) if is_iso_day(&v) => v,
                    _ if words.first().is_some_and(|w| dw.last.contains(w)) && part.is_some() => {
                        shift_day(a, -1)
                    }
                    _ => anchor_day(a),
                }
            }),
        };
        let Some(date) = date else {
            return (None, Granularity::Time);
        };
        return match (time, part) {
            (Some((h, m)), _) => (Some(format!("{date}T{h:02}:{m:02}")), Granularity::Time),
            (None, Some(p)) => (Some(format!("{date}T{p}")), Granularity::Time),
            (None, None) => (Some(date), Granularity::Day),
        };
    }
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => return (Some(day_string(y, m, d)), Granularity::Day),
        (Some(y), Some(m), None) => return (Some(format!("{y}-{m:02}")), Granularity::Month),
        (None, Some(m), d) => {
            let y = anchor.map(|a| {
                let mi = i32_of(m);
                let am = i32_of(a.month);
                let explicit = if dw.backward.contains(first) {
                    Tense::Past
                } else if dw.forward_near.contains(first) {
                    Tense::Future
                } else if dw.this.contains(first) {
                    Tense::Unknown
                } else {
                    tense()
                };
                let later = mi > am || (mi == am && d.is_some_and(|d| d > a.day));
                let earlier = mi < am || (mi == am && d.is_some_and(|d| d < a.day));
                match explicit {
                    Tense::Past if later || (dw.last.contains(first) && mi == am) => a.year - 1,
                    Tense::Future if earlier || (dw.next.contains(first) && mi == am) => a.year + 1,
                    _ => a.year,
                }
            });
            let value = match (y, d) {
                (Some(y), Some(d)) => (day_string(y, m, d), Granularity::Day),
                (Some(y), None) => (format!("{y}-{m:02}"), Granularity::Month),
                (None, Some(d)) => (timex::day_of_unknown_year(m, d), Granularity::Day),
                (None, None) => (timex::month_of_unknown_year(m), Granularity::Month),
            };
            return (Some(value.0), value.1);
        }
        (Some(y), None, _) => return (Some(format!("{y}")), Granularity::Year),
        (None, None, _) => {}
    }
    let Some(a) = anchor else {
        return (None, Granularity::Day);
    };
    let shift = match words {
        [w] => dw.day_shifts.iter().find(|(x, _)| x == w).map(|&(_, k)| k),
        _ => None,
    };
    match words {
        [_] if shift.is_some() => match shift {
            Some(0) => (Some(anchor_day(a)), Granularity::Day),
            Some(k) => (Some(shift_day(a, k)), Granularity::Day),
            None => (None, Granularity::Day),
        },
        [w] | [_, w] if dw.weekend.contains(w) => {
            let k = if dw.weekend_back.contains(first) {
                -7
            } else if dw.forward_near.contains(first) {
                7
            } else {
                0
            };
            let (y, w) = iso_week(&shift_day(a, k));
            (Some(timex::weekend(y, w)), Granularity::Day)
        }
        [.., d] if weekday_index(dw, d).is_some() => {
            let target = weekday_index(dw, d).unwrap_or(0);
            let today = weekday_of(a.year, a.month, a.day);
            let explicit = if dw.weekday_back.contains(first) {
                Tense::Past
            } else if dw.weekday_forward.contains(first) {
                Tense::Future
            } else {
                tense()
            };
            let k = match explicit {
                // The coming such weekday (today if it is one).
                Tense::Future => {
                    let ahead = (7 + target - today) % 7;
                    if ahead == 0 && dw.next.contains(first) {
                        7
                    } else {
                        ahead
                    }
                }
                // The most recent such weekday on or before the anchor (news past tense).
                _ => {
                    let back = (7 + today - target) % 7;
                    if back == 0 && dw.last.contains(first) {
                        -7
                    } else {
                        -back
                    }
                }
            };
            (Some(shift_day(a, k)), Granularity::Day)
        }
        _ => (None, Granularity::Day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_places_months_and_weekdays() {
        let lang = Language::english().expect("English loads");
        let anchor = Anchor::parse("2013-03-22");
        let cases: &[(&str, &str, &str)] = &[
            ("He was fired from his job in July.", "July", "2012-07"),
            (
                "BP agreed to sell its stake to Rosneft in October.",
                "October",
                "2012-10",
            ),
            ("The book will be published in May.", "May", "2013-05"),
            ("Cuts will begin on April 7.", "April 7", "2013-04-07"),
            (
                "Zürich’s match was postponed until Saturday.",
                "Saturday",
                "2013-03-23",
            ),
            ("Müller died on Wednesday.", "Wednesday", "2013-03-20"),
            (
                "Prices rose in December, officials said.",
                "December",
                "2012-12",
            ),
        ];
        for (text, mention, want) in cases {
            let start = text.find(mention).unwrap_or_else(|| panic!("{mention}"));
            let got = normalize_in_context(&lang, text, start, start + mention.len(), anchor);
            assert_eq!(got.0.as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn normalises_dates() {
        let lang = Language::english().expect("English loads");
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
                normalize(&lang, text, anchor),
                (value.map(str::to_owned), *gran),
                "{text}"
            );
        }
        // TimeML conventions, anchored on a Friday (2013-03-22).
        let anchor = Anchor::parse("2013-03-22");
        let timeml: &[(&str, Option<&str>, Granularity)] = &[
            ("the last week", Some("2013-W11"), Granularity::Day),
            ("this week", Some("2013-W12"), Granularity::Day),
            ("Friday", Some("2013-03-22"), Granularity::Day),
            ("Thursday", Some("2013-03-21"), Granularity::Day),
            ("a month", Some("P1M"), Granularity::Duration),
            ("a decade", Some("P10Y"), Granularity::Duration),
            ("the past two years", Some("P2Y"), Granularity::Duration),
            ("almost seven years", Some("P7Y"), Granularity::Duration),
            ("five years’", Some("P5Y"), Granularity::Duration),
            ("four-week", Some("P4W"), Granularity::Duration),
            ("An hour", Some("PT1H"), Granularity::Duration),
            ("a mere 24 hours", Some("PT24H"), Granularity::Duration),
            ("the next few months", Some("PXM"), Granularity::Duration),
            ("recent weeks", Some("PXW"), Granularity::Duration),
            ("years", Some("PXY"), Granularity::Duration),
            ("the next decade", Some("P10Y"), Granularity::Duration),
            ("now", Some("PRESENT_REF"), Granularity::Day),
            ("currently", Some("PRESENT_REF"), Granularity::Day),
            ("the past", Some("PAST_REF"), Granularity::Day),
            ("last summer", Some("2012-SU"), Granularity::Month),
            ("last June", Some("2012-06"), Granularity::Month),
            ("late last July", Some("2012-07"), Granularity::Month),
            ("early this year", Some("2013"), Granularity::Year),
            ("this fiscal year", Some("2013"), Granularity::Year),
            ("Last month", Some("2013-02"), Granularity::Month),
            ("next year", Some("2014"), Granularity::Year),
            ("six years ago", Some("2007"), Granularity::Year),
            ("the first quarter", Some("2013-Q1"), Granularity::Month),
            ("20th century", Some("19"), Granularity::Year),
            ("Feb. 28", Some("2013-02-28"), Granularity::Day),
            ("Sept. 11, 2001", Some("2001-09-11"), Granularity::Day),
            // An unknown month name still gives the year.
            ("22 März 2013", Some("2013"), Granularity::Year),
            ("Friday afternoon", Some("2013-03-22TAF"), Granularity::Time),
            ("10 a.m.", Some("2013-03-22T10:00"), Granularity::Time),
            (
                "every morning",
                Some("XXXX-XX-XXTMO"),
                Granularity::Duration,
            ),
            ("every week", Some("P1W"), Granularity::Duration),
            ("the end of the year", Some("2013"), Granularity::Year),
        ];
        for (text, value, gran) in timeml {
            assert_eq!(
                normalize(&lang, text, anchor),
                (value.map(str::to_owned), *gran),
                "{text}"
            );
        }
        assert_eq!(
            normalize(&lang, "July", None),
            (Some("XXXX-07".to_owned()), Granularity::Month)
        );
    }
}
