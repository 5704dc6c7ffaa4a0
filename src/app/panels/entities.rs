//! The entity list: entities grouped by kind, with mention counts and a
//! filter box; drag one entity onto another to merge them.

use crate::app::command::Command;
use crate::app::panels::memo::Memo;
use crate::app::panels::{Panel, PanelContext};
use crate::app::theme::Palette;
use crate::model::{Analysis, EntityKind};

/// Id of the filter box (Ctrl+F focuses it).
pub const ENTITY_FILTER_ID: &str = "entity_filter";

/// The entity list and its filter box.
#[derive(Debug, Default)]
pub struct EntityList {
    /// Text of the filter box.
    pub filter: String,
    /// The rows shown: per kind, the matching entities and their mention
    /// counts, most mentioned first; kept until the analysis or the filter changes.
    groups: Memo<(u64, String), Vec<Group>>,
}

/// One kind's rows: (entity, mention count), most mentioned first.
type Group = (EntityKind, Vec<(usize, usize)>);

/// The entity list's groups for a filter (lower case, trimmed; empty: all).
fn groups(analysis: &Analysis, needle: &str) -> Vec<Group> {
    let matches = |i: usize| {
        needle.is_empty()
            || analysis.entities.get(i).is_some_and(|e| {
                e.name.to_lowercase().contains(needle)
                    || e.aliases.iter().any(|a| a.to_lowercase().contains(needle))
            })
    };
    let mut out = Vec::new();
    for kind in EntityKind::ALL {
        let mut rows: Vec<(usize, usize)> = analysis
            .entities_of(kind)
            .filter(|(i, _)| matches(*i))
            .map(|(i, e)| (i, e.mentions.len()))
            .collect();
        if rows.is_empty() {
            continue;
        }
        rows.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| analysis.entity_name(a.0).cmp(analysis.entity_name(b.0)))
        });
        out.push((kind, rows));
    }
    out
}

impl Panel for EntityList {
    /// Draws the heading, the filter box and the list.
    fn ui(&mut self, ui: &mut egui::Ui, cx: &PanelContext<'_>, commands: &mut Vec<Command>) {
        let Some(analysis) = cx.analysis else { return };
        let selected = cx.selection.entity;
        let filter = &mut self.filter;
        ui.add_space(4.0);
        ui.strong(format!("Entities ({})", analysis.entities.len()));
        let palette = Palette::from_visuals(ui.visuals());
        ui.add(
            egui::TextEdit::singleline(filter)
                .id(egui::Id::unique(ENTITY_FILTER_ID))
                .hint_text("Filter entities (Ctrl+L)")
                .desired_width(f32::INFINITY),
        );
        ui.add_space(4.0);
        let needle = filter.trim().to_lowercase();
        let groups = self
            .groups
            .get((cx.revision, needle.clone()), || groups(analysis, &needle));
        if analysis.entities.is_empty() {
            ui.weak("No entities found in this article.");
            return;
        }
        egui::ScrollArea::vertical()
            .id_salt("entity_list_scroll")
            .auto_shrink(false)
            .show(ui, |ui| {
                let mut shown = 0;
                for (kind, rows) in groups {
                    let kind = *kind;
                    shown += rows.len();
                    let header = format!("{} ({})", kind.label(), rows.len());
                    egui::CollapsingHeader::new(header)
                        .id_salt(("entity_group", kind.name()))
                        .default_open(true)
                        .show(ui, |ui| {
                            for &(i, count) in rows {
                                ui.horizontal(|ui| {
                                    let (dot, _) = ui.allocate_exact_size(
                                        egui::vec2(10.0, 10.0),
                                        egui::Sense::hover(),
                                    );
                                    ui.painter().circle_filled(
                                        dot.center(),
                                        4.0,
                                        palette.swatch(kind),
                                    );
                                    let name = analysis.entity_name(i);
                                    // Drag an entity onto another to merge it into that one.
                                    let response = ui.add(
                                        egui::Button::selectable(selected == Some(i), name)
                                            .sense(egui::Sense::click_and_drag()),
                                    );
                                    if response.drag_started() {
                                        egui::DragAndDrop::set_payload(ui.ctx(), i);
                                    }
                                    if response.dragged() {
                                        ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
                                        egui::Tooltip::always_open(
                                            ui.ctx().clone(),
                                            ui.layer_id(),
                                            egui::Id::unique("merge_tip"),
                                            egui::PopupAnchor::Pointer,
                                        )
                                        .show(|ui| ui.label(format!("Merge {name} into…")));
                                    }
                                    if response.clicked() {
                                        let next = if selected == Some(i) { None } else { Some(i) };
                                        commands.push(Command::SelectEntity(next));
                                    }
                                    merge_drop(ui, &response, i, commands);
                                    ui.with_layout(
                                        egui::Layout::right_to_left(egui::Align::Center),
                                        |ui| {
                                            ui.add_space(10.0);
                                            ui.weak(count.to_string())
                                                .on_hover_text(format!("{count} mentions"));
                                        },
                                    );
                                });
                            }
                        });
                }
                if shown == 0 {
                    ui.weak(format!("No entity matches “{}”.", filter.trim()));
                }
            });
    }
}

/// An entity dragged onto row `into` merges into it; while one hovers, the
/// row is outlined.
fn merge_drop(ui: &egui::Ui, response: &egui::Response, into: usize, commands: &mut Vec<Command>) {
    if response
        .dnd_hover_payload::<usize>()
        .is_some_and(|from| *from != into)
    {
        ui.painter().rect_stroke(
            response.rect.expand(2.0),
            3.0,
            ui.visuals().selection.stroke,
            egui::StrokeKind::Outside,
        );
    }
    if let Some(from) = response.dnd_release_payload::<usize>()
        && *from != into
    {
        commands.push(Command::MergeEntities { from: *from, into });
    }
}
