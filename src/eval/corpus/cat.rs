//! The CAT XML reader (MEANTIME): tokens, markables and relations, with
//! sentences 0–5 (the only annotated ones: headline, dateline, four body
//! sentences) rebuilt as natural text — one line per sentence, tokens
//! joined by single spaces except before closing punctuation and after
//! currency signs and opening brackets. One XML event loop for every
//! MEANTIME evaluation (`eval-values`, `eval-entities`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use quick_xml::events::Event;

use super::xml::{attr, attrs_of, next_event};
use crate::eval::error::CorpusError;

/// The last sentence that MEANTIME annotates in every document.
pub const LAST_ANNOTATED_SENTENCE: u32 = 5;

/// Tokens written without a space before them.
fn closes(token: &str) -> bool {
    matches!(
        token,
        "," | "." | ";" | ":" | "%" | ")" | "]" | "}" | "?" | "!" | "''" | "”" | "'" | "’"
    ) || token.starts_with('\'') && token.len() <= 3 && token.len() > 1
        || token.starts_with('’') && token.chars().count() <= 3
        || token.eq_ignore_ascii_case("n't")
}

/// Tokens written without a space after them: currency signs and openers.
fn opens(token: &str) -> bool {
    matches!(
        token,
        "(" | "[" | "{" | "``" | "“" | "#" | "$" | "£" | "€" | "¥"
    ) || (token.ends_with('$') && token.len() <= 4)
}

fn token_text(token: &str) -> &str {
    match token {
        "``" => "“",
        "''" => "”",
        "-LRB-" => "(",
        "-RRB-" => ")",
        _ => token,
    }
}

/// A markable of a CAT file: its element name, attributes and tokens.
#[derive(Clone, Debug, Default)]
pub struct CatMarkable {
    /// Element name: `ENTITY_MENTION`, `ENTITY`, `VALUE`, `TIMEX3`, …
    pub tag: String,
    /// Attributes in file order (`m_id`, `syntactic_type`, `ent_type`, …).
    pub attrs: Vec<(String, String)>,
    /// The `t_id`s of its token anchors (none for instances like `ENTITY`).
    pub tokens: Vec<String>,
}

impl CatMarkable {
    /// The value of an attribute, if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A relation of a CAT file (`REFERS_TO`, `TLINK`, …) by markable ids.
#[derive(Clone, Debug, Default)]
pub struct CatRelation {
    /// Element name.
    pub tag: String,
    /// Attributes in file order (`r_id`, `sem_role`, …).
    pub attrs: Vec<(String, String)>,
    /// `m_id`s of its `<source>` children.
    pub sources: Vec<String>,
    /// `m_id`s of its `<target>` children.
    pub targets: Vec<String>,
}

impl CatRelation {
    /// The value of an attribute, if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A MEANTIME CAT file with sentences 0–5 rebuilt as natural text, and its
/// markables and relations untouched: what every MEANTIME evaluation reads.
#[derive(Clone, Debug)]
pub struct CatDocument {
    /// The file it came from.
    pub path: PathBuf,
    /// Sentences 0–5 as text, one line each.
    pub text: String,
    /// Byte span in `text` of each token of sentences 0–5, by `t_id`.
    pub token_spans: HashMap<String, (usize, usize)>,
    /// Every markable, in file order.
    pub markables: Vec<CatMarkable>,
    /// Every relation, in file order.
    pub relations: Vec<CatRelation>,
}

impl CatDocument {
    /// The `ENTITY` markable with this `m_id`.
    pub fn entity(&self, id: &str) -> Option<&CatMarkable> {
        self.markables
            .iter()
            .find(|m| m.tag == "ENTITY" && m.attr("m_id") == Some(id))
    }

    /// The `m_id` of the entity a mention `REFERS_TO`.
    pub fn refers_to(&self, mention: &str) -> Option<&str> {
        self.relations
            .iter()
            .find(|r| r.tag == "REFERS_TO" && r.sources.iter().any(|s| s == mention))
            .and_then(|r| r.targets.first())
            .map(String::as_str)
    }

