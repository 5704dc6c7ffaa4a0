//! The corpus window: the corpus entities of every open article (the same
//! real-world entity across articles), filterable, and the dossier of one —
//! each article it appears in, its links there with the sentence that
//! states each, and its money figures — where every line opens the article
//! at that place. The selected entity of the article shown is placed in
//! its corpus entity, which the analyst can split it off or merge with
//! another.

use crate::app::command::Command;
use crate::app::format::money_short;
use crate::corpus::edits::{CorpusEdit, EntityRef};
use crate::corpus::link::{Linked, Member};
use crate::model::Analysis;

/// One open article as the corpus window reads it.
pub struct CorpusArticle<'a> {
    /// Its title.
    pub title: &'a str,
    /// How corpus corrections name it.
    pub file: String,
    /// Its analysis.
    pub analysis: &'a Analysis,
}

/// The window's own state: filter, the corpus entity shown, the merge pick.
#[derive(Clone, Debug, Default)]
pub struct CorpusPanel {
    /// Text the entity list is filtered by.
    pub filter: String,
    /// The corpus entity whose dossier is shown (index into `Linked::entities`).
    pub chosen: Option<usize>,
    /// The corpus entity picked to merge the selected one with.
    pub merge_with: Option<usize>,
}

const ROW_HEIGHT: f32 = 20.0;

/// "in 1 article", "in 3 articles".
fn in_articles(n: usize) -> String {
    if n == 1 {
        "in 1 article".to_owned()
    } else {
        format!("in {n} articles")
    }
}

impl CorpusPanel {
    /// Draws the window while `open`; `selected` is the entity selected in
    /// the article shown.
    pub fn window(
        &mut self,
        ctx: &egui::Context,
        open: &mut bool,
        linked: &Linked,
        articles: &[CorpusArticle<'_>],
        selected: Option<Member>,
        commands: &mut Vec<Command>,
    ) {
        egui::Window::new("Corpus entities")
            .open(open)
            .default_size([560.0, 620.0])
            .show(ctx, |ui| {
                if let Some(member) = selected {
                    self.selected_ui(ui, linked, articles, member, commands);
                    ui.separator();
                }
                self.list_ui(ui, linked);
                ui.separator();
                if let Some(c) = self.chosen.filter(|&c| c < linked.entities.len()) {
                    dossier_ui(ui, linked, c, articles, commands);
                }
            });
    }

    /// The selected entity's corpus entity, with split and merge.
    fn selected_ui(
        &mut self,
        ui: &mut egui::Ui,
        linked: &Linked,
        articles: &[CorpusArticle<'_>],
        member: Member,
        commands: &mut Vec<Command>,
    ) {
        let Some(index) = linked
            .of
            .get(member.article)
            .and_then(|o| o.get(member.entity))
            .copied()
        else {
            return;
        };
        let c = &linked.entities[index];
        let Some(article) = articles.get(member.article) else {
            return;
        };
        let here = EntityRef {
            file: article.file.clone(),
            name: article.analysis.entity_name(member.entity).to_owned(),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("Selected: {} —", here.name));
            if ui
                .link(format!(
                    "{} ({}), {}",
                    c.name,
                    c.kind.name(),
                    in_articles(c.article_count())
                ))
                .clicked()
            {
                self.chosen = Some(index);
            }
        });
        ui.horizontal(|ui| {
            if c.members.len() > 1
                && ui
                    .button("Split off")
                    .on_hover_text("This article's entity is not the corpus entity it was put in")
                    .clicked()
            {
                commands.push(Command::CorpusEdit(CorpusEdit::Split {
                    entity: here.clone(),
                }));
            }
            let label = self
                .merge_with
                .and_then(|m| linked.entities.get(m))
                .map_or_else(|| "Merge with…".to_owned(), |e| e.name.clone());
            egui::ComboBox::new("corpus_merge_with", "into it")
                .selected_text(label)
                .width(220.0)
                .show_ui(ui, |ui| {
                    for (i, e) in linked.entities.iter().enumerate() {
                        if i != index && e.kind.is_name() {
                            ui.selectable_value(
                                &mut self.merge_with,
                                Some(i),
                                format!("{} ({})", e.name, e.kind.name()),
                            );
                        }
                    }
                });
            let target = self
                .merge_with
                .and_then(|m| linked.entities.get(m))
                .and_then(|e| e.members.first());
            if let Some(&other) = target
                && ui.button("Merge").clicked()
                && let Some(a) = articles.get(other.article)
            {
                commands.push(Command::CorpusEdit(CorpusEdit::Merge {
                    a: EntityRef {
                        file: a.file.clone(),
                        name: a.analysis.entity_name(other.entity).to_owned(),
                    },
                    b: here.clone(),
                }));
                self.merge_with = None;
            }
        });
    }

