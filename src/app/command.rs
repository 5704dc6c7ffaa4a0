//! `Command`: what panels ask the app to do. Panels push commands; the app
//! applies them once per frame, in order, after drawing.

use std::path::PathBuf;

use crate::model::correction::MoneyEdit;
use crate::model::{EntityKind, RelationKind, Span};

use super::settings::ThemeChoice;

/// What an in-app path field is for (the fallback when no native dialog can be shown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open an article.
    Open,
    /// Export the annotated JSON.
    Export,
    /// Export in another format (File ▸ Export as ▸).
    ExportAs(crate::export::Format),
    /// Save the article's annotated JSON (File ▸ Save As…).
    SaveAs,
    /// Save every open article and the corpus corrections as a workspace.
    SaveWorkspace,
    /// Open a workspace.
    OpenWorkspace,
}

/// The answer to "save your changes?" when closing with unsaved work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    /// Save every changed article, then close.
    Save,
    /// Close without saving (autosaves of these articles are removed).
    Discard,
    /// Do not close.
    Cancel,
}

/// An intent from a panel, a menu, a shortcut or a test.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Load and analyse an article file.
    Open(PathBuf),
    /// Open many files and folders at once (every article file under a
    /// folder), analysed on every core.
    OpenMany(Vec<PathBuf>),
    /// Ask for a folder with the native dialog (falls back to the in-app browser).
    OpenFolderDialog,
    /// Stop the batch being opened (articles already open stay).
    CancelBatch,
    /// Load the bundled sample article.
    OpenSample,
    /// Ask for a file with the native dialog (falls back to the path field).
    OpenDialog,
    /// Show the in-app path field.
    PathPrompt(PathPurpose),
    /// Make another open document the current one.
    SwitchDocument(usize),
    /// Close an open document.
    CloseDocument(usize),
    /// Write the current analysis as annotated JSON v1 to this path.
    Export(PathBuf),
    /// Ask for an export path with the native save dialog.
    ExportDialog,
    /// Write the current analysis in another format; `path` names the main
    /// file (brat's `.txt` goes beside its `.ann`).
    ExportAs {
        /// The format.
        format: crate::export::Format,
        /// The main output file.
        path: PathBuf,
    },
    /// Ask where to export in another format (native dialog, else the path field).
    ExportAsDialog(crate::export::Format),
    /// Select an entity (or clear the selection).
    SelectEntity(Option<usize>),
    /// Select a mention: selects its entity and scrolls the article to it.
    SelectMention(usize),
    /// Scroll the article to a mention without changing the selection.
    ScrollToMention(usize),
    /// Select a relation: selects it and scrolls to its evidence.
    SelectRelation(usize),
    /// Show or hide the highlights of one kind.
    ToggleKind(EntityKind),
    /// Show every kind.
    ShowAllKinds,
    /// Correction: change an entity's kind (and its mentions').
    SetEntityKind {
        /// Entity index.
        entity: usize,
        /// The right kind.
        kind: EntityKind,
    },
    /// Correction: change an entity's canonical name.
    RenameEntity {
        /// Entity index.
        entity: usize,
        /// The right name.
        name: String,
    },
    /// Correction: delete a wrong mention.
    DeleteMention(usize),
    /// Undo the last correction of the current document.
    Undo,
    /// Redo the last undone correction of the current document.
    Redo,
    /// Correction: the selected text is an entity of this kind.
    AddEntity {
        /// The selected text.
        span: Span,
        /// What it is.
        kind: EntityKind,
    },
    /// Correction: delete an entity and all its mentions.
    DeleteEntity(usize),
    /// Correction: merge entity `from` into entity `into`.
    MergeEntities {
        /// The entity that goes.
        from: usize,
        /// The entity that stays.
        into: usize,
    },
    /// Correction: split a mention off its entity.
    SplitMention(usize),
    /// Correction: add a relation (evidence: the given span, else the
    /// sentence of the source's mention).
    AddRelation {
        /// What kind.
        kind: RelationKind,
        /// Source entity.
        source: usize,
        /// Target entity.
        target: usize,
        /// The sentence that states it.
        evidence: Option<Span>,
    },
    /// Correction: delete a relation.
    DeleteRelation(usize),
    /// Correction: a money figure's amount, currency and parties.
    EditMoney {
        /// Money fact index.
        fact: usize,
        /// What it should say.
        edit: MoneyEdit,
    },
    /// Run the pipeline on the article again and re-apply its corrections.
    Reanalyse,
    /// Save the annotated JSON where it was saved or opened from (else Save As).
    Save,
    /// Ask where to save the annotated JSON (native dialog, else the path field).
    SaveAsDialog,
    /// Save the annotated JSON to this path and keep saving there.
    SaveTo(std::path::PathBuf),
    /// The answer to the unsaved-changes question.
    Unsaved(UnsavedChoice),
    /// Open the autosaved articles found at start-up (after a crash).
    RestoreAutosaves,
    /// Delete the autosaved articles found at start-up.
    DiscardAutosaves,
    /// Light, dark or follow the system.
    SetTheme(ThemeChoice),
    /// Log or linear money axis.
    SetLogScale(bool),
    /// Show or hide the keyboard shortcuts window.
    ShowShortcuts(bool),
    /// Forget the recent files.
    ClearRecent,
    /// Open the find bar over the article (Ctrl+F).
    FindInArticle,
    /// Show or hide the search across the open articles (Ctrl+Shift+F).
    SearchArticles(bool),
    /// Show a search hit: switch to its article and scroll to the match.
    OpenSearchHit {
        /// The article's search key (its path, or its name when it has none).
        key: String,
        /// The match in its text, when the text matched (not only the title).
        span: Option<crate::model::Span>,
    },
    /// Close the window.
    Quit,
    /// Show or hide the corpus window (corpus entities and their dossiers).
    ShowCorpus(bool),
    /// A correction to the corpus entities (merge, split).
    CorpusEdit(crate::corpus::edits::CorpusEdit),
    /// Show an article with one of its entities selected, or one of its
    /// relations (scrolled to its evidence).
    OpenMember {
        /// The article.
        article: usize,
        /// The entity in it.
        entity: usize,
        /// A relation of that entity to show instead.
        relation: Option<usize>,
    },
    /// Show or hide the corpus graph window (links joined across articles).
    ShowCorpusGraph(bool),
    /// Show or hide the conflicting-figures window.
    ShowConflicts(bool),
    /// Show a corpus entity's dossier in the corpus window (a click on a
    /// node of the corpus graph).
    ChooseCorpusEntity(usize),
    /// Show an article scrolled to one of its mentions (a money figure
    /// that belongs to no relation), selected.
    OpenMention {
        /// The article.
        article: usize,
        /// The mention in it.
        mention: usize,
    },
    /// Show or hide the money chart across the open articles.
    ShowCorpusMoney(bool),
    /// Show or hide the timeline of dated facts across the open articles.
    ShowTimeline(bool),
    /// Ask where to save the workspace.
    SaveWorkspaceDialog,
    /// Ask for a workspace to open.
    OpenWorkspaceDialog,
    /// Save every open article with its corrections, and the corpus
    /// corrections, as Corpus JSON.
    SaveWorkspace(PathBuf),
    /// Replace the open articles with a workspace's.
    OpenWorkspace(PathBuf),
}
