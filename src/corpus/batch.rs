//! Opening many articles at once: a folder or a list of paths becomes the
//! article files under it, in a stable order, and those are loaded and
//! analysed on every core (rayon's pool), with a progress callback and a
//! cancel flag. No GUI here: the workbench's worker, `dossier bench open`
//! and the corpus commands all call it.
//!
//! A bad file never stops a batch: it becomes an [`Item`] whose outcome is
//! an error naming the file and the problem.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::load;
use crate::model::{Analysis, Correction};
use crate::pipeline::Pipeline;

/// Extensions of the files a folder contributes: the article formats
/// Dossier reads and its own annotated JSON (lower case, no dot).
pub const ARTICLE_EXTENSIONS: [&str; 10] = [
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "pdf", "docx", "json",
];

/// Folders deeper than this below a given folder are not walked (a
/// symbolic-link loop or a mistaken pick of `/` ends here).
const MAX_DEPTH: usize = 32;

/// True when a file's extension is one of [`ARTICLE_EXTENSIONS`].
pub fn is_article(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.as_str()))
}

/// True for names starting with a dot (hidden on Unix desktops).
fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

/// The files to open for some paths, and the folders that could not be read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Walked {
    /// Files in opening order: each given file where it was given, each
    /// folder's article files in sorted order (depth first, by name).
    pub files: Vec<PathBuf>,
    /// Folders that could not be listed, each with the reason.
    pub problems: Vec<String>,
}

/// Expands `paths` into the files to open. A file given by name is kept
/// whatever its extension (opening it says what is wrong); a folder gives
/// every article file under it, recursively, skipping hidden files and
/// folders and files of other types. A file reached twice is kept once.
pub fn article_files(paths: &[PathBuf]) -> Walked {
    let mut walked = Walked::default();
    let mut seen = HashSet::new();
    for path in paths {
        if path.is_dir() {
            walk(path, 0, &mut walked, &mut seen);
        } else if seen.insert(path.clone()) {
            walked.files.push(path.clone());
        }
    }
    walked
}

fn walk(dir: &Path, depth: usize, walked: &mut Walked, seen: &mut HashSet<PathBuf>) {
    if depth > MAX_DEPTH {
        walked.problems.push(format!(
            "folders nested deeper than {MAX_DEPTH} levels were not opened: {}",
            dir.display()
        ));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            walked
                .problems
                .push(format!("cannot list the folder ({e}): {}", dir.display()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if is_hidden(&path) {
            continue;
        }
        if path.is_dir() {
            walk(&path, depth + 1, walked, seen);
        } else if is_article(&path) && seen.insert(path.clone()) {
            walked.files.push(path);
        }
    }
}

/// What one file gave: its analysis and the corrections an annotated JSON
/// export recorded (already applied).
#[derive(Debug)]
pub struct Opened {
    /// The analysis.
    pub analysis: Analysis,
    /// Corrections recorded in a re-opened export; empty for an article.
    pub corrections: Vec<Correction>,
}

/// One file of a batch, finished.
#[derive(Debug)]
pub struct Item {
    /// Its position in the batch's file list.
    pub index: usize,
    /// The file.
    pub path: PathBuf,
    /// The analysis, or what went wrong (the message names the file).
    pub outcome: Result<Opened, String>,
    /// Load plus analysis time.
    pub elapsed: Duration,
}

/// How far a batch has come.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    /// Files finished (opened or failed).
    pub done: usize,
    /// Of those, failed.
    pub failed: usize,
    /// Files in the batch.
    pub total: usize,
    /// Since the batch started.
    pub elapsed: Duration,
}

impl Progress {
    /// Files finished per second so far.
    pub fn rate(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64();
        if secs > 0.0 {
            self.done as f64 / secs
        } else {
            0.0
        }
    }

    /// Finished share, 0 to 1.
    pub fn fraction(&self) -> f32 {
        if self.total == 0 {
            1.0
        } else {
            self.done as f32 / self.total as f32
        }
    }
}

/// How a batch ended.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// The last progress seen: files finished, failed, total, time.
    pub progress: Progress,
    /// True when the cancel flag stopped it before every file was done.
    pub cancelled: bool,
}

