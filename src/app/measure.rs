//! Measurement mode (`DOSSIER_MEASURE=launch|scroll|list`): prints the time
//! from launch to the first highlighted frame, or frame times while the
//! article (or, once every article has opened, the article list) scrolls,
//! then quits. Real window, real renderer; see docs/GUI.md.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Frames skipped before scroll timing starts (shader compilation, first layout).
const WARMUP_FRAMES: usize = 30;
/// Frames timed while scrolling.
const SCROLL_FRAMES: usize = 600;
/// Points scrolled per frame: a brisk mouse-wheel scroll.
const SCROLL_STEP: f32 = 45.0;

/// What to measure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Normal use.
    #[default]
    Off,
    /// Launch to first highlighted frame.
    Launch,
    /// Frame times while scrolling the article.
    Scroll,
    /// Frame times while scrolling the article list, once every article has opened.
    List,
    /// Launch to the first frame of a bare window (one label): the floor the
    /// window system and renderer set, for comparison with `Launch`.
    Floor,
}

impl Mode {
    /// Reads `DOSSIER_MEASURE`.
    pub fn from_env() -> Self {
        match std::env::var("DOSSIER_MEASURE").as_deref() {
            Ok("launch") => Self::Launch,
            Ok("scroll") => Self::Scroll,
            Ok("list") => Self::List,
            Ok("floor") => Self::Floor,
            _ => Self::Off,
        }
    }
}

/// True while launch marks are recorded (`DOSSIER_MEASURE=launch`).
static MARKING: AtomicBool = AtomicBool::new(false);
/// The launch timeline: what happened when, from any thread.
static MARKS: Mutex<Vec<(&'static str, Instant)>> = Mutex::new(Vec::new());

/// Starts recording launch marks.
pub fn start_marks() {
    MARKING.store(true, Ordering::Relaxed);
}

/// Records that `what` happened now, when measuring launch (cheap otherwise).
pub fn mark(what: &'static str) {
    if MARKING.load(Ordering::Relaxed)
        && let Ok(mut marks) = MARKS.lock()
    {
        marks.push((what, Instant::now()));
    }
}

/// The launch timeline from `started`, one "N ms what" line per mark in order.
fn timeline(started: Instant) -> String {
    let mut marks = MARKS.lock().map(|m| m.clone()).unwrap_or_default();
    marks.sort_by_key(|(_, at)| *at);
    marks
        .iter()
        .map(|(what, at)| {
            let ms = at.saturating_duration_since(started).as_secs_f64() * 1e3;
            format!("  {ms:6.0} ms  {what}\n")
        })
        .collect()
}

/// When the process started. On Linux, from `/proc` (the kernel counts in
/// hundredths of a second, so this is ±10 ms): launch is timed from the
/// exec, not from when the window code first ran. Elsewhere, now.
pub fn process_start() -> Instant {
    let now = Instant::now();
    process_age()
        .filter(|age| *age < Duration::from_secs(10))
        .and_then(|age| now.checked_sub(age))
        .unwrap_or(now)
}

/// How long ago the process started: the system's uptime less the
/// process's start time, both in clock ticks of 1/100 s.
fn process_age() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at its ')'.
    let after = stat.get(stat.rfind(')')? + 1..)?;
    // The start time is field 22; the text after ')' starts at field 3.
    let ticks: f64 = after.split_whitespace().nth(19)?.parse().ok()?;
    let uptime = std::fs::read_to_string("/proc/uptime").ok()?;
    let uptime: f64 = uptime.split_whitespace().next()?.parse().ok()?;
    let age = uptime - ticks / 100.0;
    (age >= 0.0).then(|| Duration::from_secs_f64(age))
}

/// Measurement state.
#[derive(Debug)]
pub struct Measure {
    mode: Mode,
    started: Instant,
    highlighted_at: Option<Duration>,
    /// When the app was created: the window and its GL context exist.
    window_at: Option<Duration>,
    frame: usize,
    offset: f32,
    pass_ms: Vec<f64>,
    interval_ms: Vec<f64>,
    last_frame: Option<Instant>,
    analysis: Option<Duration>,
    finished: bool,
}

/// What the app should do after a measured frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Next {
    /// Keep going, optionally forcing the article scroll offset.
    Continue(Option<f32>),
    /// Nothing to force: repaint when something asks.
    Wait,
    /// Done: close the window.
    Quit,
}

fn stats(label: &str, v: &mut [f64]) -> String {
    if v.is_empty() {
        return format!("{label}: no frames");
    }
    v.sort_by(f64::total_cmp);
    let pct = |p: f64| v[((v.len() - 1) as f64 * p).round() as usize];
    let mean = v.iter().sum::<f64>() / v.len() as f64;
    let over = v.iter().filter(|&&ms| ms > FRAME_BUDGET_MS).count();
    format!(
        "{label}: median {:.2} ms, mean {mean:.2} ms, p95 {:.2} ms, max {:.2} ms ({} frames, \
         {over} over {FRAME_BUDGET_MS} ms)",
        pct(0.5),
        pct(0.95),
        pct(1.0),
        v.len()
    )
}

