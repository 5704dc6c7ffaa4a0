//! Floating windows: the path field (fallback for the native file dialog,
//! with a small file browser when opening) and the keyboard shortcut list.

use std::path::PathBuf;

use crate::app::command::{Command, PathPurpose};
use crate::app::panels::browser::{Browser, Pick};
use crate::app::shortcuts::SHORTCUTS;

/// Id of the path field, focused when the window opens.
pub const PATH_FIELD_ID: &str = "path_prompt_field";

/// The in-app path field, shown when the native dialog cannot be.
#[derive(Clone, Debug, PartialEq)]
pub struct PathPrompt {
    /// Open or export.
    pub purpose: PathPurpose,
    /// The path typed so far.
    pub text: String,
    /// Why it is shown (e.g. no desktop portal).
    pub note: Option<String>,
    /// Focus the field on the next frame.
    pub focus: bool,
    /// The file browser under the field (when opening).
    pub browser: Option<Browser>,
}

/// Draws the path window; closes it (sets `None`) on submit or cancel.
pub fn path_prompt_ui(
    ctx: &egui::Context,
    prompt: &mut Option<PathPrompt>,
    recent_folders: &[PathBuf],
    commands: &mut Vec<Command>,
) {
    let Some(p) = prompt else { return };
    let (title, verb, hint) = match p.purpose {
        PathPurpose::Open => (
            "Open article or folder",
            "Open",
            "/path/to/article.txt or /path/to/folder",
        ),
        PathPurpose::Export => (
            "Export annotated JSON to path",
            "Export",
            "/path/to/article.dossier.json",
        ),
        PathPurpose::ExportAs(_) => ("Export to path", "Export", "/path/to/article.export"),
        PathPurpose::SaveAs => (
            "Save annotated JSON to path",
            "Save",
            "/path/to/article.dossier.json",
        ),
        PathPurpose::SaveWorkspace => (
            "Save workspace to path",
            "Save",
            "/path/to/workspace.dossier.json",
        ),
        PathPurpose::OpenWorkspace => ("Open workspace", "Open", "/path/to/workspace.dossier.json"),
    };
    let mut close = false;
    egui::Window::new(title)
        .collapsible(false)
        .resizable(false)
        .default_width(520.0)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 80.0])
        .show(ctx, |ui| {
            if let Some(note) = &p.note {
                ui.label(note);
                ui.add_space(4.0);
            }
            let field = ui.add(
                egui::TextEdit::singleline(&mut p.text)
                    .id(egui::Id::unique(PATH_FIELD_ID))
                    .hint_text(hint)
                    .desired_width(500.0),
            );
            if p.focus {
                field.request_focus();
                p.focus = false;
            }
            let mut enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if let Some(browser) = &mut p.browser {
                match browser.ui(ui, recent_folders) {
                    Some(Pick::Chosen(path)) => p.text = path.display().to_string(),
                    Some(Pick::Open(path)) => {
                        p.text = path.display().to_string();
                        enter = true;
                    }
                    None => {}
                }
            }
            ui.horizontal(|ui| {
                let ready = !p.text.trim().is_empty();
                if (ui.add_enabled(ready, egui::Button::new(verb)).clicked() || enter) && ready {
                    let path = std::path::PathBuf::from(expand_home(p.text.trim()));
                    commands.push(match p.purpose {
                        PathPurpose::Open => Command::Open(path),
                        PathPurpose::Export => Command::Export(path),
                        PathPurpose::ExportAs(format) => Command::ExportAs { format, path },
                        PathPurpose::SaveAs => Command::SaveTo(path),
                        PathPurpose::SaveWorkspace => Command::SaveWorkspace(path),
                        PathPurpose::OpenWorkspace => Command::OpenWorkspace(path),
                    });
                    close = true;
                }
                if let Some(browser) = &p.browser
                    && ui
                        .button("Open Folder")
                        .on_hover_text("Open every article under the folder shown")
                        .clicked()
                {
                    commands.push(Command::OpenMany(vec![browser.dir.clone()]));
                    close = true;
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    close = true;
                }
            });
        });
    if close {
        *prompt = None;
    }
}

/// `~/x` → `$HOME/x`.
fn expand_home(path: &str) -> String {
    match (path.strip_prefix("~/"), std::env::var("HOME")) {
        (Some(rest), Ok(home)) => format!("{home}/{rest}"),
        _ => path.to_owned(),
    }
}

/// Draws Help ▸ Keyboard shortcuts.
pub fn shortcuts_ui(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcut_grid")
                .num_columns(2)
                .spacing([24.0, 6.0])
                .striped(true)
                .show(ui, |ui| {
                    for (shortcut, _, what) in SHORTCUTS {
                        ui.strong(ctx.format_shortcut(shortcut));
                        ui.label(*what);
                        ui.end_row();
                    }
                    ui.strong("Click");
                    ui.label("a highlight in the text: select its entity");
                    ui.end_row();
                    ui.strong("Drag and drop");
                    ui.label("articles or a folder onto the window: open them");
                    ui.end_row();
                    ui.strong("Select text");
                    ui.label("then 1–8 (or right-click): add it as an entity of that kind");
                    ui.end_row();
                    ui.strong("Drag an entity");
                    ui.label("onto another in the entity list: merge them");
                    ui.end_row();
                });
        });
}
