//! `WorkbenchApp`, the eframe app, in rooms: its state (`state.rs`), the
//! layout of the window (`layout.rs`), the menu bar and shortcuts
//! (`menu.rs`), command handling (`handling.rs`), dialogs (`dialogs.rs`),
//! saving, autosave, closing with unsaved work and re-analysis (`save.rs`)
//! and export files (`write.rs`). Panels push [`crate::app::Command`]s; the
//! app applies them once per frame.

mod corpus;
mod corpus_state;
mod corpus_undo;
mod corpus_views;
mod dated_views;
mod dialogs;
mod handling;
mod launch;
mod layout;
mod menu;
mod reanalysis;
mod save;
mod search;
mod state;
mod write;

pub use launch::open_early;
pub use state::{AppOptions, Closing, Panels, WorkbenchApp};
