//! Command handling: [`WorkbenchApp::apply`] carries out one [`Command`].

use crate::app::command::Command;
use crate::app::status::Status;
use crate::app::worker::Source;
use crate::app::{SAMPLE_NAME, SAMPLE_TEXT};
use crate::model::correction;

use super::state::WorkbenchApp;

impl WorkbenchApp {
    /// Applies one command now. Panels queue commands with [`Self::push`];
    /// tests may call this directly (e.g. `Command::Export(path)`).
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Open(path) if super::corpus::is_workspace(&path) => {
                self.apply(Command::OpenWorkspace(path));
            }
            Command::Open(path) if path.is_dir() => self.submit_batch(vec![path]),
            Command::Open(path) => self.submit(Source::Path(path)),
            Command::OpenMany(paths) => self.submit_batch(paths),
            Command::OpenFolderDialog => self.open_folder_dialog(),
            Command::CancelBatch => self.cancel_batch(),
            Command::OpenSample => self.submit(Source::Bytes {
                name: SAMPLE_NAME.to_owned(),
                bytes: SAMPLE_TEXT.as_bytes().to_vec(),
            }),
            Command::OpenDialog => self.open_dialog(),
            Command::PathPrompt(purpose) => self.prompt(purpose, None),
            Command::SwitchDocument(i) => {
                if i < self.docs.len() {
                    self.active = i;
                }
            }
            Command::CloseDocument(i) => self.request_close(i),
            Command::Export(path) => match self.export_to(&path) {
                Ok(message) => self.status = Status::Info(message),
                Err(message) => self.status = Status::Error(message),
            },
            Command::ExportDialog => self.export_dialog(),
            Command::ExportAsDialog(format) => self.export_as_dialog(format),
            Command::ExportAs { format, path } => match self.export_as_to(format, &path) {
                Ok(message) => self.status = Status::Info(message),
                Err(message) => self.status = Status::Error(message),
            },
            Command::SelectEntity(entity) => {
                if let Some(doc) = self.doc_mut() {
                    doc.selection.entity = entity.filter(|&e| e < doc.analysis.entities.len());
                    doc.selection.relation = None;
                }
            }
            Command::SelectMention(m) => {
                if let Some(doc) = self.doc_mut()
                    && let Some(mention) = doc.analysis.mentions.get(m)
                {
                    doc.selection.entity = mention.entity;
                    doc.selection.mention = Some(m);
                    doc.selection.relation = None;
                    doc.article.scroll_to(mention.span);
                }
            }
            Command::ScrollToMention(m) => {
                if let Some(doc) = self.doc_mut()
                    && let Some(mention) = doc.analysis.mentions.get(m)
                {
                    doc.selection.mention = Some(m);
                    doc.article.scroll_to(mention.span);
                }
            }
            Command::SelectRelation(r) => {
                if let Some(doc) = self.doc_mut()
                    && let Some(rel) = doc.analysis.relations.get(r)
                {
                    let (source, target, evidence) = (rel.source, rel.target, rel.evidence);
                    doc.selection.relation = Some(r);
                    if doc.selection.entity != Some(source) && doc.selection.entity != Some(target)
                    {
                        doc.selection.entity = Some(source);
                    }
                    doc.article.scroll_to(evidence);
                }
            }
            Command::ToggleKind(kind) => self.settings.toggle_kind(kind),
            Command::ShowAllKinds => self.settings.hidden_kinds.clear(),
            Command::SetEntityKind { entity, kind } => {
                self.correct(|a| correction::set_kind(a, entity, kind));
            }
            Command::RenameEntity { entity, name } => {
                self.correct(|a| correction::rename(a, entity, &name));
            }
            Command::DeleteMention(m) => {
                self.correct(|a| correction::delete_mention(a, m));
            }
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::AddEntity { span, kind } => {
                self.correct(|a| correction::add_entity(a, span, kind));
            }
            Command::DeleteEntity(e) => {
                self.correct(|a| correction::delete_entity(a, e));
            }
            Command::MergeEntities { from, into } => {
                self.correct(|a| correction::merge(a, from, into));
            }
            Command::SplitMention(m) => {
                self.correct(|a| correction::split_mention(a, m));
            }
            Command::AddRelation {
                kind,
                source,
                target,
                evidence,
            } => {
                self.correct(|a| correction::add_relation(a, kind, source, target, evidence));
            }
            Command::DeleteRelation(r) => {
                self.correct(|a| correction::delete_relation(a, r));
            }
            Command::EditMoney { fact, edit } => {
                self.correct(|a| correction::edit_money(a, fact, &edit));
            }
            Command::Reanalyse => self.reanalyse(),
            Command::Save => self.save(),
            Command::SaveAsDialog => self.save_as_dialog(),
            Command::SaveTo(path) => self.save_to(&path),
            Command::Unsaved(choice) => self.answer_unsaved(choice),
            Command::RestoreAutosaves => self.restore_autosaves(),
            Command::DiscardAutosaves => self.discard_autosaves(),
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::SetLogScale(log) => self.settings.log_scale = log,
            Command::ShowShortcuts(show) => self.show_shortcuts = show,
            Command::ClearRecent => self.settings.recent.clear(),
            Command::FindInArticle => self.find_in_article(),
            Command::SearchArticles(show) => self.show_search(show),
            Command::OpenSearchHit { key, span } => self.open_search_hit(&key, span),
            Command::Quit => self.request_quit(),
            corpus @ (Command::ShowCorpus(_)
            | Command::CorpusEdit(_)
            | Command::OpenMember { .. }
            | Command::SaveWorkspaceDialog
            | Command::OpenWorkspaceDialog
            | Command::SaveWorkspace(_)
            | Command::OpenWorkspace(_)) => self.apply_corpus(corpus),
            view @ (Command::ShowCorpusGraph(_)
            | Command::ShowConflicts(_)
            | Command::ChooseCorpusEntity(_)) => {
                self.apply_corpus_views(view);
            }
            views @ (Command::OpenMention { .. }
            | Command::ShowCorpusMoney(_)
            | Command::ShowTimeline(_)) => self.apply_dated_views(views),
        }
    }

    fn correct(
        &mut self,
        edit: impl FnOnce(&mut crate::model::Analysis) -> Option<crate::model::Correction>,
    ) {
        let Some(doc) = self.doc_mut() else { return };
        let done = doc.correct(edit);
        self.status = match done {
            Some(what) => Status::Info(format!("Corrected: {what} (Ctrl+Z to undo)")),
            None => Status::Notice("That correction changes nothing here".to_owned()),
        };
    }
}
