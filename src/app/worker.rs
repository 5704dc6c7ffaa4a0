//! The analysis worker: loads and analyses articles on its own thread so the
//! window keeps drawing. Owns the [`Pipeline`], built on first use; a batch
//! (a folder, many files) runs on every core through [`batch`].

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

use crate::corpus::batch::{self, Progress, Summary};
use crate::load;
use crate::model::{Analysis, Correction};
use crate::pipeline::Pipeline;

/// What to analyse.
#[derive(Clone, Debug)]
pub enum Source {
    /// A file on disk.
    Path(PathBuf),
    /// Bytes in memory, with the file name that chooses their format.
    Bytes {
        /// File name for display and format detection.
        name: String,
        /// The content.
        bytes: Vec<u8>,
    },
    /// A document already loaded, analysed again (Edit ▸ Re-analyse).
    Document {
        /// The document.
        document: Box<crate::model::Document>,
        /// The file it came from, for the result.
        path: Option<PathBuf>,
    },
}

enum Job {
    /// Nothing to analyse yet: build the pipeline now (at launch, while the
    /// window is being created), so the first article does not wait for it.
    Warm,
    /// One article.
    One(Source),
    /// Many files and folders, analysed on every core.
    Batch {
        paths: Vec<PathBuf>,
        cancel: Arc<AtomicBool>,
    },
}

/// A finished job.
#[derive(Debug)]
pub struct Done {
    /// Where it came from.
    pub path: Option<PathBuf>,
    /// The analysis, or the error text for the status bar.
    pub outcome: Result<Analysis, String>,
    /// The corrections a re-opened export records (already applied).
    pub corrections: Vec<Correction>,
    /// Load plus analysis time.
    pub elapsed: Duration,
    /// The batch's progress after this article, when it is part of one.
    pub batch: Option<Progress>,
}

/// What the worker reports.
#[derive(Debug)]
pub enum Report {
    /// An article is ready (or failed).
    Done(Box<Done>),
    /// A batch has listed its files: how many, and the folders it could not read.
    BatchStarted {
        /// Files to open.
        total: usize,
        /// Folders that could not be listed, and why.
        problems: Vec<String>,
    },
    /// A batch has ended (every file done, or cancelled).
    BatchEnded(Summary),
}

/// Handle to the worker thread.
pub struct Worker {
    jobs: Option<Sender<Job>>,
    done: Receiver<Report>,
    pending: usize,
    cancel: Option<Arc<AtomicBool>>,
}

impl Worker {
    /// Starts the thread; `wake` is called after each finished article (to request a repaint).
    pub fn spawn(wake: impl Fn() + Send + Sync + 'static) -> Self {
        let (job_tx, job_rx) = channel::<Job>();
        let (done_tx, done_rx) = channel::<Report>();
        let spawned = std::thread::Builder::new()
            .name("dossier-analysis".into())
            .spawn(move || {
                let mut pipeline: Option<Result<Pipeline, String>> = None;
                for job in job_rx {
                    let pipeline = pipeline.get_or_insert_with(|| {
                        let built = Pipeline::new()
                            .map_err(|e| format!("cannot load the analysis model: {e}"));
                        crate::app::measure::mark("pipeline built (worker)");
                        built
                    });
                    let sent = match job {
                        Job::Warm => continue,
                        Job::One(source) => run_one(pipeline, source, &done_tx),
                        Job::Batch { paths, cancel } => {
                            run_batch(pipeline, &paths, &cancel, &done_tx, &wake)
                        }
                    };
                    if !sent {
                        break;
                    }
                    crate::app::measure::mark("article analysed and sent (worker)");
                    wake();
                }
            });
        let jobs = spawned.is_ok().then_some(job_tx);
        Self {
            jobs,
            done: done_rx,
            pending: 0,
            cancel: None,
        }
    }

    /// Starts building the pipeline, before any article is asked for;
    /// false when the thread is not running (the first job says so).
    pub fn warm_up(&self) -> bool {
        self.jobs
            .as_ref()
            .is_some_and(|tx| tx.send(Job::Warm).is_ok())
    }

    /// Queues a job; results come back in submission order.
    pub fn submit(&mut self, source: Source) -> Result<(), String> {
        let sent = self
            .jobs
            .as_ref()
            .is_some_and(|tx| tx.send(Job::One(source)).is_ok());
        if !sent {
            return Err("the analysis thread is not running".to_owned());
        }
        self.pending += 1;
        Ok(())
    }

    /// Queues a batch: the files and folders are listed on the worker and
    /// analysed on every core; each article is reported as it is ready.
    /// Cancels the batch before it, if one is running.
    pub fn submit_batch(&mut self, paths: Vec<PathBuf>) -> Result<(), String> {
        self.cancel_batch();
        let cancel = Arc::new(AtomicBool::new(false));
        let sent = self.jobs.as_ref().is_some_and(|tx| {
            tx.send(Job::Batch {
                paths,
                cancel: Arc::clone(&cancel),
            })
            .is_ok()
        });
        if !sent {
            return Err("the analysis thread is not running".to_owned());
        }
        self.cancel = Some(cancel);
        self.pending += 1;
        Ok(())
    }

