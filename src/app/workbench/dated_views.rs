//! The corpus views of dated facts (beside `corpus_views.rs`): the money chart across the open
//! articles and the timeline, each in its window (View menu), computed
//! again only when an article or the corpus entities change.

use crate::app::command::Command;
use crate::corpus::link::{Linked, Member};
use crate::corpus::timeline::{money_chart, timeline};
use crate::model::Analysis;

use super::corpus_state::corpus_articles;
use super::state::WorkbenchApp;

impl WorkbenchApp {
    /// What the views were computed from: articles, their revisions and
    /// the corpus corrections.
    fn dated_views_key(&self) -> Vec<u64> {
        let mut key = vec![self.generation, self.corpus.revision];
        key.extend(self.docs.iter().map(|d| d.revision));
        key
    }

    /// Draws the money chart and the timeline windows that are open.
    pub(super) fn dated_views_ui(&mut self, ctx: &egui::Context) {
        let (money_open, timeline_open) =
            (self.panels.corpus_money.open, self.panels.timeline.open);
        if !(money_open || timeline_open) {
            return;
        }
        let key = self.dated_views_key();
        self.corpus.linked(&self.docs, self.generation);
        let Some((_, linked)) = &self.corpus.cache else {
            return;
        };
        let analyses: Vec<&Analysis> = self.docs.iter().map(|d| &d.analysis).collect();
        let articles = corpus_articles(&self.docs);
        let selected = selected_corpus_entity(
            linked,
            self.active,
            self.docs.get(self.active).and_then(|d| d.selection.entity),
        );
        let panels = &mut self.panels;
        if money_open {
            let money = &mut panels.corpus_money;
            money.selected = selected;
            if money.cache.as_ref().is_none_or(|(k, _)| *k != key) {
                money.cache = Some((key.clone(), money_chart(&analyses, linked)));
            }
            if let Some((k, chart)) = money.cache.take() {
                money.window(
                    ctx,
                    &chart,
                    linked,
                    &articles,
                    self.settings.log_scale,
                    &mut self.commands,
                );
                money.cache = Some((k, chart));
            }
        }
        if timeline_open {
            let view = &mut panels.timeline;
            if view.cache.as_ref().is_none_or(|(k, _)| *k != key) {
                view.cache = Some((key, timeline(&analyses, linked)));
            }

            if let Some((k, t)) = view.cache.take() {
                view.window(ctx, &t, linked, &articles, selected, &mut self.commands);
                view.cache = Some((k, t));
            }
        }
    }

    /// Applies the commands of these views.
    pub(super) fn apply_dated_views(&mut self, command: Command) {
        match command {
            Command::ShowCorpusMoney(show) => self.panels.corpus_money.open = show,
            Command::ShowTimeline(show) => self.panels.timeline.open = show,
            Command::OpenMention { article, mention } if article < self.docs.len() => {
                self.active = article;
                self.apply(Command::SelectMention(mention));
            }
            _ => {}
        }
    }
}

/// The corpus entity of the entity selected in the article shown.
fn selected_corpus_entity(linked: &Linked, article: usize, entity: Option<usize>) -> Option<usize> {
    let entity = entity?;
    linked.entity_of(Member { article, entity })?;
    linked.of.get(article)?.get(entity).copied()
}
