//! `dossier bench report`: every speed figure of issue 12 in one run, with
//! the machine it ran on — launch to the first highlighted frame, whole-
//! process tagging on ten copies of CoNLL-2003 test, end-to-end batch on one
//! and two cores, one 1 MB article analysed (a cost that grows faster than
//! the text shows there), and the egui pass while scrolling a 5 KB, 1 MB and
//! 10 MB article — each against its bar.
//!
//! Every figure is a whole process of this same executable (`ner --conll`,
//! `bench batch`, the app under `DOSSIER_MEASURE`), run a few times, with the
//! median reported: what a user's command costs, start-up included. The GUI
//! figures need the `gui` build and a display (`DISPLAY`, e.g. Xvfb); without
//! them they are reported as skipped, not guessed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use super::CliError;

/// The sample article, repeated to make the big ones.
const SAMPLE: &str = include_str!("../../assets/microsoft-openai.txt");

/// Options of `dossier bench report`.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// CoNLL-2003 `test.txt` (tagging is skipped when it is missing).
    pub conll: PathBuf,
    /// Runs of each measure; the median is reported.
    pub runs: usize,
    /// Skip the GUI measures even where a display is available.
    pub no_gui: bool,
}

/// One measured figure against its bar.
struct Row {
    what: &'static str,
    value: Option<f64>,
    unit: &'static str,
    bar: Bar,
    detail: String,
}

/// Which way a bar points.
#[derive(Clone, Copy)]
enum Bar {
    AtMost(f64),
    AtLeast(f64),
}

impl Row {
    fn verdict(&self) -> &'static str {
        match (self.value, self.bar) {
            (None, _) => "skipped",
            (Some(v), Bar::AtMost(b)) if v <= b => "met",
            (Some(v), Bar::AtLeast(b)) if v >= b => "met",
            _ => "NOT met",
        }
    }

    fn bar_text(&self) -> String {
        match self.bar {
            Bar::AtMost(b) => format!("≤ {b} {}", self.unit),
            Bar::AtLeast(b) => format!("≥ {b} {}", self.unit),
        }
    }
}

/// Writes `text` and a newline to standard output at once. A closed output
/// (`dossier bench report | head -3`) is an error of kind `BrokenPipe`,
/// which stops the report before its next measure; the command then ends
/// quietly (see [`run`]).
fn say(text: &str) -> std::io::Result<()> {
    super::sink::write_now(&format!("{text}\n"))
}

/// Runs every measure and prints the report; a reader that stops reading
/// ends it quietly.
pub fn run(options: &ReportOptions) -> Result<(), CliError> {
    match report(options) {
        Err(CliError::Io(e)) if super::sink::is_closed(&e) => Ok(()),
        done => done,
    }
}

fn report(options: &ReportOptions) -> Result<(), CliError> {
    let exe = std::env::current_exe()?;
    let scratch = Scratch::new()?;
    say(&format!(
        "dossier {} bench report",
        env!("CARGO_PKG_VERSION")
    ))?;
    for line in machine() {
        say(&format!("  {line}"))?;
    }
    say(&format!("  load average at start: {}", load_average()))?;
    say(&format!(
        "  each figure: median of {} whole-process runs of this executable\n",
        options.runs
    ))?;
    let gui = gui_available(options.no_gui);
    let mut rows = Vec::new();
    rows.push(launch(&exe, &scratch, options.runs, gui.as_ref())?);
    rows.push(tagging(&exe, &scratch, &options.conll, options.runs)?);
    let (one, two) = batch(&exe, &scratch, options.runs)?;
    let scaling = match (one.value, two.value) {
        (Some(a), Some(b)) if a > 0.0 => Some(b / a),
        _ => None,
    };
    rows.push(one);
    rows.push(varied(&exe, options.runs)?);
    rows.push(two);
    rows.push(long_article(&exe, &scratch, options.runs)?);
    rows.push(Row {
        what: "batch scaling, 2 cores over 1",
        value: scaling,
        unit: "×",
        bar: Bar::AtLeast(1.8),
        detail: String::new(),
    });
    for (label, copies) in [("5 KB", 1), ("1 MB", 210), ("10 MB", 2100)] {
        rows.push(scroll(
            &exe,
            &scratch,
            label,
            copies,
            options.runs,
            gui.as_ref(),
        )?);
    }
    print_rows(&rows)?;
    say(&format!("\n  load average at end: {}", load_average()))?;
    Ok(())
}

fn print_rows(rows: &[Row]) -> std::io::Result<()> {
    say(&format!(
        "{:<44} {:>18}  {:<18} verdict",
        "measure", "value", "bar"
    ))?;
    for row in rows {
        let value = row
            .value
            .map_or_else(|| "—".to_string(), |v| format!("{v:.2} {}", row.unit));
        say(&format!(
            "{:<44} {:>18}  {:<18} {}",
            row.what,
            value,
            row.bar_text(),
            row.verdict()
        ))?;
        if !row.detail.is_empty() {
            say(&format!("    {}", row.detail))?;
        }
    }
    Ok(())
}

