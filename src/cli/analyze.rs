//! `dossier analyze`: load, analyse and export articles — one file, or a
//! batch of files, folders, glob patterns and a JSON Lines stream on stdin,
//! on every core, written in input order as they are ready. A bad article
//! is one error line on stderr and never stops the batch; the exit status
//! says whether any failed ([`EXIT_SOME_FAILED`]). A re-opened annotated
//! JSON is converted as it is (manual changes included), not analysed again.

use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::inputs::{self, Expanded, Input, Line};
use super::ordered::for_each_ordered;
use super::report::{Progress, Tally, Total};
use super::sink::{Framing, Rendered, Sink, Target};
use crate::corpus::batch::analyze_guarded;
use crate::export::{self, ExportError, Format, per_document_targets, refuse_sources};
use crate::load::{self, LoadError, Opened};
use crate::model::{Analysis, Document};
use crate::pipeline::{Pipeline, PipelineError};

/// Exit status of a batch that ran to its end with at least one article
/// failed (each named on stderr); 1 is left for a command that could not
/// run at all, 2 for a usage error.
pub const EXIT_SOME_FAILED: i32 = 3;

/// Articles read but not yet written, per analysing thread: enough that no
/// thread waits for a slow neighbour, few enough that memory stays flat.
const WINDOW_PER_THREAD: usize = 16;

/// Options of `dossier analyze`.
#[derive(Clone, Debug)]
pub struct AnalyzeOptions {
    /// Output format.
    pub format: Format,
    /// Publication date anchoring relative dates, when the article has none.
    pub published: Option<String>,
    /// Output file (for brat, the `.ann` or a folder); stdout when `None`.
    pub out: Option<PathBuf>,
    /// Analysing threads; every core when `None`.
    pub jobs: Option<usize>,
    /// No progress bar and no summary (errors are still printed).
    pub quiet: bool,
}

