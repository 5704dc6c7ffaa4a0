//! GUI flows on the real app and the real pipeline, driven like a user with
//! egui_kittest, one file per flow: reading the sample (select, toggle,
//! click a highlight), exporting, and opening files (bad inputs, drops,
//! the path field), corrections with undo and redo, saving, autosave and
//! closing with unsaved work, and the corpus (corpus entities, their
//! dossiers, splits and workspaces; the corpus graph). The harness is in `tests/support/gui.rs`.
#![cfg(feature = "gui")]

#[path = "../support/formats.rs"]
mod formats;
#[path = "../support/gui.rs"]
mod gui;

mod corpus;
mod corpus_graph;
mod corpus_open;
mod corpus_undo;
mod corpus_views;
mod corrections;
mod export;
mod long_article;
mod money_chart;
mod open;
mod quit_save;
mod reading;
mod saving;
mod search;
