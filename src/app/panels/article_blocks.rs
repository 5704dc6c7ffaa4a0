//! The article in blocks, one per line of its text, so that only the blocks
//! in view are laid out and painted: a frame's work does not grow with the
//! article. A block not yet laid out has a height estimated from its length;
//! it becomes exact once the block has been in view.

use std::sync::Arc;

use egui::text::{CCursor, LayoutJob, LayoutSection};
use egui::{Galley, Rect};

/// Most laid-out blocks kept; beyond it those out of view are dropped (a
/// 10 MB article laid out whole would hold hundreds of megabytes of glyphs).
const MAX_KEPT: usize = 400;

/// Rough advance of a character of body text, in ems, for estimates.
const CHAR_EM: f32 = 0.5;

/// The article's blocks, their heights and the galleys of those laid out.
#[derive(Default)]
pub struct Blocks {
    /// Byte range of each block in the text: a line, without its newline.
    spans: Vec<(usize, usize)>,
    /// Characters in each block.
    chars: Vec<usize>,
    /// Height of each block: exact once laid out, else estimated.
    heights: Vec<f32>,
    exact: Vec<bool>,
    /// Top of each block from the first block's (one more entry: the total).
    tops: Vec<f32>,
    tops_dirty: bool,
    galleys: Vec<Option<Arc<Galley>>>,
    /// Blocks whose galley is kept.
    kept: Vec<usize>,
    /// Wrap width, pixels per point and row height the heights are for.
    fit: (f32, f32, f32),
    /// How many blocks were laid out (tests check that it stays small).
    pub layouts: u64,
}

/// The lines of `text` as byte ranges without their newlines.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, text.len()));
    out
}

impl Blocks {
    /// Splits `text` into blocks. When its lines are where they were (a
    /// correction, a new selection) the heights already measured are kept.
    pub fn set_text(&mut self, text: &str) {
        let spans = lines(text);
        if spans == self.spans {
            self.clear_galleys();
            return;
        }
        self.chars = spans
            .iter()
            .map(|&(s, e)| text.get(s..e).map_or(0, |t| t.chars().count()))
            .collect();
        self.spans = spans;
        self.fit = (0.0, 0.0, 0.0);
        self.clear_galleys();
    }

    /// Forgets the laid-out galleys (the highlights changed); heights stay.
    pub fn clear_galleys(&mut self) {
        self.galleys = vec![None; self.spans.len()];
        self.kept.clear();
    }

    /// Sets the wrap width; a new width (or scale, or font) estimates every
    /// height again.
    pub fn fit(&mut self, width: f32, ppp: f32, row_height: f32) {
        if self.fit == (width, ppp, row_height) && self.heights.len() == self.spans.len() {
            return;
        }
        self.fit = (width, ppp, row_height);
        let per_row = (width / (row_height / 1.45 * CHAR_EM)).max(1.0);
        self.heights = self
            .chars
            .iter()
            .map(|&n| (n as f32 / per_row).ceil().max(1.0) * row_height)
            .collect();
        self.exact = vec![false; self.spans.len()];
        self.clear_galleys();
        self.tops_dirty = true;
    }

    /// Brings the blocks' tops up to date after heights changed.
    pub fn refresh(&mut self) {
        if !self.tops_dirty && self.tops.len() == self.heights.len() + 1 {
            return;
        }
        self.tops.clear();
        self.tops.reserve(self.heights.len() + 1);
        let mut y = 0.0;
        self.tops.push(y);
        for h in &self.heights {
            y += h;
            self.tops.push(y);
        }
        self.tops_dirty = false;
    }

    /// Height of all blocks (as of the last [`Self::refresh`]).
    pub fn height(&self) -> f32 {
        self.tops.last().copied().unwrap_or(0.0)
    }

    /// Top of block `i` from the first block's top (as of the last refresh).
    pub fn top(&self, i: usize) -> f32 {
        self.tops.get(i).copied().unwrap_or(0.0)
    }