/// Why `dossier analyze` could not run (a bad article is not one of these:
/// it is reported and counted, and the batch goes on).
#[derive(Debug, thiserror::Error)]
pub enum AnalyzeError {
    /// A `--format` that is not in the list.
    #[error("unknown format {name:?} ({})", export::format_names())]
    UnknownFormat {
        /// What was given.
        name: String,
    },
    /// A malformed `--published` date.
    #[error("--published must be YYYY-MM-DD, got {value:?}")]
    BadDate {
        /// What was given.
        value: String,
    },
    /// An input could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The pipeline's resources did not load.
    #[error(transparent)]
    Model(#[from] PipelineError),
    /// An annotated JSON input whose spans do not match their quotes.
    #[error("{count} span(s) do not match their quoted text, first {first}: {}", path.display())]
    SpanProblems {
        /// How many.
        count: usize,
        /// The first, described.
        first: String,
        /// The input.
        path: PathBuf,
    },
    /// The output could not be written.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// The thread pool could not start.
    #[error("cannot start {jobs} analysing threads ({reason})")]
    Threads {
        /// How many were asked for.
        jobs: usize,
        /// Why not.
        reason: String,
    },
}

/// Parses a `--format` value; a deprecated alias says so on stderr.
pub fn parse_format(name: &str) -> Result<Format, AnalyzeError> {
    let format = Format::from_name(name).ok_or_else(|| AnalyzeError::UnknownFormat {
        name: name.to_owned(),
    })?;
    if name != format.name() {
        eprintln!(
            "warning: --format {name} is deprecated and will be removed in the next release; use --format {}",
            format.name()
        );
    }
    Ok(format)
}

/// Loads, analyses and exports every input, then prints the summary
/// (unless quiet) and returns the tally.
pub fn run(args: &[PathBuf], options: &AnalyzeOptions) -> Result<Tally, AnalyzeError> {
    check_published(options)?;
    let target = options.out.clone().map_or(Target::Stdout, Target::File);
    let pipeline = Pipeline::new()?;
    let tally = run_with(&pipeline, args, options, target)?;
    if !options.quiet {
        eprintln!("{}", tally.summary());
    }
    Ok(tally)
}

/// [`run`] with a pipeline already built and any target (benchmarks
/// discard the output).
pub fn run_with(
    pipeline: &Pipeline,
    args: &[PathBuf],
    options: &AnalyzeOptions,
    target: Target,
) -> Result<Tally, AnalyzeError> {
    check_published(options)?;
    let expanded = inputs::expand(args);
    // An input that is not there is the loader's to report, not an overwrite.
    let sources: Vec<&Path> = expanded.files().filter(|f| f.exists()).collect();
    refuse_sources(options.out.as_deref(), &sources, false)?;
    let framing = Framing::of(options.format, expanded.is_one_file(args));
    if framing == Framing::Files {
        let folder = options.out.as_deref().is_some_and(Path::is_dir);
        if options.out.is_none() || !(folder || expanded.is_one_file(args)) {
            return Err(ExportError::NeedsFolder.into());
        }
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .build()
        .map_err(|e| AnalyzeError::Threads {
            jobs: options.jobs.unwrap_or(0),
            reason: e.to_string(),
        })?;
    let threads = pool.current_num_threads();
    let mut progress = Progress::new(total_of(&expanded), options.quiet, threads);
    for problem in &expanded.problems {
        progress.problem(problem);
    }
    let mut sink = Sink::new(options.format, framing, target);
    let mut failure: Option<ExportError> = None;
    // Once the output fails (a closed pipe, a full disk) no more is read.
    let stopped = std::cell::Cell::new(false);
    let job = Job {
        pipeline,
        options,
        framing,
    };
    for_each_ordered(
        &pool,
        WINDOW_PER_THREAD * threads,
        jobs(expanded.inputs).take_while(|_| !stopped.get()),
        |item| job.run(item),
        |done| {
            let done = done.unwrap_or_else(|_| Done {
                bytes: 0,
                outcome: Err("the analysis failed with an internal error".into()),
            });
            if failure.is_some() {
                return;
            }
            match &done.outcome {
                Ok(rendered) => match sink.write(rendered) {
                    Ok(()) => progress.done(done.bytes, None),
                    Err(e) => {
                        failure = Some(e);
                        stopped.set(true);
                    }
                },
                Err(e) => progress.done(done.bytes, Some(e)),
            }
        },
    );
    if let Some(e) = failure {
        progress.finish();
        return Err(e.into());
    }
    sink.finish()?;
    Ok(progress.finish())
}

/// Refuses a malformed `--published` before anything is loaded.
fn check_published(options: &AnalyzeOptions) -> Result<(), AnalyzeError> {
    match &options.published {
        Some(p) if !crate::pipeline::dates::is_iso_day(p) => {
            Err(AnalyzeError::BadDate { value: p.clone() })
        }
        _ => Ok(()),
    }
}

/// What the bar counts: articles when the inputs are files, bytes when
/// stdin alone is read from a file, else nothing it can know.
fn total_of(expanded: &Expanded) -> Total {
    match expanded.inputs.as_slice() {
        [Input::Stdin] => std::fs::metadata("/dev/stdin")
            .ok()
            .filter(std::fs::Metadata::is_file)
            .map_or(Total::Unknown, |m| Total::Bytes(m.len())),
        inputs if inputs.contains(&Input::Stdin) => Total::Unknown,
        inputs => Total::Articles(inputs.len() as u64),
    }
}

/// One article to analyse, in input order.
enum Item {
    /// A file.
    File(PathBuf),
    /// A line of stdin.
    Line(Line),
    /// A line that could not be read: its message.
    Unreadable(String),
}

/// The items of the inputs, stdin read a line at a time as they are taken.
fn jobs(inputs: Vec<Input>) -> impl Iterator<Item = Item> {
    inputs
        .into_iter()
        .flat_map(|input| -> Box<dyn Iterator<Item = Item>> {
            match input {
                Input::File(path) => Box::new(std::iter::once(Item::File(path))),
                Input::Stdin => {
                    let reader = BufReader::with_capacity(1 << 20, std::io::stdin().lock());
                    Box::new(inputs::Lines::new(reader).map(|line| match line {
                        Ok(line) => Item::Line(line),
                        Err(e) => Item::Unreadable(e),
                    }))
                }
            }
        })
}

/// One article's result: the bytes read for it, and its output or error.
struct Done {
    bytes: u64,
    outcome: Result<Rendered, String>,
}

/// What every worker shares.
struct Job<'a> {
    pipeline: &'a Pipeline,
    options: &'a AnalyzeOptions,
    framing: Framing,
}

impl Job<'_> {
    /// Loads, analyses and renders one item (on a worker thread). Never
    /// inlined: profiles count one article's whole cost under this name
    /// (`valgrind --tool=callgrind --toggle-collect='*Job::run*'`).
    #[inline(never)]
    fn run(&self, item: Item) -> Done {
        let (bytes, analysis, name) = match item {
            Item::File(path) => {
                let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
                (bytes, self.file_analysis(&path), path)
            }
            Item::Line(line) => {
                let bytes = line.bytes.len() as u64 + 1;
                let doc = inputs::line_document(&line);
                let name = PathBuf::from(doc.as_ref().map_or("", |d| d.source.as_str()));
                (bytes, doc.and_then(|d| self.analyze(d)), name)
            }
            Item::Unreadable(e) => (0, Err(e), PathBuf::new()),
        };
        let outcome = analysis.and_then(|a| self.render(&a, &name));
        Done { bytes, outcome }
    }

