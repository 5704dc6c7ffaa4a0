//! A boxed notice set between two paragraphs of the story: a label, a
//! colon and a listing of items of some other matter ("Road works this
//! week: A1 closed at night · B12 one lane", "Answers to Saturday's
//! quiz: 1. Lund 2. Ostra 3. 1891", "Mart report: Brakvik, Tuesday —
//! lambs to £98, ewes to £142"). The story's own fact boxes ("Founded:
//! 1998") are short values; a list a sentence introduces ends its
//! introduction with the colon; a list the reporter writes out joins its
//! last item with "and" or "or" ("The bidders: Ostra, Lund Tugs and
//! Brakvik Port"), though a listing set apart by dots or bars may hold
//! them ("Events: 2 May — boat and gear fair, Lund · 9 May — open day,
//! Ostra"). So goes a regular feature of the paper announced by its label
//! ("Photo essay: ten pictures from the Lund yard", "Tide report: …"):
//! a label of two to four words ending in a feature's word, and no
//! sentence after it. The notice is no sentence, and running text stands
//! on both sides of it.

use super::Page;

/// The label before the colon: one to this many words.
const MAX_LABEL_WORDS: usize = 6;
/// The listing after it: at least this many words.
const MIN_VALUE_WORDS: usize = 4;
/// And at least this many breaks between its items.
const MIN_ITEM_BREAKS: usize = 2;

/// Breaks between a listing's items: a comma, a spaced dash, bar or dot,
/// or a number opening an item ("1. Lund 2. Ostra").
fn item_breaks(value: &str) -> usize {
    let separators = value.matches(", ").count()
        + [" · ", " — ", " – ", " | ", " • "]
            .iter()
            .map(|s| value.matches(s).count())
            .sum::<usize>();
    let words: Vec<&str> = value.split_whitespace().collect();
    let numbered = words
        .iter()
        .filter(|w| {
            w.strip_suffix(['.', ')']).is_some_and(|n| {
                (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
            })
        })
        .count();
    // One numbered item is a figure ("No. 2."), a run of them a listing.
    separators + if numbered >= 2 { numbered } else { 0 }
}

/// The last word of a feature's label ("Fishing report", "Photo essay").
const FEATURE_WORDS: [&str; 18] = [
    "report",
    "reports",
    "update",
    "updates",
    "essay",
    "gallery",
    "calendar",
    "diary",
    "forecast",
    "roundup",
    "round-up",
    "listings",
    "bulletin",
    "briefing",
    "slideshow",
    "timetable",
    "alert",
    "alerts",
];
/// A feature's label has at least this many words ("Tide report")…
const MIN_FEATURE_WORDS: usize = 2;
/// …and at most this many.
const MAX_FEATURE_WORDS: usize = 4;

/// `Label: listing` or `Feature label: text` (see the module's note).
fn is_notice(line: &str) -> bool {
    let line = line.trim();
    let Some((label, value)) = line.split_once(':') else {
        return false;
    };
    let label_words = label.split_whitespace().count();
    let plain_label = label.chars().next().is_some_and(char::is_uppercase)
        && !label.contains([',', '.', '!', '?', '"', '“']);
    // Dots, bars and bullets set items apart; running text has none.
    let set_apart = [" · ", " | ", " • "].iter().any(|s| value.contains(s));
    let listing = (1..=MAX_LABEL_WORDS).contains(&label_words)
        && value.split_whitespace().count() >= MIN_VALUE_WORDS
        && item_breaks(value) >= MIN_ITEM_BREAKS
        && (set_apart
            || !value
                .split_whitespace()
                .any(|w| matches!(w, "and" | "or" | "nor")));
    // A label opening with an article or a possessive is a sentence's
    // opening ("The annual report: …").
    let determined = label.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "a" | "an" | "this" | "that" | "its" | "our" | "their" | "his" | "her"
        )
    });
    let feature = (MIN_FEATURE_WORDS..=MAX_FEATURE_WORDS).contains(&label_words)
        && !determined
        && label
            .split_whitespace()
            .last()
            .is_some_and(|w| FEATURE_WORDS.contains(&w.to_lowercase().as_str()))
        && !value.trim_end().ends_with(['.', '!', '?', '"', '”']);
    plain_label && (listing || feature)
}

impl Page<'_> {
    /// Each boxed notice (see the module's note) between two body
    /// sentences, maybe beside another box already marked.
    pub(super) fn mark_inserts(&mut self) {
        for i in 0..self.lines.len() {
            let s = self.shapes[i];
            if s.blank || s.stop || s.sentence || s.intro || s.fact || s.marked || self.clutter[i] {
                continue;
            }
            // Another box may stand between it and the running text.
            let other =
                |j: usize| self.shapes[j].blank || self.clutter[j] || is_notice(self.line(j));
            let before = (0..i).rev().find(|&j| !other(j));
            let after = (i + 1..self.lines.len()).find(|&j| !other(j));
            let between = before.is_some_and(|p| self.body_sentence(p))
                && after.is_some_and(|n| self.body_sentence(n));
            if between && is_notice(self.line(i)) {
                self.clutter[i] = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{LEAD, MORE_LINE as MORE, boiler_text};
    use super::is_notice;

    #[test]
    fn a_notice_between_paragraphs_goes() {
        for notice in [
            "Road works this week: A9 Quayside–Brakvik closed at night · B12 at Quenmoor, one lane",
            "Answers to Friday's quiz: 1. Quenmoor 2. Lundmark 3. 1887 4. Harbour Hall",
            "Fish market: Brakvik, Monday — cod to £3.10, haddock to £2.40",
            "Show diary: 3 May — boat and gear fair, Lund · 9 May — open day, Ostra yard",
            "Photo essay: nine pictures from inside the Quenmoor boat shed",
            "Tide report: high water at Lund 06:12, the Ostra and Vell moorings dry at noon",
            "Ferry strike update: no Lundlink sailings between Ostra and Vell on Friday",
        ] {
            let text = format!("{LEAD}{notice}\n\n{MORE}");
            assert_eq!(boiler_text(&text), [notice], "{notice}");
        }
        // Beside another notice.
        let text = format!(
            "{LEAD}Photo essay: nine pictures from inside the Quenmoor boat shed\n\nFish market: Brakvik, Monday — cod to £3.10, haddock to £2.40\n\n{MORE}"
        );
        let b = boiler_text(&text);
        assert!(
            b.len() == 1 && b[0].starts_with("Photo essay") && b[0].ends_with("£2.40"),
            "{b:?}"
        );
    }

    #[test]
    fn facts_lists_and_sentences_stay() {
        for line in [
            "Founded: 1998",
            "The bidders: Ostra Marine, Lund Tugs, Quayside Ferries and Brakvik Port",
            "Price: €18 million",
            "Analysis: Why Ostra Bet on Tugs",
            "Update: Ostra said on Friday that the tugs would be delivered in May.",
            "The annual report: sales rose to €18 million",
        ] {
            let text = format!("{LEAD}{line}\n\n{MORE}");
            assert!(boiler_text(&text).is_empty(), "{line}");
        }
        assert!(!is_notice("Terms: two tugs for €18 million"));
    }
}
