//! Drawing the corpus graph: nodes where the spring layout (or, around one
//! entity, the single-article graph's ring) puts them, one line per pair of
//! linked entities with an arrow for each direction a link runs, labels on
//! the lines where they overlap nothing (`graph_labels.rs`), names where
//! they fit (`corpus_layout.rs`). The layout is computed once per graph,
//! filter and size, not every frame.

use egui::{Align2, FontId, Pos2, Rect, Role, Sense, Stroke, Vec2, WidgetInfo};

use crate::app::panels::corpus::CorpusArticle;
use crate::app::panels::corpus_layout::{place_names, separate, spring};
use crate::app::panels::graph::ring;
use crate::app::panels::graph_labels::{self, Obstacles, Placed};
use crate::app::theme::Palette;
use crate::corpus::graph::{CorpusGraph, Shown};
use crate::corpus::link::Linked;

/// Most links whose labels are placed; the others show on hover.
const MAX_LABELS: usize = 150;
/// Longest name drawn under a node (the hover gives it whole).
const NAME_CHARS: usize = 28;

/// What the canvas draws.
pub struct Scene<'a> {
    /// Changes whenever anything below does.
    pub stamp: u64,
    /// The filtered graph.
    pub graph: &'a CorpusGraph,
    /// The part of it drawn.
    pub shown: &'a Shown,
    /// The corpus entities.
    pub linked: &'a Linked,
    /// The open articles.
    pub articles: &'a [CorpusArticle<'a>],
    /// The corpus entity the Corpus entities window shows.
    pub chosen: Option<usize>,
    /// The first node is the centre of a neighbourhood.
    pub around: bool,
    /// The link whose sentences are listed.
    pub link: Option<(usize, usize)>,
}

/// What the user clicked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// A node: its corpus entity.
    Node(usize),
    /// A link: its two corpus entities.
    Link(usize, usize),
    /// The background.
    Nothing,
}

/// A pair of corpus entities, lower first: one line in the drawing.
pub fn link_key(a: usize, b: usize) -> (usize, usize) {
    (a.min(b), a.max(b))
}

/// One line of the drawing: every edge between two shown nodes.
#[derive(Debug)]
struct Line {
    /// Node indices (into `Shown::nodes`), `a` the lower corpus entity.
    a: usize,
    b: usize,
    /// Edge indices into the graph.
    edges: Vec<usize>,
    /// Some edge runs from `a` to `b` / from `b` to `a` (symmetric kinds run neither way).
    forward: bool,
    backward: bool,
    /// The most articles any of its edges has.
    articles: usize,
    /// Its label, whole and cut to the first line.
    full: String,
    short: String,
}

/// Positions and labels, relative to the canvas's top-left corner.
#[derive(Debug, Default)]
struct Layout {
    pos: Vec<Pos2>,
    radius: Vec<f32>,
    names: Vec<Option<Rect>>,
    lines: Vec<Line>,
    labels: Vec<Option<Placed>>,
}

/// The canvas and its cached layout.
#[derive(Debug, Default)]
pub struct Canvas {
    cached: Option<(u64, Layout)>,
    /// The spring layout of the nodes and lines it was computed for, in
    /// `[0, 1]²`: a canvas that changes size stretches it rather than
    /// laying the graph out anew (the picture keeps its shape).
    spring: Option<(u64, Vec<Vec2>)>,
}

/// A sentence, on one line and at most `max` characters.
pub(crate) fn one_line(text: &str, max: usize) -> String {
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.chars().count() <= max {
        words
    } else {
        let cut: String = words.chars().take(max).collect();
        format!("{cut}…")
    }
}

/// A name as drawn under its node.
fn short_name(name: &str) -> String {
    one_line(name, NAME_CHARS)
}

