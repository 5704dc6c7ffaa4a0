//! The corpus graph window: the links of every open article joined on
//! their corpus entities ([`crate::corpus::graph`]), filtered by entity
//! kind, relation kind and date. Hundreds of entities stay readable: it
//! shows the most connected by default, every one on request, or the
//! neighbourhood of the chosen corpus entity. A click on a node chooses it
//! (the Corpus entities window shows its dossier); a link shows on hover,
//! and lists on click, the sentences that state it, each opening its
//! article there. Drawing is `corpus_canvas.rs`'s.

use std::hash::{Hash, Hasher};

use crate::app::command::Command;
use crate::app::panels::corpus::CorpusArticle;
use crate::app::panels::corpus_canvas::{Canvas, Pick, link_key, one_line};
use crate::corpus::graph::{CorpusGraph, Focus, GraphFilter, corpus_graph, date_span, focus};
use crate::corpus::link::Linked;
use crate::model::{Analysis, EntityKind, RelationKind};

/// How many of the most connected entities are shown at first.
const DEFAULT_TOP: usize = 30;
/// The kinds of corpus entity that can be a link's end, as the filter offers them.
const END_KINDS: [EntityKind; 5] = [
    EntityKind::Person,
    EntityKind::Org,
    EntityKind::Loc,
    EntityKind::Product,
    EntityKind::Misc,
];
/// Height kept under the graph for the sentences of the chosen link.
const EVIDENCE_HEIGHT: f32 = 170.0;

/// Which part of the graph is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// The most connected entities.
    #[default]
    Most,
    /// Every entity with a link.
    All,
    /// The chosen corpus entity and its neighbours.
    Around,
}

/// The filtered graph, the relation kinds with their counts, and the
/// stamp of what they were computed from.
type Joined = (u64, CorpusGraph, Vec<(RelationKind, usize)>);

/// The window's state: what is shown and the filter.
#[derive(Debug)]
pub struct CorpusGraphPanel {
    /// The window is shown.
    pub open: bool,
    /// Which links are kept.
    pub filter: GraphFilter,
    /// The date range as typed (`2019`, `2019-07`, `2019-07-22`).
    pub from: String,
    /// The end of the date range as typed.
    pub to: String,
    /// Which part of the graph is drawn.
    pub mode: Mode,
    /// How many of the most connected entities [`Mode::Most`] shows.
    pub top: usize,
    /// The link whose sentences are listed: its two corpus entities, lower first.
    pub link: Option<(usize, usize)>,
    /// The filtered graph, the relation kinds with their counts, and what
    /// they were computed from.
    graph: Option<Joined>,
    /// The layout of what is drawn.
    canvas: Canvas,
}

impl Default for CorpusGraphPanel {
    fn default() -> Self {
        Self {
            open: false,
            filter: GraphFilter::default(),
            from: String::new(),
            to: String::new(),
            mode: Mode::Most,
            top: DEFAULT_TOP,
            link: None,
            graph: None,
            canvas: Canvas::default(),
        }
    }
}

