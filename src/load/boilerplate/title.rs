//! The page's headline: the line the furniture rules never mark, though it
//! may sit between a menu and a share bar.

use super::Page;
use super::is_byline_or_stamp;

/// A headline above a boxed line has at least this many words.
const MIN_TITLE_WORDS: usize = 5;
/// A header's label is at most this many words…
const MAX_HEADER_LABEL_WORDS: usize = 4;
/// …and a header of labelled lines has at least this many furniture lines.
const MIN_MARKED_IN_HEADER: usize = 2;
/// A heading's underline has at least this many `=`.
const MIN_UNDERLINE: usize = 3;

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
            !s.blank && !self.clutter[i] && s.words >= 3 && !s.dated && !self.byline(i)
        };
        // A byline or stamp under a headline does not box it in, nor does
        // a wire editor's note in brackets ("(Adds comment in paragraph
        // 6)").
        let boxed = |i: usize| {
            self.prev(i).is_some_and(|p| self.clutter[p])
                && self.next(i).is_some_and(|n| {
                    let line = self.line(n).trim();
                    self.clutter[n]
                        && !is_byline_or_stamp(line)
                        && !(line.starts_with('(') && line.ends_with(')'))
                })
        };
        // A Markdown page's `# ` heading is its headline, whatever short
        // lines (the source, an app's action bar) stand under it.
        if let Some(h) =
            (0..b).find(|&i| candidate(i) && (self.line(i).starts_with("# ") || self.underlined(i)))
        {
            return Some(h);
        }
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
                    && ((!self.clutter[k] && self.shapes[k].dated) || self.byline(k))
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

    /// A Markdown heading set by the line of `=` under it (a reader
    /// view's "Title\n=====").
    fn underlined(&self, i: usize) -> bool {
        i + 1 < self.lines.len() && {
            let under = self.line(i + 1).trim();
            under.len() >= MIN_UNDERLINE && under.bytes().all(|b| b == b'=')
        }
    }

    /// Lines above a Markdown page's `# ` headline, on a page that opens
    /// with furniture (its menu, its masthead) or with a labelled strip
    /// ("Live: Lund 212/6 v Quenmoor", "Markets: …"), are the page's too: a
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
        if first == title || self.first_body_sentence().is_none_or(|b| b < title) {
            return;
        }
        if !self.clutter[first] {
            if !self.is_strip_label(first) {
                return;
            }
            self.clutter[first] = true;
        }
        for i in first + 1..title {
            let s = self.shapes[i];
            if !s.blank && !s.sentence && !self.byline(i) {
                self.clutter[i] = true;
            }
        }
    }

    /// A short label, a colon and a value, no sentence and no byline: the
    /// label of a strip of scores, prices or news (Markdown's emphasis and
    /// code marks aside: "`Live:` Lund 212/6").
    fn is_strip_label(&self, i: usize) -> bool {
        let line = self.line(i);
        !self.shapes[i].sentence
            && !self.byline(i)
            && line.split_once(':').is_some_and(|(label, value)| {
                let label = label.trim_matches(|c: char| !c.is_alphanumeric());
                (1..=MAX_HEADER_LABEL_WORDS).contains(&label.split_whitespace().count())
                    && label.chars().next().is_some_and(char::is_uppercase)
                    && !value
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .is_empty()
            })
    }

    /// A header of labelled lines above the headline, from the page's first
    /// line down ("Client: …", "Source: …", "Keywords matched: …",
    /// "Sentiment: neutral"): a monitoring service's or an archive's record
    /// of the page. When every line there is furniture or a short label
    /// with its value, and [`MIN_MARKED_IN_HEADER`] or more of them are
    /// furniture already, the labels are the header's too. A news text has
    /// its headline first, with nothing above it.
    pub(super) fn mark_label_header(&mut self) {
        let Some(title) = self.title_line() else {
            return;
        };
        let label = |p: &Self, i: usize| {
            let line = p.line(i);
            !p.shapes[i].sentence
                && line.split_once(": ").is_some_and(|(label, value)| {
                    (1..=MAX_HEADER_LABEL_WORDS).contains(&label.split_whitespace().count())
                        && !value.trim().is_empty()
                })
        };
        let lines: Vec<usize> = (0..title).filter(|&i| !self.shapes[i].blank).collect();
        let marked = lines.iter().filter(|&&i| self.clutter[i]).count();
        if marked < MIN_MARKED_IN_HEADER
            || !lines.iter().all(|&i| self.clutter[i] || label(self, i))
        {
            return;
        }
        for i in lines {
            self.clutter[i] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::boiler_text;

    const STORY: &str = "Quayside buys two electric tugs from Ostra\nQuayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\nThe tugs will enter service in Brakvik next spring, Quayside's chief executive Ivo Grett told reporters.\n";

    #[test]
    fn a_markdown_heading_is_the_headline_under_front_matter() {
        let text = "---\ntitle: \"Ostra buys Lund yard\"\nsaved: 2025-05-04\n---\n\n# Ostra Marine to buy Lund tug yard\n\n**lund.example** · 5 min read · [View original](https://lund.example/a)\n\n> Saved to **Reading list** · Archive · Share\n\nQuayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\n\n![](https://lund.example/tug.jpg)\n\nThe tugs will enter service in Brakvik next spring, Quayside's chief executive Ivo Grett told reporters.\n";
        let b = boiler_text(text).join("\n");
        assert!(!b.contains("# Ostra Marine"), "{b}");
        assert!(b.contains("![](https://lund.example/tug.jpg)"), "{b}");
    }

    #[test]
    fn an_underlined_heading_is_the_headline_between_menus() {
        // A reader view's capture: its own header, the site's menu, the
        // headline set with "=" under it, the byline link.
        let text = "Title: Quayside buys two electric tugs from Ostra\n\nURL Source: https://lund.example/tugs\n\nMarkdown Content:\n*   [Ports](https://lund.example/ports)\n*   [Shipping](https://lund.example/shipping)\n\nQuayside buys two electric tugs from Ostra\n==========================================\n\n[Ada Lind](https://lund.example/ada-lind)\n\nQuayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\n\nThe tugs will enter service in Brakvik next spring, Quayside's chief executive Ivo Grett told reporters.\n";
        let b = boiler_text(text).join("\n");
        assert!(
            !b.contains("\nQuayside buys two") && !b.contains("====="),
            "{b}"
        );
        assert!(b.contains("[Ports]"), "{b}");
    }

    #[test]
    fn a_header_of_labels_above_the_headline() {
        let text = format!(
            "CLIPWATCH - Client: Lund Harbour plc\nClip 3 of 9 · Sent 04.05.2026 06:00\nSource: The Brakvik Post (print), p. 12\nTopics matched: Lund; tugs\nTone: positive\n{STORY}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(
            b.starts_with("CLIPWATCH") && b.ends_with("Tone: positive"),
            "{b}"
        );
        // A wire's headline with its editor's note under it, below a
        // client's header whose last line is no furniture by its phrasing.
        let text = "WIRE DESK · Client view\nSigned in: Lund Capital | Alerts (2) | Sign out\nSTORY LN0417 | PRIORITY 2 | 380 words\nClasses MRG TRN | Shipping\nReleased 04-May-2026 10:17 GMT | Embargo: none\nDownload: TXT · XML | Print\nUPDATE 1-Quayside buys two electric tugs from Ostra\n(Adds analyst comment in paragraph 4)\nQuayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\nThe tugs will enter service in Brakvik next spring, Quayside's chief executive Ivo Grett told reporters.\n";
        let b = boiler_text(text).join("\n");
        assert!(b.contains("Adds analyst comment"), "{b}");
        assert!(!b.contains("UPDATE 1-Quayside"), "{b}");
        // Facts above a headline with no furniture among them stay.
        let text = format!("Founded: 1998\nStaff: 2,300\n{STORY}");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }
}
