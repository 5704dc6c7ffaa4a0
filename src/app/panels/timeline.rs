//! The timeline: every dated fact of the open articles — each relation, and
//! each money figure outside a relation — in date order, grouped by day or
//! month, each with its article and the sentence that states it; filtered
//! to one corpus entity (the one selected, or any chosen). A click opens
//! the article at that sentence.

use crate::app::command::Command;
use crate::app::format::money_short;
use crate::app::panels::corpus::CorpusArticle;
use crate::corpus::link::Linked;
use crate::corpus::timeline::{DatedBy, DatedFact, Fact, FactDate, Grain, Timeline, group_dates};

/// The window's state.
#[derive(Debug, Default)]
pub struct TimelineView {
    /// The window is shown.
    pub open: bool,
    /// Group by day or by month.
    pub grain: Grain,
    /// Only the facts of this corpus entity.
    pub entity: Option<usize>,
    /// The timeline and what it was computed from (see the workbench).
    pub cache: Option<(Vec<u64>, Timeline)>,
}

/// One row of the list: a date heading or a fact.
enum Row {
    Heading(String, usize),
    Fact(usize),
}

const ROW_HEIGHT: f32 = 20.0;

/// Longest evidence shown on a row (the whole sentence is in its hover).
const EVIDENCE_CHARS: usize = 110;

