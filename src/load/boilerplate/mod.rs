//! Finds page furniture — lists of other stories, share and newsletter
//! prompts, comment sections, author boxes, photo credits, tag lists, cookie
//! banners — so that nothing in it becomes an entity, a relation or a figure.
//!
//! General signals only, never one page's strings: the phrasing of prompts
//! and headers (`assets/lang/en/clutter/`), and the shape of lines around the
//! article body — runs of short headline-like lines, menu and share-bar
//! words, bylines and date stamps above the lead, bios and everything after
//! the last sentence of the body. Lines that belong to the body although
//! they are short stay: subheadings (one line between paragraphs), lists a
//! sentence introduces with a colon, fact boxes ("Founded: 1998"), a wire
//! dateline.

mod anywhere;
mod blocks;
mod guards;
mod line;
mod masthead;
mod notes;
mod openers;
mod phrases;
mod promos;
mod repeats;
mod stamps;
mod strips;
mod summary_notes;
mod tables;
mod title;

use line::{Line, Shape, lines};
use phrases::PHRASES;
pub use stamps::is_byline_or_stamp;

use crate::model::{Region, RegionKind, Span};

/// Runs of short lines that make a list: at least this many lines.
const MIN_RUN: usize = 3;
/// A comment section's opening has a prompt among this many lines after it.
const COMMENT_PROMPT_WITHIN: usize = 8;
/// At most this many short sentences after furniture are its own.
const MAX_SHORT_AFTER_FURNITURE: usize = 3;
/// A teaser under a headline in a list of stories is at most this long.
const MAX_TEASER_WORDS: usize = 35;
/// A headline asked as a question is at most this long.
const MAX_QUESTION_WORDS: usize = 12;

/// Compiles the furniture lexicon now rather than on the first page loaded
/// (about a tenth of a second): for a thread started while other resources
/// load.
pub fn warm_up() {
    std::sync::LazyLock::force(&PHRASES);
    notes::warm_up();
    guards::warm_up();
}

/// True when a line is page furniture by its phrasing alone.
pub fn is_furniture(line: &str) -> bool {
    PHRASES.is_prompt(guards::visible(line))
}

/// True when a line is a byline or a publication stamp ("By Mara Lind").
pub fn is_byline(line: &str) -> bool {
    PHRASES.is_byline(line)
}

/// A headline asked as a question in a list of stories ("Why Ostra is
/// betting on Lund?"): one short sentence ending in a question mark.
fn short_question(s: Shape, line: &str) -> bool {
    s.headline
        && s.words <= MAX_QUESTION_WORDS
        && line.trim_end().ends_with('?')
        && !line.contains(". ")
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

    /// Lines whose phrasing or shape alone says furniture: prompts, bare
    /// time stamps and running times, ticker lines, breadcrumb trails and
    /// one-line menus (not a byline set out like one: "By Mara Lind | 9 May
    /// 2025").
    fn mark_prompts(&mut self) {
        for i in 0..self.lines.len() {
            let line = self.line(i);
            if !self.shapes[i].blank
                && (is_furniture(line)
                    || PHRASES.is_stamp(line)
                    || self.shapes[i].ticker
                    || (self.shapes[i].trail && !PHRASES.is_byline(line)))
            {
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
                if (!item && !teaser) || self.opens_section(j) {
                    break;
                }
                if teaser {
                    teasers += 1;
                }
                items.push(j);
                at = j;
            }
            // A header that ends the page lost its list (a web page's list
            // of links is left out of the text).
            let orphan = self.next(i).is_none();
            if opened
                || orphan
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
        let menu = |p: &Self, j: usize| {
            p.shapes[j].nav && !PHRASES.is_byline(p.line(j)) && !p.opens_section(j)
        };
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

    /// The last line of the article's core: the stretch of body sentences
    /// with the most words that no furniture line interrupts (subheadings
    /// and blank lines may).
    fn core_end(&self) -> Option<usize> {
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

    /// A line between two furniture lines (or a furniture line and a menu
    /// entry) that is no sentence, fact or list introduction ("Work at the
    /// Ledger" in a menu, a stray tag) is furniture too. The headline is never: it may sit between a menu and a
    /// share bar.
    fn mark_sandwiched(&mut self) {
        let title = self.title_line();
        // Twice, so that a menu entry next to the line counts on the second.
        for _ in 0..2 {
            for i in 0..self.lines.len() {
                let s = self.shapes[i];
                // A sentence a prompt introduces with a colon ("Before you
                // buy, consider this:") and furniture closes is the prompt's.
                let prompted = s.sentence
                    && self.prev(i).is_some_and(|p| {
                        self.clutter[p]
                            && is_furniture(self.line(p))
                            && self.line(p).trim_end().ends_with(':')
                    });
                if s.blank
                    || self.clutter[i]
                    || (s.sentence && !prompted)
                    || s.fact
                    || s.intro
                    || Some(i) == title
                    || PHRASES.is_byline(self.line(i))
                {
                    continue;
                }
                // A byline or stamp is furniture, but a line beside it (a
                // headline, a standfirst) is not boxed in by it.
                let boxing = |j: usize| self.clutter[j] && !is_byline_or_stamp(self.line(j));
                let prev = self.prev(i).is_some_and(boxing);
                // A byline is shaped like a menu entry ("By Mara Lind").
                let next = self.next(i).is_some_and(|n| {
                    boxing(n)
                        || (self.shapes[n].nav
                            && Some(n) != title
                            && !PHRASES.is_byline(self.line(n)))
                });
                if prev && next {
                    self.clutter[i] = true;
                }
            }
        }
    }

    /// A comment section after the body: from its opening to the end.
    fn mark_comment_section(&mut self) {
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
    fn short_lines_after_furniture(&self, last: usize, first: usize) -> Option<usize> {
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
    fn teaser_pairs_ending_at(&self, last: usize, first: usize) -> Option<usize> {
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
    page.mark_front_matter();
    page.mark_prompts();
    page.mark_market_tables();
    page.mark_data_strips();
    page.mark_machine_summaries();
    page.mark_summary_notes();
    page.mark_bylines();
    page.mark_pull_quotes();
    page.mark_embeds();
    page.mark_after_end_mark();
    page.mark_kicker();
    page.mark_site_name();
    page.mark_story_lists();
    page.mark_author_boxes();
    page.mark_note_boxes();
    page.mark_prompt_blocks();
    page.mark_promo_boxes();
    page.mark_head_trails();
    page.mark_runs();
    page.mark_sandwiched();
    page.mark_comment_section();
    page.mark_tail();
    page.mark_date_lines();
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
mod tests;
