//! `dossier bench`: how fast a folder opens on every core (`bench open`),
//! how fast `dossier analyze` runs a batch end to end (`bench batch`), and
//! generators of large invented corpora (`bench generate`, a folder;
//! `bench generate-jsonl`, a JSON Lines file), and every speed figure with
//! its bar (`bench report`, in `bench_report`).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use clap::Subcommand;

use super::CliError;
use super::analyze::{self, AnalyzeOptions};
use crate::corpus::batch;
use crate::pipeline::Pipeline;

/// The measuring commands.
#[derive(Subcommand, Debug)]
pub enum BenchCommand {
    /// Load and analyse every article file under a folder on every core, as
    /// the workbench's Open Folder does; print articles, seconds,
    /// articles/s, cores and peak memory.
    Open {
        /// Folder (or files) to open.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Threads to use (every core when absent).
        #[arg(long)]
        threads: Option<usize>,
    },
    /// Write a corpus of varied invented news articles into a folder
    /// (100 a sub-folder; text, Markdown and HTML), for `bench open` and the
    /// workbench's article list.
    Generate {
        /// Folder to write into (created).
        dir: PathBuf,
        /// How many articles.
        #[arg(long, default_value_t = 10_000)]
        articles: usize,
        /// Random seed: the same seed writes the same corpus.
        #[arg(long, default_value_t = 11)]
        seed: u64,
    },
    /// Run `dossier analyze` on the inputs (files, folders, patterns, `-`
    /// for JSON Lines on stdin) end to end — load, analyse, render — with
    /// the output discarded; print articles, failures, MB, seconds, MB/s,
    /// threads and peak memory.
    Batch {
        /// Inputs, as `dossier analyze` takes them.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Analysing threads (every core when absent).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        /// Output format rendered.
        #[arg(long, default_value = "jsonl")]
        format: String,
    },
    /// Write invented articles as JSON Lines (`{"text", "source",
    /// "published"}` a line) up to a size, with one line of binary garbage
    /// half way: the input of `dossier analyze -` and `bench batch -`.
    GenerateJsonl {
        /// File to write.
        out: PathBuf,
        /// Size in megabytes (10^6 bytes).
        #[arg(long, default_value_t = 1000)]
        megabytes: u64,
        /// Random seed: the same seed writes the same corpus.
        #[arg(long, default_value_t = 11)]
        seed: u64,
    },
    /// Every speed figure with its bar and the machine: launch to the first
    /// highlighted frame, whole-process tagging on ten copies of CoNLL-2003
    /// test, batch on one and two cores, one 1 MB article analysed, and
    /// scrolling a 5 KB, 1 MB and 10 MB article (the GUI figures need the GUI
    /// build and a display).
    Report {
        /// CoNLL-2003 English `test.txt`.
        #[arg(long, default_value = "../shared/data/conll2003/test.txt")]
        conll: PathBuf,
        /// Whole-process runs of each measure; the median is reported.
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// Skip the GUI measures.
        #[arg(long)]
        no_gui: bool,
    },
}

impl BenchCommand {
    /// Runs the command.
    pub fn run(self) -> Result<(), CliError> {
        match self {
            Self::Open { paths, threads } => open(&paths, threads),
            Self::Report {
                conll,
                runs,
                no_gui,
            } => super::bench_report::run(&super::bench_report::ReportOptions {
                conll,
                runs: runs.max(1),
                no_gui,
            }),
            Self::Generate {
                dir,
                articles,
                seed,
            } => {
                let started = Instant::now();
                let bytes = super::synthetic::write_corpus(&dir, articles, seed)?;
                emit(&format!(
                    "wrote {articles} articles ({:.1} MB) to {} in {:.1} s\n",
                    bytes as f64 / 1e6,
                    dir.display(),
                    started.elapsed().as_secs_f64()
                ))
            }
            Self::Batch {
                inputs,
                jobs,
                format,
            } => batch(&inputs, jobs, &format),
            Self::GenerateJsonl {
                out,
                megabytes,
                seed,
            } => {
                let started = Instant::now();
                let (articles, bytes) = super::synthetic::write_jsonl(&out, megabytes, seed)?;
                emit(&format!(
                    "wrote {articles} articles and 1 garbage line ({:.1} MB) to {} in {:.1} s\n",
                    bytes as f64 / 1e6,
                    out.display(),
                    started.elapsed().as_secs_f64()
                ))
            }
        }
    }
}

