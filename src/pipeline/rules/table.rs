//! Results tables of wire copy: the figures of a table's rows stand with no
//! currency of their own, which the table's unit line gives ("(in million
//! HK$ unless stated)"), so the MONEY pattern reads none of them.
//!
//! A table is a run of lines without a blank one. Its unit line is a line
//! in brackets whose first words hold a scale word ("(in million HK$)",
//! "(Millions of yen)", "(All Data Above 000s …)"); Hong Kong copy writes
//! it above the rows, US copy below them, so a row takes the nearest one
//! above it in its run, else the first one below. A line whose first word
//! opens a row of money ("Shr", "Net", "Turnover") and whose label is
//! followed by figures is a row when its columns are told apart: by a
//! word between them ("65.61 vs 63.87", "nil vs 4.2"), or by a line of
//! years above that heads as many columns ("1996 1995"), which then gives
//! each column its year. A figure may carry its sign word ("loss 1,071")
//! or its currency ("$0.22"). The figures stage gives them their scale,
//! currency and year.
//!
//! Takes the rule words and the text; gives each figure with its row's
//! label, the table's unit line and its column's year.

use std::sync::LazyLock;

use memchr::memmem;

use crate::lang::{RuleWords, lowercase};
use crate::model::Span;

use super::bare::is_number;

/// How many words a unit line may open with before its scale word ("(All
/// Data Above 000s …)").
const SCALE_REACH: usize = 4;

/// The digits of a year heading a column.
const YEAR_DIGITS: usize = 4;

/// One figure of a results table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    /// The number, with its currency sign when it has one ("$0.22").
    pub number: Span,
    /// The row's label, before its first number ("Shr (H.K. cents)").
    pub label: Span,
    /// The table's unit line, brackets included.
    pub unit: Span,
    /// The year heading the figure's column, when a line of years does.
    pub year: Option<i32>,
}

/// The figures of every results table in `text`.
pub fn cells(words: &RuleWords, text: &str) -> Vec<Cell> {
    let mut out = Vec::new();
    let mut block: Vec<Span> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_end();
        if body.trim().is_empty() {
            out.extend(block_cells(words, text, &block));
            block.clear();
            continue;
        }
        let lead = body.len() - body.trim_start().len();
        block.push(Span::new(start + lead, start + body.len()));
    }
    out.extend(block_cells(words, text, &block));
    out
}

/// The figures of one run of lines (`lines`, spans of `text`).
fn block_cells(words: &RuleWords, text: &str, lines: &[Span]) -> Vec<Cell> {
    let units: Vec<bool> = lines
        .iter()
        .map(|l| unit_line(words, l.slice(text)))
        .collect();
    // Most runs of lines are prose: with no unit line, no figure of theirs
    // is a cell, and none is split into words.
    if !units.contains(&true) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut years: Vec<i32> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let tokens = tokens(text, line.slice(text));
        if units[i] {
            // "Financial Data in 000s: 1995 1994": the years it ends with
            // head the columns.
            let lead = tokens.iter().rposition(|t| !is_year(t.slice(text)));
            if let Some(heads) = year_heads(text, &tokens[lead.map_or(0, |k| k + 1)..]) {
                years = heads;
            }
            continue;
        }
        if let Some(heads) = year_heads(text, &tokens) {
            years = heads;
            continue;
        }
        let above = (0..i).rev().find(|&j| units[j]);
        let Some(unit) = above.or_else(|| (i + 1..lines.len()).find(|&j| units[j])) else {
            continue;
        };
        // "Profit before extraordinaries, appropriations,\ntaxes 6.3 vs
        // 21.0": a label wrapped onto the row's line opens on the line
        // before, which ends in a comma.
        let wrapped = i
            .checked_sub(1)
            .filter(|&j| !units[j])
            .map(|j| lines[j])
            .filter(|l| wraps_label(words, text, *l));
        out.extend(row(words, text, &tokens, (wrapped, lines[unit]), &years));
    }
    out
}

/// True when `line` opens a row's label and leaves it for the next line:
/// its first word opens a row of money, it ends in a comma, and it holds
/// no figure.
fn wraps_label(words: &RuleWords, text: &str, line: Span) -> bool {
    let line = line.slice(text);
    line.ends_with(',')
        && line
            .split_whitespace()
            .next()
            .is_some_and(|w| words.table_rows.contains(&bare(w)))
        && !line
            .split_whitespace()
            .any(|w| is_figure(w.trim_end_matches(',')))
}

/// True for a year written alone ("1996").
fn is_year(w: &str) -> bool {
    w.len() == YEAR_DIGITS && w.chars().all(|c| c.is_ascii_digit())
}