    /// The named corpus entities, most widespread first, filtered.
    fn list_ui(&mut self, ui: &mut egui::Ui, linked: &Linked) {
        ui.horizontal(|ui| {
            let label = ui.label("Filter:");
            ui.add(egui::TextEdit::singleline(&mut self.filter).desired_width(220.0))
                .labelled_by(label.id);
        });
        let needle = self.filter.to_lowercase();
        let rows: Vec<usize> = linked
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind.is_name())
            .filter(|(_, e)| {
                needle.is_empty()
                    || e.aliases
                        .iter()
                        .chain([&e.name])
                        .any(|a| a.to_lowercase().contains(&needle))
            })
            .map(|(i, _)| i)
            .collect();
        ui.weak(format!("{} corpus entities", rows.len()));
        egui::ScrollArea::vertical()
            .id_salt("corpus_entities")
            .max_height(220.0)
            .auto_shrink([false, true])
            .show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
                for &i in &rows[range] {
                    let e = &linked.entities[i];
                    let text = format!(
                        "{}  ·  {}  ·  {}",
                        e.name,
                        e.kind.name(),
                        in_articles(e.article_count())
                    );
                    if ui.selectable_label(self.chosen == Some(i), text).clicked() {
                        self.chosen = Some(i);
                    }
                }
            });
    }
}

/// Every article a corpus entity is in: its mentions, links with their
/// evidence, and money figures, each opening the article at that place.
fn dossier_ui(
    ui: &mut egui::Ui,
    linked: &Linked,
    c: usize,
    articles: &[CorpusArticle<'_>],
    commands: &mut Vec<Command>,
) {
    let entity = &linked.entities[c];
    ui.heading(&entity.name);
    ui.weak(format!(
        "{} · key {} · also {}",
        entity.kind.label(),
        entity.key,
        entity.aliases.join(", ")
    ));
    egui::ScrollArea::vertical()
        .id_salt("corpus_dossier")
        .show(ui, |ui| {
            let mut shown_article = None;
            for m in &entity.members {
                let Some(article) = articles.get(m.article) else {
                    continue;
                };
                let a = article.analysis;
                if shown_article != Some(m.article) {
                    // One heading an article, however many of its entities
                    // the corpus entity holds ("GM" and "General Motors").
                    shown_article = Some(m.article);
                    let mentions: usize = entity
                        .members
                        .iter()
                        .filter(|o| o.article == m.article)
                        .filter_map(|o| a.entities.get(o.entity))
                        .map(|e| e.mentions.len())
                        .sum();
                    ui.add_space(4.0);
                    let title = format!("{} — {mentions} mentions", article.title);
                    if ui.link(egui::RichText::new(title).strong()).clicked() {
                        commands.push(Command::OpenMember {
                            article: m.article,
                            entity: m.entity,
                            relation: None,
                        });
                    }
                }
                for (r, rel) in a.relations_of(m.entity) {
                    let line = format!(
                        "{} {} {}: “{}”",
                        a.entity_name(rel.source),
                        rel.kind.label(),
                        a.entity_name(rel.target),
                        a.text(rel.evidence)
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ")
                    );
                    if ui.link(line).clicked() {
                        commands.push(Command::OpenMember {
                            article: m.article,
                            entity: m.entity,
                            relation: Some(r),
                        });
                    }
                }
                for f in a
                    .money
                    .iter()
                    .filter(|f| f.investor == Some(m.entity) || f.recipient == Some(m.entity))
                {
                    let party = |p: Option<usize>| p.map_or("?", |p| a.entity_name(p));
                    ui.label(format!(
                        "{}  {} → {}{}",
                        money_short(f.value, &f.currency),
                        party(f.investor),
                        party(f.recipient),
                        f.year.map(|y| format!(" · {y}")).unwrap_or_default()
                    ));
                }
            }
        });
}
