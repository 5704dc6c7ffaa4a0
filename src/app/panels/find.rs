//! Find in the article (Ctrl+F): a bar over the text with the query, "k of
//! n", next and previous; every match is highlighted in the text and the
//! current one scrolled into view. Matching ignores case (Unicode lower
//! case, so "ZÜRICH" finds "Zürich").

use egui::text::{LayoutJob, LayoutSection, TextFormat};
use egui::{Color32, Key};

use crate::model::Span;

/// Id of the find field, focused when the bar opens.
pub const FIND_FIELD_ID: &str = "article_find_field";

/// Background of a match.
pub const MATCH_BG: Color32 = Color32::from_rgb(255, 226, 110);
/// Background of the current match.
pub const CURRENT_BG: Color32 = Color32::from_rgb(255, 150, 40);

/// The find bar of one article.
#[derive(Debug, Default)]
pub struct FindBar {
    open: bool,
    /// The text searched for.
    pub query: String,
    focus: bool,
    matches: Vec<Span>,
    current: Option<usize>,
    /// What `matches` was computed from: query, text revision, text length.
    key: Option<(String, u64, usize)>,
    /// Bumped whenever what is highlighted changes, for the layout cache.
    generation: u64,
    /// Scroll to the current match on the next frame.
    pending_scroll: bool,
    /// Make the match at this byte offset current when the matches are next computed.
    wanted_at: Option<usize>,
}

impl FindBar {
    /// Opens the bar and focuses its field.
    pub fn open(&mut self) {
        self.open = true;
        self.focus = true;
        self.generation += 1;
    }

    /// Closes the bar; the highlights go.
    pub fn close(&mut self) {
        self.open = false;
        self.generation += 1;
    }

    /// True while the bar is shown.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Opens the bar on `query` with the match at `at` (a byte offset) current.
    pub fn show_at(&mut self, query: &str, at: usize) {
        self.open = true;
        self.query = query.to_owned();
        self.key = None;
        self.current = None;
        self.pending_scroll = false;
        self.generation += 1;
        self.wanted_at = Some(at);
    }

    /// The matches shown (none when closed), in text order.
    pub fn matches(&self) -> &[Span] {
        if self.open { &self.matches } else { &[] }
    }

    /// Index of the current match.
    pub fn current(&self) -> Option<usize> {
        self.current.filter(|_| self.open)
    }

    /// Changes whenever the highlights change (part of the layout cache key).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Moves to the next match (`forward`) or the previous one, wrapping.
    pub fn step(&mut self, forward: bool) {
        let n = self.matches.len();
        if n == 0 {
            return;
        }
        self.current = Some(match (self.current, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        });
        self.generation += 1;
        self.pending_scroll = true;
    }

    /// Recomputes the matches when the query or the text changed.
    pub fn refresh(&mut self, text: &str, revision: u64) {
        let key = (self.query.clone(), revision, text.len());
        if self.key.as_ref() == Some(&key) {
            return;
        }
        self.matches = find_all(text, &self.query);
        let at = self.wanted_at.take().unwrap_or(0);
        self.current = (!self.matches.is_empty()).then(|| {
            self.matches
                .partition_point(|m| m.end <= at)
                .min(self.matches.len() - 1)
        });
        self.key = Some(key);
        self.generation += 1;
        self.pending_scroll = self.current.is_some();
    }

    /// The span to scroll to, once after it became current.
    pub fn take_scroll(&mut self) -> Option<Span> {
        if !std::mem::take(&mut self.pending_scroll) {
            return None;
        }
        self.current.and_then(|i| self.matches.get(i)).copied()
    }

    /// Draws the bar: the field, "k of n", previous/next and close. Enter
    /// and Shift+Enter step through the matches.
    pub fn ui(&mut self, ui: &mut egui::Ui, text: &str, revision: u64) {
        ui.horizontal(|ui| {
            ui.add_space(8.0);
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.query)
                    .id(egui::Id::unique(FIND_FIELD_ID))
                    .hint_text("Find in article")
                    .desired_width(260.0),
            );
            if std::mem::take(&mut self.focus) {
                field.request_focus();
            }
            self.refresh(text, revision);
            let enter = (field.lost_focus() || field.has_focus())
                && ui.input(|i| i.key_pressed(Key::Enter));
            if enter {
                let back = ui.input(|i| i.modifiers.shift);
                self.step(!back);
                field.request_focus();
            }
            let count = match (self.matches.len(), self.current) {
                (_, _) if self.query.is_empty() => String::new(),
                (0, _) => "No matches".to_owned(),
                (n, Some(i)) => format!("{} of {n}", i + 1),
                (n, None) => format!("{n} matches"),
            };
            ui.label(count);
            let any = !self.matches.is_empty();
            if ui
                .add_enabled(any, egui::Button::new("▲"))
                .on_hover_text("Previous match (Shift+Enter)")
                .clicked()
            {
                self.step(false);
            }
            if ui
                .add_enabled(any, egui::Button::new("▼"))
                .on_hover_text("Next match (Enter)")
                .clicked()
            {
                self.step(true);
            }
            if ui.button("✕").on_hover_text("Close (Escape)").clicked() {
                self.close();
            }
        });
    }
}

