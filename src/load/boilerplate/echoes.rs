//! A short label the page repeats between its paragraphs ("Article
//! content" over each block of a captured page, an ad slot's
//! "Advertisement"): the page's markers, never the story's words, which do
//! not say the same short line three times.

use std::collections::{HashMap, HashSet};

use super::Page;
use super::signatures::is_bare_signature;

/// A label is at most this many words.
const MAX_LABEL_WORDS: usize = 4;
/// A label holds at least this many letters (an interview's "Q" and "A" are
/// its turns).
const MIN_LABEL_LETTERS: usize = 4;
/// A label is repeated at least this many times.
const MIN_REPEATS: usize = 3;

impl Page<'_> {
    /// Short lines repeated [`MIN_REPEATS`] times or more, word for word:
    /// no sentence, no figure, no label of a value (a colon), no person's
    /// name (a transcript's speaker).
    pub(super) fn mark_repeated_labels(&mut self) {
        let mut seen: HashMap<&str, Vec<usize>> = HashMap::new();
        for i in 0..self.lines.len() {
            let s = self.shapes[i];
            let line = self.line(i).trim();
            if s.blank
                || s.stop
                || s.words > MAX_LABEL_WORDS
                || line.chars().filter(|c| c.is_alphabetic()).count() < MIN_LABEL_LETTERS
                || line.chars().any(|c| c.is_ascii_digit() || c == ':')
                || is_bare_signature(line)
            {
                continue;
            }
            seen.entry(line).or_default().push(i);
        }
        // Each one beside a paragraph of running text: a table's repeated
        // row heads ("Women's singles" over each round's results) stand
        // over rows.
        let by_prose = |p: &Self, i: usize| {
            let prose = |j: usize| p.shapes[j].sentence && p.shapes[j].prose;
            p.prev(i).is_some_and(prose) || p.next(i).is_some_and(prose)
        };
        for lines in seen.into_values() {
            if lines.len() >= MIN_REPEATS && lines.iter().all(|&i| by_prose(self, i)) {
                for i in lines {
                    self.clutter[i] = true;
                }
            }
        }
    }
}

/// A bare count is at most this many characters ("31", "1.2K").
const MAX_COUNT_CHARS: usize = 5;

/// A line that is only a count: figures, maybe a decimal point and a
/// thousands letter ("31", "1.2K"), as a page's like and comment counters
/// show them.
fn is_bare_count(line: &str) -> bool {
    let t = line.trim();
    let digits = t.trim_end_matches(['K', 'k', 'M']);
    !t.is_empty()
        && t.len() <= MAX_COUNT_CHARS
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
}

impl Page<'_> {
    /// Bare counts between furniture lines (a stamp and a share bar, "Mar
    /// 5, 2026" / "31" / "4" / "Share"): the page's like and comment
    /// counters.
    pub(super) fn mark_counters(&mut self) {
        let mut i = 0;
        while i < self.lines.len() {
            if self.shapes[i].blank || self.clutter[i] || !is_bare_count(self.line(i)) {
                i += 1;
                continue;
            }
            let mut run = vec![i];
            let mut at = i;
            while let Some(j) = self.next(at)
                && !self.clutter[j]
                && is_bare_count(self.line(j))
            {
                run.push(j);
                at = j;
            }
            let boxed = self.prev(i).is_some_and(|p| self.clutter[p])
                && self.next(at).is_some_and(|n| self.clutter[n]);
            if boxed {
                for j in run {
                    self.clutter[j] = true;
                }
            }
            i = at + 1;
        }
    }
}

/// A menu's item is at most this many words ("Live TV").
const MAX_ITEM_WORDS: usize = 3;
/// A menu run together on one line is at most this many words.
const MAX_MENU_WORDS: usize = 8;

