//! `WorkbenchApp`: the state of the eframe app — the open documents, the
//! settings, the worker and the UI state the panels keep — and the loading
//! of articles on the worker. Drawing is in `layout.rs`, commands in
//! `handling.rs`, dialogs in `dialogs.rs`, export files in `write.rs`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::app::command::Command;
use crate::app::document::OpenDoc;
use crate::app::measure::{self, Measure};
use crate::app::panels::articles::ArticleList;
use crate::app::panels::entities::EntityList;
use crate::app::panels::figures::Figures;
use crate::app::panels::graph::Graph;
use crate::app::panels::legend::Legend;
use crate::app::panels::progress::BatchView;
use crate::app::panels::relations::RelationTable;
use crate::app::panels::search::CorpusSearch;
use crate::app::panels::status::StatusBar;
use crate::app::panels::windows::PathPrompt;
use crate::app::settings::{Settings, ThemeChoice};
use crate::app::status::Status;
use crate::app::worker::{Done, Report, Source, Worker};

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
    /// The autosave folder; `None` turns autosave (and crash recovery) off.
    pub autosave_dir: Option<PathBuf>,
    /// How long unsaved changes wait before they are autosaved.
    pub autosave_every: Duration,
    /// The name of the article already submitted to the worker before the
    /// window existed ([`super::open_early`]); the app then opens nothing itself.
    pub opened_early: Option<String>,
}

/// How long the new window waits for the article opened at launch, so that
/// its first frame shows the highlighted article rather than "Analysing…"
/// and then the article a few frames later. The window is still hidden
/// then (it appears after its first frame); a longer analysis shows the
/// spinner after this.
const FIRST_FRAME_WAIT: Duration = Duration::from_millis(200);

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            files: Vec::new(),
            open_sample: true,
            measure: measure::Mode::Off,
            started: Instant::now(),
            autosave_dir: None,
            autosave_every: crate::app::autosave::AUTOSAVE_EVERY,
            opened_early: None,
        }
    }
}

/// What is being closed while the unsaved-changes question is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closing {
    /// The window (quit).
    Quit,
    /// One article.
    Document(usize),
}

/// The panels whose state is the app's, not one document's.
#[derive(Debug, Default)]
pub struct Panels {
    /// The legend in the document bar.
    pub legend: Legend,
    /// The status bar.
    pub status: StatusBar,
    /// The entity list and its filter.
    pub entities: EntityList,
    /// The relationship table, its sort and filters.
    pub relations: RelationTable,
    /// The graph of links.
    pub graph: Graph,
    /// The money chart.
    pub figures: Figures,
    /// The list of open articles.
    pub articles: ArticleList,
    /// The search across the open articles and its index.
    pub search: CorpusSearch,
    /// The money chart across the open articles.
    pub corpus_money: crate::app::panels::corpus_money::CorpusMoney,
    /// The timeline of dated facts across the open articles.
    pub timeline: crate::app::panels::timeline::TimelineView,
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
    /// The panels and their UI state (the article view and the inspector
    /// are each document's: see [`OpenDoc`]).
    pub panels: Panels,
    /// The in-app path field, when shown.
    pub path_prompt: Option<PathPrompt>,
    /// Help ▸ Keyboard shortcuts is open.
    pub show_shortcuts: bool,
    /// The batch being opened (or the last one, until its bar is closed).
    pub batch: Option<BatchView>,
    /// Bumped whenever an article is added, replaced or closed (the article list rebuilds).
    pub generation: u64,
    /// The open articles as a corpus: corpus entities, the analyst's
    /// corrections to them, the corpus window.
    pub corpus: super::corpus_state::CorpusState,
    pub(super) commands: Vec<Command>,
    pub(super) worker: Worker,
    pub(super) measure: Measure,
    pub(super) applied_theme: Option<ThemeChoice>,
    pub(super) quit: bool,
    /// Set while "save your changes?" is asked.
    pub closing: Option<Closing>,
    /// Autosaves found at start-up, offered back until restored or discarded.
    pub recovery: Vec<crate::app::autosave::Found>,
    /// The autosave folder (`None`: off).
    pub autosave_dir: Option<PathBuf>,
    /// How long unsaved changes wait before they are autosaved.
    pub autosave_every: Duration,
    /// The user answered the unsaved question: the window may close.
    pub(super) close_confirmed: bool,
    /// The close command was sent (once: it repaints).
    pub(super) close_sent: bool,
    /// The window title last sent.
    pub(super) window_title: String,
    /// Articles being analysed again, with the corrections to re-apply.
    pub(super) reanalysing: Vec<super::reanalysis::Reanalysis>,
    /// Batches replaced by a newer one whose reports are still to come
    /// (their articles are added; their progress and end are not shown).
    pub(super) stale_batches: usize,
}

