//! The batch bar: while a folder or many files open, a progress bar with
//! the count (n / total), the rate (articles/s) and a Cancel button; when
//! the batch has ended, what it did and the files that could not be opened.

use crate::app::command::Command;
use crate::corpus::batch::{Progress, Summary};

/// Files that could not be opened, listed in the bar (the rest are counted).
const LISTED_ERRORS: usize = 50;

/// A batch open, running or ended.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BatchView {
    /// Files to open; `None` while the folders are being listed.
    pub total: Option<usize>,
    /// The last progress reported.
    pub progress: Option<Progress>,
    /// Why files (or folders) could not be opened, each naming its file.
    pub errors: Vec<String>,
    /// How it ended; `None` while running.
    pub ended: Option<Summary>,
}

impl BatchView {
    /// True until the batch has ended.
    pub fn running(&self) -> bool {
        self.ended.is_none()
    }

    /// One line saying how the batch ended (or how far it is).
    pub fn summary(&self) -> String {
        let Some(summary) = self.ended else {
            return match (self.total, self.progress) {
                (None, _) => "Listing files…".to_owned(),
                (Some(total), None) => format!("0 / {total} articles"),
                (Some(_), Some(p)) => progress_text(&p),
            };
        };
        let p = summary.progress;
        let opened = p.done - p.failed;
        let secs = p.elapsed.as_secs_f64();
        let mut line = if summary.cancelled {
            format!("Cancelled: opened {opened} of {} articles", p.total)
        } else {
            format!(
                "Opened {opened} articles in {secs:.1} s ({:.1} articles/s)",
                p.rate()
            )
        };
        if !self.errors.is_empty() {
            line.push_str(&format!("; {} could not be opened", self.errors.len()));
        }
        line
    }
}

fn progress_text(p: &Progress) -> String {
    format!(
        "{} / {} articles · {:.1} articles/s",
        p.done,
        p.total,
        p.rate()
    )
}

/// Draws the bar; Cancel pushes [`Command::CancelBatch`], Close forgets the batch.
pub fn batch_ui(ui: &mut egui::Ui, batch: &mut Option<BatchView>, commands: &mut Vec<Command>) {
    let Some(view) = batch else { return };
    let mut close = false;
    ui.horizontal(|ui| {
        if view.running() {
            let fraction = view.progress.map_or(0.0, |p| p.fraction());
            ui.add(
                egui::ProgressBar::new(fraction)
                    .text(view.summary())
                    .desired_width(420.0)
                    .animate(true),
            );
            if ui.button("Cancel").clicked() {
                commands.push(Command::CancelBatch);
            }
        } else {
            ui.label(view.summary());
            if ui.small_button("×").on_hover_text("Close").clicked() {
                close = true;
            }
        }
        if !view.errors.is_empty() {
            ui.menu_button(format!("{} problem(s)", view.errors.len()), |ui| {
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        for error in view.errors.iter().take(LISTED_ERRORS) {
                            ui.label(error);
                        }
                        if view.errors.len() > LISTED_ERRORS {
                            ui.weak(format!("and {} more", view.errors.len() - LISTED_ERRORS));
                        }
                    });
            });
        }
    });
    if close {
        *batch = None;
    }
}
