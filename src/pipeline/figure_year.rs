//! The year of a figure: the date of its sentence nearest it, unless that
//! date is what the figure is compared with ("3.4 million yuan, down from
//! 15 million in the same 1995 period"; "61.45 billion pesetas on the
//! previous year").
//!
//! Takes the money words, the date facts and the mentions; gives the year
//! the date nearest a figure names.

use crate::lang::{Language, lowercase};
use crate::model::{DateFact, EntityKind, Granularity, MentionPlaces, MoneyFact, Span};

use super::dates::nearest;

/// The year of the figure at `figure` in `sentence`: the year of the date
/// nearest it, leaving out a date after a later amount it is compared with
/// ("from", "compared to") and a year a comparison word opens ("on the
/// previous year").
pub(super) fn figure_year(
    lang: &Language,
    text: &str,
    dates: &[DateFact],
    places: &MentionPlaces<'_>,
    sentence: Span,
    figure: Span,
) -> Option<i32> {
    let mentions = places.mentions();
    // Only the sentence's dates can place the figure (`nearest` takes no
    // other), and only the text up to them is read: reading the text between
    // the figure and every date of the document made a long article's
    // figures cubic in its length. Dates before the sentence still say
    // whether the article dates its figures at all (below).
    let at = |d: &DateFact| mentions.get(d.mention).map(|m| m.span);
    let mut earlier = dates
        .iter()
        .filter(|d| at(d).is_some_and(|m| m.end <= sentence.start));
    let dates: Vec<DateFact> = dates
        .iter()
        .filter(|d| at(d).is_some_and(|m| m.within(sentence)))
        .cloned()
        .collect();
    let compared = &lang.money.compared_with;
    let words = |t: &str| {
        lowercase(t)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| compared.contains(w))
    };
    // The start of the first later amount the figure is compared with
    // (the sentence's mentions come in the order they start).
    let compared_from = places
        .within(sentence)
        .find(|m| m.kind == EntityKind::Money && m.span.start >= figure.end)
        .filter(|m| text.get(figure.end..m.span.start).is_some_and(words))
        .map(|m| m.span.start);
    let own = |d: &DateFact| {
        let Some(span) = mentions.get(d.mention).map(|m| m.span) else {
            return false;
        };
        if compared_from.is_some_and(|c| span.start >= c) || matures(lang, text, figure, span) {
            return false;
        }
        // "improve on 1995's 2.26 billion": the year owns the figure.
        let possessive = text
            .get(span.end..)
            .is_some_and(|t| t.starts_with("'s") || t.starts_with("’s"));
        if possessive {
            return true;
        }
        // "on the previous year": a year is no day to be "on".
        let before = text
            .get(sentence.start.min(span.start)..span.start)
            .unwrap_or("");
        let opener = before.split_whitespace().last().unwrap_or("");
        !(d.granularity == Granularity::Year && lang.money.compared_on.contains_lowercase(opener))
    };
    // "For the final quarter of 2009, it made $868 million, and expects to
    // be profitable this year": a date in a later clause a comma and a
    // conjunction open is that clause's, while the figure's own has one.
    let later_clause = |d: &DateFact| {
        mentions.get(d.mention).is_some_and(|m| {
            m.span.start >= figure.end
                && text
                    .get(figure.end..m.span.start)
                    .is_some_and(|t| opens_clause(lang, t))
        })
    };
    let own_dates: Vec<DateFact> = dates.iter().filter(|d| own(d)).cloned().collect();
    let in_clause: Vec<DateFact> = own_dates
        .iter()
        .filter(|d| !later_clause(d))
        .cloned()
        .collect();
    let dated = |d: &DateFact| d.year().is_some() && d.granularity != Granularity::Duration;
    let kept = if in_clause.iter().any(dated) || earlier.any(|d| own(d) && dated(d)) {
        in_clause
    } else {
        own_dates
    };
    // "$0.13 for 1997, $0.40 for 1998": a date a preposition ties to the
    // figure right after it is its own, however near the one before.
    let linked = kept.iter().find(|d| {
        mentions.get(d.mention).is_some_and(|m| {
            m.span.start >= figure.end
                && text.get(figure.end..m.span.start).is_some_and(|t| {
                    let mut w = t.split_whitespace();
                    w.next()
                        .is_some_and(|w| lang.money.year_links.contains_lowercase(w))
                        && w.next().is_none()
                })
        })
    });
    if let Some(y) = linked.filter(|d| dated(d)).and_then(DateFact::year) {
        return Some(y);
    }
    nearest(&lang.dates, text, &kept, mentions, sentence, figure).and_then(|d| kept[d].year())
}

