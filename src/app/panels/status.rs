//! The status bar: the last message or error, and facts about the open article.

use crate::app::command::Command;
use crate::app::panels::memo::Memo;
use crate::app::panels::{Panel, PanelContext};
use crate::app::status::Status;
use crate::app::theme::Palette;

/// The status bar. The message, the busy flag and the article come through
/// the [`PanelContext`]; it keeps the article's boilerplate bytes and fact
/// count until the analysis changes.
#[derive(Debug, Default)]
pub struct StatusBar {
    counts: Memo<u64, (usize, usize)>,
}

impl Panel for StatusBar {
    fn ui(&mut self, ui: &mut egui::Ui, cx: &PanelContext<'_>, _commands: &mut Vec<Command>) {
        let (status, analysis, busy) = (cx.status, cx.analysis, cx.busy);
        let palette = Palette::from_visuals(ui.visuals());
        ui.horizontal(|ui| {
            if busy {
                ui.spinner();
                ui.label("Analysing…");
                ui.separator();
            }
            match status {
                Status::Info(text) => {
                    ui.label(text);
                }
                Status::Error(text) => {
                    ui.colored_label(palette.error(), format!("Error: {text}"));
                }
                Status::Notice(text) => {
                    ui.colored_label(palette.warn(), text);
                }
            }
            if let Some(a) = analysis {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let (clutter, facts) = *self.counts.get(cx.revision, || {
                        let body: usize = a.document.body_spans().map(|s| s.len()).sum();
                        let clutter = a.document.text.len().saturating_sub(body);
                        (clutter, crate::app::panels::relations::fact_count(a))
                    });
                    ui.weak(format!(
                        "{} · {} bytes ({} boilerplate) · {} mentions · {} entities · {} relations ({} statements) · {} money · model {}",
                        a.document.encoding,
                        a.document.text.len(),
                        clutter,
                        a.mentions.len(),
                        a.entities.len(),
                        facts,
                        a.relations.len(),
                        a.money.len(),
                        if a.model.is_empty() { "?" } else { a.model.as_str() },
                    ));
                });
            }
        });
    }
}
