//! Autosave: unsaved work is written every so often to the app's data folder
//! (`$DOSSIER_AUTOSAVE_DIR`, else `$XDG_DATA_HOME/dossier/autosave`, else
//! `~/.local/share/dossier/autosave`), one annotated JSON per article with
//! an `autosave` record of where it came from. A file still there at
//! start-up means the app did not close cleanly: it is offered back.
//! Saving or discarding an article removes its file.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};

use crate::export::{json_bytes, write_atomic};
use crate::load::{Annotated, read_annotated};

/// The environment variable that sets the autosave folder (tests, portable installs).
pub const AUTOSAVE_DIR_VAR: &str = "DOSSIER_AUTOSAVE_DIR";

/// How long unsaved changes wait before they are autosaved.
pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// The autosave folder: `$DOSSIER_AUTOSAVE_DIR`, else the XDG data folder.
pub fn default_dir() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(dir) = var(AUTOSAVE_DIR_VAR) {
        return Some(PathBuf::from(dir));
    }
    let data = var("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| var("HOME").map(|h| Path::new(&h).join(".local/share")))?;
    Some(data.join("dossier").join("autosave"))
}

/// Where an article came from and is saved to: what names its autosave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The article's name (tab title).
    pub title: String,
    /// The file it was opened from.
    pub source: Option<PathBuf>,
    /// Where Ctrl+S saves it.
    pub save_path: Option<PathBuf>,
}

impl Origin {
    /// The autosave file name: the title's letters and a hash of the
    /// source path (two articles of the same name do not collide).
    pub fn file_name(&self) -> String {
        let key = self
            .source
            .as_ref()
            .map_or_else(|| self.title.clone(), |p| p.display().to_string());
        // FNV-1a: stable across builds, unlike the std hasher.
        let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        let stem: String = Path::new(&self.title)
            .file_stem()
            .map(|s| s.to_string_lossy())
            .unwrap_or_default()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .take(40)
            .collect();
        format!("{stem}-{hash:016x}.json")
    }
}

/// An autosaved article found in the folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The autosave file.
    pub file: PathBuf,
    /// Where the article came from.
    pub origin: Origin,
    /// When it was written, seconds since the Unix epoch.
    pub saved_at: u64,
}

impl Found {
    /// "3 min ago" (or "just now").
    pub fn age(&self) -> String {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        match now.saturating_sub(self.saved_at) {
            s if s < 60 => "just now".to_owned(),
            s if s < 3600 => format!("{} min ago", s / 60),
            s if s < 86_400 => format!("{} h ago", s / 3600),
            s => format!("{} days ago", s / 86_400),
        }
    }

    /// The autosaved analysis and its corrections.
    pub fn read(&self) -> Result<Annotated, String> {
        let bytes = std::fs::read(&self.file)
            .map_err(|e| format!("cannot read the autosave: {e}: {}", self.file.display()))?;
        read_annotated(&bytes).map_err(|e| format!("{e}: {}", self.file.display()))
    }
}

/// Writes an article's annotated JSON (`value`) to `dir` atomically, with
/// its origin; returns the file.
pub fn write(dir: &Path, origin: &Origin, mut value: Value) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let saved_at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    if let Value::Object(map) = &mut value {
        map.insert(
            "autosave".into(),
            json!({
                "title": origin.title,
                "source_path": origin.source.as_ref().map(|p| p.display().to_string()),
                "save_path": origin.save_path.as_ref().map(|p| p.display().to_string()),
                "saved_at": saved_at,
            }),
        );
    }
    let file = dir.join(origin.file_name());
    write_atomic(&file, &json_bytes(&value, true))?;
    Ok(file)
}

/// Removes an article's autosave, if any.
pub fn remove(dir: &Path, origin: &Origin) {
    std::fs::remove_file(dir.join(origin.file_name())).ok();
}

/// The autosaves in `dir`, oldest first; files that are not autosaves are left alone.
pub fn list(dir: &Path) -> Vec<Found> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Found> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter_map(|file| {
            let v: Value = serde_json::from_slice(&std::fs::read(&file).ok()?).ok()?;
            let meta = v.get("autosave")?;
            let path = |key: &str| meta.get(key)?.as_str().map(PathBuf::from);
            Some(Found {
                origin: Origin {
                    title: meta.get("title")?.as_str()?.to_owned(),
                    source: path("source_path"),
                    save_path: path("save_path"),
                },
                saved_at: meta.get("saved_at").and_then(Value::as_u64).unwrap_or(0),
                file,
            })
        })
        .collect();
    found.sort_by_key(|f| f.saved_at);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_autosave_is_listed_with_its_origin_and_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let origin = Origin {
            title: "Zürich AG 😀.txt".into(),
            source: Some(PathBuf::from("/news/zürich.txt")),
            save_path: None,
        };
        std::fs::write(dir.path().join("other.json"), b"{}").expect("write");
        let file = write(dir.path(), &origin, json!({"text": "x"})).expect("written");
        assert!(
            file.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("Zürich-AG-"))
        );
        let found = list(dir.path());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].origin, origin);
        assert_eq!(found[0].age(), "just now");
        remove(dir.path(), &origin);
        assert!(list(dir.path()).is_empty());
        assert!(
            dir.path().join("other.json").exists(),
            "not ours: left alone"
        );
    }

    #[test]
    fn same_title_different_source_do_not_collide() {
        let a = Origin {
            title: "a.txt".into(),
            source: Some("/x/a.txt".into()),
            save_path: None,
        };
        let b = Origin {
            source: Some("/y/a.txt".into()),
            ..a.clone()
        };
        assert_ne!(a.file_name(), b.file_name());
    }
}
