//! A Markdown table of market data set in the story ("| DAX | 23,418.20 |
//! +0.6% |"): the site's prices, not the article's, with its header and
//! rule rows and the note on its prices or their source under it; and a
//! table of another matter's scores ("| Ada Lind | 88 | 102 |"): bare
//! figures beside names the story never mentions, with its heading, unless
//! a sentence of the story introduces it with a colon. Any other table is
//! the article's.

use std::sync::LazyLock;

use super::Page;
use super::forward::LineRegex;
use super::forward::on_demand;
use super::phrases::{alternatives, normal};

pub(super) const DATA_NOTES: &str = include_str!("../../../assets/lang/en/clutter/data-notes.re");

pub(super) static DATA_NOTE: LazyLock<LineRegex> = LazyLock::new(|| {
    let alternatives = alternatives(DATA_NOTES).join("|");
    on_demand(&format!(r"(?i)^[^A-Za-z0-9]*(?:{alternatives})"))
});

/// A table of scores has at least this many rows.
const MIN_SCORE_ROWS: usize = 2;
/// A name in its first cell: one to this many words.
const MAX_NAME_WORDS: usize = 4;

/// A market table has at least this many rows of changes.
const MIN_CHANGE_ROWS: usize = 2;
/// The note under it is at most this many words.
const MAX_NOTE_WORDS: usize = 15;

/// A row of a Markdown table: a line between pipes.
fn is_row(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 2 && t.starts_with('|') && t.ends_with('|')
}

/// The rule under a table's header ("|---|:---:|").
fn is_rule_row(line: &str) -> bool {
    line.trim()
        .bytes()
        .all(|b| matches!(b, b'|' | b'-' | b':' | b' '))
}

/// The row's last cell is a signed change ("+0.6%", "−12p", "-0.2%").
fn ends_in_change(line: &str) -> bool {
    let Some(cell) = line
        .trim()
        .trim_matches('|')
        .split('|')
        .map(str::trim)
        .rfind(|c| !c.is_empty())
    else {
        return false;
    };
    let Some(figure) = cell.strip_prefix(['+', '-', '−', '▲', '▼']) else {
        return false;
    };
    let figure = figure.trim_end_matches(['%', 'p']);
    !figure.is_empty()
        && figure
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// A table row's cells, trimmed.
fn cells(line: &str) -> Vec<&str> {
    line.trim()
        .trim_matches('|')
        .split('|')
        .map(str::trim)
        .collect()
}

/// A bare figure: digits, maybe with a decimal point, a thousands comma
/// or a not-out star ("88", "212*", "4.5"), and no unit.
fn is_bare_figure(cell: &str) -> bool {
    let digits = cell.trim_end_matches('*');
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// A name: one to a few capitalised words.
fn is_name(cell: &str) -> bool {
    let words: Vec<&str> = cell.split_whitespace().collect();
    (1..=MAX_NAME_WORDS).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

impl Page<'_> {
    /// The lines of each run of Markdown table rows, in order.
    fn table_runs(&self) -> Vec<std::ops::Range<usize>> {
        let n = self.lines.len();
        let mut runs = Vec::new();
        let mut i = 0;
        while i < n {
            if !is_row(self.line(i)) {
                i += 1;
                continue;
            }
            let start = i;
            while i < n && is_row(self.line(i)) {
                i += 1;
            }
            runs.push(start..i);
        }
        runs
    }

    /// Each Markdown table of scores (see the module's note) and the
    /// Markdown heading right above it.
    pub(super) fn mark_score_tables(&mut self) {
        for table in self.table_runs() {
            let (start, i) = (table.start, table.end);
            // The header row aside, every row a name and bare figures.
            let rows: Vec<Vec<&str>> = (start + 1..i)
                .filter(|&j| !is_rule_row(self.line(j)))
                .map(|j| cells(self.line(j)))
                .collect();
            let scores = rows.len() >= MIN_SCORE_ROWS
                && rows.iter().all(|r| {
                    r.len() >= 2 && is_name(r[0]) && r[1..].iter().all(|c| is_bare_figure(c))
                });
            // A table a sentence of the story introduces with a colon ("The
            // order is split between two models:") is the story's.
            let introduced = self
                .prev(start)
                .is_some_and(|p| self.shapes[p].intro && !self.clutter[p]);
            if !scores || introduced {
                continue;
            }
            let outside = |name: &str| {
                let table = self.lines[start].span.start..self.lines[i - 1].span.end;
                self.text
                    .match_indices(name)
                    .any(|(at, _)| !table.contains(&at))
            };
            if rows.iter().any(|r| outside(r[0])) {
                continue;
            }
            for flag in &mut self.clutter[start..i] {
                *flag = true;
            }
            if let Some(heading) = self.prev(start)
                && self.line(heading).trim_start().starts_with('#')
                && !self.shapes[heading].sentence
            {
                self.clutter[heading] = true;
            }
        }
    }

    /// Each Markdown table whose rows (the header aside) all end in a
    /// signed change, and the price note right under it.
    pub(super) fn mark_market_tables(&mut self) {
        for rows in self.table_runs() {
            let i = rows.end;
            let data = rows.clone().filter(|&j| !is_rule_row(self.line(j))).count();
            let changes = rows
                .clone()
                .filter(|&j| ends_in_change(self.line(j)))
                .count();
            if changes < MIN_CHANGE_ROWS || changes + 1 < data {
                continue;
            }
            for flag in &mut self.clutter[rows] {
                *flag = true;
            }
            if let Some(note) = self.next(i - 1)
                && self.shapes[note].words <= MAX_NOTE_WORDS
                && DATA_NOTE.is_match(&normal(self.line(note)))
            {
                self.clutter[note] = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{LEAD, MORE_LINE as MORE, boiler_text};

    #[test]
    fn a_market_table_and_its_note_go_but_the_article_s_table_stays() {
        let table = "| Market | Last | Change |\n|---|---|---|\n| Lund 40 | 2,418.20 | +0.6% |\n| NOK/SEK | 1.0142 | −0.2% |\n\n*Prices at 16:30 CET. Source: Norrdata*\n\n";
        let text = format!("{LEAD}{table}{MORE}");
        let b = boiler_text(&text).concat();
        assert!(
            b.contains("| Market |") && b.contains("−0.2%") && b.contains("Norrdata"),
            "{b:?}"
        );
        assert!(!b.contains("Quayside") && !b.contains("Brakvik"), "{b:?}");
        let terms = "| Term | Value |\n|---|---|\n| Price | €18 million |\n| Tugs | 2 |\n\n";
        let text = format!("{LEAD}{terms}{MORE}");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }

    #[test]
    fn a_table_of_another_matter_s_scores_goes_with_its_heading() {
        let table = "### Results\n\n| Rower | Time | Place |\n| :-- | --: | --: |\n| Tam Hollin-Reyes | 412 | 1 |\n| Bo Sandqvist | 418 | 2 |\n\n";
        let text = format!("{LEAD}{table}{MORE}");
        let b = boiler_text(&text).concat();
        assert!(
            b.contains("### Results") && b.contains("| Bo Sandqvist | 418 | 2 |"),
            "{b:?}"
        );
        assert!(!b.contains("Quayside"), "{b:?}");
        // The story's own table: its names are the story's.
        let table = "| Yard | Tugs |\n|---|---|\n| Ostra Marine | 2 |\n| Brakvik | 1 |\n\n";
        let text = format!("{LEAD}{table}{MORE}");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }
}