    fn analyze(&self, mut doc: Document) -> Result<Analysis, String> {
        if doc.published.is_none() {
            doc.published.clone_from(&self.options.published);
        }
        analyze_guarded(self.pipeline, doc).map(|o| o.analysis)
    }

    /// The analysis of one file: a re-opened export as it is (spans that do
    /// not match their quotes stop it), an article analysed.
    fn file_analysis(&self, path: &Path) -> Result<Analysis, String> {
        match load::open(path).map_err(|e| e.to_string())? {
            Opened::Annotated(annotated) => match annotated.problems.first() {
                Some(first) => Err(AnalyzeError::SpanProblems {
                    count: annotated.problems.len(),
                    first: first.to_string(),
                    path: path.to_owned(),
                }
                .to_string()),
                None => Ok(*annotated.analysis),
            },
            Opened::Article(doc) => self.analyze(doc),
        }
    }

    /// The output of one analysis; for brat, its files beside `name`'s stem
    /// in the `--out` folder, never over the article itself.
    fn render(&self, analysis: &Analysis, name: &Path) -> Result<Rendered, String> {
        let format = self.options.format;
        let mut main = PathBuf::new();
        if self.framing == Framing::Files {
            let out = self.options.out.as_deref();
            let targets = per_document_targets(format, out, &[name.to_path_buf()])
                .map_err(|e| e.to_string())?;
            main = targets.into_iter().next().unwrap_or_default();
        }
        let rendered = Rendered::of(format, self.framing, analysis, &main);
        if let Rendered::Files(outputs) = &rendered {
            let targets = outputs.iter().rev().map(|o| o.path.as_path());
            refuse_sources(targets, &[name], false).map_err(|e| e.to_string())?;
        }
        Ok(rendered)
    }
}

/// The end-to-end speed of a batch for `dossier bench batch`: the pipeline
/// built, then [`run_with`] with the output rendered and discarded. The
/// build counts every resource an article needs, the loader's furniture
/// lexicon too (compiled on a thread of its own meanwhile, which the first
/// article used to wait for inside the batch's time).
pub fn bench(args: &[PathBuf], options: &AnalyzeOptions) -> Result<(f64, Tally), AnalyzeError> {
    let started = Instant::now();
    let pipeline = Pipeline::new()?;
    crate::load::warm_up();
    let built = started.elapsed().as_secs_f64();
    let tally = run_with(&pipeline, args, options, Target::Discard)?;
    Ok((built, tally))
}
