//! The article view: the whole text with every visible mention highlighted
//! inline, boilerplate dimmed, the selected entity emphasised; click a
//! mention to select its entity.
//!
//! The [`LayoutJob`] is built by a pure function ([`build_job`]) and memoised
//! on its inputs; the text is laid out a line at a time, only the lines in
//! view ([`Blocks`]), each kept until the job or the width changes.

use std::sync::Arc;

use egui::text::{CCursor, LayoutJob};
use egui::{FontId, Sense};

use crate::app::command::Command;
use crate::app::panels::article_blocks::Blocks;
pub use crate::app::panels::article_job::{Highlight, LINE_HEIGHT, build_job};
use crate::app::panels::find::{self, FindBar};
use crate::app::panels::{Panel, PanelContext};
use crate::app::theme::Palette;
use crate::model::{Analysis, EntityKind, Span};

/// Id of the article's scroll area.
pub const ARTICLE_SCROLL_ID: &str = "article_scroll";

/// Widest the text runs before wrapping, for comfortable reading.
const MAX_LINE_WIDTH: f32 = 860.0;

/// Everything the layout job depends on.
#[derive(Clone, Debug, PartialEq)]
struct JobKey {
    revision: u64,
    text_len: usize,
    visible: [bool; EntityKind::ALL.len()],
    selected: Option<usize>,
    palette: Palette,
    font: FontId,
    /// What the find bar highlights ([`FindBar::generation`]).
    find: u64,
}

/// State of the article view for one document.
#[derive(Default)]
pub struct ArticleView {
    key: Option<JobKey>,
    job: Option<Arc<LayoutJob>>,
    /// The text in blocks, laid out where in view.
    blocks: Blocks,
    /// What the blocks were split from: revision and text length.
    text_key: Option<(u64, usize)>,
    highlights: Vec<Highlight>,
    scroll_to: Option<Span>,
    /// Scroll to this span once more on the next frame, when the blocks
    /// around it have their exact heights.
    scroll_again: Option<Span>,
    /// Forces the scroll offset (frame-time measurement).
    pub forced_offset: Option<f32>,
    /// Height of the laid-out text, from the last frame.
    pub content_height: f32,
    /// How often the layout job was rebuilt (memoisation check).
    pub job_builds: u64,
    /// Where the first block's top left was drawn in the last frame.
    origin: Option<egui::Pos2>,
    /// Text selected by dragging over the article (byte span), to be added
    /// as an entity with keys 1–8 or the context menu.
    pub text_selection: Option<Span>,
    drag_anchor: Option<usize>,
    /// The find bar (Ctrl+F) and its matches.
    pub find: FindBar,
}

impl ArticleView {
    /// The highlighted mentions of the current layout, in text order.
    pub fn highlights(&self) -> &[Highlight] {
        &self.highlights
    }

    /// The current layout job, once the view has been drawn.
    pub fn job(&self) -> Option<&LayoutJob> {
        self.job.as_deref()
    }

    /// How many blocks of text (lines) have been laid out since the view
    /// was created: only those in view are, however long the article.
    pub fn block_layouts(&self) -> u64 {
        self.blocks.layouts
    }

    /// Selects text (as a drag over it would).
    pub fn select_text(&mut self, span: Option<Span>) {
        self.text_selection = span;
    }

    /// Where the text of a byte span was drawn in the last frame, one
    /// rectangle per line, in screen points (only the lines in view).
    pub fn span_rects(&self, text: &str, span: Span) -> Vec<egui::Rect> {
        let Some(origin) = self.origin else {
            return Vec::new();
        };
        let b = &self.blocks;
        let mut rects = Vec::new();
        for i in b.at_byte(span.start)..=b.at_byte(span.end) {
            let (start, end) = b.span(i);
            let (s, e) = (span.start.max(start), span.end.min(end));
            if s >= e || b.laid_out(i).is_none() {
                continue;
            }
            let (cs, ce) = (b.local_char(text, i, s), b.local_char(text, i, e));
            let top = self.block_top(i);
            for rect in b.rects(i, cs, ce) {
                rects.push(rect.translate(origin.to_vec2() + egui::vec2(0.0, top)));
            }
        }
        rects
    }

    /// Top of block `i` as drawn in the last frame.
    fn block_top(&self, i: usize) -> f32 {
        self.blocks.top(i)
    }

    /// Scrolls to a span on the next frame.
    pub fn scroll_to(&mut self, span: Span) {
        self.scroll_to = Some(span);
    }

    /// Where a mention was drawn in the last frame, in screen points (for
    /// tests that click it, and for scrolling); `None` when out of view.
    pub fn mention_rect(&self, analysis: &Analysis, mention: usize) -> Option<egui::Rect> {
        let origin = self.origin?;
        let span = analysis.mentions.get(mention)?.span;
        let text = analysis.document.text.as_str();
        let b = &self.blocks;
        let i = b.at_byte(span.start);
        let galley = b.laid_out(i)?;
        let (start, end) = (
            b.local_char(text, i, span.start),
            b.local_char(text, i, span.end),
        );
        let a = galley.pos_from_cursor(CCursor::new(start));
        let z = galley.pos_from_cursor(CCursor::new(end));
        let top = self.block_top(i);
        Some(
            egui::Rect::from_min_max(a.min, z.max.max(a.max))
                .translate(origin.to_vec2() + egui::vec2(0.0, top)),
        )
    }
}

