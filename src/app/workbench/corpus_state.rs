//! The open articles as a corpus: its corpus entities, linked again only
//! when an article is added, closed or corrected or the analyst merges or
//! splits, and the corpus window's state.

use std::sync::OnceLock;

use crate::app::document::OpenDoc;
use crate::app::panels::conflicts::ConflictsPanel;
use crate::app::panels::corpus::{CorpusArticle, CorpusPanel};
use crate::app::panels::corpus_graph::CorpusGraphPanel;
use crate::corpus::edits::{CorpusEdit, Overrides};
use crate::corpus::link::{Linked, Linking, link_with};
use crate::lang::Language;
use crate::model::Analysis;

/// The corpus of the open articles and the corpus window's state.
#[derive(Debug, Default)]
pub struct CorpusState {
    /// The corpus window is shown.
    pub open: bool,
    /// The analyst's merges and splits, oldest first.
    pub edits: Vec<CorpusEdit>,
    /// The window's filter and choices.
    pub panel: CorpusPanel,
    /// The corpus graph window.
    pub graph: CorpusGraphPanel,
    /// The conflicting-figures window.
    pub conflicts: ConflictsPanel,
    /// The corpus entities and what they were linked from (article
    /// generation, each article's revision, number of edits).
    pub(super) cache: Option<(CacheKey, Linked)>,
    /// Bumped on every change to `edits` (see `corpus_undo.rs`).
    pub revision: u64,
    /// Merges and splits made here, with when, for Ctrl+Z.
    pub(super) undo: Vec<(std::time::Instant, CorpusEdit)>,
    /// Merges and splits undone, for Ctrl+Shift+Z.
    pub(super) redo: Vec<(std::time::Instant, CorpusEdit)>,
}

type CacheKey = (u64, Vec<u64>, usize, u64);

/// The language whose name rules link the corpus, loaded on first use.
fn language() -> Option<&'static Language> {
    static LANGUAGE: OnceLock<Option<Language>> = OnceLock::new();
    LANGUAGE.get_or_init(|| Language::english().ok()).as_ref()
}

/// The open articles as the corpus views read them: title, file and analysis.
pub fn corpus_articles(docs: &[OpenDoc]) -> Vec<CorpusArticle<'_>> {
    docs.iter()
        .map(|d| CorpusArticle {
            title: d.title(),
            file: doc_file(d),
            analysis: &d.analysis,
        })
        .collect()
}

/// How corpus corrections and workspaces name an open article: its path,
/// else its title.
pub fn doc_file(doc: &OpenDoc) -> String {
    doc.path
        .as_ref()
        .map_or_else(|| doc.title().to_owned(), |p| p.display().to_string())
}

impl CorpusState {
    /// A hash of what the cached corpus entities were linked from (article
    /// generation, each article's revision, the edits and their revision):
    /// views built on them recompute when it changes.
    pub fn stamp(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::hash::DefaultHasher::new();
        self.cache.as_ref().map(|(key, _)| key).hash(&mut h);
        h.finish()
    }

    /// The corpus entities of `docs`, linked again only when they changed.
    pub fn linked(&mut self, docs: &[OpenDoc], generation: u64) -> &Linked {
        let key: CacheKey = (
            generation,
            docs.iter().map(|d| d.revision).collect(),
            self.edits.len(),
            self.revision,
        );
        let fresh = self.cache.as_ref().is_some_and(|(k, _)| *k == key);
        if !fresh {
            let linked = match language() {
                Some(lang) => {
                    let analyses: Vec<&Analysis> = docs.iter().map(|d| &d.analysis).collect();
                    let files: Vec<String> = docs.iter().map(doc_file).collect();
                    let overrides = Overrides::resolve(&self.edits, &files, &analyses);
                    link_with(&lang.resolve, &analyses, Linking::Full, &overrides)
                }
                None => Linked::default(),
            };
            self.cache = Some((key, linked));
        }
        &self
            .cache
            .get_or_insert_with(|| (Default::default(), Linked::default()))
            .1
    }
}
