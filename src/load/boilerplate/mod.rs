//! Finds page furniture — lists of other stories, share and newsletter
//! prompts, comment sections, author boxes, photo credits, tag lists, cookie
//! banners — so that nothing in it becomes an entity, a relation or a figure.
//!
//! General signals only, never one page's strings: the phrasing of prompts
//! and headers (`assets/lang/en/clutter/`), and the shape of lines around the
//! article body — runs of short headline-like lines, menu and share-bar
//! words, bios and everything after the last sentence of the body. Lines that
//! belong to the body although they are short stay: subheadings (one line
//! between paragraphs), lists a sentence introduces with a colon, fact boxes
//! ("Founded: 1998"), the byline.

mod line;
mod phrases;

use line::{Line, Shape, lines};
use phrases::PHRASES;

use crate::model::{Region, RegionKind, Span};

/// Runs of short lines that make a list: at least this many lines.
const MIN_RUN: usize = 3;
/// A teaser under a headline in a list of stories is at most this long.
const MAX_TEASER_WORDS: usize = 35;

/// True when a line is page furniture by its phrasing alone.
pub fn is_furniture(line: &str) -> bool {
    PHRASES.is_prompt(line)
}

/// The page's lines, their shapes and the clutter flags being decided.
struct Page<'a> {
    text: &'a str,
    lines: Vec<Line>,
    shapes: Vec<Shape>,
    clutter: Vec<bool>,
}

impl<'a> Page<'a> {
    fn new(text: &'a str) -> Self {
        let lines = lines(text);
        let shapes: Vec<Shape> = lines
            .iter()
            .map(|l| Shape::of(l.span.slice(text)))
            .collect();
        let clutter = vec![false; lines.len()];
        Self {
            text,
            lines,
            shapes,
            clutter,
        }
    }