/// A temporary folder for the generated inputs, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> std::io::Result<Self> {
        let dir = std::env::temp_dir().join(format!("dossier-bench-report-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        Ok(Self(dir))
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The machine: processor, cores, memory, system.
fn machine() -> Vec<String> {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map_or("unknown processor", |(_, v)| v.trim())
        .to_string();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            let line = m.lines().find(|l| l.starts_with("MemTotal:"))?.to_string();
            let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
            Some(format!("{:.1} GiB memory", kib / 1024.0 / 1024.0))
        })
        .unwrap_or_else(|| "memory unknown".to_string());
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|s| {
            let line = s
                .lines()
                .find(|l| l.starts_with("PRETTY_NAME="))?
                .to_string();
            Some(line["PRETTY_NAME=".len()..].trim_matches('"').to_string())
        })
        .unwrap_or_else(|| std::env::consts::OS.to_string());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    vec![
        format!("{model}, {cores} cores available, {memory}"),
        format!("{os}, kernel {kernel}, {}", std::env::consts::ARCH),
        format!(
            "build: {}{}",
            if cfg!(debug_assertions) {
                "debug (figures are not representative)"
            } else {
                "release"
            },
            if cfg!(feature = "gui") {
                ", with the GUI"
            } else {
                ", without the GUI"
            }
        ),
    ]
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".to_string())
}

/// Why the GUI measures cannot run, or `Some(())` when they can.
fn gui_available(no_gui: bool) -> Option<()> {
    let display =
        std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some();
    (cfg!(feature = "gui") && display && !no_gui).then_some(())
}

/// CPU seconds (user + system) of the children this process has waited
/// for, from `/proc/self/stat` (`cutime`, `cstime`: clock ticks, which Linux
/// reports at a fixed 100 a second). The steadier figure on a busy machine,
/// where wall time also counts other processes' turns.
fn children_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // `rest` starts at field 3 (state); cutime and cstime are fields 16 and 17.
    let ticks: f64 = fields.get(13)?.parse::<f64>().ok()? + fields.get(14)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Wall and CPU seconds of one child run.
fn timed<T>(run: impl FnOnce() -> std::io::Result<T>) -> std::io::Result<(T, f64, Option<f64>)> {
    let cpu_before = children_cpu_seconds();
    let started = Instant::now();
    let out = run()?;
    let wall = started.elapsed().as_secs_f64();
    let cpu = match (cpu_before, children_cpu_seconds()) {
        (Some(a), Some(b)) => Some(b - a),
        _ => None,
    };
    Ok((out, wall, cpu))
}

fn median(mut v: Vec<f64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    Some(v[v.len() / 2])
}

fn spread(v: &[f64], unit: &str) -> String {
    let text: Vec<String> = v.iter().map(|x| format!("{x:.2}")).collect();
    format!("runs: {} {unit}", text.join(", "))
}

/// The app on the bundled sample under `DOSSIER_MEASURE=launch`; settings in
/// a fresh folder so no saved workspace or layout is restored. Each run is
/// paired with a bare window's (`DOSSIER_MEASURE=floor`, one label): the
/// time the display and renderer take whatever the app does, at the same load.
fn launch(exe: &Path, scratch: &Scratch, runs: usize, gui: Option<&()>) -> Result<Row, CliError> {
    let mut times = Vec::new();
    let mut floors = Vec::new();
    let mut detail = "needs the GUI build and a display".to_string();
    if gui.is_some() {
        for _ in 0..runs {
            for (mode, into) in [("launch", &mut times), ("floor", &mut floors)] {
                let out = app_command(exe, scratch, mode).output()?;
                let text = String::from_utf8_lossy(&out.stdout);
                if let Some(ms) = number_before(&text, " ms presented") {
                    into.push(ms);
                }
            }
        }
        detail = format!(
            "{}; a bare window's first frame: median {} ms",
            spread(&times, "ms"),
            median(floors).map_or("?".to_string(), |ms| format!("{ms:.0}"))
        );
    }
    Ok(Row {
        what: "launch → first highlighted frame",
        value: median(times),
        unit: "ms",
        bar: Bar::AtMost(300.0),
        detail,
    })
}