/// The lines between shown nodes, in the graph's edge order (most articles first).
fn lines(scene: &Scene<'_>) -> Vec<Line> {
    let index = |c: usize| scene.shown.nodes.iter().position(|&n| n == c);
    let mut out: Vec<Line> = Vec::new();
    for &ei in &scene.shown.edges {
        let Some(e) = scene.graph.edges.get(ei) else {
            continue;
        };
        let (lo, hi) = link_key(e.source, e.target);
        let (Some(a), Some(b)) = (index(lo), index(hi)) else {
            continue;
        };
        let i = match out.iter().position(|l| l.a == a && l.b == b) {
            Some(i) => i,
            None => {
                out.push(Line {
                    a,
                    b,
                    edges: Vec::new(),
                    forward: false,
                    backward: false,
                    articles: 0,
                    full: String::new(),
                    short: String::new(),
                });
                out.len() - 1
            }
        };
        let line = &mut out[i];
        line.edges.push(ei);
        line.articles = line.articles.max(e.article_count());
        if !e.kind.is_symmetric() {
            if e.source == lo {
                line.forward = true;
            } else {
                line.backward = true;
            }
        }
    }
    for line in &mut out {
        let texts: Vec<String> = line
            .edges
            .iter()
            .filter_map(|&ei| scene.graph.edges.get(ei))
            .map(|e| match e.article_count() {
                1 => e.kind.label().to_owned(),
                n => format!("{} · {n} articles", e.kind.label()),
            })
            .collect();
        let extra = texts.len().saturating_sub(3);
        let mut full: Vec<String> = texts.iter().take(3).cloned().collect();
        if extra > 0 {
            full.push(format!("+{extra} more"));
        }
        line.full = full.join("\n");
        line.short = match (texts.first(), texts.len()) {
            (Some(first), 1) => first.clone(),
            (Some(first), _) => format!("{first} …"),
            (None, _) => String::new(),
        };
    }
    out
}

/// How many lines touch each shown node.
fn degrees(n: usize, lines: &[Line]) -> Vec<usize> {
    let mut d = vec![0; n];
    for l in lines {
        d[l.a] += 1;
        d[l.b] += 1;
    }
    d
}

impl Canvas {
    /// Draws the scene in a canvas of `size`; returns what was clicked.
    pub fn ui(&mut self, ui: &mut egui::Ui, size: Vec2, scene: &Scene<'_>) -> Option<Pick> {
        let (rect, area) = ui.allocate_exact_size(size, Sense::click());
        let key = {
            use std::hash::{Hash, Hasher};
            let mut h = std::hash::DefaultHasher::new();
            (
                scene.stamp,
                size.x as i32,
                size.y as i32,
                ui.visuals().dark_mode,
            )
                .hash(&mut h);
            h.finish()
        };
        if self.cached.as_ref().is_none_or(|(k, _)| *k != key) {
            let layout = layout(ui, size, scene, &mut self.spring);
            self.cached = Some((key, layout));
        }
        let (_, layout) = self.cached.as_ref()?;
        draw(ui, rect, &area, layout, scene)
    }
}

/// Computes where everything goes in a canvas of `size`.
fn layout(
    ui: &egui::Ui,
    size: Vec2,
    scene: &Scene<'_>,
    cache: &mut Option<(u64, Vec<Vec2>)>,
) -> Layout {
    let bounds = Rect::from_min_size(Pos2::ZERO, size);
    let n = scene.shown.nodes.len();
    let lines = lines(scene);
    let deg = degrees(n, &lines);
    let pos = if scene.around && n > 0 {
        std::iter::once(bounds.center())
            .chain(ring(bounds, n - 1))
            .collect()
    } else {
        let pairs: Vec<(usize, usize)> = lines.iter().map(|l| (l.a, l.b)).collect();
        let inner = bounds.shrink2(Vec2::new(70.0, 26.0));
        let key = {
            use std::hash::{Hash, Hasher};
            let mut h = std::hash::DefaultHasher::new();
            (&scene.shown.nodes, &pairs).hash(&mut h);
            h.finish()
        };
        if cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let at = spring(n, &pairs, bounds, Vec2::new(70.0, 26.0));
            let unit = at
                .iter()
                .map(|p| (*p - inner.min) / inner.size().max(Vec2::splat(1.0)))
                .collect();
            *cache = Some((key, unit));
        }
        cache.as_ref().map_or_else(Vec::new, |(_, unit)| {
            unit.iter().map(|u| inner.min + *u * inner.size()).collect()
        })
    };
    let radius: Vec<f32> = deg
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            if scene.around && i == 0 {
                18.0
            } else {
                (5.0 + 2.0 * (d as f32).sqrt()).min(15.0)
            }
        })
        .collect();
    let painter = ui.painter();
    let name_font = FontId::proportional(12.5);
    let sizes: Vec<Vec2> = scene
        .shown
        .nodes
        .iter()
        .map(|&c| {
            let name = scene
                .linked
                .entities
                .get(c)
                .map_or("?", |e| e.name.as_str());
            painter
                .layout_no_wrap(short_name(name), name_font.clone(), egui::Color32::WHITE)
                .size()
                + Vec2::new(4.0, 2.0)
        })
        .collect();
    let mut circles: Vec<(Pos2, f32)> = pos.iter().copied().zip(radius.iter().copied()).collect();
    if !scene.around {
        separate(&mut circles, bounds.shrink2(Vec2::new(40.0, 16.0)), 4.0, 60);
    }
    let pos: Vec<Pos2> = circles.iter().map(|c| c.0).collect();
    // The eight most connected are named even where their neighbours crowd round.
    let names = place_names(bounds.shrink(2.0), &circles, &sizes, 8);
    let small = FontId::proportional(11.0);
    let pad = Vec2::new(4.0, 2.0);
    let label_sizes: Vec<(Vec2, Vec2)> = lines
        .iter()
        .take(MAX_LABELS)
        .map(|l| {
            let g = |s: &str| {
                painter
                    .layout_no_wrap(s.to_owned(), small.clone(), egui::Color32::WHITE)
                    .size()
                    + pad * 2.0
            };
            (g(&l.full), g(&l.short))
        })
        .collect();
    let ends: Vec<(Pos2, Pos2)> = lines
        .iter()
        .take(MAX_LABELS)
        .map(|l| (pos[l.a], pos[l.b]))
        .collect();
    let obstacles = Obstacles {
        circles,
        rects: names.iter().flatten().copied().collect(),
    };
    let mut labels = graph_labels::place(bounds.shrink(2.0), &ends, &label_sizes, &obstacles);
    labels.resize(lines.len(), None);
    Layout {
        pos,
        radius,
        names,
        lines,
        labels,
    }
}

