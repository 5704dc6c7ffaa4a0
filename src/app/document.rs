//! `OpenDoc`: one open article with its analysis, the user's corrections and
//! selection, and the panels whose state belongs to it (the article view
//! and its layout cache, the inspector's rename field).

use std::path::PathBuf;
use std::time::Duration;

use serde_json::Value;

use crate::export::to_json_v1_corrected;
use crate::model::{Analysis, Correction};

use super::panels::article::ArticleView;
use super::panels::inspector::Inspector;
use super::selection::Selection;

/// How many corrections can be undone.
const MAX_UNDO: usize = 100;

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
    /// Bumped on every change to `analysis`; view caches compare it.
    pub revision: u64,
    /// Load and analysis time.
    pub elapsed: Duration,
    /// The article view and its layout cache.
    pub article: ArticleView,
    /// The inspector and its rename field.
    pub inspector: Inspector,
    undo: Vec<(Analysis, Vec<Correction>, Selection)>,
}

impl OpenDoc {
    /// A freshly analysed document.
    pub fn new(analysis: Analysis, path: Option<PathBuf>, elapsed: Duration) -> Self {
        Self {
            analysis,
            path,
            selection: Selection::default(),
            corrections: Vec::new(),
            revision: 0,
            elapsed,
            article: ArticleView::default(),
            inspector: Inspector::default(),
            undo: Vec::new(),
        }
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
        let correction = edit(&mut self.analysis)?;
        self.undo
            .push((before, self.corrections.clone(), self.selection));
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
        let text = correction.describe();
        self.corrections.push(correction);
        self.changed();
        Some(text)
    }

    /// Undoes the last correction; returns what was undone.
    pub fn undo(&mut self) -> Option<String> {
        let (analysis, corrections, selection) = self.undo.pop()?;
        let undone = self.corrections.last().map(Correction::describe);
        self.analysis = analysis;
        self.corrections = corrections;
        self.selection = selection;
        self.changed();
        undone
    }

    /// True when there is a correction to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    fn changed(&mut self) {
        self.revision += 1;
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
