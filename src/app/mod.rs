//! The desktop workbench (feature `gui`).

use std::path::PathBuf;

/// Opens the main window on the given files, or the bundled sample.
pub fn run(_files: Vec<PathBuf>) -> eframe::Result<()> {
    Ok(())
}