    /// The blocks that meet the band `y0..y1` (from the first block's top).
    pub fn in_band(&self, y0: f32, y1: f32) -> std::ops::Range<usize> {
        let Some((_, bottoms)) = self.tops.split_first() else {
            return 0..0;
        };
        let n = bottoms.len();
        let first = bottoms.partition_point(|&bottom| bottom <= y0);
        let end = self.tops[..n].partition_point(|&top| top < y1);
        first..end.max(first)
    }

    /// The block at height `y`.
    pub fn at_y(&self, y: f32) -> usize {
        let Some((_, bottoms)) = self.tops.split_first() else {
            return 0;
        };
        bottoms
            .partition_point(|&bottom| bottom <= y)
            .min(bottoms.len().saturating_sub(1))
    }

    /// The block holding byte `byte`.
    pub fn at_byte(&self, byte: usize) -> usize {
        self.spans
            .partition_point(|&(_, end)| end < byte)
            .min(self.spans.len().saturating_sub(1))
    }

    /// Byte range of block `i`.
    pub fn span(&self, i: usize) -> (usize, usize) {
        self.spans.get(i).copied().unwrap_or((0, 0))
    }

    /// The galley of block `i`, if laid out.
    pub fn laid_out(&self, i: usize) -> Option<&Arc<Galley>> {
        self.galleys.get(i)?.as_ref()
    }

    /// Lays out block `i` from the whole article's `job` (kept until the
    /// highlights or the width change); its height becomes exact.
    pub fn galley(
        &mut self,
        i: usize,
        job: &LayoutJob,
        ctx: &egui::Context,
    ) -> Option<Arc<Galley>> {
        if let Some(g) = self.laid_out(i) {
            return Some(Arc::clone(g));
        }
        if i >= self.heights.len() || i >= self.galleys.len() {
            return None;
        }
        let (start, end) = *self.spans.get(i)?;
        let mut block = LayoutJob {
            text: job.text.get(start..end)?.to_owned(),
            wrap: job.wrap.clone(),
            halign: job.halign,
            justify: job.justify,
            ..Default::default()
        };
        block.wrap.max_width = self.fit.0;
        block.sections = sections(job, start, end);
        let galley = ctx.fonts_mut(|f| f.layout_job(block));
        self.layouts += 1;
        let h = galley.size().y;
        if !self.exact[i] || self.heights[i] != h {
            self.heights[i] = h;
            self.exact[i] = true;
            self.tops_dirty = true;
        }
        self.galleys[i] = Some(Arc::clone(&galley));
        self.kept.push(i);
        Some(galley)
    }

    /// Drops the galleys of blocks out of `keep` when too many are kept.
    pub fn prune(&mut self, keep: std::ops::Range<usize>) {
        if self.kept.len() <= MAX_KEPT {
            return;
        }
        let galleys = &mut self.galleys;
        self.kept.retain(|&i| {
            let stay = keep.contains(&i);
            if !stay {
                galleys[i] = None;
            }
            stay
        });
    }

    /// Characters of block `i` before byte `byte` of the text.
    pub fn local_char(&self, text: &str, i: usize, byte: usize) -> usize {
        let (start, end) = self.span(i);
        text.get(start..byte.clamp(start, end))
            .map_or(0, |t| t.chars().count())
    }

    /// Where the characters `a..b` of block `i` are drawn, one rectangle
    /// per row, relative to the block's top left.
    pub fn rects(&self, i: usize, a: usize, b: usize) -> Vec<Rect> {
        let Some(galley) = self.laid_out(i) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut row_start = 0;
        for row in &galley.rows {
            let row_end = row_start + row.char_count_excluding_newline().0;
            let (x, y) = (a.max(row_start), b.min(row_end));
            if x < y {
                let left = galley.pos_from_cursor(CCursor::new(x));
                let right = galley.pos_from_cursor(CCursor::new(y));
                out.push(Rect::from_x_y_ranges(
                    left.min.x..=right.min.x.max(left.min.x),
                    left.y_range(),
                ));
            }
            row_start += row.char_count_including_newline().0;
        }
        out
    }

