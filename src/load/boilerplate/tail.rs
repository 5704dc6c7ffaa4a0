//! The end of the page: a comment section after the body, and everything
//! after the body's last sentence (headline lists, tags, bios, short notes
//! under a notice).

use super::lists::MAX_TEASER_WORDS;
use super::phrases::PHRASES;
use super::{Page, is_furniture};

/// A comment section's opening has a prompt among this many lines after it.
const COMMENT_PROMPT_WITHIN: usize = 8;
/// At most this many short sentences after furniture are its own.
const MAX_SHORT_AFTER_FURNITURE: usize = 3;

impl Page<'_> {
    /// The last line of the article's core: the stretch of body sentences
    /// with the most words that no furniture line interrupts (subheadings
    /// and blank lines may).
    pub(super) fn core_end(&self) -> Option<usize> {
        let mut best = (0, None);
        let mut words = 0;
        for i in 0..self.lines.len() {
            let s = self.shapes[i];
            if s.blank {
                continue;
            }
            if self.clutter[i] {
                words = 0;
            } else if s.sentence {
                words += s.words;
                if words > best.0 {
                    best = (words, Some(i));
                }
            }
        }
        best.1
    }

    /// A comment section after the body: from its opening to the end.
    pub(super) fn mark_comment_section(&mut self) {
        let Some(start) = self.first_body_sentence() else {
            return;
        };
        // The opening is a prompt itself ("3 Comments", "Leave a Reply"), or
        // a prompt soon follows it ("Reply", the form): a table column named
        // "Comment" opens nothing.
        let opens = |i: usize| {
            !self.shapes[i].blank
                && PHRASES.is_tail_header(self.line(i))
                && (is_furniture(self.line(i))
                    || (i + 1..self.lines.len())
                        .filter(|&j| !self.shapes[j].blank)
                        .take(COMMENT_PROMPT_WITHIN)
                        .any(|j| is_furniture(self.line(j))))
        };
        // Comment counts by the byline open nothing: the opening comes after
        // the article's core.
        let after = self.core_end().map_or(start + 1, |c| c.max(start) + 1);
        if let Some(i) = (after..self.lines.len()).find(|&i| opens(i)) {
            for flag in &mut self.clutter[i..] {
                *flag = true;
            }
        }
    }

    /// The first of up to three short sentences ending at `last` that
    /// follow a furniture line.
    pub(super) fn short_lines_after_furniture(&self, last: usize, first: usize) -> Option<usize> {
        let mut from = last;
        for _ in 0..MAX_SHORT_AFTER_FURNITURE {
            let s = self.shapes[from];
            if from <= first || s.prose || !s.stop || self.clutter[from] {
                return None;
            }
            let p = self.prev(from)?;
            if self.clutter[p] {
                // Only a notice's phrasing takes them: under a list of
                // other stories or an ad slot they are the body's last
                // lines ("Shares rose 4% in Lund.").
                return self.reads_as_prompt(p).then_some(from);
            }
            from = p;
        }
        None
    }

    /// Two or more headline-and-teaser pairs that end the page after the
    /// body has begun, with no header: another site's story list. Gives the
    /// first headline's line.
    pub(super) fn teaser_pairs_ending_at(&self, last: usize, first: usize) -> Option<usize> {
        let mut pairs = 0;
        let mut from = None;
        let mut k = Some(last);
        while let Some(t) = k {
            let s = self.shapes[t];
            let Some(h) = self.prev(t) else { break };
            let hs = self.shapes[h];
            let pair = s.sentence
                && s.words <= MAX_TEASER_WORDS
                && hs.headline
                && !hs.sentence
                && !self.clutter[h]
                && h > first
                && self.may_head_a_teaser(h);
            if !pair {
                break;
            }
            pairs += 1;
            from = Some(h);
            k = self.prev(h);
        }
        from.filter(|_| pairs >= 2)
    }

    /// Everything after the last sentence of the body: headline lists, stray
    /// section names, tags, bios. An author's bio that ends the page is not
    /// the body's last sentence. Kept: a list or table the last sentence
    /// introduces, and a fact box with its title.
    pub(super) fn mark_tail(&mut self) {
        let Some(first) = self.first_body_sentence() else {
            return;
        };
        let last = loop {
            // Short sentences count here ("Shares were unchanged.").
            let Some(last) = (0..self.lines.len()).rev().find(|&i| {
                let s = self.shapes[i];
                !self.clutter[i]
                    && (s.sentence || s.intro || (s.stop && s.words >= 2 && !s.title_case))
            }) else {
                return;
            };
            if last > first && PHRASES.is_bio(self.line(last)) {
                self.clutter[last] = true;
                continue;
            }
            // Short sentences right after furniture ("Thank you for your
            // support. Need help?" under an ad-blocker notice) are the
            // furniture's.
            if let Some(from) = self.short_lines_after_furniture(last, first) {
                for flag in &mut self.clutter[from..=last] {
                    *flag = true;
                }
                continue;
            }
            if let Some(from) = self.teaser_pairs_ending_at(last, first) {
                for flag in &mut self.clutter[from..=last] {
                    *flag = true;
                }
                continue;
            }
            break last;
        };
        let mut i = last + 1;
        if self.shapes[last].intro {
            // The list or table the last sentence opens, on the next line or
            // after a blank one (a web page's blocks), runs to the next
            // blank line.
            if let Some(j) = self.next(last) {
                i = j;
            }
            while i < self.lines.len() && !self.shapes[i].blank && !self.clutter[i] {
                i += 1;
            }
        }
        let n = self.lines.len();
        while i < n {
            let s = self.shapes[i];
            let fact_box_title = !s.blank
                && !self.clutter[i]
                && s.words <= 6
                && self
                    .next(i)
                    .is_some_and(|j| self.shapes[j].fact && !self.clutter[j]);
            let fact = s.fact && !self.clutter[i];
            if !s.blank && !fact && !fact_box_title {
                self.clutter[i] = true;
            }
            i += 1;
        }
    }
}
