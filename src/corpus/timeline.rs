//! Dated facts across the corpus: every money figure and every relation of
//! every open article, placed on the calendar, for the corpus money chart
//! and the timeline.
//!
//! A fact's date is its own where the analysis gives one — the date its
//! sentence attaches to the relation, else the year a figure names — and
//! otherwise its article's publication date; [`DatedBy`] says which, so a
//! view can show how sure the placing is. Facts with neither are counted,
//! not placed. Parties are corpus entities ([`Linked`]), so one company is
//! one series whatever each article calls it.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::link::{Linked, Member};
use crate::model::{Analysis, MoneyFact, Per, Span};

/// A calendar date as precise as the text gives it: a year, a month or a
/// day. Orders by year, then month, then day (a bare year first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FactDate {
    /// The year.
    pub year: i32,
    /// The month, 1–12.
    pub month: Option<u8>,
    /// The day of the month, 1–31 (only with a month).
    pub day: Option<u8>,
}

impl FactDate {
    /// Reads the calendar part of an ISO 8601 / TimeML value: `2019`,
    /// `2019-07`, `2019-07-04`, `2019-07-04T10:00`; a week or quarter
    /// (`2019-W12`, `2019-Q1`) keeps its year. Durations, unknown years
    /// (`XXXX-07`) and references (`PAST_REF`) are not dates.
    pub fn parse(value: &str) -> Option<Self> {
        let mut parts = value.split(['-', 'T']);
        let year_part = parts.next()?;
        if year_part.len() != 4 || !year_part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year = year_part.parse().ok()?;
        let number = |p: Option<&str>, max: u8| {
            p.filter(|p| p.len() == 2)
                .and_then(|p| p.parse::<u8>().ok())
                .filter(|n| (1..=max).contains(n))
        };
        let month = number(parts.next(), 12);
        let day = month.and_then(|_| number(parts.next(), 31));
        Some(Self { year, month, day })
    }

    /// `2019`, `2019-07` or `2019-07-04`.
    pub fn label(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{}-{m:02}", self.year),
            _ => self.year.to_string(),
        }
    }

    /// The same date no finer than a month.
    pub fn month_only(self) -> Self {
        Self { day: None, ..self }
    }

    /// Days since 1970-01-01 of its first day, for a time axis.
    pub fn days(self) -> i64 {
        days_from_civil(
            self.year,
            u32::from(self.month.unwrap_or(1)),
            u32::from(self.day.unwrap_or(1)),
        )
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01: (year, month, day).
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// Where a fact's date comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatedBy {
    /// A date its sentence gives ("on March 3", "in 2019").
    Text,
    /// The year a money figure names ("$2 billion in 2019").
    Year,
    /// Its article's publication date: the text gives none.
    Published,
}

impl DatedBy {
    /// A word for hover texts and the timeline: "dated in the text".
    pub fn describe(self) -> &'static str {
        match self {
            Self::Text => "dated in the text",
            Self::Year => "year in the text",
            Self::Published => "article's date",
        }
    }
}

/// One money figure of one article, placed on the calendar.
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyPoint {
    /// The article.
    pub article: usize,
    /// Index into that article's `money`.
    pub fact: usize,
    /// The amount in units of `currency`.
    pub value: f64,
    /// ISO 4217 code: amounts in different currencies are never compared.
    pub currency: String,
    /// Set for a share or unit price (not an amount that changes hands).
    pub per: Option<Per>,
    /// Corpus entity that pays.
    pub payer: Option<usize>,
    /// Corpus entity that receives.
    pub payee: Option<usize>,
    /// When.
    pub date: FactDate,
    /// Where `date` comes from.
    pub dated_by: DatedBy,
    /// The sentence that states it.
    pub evidence: Span,
}

impl MoneyPoint {
    /// Its parties, payer first.
    pub fn parties(&self) -> impl Iterator<Item = usize> + '_ {
        self.payer.into_iter().chain(self.payee)
    }
}

/// The money figures of the corpus in date order, and how many could not
/// be placed (no date in the text and no publication date).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MoneyChart {
    /// Placed figures, by date (then article, then text order).
    pub points: Vec<MoneyPoint>,
    /// Figures with a positive amount but no date at all.
    pub undated: usize,
}

impl MoneyChart {
    /// Currencies in order of first appearance.
    pub fn currencies(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for p in &self.points {
            if !out.contains(&p.currency.as_str()) {
                out.push(&p.currency);
            }
        }
        out
    }

