//! `WorkbenchApp`: the eframe app. Owns the open documents, the settings and
//! the worker; draws the panels; applies their [`Command`]s once per frame.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::export;

use super::command::{Command, PathPurpose};
use super::corrections;
use super::document::OpenDoc;
use super::measure::{self, Measure, Next};
use super::panels::entities::{ENTITY_FILTER_ID, entity_list_ui};
use super::panels::figures::figures_ui;
use super::panels::graph::graph_ui;
use super::panels::inspector::{InspectorInput, inspector_ui};
use super::panels::legend::legend_ui;
use super::panels::relations::{RelationTable, relations_ui};
use super::panels::status::status_ui;
use super::panels::windows::{PathPrompt, path_prompt_ui, shortcuts_ui};
use super::settings::{Settings, ThemeChoice};
use super::shortcuts::{self, Action, shortcut_text};
use super::worker::{Done, Source, Worker};
use super::{SAMPLE_NAME, SAMPLE_TEXT};

/// Panel ids.
const MENU_PANEL: &str = "menu_bar";
const DOC_PANEL: &str = "document_bar";
const STATUS_PANEL: &str = "status_bar";
const LINKS_PANEL: &str = "links_panel";
const MONEY_PANEL: &str = "money_panel";
const GRAPH_PANEL: &str = "graph_panel";
const ENTITY_PANEL: &str = "entity_panel";
const INSPECTOR_PANEL: &str = "inspector_panel";

/// A user cancelling a native dialog takes longer than this; a dialog that
/// could not be shown at all returns faster.
const DIALOG_FAILED_WITHIN: Duration = Duration::from_millis(250);

/// The message line of the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Something happened.
    Info(String),
    /// Something the user should notice.
    Notice(String),
    /// Something failed; the app kept what it had.
    Error(String),
}

impl Status {
    /// The message text.
    pub fn text(&self) -> &str {
        match self {
            Self::Info(t) | Self::Notice(t) | Self::Error(t) => t,
        }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        matches!(self, Self::Error(_))
    }
}

/// How the app starts.
#[derive(Clone, Debug)]
pub struct AppOptions {
    /// Articles to open; the bundled sample when empty.
    pub files: Vec<PathBuf>,
    /// Open the bundled sample when no file is given.
    pub open_sample: bool,
    /// Measurement mode (`DOSSIER_MEASURE`).
    pub measure: measure::Mode,
    /// When the process started, for launch timing.
    pub started: Instant,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            files: Vec::new(),
            open_sample: true,
            measure: measure::Mode::Off,
            started: Instant::now(),
        }
    }
}

/// The workbench. Fields are public so tests can inspect and drive it.
pub struct WorkbenchApp {
    /// Persisted settings.
    pub settings: Settings,
    /// Open articles.
    pub docs: Vec<OpenDoc>,
    /// Index of the article shown.
    pub active: usize,
    /// The status bar message.
    pub status: Status,
    /// Text of the entity filter box.
    pub entity_filter: String,
    /// Sort and filter of the relationship table.
    pub relation_table: RelationTable,
    /// The in-app path field, when shown.
    pub path_prompt: Option<PathPrompt>,
    /// Help ▸ Keyboard shortcuts is open.
    pub show_shortcuts: bool,
    commands: Vec<Command>,
    worker: Worker,
    measure: Measure,
    applied_theme: Option<ThemeChoice>,
    quit: bool,
}

