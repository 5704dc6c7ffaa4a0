//! The corpus views beside the corpus entities window: the corpus graph
//! (links joined across articles) and the conflicting figures. They read the corpus entities the
//! corpus window links, and choose a corpus entity in it.

use crate::app::command::Command;

use super::corpus_state::{CorpusState, corpus_articles};
use super::state::WorkbenchApp;

impl WorkbenchApp {
    /// Draws the corpus views that are open.
    pub(super) fn corpus_views_ui(&mut self, ctx: &egui::Context) {
        if !self.corpus.graph.open && !self.corpus.conflicts.open {
            return;
        }
        self.corpus.linked(&self.docs, self.generation);
        // What the corpus entities were linked from: the views recompute when it changes.
        let stamp = self.corpus.stamp();
        let CorpusState {
            graph,
            conflicts,
            panel,
            cache,
            ..
        } = &mut self.corpus;
        let Some((_, linked)) = cache else { return };
        let articles = corpus_articles(&self.docs);
        if graph.open {
            graph.window(
                ctx,
                stamp,
                linked,
                &articles,
                panel.chosen,
                &mut self.commands,
            );
        }
        if conflicts.open {
            conflicts.window(ctx, stamp, linked, &articles, &mut self.commands);
        }
    }

    /// Applies the corpus views' commands.
    pub(super) fn apply_corpus_views(&mut self, command: Command) {
        match command {
            Command::ShowCorpusGraph(show) => self.corpus.graph.open = show,
            Command::ShowConflicts(show) => self.corpus.conflicts.open = show,
            Command::ChooseCorpusEntity(c) => {
                self.corpus.panel.chosen = Some(c);
                self.corpus.open = true;
            }
            _ => {}
        }
    }
}
