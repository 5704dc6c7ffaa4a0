//! Results compared with the year before: in a sentence about a period's
//! results, "A from B" ("turnover fell to 937 million yuan from 1.2
//! billion", "earnings rose to 1,803 million rand from 1,003 million rand
//! previously") sets B against the same period a year earlier, so B is of
//! the year before A's.
//!
//! Takes the money words, the mentions, the sentences and the money facts
//! with their years; gives the facts back with such amounts a year earlier.
//! Run after [`super::year_back::years_back`], which moves the amounts a
//! phrase marks ("a year earlier") itself.

use crate::lang::{Language, MoneyWords, lowercase};
use crate::model::{EntityKind, Mention, MoneyFact};

use super::dates::{Anchor, past_around};

use super::segment::Segmentation;

/// The year of figure `f`, which no date places: the article's (`anchor`),
/// or the one before when the article is from January and the figure's
/// sentence tells results in the past tense ("A further $1.3 billion was
/// lost in restructuring charges", written in January 2006: 2005's).
pub fn undated_year(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    anchor: Anchor,
    f: &MoneyFact,
) -> i32 {
    let Some(m) = mentions.get(f.mention).filter(|_| anchor.month == 1) else {
        return anchor.year;
    };
    let Some(sentence) = seg.sentences.get(seg.sentence_index(m.span.start)) else {
        return anchor.year;
    };
    let words = &lang.money;
    let results = lowercase(sentence.span.slice(text))
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| words.results_nouns.contains(w) || words.results_verbs.contains(w));
    if results && past_around(&lang.dates, text, m.span) {
        anchor.year - 1
    } else {
        anchor.year
    }
}

/// Moves back a year each amount B of "A from B" ("against", "versus";
/// nothing else between them but a results noun or a word of direction:
/// "A profit, up from B") in a sentence that names a period's results
/// before B, where B has
/// the year of A (no date of its own moved it) and no date follows B in its
/// clause ("from $4 in March"), and no word of a forecast or estimate makes
/// the two one year's figure revised.
pub fn results_years(
    words: &MoneyWords,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    facts: &mut [MoneyFact],
) {
    let order = super::year_back::in_text_order(mentions, facts);
    let mut back = Vec::new();
    for pair in order.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let (Some(ma), Some(mb)) = (
            mentions.get(facts[a].mention),
            mentions.get(facts[b].mention),
        ) else {
            continue;
        };
        let s = seg.sentence_index(ma.span.start);
        let Some(sentence) = seg.sentences.get(s).map(|x| x.span) else {
            continue;
        };
        if s != seg.sentence_index(mb.span.start) || ma.span.end > mb.span.start {
            continue;
        }
        let between = text.get(ma.span.end..mb.span.start).unwrap_or("").trim();
        if !compares(words, between) || facts[a].year.is_none() || facts[a].year != facts[b].year {
            continue;
        }
        let lower = |from: usize, to: usize| {
            text.get(from..to)
                .unwrap_or("")
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        };
        let before = lower(sentence.start, mb.span.start);
        let whole = lower(sentence.start, sentence.end);
        if !before.iter().any(|w| words.results_nouns.contains(w))
            || whole.iter().any(|w| words.results_not.contains(w))
        {
            continue;
        }
        // "from $4 in March": a date in B's clause is B's own.
        let clause_end = text
            .get(mb.span.end..sentence.end)
            .and_then(|t| t.find([',', ';', '(', '-']))
            .map_or(sentence.end, |k| mb.span.end + k);
        let dated = mentions.iter().any(|m| {
            m.kind == EntityKind::Date && m.span.start >= mb.span.end && m.span.end <= clause_end
        });
        if !dated {
            back.push(b);
        }
    }
    for b in back {
        if let Some(y) = facts[b].year.as_mut() {
            *y -= 1;
        }
    }
}

/// True when `between` (the words between A and B) compares them: a word
/// of `compared_with` ("from"), or one after a results noun or a word of
/// direction ("profit, up from").
fn compares(words: &MoneyWords, between: &str) -> bool {
    let parts: Vec<&str> = between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let Some((last, lead)) = parts.split_last() else {
        return false;
    };
    words.compared_with.contains_lowercase(last)
        && (between.trim() == *last
            || lead.iter().all(|w| {
                words.results_nouns.contains_lowercase(w)
                    || words.compared_lead.contains_lowercase(w)
            }))
}

#[cfg(test)]
mod tests {
    use super::super::year_back::tests::years;

    fn want(rows: &[(&str, i32)]) -> Vec<(String, Option<i32>)> {
        rows.iter().map(|&(m, y)| (m.to_owned(), Some(y))).collect()
    }

    #[test]
    fn results_told_in_january_are_the_year_befores() {
        let got = years(
            "A further $1.3 billion was lost in restructuring charges.",
            "2006-01-27",
        );
        assert_eq!(got, want(&[("$1.3 billion", 2005)]));
        // Looking ahead, no results, or later in the year: this year's.
        let got = years("Tellmark will earn $2 billion.", "2006-01-27");
        assert_eq!(got, want(&[("$2 billion", 2006)]));
        let got = years("Tellmark paid $3 billion for Quennel.", "2006-01-27");
        assert_eq!(got, want(&[("$3 billion", 2006)]));
        let got = years(
            "A further $4 billion was lost in restructuring charges.",
            "2006-05-27",
        );
        assert_eq!(got, want(&[("$4 billion", 2006)]));
    }

    #[test]
    fn results_from_an_amount_are_set_against_the_year_before() {
        let got = years(
            "Tarnfield said turnover fell to 93.5 million yuan from 121.5 million.",
            "2004-08-24",
        );
        assert_eq!(
            got,
            want(&[("93.5 million yuan", 2004), ("121.5 million", 2003)])
        );
        let got = years(
            "Holvard raised attributable earnings to 1,803 million rand from 1,003 million \
             rand previously.",
            "2004-08-24",
        );
        assert_eq!(
            got,
            want(&[("1,803 million rand", 2004), ("1,003 million rand", 2003)])
        );
    }

    #[test]
    fn a_forecast_revised_a_price_or_a_dated_amount_keeps_its_year() {
        // A forecast raised is one year's figure.
        let got = years(
            "Tarnfield raised its profit forecast to $40 million from $35 million.",
            "2004-08-24",
        );
        assert_eq!(got, want(&[("$40 million", 2004), ("$35 million", 2004)]));
        // No results noun: a price.
        let got = years(
            "Tarnfield shares rose on Thursday to $3.75 from $3.00.",
            "2004-08-24",
        );
        assert_eq!(got, want(&[("$3.75", 2004), ("$3.00", 2004)]));
        // A date of its own.
        let got = years(
            "Tarnfield said sales rose to $40 million from $35 million in March.",
            "2004-08-24",
        );
        assert_eq!(got, want(&[("$40 million", 2004), ("$35 million", 2004)]));
    }

    #[test]
    fn up_from_after_a_results_noun_compares_with_the_year_before() {
        let got = years(
            "In the first half, Quennel posted a 6.1 million markka profit, up from 0.7 million.",
            "2004-08-29",
        );
        assert_eq!(
            got,
            want(&[("6.1 million markka", 2004), ("0.7 million", 2003)])
        );
    }
}
