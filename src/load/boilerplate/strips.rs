//! A market-data strip on one line: three or more quotes set apart by bars,
//! dots or runs of spaces, each a name with a price or a level and maybe a
//! signed change ("FTSE 100 8,214.33 +0.42% | Brent $83.12 | EUR/USD 1.0841").
//! Told by its figures, in any language. Also a line of live readings, a
//! level and its change behind an arrow ("3.42 m ▲ 6 cm"), and a local
//! page's service strip: a label in capitals and short parts after it
//! ("TIDES · High water 06:12 · Low water 12:40"), and one reading of an
//! index or a price above the headline ("Milk price index, May: 0.41 €/kg,
//! unchanged").

use std::sync::LazyLock;

use super::Page;
use super::forward::LineRegex;
use super::forward::on_demand;
use super::phrases::{alternation, whole_line_pattern};

/// A strip has at least this many parts…
const MIN_PARTS: usize = 3;
/// …each of at most this many words.
const MAX_PART_WORDS: usize = 5;

/// A figure as quotes show it: a price with a currency sign, a level with a
/// decimal point or thousands separator, or a signed change.
fn is_quote_figure(word: &str) -> bool {
    let w = word
        .trim_end_matches(['%', 'p', ')'])
        .trim_start_matches('(');
    let signed = w.strip_prefix(['+', '−', '-', '▲', '▼']);
    let priced = w.strip_prefix(['$', '€', '£', '¥']);
    let digits = signed.or(priced).unwrap_or(w);
    let numeric = !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    numeric && (signed.is_some() || priced.is_some() || digits.contains(['.', ',']))
}

