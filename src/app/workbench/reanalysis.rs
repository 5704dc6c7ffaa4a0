//! An article sent for re-analysis, waiting on the worker: what to restore
//! on its fresh analysis (see `save.rs`).

use std::path::PathBuf;

use crate::model::Correction;

/// An article sent for re-analysis: what to restore on the fresh analysis.
pub(crate) struct Reanalysis {
    /// The file it came from (with the title, what finds it again).
    pub(super) path: Option<PathBuf>,
    /// Its title.
    pub(super) title: String,
    /// The corrections to re-apply.
    pub(super) corrections: Vec<Correction>,
    /// Where it saves.
    pub(super) save_path: Option<PathBuf>,
}