/// "Ostrava Steel acquired Lindqvist Rail · €300M" or "$40M Ostrava Steel → ?",
/// each party by its corpus entity's name (the same in every article).
pub fn fact_line(f: &DatedFact, linked: &Linked, articles: &[CorpusArticle<'_>]) -> String {
    let Some(article) = articles.get(f.article) else {
        return String::new();
    };
    let a = article.analysis;
    let name = |e: usize| {
        linked
            .of
            .get(f.article)
            .and_then(|o| o.get(e))
            .and_then(|&c| linked.entities.get(c))
            .map_or_else(|| a.entity_name(e), |c| c.name.as_str())
    };
    match f.fact {
        Fact::Relation(r) => {
            let Some(rel) = a.relations.get(r) else {
                return String::new();
            };
            let amount = rel
                .money
                .and_then(|m| a.money.get(m))
                .map(|m| format!(" · {}", money_short(m.value, &m.currency)))
                .unwrap_or_default();
            format!(
                "{} {} {}{amount}",
                name(rel.source),
                rel.kind.label(),
                name(rel.target)
            )
        }
        Fact::Money(m) => {
            let Some(f) = a.money.get(m) else {
                return String::new();
            };
            let party = |p: Option<usize>| p.map_or("?", name);
            match f.per {
                Some(per) => format!(
                    "{} price per {}",
                    money_short(f.value, &f.currency),
                    per.name()
                ),
                None => format!(
                    "{} {} → {}",
                    money_short(f.value, &f.currency),
                    party(f.investor),
                    party(f.recipient)
                ),
            }
        }
    }
}

/// The command that opens a fact's article at its sentence.
pub fn open_command(f: &DatedFact, articles: &[CorpusArticle<'_>]) -> Command {
    let a = articles.get(f.article).map(|a| a.analysis);
    match f.fact {
        Fact::Relation(r) => Command::OpenMember {
            article: f.article,
            entity: a
                .and_then(|a| a.relations.get(r))
                .map_or(0, |rel| rel.source),
            relation: Some(r),
        },
        Fact::Money(m) => match a.and_then(|a| a.money.get(m)) {
            Some(fact) => Command::OpenMention {
                article: f.article,
                mention: fact.mention,
            },
            None => Command::SwitchDocument(f.article),
        },
    }
}

impl TimelineView {
    /// Draws the window while it is open; `selected` is the corpus entity
    /// of the entity selected in the article shown.
    pub fn window(
        &mut self,
        ctx: &egui::Context,
        timeline: &Timeline,
        linked: &Linked,
        articles: &[CorpusArticle<'_>],
        selected: Option<usize>,
        commands: &mut Vec<Command>,
    ) {
        let mut open = self.open;
        egui::Window::new("Timeline")
            .open(&mut open)
            .default_size([720.0, 600.0])
            .show(ctx, |ui| {
                self.ui(ui, timeline, linked, articles, selected, commands);
            });
        self.open = open;
    }

    fn ui(
        &mut self,
        ui: &mut egui::Ui,
        timeline: &Timeline,
        linked: &Linked,
        articles: &[CorpusArticle<'_>],
        selected: Option<usize>,
        commands: &mut Vec<Command>,
    ) {
        self.entity = self.entity.filter(|&e| e < linked.entities.len());
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(&mut self.grain, Grain::Day, "By day");
            ui.radio_value(&mut self.grain, Grain::Month, "By month");
            ui.separator();
            let name = |e: Option<usize>| {
                e.and_then(|e| linked.entities.get(e))
                    .map_or_else(|| "Every entity".to_owned(), |c| c.name.clone())
            };
            egui::ComboBox::new("timeline_entity", "Entity")
                .selected_text(name(self.entity))
                .width(200.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.entity, None, "Every entity");
                    let mut named: Vec<usize> = timeline
                        .facts
                        .iter()
                        .flat_map(|f| f.entities.iter().copied())
                        .filter(|&e| linked.entities.get(e).is_some_and(|c| c.kind.is_name()))
                        .collect();
                    named.sort_unstable();
                    named.dedup();
                    for e in named {
                        ui.selectable_value(&mut self.entity, Some(e), name(Some(e)));
                    }
                });
            if let Some(s) = selected
                && self.entity != Some(s)
                && ui
                    .button(format!("Only {}", name(Some(s))))
                    .on_hover_text("The entity selected in the article shown")
                    .clicked()
            {
                self.entity = Some(s);
            }
        });
        let facts: Vec<&DatedFact> = timeline
            .facts
            .iter()
            .filter(|f| self.entity.is_none_or(|e| f.entities.contains(&e)))
            .collect();
        let by_article = facts
            .iter()
            .filter(|f| f.dated_by == DatedBy::Published)
            .count();
        ui.weak(format!(
            "{} dated facts, {by_article} of them by their article's date{}",
            facts.len(),
            if timeline.undated > 0 {
                format!(" · {} without any date not listed", timeline.undated)
            } else {
                String::new()
            }
        ));
        ui.separator();
        let mut rows = Vec::with_capacity(facts.len() * 2);
        let dates: Vec<FactDate> = facts.iter().map(|f| f.date).collect();
        for g in group_dates(&dates, self.grain) {
            rows.push(Row::Heading(g.label, g.range.len()));
            rows.extend(g.range.map(Row::Fact));
        }
        egui::ScrollArea::vertical()
            .id_salt("timeline_rows")
            .auto_shrink(false)
            .show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
                for row in &rows[range] {
                    match row {
                        Row::Heading(label, n) => {
                            ui.strong(format!("{label}  ({n})"));
                        }
                        Row::Fact(i) => fact_row(ui, facts[*i], linked, articles, commands),
                    }
                }
            });
    }
}

/// One fact: what, the sentence (shortened), the article and how it is dated.
fn fact_row(
    ui: &mut egui::Ui,
    f: &DatedFact,
    linked: &Linked,
    articles: &[CorpusArticle<'_>],
    commands: &mut Vec<Command>,
) {
    let Some(article) = articles.get(f.article) else {
        return;
    };
    let sentence: String = article
        .analysis
        .text(f.evidence)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let short: String = if sentence.chars().count() > EVIDENCE_CHARS {
        let cut: String = sentence.chars().take(EVIDENCE_CHARS).collect();
        format!("{cut}…")
    } else {
        sentence.clone()
    };
    ui.horizontal(|ui| {
        ui.add_space(12.0);
        let line = fact_line(f, linked, articles);
        let link = ui
            .link(format!("{line} — {}", article.title))
            .on_hover_text(format!(
                "“{sentence}”\n\n{} · {} ({})\nClick to open the article there",
                article.title,
                f.date.label(),
                f.dated_by.describe()
            ));
        if link.clicked() {
            commands.push(open_command(f, articles));
        }
        ui.add(egui::Label::new(egui::RichText::new(format!("“{short}”")).weak()).truncate());
    });
}