    fn line(&self, i: usize) -> &'a str {
        self.lines[i].span.slice(self.text)
    }

    /// The next non-blank line after `i`.
    fn next(&self, i: usize) -> Option<usize> {
        (i + 1..self.lines.len()).find(|&j| !self.shapes[j].blank)
    }

    /// The non-blank line before `i`.
    fn prev(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| !self.shapes[j].blank)
    }

    /// A sentence of the article: running text not marked as furniture.
    fn body_sentence(&self, i: usize) -> bool {
        self.shapes[i].sentence && !self.clutter[i]
    }

    fn first_body_sentence(&self) -> Option<usize> {
        (0..self.lines.len()).find(|&i| self.body_sentence(i))
    }

    /// Lines whose phrasing alone says furniture.
    fn mark_prompts(&mut self) {
        for i in 0..self.lines.len() {
            if !self.shapes[i].blank && is_furniture(self.line(i)) {
                self.clutter[i] = true;
            }
        }
    }

    /// A header of other stories and the headlines (with their teasers) under
    /// it. A header followed by prose is a subheading and stays.
    fn mark_story_lists(&mut self) {
        for i in 0..self.lines.len() {
            if self.shapes[i].blank || !PHRASES.is_list_header(self.line(i)) {
                continue;
            }
            let mut items = Vec::new();
            let mut at = i;
            while let Some(j) = self.next(at) {
                let s = self.shapes[j];
                let listed = s.headline || s.nav || s.marked || self.clutter[j];
                // A teaser sits right under its headline, or another
                // headline follows it.
                let teaser = s.sentence
                    && s.words <= MAX_TEASER_WORDS
                    && items
                        .last()
                        .is_some_and(|&k: &usize| self.shapes[k].headline)
                    && (j == at + 1
                        || self.next(j).is_some_and(|n| {
                            self.shapes[n].headline || self.clutter[n] || self.shapes[n].nav
                        }));
                let item = listed && !s.sentence;
                if !item && !teaser {
                    break;
                }
                items.push(j);
                at = j;
            }
            if items
                .iter()
                .any(|&j| self.shapes[j].headline || self.shapes[j].nav)
            {
                self.clutter[i] = true;
                for j in items {
                    self.clutter[j] = true;
                }
            }
        }
    }

    /// An author box: its header and the paragraph after it.
    fn mark_author_boxes(&mut self) {
        for i in 0..self.lines.len() {
            if self.shapes[i].blank || !PHRASES.is_author_header(self.line(i)) {
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

    /// Runs of short lines nobody introduced: menus and share bars (three or
    /// more one-to-three-word lines or breadcrumbs), and lists of other
    /// stories (three or more headlines after the body has begun, in title
    /// case or each naming something). A list a
    /// sentence introduces with a colon stays.
    fn mark_runs(&mut self) {
        let body_start = self.first_body_sentence();
        let menu = |p: &Self, j: usize| p.shapes[j].nav && !PHRASES.is_byline(p.line(j));
        let stories = |p: &Self, j: usize| {
            let s = p.shapes[j];
            s.headline && s.words >= 4 && body_start.is_some_and(|b| j > b)
        };
        self.mark_runs_of(&menu, |_, _| true);
        // Headlines in title case, or each naming something with no list
        // marker and five words or more ("Ostra wins a contract in Lund").
        self.mark_runs_of(&stories, |p, run| {
            let title = run.iter().filter(|&&j| p.shapes[j].title_case).count();
            let named = run.iter().all(|&j| {
                let s = p.shapes[j];
                s.named && !s.marked && s.words >= 5
            });
            title * 3 >= run.len() * 2 || named
        });
    }

    /// Marks each run of lines that `member` accepts, [`MIN_RUN`] or more
    /// with the furniture lines among and just before them, when `accept`
    /// agrees and no sentence introduces it.
    fn mark_runs_of(
        &mut self,
        member: &dyn Fn(&Self, usize) -> bool,
        accept: impl Fn(&Self, &[usize]) -> bool,
    ) {
        let n = self.lines.len();
        let mut i = 0;
        while i < n {
            if self.shapes[i].blank || self.clutter[i] || !member(self, i) {
                i += 1;
                continue;
            }
            let mut run = vec![i];
            let mut all = vec![i];
            let mut at = i;
            while let Some(j) = self.next(at) {
                if self.clutter[j] && !self.shapes[j].sentence {
                    all.push(j);
                } else if member(self, j) {
                    run.push(j);
                    all.push(j);
                } else {
                    break;
                }
                at = j;
            }
            let introduced = self
                .prev(i)
                .is_some_and(|p| self.shapes[p].intro && !self.clutter[p]);
            // Furniture lines just before the run count towards it ("Share").
            let mut before = 0;
            let mut k = i;
            while let Some(p) = self.prev(k)
                && self.clutter[p]
                && !self.shapes[p].sentence
            {
                before += 1;
                k = p;
            }
            if all.len() + before >= MIN_RUN && !introduced && accept(self, &run) {
                for &j in &all {
                    self.clutter[j] = true;
                }
            }
            i = at + 1;
        }
    }

    /// A comment section after the body: from its opening to the end.
    fn mark_comment_section(&mut self) {
        let Some(start) = self.first_body_sentence() else {
            return;
        };
        if let Some(i) = (start + 1..self.lines.len())
            .find(|&i| !self.shapes[i].blank && PHRASES.is_tail_header(self.line(i)))
        {
            for flag in &mut self.clutter[i..] {
                *flag = true;
            }
        }
    }

    /// Everything after the last sentence of the body: headline lists, stray
    /// section names, tags, bios. An author's bio that ends the page is not
    /// the body's last sentence. Kept: a list the last sentence introduces,
    /// and a fact box with its title.
    fn mark_tail(&mut self) {
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
            break last;
        };
        let mut i = last + 1;
        if self.shapes[last].intro {
            // The list the last sentence opens runs to the next blank line.
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

/// Splits the text into body and boilerplate regions, sorted and covering the
/// whole text without gaps.
pub fn detect_regions(text: &str) -> Vec<Region> {
    let mut page = Page::new(text);
    page.mark_prompts();
    page.mark_story_lists();
    page.mark_author_boxes();
    page.mark_runs();
    page.mark_comment_section();
    page.mark_tail();
    regions_from_flags(text, &page.lines, &page.clutter)
}

fn regions_from_flags(text: &str, lines: &[Line], boiler: &[bool]) -> Vec<Region> {
    let mut regions: Vec<Region> = Vec::new();
    let mut push = |kind: RegionKind, span: Span| {
        if span.is_empty() {
            return;
        }
        match regions.last_mut() {
            Some(last) if last.kind == kind => last.span.end = span.end,
            _ => regions.push(Region { kind, span }),
        }
    };
    let mut cursor = 0;
    for (line, &is_boiler) in lines.iter().zip(boiler) {
        let blank = line.span.slice(text).trim().is_empty();
        if is_boiler && !blank {
            push(RegionKind::Body, Span::new(cursor, line.span.start));
            push(
                RegionKind::Boilerplate,
                Span::new(line.span.start, line.span.end),
            );
            cursor = line.span.end;
        }
    }
    push(RegionKind::Body, Span::new(cursor, text.len()));
    // Blank lines between two boilerplate lines belong to the boilerplate.
    let mut merged: Vec<Region> = Vec::new();
    for r in regions {
        let gap_is_blank = |prev: &Region| {
            r.kind == RegionKind::Boilerplate
                && prev.kind == RegionKind::Body
                && prev.span.slice(text).trim().is_empty()
        };
        if let [.., before, prev] = merged.as_slice()
            && before.kind == RegionKind::Boilerplate
            && gap_is_blank(prev)
        {
            let start = before.span.start;
            merged.pop();
            merged.pop();
            merged.push(Region {
                kind: RegionKind::Boilerplate,
                span: Span::new(start, r.span.end),
            });
            continue;
        }
        merged.push(r);
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boiler_text(text: &str) -> Vec<&str> {
        detect_regions(text)
            .into_iter()
            .filter(|r| r.kind == RegionKind::Boilerplate)
            .map(|r| r.span.slice(text))
            .collect()
    }

    #[test]
    fn trailing_headlines_and_comment_form_are_boilerplate() {
        let text = "Title of the piece\n\nThe council approved the budget on Monday after a long debate in Zürich.\n\n\
                    Politics\n\nMore Stories\n\nFive Things To Know About the Harbour Plan\nWhy Rents Keep Rising\n\n\
                    Leave a Comment\n\nYour email address will not be published.";
        let b = boiler_text(text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("Politics") && b[0].ends_with("published."),
            "{b:?}"
        );
    }

    #[test]
    fn regions_cover_text_without_gaps() {
        let text = "Intro line\r\nA sentence that is long enough to count as prose in this test.\r\nShare this article\r\nTags: x\r\n";
        let regions = detect_regions(text);
        let mut at = 0;
        for r in &regions {
            assert_eq!(r.span.start, at);
            at = r.span.end;
        }
        assert_eq!(at, text.len());
        assert_eq!(boiler_text(text), vec!["Share this article\r\nTags: x"]);
    }

    const LEAD: &str = "Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\n\n";
    const MORE: &str = "The tugs will enter service in Brakvik next spring, Quayside's chief executive Ivo Grett told reporters.\n\n";

    #[test]
    fn a_story_list_under_its_header_is_cut_between_paragraphs() {
        let text = format!(
            "{LEAD}Related coverage\nHarbour fund sells its stake in Ostra\nBrakvik port to double its ferry berths\n\n{MORE}"
        );
        assert_eq!(
            boiler_text(&text),
            [
                "Related coverage\nHarbour fund sells its stake in Ostra\nBrakvik port to double its ferry berths"
            ]
        );
    }

    #[test]
    fn teasers_under_headlines_go_with_them() {
        let text = format!(
            "{LEAD}{MORE}Most read\n\nPelle Vik Leaves Tollund Bank\nThe banker had run the lender since 2019, and will join a rival.\nNorrland Air Orders Six Jets\nThe order is worth $600 million at list prices.\n"
        );
        let b = boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("Most read") && b[0].ends_with("list prices."),
            "{b:?}"
        );
    }

    #[test]
    fn a_header_followed_by_prose_is_a_subheading() {
        let text = format!("{LEAD}More on the deal\n\n{MORE}");
        assert!(boiler_text(&text).is_empty());
    }

    #[test]
    fn a_share_bar_between_paragraphs_is_cut() {
        let text = format!("{LEAD}Share\nFacebook\nLinkedIn\nWhatsApp\n\n{MORE}");
        assert_eq!(boiler_text(&text), ["Share\nFacebook\nLinkedIn\nWhatsApp"]);
    }

    #[test]
    fn a_menu_above_the_headline_is_cut_and_the_byline_kept() {
        let text = format!(
            "Home\nWorld\nBusiness\nMarkets\n\nQuayside Buys Two Tugs From Ostra\nBy Mara Lind\n\n{LEAD}{MORE}"
        );
        assert_eq!(boiler_text(&text), ["Home\nWorld\nBusiness\nMarkets"]);
    }

    #[test]
    fn unannounced_title_case_headlines_after_the_lead_are_cut() {
        let text = format!(
            "{LEAD}Pelle Vik Leaves Tollund Bank After Ten Years\nNorrland Air Orders Six New Jets\nWhy Brakvik Rents Keep Rising\n\n{MORE}"
        );
        assert_eq!(boiler_text(&text).len(), 1);
        let text = format!(
            "{LEAD}Pelle Vik leaves Tollund Bank after ten years\nNorrland Air orders six new jets\nWhy rents in Brakvik keep rising\n\n{MORE}"
        );
        assert_eq!(boiler_text(&text).len(), 1, "{:?}", boiler_text(&text));
        // Lines that name nothing are a list of the article's own.
        let text = format!(
            "{LEAD}a bigger yard and a second slipway\nthree new cranes for the dock\na training school for welders\n\n{MORE}"
        );
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
        // The same lines in sentence case, introduced by a colon, are a list.
        let text = format!(
            "{LEAD}The deal has three parts:\nQuayside takes over the Ostra yard in Brakvik\nOstra keeps its engine works\nBoth share a service centre in Lund\n\n{MORE}"
        );
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }

    #[test]
    fn a_comment_section_runs_to_the_end() {
        let text = format!(
            "{LEAD}{MORE}3 Comments\n\nKit Sand says:\nThis deal makes no sense to me at all, Ostra was doing fine on its own.\n\nLeave a Reply\n"
        );
        let b = boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("3 Comments") && b[0].ends_with("Leave a Reply"),
            "{b:?}"
        );
    }

    #[test]
    fn author_box_and_closing_bio_are_cut() {
        let text = format!(
            "{LEAD}{MORE}About the author\nMara Lind has written about shipping since 2009. She lives in Brakvik.\n"
        );
        assert_eq!(
            boiler_text(&text),
            [
                "About the author\nMara Lind has written about shipping since 2009. She lives in Brakvik."
            ]
        );
        let text = format!(
            "{LEAD}{MORE}Mara Lind is a senior reporter at the Harbour Ledger covering shipping.\n"
        );
        assert_eq!(
            boiler_text(&text),
            ["Mara Lind is a senior reporter at the Harbour Ledger covering shipping."]
        );
    }

    #[test]
    fn credits_tags_and_prompts_between_paragraphs() {
        let text = format!(
            "{LEAD}The new tug at the quay in Brakvik. (Photo: Lena Marsh/Northwire)\n\nSign up for our newsletter\n\n{MORE}Tags: shipping, ferries\n"
        );
        assert_eq!(
            boiler_text(&text),
            [
                "The new tug at the quay in Brakvik. (Photo: Lena Marsh/Northwire)\n\nSign up for our newsletter",
                "Tags: shipping, ferries"
            ]
        );
    }

    #[test]
    fn fact_boxes_and_introduced_lists_at_the_end_stay() {
        let text = format!(
            "{LEAD}{MORE}Ostra Marine at a glance\nFounded: 1961\nEmployees: 640\nChief executive: Runa Holt\n"
        );
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
        let text = format!(
            "{LEAD}{MORE}The tugs will serve three ports:\n- Brakvik\n- Lund\n- Norrhamn\n"
        );
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }

    #[test]
    fn a_short_last_sentence_is_body() {
        let text = format!("{LEAD}{MORE}Ostra declined to comment.\n");
        assert!(boiler_text(&text).is_empty());
        let text = format!("{LEAD}{MORE}Shares were unchanged.\n");
        assert!(boiler_text(&text).is_empty());
    }

    #[test]
    fn headings_inside_the_body_stay_body() {
        let text = "Lead paragraph that runs for more than eight words in total.\n\nA Heading Here\n\nAnother paragraph of prose follows the heading right here.\n";
        assert!(boiler_text(text).is_empty());
    }
}