    /// Stops the running batch: articles already being analysed finish, no more start.
    pub fn cancel_batch(&mut self) {
        if let Some(cancel) = self.cancel.take() {
            cancel.store(true, Ordering::Relaxed);
        }
    }

    /// Jobs submitted and not yet received.
    pub fn pending(&self) -> usize {
        self.pending
    }

    /// A report, if one is ready.
    pub fn try_recv(&mut self) -> Option<Report> {
        let report = self.done.try_recv().ok()?;
        self.count(&report);
        Some(report)
    }

    /// Waits up to `timeout` for a report.
    pub fn recv_timeout(&mut self, timeout: Duration) -> Option<Report> {
        match self.done.recv_timeout(timeout) {
            Ok(report) => {
                self.count(&report);
                Some(report)
            }
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => None,
        }
    }

    /// A single article or a batch's end finishes a job; a batch's articles do not.
    fn count(&mut self, report: &Report) {
        match report {
            Report::Done(done) if done.batch.is_none() => {
                self.pending = self.pending.saturating_sub(1);
            }
            Report::BatchEnded(_) => {
                self.pending = self.pending.saturating_sub(1);
                if self.pending == 0 {
                    self.cancel = None;
                }
            }
            Report::Done(_) | Report::BatchStarted { .. } => {}
        }
    }
}

/// Runs one article; false when the app has gone.
fn run_one(pipeline: &Result<Pipeline, String>, source: Source, tx: &Sender<Report>) -> bool {
    let started = Instant::now();
    let path = match &source {
        Source::Path(p) => Some(p.clone()),
        Source::Bytes { .. } => None,
        Source::Document { path, .. } => path.clone(),
    };
    let (outcome, corrections) = match run_job(pipeline, source) {
        Ok((analysis, corrections)) => (Ok(analysis), corrections),
        Err(e) => (Err(e), Vec::new()),
    };
    let done = Done {
        path,
        outcome,
        corrections,
        elapsed: started.elapsed(),
        batch: None,
    };
    tx.send(Report::Done(Box::new(done))).is_ok()
}

/// Lists and analyses a batch on every core, reporting each article as it
/// is ready; false when the app has gone.
fn run_batch(
    pipeline: &Result<Pipeline, String>,
    paths: &[PathBuf],
    cancel: &AtomicBool,
    tx: &Sender<Report>,
    wake: &(impl Fn() + Sync),
) -> bool {
    let started = Instant::now();
    let walked = batch::article_files(paths);
    let mut problems = walked.problems;
    let pipeline = match pipeline {
        Ok(p) => Some(p),
        Err(e) => {
            problems.push(e.clone());
            None
        }
    };
    let files = if pipeline.is_some() {
        walked.files
    } else {
        Vec::new()
    };
    let total = files.len();
    if tx.send(Report::BatchStarted { total, problems }).is_err() {
        return false;
    }
    wake();
    let summary = match pipeline {
        Some(pipeline) => batch::analyze_each(pipeline, &files, cancel, |item, progress| {
            let (outcome, corrections) = match item.outcome {
                Ok(opened) => (Ok(opened.analysis), opened.corrections),
                Err(e) => (Err(e), Vec::new()),
            };
            let done = Done {
                path: Some(item.path),
                outcome,
                corrections,
                elapsed: item.elapsed,
                batch: Some(progress),
            };
            if tx.send(Report::Done(Box::new(done))).is_err() {
                // The app has gone: stop starting new articles.
                cancel.store(true, Ordering::Relaxed);
            }
            wake();
        }),
        None => Summary {
            progress: Progress {
                done: 0,
                failed: 0,
                total: 0,
                elapsed: started.elapsed(),
            },
            cancelled: false,
        },
    };
    tx.send(Report::BatchEnded(summary)).is_ok()
}

fn run_job(
    pipeline: &Result<Pipeline, String>,
    source: Source,
) -> Result<(Analysis, Vec<Correction>), String> {
    let pipeline = pipeline.as_ref().map_err(Clone::clone)?;
    let document = match source {
        // Dossier's own annotated JSON opens as it was exported, corrections
        // included; spans whose quotes do not match are listed, not dropped.
        Source::Path(path) => {
            let opened = batch::open_one(pipeline, &path)?;
            return Ok((opened.analysis, opened.corrections));
        }
        Source::Bytes { name, bytes } => {
            load::load_bytes(&name, &bytes).map_err(|e| e.to_string())?
        }
        Source::Document { document, .. } => *document,
    };
    let opened = batch::analyze_guarded(pipeline, document)?;
    Ok((opened.analysis, opened.corrections))
}