impl WorkbenchApp {
    /// Creates the app, restores settings and starts loading the first articles.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        super::theme::install_fonts(&cc.egui_ctx);
        let ctx = cc.egui_ctx.clone();
        let worker = Worker::spawn(move || ctx.request_repaint());
        let mut app = Self {
            settings,
            docs: Vec::new(),
            active: 0,
            status: Status::Info("Starting…".to_owned()),
            entity_filter: String::new(),
            relation_table: RelationTable::default(),
            path_prompt: None,
            show_shortcuts: false,
            commands: Vec::new(),
            worker,
            measure: Measure::new(options.measure, options.started),
            applied_theme: None,
            quit: false,
        };
        if options.files.is_empty() {
            if options.open_sample {
                app.apply(Command::OpenSample);
            } else {
                app.status = Status::Info(
                    "Open an article with File ▸ Open… (Ctrl+O) or drop one here.".to_owned(),
                );
            }
        }
        for file in options.files {
            app.apply(Command::Open(file));
        }
        app
    }

    /// The article shown, if any.
    pub fn doc(&self) -> Option<&OpenDoc> {
        self.docs.get(self.active)
    }

    /// The article shown, mutably.
    pub fn doc_mut(&mut self) -> Option<&mut OpenDoc> {
        self.docs.get_mut(self.active)
    }

    /// True while an article is being loaded or analysed.
    pub fn busy(&self) -> bool {
        self.worker.pending() > 0
    }

    /// Queues a command for the end of this frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Blocks until every queued load has finished (or `timeout` passes) and
    /// applies the results. For tests and measurement; returns false on timeout.
    pub fn wait_until_idle(&mut self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while self.busy() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            if let Some(done) = self.worker.recv_timeout(left) {
                self.finish(done);
            }
        }
        true
    }

    fn poll_worker(&mut self) {
        while let Some(done) = self.worker.try_recv() {
            self.finish(done);
        }
    }

    fn finish(&mut self, done: Done) {
        match done.outcome {
            Ok(analysis) => {
                let doc = OpenDoc::new(analysis, done.path.clone(), done.elapsed);
                let a = &doc.analysis;
                self.status = Status::Info(format!(
                    "Opened {}: {} entities, {} relations, {} money figures in {} ms",
                    doc.title(),
                    a.entities.len(),
                    a.relations.len(),
                    a.money.len(),
                    done.elapsed.as_millis()
                ));
                if let Some(path) = &done.path {
                    self.settings.push_recent(path);
                }
                let existing = self.docs.iter().position(|d| {
                    d.path.is_some() && d.path == doc.path
                        || d.path.is_none() && doc.path.is_none() && d.title() == doc.title()
                });
                match existing {
                    Some(i) => {
                        self.docs[i] = doc;
                        self.active = i;
                    }
                    None => {
                        self.docs.push(doc);
                        self.active = self.docs.len() - 1;
                    }
                }
            }
            Err(message) => {
                self.status = Status::Error(message);
            }
        }
    }

    fn submit(&mut self, source: Source) {
        let name = match &source {
            Source::Path(p) => p.display().to_string(),
            Source::Bytes { name, .. } => name.clone(),
        };
        match self.worker.submit(source) {
            Ok(()) => self.status = Status::Info(format!("Opening {name}…")),
            Err(e) => self.status = Status::Error(e),
        }
    }

    /// Applies one command now. Panels queue commands with [`Self::push`];
    /// tests may call this directly (e.g. `Command::Export(path)`).
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Open(path) => self.submit(Source::Path(path)),
            Command::OpenSample => self.submit(Source::Bytes {
                name: SAMPLE_NAME.to_owned(),
                bytes: SAMPLE_TEXT.as_bytes().to_vec(),
            }),
            Command::OpenDialog => self.open_dialog(),
            Command::PathPrompt(purpose) => self.prompt(purpose, None),
            Command::SwitchDocument(i) => {
                if i < self.docs.len() {
                    self.active = i;
                }
            }
            Command::CloseDocument(i) => {
                if i < self.docs.len() {
                    let doc = self.docs.remove(i);
                    self.status = Status::Info(format!("Closed {}", doc.title()));
                    self.active = self.active.min(self.docs.len().saturating_sub(1));
                }
            }
            Command::Export(path) => match self.export_to(&path) {
                Ok(message) => self.status = Status::Info(message),
                Err(message) => self.status = Status::Error(message),
            },
            Command::ExportDialog => self.export_dialog(),
            Command::ExportAsDialog(format) => self.export_as_dialog(format),
            Command::ExportAs { format, path } => match self.export_as_to(format, &path) {
                Ok(message) => self.status = Status::Info(message),
                Err(message) => self.status = Status::Error(message),
            },
            Command::SelectEntity(entity) => {
                if let Some(doc) = self.doc_mut() {
                    doc.selection.entity = entity.filter(|&e| e < doc.analysis.entities.len());
                    doc.selection.relation = None;
                }
            }
            Command::SelectMention(m) => {
                if let Some(doc) = self.doc_mut()
                    && let Some(mention) = doc.analysis.mentions.get(m)
                {
                    doc.selection.entity = mention.entity;
                    doc.selection.mention = Some(m);
                    doc.selection.relation = None;
                    doc.article.scroll_to(mention.span);
                }
            }
            Command::ScrollToMention(m) => {
                if let Some(doc) = self.doc_mut()
                    && let Some(mention) = doc.analysis.mentions.get(m)
                {
                    doc.selection.mention = Some(m);
                    doc.article.scroll_to(mention.span);
                }
            }
            Command::SelectRelation(r) => {
                if let Some(doc) = self.doc_mut()
                    && let Some(rel) = doc.analysis.relations.get(r)
                {
                    let (source, target, evidence) = (rel.source, rel.target, rel.evidence);
                    doc.selection.relation = Some(r);
                    if doc.selection.entity != Some(source) && doc.selection.entity != Some(target)
                    {
                        doc.selection.entity = Some(source);
                    }
                    doc.article.scroll_to(evidence);
                }
            }
            Command::ToggleKind(kind) => self.settings.toggle_kind(kind),
            Command::ShowAllKinds => self.settings.hidden_kinds.clear(),
            Command::SetEntityKind { entity, kind } => {
                self.correct(|a| corrections::set_kind(a, entity, kind));
            }
            Command::RenameEntity { entity, name } => {
                self.correct(|a| corrections::rename(a, entity, &name));
            }
            Command::DeleteMention(m) => {
                self.correct(|a| corrections::delete_mention(a, m));
            }
            Command::Undo => {
                let undone = self.doc_mut().and_then(OpenDoc::undo);
                self.status = match undone {
                    Some(what) => Status::Info(format!("Undone: {what}")),
                    None => Status::Notice("Nothing to undo".to_owned()),
                };
            }
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::SetLogScale(log) => self.settings.log_scale = log,
            Command::ShowShortcuts(show) => self.show_shortcuts = show,
            Command::ClearRecent => self.settings.recent.clear(),
            Command::Quit => self.quit = true,
        }
    }

    fn correct(
        &mut self,
        edit: impl FnOnce(&mut crate::model::Analysis) -> Option<corrections::Correction>,
    ) {
        let Some(doc) = self.doc_mut() else { return };
        let done = doc.correct(edit);
        if let Some(what) = done {
            self.status = Status::Info(format!("Corrected: {what} (Ctrl+Z to undo)"));
        }
    }

    fn prompt(&mut self, purpose: PathPurpose, note: Option<String>) {
        let text = match purpose {
            PathPurpose::Open => String::new(),
            PathPurpose::Export => self
                .default_export_path()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            PathPurpose::ExportAs(format) => self
                .default_export_path()
                .map(|p| p.with_extension(format.suffix()).display().to_string())
                .unwrap_or_default(),
        };
        self.path_prompt = Some(PathPrompt {
            purpose,
            text,
            note,
            focus: true,
        });
    }

    fn default_export_path(&self) -> Option<PathBuf> {
        let doc = self.doc()?;
        let stem = Path::new(doc.title())
            .file_stem()
            .map_or_else(|| "article".into(), |s| s.to_string_lossy().into_owned());
        let dir = doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        Some(dir.join(format!("{stem}.dossier.json")))
    }

    fn open_dialog(&mut self) {
        if let Err(why) = native_dialog_available() {
            self.status = Status::Notice(why.clone());
            self.prompt(
                PathPurpose::Open,
                Some(format!("{why} Type the article's path instead:")),
            );
            return;
        }
        let started = Instant::now();
        let mut dialog = rfd::FileDialog::new()
            .set_title("Open article")
            .add_filter(
                "Articles (.txt, .md, .html, .pdf, .docx) and Dossier JSON",
                &[
                    "txt", "md", "markdown", "text", "html", "htm", "xhtml", "pdf", "docx", "json",
                ],
            )
            .add_filter("All files", &["*"]);
        if let Some(dir) = self.settings.recent.first().and_then(|p| p.parent()) {
            dialog = dialog.set_directory(dir);
        }
        match dialog.pick_file() {
            Some(path) => self.apply(Command::Open(path)),
            None if started.elapsed() < DIALOG_FAILED_WITHIN => {
                let why =
                    "The system file dialog could not be shown (no desktop portal or zenity?).";
                self.status = Status::Notice(why.to_owned());
                self.prompt(
                    PathPurpose::Open,
                    Some(format!("{why} Type the article's path instead:")),
                );
            }
            None => self.status = Status::Info("Open cancelled".to_owned()),
        }
    }

    /// File ▸ Export annotated JSON…: the native save dialog, else the path field.
    fn export_dialog(&mut self) {
        self.save_dialog(None);
    }

    /// File ▸ Export as ▸ FORMAT: the native save dialog, else the path field.
    fn export_as_dialog(&mut self, format: export::Format) {
        self.save_dialog(Some(format));
    }

    /// Asks where to export — annotated JSON (`None`) or another format —
    /// with the native save dialog, falling back to the in-app path field
    /// when no dialog can be shown.
    fn save_dialog(&mut self, format: Option<export::Format>) {
        if self.doc().is_none() {
            self.status = Status::Notice("Nothing to export: no article is open".to_owned());
            return;
        }
        let (purpose, what) = match format {
            None => (PathPurpose::Export, "the JSON".to_owned()),
            Some(f) => (PathPurpose::ExportAs(f), format!("the {}", f.label())),
        };
        if let Err(why) = native_dialog_available() {
            self.status = Status::Notice(why.clone());
            self.prompt(purpose, Some(format!("{why} Type where to write {what}:")));
            return;
        }
        let mut default = self.default_export_path().unwrap_or_default();
        let mut dialog = match format {
            None => rfd::FileDialog::new()
                .set_title("Export annotated JSON")
                .add_filter("Annotated JSON", &["json"]),
            Some(f) => {
                default = default.with_extension(f.suffix());
                rfd::FileDialog::new().set_title(format!("Export as {}", f.label()))
            }
        };
        if let Some(dir) = default.parent() {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = default.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        let started = Instant::now();
        match dialog.save_file() {
            Some(path) => self.apply(match format {
                None => Command::Export(path),
                Some(format) => Command::ExportAs { format, path },
            }),
            None if started.elapsed() < DIALOG_FAILED_WITHIN => {
                let why =
                    "The system save dialog could not be shown (no desktop portal or zenity?).";
                self.status = Status::Notice(why.to_owned());
                self.prompt(purpose, Some(format!("{why} Type where to write {what}:")));
            }
            None => self.status = Status::Info("Export cancelled".to_owned()),
        }
    }

    /// Writes the current analysis (with corrections) in another format; each
    /// file atomically, the main one at `path`, others (brat's `.txt`) beside it.
    fn export_as_to(&self, format: export::Format, path: &Path) -> Result<String, String> {
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
    fn export_to(&self, path: &Path) -> Result<String, String> {
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

    fn handle_input(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        for path in dropped {
            self.commands.push(Command::Open(path));
        }
        // Escape belongs to an open window (it closes the path field) before it clears the selection.
        let window_open = self.path_prompt.is_some();
        for action in shortcuts::pressed(ctx, |a| !(window_open && a == Action::ClearSelection)) {
            match action {
                Action::Open => self.commands.push(Command::OpenDialog),
                Action::OpenPath => self.commands.push(Command::PathPrompt(PathPurpose::Open)),
                Action::Export => self.commands.push(Command::ExportDialog),
                Action::Undo => self.commands.push(Command::Undo),
                Action::Filter => {
                    ctx.memory_mut(|m| m.request_focus(egui::Id::unique(ENTITY_FILTER_ID)))
                }
                Action::ClearSelection => self.commands.push(Command::SelectEntity(None)),
                Action::NextDocument => {
                    if !self.docs.is_empty() {
                        self.commands
                            .push(Command::SwitchDocument((self.active + 1) % self.docs.len()));
                    }
                }
                Action::Help => self
                    .commands
                    .push(Command::ShowShortcuts(!self.show_shortcuts)),
                Action::Quit => self.commands.push(Command::Quit),
            }
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let commands = &mut self.commands;
        let has_doc = !self.docs.is_empty();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui
                    .add(
                        egui::Button::new("Open…").shortcut_text(shortcut_text(&ctx, Action::Open)),
                    )
                    .clicked()
                {
                    commands.push(Command::OpenDialog);
                }
                if ui
                    .add(
                        egui::Button::new("Open path…")
                            .shortcut_text(shortcut_text(&ctx, Action::OpenPath)),
                    )
                    .clicked()
                {
                    commands.push(Command::PathPrompt(PathPurpose::Open));
                }
                if ui.button("Open sample article").clicked() {
                    commands.push(Command::OpenSample);
                }
                ui.menu_button("Recent", |ui| {
                    if self.settings.recent.is_empty() {
                        ui.weak("No recent files");
                    }
                    for path in &self.settings.recent {
                        let name = path.file_name().map_or_else(
                            || path.display().to_string(),
                            |n| n.to_string_lossy().into_owned(),
                        );
                        if ui
                            .button(name)
                            .on_hover_text(path.display().to_string())
                            .clicked()
                        {
                            commands.push(Command::Open(path.clone()));
                        }
                    }
                    if !self.settings.recent.is_empty() {
                        ui.separator();
                        if ui.button("Clear recent").clicked() {
                            commands.push(Command::ClearRecent);
                        }
                    }
                });
                ui.separator();
                let export = egui::Button::new("Export annotated JSON…")
                    .shortcut_text(shortcut_text(&ctx, Action::Export));
                if ui.add_enabled(has_doc, export).clicked() {
                    commands.push(Command::ExportDialog);
                }
                if ui
                    .add_enabled(has_doc, egui::Button::new("Export to path…"))
                    .clicked()
                {
                    commands.push(Command::PathPrompt(PathPurpose::Export));
                }
                ui.add_enabled_ui(has_doc, |ui| {
                    ui.menu_button("Export as", |ui| {
                        for format in export::Format::ALL {
                            if format == export::Format::Json {
                                continue;
                            }
                            if ui.button(format!("{}…", format.label())).clicked() {
                                commands.push(Command::ExportAsDialog(format));
                            }
                        }
                    });
                });
                ui.separator();
                if ui
                    .add_enabled(has_doc, egui::Button::new("Close article"))
                    .clicked()
                {
                    commands.push(Command::CloseDocument(self.active));
                }
                if ui
                    .add(egui::Button::new("Quit").shortcut_text(shortcut_text(&ctx, Action::Quit)))
                    .clicked()
                {
                    commands.push(Command::Quit);
                }
            });
            ui.menu_button("Edit", |ui| {
                let can_undo = self.docs.get(self.active).is_some_and(OpenDoc::can_undo);
                let undo = egui::Button::new("Undo correction")
                    .shortcut_text(shortcut_text(&ctx, Action::Undo));
                if ui.add_enabled(can_undo, undo).clicked() {
                    commands.push(Command::Undo);
                }
            });
            ui.menu_button("View", |ui| {
                for theme in ThemeChoice::ALL {
                    if ui
                        .radio(self.settings.theme == theme, theme.label())
                        .clicked()
                    {
                        commands.push(Command::SetTheme(theme));
                    }
                }
                ui.separator();
                let mut log = self.settings.log_scale;
                if ui.checkbox(&mut log, "Log scale for money").changed() {
                    commands.push(Command::SetLogScale(log));
                }
                if ui
                    .add_enabled(
                        !self.settings.hidden_kinds.is_empty(),
                        egui::Button::new("Show all kinds"),
                    )
                    .clicked()
                {
                    commands.push(Command::ShowAllKinds);
                }
            });
            ui.menu_button("Help", |ui| {
                let keys = egui::Button::new("Keyboard shortcuts")
                    .shortcut_text(shortcut_text(&ctx, Action::Help));
                if ui.add(keys).clicked() {
                    commands.push(Command::ShowShortcuts(true));
                }
            });
        });
    }

    fn document_bar_ui(&mut self, ui: &mut egui::Ui) {
        let commands = &mut self.commands;
        ui.horizontal(|ui| {
            if self.docs.len() > 1 {
                for (i, doc) in self.docs.iter().enumerate() {
                    if ui
                        .selectable_label(i == self.active, doc.title())
                        .on_hover_text("Switch article (Ctrl+Tab)")
                        .clicked()
                    {
                        commands.push(Command::SwitchDocument(i));
                    }
                }
                ui.separator();
            }
            if let Some(doc) = self.docs.get(self.active) {
                let title = doc
                    .analysis
                    .document
                    .title
                    .as_deref()
                    .unwrap_or(doc.title());
                ui.add(egui::Label::new(egui::RichText::new(title).strong()).truncate());
            }
        });
        if let Some(doc) = self.docs.get(self.active) {
            legend_ui(ui, &doc.analysis, &self.settings, commands);
        }
    }

    fn empty_ui(&mut self, ui: &mut egui::Ui) {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() / 3.0);
            if self.busy() {
                ui.spinner();
                ui.label("Analysing…");
            } else {
                ui.heading("No article open");
                ui.label("Drop a .txt or .md file here, or:");
                if ui.button("Open…").clicked() {
                    self.commands.push(Command::OpenDialog);
                }
                if ui.button("Open the sample article").clicked() {
                    self.commands.push(Command::OpenSample);
                }
            }
        });
    }

    fn drop_overlay_ui(ctx: &egui::Context) {
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if !hovering {
            return;
        }
        let screen = ctx.content_rect();
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop_overlay"),
        ));
        painter.rect_filled(
            screen,
            0.0,
            ctx.global_style()
                .visuals
                .extreme_bg_color
                .gamma_multiply(0.85),
        );
        painter.text(
            screen.center(),
            egui::Align2::CENTER_CENTER,
            "Drop to open",
            egui::FontId::proportional(28.0),
            ctx.global_style().visuals.strong_text_color(),
        );
    }
}

