//! File writing: the current analysis exported as annotated JSON or in
//! another format, never over the source article.

use std::path::{Path, PathBuf};

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
        let files = export::render(format, &doc.analysis);
        let targets: Vec<PathBuf> = files
            .iter()
            .enumerate()
            .map(|(i, (suffix, _))| {
                if i == 0 {
                    path.to_owned()
                } else {
                    path.with_extension(suffix)
                }
            })
            .collect();
        if let Some(source) = &doc.path
            && let Some(t) = targets.iter().find(|t| same_file(source, t))
        {
            return Err(format!(
                "refusing to overwrite the source article with the export: {}",
                t.display()
            ));
        }
        for ((_, bytes), target) in files.iter().zip(&targets) {
            export::write_atomic(target, bytes)
                .map_err(|e| format!("cannot write export ({e}): {}", target.display()))?;
        }
        let names: Vec<String> = targets.iter().map(|t| t.display().to_string()).collect();
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
        if let Some(source) = &doc.path
            && same_file(source, path)
        {
            return Err(format!(
                "refusing to overwrite the source article with the export: {}",
                path.display()
            ));
        }
        let bytes = export::json_bytes(&doc.export_value(), true);
        export::write_atomic(path, &bytes)
            .map_err(|e| format!("cannot write export ({e}): {}", path.display()))?;
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

/// True when `a` and `b` name the same file (`b` may not exist yet).
fn same_file(a: &Path, b: &Path) -> bool {
    let canon = |p: &Path| {
        p.canonicalize().ok().or_else(|| {
            let parent = p
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            Some(parent.canonicalize().ok()?.join(p.file_name()?))
        })
    };
    match (canon(a), canon(b)) {
        (Some(a), Some(b)) => a == b,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_file_sees_through_relative_paths_and_missing_targets() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = dir.path().join("zürich.txt");
        std::fs::write(&a, "x").expect("write");
        assert!(same_file(&a, &dir.path().join(".").join("zürich.txt")));
        assert!(!same_file(&a, &dir.path().join("zürich.json")));
        assert!(!same_file(
            &a,
            &dir.path().join("missing").join("zürich.txt")
        ));
    }
}
