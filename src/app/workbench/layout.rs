//! Layout: the `eframe::App` impl. Places the panels around the article,
//! draws the document bar and the windows, and ends every frame by applying
//! the queued commands.

use std::time::{Duration, Instant};

use crate::app::command::Command;
use crate::app::document::OpenDoc;
use crate::app::measure::Next;
use crate::app::panels::articles::Row;
use crate::app::panels::legend::Legend;
use crate::app::panels::progress::batch_ui;
use crate::app::panels::unsaved::{recovery_ui, unsaved_ui};
use crate::app::panels::windows::{path_prompt_ui, shortcuts_ui};
use crate::app::panels::{Panel, PanelContext};
use crate::app::settings::Settings;
use crate::app::status::Status;

use super::state::{Closing, WorkbenchApp};

/// Panel ids.
/// The article list's first width: title, date, source and counts fit,
/// and the article beside it keeps room on a 1400-point window.
const ARTICLES_WIDTH: f32 = 460.0;

const MENU_PANEL: &str = "menu_bar";
const DOC_PANEL: &str = "document_bar";
const STATUS_PANEL: &str = "status_bar";
const LINKS_PANEL: &str = "links_panel";
const MONEY_PANEL: &str = "money_panel";
const GRAPH_PANEL: &str = "graph_panel";
const ENTITY_PANEL: &str = "entity_panel";
const INSPECTOR_PANEL: &str = "inspector_panel";
const BATCH_PANEL: &str = "batch_panel";
const ARTICLES_PANEL: &str = "articles_panel";
/// Up to this many open articles get a tab each; more are chosen in the article list.
const MAX_TABS: usize = 8;

impl eframe::App for WorkbenchApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let frame_start = Instant::now();
        crate::app::measure::mark("frame starts");
        let ctx = ui.ctx().clone();
        if self.applied_theme != Some(self.settings.theme) {
            ctx.set_theme(self.settings.theme.preference());
            self.applied_theme = Some(self.settings.theme);
        }
        self.poll_worker();
        self.intercept_close(&ctx);
        self.handle_input(&ctx);

        egui::Panel::top(MENU_PANEL).show(ui, |ui| self.menu_ui(ui));
        let busy = self.busy();
        let cx = context(
            &self.settings,
            &self.status,
            busy,
            self.docs.get(self.active),
        );
        let commands = &mut self.commands;
        egui::Panel::top(DOC_PANEL).show(ui, |ui| {
            ui.add_space(2.0);
            document_bar_ui(
                ui,
                &self.docs,
                self.active,
                &mut self.panels.legend,
                &cx,
                commands,
            );
            ui.add_space(2.0);
        });
        egui::Panel::bottom(STATUS_PANEL).show(ui, |ui| self.panels.status.ui(ui, &cx, commands));
        if self.batch.is_some() {
            egui::Panel::top(BATCH_PANEL).show(ui, |ui| batch_ui(ui, &mut self.batch, commands));
        }
        if self.docs.len() > 1 || self.batch.as_ref().is_some_and(|b| b.running()) {
            let docs = &self.docs;
            let revision = docs.get(self.active).map_or(0, |d| d.revision);
            let key = (self.generation, self.active, revision);
            let row = |i: usize| Row::new(i, &docs[i].analysis, docs[i].title());
            let list = &mut self.panels.articles;
            egui::Panel::left(ARTICLES_PANEL)
                .resizable(true)
                .default_size(ARTICLES_WIDTH)
                .min_size(300.0)
                .show(ui, |ui| list.ui(ui, docs.len(), key, row, commands));
        }

        let Some(doc) = self.docs.get_mut(self.active) else {
            egui::CentralPanel::default().show(ui, |ui| self.empty_ui(ui));
            self.end_frame(&ctx, frame_start);
            return;
        };
        let can_undo = doc.can_undo();
        let OpenDoc {
            analysis,
            corrections,
            selection,
            revision,
            article,
            inspector,
            ..
        } = doc;
        let cx = PanelContext {
            analysis: Some(&*analysis),
            revision: *revision,
            selection: *selection,
            corrections: corrections.as_slice(),
            can_undo,
            settings: &self.settings,
            status: &self.status,
            busy,
        };
        let panels = &mut self.panels;
        let commands = &mut self.commands;
        // The right column runs full height: inspector above, money below.
        egui::Panel::right(INSPECTOR_PANEL)
            .resizable(true)
            .default_size(380.0)
            .min_size(260.0)
            .show(ui, |ui| {
                egui::Panel::bottom(MONEY_PANEL)
                    .resizable(true)
                    .default_size(280.0)
                    .min_size(160.0)
                    .show(ui, |ui| panels.figures.ui(ui, &cx, commands));
                egui::CentralPanel::default().show(ui, |ui| inspector.ui(ui, &cx, commands));
            });
        egui::Panel::bottom(LINKS_PANEL)
            .resizable(true)
            .default_size(320.0)
            .min_size(160.0)
            .show(ui, |ui| {
                // Half the row at most, so the relations table keeps its columns.
                let graph_width = (ui.available_width() * 0.45).clamp(260.0, 380.0);
                egui::Panel::right(GRAPH_PANEL)
                    .resizable(true)
                    .default_size(graph_width)
                    .min_size(260.0)
                    .show(ui, |ui| panels.graph.ui(ui, &cx, commands));
                egui::CentralPanel::default().show(ui, |ui| panels.relations.ui(ui, &cx, commands));
            });
        egui::Panel::left(ENTITY_PANEL)
            .resizable(true)
            .default_size(240.0)
            .min_size(160.0)
            .show(ui, |ui| panels.entities.ui(ui, &cx, commands));
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(0.0))
            .show(ui, |ui| article.ui(ui, &cx, commands));
        self.end_frame(&ctx, frame_start);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

