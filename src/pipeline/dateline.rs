//! Datelines: "SEATTLE, Nov 22, 2024 —" at the head of a story names where it
//! was filed and when. The place is a location mention, the date anchors
//! relative dates, and the dateline is kept out of the first sentence so that
//! it is never mistaken for its subject.
//!
//! A wire's credit alone before the dash ("(Bloomberg) -- Norsk said") is
//! a dateline without a place: the agency is the story's source, kept out
//! of the lead sentence as a place's dateline is.
//!
//! Takes the text; gives the [`Dateline`] (place, region, date, agency,
//! end), the names it tags, the publication date it names, and splits it
//! off the first sentence.

use regex::Regex;

use crate::lang::{DatelineWords, Language};
use crate::model::{EntityKind, Granularity, Span};

use super::dates;
use super::segment::{Segmentation, Sentence};

/// A dateline found at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// Where the dateline starts.
    pub start: usize,
    /// The place, in capitals ("SEATTLE", "NEW YORK"); none in a wire's
    /// credit alone ("(Bloomberg) --").
    pub place: Option<Span>,
    /// The place's region after a comma ("Ohio" of "COLUMBUS, Ohio").
    pub region: Option<Span>,
    /// The date, when given.
    pub date: Option<Span>,
    /// The news agency credited ("Reuters"), when given.
    pub agency: Option<Span>,
    /// End of the dateline, after its dash.
    pub end: usize,
}

impl Dateline {
    /// The names the dateline gives, with their kinds: its place and
    /// region are places, its credited agency an organisation.
    pub fn names(&self) -> impl Iterator<Item = (Span, EntityKind)> {
        let places = [self.place, self.region].into_iter().flatten();
        places
            .map(|s| (s, EntityKind::Loc))
            .chain(self.agency.map(|s| (s, EntityKind::Org)))
    }

    /// True when `span` lies inside the dateline.
    pub fn covers(&self, span: Span) -> bool {
        span.start >= self.start && span.end <= self.end
    }
}

/// The dateline finder: the language's dateline pattern, compiled once.
#[derive(Debug, Clone)]
pub struct Finder {
    re: Regex,
}

impl Finder {
    /// Compiles the language's dateline pattern.
    pub fn new(words: &DatelineWords) -> Result<Self, regex::Error> {
        Ok(Self {
            re: Regex::new(&words.pattern)?,
        })
    }

    /// The first dateline in the first lines of `text`.
    pub fn find(&self, text: &str) -> Option<Dateline> {
        find_with(&self.re, text)
    }
}

/// The pattern's groups by number: the place, its region, the date.
const PLACE: usize = 1;
const REGION: usize = 2;
const DATE: usize = 4;
/// The groups an agency may fill: after the place, after the date, alone
/// (a place-less wire's credit).
const AGENCIES: [usize; 3] = [3, 5, 6];

/// The dateline in `text` by `re`, whose groups are 1 place, 2 region,
/// 3 agency, 4 date, 5 agency after the date and 6 a place-less wire's
/// agency.
fn find_with(re: &Regex, text: &str) -> Option<Dateline> {
    // The searcher finds each line break with `memchr`, where walking the
    // characters decoded the whole text when it has few breaks.
    let head_end = text
        .match_indices('\n')
        .nth(12)
        .map_or(text.len(), |(i, _)| i);
    // A match without its dash is a dateline only on a line of its own
    // ending in an ISO date ("LUNDBY 2031-04-09"), never a line of
    // capitals alone.
    let caps = re.captures_iter(&text[..head_end]).find(|c| {
        let whole = c.get(0).map_or("", |m| m.as_str()).trim_end();
        (whole.ends_with(['—', '–', '-']) && !is_headline_label(text, c))
            || c.get(DATE)
                .is_some_and(|d| d.as_str().as_bytes().get(4) == Some(&b'-'))
    })?;
    let place = caps.get(PLACE);
    let agency = AGENCIES.iter().find_map(|&g| caps.get(g));
    // A bare "AI - …" is no dateline: a place alone must be a real word of
    // four letters or more; otherwise a date or a news agency must follow.
    let letters = place.map_or(0, |p| {
        p.as_str().chars().filter(|c| c.is_alphabetic()).count()
    });
    if letters < 4 && caps.get(DATE).is_none() && agency.is_none() {
        return None;
    }
    let span = |m: regex::Match<'_>| Span::new(m.start(), m.end());
    Some(Dateline {
        start: caps.get(0)?.start(),
        place: place.map(span),
        region: caps.get(REGION).map(span),
        date: caps.get(DATE).map(span),
        // Inside its brackets: "Reuters" of "(Reuters)".
        agency: agency.map(|a| {
            let inner = a.as_str().trim_start_matches('(').trim_end_matches(')');
            let start = a.start() + a.as_str().find(inner).unwrap_or(0);
            Span::new(start, start + inner.len())
        }),
        end: caps.get(0)?.end(),
    })
}