/// The highlight under a byte offset.
fn highlight_at(highlights: &[Highlight], byte: usize) -> Option<&Highlight> {
    let i = highlights.partition_point(|h| h.span.end <= byte);
    highlights.get(i).filter(|h| h.span.contains(byte))
}

impl Panel for ArticleView {
    /// Draws the article, rebuilding the layout job only when the analysis
    /// (its revision), the visible kinds, the selection or the theme changed,
    /// and laying out only the lines in view.
    fn ui(&mut self, ui: &mut egui::Ui, cx: &PanelContext<'_>, commands: &mut Vec<Command>) {
        let Some(analysis) = cx.analysis else { return };
        if self.find.is_open() {
            self.find.ui(ui, &analysis.document.text, cx.revision);
            ui.separator();
        }
        if let Some(span) = self.find.take_scroll() {
            self.scroll_to = Some(span);
        }
        let (revision, visible, selected) =
            (cx.revision, cx.settings.visible_mask(), cx.selection.entity);
        let palette = Palette::from_visuals(ui.visuals());
        let font = egui::TextStyle::Body.resolve(ui.style());
        let font = FontId::new(font.size + 2.0, font.family);
        let row_height = font.size * LINE_HEIGHT;
        let key = JobKey {
            revision,
            text_len: analysis.document.text.len(),
            visible,
            selected,
            palette,
            font,
            find: self.find.generation(),
        };
        if self.key.as_ref() != Some(&key) {
            let (mut job, highlights) = build_job(analysis, visible, selected, &palette, &key.font);
            find::mark_job(&mut job, self.find.matches(), self.find.current());
            self.job = Some(Arc::new(job));
            self.highlights = highlights;
            let text_key = (revision, key.text_len);
            if self.text_key != Some(text_key) {
                self.blocks.set_text(&analysis.document.text);
                self.text_key = Some(text_key);
            } else {
                self.blocks.clear_galleys();
            }
            self.key = Some(key);
            self.job_builds += 1;
        }
        let Some(job) = self.job.clone() else { return };
        if let Some(span) = self.text_selection {
            selection_strip_ui(ui, analysis, span, &mut self.text_selection, commands);
        }

        let mut area = egui::ScrollArea::vertical()
            .id_salt(ARTICLE_SCROLL_ID)
            .auto_shrink(false);
        if let Some(offset) = self.forced_offset {
            area = area.vertical_scroll_offset(offset);
        }
        let output = area.show_viewport(ui, |ui, viewport| {
            self.text_ui(ui, viewport, analysis, &job, row_height, commands);
        });
        self.content_height = output.content_size.y;
    }
}

