//! `Panel`: the one signature every panel of the main window shares, and
//! [`PanelContext`], what a panel reads in a frame.
//!
//! A panel draws into the `Ui` the layout gives it, keeps its own UI state
//! (filter text, sort order, layout caches) in `self`, and asks for changes
//! by pushing [`Command`]s; it never changes the analysis or the settings.

use crate::app::command::Command;
use crate::app::selection::Selection;
use crate::app::settings::Settings;
use crate::app::status::Status;
use crate::model::Analysis;
use crate::model::Correction;

/// What every panel may read this frame.
#[derive(Clone, Copy)]
pub struct PanelContext<'a> {
    /// The analysis shown, with the user's corrections; `None` when no
    /// article is open (only the status bar is drawn then).
    pub analysis: Option<&'a Analysis>,
    /// Bumped on every change to the analysis; caches compare it.
    pub revision: u64,
    /// What is selected in the article shown.
    pub selection: Selection,
    /// Corrections made to the article shown, oldest first.
    pub corrections: &'a [Correction],
    /// True when a correction can be undone.
    pub can_undo: bool,
    /// The persisted settings (visible kinds, money axis).
    pub settings: &'a Settings,
    /// The status bar message.
    pub status: &'a Status,
    /// True while an article is being loaded or analysed.
    pub busy: bool,
}

/// A panel of the main window.
pub trait Panel {
    /// Draws the panel into `ui`, reading `cx` and pushing what the user
    /// asks for onto `commands`.
    fn ui(&mut self, ui: &mut egui::Ui, cx: &PanelContext<'_>, commands: &mut Vec<Command>);
}
