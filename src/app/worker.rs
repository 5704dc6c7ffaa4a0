//! The analysis worker: loads and analyses articles on its own thread so the
//! window keeps drawing. Owns the [`Pipeline`], built on first use.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

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

struct Job {
    source: Source,
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
}

/// Handle to the worker thread.
pub struct Worker {
    jobs: Option<Sender<Job>>,
    done: Receiver<Done>,
    pending: usize,
}

impl Worker {
    /// Starts the thread; `wake` is called after each finished job (to request a repaint).
    pub fn spawn(wake: impl Fn() + Send + 'static) -> Self {
        let (job_tx, job_rx) = channel::<Job>();
        let (done_tx, done_rx) = channel::<Done>();
        let spawned = std::thread::Builder::new()
            .name("dossier-analysis".into())
            .spawn(move || {
                let mut pipeline: Option<Result<Pipeline, String>> = None;
                for job in job_rx {
                    let started = Instant::now();
                    let pipeline = pipeline.get_or_insert_with(|| {
                        Pipeline::new().map_err(|e| format!("cannot load the analysis model: {e}"))
                    });
                    let path = match &job.source {
                        Source::Path(p) => Some(p.clone()),
                        Source::Bytes { .. } => None,
                        Source::Document { path, .. } => path.clone(),
                    };
                    let (outcome, corrections) = match run_job(pipeline, job.source) {
                        Ok((analysis, corrections)) => (Ok(analysis), corrections),
                        Err(e) => (Err(e), Vec::new()),
                    };
                    let done = Done {
                        path,
                        outcome,
                        corrections,
                        elapsed: started.elapsed(),
                    };
                    if done_tx.send(done).is_err() {
                        break;
                    }
                    wake();
                }
            });
        let jobs = spawned.is_ok().then_some(job_tx);
        Self {
            jobs,
            done: done_rx,
            pending: 0,
        }
    }

    /// Queues a job; results come back in submission order.
    pub fn submit(&mut self, source: Source) -> Result<(), String> {
        let sent = self
            .jobs
            .as_ref()
            .is_some_and(|tx| tx.send(Job { source }).is_ok());
        if !sent {
            return Err("the analysis thread is not running".to_owned());
        }
        self.pending += 1;
        Ok(())
    }

    /// Jobs submitted and not yet received.
    pub fn pending(&self) -> usize {
        self.pending
    }

    /// A finished job, if one is ready.
    pub fn try_recv(&mut self) -> Option<Done> {
        let done = self.done.try_recv().ok()?;
        self.pending = self.pending.saturating_sub(1);
        Some(done)
    }

    /// Waits up to `timeout` for a finished job.
    pub fn recv_timeout(&mut self, timeout: Duration) -> Option<Done> {
        match self.done.recv_timeout(timeout) {
            Ok(done) => {
                self.pending = self.pending.saturating_sub(1);
                Some(done)
            }
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => None,
        }
    }
}

fn run_job(
    pipeline: &Result<Pipeline, String>,
    source: Source,
) -> Result<(Analysis, Vec<Correction>), String> {
    let pipeline = pipeline.as_ref().map_err(Clone::clone)?;
    let document = match source {
        // Dossier's own annotated JSON opens as it was exported, corrections
        // included; spans whose quotes do not match are listed, not dropped.
        Source::Path(path) => match load::open(&path).map_err(|e| e.to_string())? {
            load::Opened::Article(document) => document,
            load::Opened::Annotated(annotated) => {
                let load::Annotated {
                    analysis,
                    corrections,
                    problems,
                } = annotated;
                if problems.is_empty() {
                    return Ok((*analysis, corrections));
                }
                // Every mismatch is named (the first three in the status
                // bar's line, the count of the rest), none silently dropped.
                let mut listed: Vec<String> =
                    problems.iter().take(3).map(ToString::to_string).collect();
                if problems.len() > 3 {
                    listed.push(format!("and {} more", problems.len() - 3));
                }
                return Err(format!(
                    "{} span(s) do not match their quoted text ({}): {}",
                    problems.len(),
                    listed.join("; "),
                    path.display()
                ));
            }
        },
        Source::Bytes { name, bytes } => {
            load::load_bytes(&name, &bytes).map_err(|e| e.to_string())?
        }
        Source::Document { document, .. } => *document,
    };
    let name = document.source.clone();
    // A bug in a pipeline stage must not take the window down with it.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        (pipeline.analyze(document), Vec::new())
    }))
    .map_err(|_| format!("the analysis failed with an internal error: {name}"))
}