impl ArticleView {
    /// The text: the blocks in `viewport` laid out and painted, and one
    /// response for the whole text (hover, click, drag, context menu).
    fn text_ui(
        &mut self,
        ui: &mut egui::Ui,
        viewport: egui::Rect,
        analysis: &Analysis,
        job: &LayoutJob,
        row_height: f32,
        commands: &mut Vec<Command>,
    ) {
        let text = analysis.document.text.as_str();
        let margin = egui::vec2(20.0, 14.0);
        let width = (ui.available_width() - 2.0 * margin.x).clamp(120.0, MAX_LINE_WIDTH);
        let ctx = ui.ctx().clone();
        self.blocks.fit(width, ctx.pixels_per_point(), row_height);
        // A span to scroll to: its line is laid out first, so its place is
        // exact; once more next frame, when the lines around it are too.
        let (target, again) = match (self.scroll_to.take(), self.scroll_again.take()) {
            (Some(span), _) => (Some(span), true),
            (None, span) => (span, false),
        };
        if let Some(span) = target {
            let i = self.blocks.at_byte(span.start);
            self.blocks.galley(i, job, &ctx);
        }
        self.blocks.refresh();
        let (y0, y1) = (viewport.min.y - margin.y, viewport.max.y - margin.y);
        let mut range = self.blocks.in_band(y0, y1);
        // Exact heights move the lines below: look again (twice at most).
        for _ in 0..2 {
            for i in range.clone() {
                self.blocks.galley(i, job, &ctx);
            }
            self.blocks.refresh();
            let now = self.blocks.in_band(y0, y1);
            if now == range {
                break;
            }
            range = now;
        }
        let size = egui::vec2(ui.available_width(), self.blocks.height() + 2.0 * margin.y);
        let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
        let origin = rect.min + margin;
        self.origin = Some(origin);
        let text_rect = egui::Rect::from_min_size(origin, egui::vec2(width, self.blocks.height()));
        let response = ui.interact(
            text_rect,
            ui.scope_id().with("article_text"),
            Sense::click_and_drag(),
        );
        let fallback = ui.visuals().text_color();
        for i in range.clone() {
            if let Some(g) = self.blocks.laid_out(i) {
                let at = origin + egui::vec2(0.0, self.blocks.top(i));
                ui.painter().galley(at, Arc::clone(g), fallback);
            }
        }
        response.widget_info(|| {
            let (start, _) = self.blocks.span(range.start);
            let (_, end) = self.blocks.span(range.end.saturating_sub(1));
            egui::WidgetInfo::labeled(egui::Role::Label, true, text.get(start..end).unwrap_or(""))
        });

        let blocks = &self.blocks;
        let byte_at = |pos: egui::Pos2| blocks.byte_at(text, pos - origin);
        if response.hovered()
            && let Some(pos) = response.hover_pos()
            && let Some(h) = highlight_at(&self.highlights, byte_at(pos))
        {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
            let tip = mention_tooltip(analysis, h.mention);
            response.clone().on_hover_text_at_pointer(tip);
        }
        drag_select(
            ui,
            &response,
            byte_at,
            text,
            &mut self.drag_anchor,
            &mut self.text_selection,
        );
        if let Some(span) = self.text_selection {
            for rect in self.span_rects(text, span) {
                ui.painter().rect_filled(
                    rect,
                    2.0,
                    ui.visuals().selection.bg_fill.gamma_multiply(0.5),
                );
            }
            if let Some(kind) = super::correct::kind_key_pressed(ui.ctx()) {
                commands.push(Command::AddEntity { span, kind });
                self.text_selection = None;
            }
            response.context_menu(|ui| {
                ui.weak(format!("Add “{}” as", clip(span.slice(text))));
                if super::correct::add_as_ui(ui, span, commands) {
                    self.text_selection = None;
                    ui.close();
                }
            });
        }
        if response.clicked()
            && let Some(pos) = response.interact_pointer_pos()
        {
            self.text_selection = None;
            match highlight_at(&self.highlights, byte_at(pos)) {
                Some(h) => commands.push(Command::SelectMention(h.mention)),
                None => commands.push(Command::SelectEntity(None)),
            }
        }
        if let Some(span) = target {
            let i = self.blocks.at_byte(span.start);
            if let Some(g) = self.blocks.laid_out(i) {
                let c = self.blocks.local_char(text, i, span.start);
                let at = origin.to_vec2() + egui::vec2(0.0, self.blocks.top(i));
                let rect = g.pos_from_cursor(CCursor::new(c)).translate(at);
                ui.scroll_to_rect(rect.expand(4.0), Some(egui::Align::Center));
                if again {
                    self.scroll_again = Some(span);
                }
            }
        }
        self.blocks.prune(range);
    }
}

/// Dragging over the text selects it (byte span, on char boundaries).
fn drag_select(
    ui: &egui::Ui,
    response: &egui::Response,
    byte_at: impl Fn(egui::Pos2) -> usize,
    text: &str,
    anchor: &mut Option<usize>,
    selection: &mut Option<Span>,
) {
    if response.drag_started_by(egui::PointerButton::Primary)
        && let Some(origin) = ui.input(|i| i.pointer.press_origin())
    {
        *anchor = Some(byte_at(origin));
    }
    if response.dragged_by(egui::PointerButton::Primary)
        && let (Some(anchor), Some(pos)) = (*anchor, response.interact_pointer_pos())
    {
        let here = byte_at(pos);
        let (a, b) = (anchor.min(here), anchor.max(here));
        *selection = Span::checked(text, a, b).filter(|s| !s.is_empty());
    }
    if response.drag_stopped() {
        *anchor = None;
    }
}

/// The first 40 characters of a selection, for menus.
fn clip(s: &str) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &one_line[..i]),
        None => one_line,
    }
}

/// The strip above the article while text is selected: what is selected,
/// and a button per kind (the keys 1–8 do the same).
fn selection_strip_ui(
    ui: &mut egui::Ui,
    analysis: &Analysis,
    span: Span,
    selection: &mut Option<Span>,
    commands: &mut Vec<Command>,
) {
    // Floating over the article's top edge: the text does not move under
    // the pointer while a selection is dragged out.
    let at = ui.max_rect().left_top() + egui::vec2(8.0, 4.0);
    let width = ui.max_rect().width() - 16.0;
    egui::Area::new(egui::Id::unique("selection_strip"))
        .fixed_pos(at)
        .order(egui::Order::Foreground)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(width);
                ui.horizontal_wrapped(|ui| {
                    ui.strong(format!("“{}”", clip(analysis.text(span))));
                    ui.label("add as (keys 1–8):");
                    if super::correct::add_as_ui(ui, span, commands) {
                        *selection = None;
                    }
                    if ui.button("Clear selection").clicked() {
                        *selection = None;
                    }
                });
            });
        });
}

/// Hover text for a mention: kind, entity, provenance and confidence.
fn mention_tooltip(analysis: &Analysis, mention: usize) -> String {
    let Some(m) = analysis.mentions.get(mention) else {
        return String::new();
    };
    let entity = m
        .entity
        .map_or("(not linked to an entity)", |e| analysis.entity_name(e));
    format!(
        "{} · {}\n{} · confidence {:.2}\nClick to select",
        m.kind.name(),
        entity,
        m.source.name(),
        m.confidence
    )
}