/// `dossier bench batch`: the batch path of `dossier analyze`, timed.
fn batch(inputs: &[PathBuf], jobs: Option<usize>, format: &str) -> Result<(), CliError> {
    let options = AnalyzeOptions {
        format: analyze::parse_format(format).map_err(std::io::Error::other)?,
        published: None,
        out: None,
        jobs,
        quiet: true,
    };
    let (built, tally) = analyze::bench(inputs, &options).map_err(std::io::Error::other)?;
    let whole = built + tally.elapsed.as_secs_f64();
    let peak = peak_memory().map_or_else(String::new, |p| format!("; peak memory (VmHWM) {p}"));
    emit(&format!(
        "batch {}: {} (output rendered, not written)\n  pipeline built in {built:.2} s; with it, {:.2} MB/s for the whole run{peak}\n",
        options.format.name(),
        tally.summary(),
        tally.bytes as f64 / 1e6 / whole.max(1e-9)
    ))
}

/// Writes `text` to standard output at once: a closed output (`dossier
/// bench batch … | head -1`) ends the run quietly.
fn emit(text: &str) -> Result<(), CliError> {
    match super::sink::write_now(text) {
        Err(e) if super::sink::is_closed(&e) => Ok(()),
        done => Ok(done?),
    }
}

/// `dossier bench open`: the whole open — building the pipeline, walking
/// the folder, loading and analysing every file — timed, with the analyses
/// kept in memory as the workbench keeps them.
fn open(paths: &[PathBuf], threads: Option<usize>) -> Result<(), CliError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let started = Instant::now();
    let pipeline = Pipeline::new()?;
    let built = started.elapsed();
    let walked = batch::article_files(paths);
    for problem in &walked.problems {
        eprintln!("{problem}");
    }
    let walked_in = started.elapsed() - built;
    let total = walked.files.len();
    let step = (total / 10).max(1);
    let cancel = AtomicBool::new(false);
    let (items, summary) = pool.install(|| {
        batch::analyze_all(&pipeline, &walked.files, &cancel, |p| {
            if p.done % step == 0 || p.done == p.total {
                eprint!("\r{} / {} ({:.0} articles/s)   ", p.done, p.total, p.rate());
                let _ = std::io::stderr().flush();
            }
        })
    });
    let elapsed = started.elapsed();
    eprintln!();
    for item in &items {
        if let Err(e) = &item.outcome {
            eprintln!("{e}");
        }
    }
    let bytes: usize = items
        .iter()
        .filter_map(|i| i.outcome.as_ref().ok())
        .map(|o| o.analysis.document.text.len())
        .sum();
    let p = summary.progress;
    let peak = peak_memory().map_or_else(String::new, |peak| {
        format!("  peak memory (VmHWM) {peak}, holding every analysis as the workbench does\n")
    });
    emit(&format!(
        "opened {} articles ({} failed, {:.1} MB of text) in {:.2} s: {:.1} articles/s on {} cores\n  pipeline built in {:.2} s, folder walked in {:.3} s, analysis {:.2} s ({:.1} articles/s)\n{peak}",
        p.done - p.failed,
        p.failed,
        bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        pool.current_num_threads(),
        built.as_secs_f64(),
        walked_in.as_secs_f64(),
        p.elapsed.as_secs_f64(),
        p.rate()
    ))?;
    drop(items);
    Ok(())
}

/// The process's peak resident memory, from `/proc/self/status` (Linux).
fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string(Path::new("/proc/self/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line
        .trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(format!("{:.0} MiB", kib / 1024.0))
}