impl Page<'_> {
    /// A menu run together on one line whose items the page's furniture
    /// gives elsewhere, each as a line of its own ("Watch Listen Live TV"
    /// over the headline; "Live TV", "Listen", "Watch" in the footer's
    /// menu): two items or more, nothing else, word for word.
    pub(super) fn mark_menu_echoes(&mut self) {
        let items: HashSet<&str> = (0..self.lines.len())
            .filter(|&i| {
                self.clutter[i] && !self.shapes[i].blank && self.shapes[i].words <= MAX_ITEM_WORDS
            })
            .map(|i| self.line(i).trim())
            .collect();
        if items.len() < 2 {
            return;
        }
        for i in 0..self.lines.len() {
            let s = self.shapes[i];
            // A menu's items are words: a line of figures is a score or a
            // table's row ("6-3 6-4").
            let figures = self.line(i).chars().any(|c| c.is_ascii_digit());
            if self.clutter[i]
                || s.blank
                || s.sentence
                || figures
                || !(2..=MAX_MENU_WORDS).contains(&s.words)
            {
                continue;
            }
            if menu_items(self.line(i), &items).is_some_and(|n| n >= 2) {
                self.clutter[i] = true;
            }
        }
    }
}

/// The fewest items of `items` that make up the line's words, in order and
/// with nothing left over, or None when they do not.
fn menu_items(line: &str, items: &HashSet<&str>) -> Option<usize> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut fewest: Vec<Option<usize>> = vec![None; words.len() + 1];
    fewest[0] = Some(0);
    for k in 0..words.len() {
        let Some(before) = fewest[k] else { continue };
        for len in 1..=MAX_ITEM_WORDS.min(words.len() - k) {
            if items.contains(words[k..k + len].join(" ").as_str()) {
                let next = &mut fewest[k + len];
                *next = Some(next.map_or(before + 1, |n| n.min(before + 1)));
            }
        }
    }
    fewest[words.len()]
}

#[cfg(test)]
mod tests {
    use super::super::tests::boiler_text;

    const P1: &str = "Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\n";
    const P2: &str = "The tugs will be delivered in 2027 and will work in the port of Lund, the ferry group said.\n";

    #[test]
    fn a_menu_run_together_over_the_headline_echoes_the_footer() {
        let text = format!(
            "Skip to content\nBusiness\nMarkets\nSign in\nWatch Listen Live TV\nQuayside buys two electric tugs from Ostra\n{P1}{P2}{P1}Terms of Use\nLive TV\nListen\nWatch\nPrivacy Policy\n"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.lines().any(|l| l == "Watch Listen Live TV"), "{b}");
        assert!(!b.contains("Quayside buys"), "{b}");
        // Words of a headline that are also menu items, with others, make
        // no menu.
        let items = ["Live TV", "Listen", "Watch", "Markets"]
            .into_iter()
            .collect();
        assert_eq!(super::menu_items("Watch Listen Live TV", &items), Some(3));
        assert_eq!(super::menu_items("Markets Watch Ostra", &items), None);
        assert_eq!(super::menu_items("Live", &items), None);
    }

    #[test]
    fn a_label_repeated_between_paragraphs_is_furniture() {
        let text = format!("{P1}Article content\n{P2}Article content\n{P1}Article content\n{P2}");
        let b = boiler_text(&text);
        assert_eq!(b.len(), 3, "{b:?}");
        assert!(b.iter().all(|l| l.trim() == "Article content"), "{b:?}");
        // Twice is no pattern; an interview's turns and a speaker stay.
        let text = format!("{P1}Article content\n{P2}Article content\n{P1}");
        assert!(boiler_text(&text).is_empty());
        let text = format!("Q\n{P1}A\n{P2}Q\n{P1}A\n{P2}Q\n{P1}A\n{P2}");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
        let rows = "Ostra Open\nWomen's singles\nAda Lind (Lund) beat Eva Holm (Oslo) 6-1 6-3\nWomen's singles\nBo Sand (Lund) beat Kit Berg (Oslo) 6-2 6-4\nWomen's singles\nIvo Grett (Lund) beat Ola Brenn (Oslo) 7-5 6-1\n";
        assert!(boiler_text(rows).is_empty(), "{:?}", boiler_text(rows));
        let text = format!("Ivo Grett\n{P1}Ivo Grett\n{P2}Ivo Grett\n{P1}");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }

    #[test]
    fn counters_between_furniture_lines() {
        assert!(super::is_bare_count("31") && super::is_bare_count("1.2K"));
        assert!(!super::is_bare_count("2026 results") && !super::is_bare_count("K2"));
        let text = format!(
            "Lund Daily\nOstra buys two tugs\nAda Lind\nMar 05, 2026\n31\n4\nShare\nEmail\n{P1}{P2}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("31\n4\nShare"), "{b}");
        // A figure between paragraphs stays.
        let text = format!("{P1}31\n{P2}");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }
}
