//! The `dossier` Python module: Dossier's analysis of news articles.
//!
//! - `analyze_json(text, source=None, published=None)` returns the line
//!   `dossier analyze --format jsonl` writes for the same article given as
//!   a JSON Lines object on stdin, byte for byte (without the line break).
//! - `analyze_arrow(texts, sources=None, published=None, json=False)`
//!   analyses a batch on every core and returns typed Arrow columns through
//!   the Arrow PyCapsule interface (`pyarrow.table(result)`); a bad article
//!   is a row with its `error`, never an exception for the batch.
//! - `entity_key(kind, name)`: the corpus key entities are grouped on.
//!
//! The GIL is released for the whole analysis, and the model is loaded once
//! per process, on first use.

use std::path::Path;
use std::sync::OnceLock;

use dossier::cli::inputs::article_document;
use dossier::cli::sink::{Framing, Rendered};
use dossier::corpus::batch::analyze_guarded;
use dossier::export::Format;
use dossier::model::{Analysis, EntityKind};
use dossier::pipeline::Pipeline;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use rayon::prelude::*;

mod capsule;
mod columns;

use capsule::ArrowTable;

/// The pipeline of this process, built on first use, or why it could not be.
static PIPELINE: OnceLock<Result<Pipeline, String>> = OnceLock::new();

fn pipeline() -> Result<&'static Pipeline, String> {
    PIPELINE
        .get_or_init(|| Pipeline::new().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(Clone::clone)
}

/// One article as the CLI reads it from the `number`th line of a JSON
/// Lines stream, loaded and analysed by the same functions.
fn analyze_one(
    number: usize,
    text: &str,
    source: Option<String>,
    published: Option<String>,
) -> Result<Analysis, String> {
    let document = article_document(number, text, source, published)?;
    analyze_guarded(pipeline()?, document).map(|opened| opened.analysis)
}

/// The CLI's `--format jsonl` line of an analysis, without its line break.
fn jsonl_line(analysis: &Analysis) -> Result<String, String> {
    let Rendered::Bytes(mut bytes) =
        Rendered::of(Format::Jsonl, Framing::Lines, analysis, Path::new(""))
    else {
        return Err("the JSON Lines export wrote files, not a line".into());
    };
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
    }
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// Analyses one article and returns its annotated JSON v1 line, exactly as
/// `dossier analyze - --format jsonl` writes it for the stdin line
/// `{"text": text, "source": source, "published": published}` (without the
/// line break). `source` defaults to `stdin:1`, as the CLI names a first
/// line without one; `published` (YYYY-MM-DD) anchors relative dates.
/// Raises ValueError for an article the CLI reports as an error.
#[pyfunction]
#[pyo3(signature = (text, source=None, published=None))]
fn analyze_json(
    py: Python<'_>,
    text: &str,
    source: Option<String>,
    published: Option<String>,
) -> PyResult<String> {
    py.detach(|| analyze_one(1, text, source, published).and_then(|a| jsonl_line(&a)))
        .map_err(PyValueError::new_err)
}

/// The values of an optional per-article argument: a list, any iterable,
/// or a pyarrow array (read with `to_pylist`); each a string or None.
fn column(values: &Bound<'_, PyAny>, name: &str) -> PyResult<Vec<Result<Option<String>, String>>> {
    let values = if values.hasattr("to_pylist")? {
        values.call_method0("to_pylist")?
    } else {
        values.clone()
    };
    if values.is_instance_of::<pyo3::types::PyString>() {
        return Err(PyValueError::new_err(format!(
            "{name} must be a sequence of strings, not one string"
        )));
    }
    values
        .try_iter()?
        .map(|item| {
            let item = item?;
            Ok(if item.is_none() {
                Ok(None)
            } else {
                item.extract::<String>()
                    .map(Some)
                    .map_err(|e| format!("{name}: {e}"))
            })
        })
        .collect()
}

/// A per-article argument that may be absent, checked against the batch size.
fn optional_column(
    values: Option<&Bound<'_, PyAny>>,
    name: &str,
    len: usize,
) -> PyResult<Vec<Result<Option<String>, String>>> {
    let Some(values) = values.filter(|v| !v.is_none()) else {
        return Ok(vec![Ok(None); len]);
    };
    let got = column(values, name)?;
    if got.len() != len {
        return Err(PyValueError::new_err(format!(
            "{name} has {} values for {len} texts",
            got.len()
        )));
    }
    Ok(got)
}

/// One row of a batch before analysis.
struct Input {
    text: Result<Option<String>, String>,
    source: Result<Option<String>, String>,
    published: Result<Option<String>, String>,
}