/// How many relations of each kind the articles state, in the kinds' order.
fn relation_counts(articles: &[CorpusArticle<'_>]) -> Vec<(RelationKind, usize)> {
    let mut counts = [0usize; RelationKind::ALL.len()];
    for a in articles {
        for r in &a.analysis.relations {
            if let Some(i) = RelationKind::ALL.iter().position(|k| *k == r.kind) {
                counts[i] += 1;
            }
        }
    }
    RelationKind::ALL
        .into_iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .collect()
}

impl CorpusGraphPanel {
    /// Draws the window while open. `stamp` changes whenever the corpus
    /// entities are linked again; `chosen` is the corpus entity the Corpus
    /// entities window shows.
    pub fn window(
        &mut self,
        ctx: &egui::Context,
        stamp: u64,
        linked: &Linked,
        articles: &[CorpusArticle<'_>],
        chosen: Option<usize>,
        commands: &mut Vec<Command>,
    ) {
        let mut open = self.open;
        egui::Window::new("Corpus graph")
            .open(&mut open)
            .default_size([900.0, 640.0])
            .show(ctx, |ui| {
                self.refresh(stamp, linked, articles);
                self.controls_ui(ui, chosen);
                let Some((key, graph, _)) = &self.graph else {
                    return;
                };
                let centre = chosen.filter(|&c| c < linked.entities.len());
                let focused = match (self.mode, centre) {
                    (Mode::All, _) => Focus::All,
                    (Mode::Around, Some(c)) => Focus::Around(c),
                    _ => Focus::Top(self.top),
                };
                let shown = focus(&graph.edges, focused);
                let mut h = std::hash::DefaultHasher::new();
                (key, focused, chosen).hash(&mut h);
                let summary = if graph.edges.is_empty() {
                    "No links between the corpus entities with this filter.".to_owned()
                } else {
                    format!(
                        "{} entities and {} links shown; {} more entities linked{}",
                        shown.nodes.len(),
                        shown.edges.len(),
                        shown.hidden,
                        if graph.undated > 0 {
                            format!(
                                "; {} undated sentences left out by the dates",
                                graph.undated
                            )
                        } else {
                            String::new()
                        }
                    )
                };
                ui.weak(summary);
                let evidence = self.link.is_some();
                let room = ui.available_height() - if evidence { EVIDENCE_HEIGHT } else { 0.0 };
                let size = egui::vec2(ui.available_width(), room.max(220.0));
                let ctx_in = crate::app::panels::corpus_canvas::Scene {
                    stamp: h.finish(),
                    graph,
                    shown: &shown,
                    linked,
                    articles,
                    chosen,
                    around: matches!(focused, Focus::Around(_)),
                    link: self.link,
                };
                match self.canvas.ui(ui, size, &ctx_in) {
                    Some(Pick::Node(c)) => commands.push(Command::ChooseCorpusEntity(c)),
                    Some(Pick::Link(a, b)) => self.link = Some(link_key(a, b)),
                    Some(Pick::Nothing) => self.link = None,
                    None => {}
                }
                if let Some((a, b)) = self.link {
                    ui.separator();
                    evidence_ui(ui, graph, linked, articles, (a, b), commands);
                }
            });
        self.open = open;
    }

    /// Joins the graph again when the corpus or the filter changed.
    fn refresh(&mut self, stamp: u64, linked: &Linked, articles: &[CorpusArticle<'_>]) {
        let mut h = std::hash::DefaultHasher::new();
        stamp.hash(&mut h);
        format!("{:?}", self.filter).hash(&mut h);
        let key = h.finish();
        if self.graph.as_ref().is_some_and(|(k, _, _)| *k == key) {
            return;
        }
        let analyses: Vec<&Analysis> = articles.iter().map(|a| a.analysis).collect();
        let graph = corpus_graph(&analyses, linked, &self.filter);
        let link_alive = |(a, b): (usize, usize)| {
            graph
                .edges
                .iter()
                .any(|e| link_key(e.source, e.target) == (a, b))
        };
        if !self.link.is_some_and(link_alive) {
            self.link = None;
        }
        let counts = relation_counts(articles);
        self.graph = Some((key, graph, counts));
    }

    /// What is shown, the kinds, relations and dates kept.
    fn controls_ui(&mut self, ui: &mut egui::Ui, chosen: Option<usize>) {
        ui.horizontal_wrapped(|ui| {
            ui.label("Show:");
            ui.radio_value(&mut self.mode, Mode::Most, "Most connected");
            let top = ui.add(
                egui::DragValue::new(&mut self.top)
                    .range(5..=500)
                    .speed(1.0),
            );
            top.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::SpinButton, true, "How many entities")
            });
            ui.radio_value(&mut self.mode, Mode::All, "All");
            ui.add_enabled_ui(chosen.is_some(), |ui| {
                ui.radio_value(&mut self.mode, Mode::Around, "Around the chosen entity")
                    .on_disabled_hover_text("Click a node or choose an entity in Corpus entities");
            });
        });
        ui.horizontal_wrapped(|ui| {
            ui.label("Entities:");
            for kind in END_KINDS {
                let shown = !self.filter.hidden_kinds.contains(&kind);
                if ui.selectable_label(shown, kind.label()).clicked() {
                    toggle(&mut self.filter.hidden_kinds, kind);
                }
            }
            ui.separator();
            date_field_ui(ui, "From", &mut self.from, &mut self.filter.from, false);
            date_field_ui(ui, "to", &mut self.to, &mut self.filter.to, true);
        });
        let counts = self
            .graph
            .as_ref()
            .map(|(_, _, c)| c.clone())
            .unwrap_or_default();
        ui.horizontal_wrapped(|ui| {
            ui.label("Relations:");
            for (kind, n) in counts {
                let shown = !self.filter.hidden_relations.contains(&kind);
                if ui
                    .selectable_label(shown, format!("{} ({n})", kind.label()))
                    .on_hover_text("Show or hide this kind of link")
                    .clicked()
                {
                    toggle(&mut self.filter.hidden_relations, kind);
                }
            }
        });
    }
}

