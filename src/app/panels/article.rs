//! The article view: the whole text with every visible mention highlighted
//! inline, boilerplate dimmed, the selected entity emphasised; click a
//! mention to select its entity.
//!
//! The [`LayoutJob`] is built by a pure function ([`build_job`]) and memoised
//! on its inputs; the laid-out galley is kept until the width changes.

use std::sync::Arc;

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Align, FontId, Galley, Label, Sense};

use crate::app::command::Command;
use crate::app::panels::find::{self, FindBar};
use crate::app::panels::{Panel, PanelContext};
use crate::app::theme::Palette;
use crate::model::{Analysis, EntityKind, RegionKind, Span};

/// Id of the article's scroll area.
pub const ARTICLE_SCROLL_ID: &str = "article_scroll";

/// Widest the text runs before wrapping, for comfortable reading.
const MAX_LINE_WIDTH: f32 = 860.0;

/// One highlighted mention in the current layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    /// Mention index.
    pub mention: usize,
    /// Where it is in the text.
    pub span: Span,
    /// Its kind.
    pub kind: EntityKind,
    /// True when it belongs to the selected entity.
    pub emphasised: bool,
}

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
    galley: Option<(f32, f32, Arc<Galley>)>,
    highlights: Vec<Highlight>,
    scroll_to: Option<Span>,
    /// Forces the scroll offset (frame-time measurement).
    pub forced_offset: Option<f32>,
    /// Height of the laid-out text, from the last frame.
    pub content_height: f32,
    /// How often the layout job was rebuilt (memoisation check).
    pub job_builds: u64,
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

    /// Selects text (as a drag over it would).
    pub fn select_text(&mut self, span: Option<Span>) {
        self.text_selection = span;
    }

    /// Where the text of a byte span was drawn in the last frame, one
    /// rectangle per line, in screen points.
    pub fn span_rects(&self, text: &str, span: Span) -> Vec<egui::Rect> {
        let (Some((_, _, galley)), Some(origin)) = (&self.galley, self.origin) else {
            return Vec::new();
        };
        let chars = |b: usize| text.get(..b).map_or(0, |t| t.chars().count());
        let (cs, ce) = (chars(span.start), chars(span.end));
        let mut rects = Vec::new();
        let mut row_start = 0;
        for row in &galley.rows {
            let row_end = row_start + row.char_count_excluding_newline().0;
            let (a, b) = (cs.max(row_start), ce.min(row_end));
            if a < b {
                let left = galley.pos_from_cursor(CCursor::new(a));
                let right = galley.pos_from_cursor(CCursor::new(b));
                let rect = egui::Rect::from_x_y_ranges(left.min.x..=right.min.x, left.y_range());
                rects.push(rect.translate(origin.to_vec2()));
            }
            row_start += row.char_count_including_newline().0;
        }
        rects
    }

    /// Scrolls to a span on the next frame.
    pub fn scroll_to(&mut self, span: Span) {
        self.scroll_to = Some(span);
    }

    /// Where a mention was drawn in the last frame, in screen points (for
    /// tests that click it, and for scrolling).
    pub fn mention_rect(&self, analysis: &Analysis, mention: usize) -> Option<egui::Rect> {
        let (_, _, galley) = self.galley.as_ref()?;
        let origin = self.origin?;
        let span = analysis.mentions.get(mention)?.span;
        let text = analysis.document.text.as_str();
        let start = text.get(..span.start)?.chars().count();
        let end = start + text.get(span.start..span.end)?.chars().count();
        let a = galley.pos_from_cursor(CCursor::new(start));
        let b = galley.pos_from_cursor(CCursor::new(end));
        Some(egui::Rect::from_min_max(a.min, b.max.max(a.max)).translate(origin.to_vec2()))
    }

    /// The highlight under a byte offset.
    fn highlight_at(&self, byte: usize) -> Option<&Highlight> {
        let i = self.highlights.partition_point(|h| h.span.end <= byte);
        self.highlights.get(i).filter(|h| h.span.contains(byte))
    }
}