impl WorkbenchApp {
    fn empty_ui(&mut self, ui: &mut egui::Ui) {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() / 3.0);
            if self.busy() {
                ui.spinner();
                ui.label("Analysing…");
            } else {
                ui.heading("No article open");
                ui.label("Drop articles or a folder here, or:");
                if ui.button("Open…").clicked() {
                    self.commands.push(Command::OpenDialog);
                }
                if ui.button("Open Folder…").clicked() {
                    self.commands.push(Command::OpenFolderDialog);
                }
                if ui.button("Open the sample article").clicked() {
                    self.commands.push(Command::OpenSample);
                }
            }
        });
    }

    fn drop_overlay_ui(ctx: &egui::Context) {
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if !hovering {
            return;
        }
        let screen = ctx.content_rect();
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop_overlay"),
        ));
        painter.rect_filled(
            screen,
            0.0,
            ctx.global_style()
                .visuals
                .extreme_bg_color
                .gamma_multiply(0.85),
        );
        painter.text(
            screen.center(),
            egui::Align2::CENTER_CENTER,
            "Drop to open",
            egui::FontId::proportional(28.0),
            ctx.global_style().visuals.strong_text_color(),
        );
    }

    /// Windows, queued commands, measurement: the end of every frame.
    pub(super) fn end_frame(&mut self, ctx: &egui::Context, frame_start: Instant) {
        path_prompt_ui(
            ctx,
            &mut self.path_prompt,
            &self.settings.recent_folders,
            &mut self.commands,
        );
        self.keep_work_ui(ctx);
        self.search_ui(ctx);
        self.corpus_ui(ctx);
        self.corpus_views_ui(ctx);
        self.dated_views_ui(ctx);
        let mut show = self.show_shortcuts;
        shortcuts_ui(ctx, &mut show);
        if !show {
            self.show_shortcuts = false;
        }
        Self::drop_overlay_ui(ctx);

        for command in std::mem::take(&mut self.commands) {
            self.apply(command);
        }
        if self.busy() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        crate::app::measure::mark("frame's ui pass done");
        if self.measure.active() {
            if let Some(elapsed) = self.doc().map(|d| d.elapsed) {
                self.measure.set_analysis(elapsed);
            }
            let lists = self.measure.scrolls_list();
            let (highlighted, height) = if lists {
                // The list is measured once every article has opened.
                (
                    !self.busy() && self.docs.len() > 1,
                    self.panels.articles.content_height,
                )
            } else {
                self.doc().map_or((false, 0.0), |d| {
                    (!d.article.highlights().is_empty(), d.article.content_height)
                })
            };
            match self
                .measure
                .after_frame(frame_start, frame_start.elapsed(), highlighted, height)
            {
                Next::Continue(offset) if lists => {
                    self.panels.articles.forced_offset = offset;
                    ctx.request_repaint();
                }
                Next::Continue(offset) => {
                    if let Some(doc) = self.doc_mut() {
                        doc.article.forced_offset = offset;
                    }
                    ctx.request_repaint();
                }
                Next::Wait => {}
                Next::Quit => self.quit = true,
            }
        }
        if self.quit && !self.close_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            self.close_sent = true;
        }
    }

    /// The unsaved-changes and recovery windows, autosave, and the window
    /// title with its unsaved mark.
    fn keep_work_ui(&mut self, ctx: &egui::Context) {
        if let Some(closing) = self.closing {
            let titles: Vec<String> = self
                .docs
                .iter()
                .enumerate()
                .filter(|(i, d)| {
                    d.is_dirty() && (closing == Closing::Quit || closing == Closing::Document(*i))
                })
                .map(|(_, d)| d.title().to_owned())
                .collect();
            unsaved_ui(ctx, &titles, &mut self.commands);
        }
        if !self.recovery.is_empty() {
            recovery_ui(ctx, &self.recovery, &mut self.commands);
        }
        self.autosave_tick(ctx);
        let title = match self.doc() {
            Some(d) if d.is_dirty() => format!("• {} — Dossier", d.title()),
            Some(d) => format!("{} — Dossier", d.title()),
            None => "Dossier".to_owned(),
        };
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

/// What the panels outside the article's columns (the legend in the document
/// bar, the status bar) read: the settings, the status, and the article
/// shown, if any.
fn context<'a>(
    settings: &'a Settings,
    status: &'a Status,
    busy: bool,
    doc: Option<&'a OpenDoc>,
) -> PanelContext<'a> {
    PanelContext {
        analysis: doc.map(|d| &d.analysis),
        revision: doc.map_or(0, |d| d.revision),
        selection: doc.map(|d| d.selection).unwrap_or_default(),
        corrections: doc.map(|d| d.corrections.as_slice()).unwrap_or_default(),
        can_undo: doc.is_some_and(OpenDoc::can_undo),
        settings,
        status,
        busy,
    }
}