/// Adds `item` to `list`, or takes it out.
fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item),
    }
}

/// A date bound typed by hand: `2019`, `2019-07` or `2019-07-22`. The
/// bound is set only while what is typed is a date (the end of the range
/// takes the last day it covers).
fn date_field_ui(
    ui: &mut egui::Ui,
    label: &str,
    text: &mut String,
    bound: &mut Option<u32>,
    end: bool,
) {
    let l = ui.label(label);
    let field = ui
        .add(
            egui::TextEdit::singleline(text)
                .hint_text("yyyy-mm")
                .desired_width(80.0),
        )
        .labelled_by(l.id);
    let parsed = date_span(text.trim());
    *bound = parsed.map(|(first, last)| if end { last } else { first });
    if !text.trim().is_empty() && parsed.is_none() {
        ui.colored_label(ui.visuals().error_fg_color, "not a date")
            .on_hover_text("A year, a month or a day: 2019, 2019-07, 2019-07-22");
    }
    field.on_hover_text("Dated by the relation's own date, else its article's publication date");
}

/// The sentences that state the links between two corpus entities, each
/// opening its article at that sentence.
fn evidence_ui(
    ui: &mut egui::Ui,
    graph: &CorpusGraph,
    linked: &Linked,
    articles: &[CorpusArticle<'_>],
    (a, b): (usize, usize),
    commands: &mut Vec<Command>,
) {
    let name = |c: usize| linked.entities.get(c).map_or("?", |e| e.name.as_str());
    ui.strong(format!("{} — {}", name(a), name(b)));
    egui::ScrollArea::vertical()
        .id_salt("corpus_graph_evidence")
        .max_height(EVIDENCE_HEIGHT - 30.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for e in graph
                .edges
                .iter()
                .filter(|e| link_key(e.source, e.target) == (a, b))
            {
                let articles_n = e.article_count();
                ui.label(format!(
                    "{} {} {} — {}",
                    name(e.source),
                    e.kind.label(),
                    name(e.target),
                    if articles_n == 1 {
                        "1 article".to_owned()
                    } else {
                        format!("{articles_n} articles")
                    }
                ));
                for ev in &e.evidence {
                    let Some(article) = articles.get(ev.article) else {
                        continue;
                    };
                    let Some(r) = article.analysis.relations.get(ev.relation) else {
                        continue;
                    };
                    let date = ev
                        .date
                        .as_deref()
                        .map(|d| format!(" ({d})"))
                        .unwrap_or_default();
                    let line = format!(
                        "    {}{date}: “{}”",
                        article.title,
                        one_line(article.analysis.text(r.evidence), 160)
                    );
                    if ui
                        .link(line)
                        .on_hover_text("Open the article at this sentence")
                        .clicked()
                    {
                        commands.push(Command::OpenMember {
                            article: ev.article,
                            entity: r.source,
                            relation: Some(ev.relation),
                        });
                    }
                }
            }
        });
}
