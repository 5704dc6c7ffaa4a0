//! A box of other stories or items set between the article's paragraphs
//! and closed by its link to the whole list ("People moves this week" /
//! two headlines / "See all moves ›"): the lines above the link, up to
//! the body's sentence before them, when every one is headline-like or
//! already furniture.

use std::sync::LazyLock;

use super::forward::{LineRegex, on_demand};
use super::phrases::{alternation, normal, whole_line_pattern};
use super::stamps::is_byline_or_stamp;
use super::{Page, is_furniture};

const CLOSERS: &str = include_str!("../../../assets/lang/en/clutter/closers.re");

/// Asked only of short lines, few of a page: compiled when a line its DFA
/// built with the program cannot answer first asks (built with the
/// lexicon, it was compiled inside the first article's time, 4 M
/// instructions).
pub(super) static CLOSER: LazyLock<LineRegex> =
    LazyLock::new(|| on_demand(&whole_line_pattern(&alternation(CLOSERS))));

/// A closing link has at most this many words.
const MAX_CLOSER_WORDS: usize = 6;
/// A box holds at most this many lines above its closing link.
const MAX_BOX_LINES: usize = 8;
/// A box holds at least this many lines above its closing link.
const MIN_BOX_LINES: usize = 2;

/// A line that is wholly a link to a whole list ("See all rounds").
fn is_closer(line: &str) -> bool {
    line.split_whitespace().nth(MAX_CLOSER_WORDS).is_none() && CLOSER.is_match(&normal(line))
}

/// A publication's card holds at most this many lines under its byline.
const MAX_CARD_LINES: usize = 2;
/// A card's line (its tagline) is at most this many words.
const MAX_CARD_WORDS: usize = 15;

impl Page<'_> {
    /// A publication's card between two prompts after the body has begun
    /// ("Subscribe to the Ledger" / "By Ada Lind · Launched 2 years ago" /
    /// its tagline / "Subscribe"): a byline right under a prompt, and up to
    /// [`MAX_CARD_LINES`] short lines under it, the next prompt closing them.
    pub(super) fn mark_cards(&mut self) {
        let Some(first) = self.first_body_sentence() else {
            return;
        };
        let prompt = |p: &Self, j: usize| p.clutter[j] && is_furniture(p.line(j));
        for b in first + 1..self.lines.len() {
            if self.shapes[b].blank
                || self.clutter[b]
                || !is_byline_or_stamp(self.line(b))
                || !self.prev(b).is_some_and(|p| prompt(self, p))
            {
                continue;
            }
            let mut card = vec![b];
            let mut at = b;
            while let Some(j) = self.next(at)
                && !self.clutter[j]
                && card.len() <= MAX_CARD_LINES
                && self.shapes[j].words <= MAX_CARD_WORDS
            {
                card.push(j);
                at = j;
            }
            if self.next(at).is_some_and(|n| prompt(self, n)) {
                for j in card {
                    self.clutter[j] = true;
                }
            }
        }
    }

    /// Boxes closed by a link to the whole list, after the body has begun.
    pub(super) fn mark_closed_boxes(&mut self) {
        let Some(first) = self.first_body_sentence() else {
            return;
        };
        for c in first + 1..self.lines.len() {
            if self.shapes[c].blank || !is_closer(self.line(c)) {
                continue;
            }
            let mut block = Vec::new();
            let mut at = c;
            while let Some(p) = self.prev(at) {
                let s = self.shapes[p];
                let boxed = self.clutter[p] || (s.headline && !s.sentence && !s.stop);
                if p <= first || !boxed || block.len() == MAX_BOX_LINES {
                    break;
                }
                block.push(p);
                at = p;
            }
            // Its header may be a short label ("Funding tracker").
            if let Some(h) = self.prev(at)
                && h > first
                && !block.is_empty()
                && self.shapes[h].nav
                && self.prev(h).is_none_or(|p| self.shapes[p].sentence)
            {
                block.push(h);
                at = h;
            }
            // The box ends at a sentence of the body (or the page's top),
            // and holds more than furniture already marked.
            let bounded = self.prev(at).is_none_or(|p| self.shapes[p].sentence);
            let fresh = !self.clutter[c] || block.iter().any(|&j| !self.clutter[j]);
            if block.len() >= MIN_BOX_LINES && bounded && fresh {
                self.clutter[c] = true;
                for j in block {
                    self.clutter[j] = true;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::boiler_text;
    use super::is_closer;

    #[test]
    fn closing_links() {
        for l in [
            "See all moves ›",
            "View all rounds",
            "See more",
            "All the latest deals",
        ] {
            assert!(is_closer(l), "{l}");
        }
        for l in [
            "See you in court, said the chief executive.",
            "All the yards were sold",
            "View from the bridge",
        ] {
            assert!(!is_closer(l), "{l}");
        }
    }

    const LEAD: &str = "Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\n";
    const MORE: &str = "The tugs will be delivered in 2027 and will work in the port of Lund, the ferry group said.\n";

    #[test]
    fn a_box_closed_by_its_link_is_furniture() {
        let page = format!(
            "{LEAD}Deals this week\nBrakvik Energy buys a wind farm from Lund Power for $40m\nHarbour Capital names Ada Lind as chief investment officer\nSee all deals ›\n{MORE}"
        );
        let b = boiler_text(&page).join("\n");
        assert!(
            b.contains("Deals this week") && b.contains("Brakvik") && b.contains("Ada Lind"),
            "{b}"
        );
        assert!(!b.contains("Quayside") && !b.contains("delivered"), "{b}");
        // A short label heads the box.
        let page = format!(
            "{LEAD}Deal tracker\nBrakvik Energy (Lund) — $40m Series B\nOrlo Health (Oslo) — $9m seed\nView all rounds\n{MORE}"
        );
        let b = boiler_text(&page).join("\n");
        assert!(
            b.contains("Deal tracker") && b.contains("View all rounds"),
            "{b}"
        );
        assert!(!b.contains("Quayside") && !b.contains("delivered"), "{b}");
    }

    #[test]
    fn a_publication_s_card_between_prompts_is_furniture() {
        let page = format!(
            "{LEAD}{MORE}Ada\nSubscribe to the Lund Letter\nBy Ada Lind · Launched 2 years ago\nShipping, ports and the money between them, every Friday.\nSubscribe\n"
        );
        let b = boiler_text(&page).join("\n");
        assert!(
            b.contains("By Ada Lind") && b.contains("every Friday"),
            "{b}"
        );
        assert!(!b.contains("delivered"), "{b}");
        // A sentence under a prompt with no byline stays.
        let page = format!("{LEAD}Subscribe to the Lund Letter\n{MORE}Subscribe\n");
        let b = boiler_text(&page).join("\n");
        assert!(!b.contains("delivered"), "{b}");
    }

    #[test]
    fn a_subheading_over_prose_with_no_closing_link_stays() {
        let page = format!(
            "{LEAD}Deals this week\nBrakvik Energy buys a wind farm from Lund Power for $40m\n{MORE}"
        );
        assert!(boiler_text(&page).is_empty(), "{:?}", boiler_text(&page));
        // A closing link after prose takes no sentence with it.
        let page = format!("{LEAD}{MORE}See all deals\n{MORE}");
        let b = boiler_text(&page).join("\n");
        assert!(!b.contains("delivered"), "{b}");
    }
}
