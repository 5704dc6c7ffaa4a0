//! The desktop workbench (feature `gui`): an eframe app that shows one
//! [`crate::model::Analysis`] at a time as highlighted text, an entity list,
//! an inspector, a relationship table and graph, and a money chart.
//!
//! Panels implement one trait, [`panels::Panel`]: they read the analysis
//! and push [`Command`]s; [`WorkbenchApp`] applies
//! them once per frame. Loading and analysis run on a worker thread.

mod autosave;
mod command;
mod document;
mod format;
mod measure;
pub mod panels;
mod selection;
mod settings;
mod shortcuts;
mod status;
mod theme;
mod workbench;
mod worker;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

pub use autosave::{AUTOSAVE_DIR_VAR, Found, Origin};
pub use command::{Command, PathPurpose, UnsavedChoice};
pub use document::OpenDoc;
pub use format::{money_axis_label, money_short};
pub use selection::Selection;
pub use settings::{Settings, ThemeChoice};
pub use shortcuts::SHORTCUTS;
pub use status::Status;
pub use theme::Palette;
pub use workbench::{AppOptions, Closing, Panels, WorkbenchApp};

/// File name of the bundled sample article.
pub const SAMPLE_NAME: &str = "microsoft-openai.txt";

/// The bundled sample article, opened at first start.
pub const SAMPLE_TEXT: &str = include_str!("../../assets/microsoft-openai.txt");

/// Opens the main window on the given files, or the bundled sample.
///
/// Set `DOSSIER_MEASURE=launch` to print the time to the first highlighted
/// frame (and a timeline of the launch) and quit, `DOSSIER_MEASURE=floor`
/// for a bare window's first frame, or `DOSSIER_MEASURE=scroll` to scroll
/// the article and print frame times (see docs/GUI.md).
pub fn run(files: Vec<PathBuf>) -> eframe::Result<()> {
    let started = measure::process_start();
    let mode = measure::Mode::from_env();
    if matches!(mode, measure::Mode::Launch | measure::Mode::Floor) {
        measure::start_marks();
    }
    measure::mark("window code starts (app::run)");
    if mode == measure::Mode::Floor {
        return eframe::run_native(
            "Dossier",
            native_options(),
            Box::new(move |_| Ok(Box::new(measure::Floor::new(started)))),
        );
    }
    // The pipeline is built on the worker while the window is created; the
    // worker wakes the window once it exists.
    let window: Arc<OnceLock<egui::Context>> = Arc::default();
    let wake = Arc::clone(&window);
    let mut worker = worker::Worker::spawn(move || {
        if let Some(ctx) = wake.get() {
            ctx.request_repaint();
        }
    });
    worker.warm_up();
    let mut app_options = AppOptions {
        files,
        measure: mode,
        started,
        autosave_dir: autosave::default_dir(),
        ..AppOptions::default()
    };
    app_options.opened_early = workbench::open_early(&mut worker, &app_options);
    let options = native_options();
    eframe::run_native(
        "Dossier",
        options,
        Box::new(move |cc| {
            measure::mark("window created (app creation)");
            // Set once, here: `run_native` creates the app once.
            let _ = window.set(cc.egui_ctx.clone());
            Ok(Box::new(WorkbenchApp::with_worker(cc, app_options, worker)))
        }),
    )
}

/// The window: its size, title and drop target.
fn native_options() -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Dossier")
            .with_app_id("dossier")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        ..Default::default()
    }
}