/// The years of a line that holds only years, two or more ("1996 1995").
fn year_heads(text: &str, tokens: &[Span]) -> Option<Vec<i32>> {
    let years: Vec<i32> = tokens
        .iter()
        .map_while(|t| {
            let w = t.slice(text);
            is_year(w).then(|| w.parse().ok()).flatten()
        })
        .collect();
    (years.len() == tokens.len() && years.len() > 1).then_some(years)
}

/// The words of `line`, a slice of `text`, with their spans in `text`.
fn tokens(text: &str, line: &str) -> Vec<Span> {
    line.split_whitespace()
        .map(|t| {
            let at = t.as_ptr() as usize - text.as_ptr() as usize;
            Span::new(at, at + t.len())
        })
        .collect()
}

/// A word lower-cased without the punctuation around it ("(in" is "in").
fn bare(word: &str) -> String {
    lowercase(word.trim_matches(|c: char| !c.is_alphanumeric() && c != '/'))
}

/// True for a scale written in zeros ("000s", "000"): thousands.
pub(crate) fn zeros_scale(word: &str) -> bool {
    let digits = word.strip_suffix('s').unwrap_or(word);
    digits.len() == 3 && digits.chars().all(|c| c == '0')
}

/// The search for a scale written in zeros, built once (`memmem::find`
/// builds its searcher anew each call: every line of a text is asked,
/// twice).
static ZEROS: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"000"));

/// True when `line` is a table's unit line: in brackets, a scale word (or
/// its plural) among its first words; or any line with a scale written in
/// zeros ("Financial Data in 000s:"), which only a unit line writes.
fn unit_line(words: &RuleWords, line: &str) -> bool {
    let line = line.trim();
    // Only a line holding "000" can write a scale in zeros: the others
    // are not split and lower-cased word by word (every line of a text is
    // asked, twice). Looked for by `memmem` (`str::contains` builds a
    // searcher a line, 1.9 M instructions on the 60 dev texts).
    ZEROS.find(line.as_bytes()).is_some() && line.split_whitespace().any(|w| zeros_scale(&bare(w)))
        || line.starts_with('(')
            && line.ends_with(')')
            && line
                .split_whitespace()
                .take(SCALE_REACH)
                .map(bare)
                .any(|w| {
                    zeros_scale(&w)
                        || words.table_scales.contains(&w)
                        || w.strip_suffix('s')
                            .is_some_and(|w| words.table_scales.contains(w))
                })
}

/// True for a figure of a row: a number, bare or after a currency sign
/// ("1,071", "$0.22"), perhaps in the brackets of a loss ("($3,422)").
fn is_figure(w: &str) -> bool {
    let w = unbracketed(w);
    is_number(w) || signed(w).is_some()
}

/// A figure without the brackets that mark it a loss ("($3,422)").
fn unbracketed(w: &str) -> &str {
    w.strip_prefix('(')
        .and_then(|w| w.strip_suffix(')'))
        .unwrap_or(w)
}

/// The span of a figure's token without the brackets of a loss.
fn inner(text: &str, t: Span) -> Span {
    let w = t.slice(text);
    let u = unbracketed(w);
    let at = t.start + (u.as_ptr() as usize - w.as_ptr() as usize);
    Span::new(at, at + u.len())
}

/// The number of a figure written after its currency sign ("$0.22" gives
/// "0.22"); the sign ends in a symbol, never a letter or a bracket.
fn signed(w: &str) -> Option<&str> {
    let at = w.find(|c: char| c.is_ascii_digit())?;
    let (sign, number) = w.split_at(at);
    let last = sign.chars().last()?;
    let symbol = !last.is_alphanumeric() && !"([-+.,".contains(last);
    (symbol && is_number(number)).then_some(number)
}

