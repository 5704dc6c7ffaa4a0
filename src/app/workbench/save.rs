//! Keeping the user's work: Ctrl+S saves the article's annotated JSON
//! atomically (to the export it came from, else where Save As put it),
//! closing with unsaved changes asks, unsaved work is autosaved and offered
//! back after a crash, and re-analysis re-applies the corrections.

use std::path::Path;
use std::time::Instant;

use crate::app::autosave::{self, Origin};
use crate::app::command::{Command, PathPurpose, UnsavedChoice};
use crate::app::document::OpenDoc;
use crate::app::status::Status;
use crate::app::worker::Source;
use crate::export;
use crate::model::Correction;
use crate::model::correction::reapply;

use super::reanalysis::Reanalysis;
use super::state::{Closing, WorkbenchApp};

/// Where an open article came from, for its autosave.
fn origin(doc: &OpenDoc) -> Origin {
    Origin {
        title: doc.title().to_owned(),
        source: doc.path.clone(),
        save_path: doc.save_path.clone(),
    }
}

impl WorkbenchApp {
    /// Ctrl+S: to the save path, else Save As.
    pub(super) fn save(&mut self) {
        match self.doc().map(|d| d.save_path.clone()) {
            None => self.status = Status::Notice("Nothing to save: no article is open".to_owned()),
            Some(Some(path)) => self.save_to(&path),
            Some(None) => self.save_as_dialog(),
        }
    }

    /// Save As…: the native save dialog, else the path field.
    pub(super) fn save_as_dialog(&mut self) {
        if self.doc().is_none() {
            return;
        }
        let default = self
            .doc()
            .and_then(|d| d.save_path.clone())
            .or_else(|| self.default_export_path())
            .unwrap_or_default();
        if !self.native_dialogs() {
            self.prompt(
                PathPurpose::SaveAs,
                Some("Type where to save the annotated JSON:".to_owned()),
            );
            return;
        }
        let mut dialog = rfd::FileDialog::new()
            .set_title("Save annotated JSON")
            .add_filter("Annotated JSON", &["json"]);
        if let Some(dir) = default.parent() {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = default.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        match dialog.save_file() {
            Some(path) => self.save_to(&path),
            None => self.status = Status::Info("Save cancelled".to_owned()),
        }
    }

    /// Writes the current article's annotated JSON to `path` atomically
    /// (never over the article it was read from) and saves there from now on.
    pub(super) fn save_to(&mut self, path: &Path) {
        let dir = self.autosave_dir.clone();
        let Some(doc) = self.doc_mut() else { return };
        let over_source =
            doc.path.as_deref() == Some(path) && doc.save_path.as_deref() != Some(path);
        if over_source {
            self.status = Status::Error(format!(
                "refusing to overwrite the article with its annotations; choose another file: {}",
                path.display()
            ));
            return;
        }
        let bytes = export::json_bytes(&doc.export_value(), true);
        if let Err(e) = export::write_atomic(path, &bytes) {
            self.status = Status::Error(format!("cannot save: {e}: {}", path.display()));
            return;
        }
        doc.save_path = Some(path.to_owned());
        doc.mark_saved();
        if let Some(dir) = &dir {
            autosave::remove(dir, &origin(doc));
        }
        let message = format!(
            "Saved {} with {} corrections to {}",
            doc.title(),
            doc.corrections.len(),
            path.display()
        );
        self.status = Status::Info(message);
        // Saving was the answer to "save before closing?": go on closing.
        if self.closing.is_some() {
            self.apply(Command::Unsaved(UnsavedChoice::Save));
        }
    }

    /// Quit: asks first when an article has unsaved changes.
    pub(super) fn request_quit(&mut self) {
        if self.close_confirmed || !self.docs.iter().any(OpenDoc::is_dirty) {
            self.close_confirmed = true;
            self.quit = true;
        } else {
            self.closing = Some(Closing::Quit);
        }
    }

    /// Close an article: asks first when it has unsaved changes.
    pub(super) fn request_close(&mut self, i: usize) {
        match self.docs.get(i) {
            Some(doc) if doc.is_dirty() => self.closing = Some(Closing::Document(i)),
            Some(_) => self.close_now(i),
            None => {}
        }
    }

    fn close_now(&mut self, i: usize) {
        if i < self.docs.len() {
            let doc = self.docs.remove(i);
            self.generation += 1;
            self.status = Status::Info(format!("Closed {}", doc.title()));
            self.active = self.active.min(self.docs.len().saturating_sub(1));
        }
    }

    /// The articles the closing concerns.
    fn closing_docs(&self, closing: Closing) -> Vec<usize> {
        match closing {
            Closing::Quit => (0..self.docs.len()).collect(),
            Closing::Document(i) => vec![i],
        }
    }

    /// The answer to "save your changes?".
    pub(super) fn answer_unsaved(&mut self, choice: UnsavedChoice) {
        let Some(closing) = self.closing else { return };
        let docs = self.closing_docs(closing);
        match choice {
            UnsavedChoice::Cancel => {
                self.closing = None;
                self.status = Status::Info("Nothing closed".to_owned());
                return;
            }
            UnsavedChoice::Discard => {
                if let Some(dir) = &self.autosave_dir {
                    for &i in &docs {
                        if let Some(doc) = self.docs.get(i) {
                            autosave::remove(dir, &origin(doc));
                        }
                    }
                }
            }
            UnsavedChoice::Save => {
                let dirty: Vec<usize> = docs
                    .iter()
                    .copied()
                    .filter(|&i| self.docs.get(i).is_some_and(OpenDoc::is_dirty))
                    .collect();
                for &i in &dirty {
                    let Some(path) = self.docs.get(i).and_then(|d| d.save_path.clone()) else {
                        // No file yet: ask where; closing goes on once it is saved.
                        self.active = i;
                        self.save_as_dialog();
                        return;
                    };
                    self.active = i;
                    let closing = self.closing.take();
                    self.save_to(&path);
                    self.closing = closing;
                    if self.docs.get(i).is_some_and(OpenDoc::is_dirty) {
                        return; // the error is in the status bar; the question stays
                    }
                }
            }
        }
        self.closing = None;
        match closing {
            Closing::Quit => {
                self.close_confirmed = true;
                self.quit = true;
            }
            Closing::Document(i) => self.close_now(i),
        }
    }

    /// The window's close button: asks first when an article has unsaved changes.
    pub(super) fn intercept_close(&mut self, ctx: &egui::Context) {
        let asked = ctx.input(|i| i.viewport().close_requested());
        if asked && !self.close_confirmed && self.docs.iter().any(OpenDoc::is_dirty) {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.closing = Some(Closing::Quit);
        }
    }

    /// Writes each article whose changes have waited long enough to the
    /// autosave folder, and wakes the UI when the next one is due.
    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        let Some(dir) = self.autosave_dir.clone() else {
            return;
        };
        let every = self.autosave_every;
        let mut failed = None;
        for doc in &mut self.docs {
            let pending = doc.is_dirty() && doc.autosaved_state != doc.state();
            let Some(since) = doc.unsaved_since.filter(|_| pending) else {
                continue;
            };
            let waited = since.elapsed();
            if waited < every {
                ctx.request_repaint_after(every - waited);
                continue;
            }
            match autosave::write(&dir, &origin(doc), doc.export_value()) {
                Ok(_) => {
                    doc.autosaved_state = doc.state();
                    doc.unsaved_since = None;
                }
                Err(e) => {
                    failed = Some(format!("cannot autosave: {e}: {}", dir.display()));
                    doc.unsaved_since = Some(Instant::now());
                }
            }
        }
        if let Some(message) = failed {
            self.status = Status::Error(message);
        }
    }