/// Most words after a headline's label ("IPO FILING -- Acme Inc.").
const LABELLED_HEADLINE_WORDS: usize = 7;

/// A wire headline's label in capitals before a dash ("PRESS DIGEST -
/// Ruritania - May 4.", "IPO FILING -- Acme Inc."): the first line of a
/// text that goes on, with no agency and no date, and only a few words
/// after the dash, where a dateline opens a lead sentence.
fn is_headline_label(text: &str, c: &regex::Captures<'_>) -> bool {
    let Some(whole) = c.get(0) else {
        return false;
    };
    let line_end = text[whole.end()..]
        .find('\n')
        .map_or(text.len(), |i| whole.end() + i);
    c.get(DATE).is_none()
        && AGENCIES.iter().all(|&g| c.get(g).is_none())
        && text[..whole.start()].trim().is_empty()
        && !text[line_end..].trim().is_empty()
        && text[whole.end()..line_end].split_whitespace().count() <= LABELLED_HEADLINE_WORDS
}

/// How many lines from the top a date line under the headline may stand.
const DATE_LINE_WITHIN: usize = 4;

/// Most characters of a date line: a date, perhaps its weekday and time.
const DATE_LINE_CHARS: usize = 48;

/// The publication date (`YYYY-MM-DD`): the whole day a dateline's date
/// names, else a whole day with its year written on a line of its own among
/// the first lines (a page's date line under its headline: "December 13,
/// 2008", "Tuesday, June 2, 2009").
pub fn published(lang: &Language, text: &str, dateline: Option<Dateline>) -> Option<String> {
    let day = |s: &str| match dates::normalize(lang, s, None) {
        (Some(day), Granularity::Day) if dates::is_iso_day(&day) => Some(day),
        _ => None,
    };
    if let Some(d) = dateline.and_then(|d| d.date)
        && let Some(day) = day(d.slice(text))
    {
        return Some(day);
    }
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(DATE_LINE_WITHIN)
        .filter(|l| l.chars().count() <= DATE_LINE_CHARS && has_year(l) && !has_lower_word(l))
        .find_map(day)
}

/// True when a word in lower case stands in `line`: running text, not a
/// date line ("Tarsia said on December 13, 2008").
fn has_lower_word(line: &str) -> bool {
    line.split_whitespace()
        .any(|w| w.starts_with(char::is_lowercase))
}

/// True when a four-digit number (a year) stands in `line`.
fn has_year(line: &str) -> bool {
    line.split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4)
}