/// The figures of one row (`tokens` of its line), when it is one; its
/// label opens on the line `wrapped` when a label is wrapped onto it.
fn row(
    words: &RuleWords,
    text: &str,
    tokens: &[Span],
    (wrapped, unit): (Option<Span>, Span),
    years: &[i32],
) -> Vec<Cell> {
    // "- Revenue $15,400 $10,000": a bullet before the label.
    let bullets = tokens
        .iter()
        .take_while(|t| !t.slice(text).contains(char::is_alphanumeric))
        .count();
    let tokens = &tokens[bullets..];
    let word = |t: &Span| bare(t.slice(text));
    let opens = |i: usize| {
        is_figure(tokens[i].slice(text))
            || words.table_signs.contains(&word(&tokens[i]))
                && tokens.get(i + 1).is_some_and(|t| is_figure(t.slice(text)))
    };
    let Some(first) = (1..tokens.len()).find(|&i| opens(i)) else {
        return Vec::new();
    };
    if wrapped.is_none() && !words.table_rows.contains(&word(&tokens[0])) {
        return Vec::new();
    }
    let cells = &tokens[first..];
    let mut versus = false;
    for t in cells {
        let w = word(t);
        if words.table_versus.contains(&w) {
            versus = true;
        } else if !is_figure(t.slice(text))
            && !words.table_empty.contains(&w)
            && !words.table_signs.contains(&w)
        {
            return Vec::new();
        }
    }
    let figures: Vec<Span> = cells
        .iter()
        .filter(|t| is_figure(t.slice(text)))
        .map(|&t| inner(text, t))
        .collect();
    let columns = !years.is_empty() && figures.len() == years.len();
    if !versus && !columns {
        return Vec::new();
    }
    let label = Span::new(
        wrapped.map_or(tokens[0].start, |l| l.start),
        tokens[first - 1].end,
    );
    figures
        .iter()
        .enumerate()
        .map(|(c, &number)| Cell {
            number,
            label,
            unit,
            year: columns.then(|| years[c]),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;

    /// The MONEY matches in `text`.
    fn money(text: &str) -> Vec<&str> {
        super::super::tests::kinds(text, EntityKind::Money)
    }

    #[test]
    fn the_rows_of_money_under_a_unit_line_are_money() {
        let text = "Brennhold Holdings half-year results.\n\
                    Six months ended June 30\n\
                    (in million HK$ unless stated)\n\
                    Shr (H.K. cents) 12.40 vs 10.05\n\
                    Dividend (H.K. cents) 4.0 vs 4.0\n\
                    Exceptional items nil vs nil\n\
                    Net 310.25 vs nil\n\
                    Avg shrs 250.1 vs 248.3\n\
                    Dividend payable October 8\n\
                    \n\
                    Net 55.2 vs 40.1\n";
        assert_eq!(
            money(text),
            vec!["12.40", "10.05", "4.0", "4.0", "310.25"],
            "{text}"
        );
        // No unit line: no table.
        assert!(money("Results for the year\nNet 12.5 vs 11.0\n").is_empty());
        // A row must compare its columns.
        let single = "(Millions of yen)\nSales 1,200\n";
        assert!(!money(single).contains(&"1,200"), "{:?}", money(single));
    }

    #[test]
    fn a_label_wrapped_onto_the_rows_line_opens_on_the_line_before() {
        let text = "Kaarnala Oyj half-year results.\n\
                    Six months to June 30,\n\
                    (million markka unless stated)\n\
                    Profit after financial items,\n\
                    reserves 14.2 vs 9.8\n\
                    Earnings per share (markka) 1.15 vs 0.80\n\
                    Staff numbers, end of period,\n\
                    total 1,250 vs 1,180\n";
        assert_eq!(money(text), vec!["14.2", "9.8", "1.15", "0.80"], "{text}");
        // A line ending in a comma that holds a figure wraps no label.
        let figured = "(million markka unless stated)\n\
                       Net sales 310.5,\n\
                       strongly 5.0 vs 4.0\n";
        assert!(money(figured).is_empty(), "{:?}", money(figured));
    }

    #[test]
    fn a_unit_line_below_the_rows_and_years_over_the_columns_make_a_table() {
        let text = "Korvane Systems Q3 loss narrows.\n\
                    DENVER 2031-10-30\n\
                    2031 2030\n\
                    Shr loss $0.12 loss $0.30\n\
                    Net loss 2,310 profit 405\n\
                    Revs 8,120 7,005\n\
                    Avg shrs 19,250 18,900\n\
                    (All Data Above 000s Except Per Share Numbers)\n";
        assert_eq!(
            money(text),
            vec!["$0.12", "$0.30", "2,310", "405", "8,120", "7,005"],
            "{text}"
        );
        // A unit line in words with the years, bullets and a loss in brackets.
        let form = "Stated figures\n\
                    Financial Data in 000s: 2031 2030\n\
                    - Revenue $15,400 $10,000\n\
                    - Net Income (loss) $2,074 ($3,422)\n";
        assert_eq!(
            money(form),
            vec!["$15,400", "$10,000", "$2,074", "$3,422"],
            "{form}"
        );
        // Without the years or a word between them, two numbers are no columns.
        let loose = "Revs 8,120 7,005\n(All Data Above 000s)\n";
        assert!(money(loose).is_empty(), "{:?}", money(loose));
        // A row of three numbers under two years is no row.
        let three = "2031 2030\nRevs 8,120 7,005 6,900\n(All Data Above 000s)\n";
        assert!(money(three).is_empty(), "{:?}", money(three));
    }
}
