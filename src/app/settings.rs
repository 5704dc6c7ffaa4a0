//! `Settings`: the only state persisted in eframe storage.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::EntityKind;

/// How many recent files the File menu keeps.
pub const MAX_RECENT: usize = 10;

/// Light, dark, or whatever the desktop uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in menu order.
    pub const ALL: [ThemeChoice; 3] = [Self::System, Self::Light, Self::Dark];

    /// Menu label.
    pub const fn label(self) -> &'static str {
        match self {
            Self::System => "Follow system",
            Self::Light => "Light",
            Self::Dark => "Dark",
        }
    }

    /// The egui preference.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// What Dossier remembers between runs. Articles and annotations are not
/// here: they live in files the user chose.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Recently opened articles, newest first.
    pub recent: Vec<PathBuf>,
    /// Recently opened or browsed folders, newest first.
    pub recent_folders: Vec<PathBuf>,
    /// Kinds whose highlights are hidden.
    pub hidden_kinds: Vec<EntityKind>,
    /// Light, dark or system.
    pub theme: ThemeChoice,
    /// Money chart on a log10 axis (default) or linear.
    pub log_scale: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            recent_folders: Vec::new(),
            hidden_kinds: Vec::new(),
            theme: ThemeChoice::System,
            log_scale: true,
        }
    }
}

impl Settings {
    /// True when highlights of `kind` are shown.
    pub fn is_visible(&self, kind: EntityKind) -> bool {
        !self.hidden_kinds.contains(&kind)
    }

    /// Visibility of every kind, in [`EntityKind::ALL`] order.
    pub fn visible_mask(&self) -> [bool; EntityKind::ALL.len()] {
        EntityKind::ALL.map(|k| self.is_visible(k))
    }

    /// Shows a hidden kind or hides a shown one.
    pub fn toggle_kind(&mut self, kind: EntityKind) {
        if let Some(i) = self.hidden_kinds.iter().position(|k| *k == kind) {
            self.hidden_kinds.remove(i);
        } else {
            self.hidden_kinds.push(kind);
            self.hidden_kinds.sort();
        }
    }

    /// Puts a path at the top of the recent list, without duplicates.
    pub fn push_recent(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// Puts a folder first in the recent folders.
    pub fn push_recent_folder(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.recent_folders.retain(|p| p != &path);
        self.recent_folders.insert(0, path);
        self.recent_folders.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_is_deduplicated_and_bounded() {
        let mut s = Settings::default();
        for i in 0..15 {
            s.push_recent(Path::new(&format!("/nonexistent/zürich-{i}.txt")));
        }
        s.push_recent(Path::new("/nonexistent/zürich-7.txt"));
        assert_eq!(s.recent.len(), MAX_RECENT);
        assert_eq!(s.recent[0], Path::new("/nonexistent/zürich-7.txt"));
        assert_eq!(
            s.recent
                .iter()
                .filter(|p| p.ends_with("zürich-7.txt"))
                .count(),
            1
        );
    }

    #[test]
    fn toggling_twice_restores_and_missing_fields_default() {
        let mut s = Settings::default();
        s.toggle_kind(EntityKind::Org);
        assert!(!s.is_visible(EntityKind::Org));
        s.toggle_kind(EntityKind::Org);
        assert!(s.is_visible(EntityKind::Org));
        let old: Settings = serde_json::from_str(r#"{"recent": ["/a.txt"]}"#).expect("parses");
        assert!(
            old.log_scale,
            "log scale is the default for settings written before it existed"
        );
        assert_eq!(old.theme, ThemeChoice::System);
    }
}
