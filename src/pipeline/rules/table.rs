//! Results tables of wire copy: the figures of a table's rows stand with no
//! currency of their own, which the table's unit line gives ("(in million
//! HK$ unless stated)"), so the MONEY pattern reads none of them.
//!
//! A unit line is a line in brackets whose first three words hold a scale
//! word ("(in million HK$)", "(Millions of yen)"). Each line after it, to
//! the next blank line, whose first word opens a row of money ("Shr",
//! "Net", "Turnover") and whose label is followed by numbers with a word
//! between columns ("65.61 vs 63.87", "nil vs 4.2") is a row: its numbers
//! are money. The figures stage gives them their scale and currency.
//!
//! Takes the rule words and the text; gives each figure with its row's
//! label and the table's unit line.

use crate::lang::{RuleWords, lowercase};
use crate::model::Span;

use super::bare::is_number;

/// How many words a unit line may open with before its scale word ("(in
/// U.S. million …)").
const SCALE_REACH: usize = 3;

/// One figure of a results table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    /// The number.
    pub number: Span,
    /// The row's label, before its first number ("Shr (H.K. cents)").
    pub label: Span,
    /// The table's unit line, brackets included.
    pub unit: Span,
}

/// The figures of every results table in `text`.
pub fn cells(words: &RuleWords, text: &str) -> Vec<Cell> {
    let mut out = Vec::new();
    let mut unit: Option<Span> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_end();
        if body.trim().is_empty() {
            unit = None;
            continue;
        }
        if unit_line(words, body) {
            unit = Some(Span::new(
                start + body.len() - body.trim_start().len(),
                start + body.len(),
            ));
            continue;
        }
        // Only a line under a unit line is split into words.
        if let Some(unit) = unit {
            out.extend(row(words, text, &tokens(text, body), unit));
        }
    }
    out
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

/// True when `line` is a table's unit line: in brackets, a scale word (or
/// its plural) among its first words.
fn unit_line(words: &RuleWords, line: &str) -> bool {
    let line = line.trim();
    line.starts_with('(')
        && line.ends_with(')')
        && line
            .split_whitespace()
            .take(SCALE_REACH)
            .map(bare)
            .any(|w| {
                words.table_scales.contains(&w)
                    || w.strip_suffix('s')
                        .is_some_and(|w| words.table_scales.contains(w))
            })
}

/// The figures of one row (`tokens` of its line), when it is one.
fn row(words: &RuleWords, text: &str, tokens: &[Span], unit: Span) -> Vec<Cell> {
    let Some(first) = tokens.iter().position(|t| is_number(t.slice(text))) else {
        return Vec::new();
    };
    if first == 0 || !words.table_rows.contains(&bare(tokens[0].slice(text))) {
        return Vec::new();
    }
    let cells = &tokens[first..];
    let mut versus = false;
    for t in cells {
        let w = bare(t.slice(text));
        if words.table_versus.contains(&w) {
            versus = true;
        } else if !is_number(t.slice(text)) && !words.table_empty.contains(&w) {
            return Vec::new();
        }
    }
    if !versus {
        return Vec::new();
    }
    let label = Span::new(tokens[0].start, tokens[first - 1].end);
    cells
        .iter()
        .filter(|t| is_number(t.slice(text)))
        .map(|&number| Cell {
            number,
            label,
            unit,
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
}
