//! Corpus JSON (`dossier.corpus/1`, docs/DESIGN.md): many articles, each
//! with its annotated JSON v1 analysis, and the corpus entities that join
//! them. `dossier corpus` writes it; the GUI's Save Workspace writes the
//! same with the user's corrections, and Open Workspace reads it back.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::edits::CorpusEdit;
use super::link::{Linked, Member};
use crate::export::to_json_v1_corrected;
use crate::load::{Annotated, ImportError, read_annotated};
use crate::model::{Analysis, Correction};

/// The schema id written in every corpus file.
pub const CORPUS_SCHEMA: &str = "dossier.corpus/1";

/// One article to write: where it came from, its analysis and the user's
/// corrections to it.
#[derive(Clone, Copy, Debug)]
pub struct ArticleOut<'a> {
    /// The file, as given or relative to the corpus file's folder.
    pub file: &'a str,
    /// Its analysis (corrections applied).
    pub analysis: &'a Analysis,
    /// The corrections the user made, oldest first.
    pub corrections: &'a [Correction],
}

fn article_id(i: usize) -> String {
    format!("a{}", i + 1)
}

fn entity_id(i: usize) -> String {
    format!("e{}", i + 1)
}

/// The Corpus JSON of analysed articles and their corpus entities. Every
/// per-article entity carries the `key` of its corpus entity.
pub fn to_corpus_json(articles: &[ArticleOut<'_>], linked: &Linked, edits: &[CorpusEdit]) -> Value {
    let model = articles.first().map_or("", |a| a.analysis.model.as_str());
    let articles_json: Vec<Value> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut analysis = to_json_v1_corrected(a.analysis, a.corrections);
            add_keys(&mut analysis, linked, i);
            let doc = &a.analysis.document;
            json!({
                "id": article_id(i),
                "file": a.file,
                "title": doc.title,
                "published": doc.published,
                "analysis": analysis,
            })
        })
        .collect();
    let entities: Vec<Value> = linked
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            json!({
                "id": format!("c{}", i + 1),
                "kind": e.kind,
                "name": e.name,
                "key": e.key,
                "aliases": e.aliases,
                "articles": e.article_count(),
                "members": e.members.iter().map(|m| json!({
                    "article": article_id(m.article),
                    "entity": entity_id(m.entity),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut root = json!({
        "schema": CORPUS_SCHEMA,
        "generator": {"name": "dossier", "version": env!("CARGO_PKG_VERSION"), "model": model},
        "articles": articles_json,
        "entities": entities,
    });
    if !edits.is_empty() {
        root["corpus_corrections"] = serde_json::to_value(edits).unwrap_or(Value::Null);
    }
    root
}

/// Writes the corpus key of each entity into an article's analysis JSON.
fn add_keys(analysis: &mut Value, linked: &Linked, article: usize) {
    let Some(entities) = analysis.get_mut("entities").and_then(Value::as_array_mut) else {
        return;
    };
    for (i, e) in entities.iter_mut().enumerate() {
        if let Some(c) = linked.entity_of(Member { article, entity: i }) {
            e["key"] = Value::String(c.key.clone());
        }
    }
}

/// A corpus file read back.
#[derive(Debug)]
pub struct CorpusIn {
    /// Each article: its file (resolved against the corpus file's folder)
    /// and its analysis with the corrections recorded in it.
    pub articles: Vec<(PathBuf, Annotated)>,
    /// The corpus-level corrections (merges and splits of corpus entities).
    pub edits: Vec<CorpusEdit>,
}

/// Why a corpus file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum CorpusJsonError {
    /// Not JSON.
    #[error("not JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// JSON, but not a Dossier corpus file.
    #[error("not a Dossier corpus file (schema {found:?}, expected {CORPUS_SCHEMA:?})")]
    Schema {
        /// The schema it names.
        found: String,
    },
    /// Something a corpus file needs is missing or malformed.
    #[error("{0}")]
    Malformed(String),
    /// An article's analysis is not a valid annotated JSON v1 object.
    #[error("article {id}: {source}")]
    Article {
        /// The article's id.
        id: String,
        /// What is wrong with it.
        source: ImportError,
    },
}

/// Reads a Corpus JSON file's bytes; relative `file` paths are resolved
/// against `base` (the corpus file's folder).
pub fn read_corpus_json(bytes: &[u8], base: &Path) -> Result<CorpusIn, CorpusJsonError> {
    let root: Value = serde_json::from_slice(bytes)?;
    let schema = root
        .get("schema")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if schema != CORPUS_SCHEMA {
        return Err(CorpusJsonError::Schema {
            found: schema.to_owned(),
        });
    }
    let list = root
        .get("articles")
        .and_then(Value::as_array)
        .ok_or_else(|| CorpusJsonError::Malformed("no \"articles\" array".to_owned()))?;
    let mut articles = Vec::with_capacity(list.len());
    for (i, a) in list.iter().enumerate() {
        let id = a
            .get("id")
            .and_then(Value::as_str)
            .map_or_else(|| article_id(i), str::to_owned);
        let file = a.get("file").and_then(Value::as_str).unwrap_or_default();
        let analysis = a.get("analysis").ok_or_else(|| {
            CorpusJsonError::Malformed(format!("article {id} has no \"analysis\""))
        })?;
        let bytes = serde_json::to_vec(analysis)?;
        let mut annotated =
            read_annotated(&bytes).map_err(|source| CorpusJsonError::Article { id, source })?;
        let path = if file.is_empty() {
            PathBuf::new()
        } else {
            base.join(file)
        };
        if !file.is_empty() {
            annotated.analysis.document.path = Some(path.clone());
        }
        articles.push((path, annotated));
    }
    let edits = match root.get("corpus_corrections") {
        Some(v) => serde_json::from_value(v.clone())?,
        None => Vec::new(),
    };
    Ok(CorpusIn { articles, edits })
}

/// A path as written in a corpus file: relative to `base` when it lies
/// under it, with `/` between parts on every system; as given otherwise.
pub fn relative_file(path: &Path, base: &Path) -> String {
    let Ok(shown) = path.strip_prefix(base) else {
        return path.to_string_lossy().into_owned();
    };
    shown
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}
