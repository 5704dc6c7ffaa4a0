//! The calendar: ISO days, the publication-date anchor, weekdays and ISO
//! weeks (proleptic Gregorian arithmetic, no dependency).

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

pub(super) fn day_string(y: i32, m: u32, d: u32) -> String {
    format!("{y}-{m:02}-{d:02}")
}

pub(super) fn month_string(total: i32) -> String {
    format!("{}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
}

pub(super) fn anchor_day(a: Anchor) -> String {
    day_string(a.year, a.month, a.day)
}

pub(super) fn i32_of(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(0)
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
pub(super) fn weekday_of(y: i32, m: u32, d: u32) -> i32 {
    i32::try_from((days_from_civil(y, m, d) + 3).rem_euclid(7)).unwrap_or(0)
}

pub(super) fn shift_day(a: Anchor, k: i32) -> String {
    let (y, m, d) = civil_from_days(days_from_civil(a.year, a.month, a.day) + i64::from(k));
    format!("{y}-{m:02}-{d:02}")
}

pub(super) fn iso_week(day: &str) -> (i32, i64) {
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
