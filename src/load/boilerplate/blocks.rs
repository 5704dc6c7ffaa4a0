//! Furniture told by where a block of lines sits and what frames it: a
//! Markdown file's front matter, a section kicker over the headline, an
//! embedded social post, and a block of short lines that a prompt belongs to
//! (an author box: name, job title, "More stories by", "Follow on LinkedIn").

use super::Page;
use super::phrases::PHRASES;
use super::stamps::is_byline_or_stamp;

/// Front matter is closed within this many lines, or it is no front matter.
const MAX_FRONT_MATTER: usize = 40;
/// An embedded post's text is at most this many lines above its attribution.
const MAX_EMBED_LINES: usize = 4;
/// A block of short lines is an author box or a prompt's block only when it
/// is at most this long.
const MAX_BOX_LINES: usize = 8;
/// A kicker over the headline is one or two words.
const MAX_KICKER_WORDS: usize = 2;
/// The headline under a kicker has at least this many words.
const MIN_HEADLINE_WORDS: usize = 5;

impl Page<'_> {
    /// A Markdown file's YAML front matter: from a `---` first line to the
    /// next `---`, with `key: value` lines between.
    pub(super) fn mark_front_matter(&mut self) {
        let Some(open) = (0..self.lines.len()).find(|&i| !self.shapes[i].blank) else {
            return;
        };
        if self.line(open).trim() != "---" {
            return;
        }
        let close = (open + 1..self.lines.len().min(open + MAX_FRONT_MATTER))
            .find(|&i| self.line(i).trim() == "---");
        let Some(close) = close else {
            return;
        };
        let keyed = (open + 1..close).all(|i| {
            let l = self.line(i);
            self.shapes[i].blank
                || l.starts_with([' ', '\t', '-'])
                || l.split_once(':').is_some_and(|(k, _)| {
                    !k.is_empty() && !k.contains(' ') && !k.starts_with(char::is_whitespace)
                })
        });
        if keyed {
            for flag in &mut self.clutter[open..=close] {
                *flag = true;
            }
        }
    }

    /// Site and section labels around the page's top: a section name alone
    /// on the first line over a headline ("Energy"), a short line first on
    /// the page over furniture (the site's name over its menu), and a
    /// section name between furniture and a headline ("Deals" under the
    /// menu).
    pub(super) fn mark_kicker(&mut self) {
        if self.first_body_sentence().is_none() {
            return;
        }
        // The story's headline is no item of a list: a label over
        // bullets ("Key points" over "- Ostra buys …") is the body's.
        let headline_at = |p: &Self, j: usize| {
            let h = p.shapes[j];
            h.headline && !h.fact && !h.marked && !p.clutter[j] && h.words >= MIN_HEADLINE_WORDS
        };
        let label = |p: &Self, i: usize, words: usize| {
            let s = p.shapes[i];
            // "&" joins the words of one label ("Food & Drink"); counted
            // only on a line that may be one.
            let amps = || p.line(i).split_whitespace().filter(|w| *w == "&").count();
            s.nav && s.words - amps() <= words && !p.clutter[i] && !p.byline(i)
        };
        if let Some(first) = (0..self.lines.len()).find(|&i| !self.shapes[i].blank) {
            let next = self.next(first);
            let over_headline =
                label(self, first, MAX_KICKER_WORDS) && next.is_some_and(|j| headline_at(self, j));
            let over_furniture = label(self, first, MAX_KICKER_WORDS + 1)
                && next.is_some_and(|j| {
                    // A short headline over its byline or date stamp stays.
                    self.clutter[j] && !self.shapes[j].sentence && !is_byline_or_stamp(self.line(j))
                });
            if over_headline || over_furniture {
                self.clutter[first] = true;
            }
        }
        for i in 0..self.lines.len() {
            if self.shapes[i].blank || !label(self, i, MAX_KICKER_WORDS) {
                continue;
            }
            let after_furniture = self
                .prev(i)
                .is_some_and(|p| self.clutter[p] && !self.shapes[p].sentence);
            // A section name over a headline over its byline ("Business" /
            // headline / "By Ada Lind"), whatever the site's lines above.
            let over_bylined = |j: usize| {
                self.next(j)
                    .is_some_and(|k| self.clutter[k] && self.byline(k))
            };
            let headline = self.next(i).filter(|&j| headline_at(self, j));
            if headline.is_some_and(|j| after_furniture || over_bylined(j)) {
                self.clutter[i] = true;
            }
        }
    }

    /// A press release's or wire story's end mark ("###", "-30-") after the
    /// body has begun: it and everything after it are the issuer's
    /// boilerplate (about the company, forward-looking statements, media
    /// contacts).
    pub(super) fn mark_after_end_mark(&mut self) {
        let Some(first) = self.first_body_sentence() else {
            return;
        };
        if let Some(end) = (first + 1..self.lines.len())
            .find(|&i| !self.shapes[i].blank && PHRASES.is_end_mark(self.line(i)))
        {
            for flag in &mut self.clutter[end..] {
                *flag = true;
            }
        }
    }

    /// An embedded social post: its attribution line and the post's own
    /// lines right above it (up to a blank line).
    pub(super) fn mark_embeds(&mut self) {
        for i in 0..self.lines.len() {
            if self.shapes[i].blank || !PHRASES.is_embed_attribution(self.line(i)) {
                continue;
            }
            self.clutter[i] = true;
            let mut k = i;
            for _ in 0..MAX_EMBED_LINES {
                match k.checked_sub(1) {
                    Some(p) if !self.shapes[p].blank => {
                        self.clutter[p] = true;
                        k = p;
                    }
                    _ => break,
                }
            }
        }
    }

    /// A block of short lines (between blank lines, no sentence in it) that
    /// holds a prompt is the prompt's box: the author's name and job title
    /// beside "More stories by …". The headline and the byline stay.
    pub(super) fn mark_prompt_blocks(&mut self) {
        let title = self.title_line();
        let n = self.lines.len();
        let mut i = 0;
        while i < n {
            if self.shapes[i].blank {
                i += 1;
                continue;
            }
            let start = i;
            while i < n && !self.shapes[i].blank {
                i += 1;
            }
            let block = start..i;
            let short = block.len() <= MAX_BOX_LINES
                && block.clone().all(|j| {
                    let s = self.shapes[j];
                    !s.sentence && !s.intro && !s.fact && s.words <= MAX_BOX_LINES
                });
            let prompted = block.clone().any(|j| self.clutter[j]);
            let kept = block.clone().any(|j| Some(j) == title || self.byline(j));
            if short && prompted && !kept && block.len() >= 2 {
                for flag in &mut self.clutter[block] {
                    *flag = true;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{BODY, boiler_text};

    #[test]
    fn front_matter_is_cut() {
        let text = format!(
            "---\ntitle: \"Quayside buys tugs\"\nauthor: Mara Lind\ntags:\n  - ferries\n---\n\n# Quayside buys two tugs from Ostra\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("---") && b[0].contains("Mara Lind"),
            "{b:?}"
        );
        // A rule in the body is no front matter.
        let text = format!("# Quayside buys two tugs\n\n---\n\n{BODY}");
        assert!(boiler_text(&text).is_empty());
    }

    #[test]
    fn a_kicker_over_the_headline_is_cut_but_a_short_headline_stays() {
        let text = format!("Shipping\nQuayside buys two electric tugs from Ostra\n\n{BODY}");
        assert_eq!(boiler_text(&text), ["Shipping"]);
        let text = format!("Quayside buys tugs\nTuesday, March 3, 2025\n\n{BODY}");
        assert!(boiler_text(&text).is_empty());
    }

    #[test]
    fn a_label_over_bullets_under_the_date_line_is_the_body_s() {
        let text = format!(
            "# Quayside buys two electric tugs from Ostra\n\n*Harbour Ledger* · Shipping desk · 3 March 2026\n\n**Key points**\n\n- Quayside will buy two tugs from Ostra Marine\n- The tugs arrive in Brakvik next spring\n\n{BODY}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("Harbour Ledger"), "{b}");
        assert!(!b.contains("Key points"), "{b}");
        // The same label over a headline is a section's kicker.
        let text = format!(
            "Harbour Ledger\nWorld   Business   Markets   Opinion\nKey points\nQuayside buys two electric tugs from Ostra\n\n{BODY}"
        );
        assert!(boiler_text(&text).join("\n").contains("Key points"));
    }

    #[test]
    fn a_section_name_over_a_bylined_headline_is_cut() {
        let text = format!(
            "Skip to main content\nThe harbour's news, data and analysis for port professionals\nShipping\nQuayside buys two electric tugs from Ostra\nBy Mara Lind\n\n{BODY}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("Shipping\n") || b.contains("\nShipping"), "{b}");
        assert!(!b.contains("Quayside buys"), "{b}");
        // Without the byline under the headline, a lone word stays.
        let text = format!(
            "Ostra said on Monday it was hiring.\nShipping\nQuayside buys two electric tugs from Ostra\n\n{BODY}"
        );
        assert!(!boiler_text(&text).join("\n").contains("Shipping"));
    }

    #[test]
    fn site_and_section_labels_at_the_top_are_cut() {
        let text = format!(
            "Harbour Ledger\nWorld   Business   Markets   Opinion\nSHIPPING\nQuayside buys two electric tugs from Ostra\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("Harbour Ledger") && b[0].ends_with("SHIPPING"),
            "{b:?}"
        );
    }

    #[test]
    fn a_press_release_ends_at_its_end_mark() {
        let text = format!(
            "Quayside buys two electric tugs from Ostra\n\n{BODY}\n###\n\nAbout Quayside Ferries\nQuayside Ferries runs ferries in the Skagerrak and was founded by Pelle Dahl.\n"
        );
        let b = boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("###") && b[0].contains("Pelle Dahl"),
            "{b:?}"
        );
    }

    #[test]
    fn notes_with_numbers_after_the_body_are_cut() {
        let text = format!(
            "{BODY}\nNotes\n[1] Ostra Marine, annual report to the Lund exchange, 2024.\n[2] Interview with Pelle Dahl by the Harbour Ledger, May 2024.\n"
        );
        let b = boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("Notes") && b[0].ends_with("2024."),
            "{b:?}"
        );
    }

    #[test]
    fn an_embedded_post_is_cut_with_its_text() {
        let text = format!(
            "{BODY}\nTugs for Brakvik at last, and Ostra gets the order. Good day for Lund.\npic.twitter.com/Ab12Cd\n— Kit Sand (@kitsand) March 3, 2025\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("Tugs for Brakvik") && b[0].ends_with("2025"),
            "{b:?}"
        );
    }

    #[test]
    fn an_author_box_of_short_lines_goes_with_its_prompt() {
        let text = format!(
            "Quayside buys two electric tugs from Ostra\n\nMara Lind\nShipping Correspondent\nMore stories by Mara Lind\nFollow on LinkedIn\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("Mara Lind\n") && b[0].ends_with("LinkedIn"),
            "{b:?}"
        );
    }

    #[test]
    fn live_page_stamps_and_tickers_are_cut() {
        let text = format!(
            "NORD 40  8,146.52  +0.4%\nOstra Marine  412.5p  −1.4%\n\nQuayside buys two electric tugs from Ostra\nUpdated 16:48 GMT\n\n14:05 GMT\n{BODY}\n2:14\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert!(
            b.iter()
                .any(|l| l.contains("8,146.52") && l.contains("412.5p")),
            "{b:?}"
        );
        let cut = b.join("\n");
        for stamp in ["Updated 16:48 GMT", "14:05 GMT", "2:14"] {
            assert!(cut.lines().any(|l| l == stamp), "{stamp}: {b:?}");
        }
        assert!(!cut.contains("Quayside"), "{b:?}");
    }

    #[test]
    fn dated_teasers_under_a_header_are_cut() {
        let text = format!(
            "{BODY}\nMore on this story\nOct 30, 2025 — Ostra Marine posted its first loss in a decade as orders slid.\nSep 4, 2025 — Harbour Fund sold its 20% stake in Lund Tugs to an undisclosed buyer.\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("More on this story") && b[0].ends_with("buyer."),
            "{b:?}"
        );
    }
}
