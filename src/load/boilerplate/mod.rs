//! Finds page furniture — lists of other stories, share and newsletter
//! prompts, comment sections, author boxes, photo credits, tag lists, cookie
//! banners — so that nothing in it becomes an entity, a relation or a figure.
//!
//! General signals only, never one page's strings: the phrasing of prompts
//! and headers (`assets/lang/en/clutter/`), and the shape of lines around the
//! article body — runs of short headline-like lines, menu and share-bar
//! words, bylines and date stamps above the lead, bios and everything after
//! the last sentence of the body, a printed page's running heads and the
//! pages a story jumps over. Lines that belong to the body although
//! they are short stay: subheadings (one line between paragraphs), lists a
//! sentence introduces with a colon, fact boxes ("Founded: 1998"), a wire
//! dateline.

mod anywhere;
mod bars;
mod blocks;
mod captions;
mod capture;
mod closers;
#[cfg(test)]
mod dfa_list;
mod echoes;
mod forward;
mod guards;
mod inserts;
mod line;
mod listings;
mod lists;
mod mail;
mod masthead;
mod notes;
mod openers;
#[cfg(test)]
mod phrase_cases;
mod phrases;
mod print;
mod promos;
mod quotes;
mod rare;
mod reach;
mod repeats;
mod run_on;
mod runs;
mod signatures;
mod stamps;
mod stat_box;
mod strips;
mod summary_notes;
mod tables;
mod tail;
mod terms;
mod title;
mod wire;

use std::cell::OnceCell;

use line::{Line, Shape, lines};
use phrases::PHRASES;
pub use signatures::{credited_name, is_bare_signature, is_signature, signed_name};
pub use stamps::{is_byline_or_stamp, is_reporter_title};

use crate::model::{Region, RegionKind, Span};

/// Compiles the furniture lexicon now rather than on the first page loaded
/// (about a tenth of a second): for a thread started while other resources
/// load.
pub fn warm_up() {
    std::sync::LazyLock::force(&PHRASES);
    notes::warm_up();
    mail::warm_up();
    guards::warm_up();
    stamps::warm_up();
    promos::warm_up();
    summary_notes::warm_up();
}

/// True when a line is page furniture by its phrasing alone.
pub fn is_furniture(line: &str) -> bool {
    PHRASES.is_prompt(guards::visible(line))
}

/// A Markdown image alone on its line (`![](…/photo.jpg)`): a picture, no
/// text of the article (its caption, if any, is a line of its own).
fn is_markdown_image(line: &str) -> bool {
    let t = line.trim();
    t.starts_with("![") && t.ends_with(')') && t.contains("](")
}

/// A Markdown footnote's definition that gives a link as its source
/// (`[^1]: [Ostra press release](https://…), 4 May 2025.`): a note of the
/// page's, like a sources line.
fn is_markdown_link_note(line: &str) -> bool {
    let t = line.trim();
    t.strip_prefix("[^")
        .and_then(|r| r.split_once("]:"))
        .is_some_and(|(mark, rest)| {
            !mark.is_empty()
                && mark.len() <= 8
                && rest.trim_start().starts_with('[')
                && rest.contains("](")
        })
}

/// True when a line is a byline or a publication stamp ("By Mara Lind").
pub fn is_byline(line: &str) -> bool {
    PHRASES.is_byline(line)
}

/// The page's lines, their shapes and the clutter flags being decided.
struct Page<'a> {
    text: &'a str,
    lines: Vec<Line>,
    shapes: Vec<Shape>,
    clutter: Vec<bool>,
    /// Whether each line is a byline or a stamp ([`phrases::Phrases::is_byline`]),
    /// read when a signal first asks: several ask of the same lines (the
    /// title's search alone, once for each signal that wants the title).
    bylines: Vec<OnceCell<bool>>,
}

impl<'a> Page<'a> {
    fn new(text: &'a str) -> Self {
        let lines = lines(text);
        let mut words = Vec::new();
        let shapes: Vec<Shape> = lines
            .iter()
            .map(|l| Shape::of_with(l.span.slice(text), &mut words))
            .collect();
        let clutter = vec![false; lines.len()];
        let bylines = vec![OnceCell::new(); lines.len()];
        Self {
            text,
            lines,
            shapes,
            clutter,
            bylines,
        }
    }

    /// Whether line `i` is a byline or a publication stamp.
    fn byline(&self, i: usize) -> bool {
        *self.bylines[i].get_or_init(|| PHRASES.is_byline(self.line(i)))
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
            // An image's line reads as blank once its link is taken off.
            let shown = !self.shapes[i].blank
                && (is_furniture(line)
                    || PHRASES.is_stamp(line)
                    || self.shapes[i].ticker
                    || (self.shapes[i].trail && !self.byline(i)));
            if shown || is_markdown_image(line) || is_markdown_link_note(line) {
                self.clutter[i] = true;
            }
        }
    }
}

/// Splits the text into body and boilerplate regions, sorted and covering the
/// whole text without gaps.
pub fn detect_regions(text: &str) -> Vec<Region> {
    let mut page = Page::new(text);
    page.mark_front_matter();
    page.mark_prompts();
    page.mark_repeated_labels();
    page.mark_label_names();
    page.mark_print_pages();
    page.mark_mail();
    page.mark_market_tables();
    page.mark_score_tables();
    page.mark_data_strips();
    page.mark_machine_summaries();
    page.mark_summary_notes();
    page.mark_bylines();
    page.mark_pull_quotes();
    page.mark_stat_boxes();
    page.mark_embeds();
    page.mark_after_end_mark();
    page.mark_kicker();
    page.mark_site_name();
    page.mark_story_lists();
    page.mark_closed_boxes();
    page.mark_author_boxes();
    page.mark_note_boxes();
    page.mark_profile_boxes();
    page.mark_contact_blocks();
    page.mark_prompt_blocks();
    page.mark_promo_boxes();
    page.mark_sponsor_blocks();
    page.mark_head_trails();
    page.mark_capture_toolbar();
    page.mark_quote_boxes();
    page.mark_runs();
    page.mark_sandwiched();
    page.mark_comment_section();
    page.mark_listings();
    page.mark_cards();
    page.mark_tail();
    page.mark_rows();
    page.mark_inserts();
    page.mark_gallery_captions();
    page.mark_menu_echoes();
    page.mark_above_headline();
    page.mark_label_header();
    page.mark_date_lines();
    page.mark_counters();
    page.mark_bare_bylines();
    page.mark_wire_bylines();
    page.mark_tool_bars();
    page.mark_trailing_rules();
    page.keep_wire_datelines();
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
