//! Dialogs: the native open and save dialogs (rfd), and the in-app path
//! field they fall back to when no dialog can be shown.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::app::command::{Command, PathPurpose};
use crate::app::panels::browser::Browser;
use crate::app::panels::windows::PathPrompt;
use crate::app::status::Status;
use crate::export;

use super::state::WorkbenchApp;

/// A user cancelling a native dialog takes longer than this; a dialog that
/// could not be shown at all returns faster.
const DIALOG_FAILED_WITHIN: Duration = Duration::from_millis(250);

impl WorkbenchApp {
    pub(super) fn prompt(&mut self, purpose: PathPurpose, note: Option<String>) {
        let text = match purpose {
            PathPurpose::Open | PathPurpose::OpenWorkspace => String::new(),
            PathPurpose::SaveWorkspace => self
                .default_export_path()
                .map(|p| {
                    p.with_file_name("workspace.dossier.json")
                        .display()
                        .to_string()
                })
                .unwrap_or_default(),
            PathPurpose::Export | PathPurpose::SaveAs => self
                .default_export_path()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            PathPurpose::ExportAs(format) => self
                .default_export_path()
                .map(|p| p.with_extension(format.suffix()).display().to_string())
                .unwrap_or_default(),
        };
        let browser = (purpose == PathPurpose::Open)
            .then(|| Browser::new(Browser::start_dir(&self.settings.recent_folders)));
        self.path_prompt = Some(PathPrompt {
            purpose,
            text,
            note,
            focus: true,
            browser,
        });
    }

    pub(super) fn default_export_path(&self) -> Option<PathBuf> {
        let doc = self.doc()?;
        let stem = Path::new(doc.title())
            .file_stem()
            .map_or_else(|| "article".into(), |s| s.to_string_lossy().into_owned());
        let dir = doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        Some(dir.join(format!("{stem}.dossier.json")))
    }

    /// True when a native file dialog can be shown here.
    pub(super) fn native_dialogs(&self) -> bool {
        native_dialog_available().is_ok()
    }

    pub(super) fn open_dialog(&mut self) {
        if let Err(why) = native_dialog_available() {
            self.status = Status::Notice(why.clone());
            self.prompt(
                PathPurpose::Open,
                Some(format!("{why} Type the article's path instead:")),
            );
            return;
        }
        let started = Instant::now();
        let mut dialog = rfd::FileDialog::new()
            .set_title("Open article")
            .add_filter(
                "Articles (.txt, .md, .html, .pdf, .docx) and Dossier JSON",
                &[
                    "txt", "md", "markdown", "text", "html", "htm", "xhtml", "pdf", "docx", "json",
                ],
            )
            .add_filter("All files", &["*"]);
        if let Some(dir) = self.settings.recent.first().and_then(|p| p.parent()) {
            dialog = dialog.set_directory(dir);
        }
        match dialog.pick_files() {
            Some(mut paths) if paths.len() == 1 => self.apply(Command::Open(paths.remove(0))),
            Some(paths) => self.apply(Command::OpenMany(paths)),
            None if started.elapsed() < DIALOG_FAILED_WITHIN => {
                let why =
                    "The system file dialog could not be shown (no desktop portal or zenity?).";
                self.status = Status::Notice(why.to_owned());
                self.prompt(
                    PathPurpose::Open,
                    Some(format!("{why} Type the article's path instead:")),
                );
            }
            None => self.status = Status::Info("Open cancelled".to_owned()),
        }
    }

    /// File ▸ Open Folder…: the native folder dialog, else the in-app path field.
    pub(super) fn open_folder_dialog(&mut self) {
        if let Err(why) = native_dialog_available() {
            self.status = Status::Notice(why.clone());
            self.prompt(
                PathPurpose::Open,
                Some(format!("{why} Choose or type a folder instead:")),
            );
            return;
        }
        let started = Instant::now();
        let mut dialog = rfd::FileDialog::new().set_title("Open folder of articles");
        if let Some(dir) = self.settings.recent_folders.first() {
            dialog = dialog.set_directory(dir);
        }
        match dialog.pick_folder() {
            Some(path) => self.apply(Command::OpenMany(vec![path])),
            None if started.elapsed() < DIALOG_FAILED_WITHIN => {
                let why =
                    "The system folder dialog could not be shown (no desktop portal or zenity?).";
                self.status = Status::Notice(why.to_owned());
                self.prompt(
                    PathPurpose::Open,
                    Some(format!("{why} Choose or type a folder instead:")),
                );
            }
            None => self.status = Status::Info("Open cancelled".to_owned()),
        }
    }

    /// File ▸ Export annotated JSON…: the native save dialog, else the path field.
    pub(super) fn export_dialog(&mut self) {
        self.save_dialog(None);
    }

    /// File ▸ Export as ▸ FORMAT: the native save dialog, else the path field.
    pub(super) fn export_as_dialog(&mut self, format: export::Format) {
        self.save_dialog(Some(format));
    }

    /// Asks where to export — annotated JSON (`None`) or another format —
    /// with the native save dialog, falling back to the in-app path field
    /// when no dialog can be shown.
    fn save_dialog(&mut self, format: Option<export::Format>) {
        if self.doc().is_none() {
            self.status = Status::Notice("Nothing to export: no article is open".to_owned());
            return;
        }
        let (purpose, what) = match format {
            None => (PathPurpose::Export, "the JSON".to_owned()),
            Some(f) => (PathPurpose::ExportAs(f), format!("the {}", f.label())),
        };
        if let Err(why) = native_dialog_available() {
            self.status = Status::Notice(why.clone());
            self.prompt(purpose, Some(format!("{why} Type where to write {what}:")));
            return;
        }
        let mut default = self.default_export_path().unwrap_or_default();
        let mut dialog = match format {
            None => rfd::FileDialog::new()
                .set_title("Export annotated JSON")
                .add_filter("Annotated JSON", &["json"]),
            Some(f) => {
                default = default.with_extension(f.suffix());
                rfd::FileDialog::new().set_title(format!("Export as {}", f.label()))
            }
        };
        if let Some(dir) = default.parent() {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = default.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        let started = Instant::now();
        match dialog.save_file() {
            Some(path) => self.apply(match format {
                None => Command::Export(path),
                Some(format) => Command::ExportAs { format, path },
            }),
            None if started.elapsed() < DIALOG_FAILED_WITHIN => {
                let why =
                    "The system save dialog could not be shown (no desktop portal or zenity?).";
                self.status = Status::Notice(why.to_owned());
                self.prompt(purpose, Some(format!("{why} Type where to write {what}:")));
            }
            None => self.status = Status::Info("Export cancelled".to_owned()),
        }
    }
}

/// Whether a native file dialog can be shown: rfd needs the XDG desktop
/// portal (over the D-Bus session bus) or zenity.
pub(super) fn native_dialog_available() -> Result<(), String> {
    if !cfg!(target_os = "linux") {
        return Ok(());
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| Path::new(&d).join("bus").exists());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("zenity").is_file()));
    if bus || zenity {
        Ok(())
    } else {
        Err("No system file dialog is available here (no D-Bus session for the desktop portal, no zenity).".to_owned())
    }
}
