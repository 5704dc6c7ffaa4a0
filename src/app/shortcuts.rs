//! Keyboard shortcuts: one table, used both to handle keys and to list them
//! under Help ▸ Keyboard shortcuts.

use egui::{Key, KeyboardShortcut, Modifiers};

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// File ▸ Open…
    Open,
    /// File ▸ Open path…
    OpenPath,
    /// File ▸ Export annotated JSON…
    Export,
    /// Edit ▸ Undo.
    Undo,
    /// Edit ▸ Redo.
    Redo,
    /// File ▸ Save.
    Save,
    /// File ▸ Save As…
    SaveAs,
    /// Focus the entity filter.
    Filter,
    /// Edit ▸ Find in article.
    Find,
    /// Edit ▸ Search all articles.
    SearchAll,
    /// Clear the selection.
    ClearSelection,
    /// Next open document.
    NextDocument,
    /// Help ▸ Keyboard shortcuts.
    Help,
    /// Quit.
    Quit,
}

/// Every shortcut with its description, in the order Help lists them.
pub const SHORTCUTS: &[(KeyboardShortcut, Action, &str)] = &[
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::O),
        Action::Open,
        "Open an article",
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::O),
        Action::OpenPath,
        "Open an article by typing its path",
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::E),
        Action::Export,
        "Export annotated JSON",
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
        Action::Save,
        "Save the annotated JSON",
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S),
        Action::SaveAs,
        "Save the annotated JSON to another file",
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Z),
        Action::Undo,
        "Undo the last correction (a text field undoes its own typing)",
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
        Action::Redo,
        "Redo the last undone correction",
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::F),
        Action::Find,
        "Find in the article (Enter: next, Shift+Enter: previous)",
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::F),
        Action::SearchAll,
        "Search all open articles",
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::L),
        Action::Filter,
        "Filter the entity list",
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Escape),
        Action::ClearSelection,
        "Close the find bar or search, else clear the selection",
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Tab),
        Action::NextDocument,
        "Next open article",
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::F1),
        Action::Help,
        "Show this list",
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Q),
        Action::Quit,
        "Quit",
    ),
];

/// The shortcut text for an action, e.g. `"Ctrl+O"`.
pub fn shortcut_text(ctx: &egui::Context, action: Action) -> String {
    SHORTCUTS
        .iter()
        .find(|(_, a, _)| *a == action)
        .map(|(s, _, _)| ctx.format_shortcut(s))
        .unwrap_or_default()
}

/// Actions whose shortcut was pressed this frame (consumed, so widgets do
/// not see them), among those `wanted` accepts. Shortcuts with more modifiers
/// are checked first so Ctrl+Shift+O is not read as Ctrl+O.
pub fn pressed(ctx: &egui::Context, wanted: impl Fn(Action) -> bool) -> Vec<Action> {
    let mut order: Vec<_> = SHORTCUTS.iter().filter(|(_, a, _)| wanted(*a)).collect();
    order.sort_by_key(|(s, _, _)| {
        std::cmp::Reverse(u8::from(s.modifiers.shift) + u8::from(s.modifiers.command))
    });
    ctx.input_mut(|i| {
        order
            .into_iter()
            .filter(|(s, _, _)| i.consume_shortcut(s))
            .map(|(_, a, _)| *a)
            .collect()
    })
}
