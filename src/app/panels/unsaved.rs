//! The two windows that keep work from being lost: "save your changes?"
//! when closing with unsaved changes, and "recover unsaved work?" when
//! autosaves survive a crash.

use crate::app::autosave::Found;
use crate::app::command::{Command, UnsavedChoice};

/// Asks whether to save the unsaved `titles` before closing.
pub fn unsaved_ui(ctx: &egui::Context, titles: &[String], commands: &mut Vec<Command>) {
    egui::Window::new("Unsaved changes")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label("These articles have changes that are not saved:");
            for t in titles {
                ui.strong(format!("• {t}"));
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui
                    .button("Save")
                    .on_hover_text("Save each, then close")
                    .clicked()
                {
                    commands.push(Command::Unsaved(UnsavedChoice::Save));
                }
                if ui
                    .button("Discard")
                    .on_hover_text("Close without saving")
                    .clicked()
                {
                    commands.push(Command::Unsaved(UnsavedChoice::Discard));
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    commands.push(Command::Unsaved(UnsavedChoice::Cancel));
                }
            });
        });
}

/// Offers back the work autosaved before the app last stopped.
pub fn recovery_ui(ctx: &egui::Context, found: &[Found], commands: &mut Vec<Command>) {
    egui::Window::new("Recover unsaved work")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label("Dossier did not close cleanly. Unsaved work was autosaved:");
            egui::Grid::new("recovery_grid")
                .num_columns(2)
                .spacing([16.0, 4.0])
                .show(ui, |ui| {
                    for f in found {
                        let hover = f
                            .origin
                            .source
                            .as_ref()
                            .map_or_else(|| "no file".to_owned(), |p| p.display().to_string());
                        ui.strong(&f.origin.title).on_hover_text(hover);
                        ui.weak(f.age());
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui
                    .button("Restore")
                    .on_hover_text("Open them as unsaved articles")
                    .clicked()
                {
                    commands.push(Command::RestoreAutosaves);
                }
                if ui
                    .button("Discard autosaves")
                    .on_hover_text("Delete the autosaved files")
                    .clicked()
                {
                    commands.push(Command::DiscardAutosaves);
                }
            });
        });
}
