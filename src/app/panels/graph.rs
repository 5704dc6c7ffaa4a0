//! The link graph of one entity: it sits in the centre, its neighbours on a
//! circle around it, one edge per neighbour labelled with every relation
//! between the two. One hop only and a bounded number of neighbours, so it
//! stays readable however large the article.

use egui::{Align2, FontId, Pos2, Rect, Role, Sense, Stroke, Vec2, WidgetInfo};

use crate::app::command::Command;
use crate::app::format::money_short;
use crate::app::panels::graph_labels::{self, Obstacles};
use crate::app::panels::graph_names;
use crate::app::panels::memo::Memo;
use crate::app::panels::{Panel, PanelContext};
use crate::app::theme::Palette;
use crate::model::Analysis;

/// Most neighbours drawn; the rest are counted.
const MAX_NEIGHBOURS: usize = 12;

/// Most characters of a node's name when its whole name finds no room.
const SHORT_NAME: usize = 14;

/// One neighbour and the relations that link it to the centre.
#[derive(Clone, Debug, PartialEq)]
pub struct Neighbour {
    /// Entity index.
    pub entity: usize,
    /// Relation indices, in text order.
    pub relations: Vec<usize>,
}

/// The entity with the most relations (ties: first mentioned).
pub fn most_connected(a: &Analysis) -> Option<usize> {
    let mut counts = vec![0usize; a.entities.len()];
    for r in &a.relations {
        for e in [r.source, r.target] {
            if let Some(c) = counts.get_mut(e) {
                *c += 1;
            }
        }
    }
    let best = counts
        .iter()
        .enumerate()
        .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(&x.0)))?;
    (*best.1 > 0).then_some(best.0)
}

/// Neighbours of `centre`, most linked first.
pub fn neighbours(a: &Analysis, centre: usize) -> Vec<Neighbour> {
    let mut out: Vec<Neighbour> = Vec::new();
    for (ri, r) in a.relations_of(centre) {
        let other = if r.source == centre {
            r.target
        } else {
            r.source
        };
        if other == centre {
            continue;
        }
        match out.iter_mut().find(|n| n.entity == other) {
            Some(n) => n.relations.push(ri),
            None => out.push(Neighbour {
                entity: other,
                relations: vec![ri],
            }),
        }
    }
    out.sort_by(|x, y| {
        y.relations
            .len()
            .cmp(&x.relations.len())
            .then(x.entity.cmp(&y.entity))
    });
    out
}

/// Edge label line for one relation, read from the centre's side:
/// `"→ invested in · $1B · 2019"` or `"← CEO of"`.
fn edge_line(a: &Analysis, centre: usize, ri: usize) -> String {
    let Some(r) = a.relations.get(ri) else {
        return String::new();
    };
    let arrow = if r.kind.is_symmetric() {
        "↔"
    } else if r.source == centre {
        "→"
    } else {
        "←"
    };
    let mut line = format!("{arrow} {}", r.kind.label());
    if let Some(f) = r.money.and_then(|f| a.money.get(f)) {
        line.push_str(&format!(" · {}", money_short(f.value, &f.currency)));
        if let Some(y) = f.year {
            line.push_str(&format!(" · {y}"));
        }
    }
    line
}

/// The label of one edge: each distinct relation line once, with a count
/// when repeated, at most three lines.
fn edge_label(a: &Analysis, centre: usize, relations: &[usize]) -> String {
    let mut lines: Vec<(String, usize)> = Vec::new();
    for &ri in relations {
        let line = edge_line(a, centre, ri);
        match lines.iter_mut().find(|(l, _)| *l == line) {
            Some((_, n)) => *n += 1,
            None => lines.push((line, 1)),
        }
    }
    let extra = lines.len().saturating_sub(3);
    let mut out: Vec<String> = lines
        .into_iter()
        .take(3)
        .map(|(l, n)| if n > 1 { format!("{l} ×{n}") } else { l })
        .collect();
    if extra > 0 {
        out.push(format!("+{extra} more"));
    }
    out.join("\n")
}