    /// Opens the autosaves found at start-up as unsaved articles.
    pub(super) fn restore_autosaves(&mut self) {
        let mut restored = 0;
        for found in std::mem::take(&mut self.recovery) {
            match found.read() {
                Ok(annotated) => {
                    let mut doc = OpenDoc::new(
                        *annotated.analysis,
                        found.origin.source.clone(),
                        std::time::Duration::ZERO,
                    );
                    doc.corrections = annotated.corrections;
                    doc.save_path = found.origin.save_path.clone();
                    doc.mark_unsaved();
                    // Replace an article of the same origin opened meanwhile.
                    let same = self
                        .docs
                        .iter()
                        .position(|d| origin(d).file_name() == found.origin.file_name());
                    match same {
                        Some(i) => self.docs[i] = doc,
                        None => self.docs.push(doc),
                    }
                    self.active = self.docs.len() - 1;
                    restored += 1;
                }
                Err(e) => self.status = Status::Error(e),
            }
        }
        if restored > 0 {
            self.status = Status::Info(format!(
                "Restored {restored} autosaved article(s): save them with Ctrl+S"
            ));
        }
    }

    /// Deletes the autosaves found at start-up.
    pub(super) fn discard_autosaves(&mut self) {
        for found in std::mem::take(&mut self.recovery) {
            std::fs::remove_file(&found.file).ok();
        }
        self.status = Status::Info("Discarded the autosaved work".to_owned());
    }

    /// Edit ▸ Re-analyse: the pipeline runs again on the article's text; its
    /// corrections are re-applied to the fresh analysis when it arrives.
    pub(super) fn reanalyse(&mut self) {
        let Some(doc) = self.doc() else { return };
        let job = Reanalysis {
            path: doc.path.clone(),
            title: doc.title().to_owned(),
            corrections: doc.corrections.clone(),
            save_path: doc.save_path.clone(),
        };
        let source = Source::Document {
            document: Box::new(doc.analysis.document.clone()),
            path: doc.path.clone(),
        };
        self.reanalysing.push(job);
        self.submit(source);
    }

    /// When `doc` is a re-analysed article: re-applies its corrections and
    /// returns the status line.
    pub(super) fn reanalysed(&mut self, doc: &mut OpenDoc) -> Option<String> {
        let i = self
            .reanalysing
            .iter()
            .position(|r| r.path == doc.path && r.title == doc.title())?;
        let job = self.reanalysing.remove(i);
        let out = reapply(&mut doc.analysis, &job.corrections);
        doc.corrections = out.kept;
        doc.save_path = job.save_path;
        doc.mark_unsaved();
        let mut line = format!(
            "Re-analysed {}: {} corrections re-applied",
            doc.title(),
            doc.corrections.len()
        );
        if !out.missed.is_empty() {
            let missed: Vec<String> = out.missed.iter().map(Correction::describe).collect();
            line.push_str(&format!(
                "; {} no longer apply ({})",
                missed.len(),
                missed.join("; ")
            ));
        }
        Some(line)
    }
}
