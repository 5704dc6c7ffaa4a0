//! The words of time expressions: month and weekday names, units of
//! duration, numbers, seasons, parts of the day and clock times, as the
//! language names them.

use crate::lang::{DateWords, Language, lowercase};
use crate::model::timex::TimeUnit;

pub(super) fn month_of(d: &DateWords, word: &str) -> Option<u32> {
    let w = lowercase(word.trim_end_matches('.'));
    if w.len() < 3 {
        return None;
    }
    // An abbreviation that is not a prefix of the name ("sept").
    let w = d
        .month_aliases
        .iter()
        .find(|(a, _)| *a == w)
        .map_or(w.clone(), |(_, p)| p.clone());
    d.months
        .iter()
        .position(|m| m.starts_with(w.as_str()))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// The unit a word names, and whether it is plural.
pub(super) fn unit_of(d: &DateWords, word: &str) -> Option<(TimeUnit, bool)> {
    let w = word.trim_end_matches('\'');
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) => (s, true),
        None => (w, false),
    };
    d.units
        .iter()
        .find(|(u, _)| u == stem)
        .map(|&(_, unit)| (unit, plural))
}

fn number_word(lang: &Language, word: &str) -> Option<u32> {
    let w = lowercase(word);
    if let Ok(n) = w.replace(',', "").parse() {
        return Some(n);
    }
    if let Some(&(_, n)) = lang.dates.number_words.iter().find(|(x, _)| *x == w) {
        return Some(n);
    }
    lang.money
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
        .and_then(|i| u32::try_from(i).ok())
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
        if lang.dates.articles.contains(w) {
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

pub(super) fn year_of(word: &str) -> Option<i32> {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    (w.len() == 4)
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1000..=2199).contains(y))
}

/// The TimeML code and first month of the season a word names.
pub(super) fn season_of<'d>(d: &'d DateWords, word: &str) -> Option<(&'d str, u32)> {
    d.seasons
        .iter()
        .find(|(w, _, _)| w == word)
        .map(|(_, code, start)| (code.as_str(), *start))
}

/// The TimeML code of the part of the day a word names.
pub(super) fn part_of_day<'d>(d: &'d DateWords, word: &str) -> Option<&'d str> {
    d.parts_of_day
        .iter()
        .find(|(w, _)| w == word)
        .map(|(_, code)| code.as_str())
}

/// A clock time in the words: hour and minute ("10 a.m.", "15:00", "8 pm").
pub(super) fn clock(d: &DateWords, words: &[&str]) -> Option<(u32, u32)> {
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
        let (pm, am) = (d.pm.contains(&suffix), d.am.contains(&suffix));
        let h = if pm && h < 12 {
            h + 12
        } else if am && h == 12 {
            0
        } else if am || pm || num.contains(':') {
            h
        } else {
            continue;
        };
        if h < 24 && m < 60 {
            return Some((h, m));
        }
    }
    let last = words.last().copied().unwrap_or_default();
    if d.noon.contains(last) || (words.len() == 1 && d.midday.contains(last)) {
        Some((12, 0))
    } else if d.midnight.contains(last) {
        Some((0, 0))
    } else {
        None
    }
}

pub(super) fn weekday_index(d: &DateWords, w: &str) -> Option<i32> {
    d.weekdays
        .iter()
        .position(|day| day == w || (w.len() >= 3 && day.starts_with(w.trim_end_matches('.'))))
        .and_then(|i| i32::try_from(i).ok())
}