/// True when the date at `date` stands between the amount at `figure` and
/// the noun of the securities it buys ("$300 million January 1999 FRN",
/// "$200 million 2005 bonds"): when they mature, not when the money is
/// raised.
fn matures(lang: &Language, text: &str, figure: Span, date: Span) -> bool {
    date.start >= figure.end
        && text
            .get(figure.end..date.start)
            .is_some_and(|t| t.trim().is_empty())
        && text.get(date.end..).is_some_and(|t| {
            t.split_whitespace().next().is_some_and(|w| {
                lang.money
                    .issue_nouns
                    .contains_lowercase(w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            })
        })
}

/// A figure no date of its sentence places, stated again where one does
/// ("Ford posts $2.7 billion annual profit" over "an annual profit for the
/// last year of $2.7 billion"), has that statement's year: one amount in one
/// currency is one figure. Left alone when its statements differ in year.
pub(super) fn restated_years(facts: &mut [MoneyFact]) {
    for k in 0..facts.len() {
        if facts[k].year.is_some() || facts[k].value <= 0.0 {
            continue;
        }
        let f = &facts[k];
        let mut years = facts.iter().filter_map(|g| {
            (g.currency == f.currency
                && g.per == f.per
                && (g.value - f.value).abs() <= 1e-9 * f.value.abs())
            .then_some(g.year)
            .flatten()
        });
        let Some(y) = years.next() else {
            continue;
        };
        if years.all(|z| z == y) {
            facts[k].year = Some(y);
        }
    }
}

/// True when `between` holds a comma or semicolon followed by a word
/// that opens a new clause ("and", "but", "while").
fn opens_clause(lang: &Language, between: &str) -> bool {
    between.match_indices([',', ';']).any(|(i, _)| {
        between[i + 1..]
            .split_whitespace()
            .next()
            .is_some_and(|w| lang.money.clause_openers.contains_lowercase(w))
    })
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
    fn a_year_a_preposition_ties_to_the_figure_is_its_own() {
        let got = years(
            "Kelmark set estimates of $0.13 for 1997, $0.40 for 1998 and $0.43 for 1999.",
            "1996-08-23",
        );
        assert_eq!(
            got,
            want(&[("$0.13", 1997), ("$0.40", 1998), ("$0.43", 1999)])
        );
    }

    #[test]
    fn the_date_securities_mature_is_not_the_figures_year() {
        let got = years(
            "Hallvik Kredit sets $250 million January 2036 FRN.",
            "2031-08-22",
        );
        assert_eq!(got, want(&[("$250 million", 2031)]));
        // A year before a noun of results is the figure's own.
        let got = years(
            "Hallvik Kredit posts $250 million 2030 profit.",
            "2031-08-22",
        );
        assert_eq!(got, want(&[("$250 million", 2030)]));
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

    #[test]
    fn a_fourth_quarter_reported_in_january_is_last_years() {
        let got = years(
            "Tellmark's car division lost $1.5 billion in the fourth quarter.",
            "2006-01-27",
        );
        assert_eq!(got, want(&[("$1.5 billion", 2005)]));
        // Looking ahead, or later in the year: this year's.
        let got = years(
            "Tellmark will spend $2 billion in the fourth quarter.",
            "2006-01-27",
        );
        assert_eq!(got, want(&[("$2 billion", 2006)]));
        let got = years(
            "Tellmark lost $3 billion in the fourth quarter.",
            "2006-11-27",
        );
        assert_eq!(got, want(&[("$3 billion", 2006)]));
    }

    #[test]
    fn the_previous_half_is_a_year_before() {
        let got = years(
            "Quennel said its net profit for the six months to June 30 rose to \
             9.7 million pounds from 6.9 million in the previous first half.",
            "2004-08-28",
        );
        assert_eq!(
            got,
            want(&[("9.7 million pounds", 2004), ("6.9 million", 2003)])
        );
    }

    #[test]
    fn a_later_clause_keeps_its_date() {
        let got = years(
            "For the final quarter of 2009, Brennick says it made profits of \
             $868 million, and expects to stay profitable this year.",
            "2010-01-28",
        );
        assert_eq!(got, want(&[("$868 million", 2009)]));
    }

    #[test]
    fn a_year_owns_the_figure_it_possesses() {
        let got = years(
            "Quennel repeated it would improve on 2003's 2.2 billion guilder \
             net profit for the whole year of 2004.",
            "2004-08-23",
        );
        assert_eq!(got, want(&[("2.2 billion guilder", 2003)]));
    }

    #[test]
    fn a_headline_figure_has_the_year_of_its_restatement() {
        let got = years(
            "Brennick posts US$2.7 billion annual profit\n\n\
             Brennick has posted an annual profit for the last year of US$2.7 billion.",
            "2010-01-28",
        );
        // One figure: the headline's statement is a repeat of the body's.
        assert_eq!(got, want(&[("US$2.7 billion", 2009)]));
    }
}