/// The parts of a line between bars, middle dots, bullets or runs of two
/// or more spaces.
fn parts(line: &str) -> Vec<&str> {
    line.split(['|', '·', '•'])
        .flat_map(|p| p.split("  "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Three or more parts, each short, and all but one of them a quote with
/// its figure; a signed change among them.
pub(super) fn is_data_strip(line: &str) -> bool {
    let parts = parts(line);
    if parts.len() < MIN_PARTS {
        return false;
    }
    let quotes = parts
        .iter()
        .filter(|p| {
            let words: Vec<&str> = p.split_whitespace().collect();
            words.len() <= MAX_PART_WORDS
                && words.len() >= 2
                && words.iter().any(|w| is_quote_figure(w))
        })
        .count();
    let signed = line
        .split_whitespace()
        .any(|w| w.starts_with(['+', '−', '▲', '▼']) && is_quote_figure(w));
    signed && quotes >= MIN_PARTS && quotes + 1 >= parts.len()
}

/// Arrows a live reading sets before its change ("▲ 6 cm", "▼0.4%").
const CHANGE_ARROWS: [char; 6] = ['▲', '▼', '△', '▽', '↑', '↓'];
/// A reading's line is at most this many words.
const MAX_READING_WORDS: usize = 20;

/// A line of live readings: a level with its change behind an arrow ("River
/// level at Brakvik: 3.42 m ▲ 6 cm · Ferries: running"), no sentence and
/// no row of a table. Prose writes a rise in words, never with an arrow.
pub(super) fn is_live_reading(line: &str) -> bool {
    let t = line.trim();
    let arrowed = t.match_indices(CHANGE_ARROWS).any(|(at, arrow)| {
        t[at + arrow.len()..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    });
    arrowed
        && !t.starts_with('|')
        && !t.ends_with(['.', '!', '?'])
        && t.split_whitespace().count() <= MAX_READING_WORDS
}

/// A strip's label in capitals has at most this many words…
const MAX_LABEL_WORDS: usize = 3;
/// …and at least this many letters.
const MIN_LABEL_LETTERS: usize = 4;
/// A strip's part is at most this many words.
const MAX_STRIP_PART_WORDS: usize = 12;

/// A service strip: a label in capitals, then two or more short parts, all
/// set apart by middle dots, bullets or bars, and no sentence end ("SNOW
/// REPORT · Kvitfjell 92 cm · 24 lifts open"). A headline set in capitals
/// has no parts after it; a byline's name is no label in capitals.
pub(super) fn is_labelled_strip(line: &str) -> bool {
    let t = line.trim();
    let parts: Vec<&str> = t
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let Some((&first, more)) = parts.split_first() else {
        return false;
    };
    // A label may end in a colon with the first part after it ("TODAY'S
    // NOTICES: Ida Berg, Lund (91) · Ole Ness, Brakvik (84)").
    let (label, rest) = match first.split_once(": ") {
        Some((label, part)) if !part.trim().is_empty() => {
            (label, [&[part.trim()][..], more].concat())
        }
        _ => (first, more.to_vec()),
    };
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = label
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    rest.len() >= 2
        && capitals
        && letters >= MIN_LABEL_LETTERS
        && (1..=MAX_LABEL_WORDS).contains(&label.split_whitespace().count())
        && rest
            .iter()
            .all(|p| p.split_whitespace().count() <= MAX_STRIP_PART_WORDS)
        && !t.ends_with(['.', '!', '?'])
}

/// Words a reading writes its change with ("unchanged", "up").
const CHANGES: &str = include_str!("../../../assets/lang/en/clutter/changes.re");

pub(super) static CHANGE: LazyLock<LineRegex> =
    LazyLock::new(|| on_demand(&whole_line_pattern(&alternation(CHANGES))));

/// A reading's label is at most this many words…
const MAX_READING_LABEL_WORDS: usize = 8;
/// …and its value, the figure and its change, at most this many.
const MAX_READING_VALUE_WORDS: usize = 6;

/// A word that opens with a figure, maybe behind a currency sign ("0.89",
/// "€412").
fn opens_with_figure(word: &str) -> bool {
    word.trim_start_matches(['$', '€', '£', '¥'])
        .starts_with(|c: char| c.is_ascii_digit())
}

/// One reading of an index or a price: a label, a colon, a figure and its
/// change, in words or signed ("Milk price index, May: 0.41 €/kg,
/// unchanged", "Lund harbour dues: €12.40, up 3%"), with no sentence end.
/// A fact box's line has the same shape, so only a reading above the
/// headline is the page's (see [`Page::mark_data_strips`]).
pub(super) fn is_reading(line: &str) -> bool {
    let t = line.trim();
    let Some((label, value)) = t.split_once(": ") else {
        return false;
    };
    let words: Vec<&str> = value.split_whitespace().collect();
    let changed = words.iter().skip(1).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && !"+−-%".contains(c));
        CHANGE.is_match(w) || (w.starts_with(['+', '−']) && w[1..].starts_with(char::is_numeric))
    });
    !t.ends_with(['.', '!', '?'])
        && (1..=MAX_READING_LABEL_WORDS).contains(&label.split_whitespace().count())
        && words.len() <= MAX_READING_VALUE_WORDS
        && words.first().is_some_and(|w| opens_with_figure(w))
        && changed
}

/// A cell of a strip copied one cell a line holds at most this many words…
const MAX_CELL_WORDS: usize = 4;
/// …a quote's name takes at most this many lines, its figures at most this
/// many…
const MAX_NAME_CELLS: usize = 2;
const MAX_FIGURE_CELLS: usize = 3;
/// …and a strip has at least this many quotes.
const MIN_SPLIT_QUOTES: usize = 2;

/// A line of figures only, as a quote's cells show them ("5,718.40",
/// "+0.62%", "-0.39").
fn is_figure_cell(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    !words.is_empty() && words.len() <= MAX_CELL_WORDS && words.iter().all(|w| is_quote_figure(w))
}

/// A signed change among a line's figures ("+0.62%", "−1.2").
fn has_signed_change(line: &str) -> bool {
    line.split_whitespace()
        .any(|w| w.starts_with(['+', '−', '-', '▲', '▼']) && is_quote_figure(w))
}

impl Page<'_> {
    /// The quote starting at `i` when a strip is copied one cell a line: one
    /// or two short name lines, then one to three lines of figures with a
    /// signed change among them ("S&P 500" / "5,718.40" / "+0.62%"). Gives
    /// the quote's last line.
    fn split_quote_at(&self, i: usize) -> Option<usize> {
        let short_name = |j: usize| {
            let s = self.shapes[j];
            !s.blank && !s.sentence && s.words <= MAX_CELL_WORDS && !is_figure_cell(self.line(j))
        };
        let mut j = i;
        let mut names = 0;
        while names < MAX_NAME_CELLS && j < self.lines.len() && short_name(j) {
            names += 1;
            j = self.next(j)?;
        }
        if names == 0 {
            return None;
        }
        let (mut last, mut figures, mut signed) = (None, 0, false);
        let mut k = Some(j);
        while let Some(f) = k {
            if figures == MAX_FIGURE_CELLS || !is_figure_cell(self.line(f)) {
                break;
            }
            signed |= has_signed_change(self.line(f));
            figures += 1;
            last = Some(f);
            k = self.next(f);
        }
        last.filter(|_| signed)
    }

    /// A market strip copied one cell a line above the article:
    /// [`MIN_SPLIT_QUOTES`] or more quotes in a row, each a name over its
    /// level and signed change. (Prose never sets a bare figure on a line
    /// of its own; a table the story sets out below its lead is left to the
    /// table rules.)
    fn mark_split_strips(&mut self) {
        let end = self.first_body_sentence().unwrap_or(0);
        let mut i = 0;
        while i < end {
            let mut quotes = Vec::new();
            let mut at = i;
            while let Some(end) = self.split_quote_at(at) {
                quotes.push((at, end));
                match self.next(end) {
                    Some(n) => at = n,
                    None => break,
                }
            }
            if quotes.len() >= MIN_SPLIT_QUOTES && quotes[quotes.len() - 1].1 < end {
                let (from, to) = (quotes[0].0, quotes[quotes.len() - 1].1);
                for flag in &mut self.clutter[from..=to] {
                    *flag = true;
                }
                i = to + 1;
            } else {
                i += 1;
            }
        }
    }

    /// Marks market-data strips, lines of live readings and service strips,
    /// and a reading of an index or a price above the headline.
    pub(super) fn mark_data_strips(&mut self) {
        self.mark_split_strips();
        let title = self.title_line();
        for i in 0..self.lines.len() {
            let line = self.line(i);
            let above_title = title.is_some_and(|t| i < t);
            if !self.shapes[i].blank
                && !self.shapes[i].sentence
                && (is_data_strip(line)
                    || is_live_reading(line)
                    || is_labelled_strip(line)
                    || (above_title && is_reading(line)))
            {
                self.clutter[i] = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn market_strips_by_their_figures() {
        assert!(is_data_strip(
            "NORD 40 8,146.52 +0.4% | Lund All-Share 1,022.10 -0.2% | SEK/EUR 0.0874 | Gold $2,101.30"
        ));
        assert!(is_data_strip(
            "Ostra Marine 412.5p +3.2%  ·  Quayside Ferries 98.1p −0.4%  ·  Brakvik Tugs 210p +1.1%"
        ));
        // A byline set out with bars, a line of prose with figures, a menu.
        assert!(!is_data_strip("By Mara Lind | 9 May 2025 | 6 min read"));
        assert!(!is_data_strip(
            "Quayside rose 3.2% to 412.5p, Ostra fell 0.4% and Brakvik Tugs gained 1.1% on Tuesday."
        ));
        assert!(!is_data_strip("Markets | Companies | Opinion | Lex"));
        assert!(!is_data_strip(
            "Revenue €4.1bn | Profit €0.6bn | Staff 2,300"
        ));
    }

    #[test]
    fn a_strip_copied_one_cell_a_line_above_the_story() {
        use super::super::tests::{BODY, boiler_text};
        let text = format!(
            "Lund Markets\nNORD 40\n8,146.52\n+0.4%\nLund All-Share\n1,022.10\n-0.2%\nOstra Marine to buy Lund tug yard\n{BODY}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("NORD 40") && b.contains("1,022.10"), "{b}");
        assert!(!b.contains("Ostra Marine to buy"), "{b}");
        // A cell of figures only; a year or a sentence is none.
        assert!(is_figure_cell("+0.62%") && is_figure_cell("5,718.40"));
        assert!(!is_figure_cell("2025") && !is_figure_cell("Sales rose 4%"));
    }

    #[test]
    fn service_strips_by_their_label_in_capitals() {
        assert!(is_labelled_strip(
            "TIDES · High water 06:12 at Brakvik pier · Low water 12:40"
        ));
        assert!(is_labelled_strip(
            "ROAD WORKS • Lund bypass closed until Friday • Detour via Ostra"
        ));
        assert!(is_labelled_strip(
            "ÉTAT DES PISTES | Ouvertes : 24/28 | Neige : 92 cm"
        ));
        // A label with one part, a headline in capitals, a byline and a
        // sentence stay.
        assert!(!is_labelled_strip(
            "ALSO READ | Quayside names Pia Lund to run its tug arm"
        ));
        assert!(!is_labelled_strip("OSTRA MARINE TO BUY LUND YARD"));
        assert!(!is_labelled_strip("By Mara Lind · 9 May 2025 · 6 min read"));
        assert!(!is_labelled_strip(
            "UPDATE · Ostra Marine said the tugs · would sail in May."
        ));
    }

    #[test]
    fn readings_by_their_figure_and_change() {
        assert!(is_reading(
            "Milk price index (Lund AOP), May: 0.41 €/kg, unchanged"
        ));
        assert!(is_reading("Brakvik harbour dues: €12.40, up 3%"));
        assert!(is_reading("Ostra fish auction, cod: 41.20 kr/kg +0.8%"));
        // A fact with no change, a sentence, a label with prose after it.
        assert!(!is_reading("Founded: 1998"));
        assert!(!is_reading("Sales: €190m, up 4% on the year."));
        assert!(!is_reading(
            "Ostra Marine said: 40 tugs will be built, up from 30"
        ));
        assert!(!is_reading("Revenue: up 4% to €190m"));
    }

    #[test]
    fn notices_after_a_label_with_a_colon() {
        assert!(is_labelled_strip(
            "TODAY'S NOTICES: Ida Berglund, Lund (91) · Ole Ness, Brakvik (84)"
        ));
        // A headline after its label, a sentence.
        assert!(!is_labelled_strip(
            "BREAKING: OSTRA MARINE TO BUY LUND YARD"
        ));
        assert!(!is_labelled_strip(
            "UPDATE: Ostra Marine said · the tugs would sail in May."
        ));
    }

    #[test]
    fn live_readings_by_their_arrows() {
        assert!(is_live_reading(
            "Vexo level, Brakvik gauge: 2.18 m ▼ 4 cm · Ferries: running"
        ));
        assert!(is_live_reading("Lund harbour temperature 7.5 °C ↑0.5"));
        // A fact line, a table row and a sentence stay.
        assert!(!is_live_reading("Founded: 1998 · Staff: 2,300 · Lund"));
        assert!(!is_live_reading("| Ostra Marine | €412m | ▲ 3% |"));
        assert!(!is_live_reading(
            "Sales ▲ 12% in the year to March, the yard said."
        ));
    }
}
