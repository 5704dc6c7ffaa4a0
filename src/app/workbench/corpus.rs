//! The open articles as a corpus: corpus entities (linked again only when an
//! article is added, closed or corrected, or the analyst merges or splits),
//! the corpus window, and workspaces — File ▸ Save Workspace writes the
//! Corpus JSON of every open article with its corrections and the corpus
//! corrections, paths relative to the workspace file; opening it restores
//! them all.

use std::path::Path;

use crate::app::command::{Command, PathPurpose};
use crate::app::document::OpenDoc;
use crate::app::status::Status;
use crate::corpus::edits::CorpusEdit;
use crate::corpus::json::{ArticleOut, read_corpus_json, relative_file, to_corpus_json};
use crate::corpus::link::{Linked, Member};
use crate::export::write_atomic;

use super::corpus_state::{CorpusState, corpus_articles};
use super::state::WorkbenchApp;

impl WorkbenchApp {
    /// The corpus entities of the open articles.
    pub fn corpus(&mut self) -> &Linked {
        self.corpus.linked(&self.docs, self.generation)
    }

    /// Draws the corpus window when it is open.
    pub(super) fn corpus_ui(&mut self, ctx: &egui::Context) {
        if !self.corpus.open {
            return;
        }
        self.corpus.linked(&self.docs, self.generation);
        let CorpusState {
            open, panel, cache, ..
        } = &mut self.corpus;
        let Some((_, linked)) = cache else { return };
        let articles = corpus_articles(&self.docs);
        let selected = self.docs.get(self.active).and_then(|d| {
            d.selection.entity.map(|entity| Member {
                article: self.active,
                entity,
            })
        });
        panel.window(ctx, open, linked, &articles, selected, &mut self.commands);
    }

    /// Applies the corpus commands (the others are `handling.rs`'s).
    pub(super) fn apply_corpus(&mut self, command: Command) {
        match &command {
            Command::ShowCorpus(show) => self.corpus.open = *show,
            Command::CorpusEdit(edit) => {
                self.status = Status::Info(format!("Corpus: {}", edit.describe()));
                self.corpus.push_edit(edit.clone());
            }
            Command::OpenMember {
                article,
                entity,
                relation,
            } if *article < self.docs.len() => {
                self.active = *article;
                match relation {
                    Some(r) => self.apply(Command::SelectRelation(*r)),
                    None => self.apply(Command::SelectEntity(Some(*entity))),
                }
            }
            Command::SaveWorkspaceDialog => self.workspace_dialog(true),
            Command::OpenWorkspaceDialog => self.workspace_dialog(false),
            Command::SaveWorkspace(path) => match self.save_workspace(path) {
                Ok(()) => {
                    self.status = Status::Info(format!(
                        "Saved the workspace ({} articles) to {}",
                        self.docs.len(),
                        path.display()
                    ))
                }
                Err(e) => self.status = Status::Error(e),
            },
            Command::OpenWorkspace(path) => {
                if let Err(e) = self.open_workspace(path) {
                    self.status = Status::Error(e);
                }
            }
            _ => {}
        }
    }

    fn workspace_dialog(&mut self, save: bool) {
        let purpose = if save {
            PathPurpose::SaveWorkspace
        } else {
            PathPurpose::OpenWorkspace
        };
        if super::dialogs::native_dialog_available().is_err() {
            self.prompt(purpose, None);
            return;
        }
        let dialog = rfd::FileDialog::new()
            .set_title(if save {
                "Save workspace"
            } else {
                "Open workspace"
            })
            .add_filter("Dossier workspace (.json)", &["json"]);
        let picked = if save {
            dialog.set_file_name("workspace.dossier.json").save_file()
        } else {
            dialog.pick_file()
        };
        match (picked, save) {
            (Some(path), true) => self.apply(Command::SaveWorkspace(path)),
            (Some(path), false) => self.apply(Command::OpenWorkspace(path)),
            (None, _) => {}
        }
    }