/// Whether a native file dialog can be shown: rfd needs the XDG desktop
/// portal (over the D-Bus session bus) or zenity.
fn native_dialog_available() -> Result<(), String> {
    if !cfg!(target_os = "linux") {
        return Ok(());
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| Path::new(&d).join("bus").exists());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("zenity").is_file()));
    if bus || zenity {
        Ok(())
    } else {
        Err("No system file dialog is available here (no D-Bus session for the desktop portal, no zenity).".to_owned())
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

impl eframe::App for WorkbenchApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let frame_start = Instant::now();
        let ctx = ui.ctx().clone();
        if self.applied_theme != Some(self.settings.theme) {
            ctx.set_theme(self.settings.theme.preference());
            self.applied_theme = Some(self.settings.theme);
        }
        self.poll_worker();
        self.handle_input(&ctx);

        egui::Panel::top(MENU_PANEL).show(ui, |ui| self.menu_ui(ui));
        egui::Panel::top(DOC_PANEL).show(ui, |ui| {
            ui.add_space(2.0);
            self.document_bar_ui(ui);
            ui.add_space(2.0);
        });
        egui::Panel::bottom(STATUS_PANEL).show(ui, |ui| {
            status_ui(
                ui,
                &self.status,
                self.docs.get(self.active).map(|d| &d.analysis),
                self.worker.pending() > 0,
            );
        });

        let Some(doc) = self.docs.get_mut(self.active) else {
            egui::CentralPanel::default().show(ui, |ui| self.empty_ui(ui));
            self.end_frame(&ctx, frame_start);
            return;
        };
        let commands = &mut self.commands;
        let selection = doc.selection;
        // The right column runs full height: inspector above, money below.
        egui::Panel::right(INSPECTOR_PANEL)
            .resizable(true)
            .default_size(380.0)
            .min_size(260.0)
            .show(ui, |ui| {
                egui::Panel::bottom(MONEY_PANEL)
                    .resizable(true)
                    .default_size(280.0)
                    .min_size(160.0)
                    .show(ui, |ui| {
                        figures_ui(
                            ui,
                            &doc.analysis,
                            selection,
                            self.settings.log_scale,
                            commands,
                        );
                    });
                egui::CentralPanel::default().show(ui, |ui| {
                    let can_undo = doc.can_undo();
                    let input = InspectorInput {
                        analysis: &doc.analysis,
                        selection,
                        rename: &mut doc.rename,
                        corrections: &doc.corrections,
                        can_undo,
                    };
                    inspector_ui(ui, input, commands);
                });
            });
        egui::Panel::bottom(LINKS_PANEL)
            .resizable(true)
            .default_size(320.0)
            .min_size(160.0)
            .show(ui, |ui| {
                egui::Panel::right(GRAPH_PANEL)
                    .resizable(true)
                    .default_size(380.0)
                    .min_size(260.0)
                    .show(ui, |ui| {
                        ui.strong("Links");
                        graph_ui(ui, &doc.analysis, selection.entity, commands);
                    });
                egui::CentralPanel::default().show(ui, |ui| {
                    relations_ui(
                        ui,
                        &mut self.relation_table,
                        &doc.analysis,
                        selection,
                        commands,
                    );
                });
            });
        egui::Panel::left(ENTITY_PANEL)
            .resizable(true)
            .default_size(240.0)
            .min_size(160.0)
            .show(ui, |ui| {
                ui.add_space(4.0);
                ui.strong(format!("Entities ({})", doc.analysis.entities.len()));
                entity_list_ui(
                    ui,
                    &doc.analysis,
                    selection.entity,
                    &mut self.entity_filter,
                    commands,
                );
            });
        let visible = self.settings.visible_mask();
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(0.0))
            .show(ui, |ui| {
                doc.article.article_ui(
                    ui,
                    &doc.analysis,
                    doc.revision,
                    visible,
                    selection.entity,
                    commands,
                );
            });
        self.end_frame(&ctx, frame_start);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

impl WorkbenchApp {
    /// Windows, queued commands, measurement: the end of every frame.
    fn end_frame(&mut self, ctx: &egui::Context, frame_start: Instant) {
        path_prompt_ui(ctx, &mut self.path_prompt, &mut self.commands);
        let mut show = self.show_shortcuts;
        shortcuts_ui(ctx, &mut show);
        if !show {
            self.show_shortcuts = false;
        }
        Self::drop_overlay_ui(ctx);

        for command in std::mem::take(&mut self.commands) {
            self.apply(command);
        }
        if self.busy() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        if self.measure.active() {
            if let Some(elapsed) = self.doc().map(|d| d.elapsed) {
                self.measure.set_analysis(elapsed);
            }
            let (highlighted, height) = self.doc().map_or((false, 0.0), |d| {
                (!d.article.highlights().is_empty(), d.article.content_height)
            });
            match self
                .measure
                .after_frame(frame_start, frame_start.elapsed(), highlighted, height)
            {
                Next::Continue(offset) => {
                    if let Some(doc) = self.doc_mut() {
                        doc.article.forced_offset = offset;
                    }
                    ctx.request_repaint();
                }
                Next::Quit => self.quit = true,
            }
        }
        if self.quit {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
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