    /// The byte span covering a markable's tokens, from the first token's
    /// start to the last token's end; `None` when none of them lies in
    /// sentences 0–5.
    pub fn span_of(&self, tokens: &[String]) -> Option<(usize, usize)> {
        let found: Vec<(usize, usize)> = tokens
            .iter()
            .filter_map(|i| self.token_spans.get(i.as_str()).copied())
            .collect();
        let start = found.iter().map(|s| s.0).min()?;
        let end = found.iter().map(|s| s.1).max()?;
        Some((start, end))
    }
}

/// Reads a MEANTIME CAT XML file: tokens, markables and relations, and
/// rebuilds the text of sentences 0–5.
pub fn read_cat(xml: &str, path: &Path) -> Result<CatDocument, CorpusError> {
    let bad = |reason: String| CorpusError::Format {
        reason,
        path: path.to_owned(),
    };
    let mut reader = quick_xml::Reader::from_str(xml);
    // (t_id, sentence, text)
    let mut tokens: Vec<(String, u32, String)> = Vec::new();
    let mut current: Option<(String, u32)> = None;
    let mut token_buf = String::new();
    let mut markables: Vec<CatMarkable> = Vec::new();
    let mut relations: Vec<CatRelation> = Vec::new();
    // Which section we are in, and whether a markable or relation is open.
    let (mut in_markables, mut in_relations) = (false, false);
    let (mut open_markable, mut open_relation): (Option<CatMarkable>, Option<CatRelation>) =
        (None, None);
    loop {
        let event = next_event(&mut reader).map_err(bad)?;
        match event {
            Event::Start(e) if e.name().as_ref() == b"token" => {
                let id = attr(&e, b"t_id").ok_or_else(|| bad("token without t_id".to_owned()))?;
                let sentence = attr(&e, b"sentence")
                    .and_then(|s| s.parse().ok())
                    .ok_or_else(|| bad(format!("token {id} without a sentence number")))?;
                current = Some((id, sentence));
                token_buf.clear();
            }
            Event::Text(t) if current.is_some() => {
                let s = t.unescape().map_err(|e| bad(format!("bad text: {e}")))?;
                token_buf.push_str(&s);
            }
            Event::End(e) if e.name().as_ref() == b"token" => {
                if let Some((id, sentence)) = current.take() {
                    tokens.push((id, sentence, token_buf.trim().to_owned()));
                }
            }
            Event::Start(e) if e.name().as_ref() == b"Markables" => in_markables = true,
            Event::End(e) if e.name().as_ref() == b"Markables" => in_markables = false,
            Event::Start(e) if e.name().as_ref() == b"Relations" => in_relations = true,
            Event::End(e) if e.name().as_ref() == b"Relations" => in_relations = false,
            Event::Empty(e) | Event::Start(e) if e.name().as_ref() == b"token_anchor" => {
                if let (Some(m), Some(id)) = (open_markable.as_mut(), attr(&e, b"t_id")) {
                    m.tokens.push(id);
                }
            }
            Event::Empty(e) | Event::Start(e)
                if in_relations && matches!(e.name().as_ref(), b"source" | b"target") =>
            {
                if let (Some(r), Some(id)) = (open_relation.as_mut(), attr(&e, b"m_id")) {
                    if e.name().as_ref() == b"source" {
                        r.sources.push(id);
                    } else {
                        r.targets.push(id);
                    }
                }
            }
            Event::Empty(e) if in_markables => markables.push(CatMarkable {
                tag: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                attrs: attrs_of(&e),
                tokens: Vec::new(),
            }),
            Event::Start(e) if in_markables => {
                open_markable = Some(CatMarkable {
                    tag: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    attrs: attrs_of(&e),
                    tokens: Vec::new(),
                });
            }
            Event::End(e)
                if open_markable
                    .as_ref()
                    .is_some_and(|m| m.tag.as_bytes() == e.name().as_ref()) =>
            {
                markables.extend(open_markable.take());
            }
            Event::Start(e) if in_relations => {
                open_relation = Some(CatRelation {
                    tag: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    attrs: attrs_of(&e),
                    ..CatRelation::default()
                });
            }
            Event::End(e)
                if open_relation
                    .as_ref()
                    .is_some_and(|r| r.tag.as_bytes() == e.name().as_ref()) =>
            {
                relations.extend(open_relation.take());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // Rebuild sentences 0–5, remembering each token's byte span.
    let mut text = String::new();
    let mut token_spans: HashMap<String, (usize, usize)> = HashMap::new();
    let mut last_sentence = None;
    let mut glue = false;
    for (id, sentence, tok) in tokens {
        if sentence > LAST_ANNOTATED_SENTENCE || tok.is_empty() {
            continue;
        }
        if last_sentence != Some(sentence) {
            if last_sentence.is_some() {
                text.push('\n');
            }
            last_sentence = Some(sentence);
        } else if !glue && !closes(&tok) {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(token_text(&tok));
        token_spans.insert(id, (start, text.len()));
        glue = opens(&tok);
    }
    Ok(CatDocument {
        path: path.to_owned(),
        text,
        token_spans,
        markables,
        relations,
    })
}