/// What hovering a line says: each link with a few of its sentences.
fn line_tooltip(scene: &Scene<'_>, line: &Line) -> String {
    let name = |c: usize| {
        scene
            .linked
            .entities
            .get(c)
            .map_or("?", |e| e.name.as_str())
    };
    let mut out: Vec<String> = Vec::new();
    for e in line
        .edges
        .iter()
        .filter_map(|&ei| scene.graph.edges.get(ei))
    {
        out.push(format!(
            "{} {} {} ({})",
            name(e.source),
            e.kind.label(),
            name(e.target),
            match e.evidence.len() {
                1 => "1 sentence".to_owned(),
                n => format!("{n} sentences"),
            }
        ));
        for ev in e.evidence.iter().take(2) {
            let Some(a) = scene.articles.get(ev.article) else {
                continue;
            };
            if let Some(r) = a.analysis.relations.get(ev.relation) {
                out.push(format!(
                    "   {}: “{}”",
                    a.title,
                    one_line(a.analysis.text(r.evidence), 90)
                ));
            }
        }
    }
    out.push("Click to list every sentence".to_owned());
    out.join("\n")
}

/// Paints the layout at `rect` and reads the clicks.
fn draw(
    ui: &mut egui::Ui,
    rect: Rect,
    area: &egui::Response,
    layout: &Layout,
    scene: &Scene<'_>,
) -> Option<Pick> {
    let painter = ui.painter_at(rect);
    let palette = Palette::from_visuals(ui.visuals());
    let at = |p: Pos2| p + rect.min.to_vec2();
    let nodes = &scene.shown.nodes;
    let mut pick = None;
    let pointer = ui.ctx().pointer_hover_pos().filter(|p| rect.contains(*p));
    let selected = ui.visuals().selection.stroke.color;
    let mut hovered_line: Option<usize> = None;
    for (i, l) in layout.lines.iter().enumerate() {
        let (pa, pb) = (at(layout.pos[l.a]), at(layout.pos[l.b]));
        let is_chosen = scene.link == Some(link_key(nodes[l.a], nodes[l.b]));
        let near = pointer.is_some_and(|p| graph_labels::near_segment(p, pa, pb, 5.0));
        if near && hovered_line.is_none() {
            hovered_line = Some(i);
        }
        let width = 1.0 + (l.articles.min(5) as f32 - 1.0) * 0.6;
        let colour = if is_chosen || near {
            selected
        } else {
            palette.edge()
        };
        let stroke = Stroke::new(if is_chosen { width + 1.5 } else { width }, colour);
        painter.line_segment([pa, pb], stroke);
        let dir = (pb - pa).normalized();
        if l.forward {
            let tip = pb - dir * (layout.radius[l.b] + 1.0);
            painter.arrow(tip - dir * 9.0, dir * 8.0, stroke);
        }
        if l.backward {
            let tip = pa + dir * (layout.radius[l.a] + 1.0);
            painter.arrow(tip + dir * 9.0, -dir * 8.0, stroke);
        }
    }
    let small = FontId::proportional(11.0);
    let text = ui.visuals().text_color();
    let name = |c: usize| {
        scene
            .linked
            .entities
            .get(c)
            .map_or("?", |e| e.name.as_str())
    };
    for (i, (l, place)) in layout.lines.iter().zip(&layout.labels).enumerate() {
        let label = format!(
            "{} — {}: {}",
            name(nodes[l.a]),
            name(nodes[l.b]),
            l.full.replace('\n', "; ")
        );
        let hit = match place {
            Some(p) => {
                let r = p.rect.translate(rect.min.to_vec2());
                let shown = if p.short { &l.short } else { &l.full };
                painter.rect_filled(r, 3.0, palette.label_bg());
                painter.text(
                    r.min + Vec2::new(4.0, 2.0),
                    Align2::LEFT_TOP,
                    shown,
                    small.clone(),
                    text,
                );
                r
            }
            None => {
                let mid = at(layout.pos[l.a]).lerp(at(layout.pos[l.b]), 0.5);
                Rect::from_center_size(mid, Vec2::splat(10.0))
            }
        };
        let resp = ui.interact(
            hit,
            ui.scope_id().with(("corpus_link", nodes[l.a], nodes[l.b])),
            Sense::click(),
        );
        resp.widget_info(|| WidgetInfo::labeled(Role::Button, true, label.clone()));
        if resp.hovered() {
            hovered_line = Some(i);
        }
        if resp.clicked() {
            pick = Some(Pick::Link(nodes[l.a], nodes[l.b]));
        }
    }
    let strong = ui.visuals().strong_text_color();
    let name_font = FontId::proportional(12.5);
    let mut hovered_node = false;
    // Names are painted after every node: a hub's may lie over its neighbours.
    let mut names = Vec::new();
    for (i, &c) in nodes.iter().enumerate() {
        let Some(e) = scene.linked.entities.get(c) else {
            continue;
        };
        let p = at(layout.pos[i]);
        let r = layout.radius[i];
        let resp = ui.interact(
            Rect::from_center_size(p, Vec2::splat(r * 2.0 + 6.0)),
            ui.scope_id().with(("corpus_node", c)),
            Sense::click(),
        );
        let label = format!("{} (corpus graph)", e.name);
        resp.widget_info(|| WidgetInfo::labeled(Role::Button, true, label.clone()));
        let is_chosen = scene.chosen == Some(c);
        let stroke = if is_chosen || resp.hovered() {
            Stroke::new(3.0, palette.swatch(e.kind))
        } else {
            Stroke::new(1.0, palette.swatch(e.kind))
        };
        painter.circle(p, r, palette.node_fill(e.kind), stroke);
        let placed = layout.names[i].map(|n| n.translate(rect.min.to_vec2()));
        // A chosen or hovered node is always named, above everything else.
        let forced = (is_chosen || resp.hovered()) && placed.is_none();
        let name_rect = placed.or_else(|| {
            forced.then(|| {
                Rect::from_center_size(p + Vec2::new(0.0, r + 11.0), Vec2::new(10.0, 10.0))
            })
        });
        if let Some(nr) = name_rect {
            let galley = painter.layout_no_wrap(short_name(&e.name), name_font.clone(), strong);
            let at_rect = if forced {
                Align2::CENTER_TOP.anchor_size(p + Vec2::new(0.0, r + 3.0), galley.size())
            } else {
                Align2::CENTER_CENTER.anchor_size(nr.center(), galley.size())
            };
            names.push((at_rect, galley));
        }
        if resp.hovered() {
            hovered_node = true;
        }
        if resp.clicked() {
            pick = Some(Pick::Node(c));
        }
        let links = layout.lines.iter().filter(|l| l.a == i || l.b == i).count();
        resp.on_hover_text(format!(
            "{} · {}\n{links} linked entities shown · in {} articles\nClick: its dossier in Corpus entities",
            e.name,
            e.kind.label(),
            e.article_count()
        ));
    }
    for (at_rect, galley) in names {
        painter.rect_filled(
            at_rect.expand(1.0),
            2.0,
            palette.label_bg().gamma_multiply(0.85),
        );
        painter.galley(at_rect.min, galley, strong);
    }
    if let Some(i) = hovered_line.filter(|_| !hovered_node) {
        let l = &layout.lines[i];
        area.clone()
            .on_hover_text_at_pointer(line_tooltip(scene, l));
        if area.clicked() && pick.is_none() {
            pick = Some(Pick::Link(nodes[l.a], nodes[l.b]));
        }
    } else if area.clicked() && pick.is_none() {
        pick = Some(Pick::Nothing);
    }
    pick
}
