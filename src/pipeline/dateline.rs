//! Datelines: "SEATTLE, Nov 22, 2024 —" at the head of a story names where it
//! was filed and when. The place is a location mention, the date anchors
//! relative dates, and the dateline is kept out of the first sentence so that
//! it is never mistaken for its subject.
//!
//! Takes the text; gives the [`Dateline`] (place, date, end), the
//! publication date it names, and splits it off the first sentence.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Granularity, Span};

use super::dates;
use super::segment::{Segmentation, Sentence};

/// A dateline found at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The place, in capitals ("SEATTLE", "NEW YORK").
    pub place: Span,
    /// The date, when given.
    pub date: Option<Span>,
    /// End of the dateline, after its dash.
    pub end: usize,
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)^(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:,? (?P<agency>\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI)\)))?(?:,? (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?))?(?:,? (?P<agency_after>\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI)\)))? ?(?:—|–|--|-) ",
    )
    .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
});

/// The first dateline in the first lines of `text`.
pub fn find(text: &str) -> Option<Dateline> {
    let head_end = text
        .char_indices()
        .filter(|(_, c)| *c == '\n')
        .nth(12)
        .map_or(text.len(), |(i, _)| i);
    let caps = DATELINE.captures(&text[..head_end])?;
    let place = caps.name("place")?;
    // A bare "AI - …" is no dateline: a place alone must be a real word of
    // four letters or more; otherwise a date or a news agency must follow.
    let letters = place.as_str().chars().filter(|c| c.is_alphabetic()).count();
    let agency = caps.name("agency").or_else(|| caps.name("agency_after"));
    if letters < 4 && caps.name("date").is_none() && agency.is_none() {
        return None;
    }
    Some(Dateline {
        place: Span::new(place.start(), place.end()),
        date: caps.name("date").map(|d| Span::new(d.start(), d.end())),
        end: caps.get(0)?.end(),
    })
}

/// The day a dateline's date names, as the publication date (`YYYY-MM-DD`),
/// when it names a whole day.
pub fn published(text: &str, dateline: Option<Dateline>) -> Option<String> {
    if let Some(d) = dateline.and_then(|d| d.date)
        && let (Some(day), Granularity::Day) = dates::normalize(d.slice(text), None)
        && dates::is_iso_day(&day)
    {
        return Some(day);
    }
    None
}

/// Makes the dateline a sentence of its own.
pub fn split_after(seg: &mut Segmentation, d: Dateline) {
    let Some(k) = seg
        .sentences
        .iter()
        .position(|s| s.span.contains(d.place.start))
    else {
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
        ];
        for (text, place, date) in cases {
            let d = find(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(d.place.slice(text), *place);
            assert_eq!(d.date.map(|s| s.slice(text)), *date);
        }
        assert!(find("The CEO - who spoke - said").is_none());
        assert!(find("AI - the new frontier").is_none());
    }
}
