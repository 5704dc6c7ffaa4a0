//! The in-app file browser, for where no desktop portal or zenity answers:
//! the folders and files of one folder (click a folder to enter it, a file
//! to choose it, ".." to go up), an extension filter (article types or all
//! files) and the recent folders. It sits under the path field of
//! [`super::windows::PathPrompt`], which opens what it chooses.
//!
//! Checked first: egui_file 0.29 supports egui 0.37 but has no recent
//! folders and no filter the user can switch; egui-file-dialog 0.15 needs
//! egui 0.36. This browser is small and has both.

use std::path::{Path, PathBuf};

use crate::corpus::batch::is_article;

/// Entries listed at most (a folder of 100,000 files stays usable).
const MAX_ENTRIES: usize = 5_000;

/// One folder or file of the folder shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// File name.
    pub name: String,
    /// Full path.
    pub path: PathBuf,
    /// A folder (entered on click), not a file.
    pub folder: bool,
}

/// What the user did in the browser this frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pick {
    /// Chose a file or entered a folder: its path goes in the path field.
    Chosen(PathBuf),
    /// Double-clicked a file: open it now.
    Open(PathBuf),
}

/// The browser's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Browser {
    /// The folder shown.
    pub dir: PathBuf,
    /// Every file, not only article types.
    pub all_files: bool,
    entries: Vec<Entry>,
    listed_for: Option<(PathBuf, bool)>,
    /// Why the folder could not be listed.
    pub error: Option<String>,
}

impl Browser {
    /// A browser on `dir`.
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            all_files: false,
            entries: Vec::new(),
            listed_for: None,
            error: None,
        }
    }

    /// Where a browser starts: the newest recent folder that still exists,
    /// else the current folder, else the home folder.
    pub fn start_dir(recent: &[PathBuf]) -> PathBuf {
        recent
            .iter()
            .find(|p| p.is_dir())
            .cloned()
            .or_else(|| std::env::current_dir().ok())
            .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("/"))
    }

    /// The folders (first) and files of the folder shown, each sorted by name.
    pub fn entries(&mut self) -> &[Entry] {
        let key = (self.dir.clone(), self.all_files);
        if self.listed_for.as_ref() != Some(&key) {
            self.list();
            self.listed_for = Some(key);
        }
        &self.entries
    }

    /// Shows another folder.
    pub fn enter(&mut self, dir: &Path) {
        self.dir = dir.to_path_buf();
    }

    /// Shows the parent folder.
    pub fn up(&mut self) {
        if let Some(parent) = self.dir.parent() {
            self.dir = parent.to_path_buf();
        }
    }

    fn list(&mut self) {
        self.entries.clear();
        self.error = None;
        let read = match std::fs::read_dir(&self.dir) {
            Ok(read) => read,
            Err(e) => {
                self.error = Some(format!("cannot list {} ({e})", self.dir.display()));
                return;
            }
        };
        for entry in read.filter_map(Result::ok).take(MAX_ENTRIES) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            let folder = path.is_dir();
            if folder || self.all_files || is_article(&path) {
                self.entries.push(Entry { name, path, folder });
            }
        }
        self.entries
            .sort_by_cached_key(|e| (!e.folder, e.name.to_lowercase()));
    }

    /// Draws the browser; returns what the user picked.
    pub fn ui(&mut self, ui: &mut egui::Ui, recent_folders: &[PathBuf]) -> Option<Pick> {
        let mut pick = None;
        ui.horizontal(|ui| {
            if ui.button("..").on_hover_text("The folder above").clicked() {
                self.up();
                pick = Some(Pick::Chosen(self.dir.clone()));
            }
            ui.add(egui::Label::new(self.dir.display().to_string()).truncate());
        });
        ui.horizontal(|ui| {
            ui.radio_value(&mut self.all_files, false, "Article types");
            ui.radio_value(&mut self.all_files, true, "All files");
            ui.menu_button("Recent folders", |ui| {
                if recent_folders.is_empty() {
                    ui.weak("No recent folders");
                }
                for folder in recent_folders {
                    if ui.button(folder.display().to_string()).clicked() {
                        self.enter(folder);
                        pick = Some(Pick::Chosen(folder.clone()));
                    }
                }
            });
        });
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        let entries = self.entries().to_vec();
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("file_browser_entries")
                .max_height(300.0)
                .auto_shrink([false, true])
                .show_rows(ui, row_height, entries.len(), |ui, range| {
                    for entry in &entries[range] {
                        let label = if entry.folder {
                            format!("{}/", entry.name)
                        } else {
                            entry.name.clone()
                        };
                        let response = ui.selectable_label(false, label);
                        if response.double_clicked() && !entry.folder {
                            pick = Some(Pick::Open(entry.path.clone()));
                        } else if response.clicked() {
                            if entry.folder {
                                self.enter(&entry.path);
                            }
                            pick = Some(Pick::Chosen(entry.path.clone()));
                        }
                    }
                });
            if entries.is_empty() && self.error.is_none() {
                ui.weak("No folders or article files here");
            }
        });
        pick
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_folders_first_then_article_files_and_all_files_on_request() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        std::fs::create_dir(d.join("zeta")).expect("mkdir");
        std::fs::create_dir(d.join(".git")).expect("mkdir");
        for name in ["b.txt", "A.html", "photo.png", ".hidden.md"] {
            std::fs::write(d.join(name), "x").expect("write");
        }
        let mut browser = Browser::new(d.to_path_buf());
        let names: Vec<&str> = browser.entries().iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["zeta", "A.html", "b.txt"]);
        assert!(browser.entries()[0].folder);
        browser.all_files = true;
        let names: Vec<&str> = browser.entries().iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["zeta", "A.html", "b.txt", "photo.png"]);
        browser.enter(&d.join("zeta"));
        assert!(browser.entries().is_empty());
        browser.up();
        assert_eq!(browser.dir, d);
        browser.enter(&d.join("missing"));
        assert!(browser.entries().is_empty());
        assert!(
            browser
                .error
                .as_deref()
                .is_some_and(|e| e.contains("missing"))
        );
    }
}
