//! A stock-quote box beside the story: around a ticker's line ("OSTR
//! 12.40 +0.15 (+1.2%)") the box's other lines, each a short label and its
//! figures ("Day range 11.98 - 12.55", "Market cap 1.92B", "Volume
//! 1,204,331"), are furniture with it, up to the first line that is
//! neither such a line nor furniture already.

use super::Page;

/// A quote's label is at most this many words ("52-week range")…
const MAX_LABEL_WORDS: usize = 3;
/// …and its line at most this many.
const MAX_WORDS: usize = 7;

/// A figure of a quote box: a number, with a currency sign or a sign
/// before it and a unit letter or per cent after it ("12.40", "$1.92B",
/// "+0.4%"), or the dash of a range.
fn is_figure(word: &str) -> bool {
    if matches!(word, "-" | "–" | "—") {
        return true;
    }
    let w = word
        .trim_start_matches(['+', '−', '-', '$', '€', '£', '¥', '('])
        .trim_end_matches([')', '%']);
    let end = w
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(w.len());
    let (number, unit) = w.split_at(end);
    // A unit of a letter or two ("1.92B", "412p", "3.1bn"), no word ("52-week").
    number.starts_with(|c: char| c.is_ascii_digit())
        && unit.chars().count() <= 2
        && unit.chars().all(char::is_alphabetic)
}

/// A quote box's line: a label of a few words, then figures only.
pub(super) fn is_quote_figure(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let label = words.iter().take_while(|w| !is_figure(w)).count();
    (1..=MAX_LABEL_WORDS).contains(&label)
        && label < words.len()
        && words.len() <= MAX_WORDS
        && words[label..].iter().all(|w| is_figure(w))
        && !line.trim_end().ends_with(['.', '!', '?'])
}

impl Page<'_> {
    /// The figure lines of a quote box next to a ticker's line, up and
    /// down the box's lines (no blank line between).
    pub(super) fn mark_quote_boxes(&mut self) {
        let n = self.lines.len();
        for i in 0..n {
            if !self.shapes[i].ticker || self.shapes[i].blank {
                continue;
            }
            for down in [false, true] {
                let mut j = i;
                loop {
                    j = match (down, j) {
                        (true, j) if j + 1 < n => j + 1,
                        (false, j) if j > 0 => j - 1,
                        _ => break,
                    };
                    if self.shapes[j].blank {
                        break;
                    }
                    if is_quote_figure(self.line(j)) {
                        self.clutter[j] = true;
                    } else if !self.clutter[j] {
                        break;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_box_s_figure_lines() {
        for line in [
            "Day range 11.98 - 12.55",
            "Market cap 1.92B",
            "Volume 1,204,331",
            "52-week range $8.10 – $14.75",
            "Prev. close 12.25",
        ] {
            assert!(is_quote_figure(line), "{line}");
        }
        for line in [
            "Ostra Marine rose 4% to 12.40",
            "Revenue rose to 12.40.",
            "12.40",
            "Shares of Ostra Marine closed at 12.40 on Friday 3 May 2024",
        ] {
            assert!(!is_quote_figure(line), "{line}");
        }
    }

    #[test]
    fn a_quote_box_between_headline_and_byline_is_cut() {
        let text = format!(
            "Ostra Marine to buy Lund tug maker for €85 million\nOSTR 12.40 +0.15 (+1.2%)\nDay range 11.98 - 12.55\nMarket cap 1.92B\nAdd to watchlist\nRelated quotes\nLNDT 48.10 -0.62 (-1.3%)\n\n{}",
            super::super::tests::BODY
        );
        let b = super::super::tests::boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("OSTR") && b[0].ends_with("(-1.3%)"),
            "{b:?}"
        );
    }
}
