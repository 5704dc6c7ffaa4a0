//! The conflicting-figures window: where the open articles give different
//! amounts or dates for the same deal ([`crate::corpus::conflicts`]), the
//! figures side by side, each with the articles and sentences that give it,
//! a click opening the article at that sentence.

use crate::app::command::Command;
use crate::app::format::money_short;
use crate::app::panels::corpus::CorpusArticle;
use crate::app::panels::corpus_canvas::one_line;
use crate::corpus::conflicts::{Conflict, Disagreement, ROUNDING, Statement, conflicts};
use crate::corpus::link::Linked;
use crate::model::Analysis;

/// Most figures shown side by side; more wrap below.
const COLUMNS: usize = 3;

/// The window's state.
#[derive(Debug, Default)]
pub struct ConflictsPanel {
    /// The window is shown.
    pub open: bool,
    /// The conflicts and the stamp of the corpus they were found in.
    found: Option<(u64, Vec<Conflict>)>,
}

/// What a statement says, as its article writes it: the amount's words, or the date.
fn figure(s: &Statement, a: &Analysis, what: Disagreement) -> String {
    match what {
        Disagreement::Amount => {
            let written = s
                .money
                .and_then(|f| a.money.get(f))
                .map(|f| a.mention_text(f.mention).to_owned())
                .filter(|t| !t.is_empty());
            match (written, &s.amount) {
                (Some(t), _) => t,
                (None, Some((v, c))) => money_short(*v, c),
                (None, None) => "?".to_owned(),
            }
        }
        Disagreement::Date => s.date.clone().unwrap_or_else(|| "?".to_owned()),
    }
}

/// The heading of one side: its figure as the articles write it, and "≈"
/// its other spellings or roundings ("$1 billion ≈ $1.0bn").
fn side_heading(side: &[Statement], articles: &[CorpusArticle<'_>], what: Disagreement) -> String {
    let mut forms: Vec<String> = Vec::new();
    for s in side {
        let Some(a) = articles.get(s.article) else {
            continue;
        };
        let form = figure(s, a.analysis, what);
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    forms.join(" ≈ ")
}

impl ConflictsPanel {
    /// Draws the window while open; `stamp` changes whenever the corpus
    /// entities are linked again.
    pub fn window(
        &mut self,
        ctx: &egui::Context,
        stamp: u64,
        linked: &Linked,
        articles: &[CorpusArticle<'_>],
        commands: &mut Vec<Command>,
    ) {
        if self.found.as_ref().is_none_or(|(k, _)| *k != stamp) {
            let analyses: Vec<&Analysis> = articles.iter().map(|a| a.analysis).collect();
            self.found = Some((stamp, conflicts(&analyses, linked)));
        }
        let Some((_, found)) = &self.found else {
            return;
        };
        let mut open = self.open;
        egui::Window::new("Conflicting figures")
            .open(&mut open)
            .default_size([760.0, 520.0])
            .show(ctx, |ui| {
                ui.weak(format!(
                    "Where articles give different amounts or dates for the same deal (same parties \
                     and kind). Amounts within {:.0} % are one figure rounded; qualified figures \
                     (\"about\", \"up to\") and other currencies are not compared; different in \
                     both amount and date is two deals.",
                    ROUNDING * 100.0
                ));
                ui.separator();
                if found.is_empty() {
                    ui.label("No conflicting figures in the open articles.");
                    return;
                }
                egui::ScrollArea::vertical()
                    .id_salt("conflicts")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        for (i, c) in found.iter().enumerate() {
                            ui.push_id(i, |ui| conflict_ui(ui, c, linked, articles, commands));
                            ui.separator();
                        }
                    });
            });
        self.open = open;
    }
}

/// One deal: its parties and kind, then its figures side by side.
fn conflict_ui(
    ui: &mut egui::Ui,
    c: &Conflict,
    linked: &Linked,
    articles: &[CorpusArticle<'_>],
    commands: &mut Vec<Command>,
) {
    let name = |e: usize| linked.entities.get(e).map_or("?", |e| e.name.as_str());
    let verb = c.deal.kind.map_or("paid", |k| k.label());
    let what = match c.what {
        Disagreement::Amount => "different amounts",
        Disagreement::Date => "different dates",
    };
    ui.strong(format!(
        "{} {verb} {} — {what}",
        name(c.deal.payer),
        name(c.deal.payee)
    ));
    for row in c.sides.chunks(COLUMNS) {
        ui.columns(COLUMNS, |cols| {
            for (col, side) in cols.iter_mut().zip(row) {
                // Left-aligned, not justified like the columns' own layout.
                col.with_layout(egui::Layout::top_down(egui::Align::LEFT), |col| {
                    let heading = side_heading(side, articles, c.what);
                    col.label(egui::RichText::new(heading).size(17.0).strong());
                    for s in side {
                        statement_ui(col, s, c.what, articles, commands);
                    }
                });
            }
        });
    }
}

/// One article's statement: its figure as written, the article and the
/// sentence, a click opening the article there.
fn statement_ui(
    ui: &mut egui::Ui,
    s: &Statement,
    what: Disagreement,
    articles: &[CorpusArticle<'_>],
    commands: &mut Vec<Command>,
) {
    let Some(article) = articles.get(s.article) else {
        return;
    };
    let a = article.analysis;
    let date = s
        .date
        .as_deref()
        .map(|d| format!(" ({d})"))
        .unwrap_or_default();
    let line = format!(
        "{} — {}{date}: “{}”",
        figure(s, a, what),
        article.title,
        one_line(a.text(s.evidence), 140)
    );
    let clicked = ui
        .link(line)
        .on_hover_text("Open the article at this sentence")
        .clicked();
    if !clicked {
        return;
    }
    match s
        .relation
        .and_then(|r| a.relations.get(r).map(|rel| (r, rel)))
    {
        Some((r, rel)) => commands.push(Command::OpenMember {
            article: s.article,
            entity: rel.source,
            relation: Some(r),
        }),
        None => {
            commands.push(Command::SwitchDocument(s.article));
            if let Some(f) = s.money.and_then(|f| a.money.get(f)) {
                commands.push(Command::SelectMention(f.mention));
            }
        }
    }
}
