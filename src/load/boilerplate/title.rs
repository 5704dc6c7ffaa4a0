//! The page's headline: the line the furniture rules never mark, though it
//! may sit between a menu and a share bar.

use super::Page;
use super::is_byline_or_stamp;
use super::phrases::PHRASES;

/// A headline above a boxed line has at least this many words.
const MIN_TITLE_WORDS: usize = 5;

impl Page<'_> {
    /// The headline: the last line of three words or more before the first
    /// body sentence that is no byline and no date line. Never furniture,
    /// though it may sit between a menu and a share bar.
    ///
    /// A line between two furniture lines (a photo's caption between its
    /// counter and its credit) is the title only when no headline with its
    /// byline or date under it stands above.
    pub(super) fn title_line(&self) -> Option<usize> {
        let b = self.first_body_sentence()?;
        let candidate = |i: usize| {
            let s = self.shapes[i];
            !s.blank
                && !self.clutter[i]
                && s.words >= 3
                && !s.dated
                && !PHRASES.is_byline(self.line(i))
        };
        // A byline or stamp under a headline does not box it in.
        let boxed = |i: usize| {
            self.prev(i).is_some_and(|p| self.clutter[p])
                && self
                    .next(i)
                    .is_some_and(|n| self.clutter[n] && !is_byline_or_stamp(self.line(n)))
        };
        let last = (0..b).rev().find(|&i| candidate(i))?;
        if !boxed(last) {
            return Some(last);
        }
        // A headline above it with its byline or date line between them (a
        // site's name or a menu entry over the menu has none).
        let headline = |i: usize| {
            let s = self.shapes[i];
            // A byline or stamp is furniture itself now, but it still says
            // a headline stands over it.
            let stamped = (i + 1..last).any(|k| {
                !self.shapes[k].blank
                    && ((!self.clutter[k] && self.shapes[k].dated)
                        || PHRASES.is_byline(self.line(k)))
            });
            s.headline && s.words >= MIN_TITLE_WORDS && !boxed(i) && stamped
        };
        Some(
            (0..last)
                .rev()
                .find(|&i| candidate(i) && headline(i))
                .unwrap_or(last),
        )
    }

    /// Lines above a Markdown page's `# ` headline, on a page that opens
    /// with furniture (its menu, its masthead), are the page's too: a
    /// born-on-this-day line, a weather strip, a section's promotion. A
    /// sentence there stays. (A headline in plain text may have its
    /// standfirst under it, which the title rule can take for it.)
    pub(super) fn mark_above_headline(&mut self) {
        let Some(first) = (0..self.lines.len()).find(|&i| !self.shapes[i].blank) else {
            return;
        };
        let Some(title) = (first..self.lines.len()).find(|&i| self.line(i).starts_with("# "))
        else {
            return;
        };
        if !self.clutter[first] || self.first_body_sentence().is_none_or(|b| b < title) {
            return;
        }
        for i in first + 1..title {
            let s = self.shapes[i];
            if !s.blank && !s.sentence && !PHRASES.is_byline(self.line(i)) {
                self.clutter[i] = true;
            }
        }
    }
}
