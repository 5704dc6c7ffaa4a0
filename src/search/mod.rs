//! Full-text search over the open articles: an SQLite FTS5 index in memory.
//!
//! Each article is one row: its title, its text exactly as loaded, and the
//! names and aliases of its entities, one entity a line. A query (words,
//! "quoted phrases", entity names; see [`query`]) is ranked by BM25 with the
//! title and the entity names weighing more than the body, and each hit
//! comes back with a snippet and the byte span of the match in the article
//! text, so a click can open the article there. Articles are added, replaced
//! and removed one at a time as they open, change and close.
//!
//! FTS5 rather than tantivy: SQLite is compiled in (rusqlite's `bundled`
//! build, FTS5 enabled), one small dependency, an in-memory table that
//! updates row by row, and BM25, phrases, prefixes and highlighting built in.

mod hits;
pub mod query;

use std::collections::HashMap;

use rusqlite::{Connection, params};

use crate::model::{Analysis, Span};

pub use hits::Snippet;

/// Column weights for BM25: title, body, entity names.
const WEIGHTS: &str = "bm25(4.0, 1.0, 2.0)";

/// The index failed (SQLite could not create or update its table).
#[derive(Debug, thiserror::Error)]
#[error("search index: {0}")]
pub struct SearchError(#[from] rusqlite::Error);

/// One entity as indexed: its names and where it is first mentioned.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IndexedEntity {
    /// Canonical name first, then aliases.
    pub names: Vec<String>,
    /// Its first mention in the text, where a hit on its name opens.
    pub at: Option<Span>,
}

/// What is indexed of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entry<'a> {
    /// The title shown in results.
    pub title: &'a str,
    /// The article text, exactly as the model's spans index it.
    pub text: &'a str,
    /// Its entities.
    pub entities: Vec<IndexedEntity>,
}

impl<'a> Entry<'a> {
    /// The entry for an analysed article: its title (or file name), text and
    /// entities with their aliases.
    pub fn from_analysis(analysis: &'a Analysis) -> Self {
        let doc = &analysis.document;
        let entities = analysis
            .entities
            .iter()
            .map(|e| {
                let mut names = vec![e.name.clone()];
                for a in &e.aliases {
                    if !names.contains(a) {
                        names.push(a.clone());
                    }
                }
                let at = e
                    .mentions
                    .iter()
                    .filter_map(|&m| analysis.mentions.get(m))
                    .map(|m| m.span)
                    .min();
                IndexedEntity { names, at }
            })
            .collect();
        Self {
            title: doc.title.as_deref().unwrap_or(&doc.source),
            text: &doc.text,
            entities,
        }
    }
}

/// One result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// The key the article was added under.
    pub key: String,
    /// Its title.
    pub title: String,
    /// Context around the match.
    pub snippet: Snippet,
    /// The match in the article text (byte offsets, like every model
    /// span), or `None` when only the title matched.
    pub span: Option<Span>,
    /// How many places in the text matched.
    pub matches: usize,
    /// BM25 rank: lower is better.
    pub rank: f64,
}

/// What the index remembers of a row beside SQLite.
#[derive(Clone, Debug)]
struct Row {
    key: String,
    stamp: u64,
    /// Byte range of each entity's line in the `entities` column, and where it opens.
    entity_lines: Vec<(usize, usize, Option<Span>)>,
}

/// The search index of the open articles.
pub struct SearchIndex {
    conn: Connection,
    rows: HashMap<i64, Row>,
    by_key: HashMap<String, i64>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("articles", &self.rows.len())
            .finish()
    }
}

impl SearchIndex {
    /// An empty index in memory.
    pub fn new() -> Result<Self, SearchError> {
        let conn = Connection::open_in_memory()?;
        conn.execute_batch(
            "CREATE VIRTUAL TABLE docs USING fts5(title, body, entities, \
             tokenize = 'unicode61 remove_diacritics 2');",
        )?;
        conn.execute("INSERT INTO docs(docs, rank) VALUES('rank', ?1)", [WEIGHTS])?;
        Ok(Self {
            conn,
            rows: HashMap::new(),
            by_key: HashMap::new(),
        })
    }

    /// Number of articles indexed.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The stamp an article was indexed with (the caller's version of it), if indexed.
    pub fn stamp(&self, key: &str) -> Option<u64> {
        self.by_key
            .get(key)
            .and_then(|id| self.rows.get(id))
            .map(|r| r.stamp)
    }