/// The document bar: a tab per open article (when there are several), the
/// title of the one shown, and the legend below.
fn document_bar_ui(
    ui: &mut egui::Ui,
    docs: &[OpenDoc],
    active: usize,
    legend: &mut Legend,
    cx: &PanelContext<'_>,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        if docs.len() > MAX_TABS {
            ui.weak(format!("Article {} of {}", active + 1, docs.len()));
            ui.separator();
        } else if docs.len() > 1 {
            for (i, doc) in docs.iter().enumerate() {
                let mark = if doc.is_dirty() { "• " } else { "" };
                if ui
                    .selectable_label(i == active, format!("{mark}{}", doc.title()))
                    .on_hover_text("Switch article (Ctrl+Tab)")
                    .clicked()
                {
                    commands.push(Command::SwitchDocument(i));
                }
            }
            ui.separator();
        }
        if let Some(doc) = docs.get(active) {
            let title = doc
                .analysis
                .document
                .title
                .as_deref()
                .unwrap_or(doc.title());
            let title = if doc.is_dirty() {
                format!("• {title}")
            } else {
                title.to_owned()
            };
            ui.add(egui::Label::new(egui::RichText::new(title).strong()).truncate())
                .on_hover_text(if doc.is_dirty() {
                    "Unsaved changes (Ctrl+S saves)"
                } else {
                    "No unsaved changes"
                });
        }
    });
    legend.ui(ui, cx, commands);
}