impl Panel for ArticleView {
    /// Draws the article, rebuilding the layout job only when the analysis
    /// (its revision), the visible kinds, the selection or the theme changed.
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
            self.key = Some(key);
            self.galley = None;
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
        let output = area.show(ui, |ui| {
            egui::Frame::new()
                .inner_margin(egui::Margin::symmetric(20, 14))
                .show(ui, |ui| {
                    let width = ui.available_width().clamp(120.0, MAX_LINE_WIDTH);
                    let ppp = ui.ctx().pixels_per_point();
                    let galley = match &self.galley {
                        Some((w, p, g)) if *w == width && *p == ppp => g.clone(),
                        _ => {
                            let mut job = (*job).clone();
                            job.wrap.max_width = width;
                            let g = ui.ctx().fonts_mut(|f| f.layout_job(job));
                            self.galley = Some((width, ppp, g.clone()));
                            g
                        }
                    };
                    let response = ui.add(
                        Label::new(galley.clone())
                            .sense(Sense::click_and_drag())
                            .selectable(false),
                    );
                    self.origin = Some(response.rect.min);
                    let text = analysis.document.text.as_str();
                    let byte_at = |pos: egui::Pos2| {
                        let c = galley.cursor_from_pos(pos - response.rect.min);
                        text.char_indices()
                            .nth(c.index.0)
                            .map_or(text.len(), |(b, _)| b)
                    };
                    if response.hovered()
                        && let Some(pos) = response.hover_pos()
                        && let Some(h) = self.highlight_at(byte_at(pos))
                    {
                        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
                        let tip = mention_tooltip(analysis, h.mention);
                        response.clone().on_hover_text_at_pointer(tip);
                    }
                    self.drag_select(ui, &response, byte_at, text);
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
                        match self.highlight_at(byte_at(pos)) {
                            Some(h) => commands.push(Command::SelectMention(h.mention)),
                            None => commands.push(Command::SelectEntity(None)),
                        }
                    }
                    if let Some(span) = self.scroll_to.take()
                        && let Some(before) = text.get(..span.start)
                    {
                        let cursor = CCursor::new(before.chars().count());
                        let rect = galley
                            .pos_from_cursor(cursor)
                            .translate(response.rect.min.to_vec2());
                        ui.scroll_to_rect(rect.expand(4.0), Some(Align::Center));
                    }
                });
        });
        self.content_height = output.content_size.y;
    }
}

