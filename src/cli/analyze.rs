//! `dossier analyze`: load, analyse and export each file. A re-opened
//! annotated JSON is converted as it is (manual changes included), not
//! analysed again.

use std::path::{Path, PathBuf};

use crate::export::{
    self, ExportError, Format, Output, outputs_at, per_document_targets, refuse_sources,
    render_many, write_outputs, write_stdout,
};
use crate::load::{self, LoadError, Opened};
use crate::model::Analysis;
use crate::pipeline::{Pipeline, PipelineError};

/// Options of `dossier analyze`.
#[derive(Clone, Debug)]
pub struct AnalyzeOptions {
    /// Output format.
    pub format: Format,
    /// Publication date anchoring relative dates, when the article has none.
    pub published: Option<String>,
    /// Output file; stdout when `None`.
    pub out: Option<PathBuf>,
}

/// Why `dossier analyze` failed.
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
}

/// Parses a `--format` value.
pub fn parse_format(name: &str) -> Result<Format, AnalyzeError> {
    Format::from_name(name).ok_or_else(|| AnalyzeError::UnknownFormat {
        name: name.to_owned(),
    })
}

/// Loads, analyses and exports each file.
pub fn run(files: &[PathBuf], options: &AnalyzeOptions) -> Result<(), AnalyzeError> {
    if let Some(p) = &options.published
        && !crate::pipeline::dates::is_iso_day(p)
    {
        return Err(AnalyzeError::BadDate { value: p.clone() });
    }
    // An input that is not there is the loader's to report, not an overwrite.
    let sources: Vec<&Path> = files
        .iter()
        .map(PathBuf::as_path)
        .filter(|f| f.exists())
        .collect();
    refuse_sources(options.out.as_deref(), &sources, false)?;
    let pipeline = Pipeline::new()?;
    let mut analyses = Vec::with_capacity(files.len());
    for file in files {
        analyses.push(analysis_of(&pipeline, file, options)?);
    }
    let format = options.format;
    if format.spec().needs_folder {
        let targets = per_document_targets(format, options.out.as_deref(), files)?;
        for (analysis, main) in analyses.iter().zip(&targets) {
            let outputs = outputs_at(format, analysis, main);
            refuse_sources(
                outputs.iter().rev().map(|o| o.path.as_path()),
                &sources,
                false,
            )?;
            write_outputs(&outputs)?;
        }
        return Ok(());
    }
    let bytes: Vec<u8> = render_many(format, &analyses)
        .into_iter()
        .flat_map(|(_, b)| b)
        .collect();
    match &options.out {
        Some(path) => write_outputs(&[Output {
            path: path.clone(),
            bytes,
        }])?,
        None => write_stdout(&bytes)?,
    }
    Ok(())
}

/// The analysis of one input: a re-opened export as it is (spans that do not
/// match their quotes stop it), an article analysed.
fn analysis_of(
    pipeline: &Pipeline,
    file: &Path,
    options: &AnalyzeOptions,
) -> Result<Analysis, AnalyzeError> {
    match load::open(file)? {
        Opened::Annotated(annotated) => match annotated.problems.first() {
            Some(first) => Err(AnalyzeError::SpanProblems {
                count: annotated.problems.len(),
                first: first.to_string(),
                path: file.to_owned(),
            }),
            None => Ok(*annotated.analysis),
        },
        Opened::Article(mut doc) => {
            if doc.published.is_none() {
                doc.published.clone_from(&options.published);
            }
            Ok(pipeline.analyze(doc))
        }
    }
}
