//! A promo box set in the story: a label ("EVENT", "Webinar"), a few lines
//! (the event's name, date and city, its speakers and their firms) and a
//! call to action ("Early-bird tickets end Friday: book now"). All of it is
//! the site's, though its middle reads as sentences. A box whose call to
//! action is not shown (a link-only button the reader view dropped) ends
//! at the pitch under its label ("Join 900 port chiefs in Lund…").

use std::sync::LazyLock;

use super::Page;
use super::forward::LineRegex;
use super::forward::on_demand;
use super::phrases::{alternation, normal, whole_line, whole_line_pattern};

pub(super) const PROMO_LABELS: &str =
    include_str!("../../../assets/lang/en/clutter/promo-labels.re");

pub(super) static PROMO_LABEL: LazyLock<LineRegex> = LazyLock::new(|| whole_line(PROMO_LABELS));

pub(super) const PROMO_PITCHES: &str =
    include_str!("../../../assets/lang/en/clutter/promo-pitches.re");

pub(super) static PROMO_PITCH: LazyLock<LineRegex> =
    LazyLock::new(|| on_demand(&whole_line_pattern(&alternation(PROMO_PITCHES))));

/// Compiles the promo labels now (see [`super::warm_up`]): nearly every
/// page has a short line that asks.
pub(super) fn warm_up() {
    LazyLock::force(&PROMO_LABEL);
}

/// The call to action is at most this many lines below the label…
const MAX_PROMO_LINES: usize = 4;
/// …and no line between them has more words than this.
const MAX_PROMO_WORDS: usize = 40;
/// A label is at most this many words.
const MAX_LABEL_WORDS: usize = 4;

impl Page<'_> {
    /// Each promo label with the lines down to its call to action, a line
    /// that reads as a prompt.
    pub(super) fn mark_promo_boxes(&mut self) {
        for i in 0..self.lines.len() {
            let s = self.shapes[i];
            if s.blank || s.words > MAX_LABEL_WORDS || !PROMO_LABEL.is_match(&normal(self.line(i)))
            {
                continue;
            }
            let mut at = i;
            let mut call = None;
            for _ in 0..MAX_PROMO_LINES {
                let Some(j) = self.next(at) else { break };
                if self.reads_as_prompt(j) {
                    call = Some(j);
                    break;
                }
                if self.shapes[j].words > MAX_PROMO_WORDS {
                    break;
                }
                at = j;
            }
            // No call to action shown: the label and the pitch right
            // under it ("Join 900 port chiefs in Lund on 4 May…").
            let call = call.or_else(|| {
                self.next(i).filter(|&j| {
                    self.shapes[j].words <= MAX_PROMO_WORDS
                        && PROMO_PITCH.is_match(&normal(self.line(j)))
                })
            });
            if let Some(end) = call {
                for j in i..=end {
                    if !self.shapes[j].blank {
                        self.clutter[j] = true;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{LEAD, MORE_LINE as MORE, boiler_text};

    #[test]
    fn an_event_promo_goes_to_its_call_to_action() {
        let promo = "EVENT\nHarbour Futures 2026 | 4 May | Lund\nHear from Ada Lind of Norrvik Ports and Bo Sand of Tollund Cranes.\nEarly-bird tickets end Friday: book now\n\n";
        let text = format!("{LEAD}{promo}{MORE}");
        let b = boiler_text(&text).concat();
        assert!(
            b.starts_with("EVENT") && b.contains("Bo Sand") && b.contains("book now"),
            "{b:?}"
        );
        assert!(!b.contains("Quayside") && !b.contains("Brakvik"), "{b:?}");
        // An event's name with its year heads the box as a label does.
        let promo = "Harbour Futures Summit 2026\nJoin 900 port chiefs in Lund on 4 May. Hear from Ada Lind of Norrvik Ports.\nGet your pass\n\n";
        let text = format!("{LEAD}{promo}{MORE}");
        let b = boiler_text(&text).concat();
        assert!(
            b.starts_with("Harbour Futures") && b.contains("Ada Lind"),
            "{b:?}"
        );
        assert!(super::super::is_furniture("News provided by"));
        assert!(super::super::is_furniture(
            "Ostra's founders at the yard. Image Credits: Ostra Marine"
        ));
        // A label over its pitch, its call to action not shown.
        let promo = "Harbour Futures Summit 2026\nJoin 900 port chiefs in Lund on 4 May. Hear from Ada Lind of Norrvik Ports.\n\n";
        let text = format!("{LEAD}{promo}{MORE}");
        let b = boiler_text(&text).concat();
        assert!(
            b.starts_with("Harbour Futures") && b.contains("Ada Lind") && !b.contains("Brakvik"),
            "{b:?}"
        );
        // A label over body paragraphs with no call to action stays.
        let text = format!("{LEAD}Event\n{MORE}");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }
}