/// Makes the dateline a sentence of its own.
pub fn split_after(seg: &mut Segmentation, d: Dateline) {
    let Some(k) = seg.sentences.iter().position(|s| s.span.contains(d.start)) else {
        return;
    };
    let sentence = seg.sentences[k].clone();
    let Some(split) = sentence
        .tokens
        .clone()
        .find(|&t| seg.tokens[t].start >= d.end)
    else {
        return;
    };
    if split == sentence.tokens.start {
        return;
    }
    let head = Sentence {
        span: Span::new(sentence.span.start, seg.tokens[split - 1].end),
        tokens: sentence.tokens.start..split,
    };
    let tail = Sentence {
        span: Span::new(seg.tokens[split].start, sentence.span.end),
        tokens: split..sentence.tokens.end,
    };
    seg.sentences.splice(k..=k, [head, tail]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_common_datelines() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Headline\n\nSEATTLE, Nov 22, 2024 — Amazon said",
                "SEATTLE",
                Some("Nov 22, 2024"),
            ),
            ("NEW YORK (Reuters) - Stocks fell", "NEW YORK", None),
            ("DETROIT (WP) — Brask Motors signed", "DETROIT", None),
            (
                "HOUSTON, Oct 23, 2023 (Reuters) - Chevron Corp agreed",
                "HOUSTON",
                Some("Oct 23, 2023"),
            ),
            (
                "SAN FRANCISCO, Calif., March 3 — The company",
                "SAN FRANCISCO",
                Some("March 3"),
            ),
            (
                "Brakvik yard wins tug order.\nBRAKVIK, Minn. 2031-04-09\nThe yard said",
                "BRAKVIK",
                Some("2031-04-09"),
            ),
        ];
        let lang = crate::lang::Language::english().expect("English loads");
        let finder = Finder::new(&lang.dateline).expect("pattern compiles");
        let find = |t| finder.find(t);
        for (text, place, date) in cases {
            let d = find(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(d.place.map(|p| p.slice(text)), Some(*place));
            assert_eq!(d.date.map(|s| s.slice(text)), *date);
        }
        // A dateline on a line of its own.
        let d = find("Norsk buys Vela\nBERGEN, May 2 (Reuters) -\nNorsk said").expect("own line");
        assert!(d.agency.is_some());
        let text = "OSLO, May 2 (Reuters) - Norsk said";
        let d = find(text).expect("dateline");
        assert_eq!(d.agency.map(|s| s.slice(text)), Some("Reuters"));
        // An agency not listed is a credit by its shape: a capitalised name
        // in the brackets before the dash, after the place or the date.
        let text = "STOCKHOLM, Oct 2 (Tallvik) - Brennholm Kraft said";
        let d = find(text).expect("an unlisted agency after the date");
        assert_eq!(d.agency.map(|s| s.slice(text)), Some("Tallvik"));
        assert_eq!(d.date.map(|s| s.slice(text)), Some("Oct 2"));
        let text = "Oskar buys Vela\nLONDON (Quayline News) — Oskar Group said";
        let d = find(text).expect("an unlisted agency of two words");
        assert_eq!(d.agency.map(|s| s.slice(text)), Some("Quayline News"));
        // Words in brackets that are no name are no agency.
        assert!(find("LONDON (see below) - Oskar said").is_none());
        assert!(find("The CEO - who spoke - said").is_none());
        assert!(find("AI - the new frontier").is_none());
        // Capitals alone on a line, without a dash or an ISO date, are no
        // dateline.
        assert!(find("MARKET REPORT\nThe yard said").is_none());
        assert!(find("BRAKVIK 2031-04-09 yard").is_none());
        // A headline's label before a dash is no dateline; the one under
        // the headline is.
        let text = "DEAL FILING -- Quellmar Tugs Inc.\nBERGEN 2031-04-09\nThe yard said";
        let d = find(text).expect("the dateline under the headline");
        assert_eq!(d.place.map(|p| p.slice(text)), Some("BERGEN"));
        assert!(find("NEWS DIGEST - Ruritanian papers - May 4.\nThe papers said").is_none());
    }

    #[test]
    fn a_wire_credit_alone_is_a_dateline_without_a_place() {
        let lang = crate::lang::Language::english().expect("English loads");
        let finder = Finder::new(&lang.dateline).expect("pattern compiles");
        for text in [
            "Norsk buys Vela\n(Reuters) -- Norsk Tugs said on Monday",
            "Norsk buys Vela\n\n(NTB) — More than 300 workers at a yard in Lundby",
        ] {
            let d = finder.find(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(d.place, None);
            let agency = d.agency.map(|a| a.slice(text));
            assert!(matches!(agency, Some("Reuters" | "NTB")), "{text}");
            assert!(text[d.end..].starts_with("Norsk") || text[d.end..].starts_with("More"));
            assert_eq!(d.start, text.find('(').expect("bracket"));
        }
        // A line opening with brackets and no dash after them is running
        // text ("(LEAD) …", a note), no dateline.
        assert!(
            finder
                .find("(LEAD) Norsk to buy Vela\nNorsk said")
                .is_none()
        );
        assert!(finder.find("($1 = 7.2 crowns)\nNorsk said").is_none());
        assert!(finder.find("(Updates with shares)\nNorsk said").is_none());
    }

    #[test]
    fn a_dateline_s_region_is_a_place() {
        let lang = crate::lang::Language::english().expect("English loads");
        let finder = Finder::new(&lang.dateline).expect("pattern compiles");
        let text = "Council backs bond\n\nLUNDBY, Ostmark (AP) — The council voted";
        let d = finder.find(text).expect("dateline");
        let names: Vec<_> = d.names().map(|(s, k)| (s.slice(text), k)).collect();
        assert_eq!(
            names,
            [
                ("LUNDBY", EntityKind::Loc),
                ("Ostmark", EntityKind::Loc),
                ("AP", EntityKind::Org)
            ]
        );
        let text = "SAN FRANCISCO, March 3 — The company";
        let d = finder.find(text).expect("dateline");
        assert_eq!(d.region, None);
        assert_eq!(d.date.map(|s| s.slice(text)), Some("March 3"));
    }

    #[test]
    fn a_date_line_under_the_headline_is_the_publication_date() {
        let lang = crate::lang::Language::english().expect("English loads");
        let published = |t: &str| published(&lang, t, None);
        assert_eq!(
            published("Tarsia cuts jobs\nDecember 13, 2008\nTarsia said on Monday…").as_deref(),
            Some("2008-12-13")
        );
        assert_eq!(
            published("Tarsia cuts jobs\n\nTuesday, June 2, 2009\n\nTarsia said…").as_deref(),
            Some("2009-06-02")
        );
        // A date inside running text, or without its year, is no date line.
        assert_eq!(
            published("Tarsia cuts jobs\nTarsia said on December 13, 2008 that…"),
            None
        );
        assert_eq!(
            published("Tarsia cuts jobs\nDecember 13\nTarsia said…"),
            None
        );
    }
}