impl WorkbenchApp {
    /// Creates the app, restores settings and starts loading the first articles.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let ctx = cc.egui_ctx.clone();
        Self::with_worker(cc, options, Worker::spawn(move || ctx.request_repaint()))
    }

    /// [`Self::new`] with a worker started before the window (so the
    /// pipeline is built while the window is created).
    pub(crate) fn with_worker(
        cc: &eframe::CreationContext<'_>,
        options: AppOptions,
        worker: Worker,
    ) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        crate::app::theme::install_fonts(&cc.egui_ctx);
        measure::mark("fonts installed");
        let mut measure = Measure::new(options.measure, options.started);
        measure.window_ready();
        let mut app = Self {
            settings,
            docs: Vec::new(),
            active: 0,
            status: Status::Info("Starting…".to_owned()),
            panels: Panels::default(),
            path_prompt: None,
            show_shortcuts: false,
            batch: None,
            generation: 0,
            corpus: Default::default(),
            commands: Vec::new(),
            worker,
            measure,
            applied_theme: None,
            quit: false,
            closing: None,
            recovery: options
                .autosave_dir
                .as_deref()
                .map(crate::app::autosave::list)
                .unwrap_or_default(),
            autosave_dir: options.autosave_dir.clone(),
            autosave_every: options.autosave_every,
            close_confirmed: false,
            close_sent: false,
            window_title: String::new(),
            reanalysing: Vec::new(),
            stale_batches: 0,
        };
        if let Some(name) = &options.opened_early {
            app.status = Status::Info(format!("Opening {name}…"));
            if app.wait_until_idle(FIRST_FRAME_WAIT) {
                measure::mark("article ready before the first frame");
            }
        } else if options.files.is_empty() {
            if options.open_sample {
                app.apply(Command::OpenSample);
            } else {
                app.status = Status::Info(
                    "Open an article with File ▸ Open… (Ctrl+O) or drop one here.".to_owned(),
                );
            }
        }
        if options.files.len() > 1 || options.files.iter().any(|f| f.is_dir()) {
            app.apply(Command::OpenMany(options.files));
        } else {
            for file in options.files {
                app.apply(Command::Open(file));
            }
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

    /// True once the app has decided to close the window (after asking
    /// about unsaved work, if any).
    pub fn quitting(&self) -> bool {
        self.quit
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
            if let Some(report) = self.worker.recv_timeout(left) {
                self.receive(report);
            }
        }
        true
    }

    pub(super) fn poll_worker(&mut self) {
        while let Some(report) = self.worker.try_recv() {
            self.receive(report);
        }
    }

    fn receive(&mut self, report: Report) {
        match report {
            Report::Done(done) if done.batch.is_some() => self.finish_batch_item(*done),
            Report::Done(done) => {
                crate::app::measure::mark("analysis received");
                self.finish(*done);
            }
            Report::BatchStarted { .. } if self.stale_batches > 0 => {}
            Report::BatchEnded(_) if self.stale_batches > 0 => self.stale_batches -= 1,
            Report::BatchStarted { total, problems } => {
                let view = self.batch.get_or_insert_with(BatchView::default);
                view.total = Some(total);
                view.errors.extend(problems);
                self.status = Status::Info(format!("Opening {total} articles…"));
            }
            Report::BatchEnded(summary) => {
                let view = self.batch.get_or_insert_with(BatchView::default);
                view.ended = Some(summary);
                let line = view.summary();
                self.status = match view.errors.first() {
                    Some(first) => Status::Error(format!("{line} (first: {first})")),
                    None => Status::Info(line),
                };
            }
        }
    }

    /// An article of a batch: added (or replacing the same file) without
    /// taking the view from the article the user is reading.
    fn finish_batch_item(&mut self, done: Done) {
        let current = self.stale_batches == 0;
        let view = self.batch.get_or_insert_with(BatchView::default);
        if current {
            view.progress = done.batch;
        }
        let analysis = match done.outcome {
            Ok(analysis) => analysis,
            Err(message) => {
                if current {
                    view.errors.push(message);
                }
                return;
            }
        };
        let mut doc = OpenDoc::new(analysis, done.path, done.elapsed);
        doc.corrections = done.corrections;
        // Byte comparison: a batch's paths are spelled the same way each time,
        // and 10,000 articles make `Path`'s component-wise `==` too slow here.
        let same = |d: &OpenDoc| {
            d.path.as_deref().map(std::path::Path::as_os_str)
                == doc.path.as_deref().map(std::path::Path::as_os_str)
        };
        match self.docs.iter().position(same) {
            Some(i) => self.docs[i] = doc,
            None => self.docs.push(doc),
        }
        self.generation += 1;
    }

    fn finish(&mut self, done: Done) {
        self.generation += 1;
        match done.outcome {
            Ok(analysis) => {
                let mut doc = OpenDoc::new(analysis, done.path.clone(), done.elapsed);
                doc.corrections = done.corrections;
                // An annotated JSON saves back to itself.
                if done.path.as_ref().is_some_and(|p| {
                    p.extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
                }) {
                    doc.save_path.clone_from(&done.path);
                }
                let reapplied = self.reanalysed(&mut doc);
                let a = &doc.analysis;
                self.status = Status::Info(format!(
                    "Opened {}: {} entities, {} relations, {} money figures in {} ms",
                    doc.title(),
                    a.entities.len(),
                    a.relations.len(),
                    a.money.len(),
                    done.elapsed.as_millis()
                ));
                if let Some(what) = reapplied {
                    self.status = Status::Info(what);
                }
                if let Some(path) = &done.path {
                    self.settings.push_recent(path);
                    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
                        self.settings.push_recent_folder(folder);
                    }
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

    /// Opens files and folders as one batch on every core.
    pub(super) fn submit_batch(&mut self, paths: Vec<PathBuf>) {
        for path in paths.iter().filter(|p| p.is_dir()) {
            self.settings.push_recent_folder(path);
        }
        let what = match paths.as_slice() {
            [one] => one.display().to_string(),
            many => format!("{} files and folders", many.len()),
        };
        let replaced = self.batch.as_ref().is_some_and(BatchView::running);
        match self.worker.submit_batch(paths) {
            Ok(()) => {
                if replaced {
                    self.stale_batches += 1;
                }
                self.batch = Some(BatchView::default());
                self.status = Status::Info(format!("Opening {what}…"));
            }
            Err(e) => self.status = Status::Error(e),
        }
    }

    /// Stops the batch being opened.
    pub(super) fn cancel_batch(&mut self) {
        if self.batch.as_ref().is_some_and(BatchView::running) {
            self.worker.cancel_batch();
            self.status =
                Status::Notice("Cancelling: the articles being analysed finish first".to_owned());
        }
    }

    pub(super) fn submit(&mut self, source: Source) {
        let name = match &source {
            Source::Path(p) => p.display().to_string(),
            Source::Bytes { name, .. } => name.clone(),
            Source::Document { document, .. } => document.source.clone(),
        };
        match self.worker.submit(source) {
            Ok(()) => self.status = Status::Info(format!("Opening {name}…")),
            Err(e) => self.status = Status::Error(e),
        }
    }
}
