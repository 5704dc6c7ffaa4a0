//! Lists of other stories under a header ("More from Markets" and the
//! headlines with their teasers) and author boxes under theirs.

use super::Page;
use super::line::Shape;
use super::phrases::PHRASES;

/// A teaser under a headline in a list of stories is at most this long.
pub(super) const MAX_TEASER_WORDS: usize = 35;
/// A headline of another story that the body's prose follows, the list's
/// last, has at least this many words (a subheading is shorter).
const MIN_LISTED_HEADLINE_WORDS: usize = 8;
/// A headline asked as a question is at most this long.
const MAX_QUESTION_WORDS: usize = 12;

/// A headline asked as a question in a list of stories ("Why Ostra is
/// betting on Lund?"): one short sentence ending in a question mark.
fn short_question(s: Shape, line: &str) -> bool {
    s.headline
        && s.words <= MAX_QUESTION_WORDS
        && line.trim_end().ends_with('?')
        && !line.contains(". ")
}

impl Page<'_> {
    /// A header of other stories and the headlines (with their teasers) under
    /// it. A header followed by prose is a subheading and stays.
    pub(super) fn mark_story_lists(&mut self) {
        for i in 0..self.lines.len() {
            if self.shapes[i].blank
                || !self.shapes[i].short
                || !PHRASES.is_list_header(self.line(i))
            {
                continue;
            }
            let mut items = Vec::new();
            let mut teasers = 0;
            let mut opened = false;
            let mut at = i;
            while let Some(j) = self.next(at) {
                let s = self.shapes[j];
                let listed = s.headline || s.nav || s.marked || s.crumbs || self.clutter[j];
                // A teaser sits right under its headline, or another
                // headline follows it, or it ends the page in a list that
                // has had teasers.
                // A photo credit or an ad slot is no headline to tease.
                let teaser = s.sentence
                    && s.words <= MAX_TEASER_WORDS
                    && items
                        .last()
                        .is_some_and(|&k: &usize| self.shapes[k].headline && !self.clutter[k])
                    && (j == at + 1
                        || (teasers > 0 && self.next(j).is_none())
                        || self.next(j).is_some_and(|n| {
                            self.shapes[n].headline && !self.shapes[n].sentence && !self.clutter[n]
                        }));
                // Items may open with their date ("Oct 30, 2025 — …") and
                // read as sentences.
                let opener = PHRASES.is_item_opener(self.line(j));
                opened |= opener;
                let item = (listed
                    && (!s.sentence || self.clutter[j] || short_question(s, self.line(j))))
                    || opener;
                // A headline with a paragraph of running text right under
                // it heads the story's own text (a live blog's entry): the
                // list ended above it.
                // But a long headline right under another of the list is
                // the list's last, the body resuming under it.
                // So is one long headline right under a header set between
                // paragraphs: the one story the box links to.
                let long_headline =
                    s.headline && !s.sentence && s.words >= MIN_LISTED_HEADLINE_WORDS;
                let under_headline = items.last().is_some_and(|&k: &usize| {
                    j == k + 1 && self.shapes[k].headline && !self.shapes[k].sentence
                });
                let alone = items.is_empty() && j == i + 1 && self.after_prose(i);
                let last_of_list = long_headline && (under_headline || alone);
                if (!item && !teaser)
                    || self.opens_section(j)
                    || (self.heads_prose(j) && !last_of_list)
                {
                    break;
                }
                if teaser {
                    teasers += 1;
                }
                items.push(j);
                at = j;
                if last_of_list && self.heads_prose(j) {
                    break;
                }
            }
            // A header that ends the page lost its list (a web page's list
            // of links is left out of the text).
            let orphan = self.next(i).is_none();
            // So did a header standing alone between two paragraphs of
            // prose: a subheading never reads as a list's header ("Most
            // viewed", "Related stories").
            let emptied = items.is_empty() && self.between_prose(i);
            if opened
                || orphan
                || emptied
                || items.iter().any(|&j| {
                    let s = self.shapes[j];
                    (s.headline && !s.sentence) || s.nav
                })
            {
                self.clutter[i] = true;
                for j in items {
                    self.clutter[j] = true;
                }
            }
        }
    }

    /// The line is a heading over a paragraph of two sentences or more,
    /// its lines right under it: a teaser is one sentence.
    fn heads_prose(&self, i: usize) -> bool {
        let s = self.shapes[i];
        s.headline && !s.sentence && self.body_prose(i + 1) && self.body_prose(i + 2)
    }

    /// A sentence of running text in the body at `j`.
    fn body_prose(&self, j: usize) -> bool {
        j < self.lines.len() && self.shapes[j].prose && self.body_sentence(j)
    }

    /// A paragraph of prose stands right above the line.
    fn after_prose(&self, i: usize) -> bool {
        self.prev(i).is_some_and(|p| self.prose(p))
    }

    /// The line stands between a paragraph of prose above it and one of two
    /// sentences or more under it.
    fn between_prose(&self, i: usize) -> bool {
        !self.shapes[i].sentence && self.after_prose(i) && self.prose(i + 1) && self.prose(i + 2)
    }

    /// A paragraph of prose: sentences, opening with a letter, a figure or
    /// a quote, not with a listing's marks ("** Ostra Marine on …" under
    /// "Stocks to watch").
    fn prose(&self, j: usize) -> bool {
        self.body_prose(j)
            && !self.shapes[j].marked
            && self.line(j).trim_start().starts_with(|c: char| {
                c.is_alphanumeric() || matches!(c, '"' | '\u{201c}' | '\u{2018}' | '\'' | '(')
            })
    }

    /// An author box: its header and the paragraph after it.
    pub(super) fn mark_author_boxes(&mut self) {
        for i in 0..self.lines.len() {
            if self.shapes[i].blank
                || !self.shapes[i].short
                || !PHRASES.is_author_header(self.line(i))
            {
                continue;
            }
            if let Some(j) = self.next(i)
                && (self.shapes[j].sentence || self.shapes[j].headline || self.shapes[j].nav)
            {
                self.clutter[i] = true;
                let mut k = j;
                while k < self.lines.len() && !self.shapes[k].blank {
                    self.clutter[k] = true;
                    k += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::boiler_text;

    #[test]
    fn a_live_blog_s_entries_under_its_key_events_stay() {
        let text = "Key events\n2h ago Quayside backs the offer\n3h ago Deal announced\n\nFrom Mara Lind in Lund\n\n11.52 BST\nQuayside backs the offer\nThe board of Quayside Ferries said it would recommend the offer to its shareholders.\nQuayside chairman Ivo Grett said the price was fair to all of the owners.\nShare\n";
        let b = boiler_text(text).join("\n");
        assert!(b.contains("2h ago") && b.contains("11.52 BST"), "{b}");
        assert!(
            !b.contains("The board") && !b.contains("\nQuayside backs"),
            "{b}"
        );
    }

    #[test]
    fn a_list_between_paragraphs_takes_its_last_headline() {
        let body = "Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\nThe tugs will be delivered in 2027 and will work in the port of Lund, the ferry group said.\n";
        let text = format!(
            "{body}Related\nBrakvik yards look to Norway as home orders cool\nLund port fees rise 4% in Q3, fastest in two years\n{body}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(
            b.contains("Brakvik yards") && b.contains("Lund port fees"),
            "{b}"
        );
        assert!(!b.contains("delivered"), "{b}");
        // A short subheading over the resumed prose stays.
        let text = format!(
            "{body}Related\nBrakvik yards look to Norway as home orders cool\nMore tugs to come\n{body}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("Brakvik") && !b.contains("More tugs"), "{b}");
    }

    #[test]
    fn a_list_header_alone_between_paragraphs_is_an_emptied_box() {
        let body = "Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\nThe tugs will be delivered in 2027 and will work in the port of Lund, the ferry group said.\n";
        let text = format!("{body}Most viewed\n{body}");
        let b = boiler_text(&text).join("\n");
        assert_eq!(b, "Most viewed", "{b}");
        // A subheading that is no list's header stays.
        let text = format!("{body}Tugs for the north\n{body}");
        assert!(boiler_text(&text).is_empty());
        // Nor does a market report's header over its listed items.
        let items = "** Ostra Marine on talk of a tender offer by Quayside Ferries for the yard.\n** Lund Tugs on reports of a plan to build six electric tugs for the port.\n";
        let text = format!("{body}Stocks to watch\n{items}");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
        // A header over one long headline between paragraphs: the one story
        // the box links to.
        let text = format!(
            "{body}Related article\nWhy so many harbours are ordering electric tugs this year\n{body}"
        );
        let b = boiler_text(&text).join("\n");
        assert_eq!(
            b,
            "Related article\nWhy so many harbours are ordering electric tugs this year"
        );
    }
}