impl Input {
    /// The source the row is named by: given, else the CLI's `stdin:N`.
    fn name(&self, number: usize) -> String {
        match &self.source {
            Ok(Some(source)) => source.clone(),
            _ => format!("stdin:{number}"),
        }
    }

    /// Analyses the row as the `number`th line of a stream.
    fn analyze(self, number: usize) -> Result<Analysis, String> {
        let text = self
            .text?
            .ok_or_else(|| format!("stdin line {number}: no text"))?;
        analyze_one(number, &text, self.source?, self.published?)
    }
}

/// Analyses a batch of articles on every core, the GIL released, and
/// returns one row per article as Arrow columns (see `columns`): the
/// object implements `__arrow_c_stream__`, `__arrow_c_array__` and
/// `__arrow_c_schema__`, so `pyarrow.table(result)`,
/// `pyarrow.record_batch(result)` or polars read it without a copy.
/// `texts` (and `sources`, `published` when given) are lists, iterables or
/// pyarrow arrays of equal length; row i is named `sources[i]`, else
/// `stdin:{i+1}` as the CLI names line i+1. A bad article (no text, binary
/// data, a malformed date) is a row with `error` set and null lists.
/// `json=True` adds a `json` column holding `analyze_json`'s line.
#[pyfunction]
#[pyo3(signature = (texts, sources=None, published=None, json=false))]
fn analyze_arrow(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    sources: Option<&Bound<'_, PyAny>>,
    published: Option<&Bound<'_, PyAny>>,
    json: bool,
) -> PyResult<ArrowTable> {
    let texts = column(texts, "texts")?;
    let len = texts.len();
    let sources = optional_column(sources, "sources", len)?;
    let published = optional_column(published, "published", len)?;
    let inputs: Vec<Input> = texts
        .into_iter()
        .zip(sources)
        .zip(published)
        .map(|((text, source), published)| Input {
            text,
            source,
            published,
        })
        .collect();
    let batch = py.detach(|| {
        let rows: Vec<columns::Row> = inputs
            .into_par_iter()
            .enumerate()
            .map(|(i, input)| {
                let source = input.name(i + 1);
                let outcome = input.analyze(i + 1);
                let json = match (&outcome, json) {
                    (Ok(analysis), true) => jsonl_line(analysis).ok(),
                    _ => None,
                };
                columns::Row {
                    source,
                    outcome,
                    json,
                }
            })
            .collect();
        let lang = pipeline().ok().map(|p| &p.language().resolve);
        columns::batch(&rows, json, lang)
    });
    batch
        .map(ArrowTable::new)
        .map_err(|e| PyValueError::new_err(e.to_string()))
}

/// The corpus key of an entity of `kind` (`"ORG"`, `"PERSON"`, …) named
/// `name`: kind and normalised name, `org:general motors`, as the
/// entities' `key` in `analyze_arrow` and Corpus JSON make it, for grouping
/// the entities of many articles (the corpus linker's acronym and surname
/// rules go further). Raises ValueError for an unknown kind.
#[pyfunction]
fn entity_key(py: Python<'_>, kind: &str, name: &str) -> PyResult<String> {
    let parsed = EntityKind::from_name(kind)
        .ok_or_else(|| PyValueError::new_err(format!("unknown entity kind {kind:?}")))?;
    py.detach(|| -> Result<String, String> {
        let pipeline = pipeline()?;
        Ok(dossier::corpus::link::entity_key(
            &pipeline.language().resolve,
            parsed,
            name,
        ))
    })
    .map_err(PyValueError::new_err)
}

/// Switches the bundled relation model on or off (the default) for this
/// process: off, relations come from the rules alone (provenance `rule`);
/// on, the model adds relations the rules did not give (provenance
/// `model`, its probability as confidence).
#[pyfunction]
fn use_relation_model(on: bool) {
    dossier::pipeline::relate::learned::set_bundled_enabled(on);
}

/// Switches the dependency step on (the default) or off for this process:
/// on, relations the rules left open are read off the sentence's parse
/// (`dossier --dependency-relations on`); off, the rules alone, about twice
/// as fast on real news.
#[pyfunction]
fn use_dependency_relations(on: bool) {
    use dossier::pipeline::relate::deps;
    deps::set_mode(if on { deps::Mode::On } else { deps::Mode::Off });
}

/// The Python module.
#[pymodule(name = "dossier")]
fn dossier_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(entity_key, m)?)?;
    m.add_function(wrap_pyfunction!(use_relation_model, m)?)?;
    m.add_function(wrap_pyfunction!(use_dependency_relations, m)?)?;
    m.add_class::<ArrowTable>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