/// Where `n` neighbours go around the centre of `rect`: on an ellipse that
/// uses the panel's width, with room outside it for their names (the
/// corpus graph's neighbourhood uses it too).
pub(crate) fn ring(rect: Rect, n: usize) -> Vec<Pos2> {
    let c = rect.center();
    let radii = Vec2::new(
        (rect.width() / 2.0 - 75.0).max(60.0),
        (rect.height() / 2.0 - 38.0).max(45.0),
    );
    (0..n)
        .map(|i| {
            // Half a step off the vertical, so no neighbour sits straight
            // above or below the centre, where its label would meet the centre's.
            let step = std::f32::consts::TAU / n as f32;
            let angle = -std::f32::consts::FRAC_PI_2 + step * (i as f32 + 0.5);
            c + Vec2::angled(angle) * radii
        })
        .collect()
}

/// What the graph shows, derived from the analysis and the selection.
#[derive(Debug, Default)]
struct Derived {
    /// The entity in the centre, if any has relations.
    centre: Option<usize>,
    /// Its neighbours, most linked first (at most [`MAX_NEIGHBOURS`] drawn).
    all: Vec<Neighbour>,
    /// Per drawn neighbour: whether an arrow points at it.
    outgoing: Vec<bool>,
    /// Per drawn neighbour: its edge label, whole and shortened.
    labels: Vec<(String, String)>,
}

impl Derived {
    fn new(a: &Analysis, selected: Option<usize>) -> Self {
        let centre = selected
            .filter(|&e| a.relations_of(e).next().is_some())
            .or_else(|| most_connected(a));
        let Some(centre) = centre else {
            return Self::default();
        };
        let all = neighbours(a, centre);
        let shown = &all[..all.len().min(MAX_NEIGHBOURS)];
        let outgoing = shown
            .iter()
            .map(|n| {
                n.relations.iter().any(|&ri| {
                    a.relations
                        .get(ri)
                        .is_some_and(|r| r.source == centre && !r.kind.is_symmetric())
                })
            })
            .collect();
        let labels = shown
            .iter()
            .map(|n| {
                let full = edge_label(a, centre, &n.relations);
                let short = match full.split_once('\n') {
                    Some((first, _)) => format!("{first} …"),
                    None => full.clone(),
                };
                (full, short)
            })
            .collect();
        Self {
            centre: Some(centre),
            all,
            outgoing,
            labels,
        }
    }
}

/// The graph of links around one entity. It keeps the centre, the
/// neighbours and the edge labels until the analysis or the selection changes.
#[derive(Debug, Default)]
pub struct Graph {
    derived: Memo<(u64, Option<usize>), Derived>,
}

