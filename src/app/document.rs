//! `OpenDoc`: one open article with its analysis, the user's corrections and
//! selection, and the panels whose state belongs to it (the article view
//! and its layout cache, the inspector's rename field).

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::export::to_json_v1_corrected;
use crate::model::{Analysis, Correction};

use super::panels::article::ArticleView;
use super::panels::inspector::Inspector;
use super::selection::Selection;

/// How many corrections can be undone.
const MAX_UNDO: usize = 100;

/// A revision no article has had: the panels shared by every article (the
/// relations table, the legend, the status bar…) keep one cache keyed on the
/// revision alone, so switching articles must change it too.
pub fn fresh_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// One open article.
pub struct OpenDoc {
    /// The analysis, with the user's corrections applied.
    pub analysis: Analysis,
    /// The file it came from (`None` for the bundled sample).
    pub path: Option<PathBuf>,
    /// What is selected.
    pub selection: Selection,
    /// Corrections made, oldest first.
    pub corrections: Vec<Correction>,
    /// A new value on every change to `analysis`, unique across the open
    /// articles (see [`fresh_revision`]); view caches compare it.
    pub revision: u64,
    /// Load and analysis time.
    pub elapsed: Duration,
    /// The article view and its layout cache.
    pub article: ArticleView,
    /// The inspector and its rename field.
    pub inspector: Inspector,
    /// Where Ctrl+S writes the annotated JSON: the export it came from, or
    /// the path last chosen with Save As; `None` until then.
    pub save_path: Option<PathBuf>,
    /// The state saved last (see [`Self::is_dirty`]).
    pub saved_state: u64,
    /// The state last written to the autosave folder.
    pub autosaved_state: u64,
    /// When the oldest change not yet autosaved was made.
    pub unsaved_since: Option<Instant>,
    /// An id of the current state: every correction makes a new one; undo
    /// and redo return to an old one (so undoing back to the saved state
    /// is clean again).
    state: u64,
    next_state: u64,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
}

/// A state to go back (or forward) to, with the correction that left it.
struct Snapshot {
    analysis: Analysis,
    corrections: Vec<Correction>,
    selection: Selection,
    state: u64,
    /// What changed between this state and the next.
    what: String,
    /// When that change was first made (kept through undo and redo), so
    /// Ctrl+Z can tell it from a corpus merge or split made since.
    at: Instant,
}

