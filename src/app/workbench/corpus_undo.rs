//! Corpus merges and splits on the same Ctrl+Z / Ctrl+Shift+Z as the
//! article corrections: Undo takes back the latest change Undo can reach —
//! the article shown's last correction or the corpus's last merge or split,
//! whichever was made later — and Redo brings back the one undone last.

use std::time::Instant;

use crate::app::document::OpenDoc;
use crate::app::status::Status;
use crate::corpus::edits::CorpusEdit;

use super::corpus_state::CorpusState;
use super::state::WorkbenchApp;

impl CorpusState {
    /// The analyst merges or splits: the edit applies and can be undone.
    pub fn push_edit(&mut self, edit: CorpusEdit) {
        self.edits.push(edit.clone());
        self.undo.push((Instant::now(), edit));
        self.redo.clear();
        self.revision += 1;
    }

    /// The corpus corrections of an opened workspace: applied, not undoable.
    pub fn replace_edits(&mut self, edits: Vec<CorpusEdit>) {
        self.edits = edits;
        self.undo.clear();
        self.redo.clear();
        self.revision += 1;
    }

    /// Takes back the last merge or split made here.
    fn undo_edit(&mut self) -> Option<CorpusEdit> {
        let (at, edit) = self.undo.pop()?;
        if self.edits.last() != Some(&edit) {
            // The edits were replaced meanwhile: nothing of ours to undo.
            self.undo.clear();
            return None;
        }
        self.edits.pop();
        self.redo.push((at, edit.clone()));
        self.revision += 1;
        Some(edit)
    }

    /// Makes the last undone merge or split again.
    fn redo_edit(&mut self) -> Option<CorpusEdit> {
        let (at, edit) = self.redo.pop()?;
        self.edits.push(edit.clone());
        self.undo.push((at, edit.clone()));
        self.revision += 1;
        Some(edit)
    }

    /// When the merge or split Undo would take back was made.
    fn undo_at(&self) -> Option<Instant> {
        self.undo.last().map(|(at, _)| *at)
    }

    /// When the merge or split Redo would make again was first made.
    fn redo_at(&self) -> Option<Instant> {
        self.redo.last().map(|(at, _)| *at)
    }
}

/// Whose change Undo or Redo concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scope {
    Article,
    Corpus,
}

/// "corpus: merge GM with General Motors".
fn corpus_text(edit: &CorpusEdit) -> String {
    format!("corpus: {}", edit.describe())
}

impl WorkbenchApp {
    /// The later of the article's last correction and the corpus's last edit.
    fn undo_scope(&self) -> Option<Scope> {
        let article = self.doc().and_then(OpenDoc::undo_at);
        match (article, self.corpus.undo_at()) {
            (Some(a), Some(c)) if c > a => Some(Scope::Corpus),
            (Some(_), _) => Some(Scope::Article),
            (None, Some(_)) => Some(Scope::Corpus),
            (None, None) => None,
        }
    }

    /// Of the changes undone, the one undone last: the earlier made.
    fn redo_scope(&self) -> Option<Scope> {
        let article = self.doc().and_then(OpenDoc::redo_at);
        match (article, self.corpus.redo_at()) {
            (Some(a), Some(c)) if c < a => Some(Scope::Corpus),
            (Some(_), _) => Some(Scope::Article),
            (None, Some(_)) => Some(Scope::Corpus),
            (None, None) => None,
        }
    }

    /// What Edit ▸ Undo would undo.
    pub fn undo_text(&self) -> Option<String> {
        match self.undo_scope()? {
            Scope::Article => self.doc().and_then(OpenDoc::undo_text).map(str::to_owned),
            Scope::Corpus => self.corpus.undo.last().map(|(_, e)| corpus_text(e)),
        }
    }

    /// What Edit ▸ Redo would redo.
    pub fn redo_text(&self) -> Option<String> {
        match self.redo_scope()? {
            Scope::Article => self.doc().and_then(OpenDoc::redo_text).map(str::to_owned),
            Scope::Corpus => self.corpus.redo.last().map(|(_, e)| corpus_text(e)),
        }
    }

    /// Ctrl+Z.
    pub(super) fn undo(&mut self) {
        let undone = match self.undo_scope() {
            Some(Scope::Article) => self.doc_mut().and_then(OpenDoc::undo),
            Some(Scope::Corpus) => self.corpus.undo_edit().map(|e| corpus_text(&e)),
            None => None,
        };
        self.status = match undone {
            Some(what) => Status::Info(format!("Undone: {what} (Ctrl+Shift+Z to redo)")),
            None => Status::Notice("Nothing to undo".to_owned()),
        };
    }

    /// Ctrl+Shift+Z.
    pub(super) fn redo(&mut self) {
        let redone = match self.redo_scope() {
            Some(Scope::Article) => self.doc_mut().and_then(OpenDoc::redo),
            Some(Scope::Corpus) => self.corpus.redo_edit().map(|e| corpus_text(&e)),
            None => None,
        };
        self.status = match redone {
            Some(what) => Status::Info(format!("Redone: {what}")),
            None => Status::Notice("Nothing to redo".to_owned()),
        };
    }
}