impl ArticleView {
    /// Dragging over the text selects it (byte span, on char boundaries).
    fn drag_select(
        &mut self,
        ui: &egui::Ui,
        response: &egui::Response,
        byte_at: impl Fn(egui::Pos2) -> usize,
        text: &str,
    ) {
        if response.drag_started_by(egui::PointerButton::Primary)
            && let Some(origin) = ui.input(|i| i.pointer.press_origin())
        {
            self.drag_anchor = Some(byte_at(origin));
        }
        if response.dragged_by(egui::PointerButton::Primary)
            && let (Some(anchor), Some(pos)) = (self.drag_anchor, response.interact_pointer_pos())
        {
            let here = byte_at(pos);
            let (a, b) = (anchor.min(here), anchor.max(here));
            self.text_selection = Span::checked(text, a, b).filter(|s| !s.is_empty());
        }
        if response.drag_stopped() {
            self.drag_anchor = None;
        }
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

/// Builds the article's layout job: sections covering the whole text without
/// gaps, mentions of visible kinds highlighted (boilerplate ones not), the
/// selected entity's mentions emphasised. Returns the highlights in text order.
pub fn build_job(
    analysis: &Analysis,
    visible: [bool; EntityKind::ALL.len()],
    selected: Option<usize>,
    palette: &Palette,
    font: &FontId,
) -> (LayoutJob, Vec<Highlight>) {
    let text = analysis.document.text.as_str();
    let plain = TextFormat {
        font_id: font.clone(),
        color: palette.text(),
        line_height: Some(font.size * 1.45),
        ..Default::default()
    };
    let dim = TextFormat {
        color: palette.dim(),
        ..plain.clone()
    };
    let mut job = LayoutJob::default();
    let mut highlights = Vec::new();

    // Regions in order, with any gap treated as body.
    let mut regions: Vec<(Span, bool)> = Vec::new();
    let mut pos = 0;
    for r in &analysis.document.regions {
        let Some(span) = Span::checked(text, r.span.start.max(pos), r.span.end) else {
            continue;
        };
        if span.start > pos {
            regions.push((Span::new(pos, span.start), false));
        }
        if !span.is_empty() {
            regions.push((span, r.kind == RegionKind::Boilerplate));
        }
        pos = span.end.max(pos);
    }
    if pos < text.len() {
        regions.push((Span::new(pos, text.len()), false));
    }

    let visible_kind = |k: EntityKind| {
        EntityKind::ALL
            .iter()
            .position(|x| *x == k)
            .is_some_and(|i| visible[i])
    };
    for (region, boilerplate) in regions {
        if boilerplate {
            job.append(region.slice(text), 0.0, dim.clone());
            continue;
        }
        let mut cursor = region.start;
        let first = analysis
            .mentions
            .partition_point(|m| m.span.end <= region.start);
        for (i, m) in analysis.mentions.iter().enumerate().skip(first) {
            if m.span.start >= region.end {
                break;
            }
            let ok = m.span.start >= cursor
                && m.span.within(region)
                && !m.span.is_empty()
                && Span::checked(text, m.span.start, m.span.end).is_some();
            if !ok || !visible_kind(m.kind) {
                continue;
            }
            let emphasised = selected.is_some() && m.entity == selected;
            job.append(&text[cursor..m.span.start], 0.0, plain.clone());
            let format = if emphasised {
                TextFormat {
                    background: palette.emphasis(m.kind),
                    color: palette.text_on_emphasis(m.kind),
                    underline: palette.emphasis_underline(m.kind),
                    ..plain.clone()
                }
            } else {
                TextFormat {
                    background: palette.highlight(m.kind),
                    ..plain.clone()
                }
            };
            job.append(m.span.slice(text), 0.0, format);
            highlights.push(Highlight {
                mention: i,
                span: m.span,
                kind: m.kind,
                emphasised,
            });
            cursor = m.span.end;
        }
        job.append(&text[cursor..region.end], 0.0, plain.clone());
    }
    (job, highlights)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Mention, Provenance, Region};

    fn analysis() -> Analysis {
        let text = "Zürich AG paid €5 млн to Acme 😀.\r\nRelated: Acme news";
        let mut doc = Document::from_text("t.txt", text);
        let cut = text.find("Related").expect("in text");
        doc.regions = vec![
            Region {
                kind: RegionKind::Body,
                span: Span::new(0, cut),
            },
            Region {
                kind: RegionKind::Boilerplate,
                span: Span::new(cut, text.len()),
            },
        ];
        let at = |s: &str, n: usize| {
            let i = text
                .match_indices(s)
                .nth(n)
                .map(|(i, _)| i)
                .expect("in text");
            Span::new(i, i + s.len())
        };
        let m = |span, kind, e| Mention {
            entity: Some(e),
            ..Mention::new(span, kind, Provenance::Model, 0.9)
        };
        let mentions = vec![
            m(at("Zürich AG", 0), EntityKind::Org, 0),
            m(at("€5 млн", 0), EntityKind::Money, 1),
            m(at("Acme", 0), EntityKind::Org, 2),
            m(at("Acme", 1), EntityKind::Org, 2),
        ];
        Analysis {
            document: doc,
            mentions,
            ..Default::default()
        }
    }

    fn sections_text(job: &LayoutJob) -> String {
        job.sections
            .iter()
            .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect()
    }

    #[test]
    fn sections_cover_text_and_boilerplate_is_not_highlighted() {
        let a = analysis();
        let p = Palette::for_dark_mode(false);
        let font = FontId::proportional(14.0);
        let (job, hl) = build_job(&a, [true; EntityKind::ALL.len()], None, &p, &font);
        assert_eq!(job.text, a.document.text);
        assert_eq!(sections_text(&job), a.document.text);
        assert_eq!(
            hl.iter().map(|h| h.mention).collect::<Vec<_>>(),
            [0, 1, 2],
            "mention 3 is in boilerplate"
        );
        let highlighted = job
            .sections
            .iter()
            .filter(|s| s.format.background != egui::Color32::TRANSPARENT)
            .count();
        assert_eq!(highlighted, 3);
        let last = job.sections.last().expect("sections");
        assert_eq!(last.format.color, p.dim());
    }

    #[test]
    fn hidden_kinds_and_selection() {
        let a = analysis();
        let p = Palette::for_dark_mode(true);
        let font = FontId::proportional(14.0);
        let mut visible = [true; EntityKind::ALL.len()];
        visible[1] = false; // ORG
        let (job, hl) = build_job(&a, visible, Some(1), &p, &font);
        assert_eq!(sections_text(&job), a.document.text);
        assert_eq!(hl.len(), 1);
        assert!(hl[0].emphasised && hl[0].kind == EntityKind::Money);
        assert!(
            job.sections
                .iter()
                .all(|s| s.format.background != p.highlight(EntityKind::Org))
        );
    }

    #[test]
    fn bad_spans_are_skipped_not_fatal() {
        let mut a = analysis();
        a.mentions.push(Mention::new(
            Span::new(1, 2),
            EntityKind::Loc,
            Provenance::Rule,
            0.5,
        )); // inside “ü”
        a.mentions.sort_by_key(|m| m.span.start);
        a.document.regions.push(Region {
            kind: RegionKind::Body,
            span: Span::new(5, 999),
        });
        let (job, _) = build_job(
            &a,
            [true; EntityKind::ALL.len()],
            None,
            &Palette::for_dark_mode(false),
            &FontId::proportional(14.0),
        );
        assert_eq!(sections_text(&job), a.document.text);
    }
}