/// Every place `needle` occurs in `text`, ignoring case, as byte spans of
/// `text` (whole chars), in order, not overlapping.
pub fn find_all(text: &str, needle: &str) -> Vec<Span> {
    let needle: String = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    // The lower-cased text, and for each of its bytes the char of `text` it came from.
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(text.len());
    for (b, c) in text.char_indices() {
        for lc in c.to_lowercase() {
            let before = folded.len();
            folded.push(lc);
            origin.extend(std::iter::repeat_n(
                (b, b + c.len_utf8()),
                folded.len() - before,
            ));
        }
    }
    folded
        .match_indices(&needle)
        .filter_map(|(i, m)| {
            let start = origin.get(i)?.0;
            let end = origin.get(i + m.len() - 1)?.1;
            Some(Span::new(start, end))
        })
        .fold(Vec::new(), |mut out: Vec<Span>, s| {
            if out.last().is_none_or(|l| l.end <= s.start) {
                out.push(s);
            }
            out
        })
}

/// Highlights `matches` in a layout job over the same text, splitting its
/// sections; the current match stands out.
pub fn mark_job(job: &mut LayoutJob, matches: &[Span], current: Option<usize>) {
    if matches.is_empty() {
        return;
    }
    let old = std::mem::take(&mut job.sections);
    let mut next = 0;
    for section in old {
        let (start, end) = (section.byte_range.start.0, section.byte_range.end.0);
        let mut pos = start;
        while next < matches.len() && matches[next].end <= pos {
            next += 1;
        }
        let mut j = next;
        while pos < end {
            let Some(m) = matches.get(j).filter(|m| m.start < end) else {
                push(job, &section, pos, end, None);
                break;
            };
            if m.start > pos {
                push(job, &section, pos, m.start, None);
                pos = m.start;
            }
            let stop = m.end.min(end);
            push(job, &section, pos, stop, Some(current == Some(j)));
            pos = stop;
            j += 1;
        }
    }
}

/// Appends part of `section`; `marked` is `Some(is_current)` inside a match.
fn push(
    job: &mut LayoutJob,
    section: &LayoutSection,
    start: usize,
    end: usize,
    marked: Option<bool>,
) {
    if start >= end {
        return;
    }
    let format = match marked {
        None => section.format.clone(),
        Some(current) => TextFormat {
            background: if current { CURRENT_BG } else { MATCH_BG },
            color: Color32::BLACK,
            ..section.format.clone()
        },
    };
    job.sections.push(LayoutSection {
        leading_space: if start == section.byte_range.start.0 {
            section.leading_space
        } else {
            0.0
        },
        byte_range: egui::text::ByteIndex(start)..egui::text::ByteIndex(end),
        format,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_ignoring_case_with_byte_spans() {
        let text = "Zürich AG: ZÜRICH office; zürich. Straße STRASSE";
        let spans = find_all(text, "zürich");
        assert_eq!(spans.len(), 3);
        assert!(
            spans
                .iter()
                .all(|s| s.slice(text).to_lowercase() == "zürich")
        );
        assert_eq!(find_all(text, "AG:").len(), 1);
        assert!(find_all(text, "").is_empty());
        assert!(find_all(text, "nowhere").is_empty());
        assert_eq!(find_all("aaaa", "aa"), [Span::new(0, 2), Span::new(2, 4)]);
        // A char whose lower case is longer (İ → i̇) maps back to whole chars.
        let t = "İstanbul";
        let s = find_all(t, "i̇stanbul");
        assert_eq!(s, [Span::new(0, t.len())]);
        assert!(
            find_all(t, "stanbul")
                .iter()
                .all(|s| Span::checked(t, s.start, s.end).is_some())
        );
    }

    #[test]
    fn stepping_wraps_and_counts() {
        let mut bar = FindBar::default();
        bar.open();
        bar.query = "deal".into();
        bar.refresh("a deal, a Deal, a DEAL", 0);
        assert_eq!((bar.matches().len(), bar.current()), (3, Some(0)));
        bar.step(true);
        bar.step(true);
        bar.step(true);
        assert_eq!(bar.current(), Some(0));
        bar.step(false);
        assert_eq!(bar.current(), Some(2));
        assert_eq!(bar.take_scroll(), Some(Span::new(18, 22)));
        assert_eq!(bar.take_scroll(), None, "once");
        bar.close();
        assert!(bar.matches().is_empty());
    }

    #[test]
    fn show_at_makes_the_match_at_an_offset_current() {
        let mut bar = FindBar::default();
        bar.show_at("deal", 9);
        bar.refresh("a deal, a Deal, a DEAL", 0);
        assert_eq!(bar.current(), Some(1));
    }

    #[test]
    fn marking_splits_sections_and_keeps_the_text() {
        let text = "one deal and another deal";
        let mut job = LayoutJob::default();
        job.append(&text[..8], 0.0, TextFormat::default());
        let italics = TextFormat {
            italics: true,
            ..Default::default()
        };
        job.append(&text[8..], 0.0, italics);
        let matches = find_all(text, "deal");
        let overlapping = [Span::new(4, 10), matches[1]];
        mark_job(&mut job, &overlapping, Some(1));
        let joined: String = job
            .sections
            .iter()
            .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect();
        assert_eq!(joined, text);
        let marked: Vec<&str> = job
            .sections
            .iter()
            .filter(|s| s.format.background != Color32::TRANSPARENT)
            .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect();
        assert_eq!(
            marked,
            ["deal", " a", "deal"],
            "a match across two sections is split"
        );
        let current = job
            .sections
            .iter()
            .filter(|s| s.format.background == CURRENT_BG)
            .count();
        assert_eq!(current, 1);
    }
}
