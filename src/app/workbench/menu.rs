//! The menu bar, keyboard shortcuts and dropped files: the ways a user asks
//! for a command outside the panels.

use std::path::PathBuf;

use crate::app::command::{Command, PathPurpose};
use crate::app::document::OpenDoc;
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
        for path in dropped {
            self.commands.push(Command::Open(path));
        }
        // Escape belongs to an open window (it closes the path field) before it clears the selection.
        let window_open = self.path_prompt.is_some();
        for action in shortcuts::pressed(ctx, |a| !(window_open && a == Action::ClearSelection)) {
            match action {
                Action::Open => self.commands.push(Command::OpenDialog),
                Action::OpenPath => self.commands.push(Command::PathPrompt(PathPurpose::Open)),
                Action::Export => self.commands.push(Command::ExportDialog),
                Action::Undo => self.commands.push(Command::Undo),
                Action::Filter => {
                    ctx.memory_mut(|m| m.request_focus(egui::Id::unique(ENTITY_FILTER_ID)))
                }
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
                let can_undo = self.docs.get(self.active).is_some_and(OpenDoc::can_undo);
                let undo = egui::Button::new("Undo correction")
                    .shortcut_text(shortcut_text(&ctx, Action::Undo));
                if ui.add_enabled(can_undo, undo).clicked() {
                    commands.push(Command::Undo);
                }
            });
            ui.menu_button("View", |ui| {
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
