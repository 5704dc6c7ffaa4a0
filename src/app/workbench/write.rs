//! File writing: the current analysis exported as annotated JSON or in
//! another format, through the write path the CLI shares (never over the
//! source article, each file atomically).

use std::path::{Path, PathBuf};

use crate::app::document::OpenDoc;
use crate::export;

use super::state::WorkbenchApp;

impl WorkbenchApp {
    /// Writes the current analysis (with corrections) in another format; each
    /// file atomically, the main one at `path`, others (brat's `.txt`) beside it.
    pub(super) fn export_as_to(
        &self,
        format: export::Format,
        path: &Path,
    ) -> Result<String, String> {
        let doc = self
            .doc()
            .ok_or_else(|| "nothing to export: no article is open".to_owned())?;
        let outputs = export::outputs_at(format, &doc.analysis, path);
        write_guarded(doc, &outputs)?;
        let names: Vec<String> = outputs
            .iter()
            .map(|o| o.path.display().to_string())
            .collect();
        Ok(format!(
            "Exported {} to {}",
            format.label(),
            names.join(" and ")
        ))
    }

    /// Writes the current analysis (with corrections) as annotated JSON v1.
    pub(super) fn export_to(&self, path: &Path) -> Result<String, String> {
        let doc = self
            .doc()
            .ok_or_else(|| "nothing to export: no article is open".to_owned())?;
        let outputs = [export::Output {
            path: path.to_owned(),
            bytes: export::json_bytes(&doc.export_value(), true),
        }];
        write_guarded(doc, &outputs)?;
        let a = &doc.analysis;
        Ok(format!(
            "Exported {} mentions, {} entities, {} relations, {} corrections to {}",
            a.mentions.len(),
            a.entities.len(),
            a.relations.len(),
            doc.corrections.len(),
            path.display()
        ))
    }
}

/// Never over the open article's source file (also when the target does not
/// exist yet), each output atomically.
fn write_guarded(doc: &OpenDoc, outputs: &[export::Output]) -> Result<(), String> {
    let sources: Vec<&Path> = doc.path.iter().map(PathBuf::as_path).collect();
    export::refuse_sources(outputs.iter().map(|o| o.path.as_path()), &sources, true)
        .and_then(|()| export::write_outputs(outputs))
        .map_err(|e| e.to_string())
}
