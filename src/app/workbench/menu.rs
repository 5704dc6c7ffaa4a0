//! The menu bar, keyboard shortcuts and dropped files: the ways a user asks
//! for a command outside the panels.

use std::path::PathBuf;

use crate::app::command::{Command, PathPurpose};
use crate::app::panels::entities::ENTITY_FILTER_ID;
use crate::app::settings::ThemeChoice;
use crate::app::shortcuts::{self, Action, shortcut_text};
use crate::export;

use super::state::WorkbenchApp;

impl WorkbenchApp {
    pub(super) fn handle_input(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        // A dropped folder, or several files, open as one batch on every core.
        if dropped.len() > 1 || dropped.iter().any(|p| p.is_dir()) {
            self.commands.push(Command::OpenMany(dropped));
        } else {
            for path in dropped {
                self.commands.push(Command::Open(path));
            }
        }
        // Escape closes the search window or the find bar first.
        if self.find_open()
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            self.close_find();
        }
        // Escape belongs to an open window (it closes the path field) before it clears the selection.
        let window_open = self.path_prompt.is_some();
        // A text field being edited keeps Ctrl+Z / Ctrl+Shift+Z for its own undo.
        let typing = ctx.egui_wants_keyboard_input();
        let wanted = |a: Action| {
            let escape_for_window = window_open && a == Action::ClearSelection;
            let field_undo = typing && matches!(a, Action::Undo | Action::Redo);
            !(escape_for_window || field_undo)
        };
        for action in shortcuts::pressed(ctx, wanted) {
            match action {
                Action::Open => self.commands.push(Command::OpenDialog),
                Action::OpenPath => self.commands.push(Command::PathPrompt(PathPurpose::Open)),
                Action::Export => self.commands.push(Command::ExportDialog),
                Action::Undo => self.commands.push(Command::Undo),
                Action::Redo => self.commands.push(Command::Redo),
                Action::Save => self.commands.push(Command::Save),
                Action::SaveAs => self.commands.push(Command::SaveAsDialog),
                Action::Filter => {
                    ctx.memory_mut(|m| m.request_focus(egui::Id::unique(ENTITY_FILTER_ID)))
                }
                Action::Find => self.commands.push(Command::FindInArticle),
                Action::SearchAll => self.commands.push(Command::SearchArticles(true)),
                Action::ClearSelection => self.commands.push(Command::SelectEntity(None)),
                Action::NextDocument => {
                    if !self.docs.is_empty() {
                        self.commands
                            .push(Command::SwitchDocument((self.active + 1) % self.docs.len()));
                    }
                }
                Action::Help => self
                    .commands
                    .push(Command::ShowShortcuts(!self.show_shortcuts)),
                Action::Quit => self.commands.push(Command::Quit),
            }
        }
    }

    pub(super) fn menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let (undo_next, redo_next) = (self.undo_text(), self.redo_text());
        let commands = &mut self.commands;
        let has_doc = !self.docs.is_empty();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui
                    .add(
                        egui::Button::new("Open…").shortcut_text(shortcut_text(&ctx, Action::Open)),
                    )
                    .clicked()
                {
                    commands.push(Command::OpenDialog);
                }
                if ui.button("Open Folder…").clicked() {
                    commands.push(Command::OpenFolderDialog);
                }
                if ui.button("Open Workspace…").clicked() {
                    commands.push(Command::OpenWorkspaceDialog);
                }
                if ui
                    .add(
                        egui::Button::new("Open path…")
                            .shortcut_text(shortcut_text(&ctx, Action::OpenPath)),
                    )
                    .clicked()
                {
                    commands.push(Command::PathPrompt(PathPurpose::Open));
                }
                if ui.button("Open sample article").clicked() {
                    commands.push(Command::OpenSample);
                }
                ui.menu_button("Recent", |ui| {
                    if self.settings.recent.is_empty() {
                        ui.weak("No recent files");
                    }
                    for path in &self.settings.recent {
                        let name = path.file_name().map_or_else(
                            || path.display().to_string(),
                            |n| n.to_string_lossy().into_owned(),
                        );
                        if ui
                            .button(name)
                            .on_hover_text(path.display().to_string())
                            .clicked()
                        {
                            commands.push(Command::Open(path.clone()));
                        }
                    }
                    if !self.settings.recent.is_empty() {
                        ui.separator();
                        if ui.button("Clear recent").clicked() {
                            commands.push(Command::ClearRecent);
                        }
                    }
                });
                ui.separator();
                let save =
                    egui::Button::new("Save").shortcut_text(shortcut_text(&ctx, Action::Save));
                if ui.add_enabled(has_doc, save).clicked() {
                    commands.push(Command::Save);
                }
                let save_as = egui::Button::new("Save As…")
                    .shortcut_text(shortcut_text(&ctx, Action::SaveAs));
                if ui.add_enabled(has_doc, save_as).clicked() {
                    commands.push(Command::SaveAsDialog);
                }
                if ui
                    .add_enabled(has_doc, egui::Button::new("Save Workspace…"))
                    .on_hover_text("Every open article with its corrections, and the corpus corrections, in one file")
                    .clicked()
                {
                    commands.push(Command::SaveWorkspaceDialog);
                }
                ui.separator();
                let export = egui::Button::new("Export annotated JSON…")
                    .shortcut_text(shortcut_text(&ctx, Action::Export));
                if ui.add_enabled(has_doc, export).clicked() {
                    commands.push(Command::ExportDialog);
                }
                if ui
                    .add_enabled(has_doc, egui::Button::new("Export to path…"))
                    .clicked()
                {
                    commands.push(Command::PathPrompt(PathPurpose::Export));
                }
                ui.add_enabled_ui(has_doc, |ui| {
                    ui.menu_button("Export as", |ui| {
                        for format in export::Format::ALL {
                            if format == export::Format::Json {
                                continue;
                            }
                            if ui.button(format!("{}…", format.label())).clicked() {
                                commands.push(Command::ExportAsDialog(format));
                            }
                        }
                    });
                });
                ui.separator();
                if ui
                    .add_enabled(has_doc, egui::Button::new("Close article"))
                    .clicked()
                {
                    commands.push(Command::CloseDocument(self.active));
                }
                if ui
                    .add(egui::Button::new("Quit").shortcut_text(shortcut_text(&ctx, Action::Quit)))
                    .clicked()
                {
                    commands.push(Command::Quit);
                }
            });
            ui.menu_button("Edit", |ui| {
                let doc = self.docs.get(self.active);
                let label = |verb: &str, what: Option<&str>| match what {
                    Some(what) => format!("{verb}: {what}"),
                    None => verb.to_owned(),
                };
                let undo_text = undo_next.as_deref();
                let undo = egui::Button::new(label("Undo", undo_text))
                    .shortcut_text(shortcut_text(&ctx, Action::Undo));
                if ui.add_enabled(undo_text.is_some(), undo).clicked() {
                    commands.push(Command::Undo);
                }
                let redo_text = redo_next.as_deref();
                let redo = egui::Button::new(label("Redo", redo_text))
                    .shortcut_text(shortcut_text(&ctx, Action::Redo));
                if ui.add_enabled(redo_text.is_some(), redo).clicked() {
                    commands.push(Command::Redo);
                }
                ui.separator();
                if ui
                    .add_enabled(doc.is_some(), egui::Button::new("Re-analyse article"))
                    .on_hover_text("Run the analysis again; your corrections are applied again")
                    .clicked()
                {
                    commands.push(Command::Reanalyse);
                }
                ui.separator();
                let find = egui::Button::new("Find in article…")
                    .shortcut_text(shortcut_text(&ctx, Action::Find));
                if ui.add_enabled(doc.is_some(), find).clicked() {
                    commands.push(Command::FindInArticle);
                }
                let search = egui::Button::new("Search all articles…")
                    .shortcut_text(shortcut_text(&ctx, Action::SearchAll));
                if ui.add_enabled(doc.is_some(), search).clicked() {
                    commands.push(Command::SearchArticles(true));
                }
            });
            ui.menu_button("View", |ui| {
                let corpus_open = self.corpus.open;
                if ui
                    .add_enabled(has_doc, egui::Button::selectable(corpus_open, "Corpus entities"))
                    .on_hover_text("The same entity across the open articles, with its links and figures in each")
                    .clicked()
                {
                    commands.push(Command::ShowCorpus(!corpus_open));
                }
                let graph_open = self.corpus.graph.open;
                if ui
                    .add_enabled(has_doc, egui::Button::selectable(graph_open, "Corpus graph"))
                    .on_hover_text("The links of every open article, joined on their corpus entities")
                    .clicked()
                {
                    commands.push(Command::ShowCorpusGraph(!graph_open));
                }
                let money_open = self.panels.corpus_money.open;
                if ui
                    .add_enabled(has_doc, egui::Button::selectable(money_open, "Money across articles"))
                    .on_hover_text("Every money figure of the open articles by date, per party")
                    .clicked()
                {
                    commands.push(Command::ShowCorpusMoney(!money_open));
                }
                let timeline_open = self.panels.timeline.open;
                if ui
                    .add_enabled(has_doc, egui::Button::selectable(timeline_open, "Timeline"))
                    .on_hover_text("Every dated link and figure of the open articles, in date order")
                    .clicked()
                {
                    commands.push(Command::ShowTimeline(!timeline_open));
                }
                let conflicts_open = self.corpus.conflicts.open;
                if ui
                    .add_enabled(has_doc, egui::Button::selectable(conflicts_open, "Conflicting figures"))
                    .on_hover_text("Where articles give different amounts or dates for the same deal")
                    .clicked()
                {
                    commands.push(Command::ShowConflicts(!conflicts_open));
                }
                ui.separator();
                for theme in ThemeChoice::ALL {
                    if ui
                        .radio(self.settings.theme == theme, theme.label())
                        .clicked()
                    {
                        commands.push(Command::SetTheme(theme));
                    }
                }
                ui.separator();
                let mut log = self.settings.log_scale;
                if ui.checkbox(&mut log, "Log scale for money").changed() {
                    commands.push(Command::SetLogScale(log));
                }
                if ui
                    .add_enabled(
                        !self.settings.hidden_kinds.is_empty(),
                        egui::Button::new("Show all kinds"),
                    )
                    .clicked()
                {
                    commands.push(Command::ShowAllKinds);
                }
            });
            ui.menu_button("Help", |ui| {
                let keys = egui::Button::new("Keyboard shortcuts")
                    .shortcut_text(shortcut_text(&ctx, Action::Help));
                if ui.add(keys).clicked() {
                    commands.push(Command::ShowShortcuts(true));
                }
            });
        });
    }
}
