//! The panels of the main window. Each takes the analysis plus its own UI
//! state and pushes [`crate::app::Command`]s; none changes the analysis.

pub mod article;
pub mod entities;
pub mod figures;
pub mod graph;
pub mod inspector;
pub mod legend;
pub mod relations;
pub mod status;
pub mod windows;