impl OpenDoc {
    /// A freshly analysed document.
    pub fn new(analysis: Analysis, path: Option<PathBuf>, elapsed: Duration) -> Self {
        Self {
            analysis,
            path,
            selection: Selection::default(),
            corrections: Vec::new(),
            revision: fresh_revision(),
            elapsed,
            article: ArticleView::default(),
            inspector: Inspector::default(),
            save_path: None,
            saved_state: 0,
            autosaved_state: 0,
            unsaved_since: None,
            state: 0,
            next_state: 1,
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// True when the document has changes not saved with Ctrl+S.
    pub fn is_dirty(&self) -> bool {
        self.state != self.saved_state
    }

    /// The current state id (compare with [`Self::saved_state`]).
    pub fn state(&self) -> u64 {
        self.state
    }

    /// Marks the current state as saved (and autosaved).
    pub fn mark_saved(&mut self) {
        self.saved_state = self.state;
        self.autosaved_state = self.state;
        self.unsaved_since = None;
    }

    /// Marks the document as changed since it was saved (a restored
    /// autosave, a re-analysis).
    pub fn mark_unsaved(&mut self) {
        self.state = self.next_state;
        self.next_state += 1;
        self.unsaved_since.get_or_insert_with(Instant::now);
    }

    /// What Undo would undo, e.g. "merge Nadella into Satya Nadella".
    pub fn undo_text(&self) -> Option<&str> {
        self.undo.last().map(|s| s.what.as_str())
    }

    /// What Redo would redo.
    pub fn redo_text(&self) -> Option<&str> {
        self.redo.last().map(|s| s.what.as_str())
    }

    /// When the correction Undo would undo was made.
    pub fn undo_at(&self) -> Option<Instant> {
        self.undo.last().map(|s| s.at)
    }

    /// When the correction Redo would redo was first made.
    pub fn redo_at(&self) -> Option<Instant> {
        self.redo.last().map(|s| s.at)
    }

    /// True when there is a correction to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The snapshot of the current state, labelled with `what` leads away from it.
    fn snapshot(&self, what: String) -> Snapshot {
        Snapshot {
            analysis: self.analysis.clone(),
            corrections: self.corrections.clone(),
            selection: self.selection,
            state: self.state,
            what,
            at: Instant::now(),
        }
    }

    /// Restores a snapshot, returning the current state as one (for the
    /// other stack).
    fn restore(&mut self, to: Snapshot) -> Snapshot {
        let what = to.what.clone();
        let mut current = self.snapshot(what);
        current.at = to.at;
        self.analysis = to.analysis;
        self.corrections = to.corrections;
        self.selection = to.selection;
        self.state = to.state;
        if self.is_dirty() {
            self.unsaved_since.get_or_insert_with(Instant::now);
        }
        self.changed();
        current
    }

    /// Redoes the last undone correction; returns what was redone.
    pub fn redo(&mut self) -> Option<String> {
        let next = self.redo.pop()?;
        let what = next.what.clone();
        let back = self.restore(next);
        self.undo.push(back);
        Some(what)
    }

    /// The name shown in tabs and the title bar.
    pub fn title(&self) -> &str {
        &self.analysis.document.source
    }

    /// Applies a correction, keeping the previous state for undo. Returns its
    /// description, or `None` when it changed nothing.
    pub fn correct(
        &mut self,
        edit: impl FnOnce(&mut Analysis) -> Option<Correction>,
    ) -> Option<String> {
        let before = self.analysis.clone();
        let selected = self
            .selection
            .entity
            .and_then(|e| before.entities.get(e))
            .map(|e| e.name.clone());
        let correction = edit(&mut self.analysis)?;
        let text = correction.describe();
        let mut snapshot = self.snapshot(text.clone());
        snapshot.analysis = before;
        self.undo.push(snapshot);
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.follow_selection(selected, &correction);
        self.corrections.push(correction);
        self.mark_unsaved();
        self.changed();
        Some(text)
    }

    /// Indices shift under a correction: the selected entity is found again
    /// by name (its new name after a rename, the entity kept after a merge);
    /// the relation and mention selections are dropped.
    fn follow_selection(&mut self, selected: Option<String>, c: &Correction) {
        let name = match (selected, c) {
            (Some(n), Correction::Rename { from, to }) if *from == n => Some(to.clone()),
            (Some(n), Correction::Merge { from, into }) if *from == n => Some(into.clone()),
            (n, _) => n,
        };
        self.selection.entity =
            name.and_then(|n| self.analysis.entities.iter().position(|e| e.name == n));
        self.selection.relation = None;
        self.selection.mention = None;
    }

    /// Undoes the last correction; returns what was undone.
    pub fn undo(&mut self) -> Option<String> {
        let back = self.undo.pop()?;
        let what = back.what.clone();
        let next = self.restore(back);
        self.redo.push(next);
        Some(what)
    }

    /// True when there is a correction to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    fn changed(&mut self) {
        self.revision = fresh_revision();
        let a = &self.analysis;
        let s = &mut self.selection;
        s.entity = s.entity.filter(|&e| e < a.entities.len());
        s.relation = s.relation.filter(|&r| r < a.relations.len());
        s.mention = s.mention.filter(|&m| m < a.mentions.len());
    }

    /// The annotated JSON v1 of the corrected analysis, with a `corrections`
    /// array recording what the user changed (provenance `manual`).
    pub fn export_value(&self) -> Value {
        to_json_v1_corrected(&self.analysis, &self.corrections)
    }
}