    /// The keys of the indexed articles, in no order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.by_key.keys().map(String::as_str)
    }

    /// Adds an article under `key`, replacing what was indexed under it.
    /// `stamp` is the caller's version of the article, returned by [`Self::stamp`].
    pub fn add(&mut self, key: &str, stamp: u64, entry: &Entry<'_>) -> Result<(), SearchError> {
        self.remove(key)?;
        let mut column = String::new();
        let mut entity_lines = Vec::with_capacity(entry.entities.len());
        for e in &entry.entities {
            let start = column.len();
            column.push_str(&e.names.join(" ; "));
            entity_lines.push((start, column.len(), e.at));
            column.push('\n');
        }
        self.conn
            .prepare_cached("INSERT INTO docs(title, body, entities) VALUES (?1, ?2, ?3)")?
            .execute(params![entry.title, entry.text, column])?;
        let id = self.conn.last_insert_rowid();
        self.rows.insert(
            id,
            Row {
                key: key.to_owned(),
                stamp,
                entity_lines,
            },
        );
        self.by_key.insert(key.to_owned(), id);
        Ok(())
    }

    /// Adds many articles in one transaction (much faster than one by one).
    pub fn add_all<'a>(
        &mut self,
        entries: impl IntoIterator<Item = (String, u64, Entry<'a>)>,
    ) -> Result<(), SearchError> {
        self.conn.execute_batch("BEGIN")?;
        for (key, stamp, entry) in entries {
            if let Err(e) = self.add(&key, stamp, &entry) {
                let _ = self.conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        }
        self.conn.execute_batch("COMMIT")?;
        Ok(())
    }

    /// Removes an article; false when it was not indexed.
    pub fn remove(&mut self, key: &str) -> Result<bool, SearchError> {
        let Some(id) = self.by_key.remove(key) else {
            return Ok(false);
        };
        self.rows.remove(&id);
        self.conn
            .prepare_cached("DELETE FROM docs WHERE rowid = ?1")?
            .execute([id])?;
        Ok(true)
    }

    /// The best `limit` articles for what the user typed, best first. Any
    /// input is safe: an empty or unmatchable query gives no hits.
    pub fn search(&self, input: &str, limit: usize) -> Result<Vec<Hit>, SearchError> {
        let Some(fts) = query::to_fts(input) else {
            return Ok(Vec::new());
        };
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let ranked: Vec<(i64, f64)> = self
            .conn
            .prepare_cached(
                "SELECT rowid, rank FROM docs WHERE docs MATCH ?1 ORDER BY rank LIMIT ?2",
            )?
            .query_map(params![fts, limit], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut marked = self.conn.prepare_cached(
            "SELECT title, highlight(docs, 1, ?3, ?4), highlight(docs, 2, ?3, ?4) \
             FROM docs WHERE docs MATCH ?1 AND rowid = ?2",
        )?;
        let mut out = Vec::with_capacity(ranked.len());
        for (id, rank) in ranked {
            let Some(row) = self.rows.get(&id) else {
                continue;
            };
            let (title, body, entities): (String, String, String) = marked
                .query_row(params![fts, id, hits::OPEN, hits::CLOSE], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?;
            out.push(hit(row, title, &body, &entities, rank));
        }
        Ok(out)
    }

    /// How many articles match (all of them, not just the best).
    pub fn count(&self, input: &str) -> Result<usize, SearchError> {
        let Some(fts) = query::to_fts(input) else {
            return Ok(0);
        };
        let n: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM docs WHERE docs MATCH ?1")?
            .query_row([fts], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }
}

/// A result from the marked body and entity columns: the best match in the
/// text, else the first mention of a matched entity, else the title alone.
fn hit(row: &Row, title: String, body: &str, entities: &str, rank: f64) -> Hit {
    let (text, marks) = hits::strip_marks(body);
    let (_, entity_marks) = hits::strip_marks(entities);
    let entity_at = entity_marks.iter().find_map(|m| {
        row.entity_lines
            .iter()
            .find(|(s, e, _)| *s <= m.start && m.end <= *e)
            .and_then(|(_, _, at)| *at)
    });
    let span = hits::best(&text, &marks).or(entity_at.filter(|s| s.end <= text.len()));
    let snippet = match span {
        Some(s) if marks.is_empty() => hits::snippet(&text, s, &[s]),
        Some(s) => hits::snippet(&text, s, &marks),
        None => hits::snippet(&text, Span::new(0, 0), &[]),
    };
    Hit {
        key: row.key.clone(),
        title,
        snippet,
        span,
        matches: marks.len(),
        rank,
    }
}

#[cfg(test)]
mod tests;
