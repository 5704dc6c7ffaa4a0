//! The year of a figure: the date of its sentence nearest it, unless that
//! date is what the figure is compared with ("3.4 million yuan, down from
//! 15 million in the same 1995 period"; "61.45 billion pesetas on the
//! previous year").
//!
//! Takes the money words, the date facts and the mentions; gives the year
//! the date nearest a figure names.

use crate::lang::{Language, lowercase};
use crate::model::{DateFact, EntityKind, Granularity, Mention, Span};

use super::dates::nearest;

/// The year of the figure at `figure` in `sentence`: the year of the date
/// nearest it, leaving out a date after a later amount it is compared with
/// ("from", "compared to") and a year a comparison word opens ("on the
/// previous year").
pub(super) fn figure_year(
    lang: &Language,
    text: &str,
    dates: &[DateFact],
    mentions: &[Mention],
    sentence: Span,
    figure: Span,
) -> Option<i32> {
    let compared = &lang.money.compared_with;
    let words = |t: &str| {
        lowercase(t)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| compared.contains(w))
    };
    // The start of the first later amount the figure is compared with.
    let compared_from = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Money && m.span.within(sentence))
        .filter(|m| m.span.start >= figure.end)
        .min_by_key(|m| m.span.start)
        .filter(|m| text.get(figure.end..m.span.start).is_some_and(words))
        .map(|m| m.span.start);
    let own = |d: &DateFact| {
        let Some(span) = mentions.get(d.mention).map(|m| m.span) else {
            return false;
        };
        if compared_from.is_some_and(|c| span.start >= c) {
            return false;
        }
        // "on the previous year": a year is no day to be "on".
        let before = text
            .get(sentence.start.min(span.start)..span.start)
            .unwrap_or("");
        let opener = before.split_whitespace().last().unwrap_or("");
        !(d.granularity == Granularity::Year && lang.money.compared_on.contains_lowercase(opener))
    };
    let kept: Vec<DateFact> = dates.iter().filter(|d| own(d)).cloned().collect();
    nearest(&lang.dates, text, &kept, mentions, sentence, figure).and_then(|d| kept[d].year())
}

#[cfg(test)]
mod tests {
    use super::super::year_back::tests::years;

    fn want(rows: &[(&str, i32)]) -> Vec<(String, Option<i32>)> {
        rows.iter().map(|&(m, y)| (m.to_owned(), Some(y))).collect()
    }

    #[test]
    fn a_date_after_the_amount_compared_with_is_that_amounts() {
        let got = years(
            "Holmvik said net profit was 3.4 million yuan, down from 15.2 million \
             in the same 2003 period.",
            "2004-08-24",
        );
        assert_eq!(
            got,
            want(&[("3.4 million yuan", 2004), ("15.2 million", 2003)])
        );
        let got = years(
            "Brastow reported a profit of 21.8 million francs compared to 34.1 million \
             in the first six months of 2003.",
            "2004-08-24",
        );
        assert_eq!(
            got,
            want(&[("21.8 million francs", 2004), ("34.1 million", 2003)])
        );
        // Two figures of one year: no comparison between them.
        let got = years(
            "Brastow earned $5 million on sales of $40 million in 2003.",
            "2004-08-24",
        );
        assert_eq!(got, want(&[("$5 million", 2003), ("$40 million", 2003)]));
    }

    #[test]
    fn a_year_a_figure_is_compared_on_is_not_its_year() {
        let got = years(
            "Tarnfield said first half profits fell 1.1 percent to 61.45 billion \
             pesetas on the previous year.",
            "2004-08-24",
        );
        assert_eq!(got, want(&[("61.45 billion pesetas", 2004)]));
    }

    #[test]
    fn a_quarter_after_a_year_is_of_that_year() {
        let got = years(
            "Holmvik had a 2003 third quarter net profit of 72 million marks.",
            "2004-08-28",
        );
        assert_eq!(got, want(&[("72 million marks", 2003)]));
    }

    #[test]
    fn a_deadline_without_a_year_is_the_coming_one() {
        let got = years(
            "\"We pay Holmvik $900 million by September 5,\" he said.",
            "2004-08-23",
        );
        assert_eq!(got, want(&[("$900 million", 2004)]));
    }
}
