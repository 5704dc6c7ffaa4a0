//! Launch: the article the app opens at start goes to the worker before
//! the window exists.

use crate::app::worker::{Source, Worker};

use super::corpus::is_workspace;
use super::state::AppOptions;

/// Submits the article the app opens at launch (one file, or the sample)
/// to `worker` before the window is created, so the analysis runs while the
/// window and its GL context are made. Returns its name; `None` when the
/// launch opens a batch, a workspace or nothing (the app opens those once
/// created).
pub fn open_early(worker: &mut Worker, options: &AppOptions) -> Option<String> {
    let source = match options.files.as_slice() {
        [] if options.open_sample => Source::Bytes {
            name: crate::app::SAMPLE_NAME.to_owned(),
            bytes: crate::app::SAMPLE_TEXT.as_bytes().to_vec(),
        },
        [one] if !one.is_dir() && !is_workspace(one) => Source::Path(one.clone()),
        _ => return None,
    };
    let name = match &source {
        Source::Path(p) => p.display().to_string(),
        Source::Bytes { name, .. } => name.clone(),
        Source::Document { document, .. } => document.source.clone(),
    };
    worker.submit(source).ok().map(|()| name)
}
