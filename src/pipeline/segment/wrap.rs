//! A hard-wrapped paragraph's line ends (a PDF or a mail turned to text):
//! where a sentence goes on over the line end rather than ending there.

use crate::lang::{SegmentWords, lowercase};
use crate::model::Span;

/// A hard-wrapped line is at most this many characters long (a printed
/// page's column, a mail's 72); a paragraph set on one line is longer.
const MAX_WRAPPED_CHARS: usize = 100;
/// A wrapped line that shows its wrap by itself (a sentence ends inside
/// it, or inside the next) has at least this many characters…
const MIN_WRAPPED_CHARS: usize = 45;
/// …and one the line above shows wrapped at least this many.
const MIN_SHORT_WRAPPED_CHARS: usize = 20;

/// "… rose 9%\nto £1.42 billion", "… Ashgrove's managing partner,
/// Eleanor\nWhitfield-Brandt, said …": a sentence of a hard-wrapped
/// paragraph (a PDF or a mail turned to text) broken at a line end, read as
/// one. The line runs on: it is no longer than such lines are and ends in
/// a word, a comma or a figure, no sentence mark. It goes on when it ends
/// in a word that leaves a sentence open ("for", "the"), when the next
/// line opens with a word in lower case ("to", "ware" of "soft-\nware")
/// that is no label ("date: …"), or — for a name broken in two, or a
/// figure, on the next line — when a sentence ends inside the line, or
/// inside the next line or the line above when that runs on too; a
/// headline over a standfirst, a date line or a lead is none of these, and
/// a word that opens sentences ("The") on the next line opens one.
pub(super) fn wraps_a_line(
    words: &SegmentWords,
    text: &str,
    tok_span: Span,
    (tok, after): (&str, &str),
    gap: &str,
) -> bool {
    let word_end = tok
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '-' | '%'));
    if gap.matches('\n').count() != 1 || !word_end {
        return false;
    }
    let start = text[..tok_span.start].rfind('\n').map_or(0, |n| n + 1);
    let line = &text[start..tok_span.end];
    if !runs_on(line, MIN_SHORT_WRAPPED_CHARS) || is_menu_line(line) {
        return false;
    }
    let next_start = tok_span.end + gap.len();
    let next = text[next_start..].split('\n').next().unwrap_or("");
    let label = next.get(after.len()..).is_some_and(|r| r.starts_with(':'));
    if (lower_word(after) && !label) || words.open_ends.contains(tok) {
        return true;
    }
    let figure = after
        .trim_start_matches(['$', '€', '£', '¥'])
        .starts_with(|c: char| c.is_ascii_digit());
    if !((capitalised(tok) && capitalised(after)) || figure) || words.strong_openers.contains(after)
    {
        return false;
    }
    let above = (start > 0).then(|| {
        let above_end = start - 1;
        let above_start = text[..above_end].rfind('\n').map_or(0, |n| n + 1);
        &text[above_start..above_end]
    });
    let long = line.trim().chars().count() >= MIN_WRAPPED_CHARS;
    (long
        && (inner_end(words, line) || (runs_on(next, MIN_WRAPPED_CHARS) && inner_end(words, next))))
        || above.is_some_and(|a| runs_on(a, MIN_SHORT_WRAPPED_CHARS) && inner_end(words, a))
}

/// A menu's or a card's line: parts set apart by bars, dots, arrows or
/// runs of spaces ("Home | Markets | Log in", "Subscribe    Sign in"),
/// never a line of a paragraph.
fn is_menu_line(line: &str) -> bool {
    ["  ", "\t", " | ", " · ", " • ", " › ", " » "]
        .iter()
        .any(|sep| line.contains(sep))
}

/// A word of a name: a capital, a letter in lower case, letters and
/// hyphens only ("Whitfield-Brandt").
fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().any(char::is_lowercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
}

/// A line of a hard-wrapped paragraph that does not end its sentence: at
/// least `least` characters, no longer than such lines are, and no
/// sentence mark, colon or closing quote at its end.
fn runs_on(line: &str, least: usize) -> bool {
    (least..=MAX_WRAPPED_CHARS).contains(&line.trim().chars().count())
        && !line
            .trim_end()
            .ends_with(['.', '!', '?', ':', ';', '"', '”', ')'])
}

/// A word all in lower case ("to", "ware", "low-margin"): it goes on a
/// sentence, where a name ("iPhone") or a figure may open one.
fn lower_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
}

/// A sentence ends inside the line: a full stop after a word in lower case
/// that is no abbreviation ("St. Martin"), a space and a capital ("… the
/// farms. The deal …").
fn inner_end(words: &SegmentWords, line: &str) -> bool {
    line.match_indices(". ").any(|(at, _)| {
        let word = line[..=at].rsplit(char::is_whitespace).next().unwrap_or("");
        line[..at].chars().last().is_some_and(char::is_lowercase)
            && !is_abbreviation(words, word)
            && line[at + 2..].starts_with(char::is_uppercase)
    })
}

/// A word whose full stop is its own: an abbreviation of the list, one
/// with inner full stops ("U.S."), an initial ("J.") or a two-letter
/// capitalised one ("Co.").
pub(super) fn is_abbreviation(words: &SegmentWords, word: &str) -> bool {
    let w = lowercase(word.trim_end_matches('.'));
    // Internal periods: U.S., U.K., a.m.
    (word.len() >= 3
        && word[..word.len() - 1].contains('.')
        && word.chars().filter(|c| c.is_alphabetic()).count() <= 5)
        || words.abbreviations.contains(&w)
        || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        || (word.chars().count() == 2 && word.chars().next().is_some_and(char::is_uppercase))
}