/// Loads and analyses `files` on every core, calling `ready` with each
/// finished item (in the order they finish, with their index) and the
/// progress so far. Files not yet started when `cancel` is set are
/// skipped. Blocks until the batch ends.
pub fn analyze_each(
    pipeline: &Pipeline,
    files: &[PathBuf],
    cancel: &AtomicBool,
    ready: impl Fn(Item, Progress) + Sync,
) -> Summary {
    let started = Instant::now();
    let done = AtomicUsize::new(0);
    let failed = AtomicUsize::new(0);
    files.par_iter().enumerate().for_each(|(index, path)| {
        if cancel.load(Ordering::Relaxed) {
            return;
        }
        let item = open_item(pipeline, index, path);
        if item.outcome.is_err() {
            failed.fetch_add(1, Ordering::Relaxed);
        }
        let progress = Progress {
            done: done.fetch_add(1, Ordering::Relaxed) + 1,
            failed: failed.load(Ordering::Relaxed),
            total: files.len(),
            elapsed: started.elapsed(),
        };
        ready(item, progress);
    });
    let progress = Progress {
        done: done.load(Ordering::Relaxed),
        failed: failed.load(Ordering::Relaxed),
        total: files.len(),
        elapsed: started.elapsed(),
    };
    Summary {
        progress,
        cancelled: progress.done < files.len(),
    }
}

/// [`analyze_each`], collected: the items in the order of `files` (those
/// a cancel skipped are missing), with `progress` called after each file.
pub fn analyze_all(
    pipeline: &Pipeline,
    files: &[PathBuf],
    cancel: &AtomicBool,
    progress: impl Fn(Progress) + Sync,
) -> (Vec<Item>, Summary) {
    let items = Mutex::new(Vec::with_capacity(files.len()));
    let summary = analyze_each(pipeline, files, cancel, |item, p| {
        if let Ok(mut items) = items.lock() {
            items.push(item);
        }
        progress(p);
    });
    let mut items = items.into_inner().unwrap_or_else(|e| e.into_inner());
    items.sort_by_key(|i| i.index);
    (items, summary)
}

fn open_item(pipeline: &Pipeline, index: usize, path: &Path) -> Item {
    let started = Instant::now();
    let outcome = open_one(pipeline, path);
    Item {
        index,
        path: path.to_owned(),
        outcome,
        elapsed: started.elapsed(),
    }
}

/// Loads and analyses one file. Dossier's own annotated JSON opens as it
/// was exported, corrections included; spans whose quotes do not match are
/// listed, not dropped. A bug in a pipeline stage becomes an error naming
/// the file, not a crash.
pub fn open_one(pipeline: &Pipeline, path: &Path) -> Result<Opened, String> {
    let document = match load::open(path).map_err(|e| e.to_string())? {
        load::Opened::Article(document) => document,
        load::Opened::Annotated(annotated) => return annotated_outcome(annotated, path),
    };
    analyze_guarded(pipeline, document)
}

/// Analyses a loaded document, turning a panic in a stage into an error.
pub fn analyze_guarded(
    pipeline: &Pipeline,
    document: crate::model::Document,
) -> Result<Opened, String> {
    let name = document
        .path
        .as_ref()
        .map_or_else(|| document.source.clone(), |p| p.display().to_string());
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Opened {
        analysis: pipeline.analyze(document),
        corrections: Vec::new(),
    }))
    .map_err(|_| format!("the analysis failed with an internal error: {name}"))
}

fn annotated_outcome(annotated: load::Annotated, path: &Path) -> Result<Opened, String> {
    let load::Annotated {
        analysis,
        corrections,
        problems,
    } = annotated;
    if problems.is_empty() {
        return Ok(Opened {
            analysis: *analysis,
            corrections,
        });
    }
    // Every mismatch is named (the first three, then the count of the
    // rest), none silently dropped.
    let mut listed: Vec<String> = problems.iter().take(3).map(ToString::to_string).collect();
    if problems.len() > 3 {
        listed.push(format!("and {} more", problems.len() - 3));
    }
    Err(format!(
        "{} span(s) do not match their quoted text ({}): {}",
        problems.len(),
        listed.join("; "),
        path.display()
    ))
}

#[cfg(test)]
mod tests;