/// The app with a measure mode, settings isolated in the scratch folder.
fn app_command(exe: &Path, scratch: &Scratch, mode: &str) -> Command {
    let home = scratch.path("home");
    let mut cmd = Command::new(exe);
    cmd.env("DOSSIER_MEASURE", mode)
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .stdin(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// The number just before `marker` in `text` ("… 212 ms presented").
fn number_before(text: &str, marker: &str) -> Option<f64> {
    let head = &text[..text.find(marker)?];
    let start = head
        .rfind(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map_or(0, |i| i + 1);
    head[start..].parse().ok()
}

/// The number just after `marker` in `text` ("median 1.23 ms").
fn number_after(text: &str, marker: &str) -> Option<f64> {
    let tail = &text[text.find(marker)? + marker.len()..];
    let end = tail
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(tail.len());
    tail[..end].parse().ok()
}

/// `dossier ner --conll --jobs 1` on ten copies of CoNLL-2003 test, output
/// discarded: one tagging thread, so the figure is per core whatever the
/// machine (`ner` uses every core when `--jobs` is left out).
fn tagging(exe: &Path, scratch: &Scratch, conll: &Path, runs: usize) -> Result<Row, CliError> {
    let Ok(one) = std::fs::read_to_string(conll) else {
        return Ok(Row {
            what: "tagging, whole process, 1 thread (CoNLL test ×10)",
            value: None,
            unit: "k tokens/s",
            bar: Bar::AtLeast(300.0),
            detail: format!("{} not found (--conll FILE)", conll.display()),
        });
    };
    let tokens = one
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("-DOCSTART-"))
        .count()
        * 10;
    let file = scratch.path("conll10.txt");
    std::fs::write(&file, one.repeat(10))?;
    let (mut rates, mut per_cpu) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let (status, wall, cpu) = timed(|| {
            Command::new(exe)
                .arg("ner")
                .arg("--conll")
                .arg(&file)
                .args(["--jobs", "1"])
                .stdout(Stdio::null())
                .status()
        })?;
        if status.success() {
            rates.push(tokens as f64 / wall / 1e3);
            per_cpu.extend(cpu.map(|c| tokens as f64 / c.max(1e-3) / 1e3));
        }
    }
    let detail = format!(
        "{tokens} tokens; {}; per CPU-second: {}",
        spread(&rates, "k tokens/s"),
        median(per_cpu).map_or("—".to_string(), |v| format!("{v:.0}k"))
    );
    Ok(Row {
        what: "tagging, whole process, 1 thread (CoNLL test ×10)",
        value: median(rates),
        unit: "k tokens/s",
        bar: Bar::AtLeast(300.0),
        detail,
    })
}

/// `dossier bench batch` on the sample ×200 with one and with two threads.
fn batch(exe: &Path, scratch: &Scratch, runs: usize) -> Result<(Row, Row), CliError> {
    let dir = scratch.path("sample200");
    std::fs::create_dir_all(&dir)?;
    for i in 0..200 {
        std::fs::write(dir.join(format!("s{i:03}.txt")), SAMPLE)?;
    }
    let mut rows = Vec::new();
    for (jobs, what, bar) in [
        (1, "batch end to end, 1 core (sample ×200)", 1.5),
        (2, "batch end to end, 2 cores", 3.0),
    ] {
        let (mut rates, mut per_cpu) = (Vec::new(), Vec::new());
        let megabytes = (SAMPLE.len() * 200) as f64 / 1e6;
        for _ in 0..runs {
            let (out, _, cpu) = timed(|| {
                Command::new(exe)
                    .args(["bench", "batch", "--jobs", &jobs.to_string()])
                    .arg(&dir)
                    .stderr(Stdio::null())
                    .output()
            })?;
            if let Some(rate) = number_before(&String::from_utf8_lossy(&out.stdout), " MB/s") {
                rates.push(rate);
                per_cpu.extend(cpu.map(|c| megabytes / c.max(1e-3)));
            }
        }
        let detail = format!(
            "{}; MB per CPU-second of the whole process: {}",
            spread(&rates, "MB/s"),
            median(per_cpu).map_or("—".to_string(), |v| format!("{v:.2}"))
        );
        rows.push(Row {
            what,
            value: median(rates),
            unit: "MB/s",
            bar: Bar::AtLeast(bar),
            detail,
        });
    }
    let two = rows
        .pop()
        .unwrap_or_else(|| unreachable_row("batch, 2 cores"));
    let one = rows
        .pop()
        .unwrap_or_else(|| unreachable_row("batch, 1 core"));
    Ok((one, two))
}

/// Real articles, each seen once, from the repository's development sets
/// (run from the repository's root; skipped elsewhere): shorter and more
/// varied than the sample, so the tagger's word cache and the patterns'
/// lazy automata meet new text on every article, as in a real corpus.
const DEV_TEXTS: [&str; 2] = ["eval/meantime-dev/texts", "eval/wire-dev/texts"];

/// `dossier bench batch` on [`DEV_TEXTS`] with one thread.
fn varied(exe: &Path, runs: usize) -> Result<Row, CliError> {
    let mut rates = Vec::new();
    if DEV_TEXTS.iter().all(|d| Path::new(d).is_dir()) {
        for _ in 0..runs {
            let out = Command::new(exe)
                .args(["bench", "batch", "--jobs", "1"])
                .args(DEV_TEXTS)
                .stderr(Stdio::null())
                .output()?;
            rates.extend(number_before(
                &String::from_utf8_lossy(&out.stdout),
                " MB/s",
            ));
        }
    }
    Ok(Row {
        what: "batch end to end, 1 core (dev texts, each once)",
        detail: if rates.is_empty() {
            format!("{} not found", DEV_TEXTS.join(", "))
        } else {
            spread(&rates, "MB/s")
        },
        value: median(rates),
        unit: "MB/s",
        bar: Bar::AtLeast(1.5),
    })
}

/// `analyze` on one 1 MB article of invented stories: a cost per mention
/// over the whole text (quadratic or worse) shows here as seconds, while
/// the batch of short articles hides it.
fn long_article(exe: &Path, scratch: &Scratch, runs: usize) -> Result<Row, CliError> {
    let path = scratch.path("long.txt");
    super::synthetic::write_long_article(&path, 1_000_000, 29)?;
    let mut times = Vec::new();
    for _ in 0..runs {
        let (out, wall, _) = timed(|| {
            Command::new(exe)
                .args(["analyze", "--format", "jsonl"])
                .arg(&path)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
        })?;
        times.extend(out.success().then_some(wall));
    }
    let rate = median(times.clone()).map_or("—".to_string(), |t| format!("{:.2}", 1.0 / t));
    Ok(Row {
        what: "analyze one 1 MB article (invented stories)",
        detail: format!("{}; median {rate} MB/s", spread(&times, "s")),
        value: median(times),
        unit: "s",
        bar: Bar::AtMost(3.0),
    })
}

fn unreachable_row(what: &'static str) -> Row {
    Row {
        what,
        value: None,
        unit: "",
        bar: Bar::AtLeast(0.0),
        detail: String::new(),
    }
}

/// The app scrolling an article of `copies` samples under
/// `DOSSIER_MEASURE=scroll`: the median egui + app pass per frame.
fn scroll(
    exe: &Path,
    scratch: &Scratch,
    label: &'static str,
    copies: usize,
    runs: usize,
    gui: Option<&()>,
) -> Result<Row, CliError> {
    let what: &'static str = match label {
        "5 KB" => "scroll a 5 KB article: ui pass median",
        "1 MB" => "scroll a 1 MB article: ui pass median",
        _ => "scroll a 10 MB article: ui pass median",
    };
    let mut times = Vec::new();
    let mut detail = "needs the GUI build and a display".to_string();
    if gui.is_some() {
        let file = scratch.path(&format!("article-{copies}.txt"));
        let mut text = String::with_capacity(SAMPLE.len() * copies + copies);
        for _ in 0..copies {
            text.push_str(SAMPLE);
            text.push('\n');
        }
        std::fs::write(&file, text)?;
        for _ in 0..runs {
            let out = app_command(exe, scratch, "scroll").arg(&file).output()?;
            let stdout = String::from_utf8_lossy(&out.stdout);
            if let Some(ms) = number_after(&stdout, "ui pass (CPU, egui + app): median ") {
                times.push(ms);
            }
        }
        detail = spread(&times, "ms");
    }
    Ok(Row {
        what,
        value: median(times),
        unit: "ms",
        bar: Bar::AtMost(4.0),
        detail,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_next_to_their_markers() {
        let launch = "launch to first highlighted frame: 212 ms built, 230 ms presented (load";
        assert_eq!(number_before(launch, " ms presented"), Some(230.0));
        let scroll = "ui pass (CPU, egui + app): median 1.23 ms, mean 1.5 ms";
        assert_eq!(
            number_after(scroll, "ui pass (CPU, egui + app): median "),
            Some(1.23)
        );
        let batch = "200 articles (0 failed), 0.97 MB in 1.60 s: 0.61 MB/s, 125.0 articles/s";
        assert_eq!(number_before(batch, " MB/s"), Some(0.61));
        assert_eq!(number_before("no figure", " MB/s"), None);
    }

    #[test]
    fn verdicts_follow_the_bar() {
        let row = |value, bar| Row {
            what: "x",
            value,
            unit: "ms",
            bar,
            detail: String::new(),
        };
        assert_eq!(row(Some(250.0), Bar::AtMost(300.0)).verdict(), "met");
        assert_eq!(row(Some(350.0), Bar::AtMost(300.0)).verdict(), "NOT met");
        assert_eq!(row(Some(1.2), Bar::AtLeast(1.5)).verdict(), "NOT met");
        assert_eq!(row(None, Bar::AtLeast(1.5)).verdict(), "skipped");
        assert_eq!(median(vec![3.0, 1.0, 2.0]), Some(2.0));
    }
}
