//! A machine-written summary with its note under it ("Quick summary", two
//! or three short sentences, "This summary was generated automatically …"):
//! the label, the sentences and the note are the page's, not the article's.
//! (A summary whose label itself says how it was written is
//! `mark_machine_summaries`'.)

use std::sync::LazyLock;

use super::Page;
use super::forward::LineRegex;
use super::phrases::{alternatives, compile, normal};

pub(super) const SUMMARY_NOTES: &str =
    include_str!("../../../assets/lang/en/clutter/summary-notes.re");

pub(super) static SUMMARY_NOTE: LazyLock<LineRegex> = LazyLock::new(|| {
    let alternatives = alternatives(SUMMARY_NOTES).join("|");
    compile(&format!(r"(?i)^[^A-Za-z0-9]*(?:{alternatives})"))
});

/// Compiles the summary notes now (see [`super::warm_up`]): every page's
/// lines ask.
pub(super) fn warm_up() {
    LazyLock::force(&SUMMARY_NOTE);
}

/// A summary has at most this many sentences…
const MAX_SUMMARY_LINES: usize = 6;
/// …of at most this many words each…
const MAX_SUMMARY_WORDS: usize = 30;
/// …under a label of at most this many words.
const MAX_LABEL_WORDS: usize = 4;

/// The note says the summary above it was machine-written.
fn is_summary_note(line: &str) -> bool {
    SUMMARY_NOTE.is_match(&normal(line))
}

impl Page<'_> {
    /// Each summary note with the short sentences above it and their label.
    pub(super) fn mark_summary_notes(&mut self) {
        for note in 0..self.lines.len() {
            if self.shapes[note].blank || !is_summary_note(self.line(note)) {
                continue;
            }
            let mut items = Vec::new();
            let mut at = note;
            let label = loop {
                let Some(p) = self.prev(at) else { break None };
                let s = self.shapes[p];
                if s.words <= MAX_LABEL_WORDS && !s.stop {
                    break Some(p);
                }
                if !s.sentence || s.words > MAX_SUMMARY_WORDS || items.len() == MAX_SUMMARY_LINES {
                    break None;
                }
                items.push(p);
                at = p;
            };
            let Some(label) = label.filter(|_| !items.is_empty()) else {
                continue;
            };
            for i in [note, label].into_iter().chain(items) {
                self.clutter[i] = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::boiler_text;

    #[test]
    fn a_summary_with_its_note_goes_and_the_lead_stays() {
        let text = "Quayside to buy tugs from Ostra\n\nQuick summary\n\nQuayside will buy two tugs from Ostra.\n\nThe deal is worth €18 million.\n\nThis summary was generated automatically and checked by an editor.\n\nQuayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\n";
        let b = boiler_text(text).concat();
        for line in [
            "Quick summary",
            "two tugs from Ostra.",
            "€18 million.\n",
            "an editor.",
        ] {
            assert!(b.contains(line), "{line}: {b:?}");
        }
        assert!(!b.contains("agreed on Tuesday"), "{b:?}");
        // Without its note the same lines are the editors' own.
        let text = text.replace(
            "This summary was generated automatically and checked by an editor.\n\n",
            "",
        );
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }
}