/// The time one frame's work may take (half of a 60 Hz frame).
const FRAME_BUDGET_MS: f64 = 8.0;

impl Measure {
    /// Starts measuring from `started` (process launch, as near as the app can tell).
    pub fn new(mode: Mode, started: Instant) -> Self {
        Self {
            mode,
            started,
            highlighted_at: None,
            window_at: None,
            frame: 0,
            offset: 0.0,
            pass_ms: Vec::new(),
            interval_ms: Vec::new(),
            last_frame: None,
            analysis: None,
            finished: false,
        }
    }

    /// True when measuring.
    pub fn active(&self) -> bool {
        self.mode != Mode::Off
    }

    /// True when the article list is the one scrolled.
    pub fn scrolls_list(&self) -> bool {
        self.mode == Mode::List
    }

    /// Records that the window exists and the app is being created.
    pub fn window_ready(&mut self) {
        self.window_at = Some(self.started.elapsed());
    }

    /// Records how long loading and analysing the article took (on the worker).
    pub fn set_analysis(&mut self, elapsed: Duration) {
        self.analysis = Some(elapsed);
    }

    /// Called at the end of each frame. `pass` is the time the app's ui pass
    /// took, `highlighted` whether the article showed highlights this frame,
    /// `content_height` the article's height.
    pub fn after_frame(
        &mut self,
        frame_start: Instant,
        pass: Duration,
        highlighted: bool,
        content_height: f32,
    ) -> Next {
        if self.finished {
            return Next::Quit;
        }
        match self.mode {
            Mode::Off => Next::Continue(None),
            Mode::Launch => {
                if let Some(at) = self.highlighted_at {
                    // This frame started after the highlighted one was presented.
                    let presented = frame_start.duration_since(self.started);
                    let analysis = self.analysis.map_or(0.0, |d| d.as_secs_f64() * 1e3);
                    let window = self.window_at.map_or(0.0, |d| d.as_secs_f64() * 1e3);
                    println!(
                        "launch to first highlighted frame (from process start): {:.0} ms built, {:.0} ms presented \
                         (window created at {window:.0} ms; the article's load + analysis on the worker: {analysis:.0} ms, \
                         after the pipeline was built there)",
                        at.as_secs_f64() * 1e3,
                        presented.as_secs_f64() * 1e3
                    );
                    mark("next frame starts: the highlighted one was presented");
                    print!("timeline from process start:\n{}", timeline(self.started));
                    self.finished = true;
                    return Next::Quit;
                }
                if highlighted {
                    self.highlighted_at = Some(self.started.elapsed());
                    mark("highlighted frame built");
                    // One more frame, to time when this one was presented.
                    return Next::Continue(None);
                }
                // No repaint forced while the analysis runs: the worker wakes
                // the window when it is done.
                Next::Wait
            }
            Mode::Floor => Next::Quit,
            Mode::Scroll | Mode::List => {
                if !highlighted {
                    return Next::Continue(None);
                }
                if let Some(last) = self.last_frame
                    && self.frame >= WARMUP_FRAMES
                {
                    self.interval_ms
                        .push(frame_start.duration_since(last).as_secs_f64() * 1e3);
                    self.pass_ms.push(pass.as_secs_f64() * 1e3);
                }
                self.last_frame = Some(frame_start);
                self.frame += 1;
                if self.frame >= WARMUP_FRAMES + SCROLL_FRAMES {
                    println!(
                        "{} height: {content_height:.0} points, scrolled {SCROLL_STEP} points per frame",
                        if self.mode == Mode::List {
                            "article list"
                        } else {
                            "article"
                        }
                    );
                    println!("{}", stats("ui pass (CPU, egui + app)", &mut self.pass_ms));
                    println!(
                        "{}",
                        stats("frame interval (incl. paint)", &mut self.interval_ms)
                    );
                    self.finished = true;
                    return Next::Quit;
                }
                self.offset += SCROLL_STEP;
                if content_height > 0.0 && self.offset > content_height - 600.0 {
                    self.offset = 0.0;
                }
                Next::Continue(Some(self.offset))
            }
        }
    }
}

/// The bare window of [`Mode::Floor`]: one label; prints when its first
/// frame was built and presented, from process start, then quits.
pub struct Floor {
    started: Instant,
    built: Option<Duration>,
    closing: bool,
}

impl Floor {
    /// A bare app timed from `started`.
    pub fn new(started: Instant) -> Self {
        mark("window created (app creation)");
        Self {
            started,
            built: None,
            closing: false,
        }
    }
}

impl eframe::App for Floor {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let now = self.started.elapsed();
        if let Some(built) = self.built.take() {
            mark("next frame starts: the first was presented");
            println!(
                "bare window, first frame (from process start): {:.0} ms built, {:.0} ms presented",
                built.as_secs_f64() * 1e3,
                now.as_secs_f64() * 1e3
            );
            print!("timeline from process start:\n{}", timeline(self.started));
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            self.closing = true;
            return;
        }
        egui::CentralPanel::default().show(ui, |ui| ui.label("Dossier"));
        if self.closing {
            return;
        }
        self.built = Some(self.started.elapsed());
        mark("first frame built");
        ui.ctx().request_repaint();
    }
}
