//! TimeML values (TempEval-3) where ISO 8601 has no form: units of
//! duration and their designators, the past reference, and the values of
//! sets and of dates without a year. Language-neutral: the words that name
//! them are the language's (`assets/lang/<code>/dates/`).

/// A unit of duration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    /// `S` (time part).
    Second,
    /// `M` (time part).
    Minute,
    /// `H` (time part).
    Hour,
    /// `D`.
    Day,
    /// `W`.
    Week,
    /// `M`.
    Month,
    /// `Q`.
    Quarter,
    /// `Y`.
    Year,
    /// `DE`; counted decades are written in years.
    Decade,
    /// `CE`; counted centuries are written in years.
    Century,
}

impl TimeUnit {
    /// The ISO 8601 / TimeML designator.
    pub fn designator(self) -> &'static str {
        match self {
            Self::Second => "S",
            Self::Minute | Self::Month => "M",
            Self::Hour => "H",
            Self::Day => "D",
            Self::Week => "W",
            Self::Quarter => "Q",
            Self::Year => "Y",
            Self::Decade => "DE",
            Self::Century => "CE",
        }
    }

    /// True for the units of the time part (`PT…`).
    pub fn is_time(self) -> bool {
        matches!(self, Self::Second | Self::Minute | Self::Hour)
    }

    /// The unit of a designator; `time` tells minutes from months.
    pub fn from_designator(designator: &str, time: bool) -> Option<Self> {
        [
            Self::Second,
            Self::Minute,
            Self::Hour,
            Self::Day,
            Self::Week,
            Self::Month,
            Self::Quarter,
            Self::Year,
            Self::Decade,
            Self::Century,
        ]
        .into_iter()
        .find(|u| u.designator() == designator && u.is_time() == time)
    }
}

/// "two years ago" without a number ("years ago"): some time in the past.
pub const PAST_REF: &str = "PAST_REF";

/// A duration of `n` units (`X` when unknown): `P4Y`, `PT24H`, `PXM`;
/// counted decades and centuries in years (`P10Y`).
pub fn duration(n: Option<u32>, unit: TimeUnit) -> String {
    let n = n.map_or_else(|| "X".to_owned(), |n| n.to_string());
    let d = unit.designator();
    match (unit, unit.is_time()) {
        (TimeUnit::Decade, _) if n != "X" => format!("P{}Y", n.parse::<u32>().unwrap_or(1) * 10),
        (TimeUnit::Century, _) if n != "X" => {
            format!("P{}Y", n.parse::<u32>().unwrap_or(1) * 100)
        }
        (_, true) => format!("PT{n}{d}"),
        (_, false) => format!("P{n}{d}"),
    }
}

/// Every such part of the day ("every morning"): `XXXX-XX-XXTMO`.
pub fn every_part_of_day(part: &str) -> String {
    format!("XXXX-XX-XXT{part}")
}

/// Every such weekday, Monday = 1: `XXXX-WXX-1`.
pub fn every_weekday(day: i32) -> String {
    format!("XXXX-WXX-{day}")
}

/// Every such season: `XXXX-SU`.
pub fn every_season(season: &str) -> String {
    format!("XXXX-{season}")
}

/// A month of an unknown year: `XXXX-07`.
pub fn month_of_unknown_year(month: u32) -> String {
    format!("XXXX-{month:02}")
}

/// A day of an unknown year: `XXXX-07-04`.
pub fn day_of_unknown_year(month: u32, day: u32) -> String {
    format!("XXXX-{month:02}-{day:02}")
}

/// The weekend of an ISO week: `2013-W12-WE`.
pub fn weekend(year: i32, week: i64) -> String {
    format!("{year}-W{week:02}-WE")
}
