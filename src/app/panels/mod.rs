//! The panels of the main window. Each implements [`Panel`]: it reads the
//! analysis and the rest of its [`PanelContext`], keeps its own UI state,
//! and pushes [`crate::app::Command`]s; none changes the analysis.

pub mod article;
mod article_blocks;
mod article_job;
pub mod articles;
pub mod browser;
pub mod conflicts;
pub mod corpus;
pub mod corpus_canvas;
pub mod corpus_graph;
mod corpus_layout;
pub mod corpus_money;
pub mod correct;
pub mod entities;
pub mod figures;
pub mod find;
pub mod graph;
mod graph_labels;
mod graph_names;
pub mod inspector;
pub mod legend;
mod memo;
pub mod money_bars;
mod panel;
pub mod progress;
pub mod relations;
pub mod search;
pub mod status;
pub mod timeline;
pub mod unsaved;
pub mod windows;

pub use panel::{Panel, PanelContext};