    /// The byte of the text under `local` (relative to the first block's
    /// top left), on a character boundary.
    pub fn byte_at(&self, text: &str, local: egui::Vec2) -> usize {
        let i = self.at_y(local.y);
        let top = self.top(i);
        let (start, end) = self.span(i);
        let Some(galley) = self.laid_out(i) else {
            return start;
        };
        let c = galley.cursor_from_pos(local - egui::vec2(0.0, top)).index.0;
        let line = text.get(start..end).unwrap_or("");
        start + line.char_indices().nth(c).map_or(line.len(), |(b, _)| b)
    }
}

/// The sections of `job` within bytes `start..end`, moved to start at 0.
/// An empty line gets one empty section, so it is one row of body text tall.
fn sections(job: &LayoutJob, start: usize, end: usize) -> Vec<LayoutSection> {
    let first = job
        .sections
        .partition_point(|s| s.byte_range.end.0 <= start && s.byte_range.end.0 < job.text.len());
    let mut out = Vec::new();
    for s in &job.sections[first.min(job.sections.len())..] {
        let (a, b) = (s.byte_range.start.0.max(start), s.byte_range.end.0.min(end));
        if s.byte_range.start.0 >= end && !out.is_empty() {
            break;
        }
        if a < b || (start == end && out.is_empty()) {
            out.push(LayoutSection {
                leading_space: 0.0,
                byte_range: egui::text::ByteIndex(a.min(b) - start)
                    ..egui::text::ByteIndex(b.max(a) - start),
                format: s.format.clone(),
            });
        }
        if s.byte_range.end.0 >= end {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::text::TextFormat;

    fn job(text: &str) -> LayoutJob {
        let mut job = LayoutJob::default();
        let plain = TextFormat::default();
        let marked = TextFormat {
            background: egui::Color32::RED,
            ..Default::default()
        };
        // "Zürich" highlighted, the rest plain.
        let at = text.find("Zürich").expect("in text");
        job.append(&text[..at], 0.0, plain.clone());
        job.append(&text[at..at + "Zürich".len()], 0.0, marked);
        job.append(&text[at + "Zürich".len()..], 0.0, plain);
        job
    }

    fn text_of(job: &LayoutJob, s: &[LayoutSection], line: &str) -> String {
        let _ = job;
        s.iter()
            .map(|s| &line[s.byte_range.start.0..s.byte_range.end.0])
            .collect()
    }

    #[test]
    fn lines_and_their_sections_cover_the_text() {
        let text = "Acme bought a stake.\r\n\nIn Zürich 😀, €5 млн\nlast";
        let job = job(text);
        let spans = lines(text);
        assert_eq!(spans.len(), 4);
        for &(s, e) in &spans {
            let line = &text[s..e];
            let secs = sections(&job, s, e);
            assert!(!secs.is_empty(), "every line has a section");
            assert_eq!(text_of(&job, &secs, line), line);
        }
        let (s, e) = spans[2];
        let secs = sections(&job, s, e);
        let marked: Vec<_> = secs
            .iter()
            .filter(|x| x.format.background == egui::Color32::RED)
            .map(|x| &text[s + x.byte_range.start.0..s + x.byte_range.end.0])
            .collect();
        assert_eq!(marked, ["Zürich"]);
    }

    #[test]
    fn bands_and_bytes_find_their_blocks() {
        let text = "one\ntwo two two\n\nfour";
        let mut b = Blocks::default();
        b.set_text(text);
        b.fit(100.0, 1.0, 20.0);
        b.refresh();
        assert_eq!(b.in_band(0.0, f32::MAX), 0..4);
        assert_eq!(b.height(), 80.0);
        assert_eq!(b.in_band(0.0, 10.0), 0..1);
        assert_eq!(b.in_band(25.0, 45.0), 1..3);
        assert_eq!(b.in_band(500.0, 600.0), 4..4);
        assert_eq!(b.at_y(65.0), 3);
        assert_eq!(b.at_byte(text.find("four").expect("in text")), 3);
        assert_eq!(b.at_byte(text.find("two").expect("in text")), 1);
        assert_eq!(b.local_char("one\nZü x", 1, 7), 2);
    }
}
