//! A box of figures set between the story's paragraphs, one figure and its
//! label a line ("€146m — value of the contract", "2.1 million — passengers
//! a year"), that restates what the story's sentences already say: the
//! page's design, not a second statement, like a pull quote. Its label
//! line above it goes with it. A fact box ("Founded: 1998") opens with its
//! label, not a figure, and stays; so does a box of figures the story does
//! not give.

use super::Page;

/// What sets a figure apart from its label.
const SEPARATORS: [&str; 4] = [" — ", " – ", " - ", ": "];
/// A figure is at most this many words ("2.1 million").
const MAX_FIGURE_WORDS: usize = 3;
/// A label is at most this many words.
const MAX_LABEL_WORDS: usize = 8;
/// A box holds at least this many figure lines.
const MIN_FIGURES: usize = 2;
/// The box's own label ("By the numbers") is at most this many words.
const MAX_HEADER_WORDS: usize = 5;

/// The figure a line opens with, when the line is a figure and its short
/// label: the figure opens with a digit or a currency sign before one.
fn figure(line: &str) -> Option<&str> {
    let t = line.trim();
    // The figure is the line's opening, so its first letter or digit is
    // the line's: a line that opens with a word (most) has no figure, and
    // is not searched for a separator.
    if !t
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_ascii_digit())
    {
        return None;
    }
    // Every separator holds a colon, a hyphen or a dash (whose UTF-8 opens
    // with 0xE2): most lines hold none, and are not searched four times.
    if !t.bytes().any(|b| matches!(b, b':' | b'-' | 0xE2)) {
        return None;
    }
    let (figure, label) = SEPARATORS
        .iter()
        .filter_map(|s| t.split_once(s))
        .min_by_key(|(f, _)| f.len())?;
    let figure = figure.trim();
    let opens_with_digit = figure
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_ascii_digit());
    // Counted no further than the bound: a longer label is no figure's.
    let label_words = label.split_whitespace().take(MAX_LABEL_WORDS + 1).count();
    (opens_with_digit
        && figure.split_whitespace().count() <= MAX_FIGURE_WORDS
        && (1..=MAX_LABEL_WORDS).contains(&label_words)
        && !label.trim_end().ends_with(['.', '!', '?']))
    .then_some(figure)
}

/// `figure` stands in `text` as a whole: no letter or digit runs on
/// either side of it, nor a decimal part after it.
fn stands_in(text: &str, figure: &str) -> bool {
    text.match_indices(figure).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let mut after = text[at + figure.len()..].chars();
        let next = after.next();
        let then = after.next();
        let decimal = matches!(next, Some('.' | ',')) && then.is_some_and(|c| c.is_ascii_digit());
        let joined =
            before.is_some_and(char::is_alphanumeric) || next.is_some_and(char::is_alphanumeric);
        !(joined || decimal)
    })
}

impl Page<'_> {
    /// Each run of figure lines most of whose figures a sentence of the
    /// story gives too, with the short label line right above it.
    pub(super) fn mark_stat_boxes(&mut self) {
        let n = self.lines.len();
        let mut i = 0;
        while i < n {
            let mut run = Vec::new();
            let mut j = i;
            while j < n {
                if self.shapes[j].blank {
                    j += 1;
                    continue;
                }
                match figure(self.line(j)) {
                    Some(f) if !self.clutter[j] => run.push((j, f)),
                    _ => break,
                }
                j += 1;
            }
            if run.len() < MIN_FIGURES {
                i = j.max(i + 1);
                continue;
            }
            let in_run = |k: usize| run.iter().any(|&(r, _)| r == k);
            let story: Vec<&str> = (0..n)
                .filter(|&k| !in_run(k) && self.body_sentence(k))
                .map(|k| self.line(k))
                .collect();
            let repeated = run
                .iter()
                .filter(|(_, f)| story.iter().any(|s| stands_in(s, f)))
                .count();
            if repeated * 2 > run.len() {
                for &(k, _) in &run {
                    self.clutter[k] = true;
                }
                if let Some(h) = self.prev(run[0].0) {
                    let s = self.shapes[h];
                    if !s.sentence && s.words <= MAX_HEADER_WORDS && figure(self.line(h)).is_none()
                    {
                        self.clutter[h] = true;
                    }
                }
            }
            i = j;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::boiler_text;
    use super::{figure, stands_in};

    #[test]
    fn figure_lines_and_whole_figures() {
        assert_eq!(figure("€18m — value of the order"), Some("€18m"));
        assert_eq!(
            figure("2.1 million – passengers a year"),
            Some("2.1 million")
        );
        assert_eq!(figure("Founded: 1998"), None);
        assert_eq!(figure("2 — the tugs were built in Lund last year."), None);
        assert!(stands_in("a €18m order", "€18m"));
        assert!(!stands_in("a €18.5m order", "€18"));
        assert!(!stands_in("in 2023", "2"));
    }

    #[test]
    fn a_box_of_the_story_s_own_figures_goes_and_new_figures_stay() {
        let story = "Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18m, the companies said.\n\nEach tug, costing €9m, will tow 40 ships a week in Brakvik harbour, the ferry company said.\n\n";
        let more = "Ostra Marine, which employs 300 people in Lund, will deliver the tugs next spring, its chief executive said.\n";
        let text = format!(
            "{story}At a glance\n€18m — value of the order\n€9m — cost of each tug\n40 — ships a week\n\n{more}"
        );
        let b = boiler_text(&text).concat();
        assert!(
            b.contains("At a glance") && b.contains("€9m — cost"),
            "{b:?}"
        );
        assert!(!b.contains("Quayside") && !b.contains("Ostra"), "{b:?}");
        let text = format!(
            "{story}Ostra in figures\n1998 — year founded\n300 — staff in Lund\n€41m — sales last year\n\n{more}"
        );
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }
}