    /// Writes every open article with its corrections, and the corpus
    /// corrections, as Corpus JSON to `path` (atomically). Article files
    /// are written relative to the workspace file's folder.
    pub fn save_workspace(&mut self, path: &Path) -> Result<(), String> {
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let files: Vec<String> = self.docs.iter().map(|d| workspace_file(d, &base)).collect();
        // Corpus corrections name articles the same way as the file does.
        let edits: Vec<CorpusEdit> = self
            .corpus
            .edits
            .iter()
            .map(|e| rename_files(e, |f| relative_file(Path::new(f), &base)))
            .collect();
        self.corpus.linked(&self.docs, self.generation);
        let linked = self
            .corpus
            .cache
            .as_ref()
            .map(|(_, l)| l.clone())
            .unwrap_or_default();
        let articles: Vec<ArticleOut<'_>> = self
            .docs
            .iter()
            .zip(&files)
            .map(|(d, file)| ArticleOut {
                file,
                analysis: &d.analysis,
                corrections: &d.corrections,
            })
            .collect();
        let value = to_corpus_json(&articles, &linked, &edits);
        let mut bytes = serde_json::to_vec_pretty(&value).map_err(|e| e.to_string())?;
        bytes.push(b'\n');
        write_atomic(path, &bytes)
            .map_err(|e| format!("Cannot save the workspace to {}: {e}", path.display()))
    }

    /// Replaces the open articles with a workspace's.
    pub fn open_workspace(&mut self, path: &Path) -> Result<(), String> {
        let bytes =
            std::fs::read(path).map_err(|e| format!("Cannot read {}: {e}", path.display()))?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let read = read_corpus_json(&bytes, &base)
            .map_err(|e| format!("Cannot open workspace {}: {e}", path.display()))?;
        self.docs = read
            .articles
            .into_iter()
            .map(|(file, annotated)| {
                let path = (!file.as_os_str().is_empty()).then_some(file);
                let mut doc = OpenDoc::new(*annotated.analysis, path, std::time::Duration::ZERO);
                doc.corrections = annotated.corrections;
                doc
            })
            .collect();
        self.corpus.replace_edits(
            read.edits
                .iter()
                .map(|e| rename_files(e, |f| base.join(f).display().to_string()))
                .collect(),
        );
        self.active = 0;
        self.generation += 1;
        self.status = Status::Info(format!(
            "Opened workspace {} ({} articles)",
            path.display(),
            self.docs.len()
        ));
        Ok(())
    }
}

/// An article's `file` in a workspace: its path relative to the workspace
/// folder, else its title.
fn workspace_file(doc: &OpenDoc, base: &Path) -> String {
    doc.path
        .as_ref()
        .map_or_else(|| doc.title().to_owned(), |p| relative_file(p, base))
}

/// The same correction with each article file renamed.
fn rename_files(edit: &CorpusEdit, rename: impl Fn(&str) -> String) -> CorpusEdit {
    let mut edit = edit.clone();
    match &mut edit {
        CorpusEdit::Merge { a, b } => {
            a.file = rename(&a.file);
            b.file = rename(&b.file);
        }
        CorpusEdit::Split { entity } => entity.file = rename(&entity.file),
    }
    edit
}

/// True for a `.json` file that is a Dossier workspace (Corpus JSON): its
/// schema id lies in its first or last 4 KB (object keys are written in
/// order, so `schema` comes last).
pub fn is_workspace(path: &Path) -> bool {
    use std::io::{Read as _, Seek as _, SeekFrom};
    if !path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        return false;
    }
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = [0u8; 4096];
    let n = file.read(&mut head).unwrap_or(0);
    let mut tail = [0u8; 4096];
    let len = file.metadata().map_or(0, |m| m.len());
    let m = match file.seek(SeekFrom::Start(len.saturating_sub(4096))) {
        Ok(_) => file.read(&mut tail).unwrap_or(0),
        Err(_) => 0,
    };
    let id = crate::corpus::json::CORPUS_SCHEMA;
    String::from_utf8_lossy(&head[..n]).contains(id)
        || String::from_utf8_lossy(&tail[..m]).contains(id)
}
