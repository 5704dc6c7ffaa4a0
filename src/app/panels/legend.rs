//! The legend: one toggle per kind with its colour and mention count.

use egui::{Role, Sense, Vec2, WidgetInfo};

use crate::app::command::Command;
use crate::app::panels::memo::Memo;
use crate::app::panels::{Panel, PanelContext};
use crate::app::theme::Palette;
use crate::model::EntityKind;

/// The accessible label of a legend toggle: `"ORG 23"`.
pub fn legend_label(kind: EntityKind, count: usize) -> String {
    format!("{} {count}", kind.name())
}

/// The legend above the article. Which kinds are shown is a setting; it
/// keeps the mention counts until the analysis changes.
#[derive(Debug, Default)]
pub struct Legend {
    counts: Memo<u64, [usize; EntityKind::ALL.len()]>,
}

impl Panel for Legend {
    /// Draws the legend in a horizontal row.
    fn ui(&mut self, ui: &mut egui::Ui, cx: &PanelContext<'_>, commands: &mut Vec<Command>) {
        let Some(analysis) = cx.analysis else { return };
        let settings = cx.settings;
        let palette = Palette::from_visuals(ui.visuals());
        let counts = *self.counts.get(cx.revision, || analysis.mention_counts());
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = 6.0;
            for (kind, count) in EntityKind::ALL.into_iter().zip(counts) {
                let on = settings.is_visible(kind);
                let response = kind_toggle_ui(ui, &palette, kind, count, on);
                if response.clicked() {
                    commands.push(Command::ToggleKind(kind));
                }
            }
            if !settings.hidden_kinds.is_empty() && ui.small_button("Show all").clicked() {
                commands.push(Command::ShowAllKinds);
            }
        });
    }
}

/// A chip: colour swatch, kind name, count. Hollow swatch and weak text when off.
fn kind_toggle_ui(
    ui: &mut egui::Ui,
    palette: &Palette,
    kind: EntityKind,
    count: usize,
    on: bool,
) -> egui::Response {
    let label = legend_label(kind, count);
    let font = egui::TextStyle::Button.resolve(ui.style());
    let text_color = if on {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().weak_text_color()
    };
    let galley = ui.painter().layout_no_wrap(label.clone(), font, text_color);
    let swatch = 10.0;
    let pad = Vec2::new(8.0, 4.0);
    let size = Vec2::new(
        pad.x * 2.0 + swatch + 6.0 + galley.size().x,
        (pad.y * 2.0 + galley.size().y).max(22.0),
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::CheckBox, true, on, &label));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, on);
        let fill = if on {
            palette.highlight(kind)
        } else {
            egui::Color32::TRANSPARENT
        };
        ui.painter().rect(
            rect,
            11.0,
            fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
        let center = egui::pos2(rect.left() + pad.x + swatch / 2.0, rect.center().y);
        if on {
            ui.painter()
                .circle_filled(center, swatch / 2.0, palette.swatch(kind));
        } else {
            ui.painter().circle_stroke(
                center,
                swatch / 2.0 - 1.0,
                egui::Stroke::new(1.5, palette.swatch(kind)),
            );
        }
        let text_pos = egui::pos2(
            center.x + swatch / 2.0 + 6.0,
            rect.center().y - galley.size().y / 2.0,
        );
        ui.painter().galley(text_pos, galley, text_color);
    }
    let verb = if on { "hide" } else { "show" };
    response.on_hover_text(format!(
        "{}: {count} mentions. Click to {verb} their highlights.",
        kind.label()
    ))
}
