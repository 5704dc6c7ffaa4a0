//! The page's headline: the line the furniture rules never mark, though it
//! may sit between a menu and a share bar.

use super::Page;
use super::phrases::PHRASES;
use super::{is_byline_or_stamp, is_signature};

/// A headline above a boxed line has at least this many words.
const MIN_TITLE_WORDS: usize = 5;
/// Above a plain page's headline, a line shaped like a headline of this
/// many words or more stays.
const MIN_HEADLINE_WORDS: usize = 4;

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
    ///
    /// So are the lines above a plain page's headline when nothing but
    /// furniture stands between it and the lead and some furniture above
    /// it (a breadcrumb, a menu): a masthead, a web archive's toolbar, a
    /// translator's banner. A sentence stays there too, the lines right
    /// over the headline with no blank line or furniture between (its
    /// block: an issuer's name over its announcement's title), and a line
    /// shaped like a headline of some length or over a byline (the
    /// headline, were the title rule to take a standfirst for it), unless
    /// it holds a web address or is mostly figures.
    pub(super) fn mark_above_headline(&mut self) {
        let Some(first) = (0..self.lines.len()).find(|&i| !self.shapes[i].blank) else {
            return;
        };
        let markdown = (first..self.lines.len()).find(|&i| self.line(i).starts_with("# "));
        let (title, plain) = match markdown {
            Some(title) => (title, false),
            None => match self.plain_title() {
                Some(title) => (title, true),
                None => return,
            },
        };
        let opens = if plain {
            (first..title).any(|i| self.clutter[i])
        } else {
            self.clutter[first]
        };
        if !opens || self.first_body_sentence().is_none_or(|b| b < title) {
            return;
        }
        // A plain headline's own block stays: the lines right over it
        // (no blank line, no furniture between), as an issuer's name over
        // its announcement's title.
        let mut top = title;
        while plain
            && let Some(p) = top.checked_sub(1)
            && !self.shapes[p].blank
            && !self.clutter[p]
        {
            top = p;
        }
        for i in first..top {
            let s = self.shapes[i];
            let line = self.line(i);
            // A short headline over its byline is the headline too.
            let signed = self.next(i).is_some_and(|n| {
                let next = self.line(n);
                is_byline_or_stamp(next) || is_signature(next)
            });
            let headline_like = plain
                && s.headline
                && !s.dated
                && (s.words >= MIN_HEADLINE_WORDS || signed)
                && !line.contains("://")
                && !line.contains("www.");
            if !s.blank && !s.sentence && !PHRASES.is_byline(line) && !headline_like {
                self.clutter[i] = true;
            }
        }
    }

    /// A plain page's headline: the title line, when nothing but furniture
    /// and blank lines stand between it and the first body sentence.
    fn plain_title(&self) -> Option<usize> {
        let title = self.title_line()?;
        let lead = self.first_body_sentence()?;
        (title + 1..lead)
            .all(|k| self.shapes[k].blank || self.clutter[k])
            .then_some(title)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{LEAD, boiler_text};

    #[test]
    fn lines_above_a_plain_headline_under_furniture_are_the_page_s() {
        let text = format!(
            "The Web Archive - https://archive.example/web/2026/https://brakvikpost.example/a\n58 captures\n\
             14 Mar 2019 - 03 Dec 2026\nAbout this capture\nBrakvik Post\nHome › Business › Shipping\n\
             Quayside buys two electric tugs from Ostra Marine\n{LEAD}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(
            b.contains("58 captures") && b.contains("Brakvik Post"),
            "{b}"
        );
        assert!(b.contains("The Web Archive"), "{b}");
        assert!(!b.contains("electric tugs"), "{b}");
    }

    #[test]
    fn a_headline_s_own_block_stays() {
        let text = format!(
            "Home | Prices | Regulatory news\n\nOstra Marine PLC\n(\"Ostra\" or the \"Company\")\n\
             Acquisition of Lund Tugs Limited\n\n{LEAD}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(
            !b.contains("Ostra Marine PLC") && !b.contains("Company"),
            "{b}"
        );
    }
}
