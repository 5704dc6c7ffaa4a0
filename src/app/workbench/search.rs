//! Find and search: the find bar over the article (Ctrl+F), the search
//! window over every open article (Ctrl+Shift+F) and its index kept in
//! step with the open articles, and opening a hit.

use std::hash::{Hash, Hasher};

use crate::app::document::OpenDoc;
use crate::app::panels::search::SearchDoc;
use crate::model::Span;

use super::state::WorkbenchApp;

/// The key an open article is indexed under: its path, or its name when it
/// has none (the sample). Two open articles never share one.
pub fn search_key(doc: &OpenDoc) -> String {
    match &doc.path {
        Some(path) => path.display().to_string(),
        None => format!("\u{0}{}", doc.title()),
    }
}

/// What changes when an article's analysis does: its revision, its text
/// length and number of entities (a re-opened file starts at revision 0).
fn stamp(doc: &OpenDoc) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    (
        doc.revision,
        doc.analysis.document.text.len(),
        doc.analysis.entities.len(),
    )
        .hash(&mut h);
    h.finish()
}

impl WorkbenchApp {
    /// Opens the find bar of the article shown.
    pub(super) fn find_in_article(&mut self) {
        if let Some(doc) = self.doc_mut() {
            doc.article.find.open();
        }
    }

    /// Shows or hides the search window.
    pub(super) fn show_search(&mut self, show: bool) {
        if show {
            self.panels.search.show();
        } else {
            self.panels.search.open = false;
        }
    }

    /// Shows a hit: its article, scrolled to the match, with the find bar
    /// on the matched words so every place they occur is marked.
    pub(super) fn open_search_hit(&mut self, key: &str, span: Option<Span>) {
        let Some(i) = self.docs.iter().position(|d| search_key(d) == key) else {
            return;
        };
        self.active = i;
        let doc = &mut self.docs[i];
        let Some(span) =
            span.filter(|s| Span::checked(&doc.analysis.document.text, s.start, s.end).is_some())
        else {
            return;
        };
        let words = span.slice(&doc.analysis.document.text).to_owned();
        doc.article.scroll_to(span);
        doc.article.find.show_at(&words, span.start);
    }

    /// Closes the search window or the find bar, whichever is on top;
    /// false when neither was open.
    pub(super) fn close_find(&mut self) -> bool {
        if self.panels.search.open {
            self.panels.search.open = false;
            return true;
        }
        match self.doc_mut() {
            Some(doc) if doc.article.find.is_open() => {
                doc.article.find.close();
                true
            }
            _ => false,
        }
    }

    /// True when Escape should close the find bar or the search window.
    pub(super) fn find_open(&self) -> bool {
        self.panels.search.open || self.doc().is_some_and(|d| d.article.find.is_open())
    }

    /// Keeps the index in step with the open articles and draws the search window.
    pub(super) fn search_ui(&mut self, ctx: &egui::Context) {
        if !self.panels.search.open {
            return;
        }
        let mut h = std::hash::DefaultHasher::new();
        for doc in &self.docs {
            (doc.path.as_ref(), doc.title(), stamp(doc)).hash(&mut h);
        }
        let docs = &self.docs;
        self.panels.search.sync(h.finish(), || {
            docs.iter()
                .map(|d| SearchDoc {
                    key: search_key(d),
                    stamp: stamp(d),
                    analysis: &d.analysis,
                })
                .collect()
        });
        self.panels.search.window(ctx, &mut self.commands);
    }
}