impl Panel for Graph {
    /// Draws the heading and the graph of the selected entity (or the most
    /// connected one).
    fn ui(&mut self, ui: &mut egui::Ui, cx: &PanelContext<'_>, commands: &mut Vec<Command>) {
        let Some(a) = cx.analysis else { return };
        let selected = cx.selection.entity;
        ui.strong("Links");
        let palette = Palette::from_visuals(ui.visuals());
        let derived = self
            .derived
            .get((cx.revision, selected), || Derived::new(a, selected));
        let Some(centre) = derived.centre else {
            match selected {
                Some(e) => ui.weak(format!("{} has no relations.", a.entity_name(e))),
                None => ui.weak("No relations to draw."),
            };
            return;
        };
        if selected != Some(centre) {
            let note = match selected {
                Some(e) => format!(
                    "{} has no relations; showing the most connected entity.",
                    a.entity_name(e)
                ),
                None => {
                    "Showing the most connected entity; select another to centre it.".to_owned()
                }
            };
            ui.weak(note);
        }
        let all = &derived.all;
        let hidden = all.len().saturating_sub(MAX_NEIGHBOURS);
        let shown = &all[..all.len().min(MAX_NEIGHBOURS)];

        let size = ui.available_size().max(Vec2::new(240.0, 200.0));
        let (rect, area) = ui.allocate_exact_size(size, Sense::hover());
        let painter = ui.painter_at(rect);
        let c = rect.center();
        let (r_centre, r_node) = (20.0, 13.0);
        let small = FontId::proportional(11.5);
        let body = FontId::proportional(13.5);
        let text = ui.visuals().text_color();

        let positions = ring(rect, shown.len());

        // Edges first, labels above them, nodes on top.
        for (&outgoing, &p) in derived.outgoing.iter().zip(&positions) {
            let dir = (p - c).normalized();
            let (from, to) = (c + dir * r_centre, p - dir * r_node);
            painter.line_segment([from, to], Stroke::new(1.5, palette.edge()));
            if outgoing {
                painter.arrow(to - dir * 10.0, dir * 9.0, Stroke::new(1.5, palette.edge()));
            }
        }
        // Names first, each placed clear of the others and of the other nodes.
        let strong = ui.visuals().strong_text_color();
        let mut nodes = vec![graph_names::Node {
            centre: c,
            radius: r_centre,
            up: false,
        }];
        nodes.extend(positions.iter().map(|&p| graph_names::Node {
            centre: p,
            radius: r_node,
            // Above nodes in the upper part, below the others.
            up: (p - c).normalized().y < -0.3,
        }));
        let entities: Vec<usize> = std::iter::once(centre)
            .chain(shown.iter().map(|n| n.entity))
            .collect();
        let name_galleys: Vec<_> = entities
            .iter()
            .enumerate()
            .map(|(i, &e)| {
                let font = if i == 0 {
                    FontId::proportional(15.0)
                } else {
                    body.clone()
                };
                let name = a.entity_name(e).to_owned();
                let short = graph_names::shorten(&name, SHORT_NAME);
                (
                    painter.layout_no_wrap(name, font.clone(), strong),
                    painter.layout_no_wrap(short, font, strong),
                )
            })
            .collect();
        let name_sizes: Vec<(Vec2, Vec2)> = name_galleys
            .iter()
            .map(|(w, s)| (w.size() + Vec2::splat(4.0), s.size() + Vec2::splat(4.0)))
            .collect();
        let name_places = graph_names::place(rect.shrink(2.0), &nodes, &name_sizes);
        let names: Vec<Rect> = name_places.iter().map(|p| p.rect).collect();
        let mut name_galleys = name_galleys.into_iter();
        let mut node = |pos: Pos2, radius: f32, entity: usize, is_centre: bool, at: usize| {
            let Some(e) = a.entities.get(entity) else {
                return;
            };
            let Some((whole, short)) = name_galleys.next() else {
                return;
            };
            let hit = Rect::from_center_size(pos, Vec2::splat(radius * 2.0 + 6.0));
            let resp = ui.interact(
                hit,
                ui.scope_id().with(("graph_node", entity)),
                Sense::click(),
            );
            let name = e.name.clone();
            resp.widget_info(|| WidgetInfo::labeled(Role::Button, true, format!("{name} (graph)")));
            let stroke = if resp.hovered() || is_centre {
                Stroke::new(2.5, palette.swatch(e.kind))
            } else {
                Stroke::new(1.0, palette.swatch(e.kind))
            };
            painter.circle(pos, radius, palette.node_fill(e.kind), stroke);
            let place = name_places[at];
            let galley = if place.short { short } else { whole };
            painter.rect_filled(place.rect, 3.0, palette.label_bg().gamma_multiply(0.85));
            painter.galley(place.rect.min + Vec2::splat(2.0), galley, strong);
            if resp.clicked() && !is_centre {
                commands.push(Command::SelectEntity(Some(entity)));
            }
            resp.on_hover_text(format!(
                "{} · {}\nClick to centre the graph on it",
                e.name,
                e.kind.label()
            ));
        };
        node(c, r_centre, centre, true, 0);
        for (i, (n, &p)) in shown.iter().zip(&positions).enumerate() {
            node(p, r_node, n.entity, false, i + 1);
        }
        // Edge labels last, so no node hides them; each where it overlaps
        // nothing, shortened or left to the edge's hover when no place fits.
        let pad = Vec2::new(4.0, 2.0);
        let labels = &derived.labels;
        let galleys: Vec<_> = labels
            .iter()
            .map(|(full, short)| {
                let g = |s: &str| painter.layout_no_wrap(s.to_owned(), small.clone(), text);
                (g(full), g(short))
            })
            .collect();
        let edges: Vec<(Pos2, Pos2)> = positions.iter().map(|&p| (c, p)).collect();
        let sizes: Vec<(Vec2, Vec2)> = galleys
            .iter()
            .map(|(f, s)| (f.size() + pad * 2.0, s.size() + pad * 2.0))
            .collect();
        let mut circles = vec![(c, r_centre)];
        circles.extend(positions.iter().map(|&p| (p, r_node)));
        let obstacles = Obstacles {
            circles,
            rects: names,
        };
        let placed = graph_labels::place(rect.shrink(2.0), &edges, &sizes, &obstacles);
        let mut hover: Option<&str> = None;
        let pointer = ui.ctx().pointer_hover_pos().filter(|p| rect.contains(*p));
        for (i, ((full, short), place)) in galleys.into_iter().zip(&placed).enumerate() {
            let whole = place.is_some_and(|p| !p.short);
            if !whole
                && pointer.is_some_and(|p| graph_labels::near_segment(p, c, positions[i], 6.0))
            {
                hover = Some(labels[i].0.as_str());
            }
            let Some(place) = place else { continue };
            let galley = if place.short { short } else { full };
            if place.short && pointer.is_some_and(|p| place.rect.contains(p)) {
                hover = Some(labels[i].0.as_str());
            }
            painter.rect_filled(place.rect, 3.0, palette.label_bg());
            painter.galley(place.rect.min + pad, galley, text);
        }
        if let Some(full) = hover {
            area.on_hover_text_at_pointer(full);
        }

        if hidden > 0 {
            painter.text(
                rect.right_bottom() - Vec2::new(8.0, 8.0),
                Align2::RIGHT_BOTTOM,
                format!("+{hidden} more neighbours (see the table)"),
                small,
                ui.visuals().weak_text_color(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Document, Entity, EntityKind, Provenance, Relation, RelationKind, Span, Status,
    };

    #[test]
    fn neighbours_group_relations_per_entity() {
        let e = |name: &str| Entity {
            kind: EntityKind::Org,
            name: name.into(),
            aliases: vec![],
            mentions: vec![],
            links: vec![],
        };
        let r = |kind, source, target| Relation {
            kind,
            source,
            target,
            evidence: Span::default(),
            trigger: Span::default(),
            money: None,
            date: None,
            status: Status::Completed,
            confidence: 0.5,
            provenance: Provenance::Rule,
        };
        let a = Analysis {
            document: Document::from_text("t.txt", "x"),
            entities: vec![e("Zürich AG"), e("Acme"), e("Évian")],
            relations: vec![
                r(RelationKind::PartnerOf, 0, 1),
                r(RelationKind::InvestedIn, 1, 2),
                r(RelationKind::CompetitorOf, 2, 1),
            ],
            ..Default::default()
        };
        assert_eq!(most_connected(&a), Some(1));
        let n = neighbours(&a, 1);
        assert_eq!(
            n,
            vec![
                Neighbour {
                    entity: 2,
                    relations: vec![1, 2]
                },
                Neighbour {
                    entity: 0,
                    relations: vec![0]
                }
            ]
        );
        assert_eq!(edge_line(&a, 1, 1), "→ invested in");
        assert_eq!(edge_line(&a, 2, 1), "← invested in");
        assert_eq!(edge_line(&a, 1, 2), "↔ competitor of");
    }
}