    /// One series per party (a corpus entity, or `None` for figures with
    /// no payer or payee stated): the indices of its points, in date
    /// order. A figure is in its payer's series and its payee's. Series
    /// with more points first, figures without a party last.
    pub fn series(&self) -> Vec<(Option<usize>, Vec<usize>)> {
        self.series_where(|_| true)
    }

    /// [`Self::series`] of the points `keep` keeps.
    pub fn series_where(
        &self,
        keep: impl Fn(&MoneyPoint) -> bool,
    ) -> Vec<(Option<usize>, Vec<usize>)> {
        let mut out: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
        let mut index: FxHashMap<Option<usize>, usize> = FxHashMap::default();
        for (i, p) in self.points.iter().enumerate().filter(|(_, p)| keep(p)) {
            let mut parties: Vec<Option<usize>> = p.parties().map(Some).collect();
            parties.dedup();
            if parties.is_empty() {
                parties.push(None);
            }
            for party in parties {
                let k = *index.entry(party).or_insert_with(|| {
                    out.push((party, Vec::new()));
                    out.len() - 1
                });
                out[k].1.push(i);
            }
        }
        out.sort_by_key(|(party, v)| (party.is_none(), std::cmp::Reverse(v.len())));
        out
    }
}

/// The date of an article's date fact `date`, when it names a calendar date.
fn date_fact(a: &Analysis, date: Option<usize>) -> Option<FactDate> {
    FactDate::parse(a.dates.get(date?)?.value.as_deref()?)
}

/// The article's date: its publication date, else a whole day written on a
/// line of its own among its first lines (a page's date line under the
/// headline, "December 13, 2008").
fn published(a: &Analysis) -> Option<FactDate> {
    if let Some(d) = a.document.published.as_deref().and_then(FactDate::parse) {
        return Some(d);
    }
    a.dates.iter().find_map(|d| {
        let date = FactDate::parse(d.value.as_deref()?)?;
        let span = a.mentions.get(d.mention)?.span;
        let text = a.document.text.as_str();
        let before = text.get(..span.start)?;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let after = text.get(span.end..)?;
        let line_end = after.find('\n').unwrap_or(after.len());
        let alone = before[line_start..].trim().is_empty() && after[..line_end].trim().is_empty();
        let early = before.matches('\n').count() < DATE_LINE_WITHIN;
        (alone && early && date.day.is_some()).then_some(date)
    })
}

/// How many lines from the top an article's date line may stand.
const DATE_LINE_WITHIN: usize = 4;

/// The year money figure `f` names, unless it is the year its article was
/// published (the year the pipeline gives a figure its sentence does not
/// date): then the article's date, to the day, dates it.
fn named_year(f: &MoneyFact, published: Option<FactDate>) -> Option<i32> {
    f.year.filter(|&y| published.is_none_or(|p| p.year != y))
}

/// The sentence holding a mention.
fn sentence_of(a: &Analysis, mention: usize) -> Option<Span> {
    let m = a.mentions.get(mention)?;
    a.sentences.get(a.sentence_at(m.span.start)?).copied()
}

/// The corpus entity of article `article`'s entity `entity`.
fn corpus_of(linked: &Linked, article: usize, entity: Option<usize>) -> Option<usize> {
    let entity = entity?;
    linked.entity_of(Member { article, entity })?;
    linked.of.get(article)?.get(entity).copied()
}

/// Every money figure of `articles` with a positive amount, dated.
pub fn money_chart(articles: &[&Analysis], linked: &Linked) -> MoneyChart {
    let mut chart = MoneyChart::default();
    for (article, a) in articles.iter().enumerate() {
        let published = published(a);
        for (fact, f) in a.money.iter().enumerate() {
            if !(f.value.is_finite() && f.value > 0.0) {
                continue;
            }
            let relation = f.relation.and_then(|r| a.relations.get(r));
            let own = relation
                .and_then(|r| date_fact(a, r.date))
                .map(|d| (d, DatedBy::Text))
                .or_else(|| {
                    named_year(f, published).map(|year| {
                        let d = FactDate {
                            year,
                            month: None,
                            day: None,
                        };
                        (d, DatedBy::Year)
                    })
                });
            let Some((date, dated_by)) = own.or_else(|| published.map(|d| (d, DatedBy::Published)))
            else {
                chart.undated += 1;
                continue;
            };
            let evidence = relation
                .map(|r| r.evidence)
                .or_else(|| sentence_of(a, f.mention))
                .unwrap_or_default();
            chart.points.push(MoneyPoint {
                article,
                fact,
                value: f.value,
                currency: f.currency.clone(),
                per: f.per,
                payer: corpus_of(linked, article, f.investor),
                payee: corpus_of(linked, article, f.recipient),
                date,
                dated_by,
                evidence,
            });
        }
    }
    chart.points.sort_by_key(|p| (p.date, p.article, p.fact));
    chart
}

