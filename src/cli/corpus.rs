//! `dossier corpus PATH… --out corpus.json`: every article under the paths,
//! analysed on every core and joined into corpus entities (Corpus JSON).

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use super::CliError;
use crate::corpus::batch::{analyze_all, article_files};
use crate::corpus::json::{ArticleOut, relative_file, to_corpus_json};
use crate::corpus::link::{Linking, link};
use crate::export::write_atomic;
use crate::model::{Analysis, Correction};
use crate::pipeline::Pipeline;

/// Analyses the articles under `paths` and writes their Corpus JSON to
/// `out` (atomically) or stdout. An article that fails to open is named on
/// stderr and left out; the command fails only when none opens.
pub fn run(paths: &[PathBuf], out: Option<&Path>) -> Result<(), CliError> {
    let walked = article_files(paths);
    for problem in &walked.problems {
        eprintln!("{problem}");
    }
    let pipeline = Pipeline::new()?;
    let cancel = AtomicBool::new(false);
    let (items, summary) = analyze_all(&pipeline, &walked.files, &cancel, |_| {});
    // Files are written relative to the one folder given, else as given.
    let base = match paths {
        [one] if one.is_dir() => one.clone(),
        _ => PathBuf::new(),
    };
    let mut opened: Vec<(String, Analysis, Vec<Correction>)> = Vec::new();
    for item in items {
        match item.outcome {
            Ok(o) => opened.push((relative_file(&item.path, &base), o.analysis, o.corrections)),
            Err(e) => eprintln!("{e}"),
        }
    }
    if opened.is_empty() {
        return Err(CliError::Io(std::io::Error::other(format!(
            "no article could be opened under {}",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ))));
    }
    let refs: Vec<&Analysis> = opened.iter().map(|(_, a, _)| a).collect();
    let linked = link(&pipeline.language().resolve, &refs, Linking::Full);
    let articles: Vec<ArticleOut<'_>> = opened
        .iter()
        .map(|(file, analysis, corrections)| ArticleOut {
            file,
            analysis,
            corrections,
        })
        .collect();
    let value = to_corpus_json(&articles, &linked, &[]);
    let mut bytes = serde_json::to_vec_pretty(&value).map_err(std::io::Error::other)?;
    bytes.push(b'\n');
    match out {
        Some(path) => write_atomic(path, &bytes).map_err(|e| {
            std::io::Error::new(e.kind(), format!("cannot write {}: {e}", path.display()))
        })?,
        None => {
            use std::io::Write as _;
            std::io::stdout().write_all(&bytes)?;
        }
    }
    let named = linked.entities.iter().filter(|e| e.kind.is_name()).count();
    let shared = linked
        .entities
        .iter()
        .filter(|e| e.kind.is_name() && e.article_count() > 1)
        .count();
    eprintln!(
        "{} articles ({} failed) in {:.2} s; {named} named corpus entities, {shared} in more than one article",
        opened.len(),
        summary.progress.failed,
        summary.progress.elapsed.as_secs_f64()
    );
    Ok(())
}
