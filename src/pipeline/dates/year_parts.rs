//! A year's quarter or half written without its year ("the first half",
//! "the previous third quarter") takes it from the words before the
//! mention: the year written right before it ("a 1995 third quarter"), or
//! the year before after a backward word ("from 6.9 million in the
//! previous first half").

use crate::lang::Language;

use super::words::year_of;

/// "from 6.9 million in the previous first half": a quarter or half with
/// no year of its own after a backward word ("previous", "last") is the
/// same part of the year before.
pub(super) fn year_back_before(
    lang: &Language,
    mention: &str,
    before: &str,
    value: String,
) -> String {
    // Most values are no part of a year: the words are not read for them.
    if !is_year_part(&value) {
        return value;
    }
    let own_year = mention.split_whitespace().any(|w| year_of(w).is_some());
    let backward = |w: &str| lang.dates.backward.contains_lowercase(w);
    let previous = before
        .split_whitespace()
        .rev()
        .find(|w| !lang.dates.articles.contains_lowercase(w))
        .is_some_and(backward)
        || mention.split_whitespace().any(backward);
    match value.get(..4).and_then(|y| y.parse::<i32>().ok()) {
        Some(y) if !own_year && previous => format!("{}{}", y - 1, &value[4..]),
        _ => value,
    }
}

/// True for the value of a year's quarter or half ("2013-Q1", "2013-H2").
fn is_year_part(value: &str) -> bool {
    value.get(4..6).is_some_and(|p| p == "-Q" || p == "-H") && value.len() == 7
}

/// "a 1995 third quarter": a quarter or half with no year of its own is of
/// the year written right before it.
pub(super) fn year_written_before(mention: &str, before: &str, value: String) -> String {
    if !is_year_part(&value) {
        return value;
    }
    let own_year = mention.split_whitespace().any(|w| year_of(w).is_some());
    match before.split_whitespace().last().and_then(year_of) {
        Some(y) if !own_year && !before.ends_with(char::is_alphanumeric) => {
            format!("{y}{}", &value[4..])
        }
        _ => value,
    }
}