/// Which fact of an article a timeline line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    /// A relation (index into `relations`); its money, if any, is part of it.
    Relation(usize),
    /// A money figure that belongs to no relation (index into `money`).
    Money(usize),
}

/// One dated fact of one article.
#[derive(Clone, Debug, PartialEq)]
pub struct DatedFact {
    /// The article.
    pub article: usize,
    /// The fact.
    pub fact: Fact,
    /// When.
    pub date: FactDate,
    /// Where `date` comes from.
    pub dated_by: DatedBy,
    /// The corpus entities it concerns (source and target, or payer and payee).
    pub entities: Vec<usize>,
    /// The sentence that states it.
    pub evidence: Span,
}

/// The corpus's dated facts in date order, and how many have no date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    /// Dated facts by date (then article, then text order).
    pub facts: Vec<DatedFact>,
    /// Facts with no date in the text and no publication date.
    pub undated: usize,
}

/// How finely the timeline groups its facts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Grain {
    /// One group a day (facts dated only to a month or year stand in their
    /// own group).
    #[default]
    Day,
    /// One group a month.
    Month,
}

/// A run of facts on one day or in one month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// `2019-07-04`, `2019-07` or `2019`.
    pub label: String,
    /// Indices into the facts grouped.
    pub range: Range<usize>,
}

/// Every relation and every money figure outside a relation, dated.
pub fn timeline(articles: &[&Analysis], linked: &Linked) -> Timeline {
    let mut out = Timeline::default();
    for (article, a) in articles.iter().enumerate() {
        let published = published(a);
        let mut place =
            |fact, own: Option<(FactDate, DatedBy)>, ends: [Option<usize>; 2], evidence| match own
                .or_else(|| published.map(|d| (d, DatedBy::Published)))
            {
                Some((date, dated_by)) => {
                    let mut entities: Vec<usize> = ends
                        .into_iter()
                        .filter_map(|e| corpus_of(linked, article, e))
                        .collect();
                    entities.dedup();
                    out.facts.push(DatedFact {
                        article,
                        fact,
                        date,
                        dated_by,
                        entities,
                        evidence,
                    });
                }
                None => out.undated += 1,
            };
        for (r, rel) in a.relations.iter().enumerate() {
            let own = date_fact(a, rel.date)
                .map(|d| (d, DatedBy::Text))
                .or_else(|| {
                    let year = named_year(a.money.get(rel.money?)?, published)?;
                    let d = FactDate {
                        year,
                        month: None,
                        day: None,
                    };
                    Some((d, DatedBy::Year))
                });
            place(
                Fact::Relation(r),
                own,
                [Some(rel.source), Some(rel.target)],
                rel.evidence,
            );
        }
        for (m, f) in a.money.iter().enumerate() {
            if f.relation.is_some() || !(f.value.is_finite() && f.value > 0.0) {
                continue;
            }
            let own = named_year(f, published).map(|year| {
                let d = FactDate {
                    year,
                    month: None,
                    day: None,
                };
                (d, DatedBy::Year)
            });
            let evidence = sentence_of(a, f.mention).unwrap_or_default();
            place(Fact::Money(m), own, [f.investor, f.recipient], evidence);
        }
    }
    out.facts.sort_by_key(|f| {
        let start = f.evidence.start;
        (f.date, f.article, start)
    });
    out
}

/// Groups facts (in date order) by day or by month.
pub fn groups(facts: &[DatedFact], grain: Grain) -> Vec<Group> {
    let dates: Vec<FactDate> = facts.iter().map(|f| f.date).collect();
    group_dates(&dates, grain)
}

/// Groups dates (in order) by day or by month: runs of one key.
pub fn group_dates(dates: &[FactDate], grain: Grain) -> Vec<Group> {
    let key = |d: FactDate| match grain {
        Grain::Day => d,
        Grain::Month => d.month_only(),
    };
    let mut out: Vec<Group> = Vec::new();
    let mut start = 0;
    for i in 1..=dates.len() {
        if i == dates.len() || key(dates[i]) != key(dates[start]) {
            if let Some(&d) = dates.get(start) {
                out.push(Group {
                    label: key(d).label(),
                    range: start..i,
                });
            }
            start = i;
        }
    }
    out
}

#[cfg(test)]
mod tests;
