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
use super::stamps::is_byline_or_stamp;

pub(super) const PROMO_LABELS: &str =
    include_str!("../../../assets/lang/en/clutter/promo-labels.re");

pub(super) static PROMO_LABEL: LazyLock<LineRegex> = LazyLock::new(|| whole_line(PROMO_LABELS));

pub(super) const PROMO_PITCHES: &str =
    include_str!("../../../assets/lang/en/clutter/promo-pitches.re");

pub(super) static PROMO_PITCH: LazyLock<LineRegex> =
    LazyLock::new(|| on_demand(&whole_line_pattern(&alternation(PROMO_PITCHES))));

pub(super) const SPONSOR_LABELS: &str =
    include_str!("../../../assets/lang/en/clutter/sponsor-labels.re");

/// An advertiser's label over its copy ("PRESENTED BY CORBEL PAYROLL").
pub(super) static SPONSOR_LABEL: LazyLock<LineRegex> =
    LazyLock::new(|| on_demand(&whole_line_pattern(&alternation(SPONSOR_LABELS))));

/// Compiles the promo labels now (see [`super::warm_up`]): nearly every
/// page has a short line that asks.
pub(super) fn warm_up() {
    LazyLock::force(&PROMO_LABEL);
}

/// The call to action is at most this many lines below the label…
const MAX_PROMO_LINES: usize = 4;
/// …and no line between them has more words than this.
const MAX_PROMO_WORDS: usize = 40;
/// A label is at most this many words…
const MAX_LABEL_WORDS: usize = 4;
/// …and a sponsor's label, which names the sponsor, this many.
const MAX_SPONSOR_LABEL_WORDS: usize = 8;

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

impl Page<'_> {
    /// An advertiser's block: its label and the pitch right under it (a
    /// newsletter's sponsor copy, "Run payroll for your whole team in five
    /// minutes…"), with its call to action when one follows. The label names
    /// the sponsor or says the block is theirs, so the pitch is theirs even
    /// when its button is not shown.
    pub(super) fn mark_sponsor_blocks(&mut self) {
        for i in 0..self.lines.len() {
            let s = self.shapes[i];
            if s.blank
                || s.words > MAX_SPONSOR_LABEL_WORDS
                || !SPONSOR_LABEL.is_match(&normal(self.line(i)))
            {
                continue;
            }
            // A sponsor's credit closing another box ("Sponsored by X"
            // under its call to action) heads nothing.
            if self
                .prev(i)
                .is_some_and(|p| self.clutter[p] && !is_byline_or_stamp(self.line(p)))
            {
                continue;
            }
            let Some(pitch) = self
                .next(i)
                .filter(|&j| self.shapes[j].words <= MAX_PROMO_WORDS && !self.shapes[j].headline)
            else {
                continue;
            };
            self.clutter[i] = true;
            self.clutter[pitch] = true;
            if let Some(call) = self.next(pitch).filter(|&k| self.reads_as_prompt(k)) {
                self.clutter[call] = true;
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

    #[test]
    fn a_sponsor_s_label_takes_its_pitch_without_a_call_to_action() {
        for label in [
            "PRESENTED BY HALDEN PAYROLL",
            "A word from our partner",
            "This issue is sponsored by Ostra Ledger Software",
            "Today's sponsor",
        ] {
            let text = format!(
                "{LEAD}{label}\nRun payroll for your whole crew in five minutes. Halden Payroll files the taxes for 4,000 yards.\n\n{MORE}"
            );
            let b = boiler_text(&text).concat();
            assert!(b.contains("Halden Payroll files"), "{label}: {b:?}");
            assert!(!b.contains("Quayside") && !b.contains("Brakvik"), "{b:?}");
        }
        // A sponsor's credit under a box's call to action heads nothing.
        let text = format!(
            "{LEAD}WEBINAR · 4 May · Harbour tugs with Ada Lind\nRegister now\nSponsored by Halden Paints\nThe tugs will be painted in Lund, the yard said on Monday.\n\n{MORE}"
        );
        let b = boiler_text(&text).concat();
        assert!(!b.contains("painted in Lund"), "{b:?}");
        // A label that only mentions a partner, over the story, stays.
        let text = format!("{LEAD}Partners\n{MORE}");
        assert!(!boiler_text(&text).concat().contains("Brakvik"));
    }
}
