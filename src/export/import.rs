//! Annotated JSON v1 → [`Analysis`]: re-opening an export exactly as it was
//! written, checking the schema version and every quote against its offsets.

use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use sha2::{Digest as _, Sha256};

use super::{OffsetMap, SCHEMA_ID};
use crate::load::LoadError;
use crate::model::{
    AliasLink, Analysis, DateFact, Document, Entity, Mention, MoneyFact, Region, Relation, Span,
};

/// Prefix of every Dossier annotated-article schema id; the version follows.
const SCHEMA_PREFIX: &str = "dossier.annotated-article/";

/// A span whose offsets and quote disagree. The span is kept in the analysis
/// (placed where its quote is found among its offsets, else at its code-point
/// offsets) and listed here so the user sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpanProblem {
    /// Where it is in the file: `mentions[3] (m4)`, `relations[0].evidence`.
    pub item: String,
    /// What is wrong, in words.
    pub problem: String,
}

impl fmt::Display for SpanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.item, self.problem)
    }
}

/// Why an annotated JSON file cannot be imported at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Not JSON.
    #[error("not valid JSON ({0})")]
    Json(#[from] serde_json::Error),
    /// JSON, but not a Dossier annotated article.
    #[error("not a Dossier annotated article (schema is {found:?}, expected {SCHEMA_ID:?})")]
    NotAnnotated {
        /// The `schema` field found, or empty.
        found: String,
    },
    /// Written by a newer Dossier with a schema this version does not know.
    #[error("schema {found} is newer than {SCHEMA_ID}, the newest this version reads")]
    Newer {
        /// The schema id in the file.
        found: String,
    },
    /// A required field is missing or has the wrong type.
    #[error("{0}")]
    Malformed(String),
}

impl ImportError {
    /// The [`LoadError`] for this failure, naming the file.
    pub fn into_load_error(self, path: &Path) -> LoadError {
        match self {
            Self::Newer { found } => LoadError::NewerSchema {
                found,
                supported: SCHEMA_ID,
                path: path.to_owned(),
            },
            other => LoadError::BadJson {
                reason: other.to_string(),
                path: path.to_owned(),
            },
        }
    }
}

fn malformed(what: impl Into<String>) -> ImportError {
    ImportError::Malformed(what.into())
}

/// Reads an annotated JSON v1 export back into the [`Analysis`] it was made
/// from, with every span whose offsets and quote disagree listed.
pub fn import_json_v1(bytes: &[u8]) -> Result<(Analysis, Vec<SpanProblem>), ImportError> {
    let root: Value = serde_json::from_slice(bytes)?;
    let Value::Object(root) = root else {
        return Err(malformed(
            "the top level is not one JSON object (a .jsonl or array export holds several articles; open them one at a time)",
        ));
    };
    let schema = root
        .get("schema")
        .and_then(Value::as_str)
        .unwrap_or_default();
    check_schema(schema)?;
    if root.get("offset_unit").and_then(Value::as_str) != Some("codepoint") {
        return Err(malformed("offset_unit is not \"codepoint\""));
    }
    let text = root
        .get("text")
        .and_then(Value::as_str)
        .ok_or_else(|| malformed("no \"text\" string"))?
        .to_owned();
    let mut reader = Reader {
        map: OffsetMap::new(&text),
        text: &text,
        problems: Vec::new(),
    };

    let empty = Map::new();
    let document = root
        .get("document")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    reader.check_document(document);
    let doc = Document {
        source: str_field(document, "source").unwrap_or_default(),
        path: None,
        text: text.clone(),
        title: str_field(document, "title"),
        published: str_field(document, "published"),
        encoding: str_field(document, "encoding").unwrap_or_default(),
        format: str_field(document, "format").unwrap_or_default(),
        byline: str_field(document, "byline"),
        regions: Vec::new(),
    };

    let regions = array(&root, "regions")?;
    let sentences = array(&root, "sentences")?;
    let mentions = array(&root, "mentions")?;
    let entities = array(&root, "entities")?;
    let relations = array(&root, "relations")?;
    let money = array(&root, "money")?;
    let dates = array(&root, "dates")?;
    let ids = Ids {
        mentions: ids_of(mentions),
        entities: ids_of(entities),
        relations: ids_of(relations),
        money: ids_of(money),
        dates: ids_of(dates),
    };

    let mut analysis = Analysis {
        document: doc,
        model: root
            .get("generator")
            .and_then(|g| g.get("model"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
        ..Analysis::default()
    };
    for (i, r) in regions.iter().enumerate() {
        let o = object(r, "regions", i)?;
        let span = reader.span(o, &format!("regions[{i}]"), false);
        analysis.document.regions.push(Region {
            kind: typed(o, "kind", "regions", i)?,
            span,
        });
    }
    for (i, s) in sentences.iter().enumerate() {
        let o = object(s, "sentences", i)?;
        analysis
            .sentences
            .push(reader.span(o, &format!("sentences[{i}]"), false));
    }
    for (i, m) in mentions.iter().enumerate() {
        let o = object(m, "mentions", i)?;
        let span = reader.span(o, &label("mentions", i, o), true);
        analysis.mentions.push(Mention {
            span,
            kind: typed(o, "kind", "mentions", i)?,
            source: typed(o, "source", "mentions", i)?,
            confidence: number(o, "confidence") as f32,
            entity: ids.opt(&ids.entities, o, "entity", "mentions", i)?,
            nominal: o.get("nominal").and_then(Value::as_bool).unwrap_or(false),
        });
    }
    for (i, e) in entities.iter().enumerate() {
        let o = object(e, "entities", i)?;
        let links = o
            .get("links")
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice);
        analysis.entities.push(Entity {
            kind: typed(o, "kind", "entities", i)?,
            name: str_field(o, "name").unwrap_or_default(),
            aliases: typed_or_default(o, "aliases"),
            mentions: id_list(&ids.mentions, o, "mentions", "entities", i)?,
            links: links
                .iter()
                .filter_map(|l| {
                    let wanted = l.get("mention")?.as_str()?;
                    let m = Ids::find(&ids.mentions, wanted)?;
                    Some(AliasLink {
                        mention: m,
                        rule: l.get("rule")?.as_str()?.to_owned(),
                    })
                })
                .collect(),
        });
    }
    for (i, r) in relations.iter().enumerate() {
        let o = object(r, "relations", i)?;
        let item = label("relations", i, o);
        let evidence = o
            .get("evidence")
            .and_then(Value::as_object)
            .ok_or_else(|| malformed(format!("{item} has no evidence span")))?;
        let trigger = o
            .get("trigger")
            .and_then(Value::as_object)
            .ok_or_else(|| malformed(format!("{item} has no trigger span")))?;
        analysis.relations.push(Relation {
            kind: typed(o, "kind", "relations", i)?,
            source: ids.req(&ids.entities, o, "source", "relations", i)?,
            target: ids.req(&ids.entities, o, "target", "relations", i)?,
            evidence: reader.span(evidence, &format!("{item}.evidence"), true),
            trigger: reader.span(trigger, &format!("{item}.trigger"), true),
            money: ids.opt(&ids.money, o, "money", "relations", i)?,
            date: ids.opt(&ids.dates, o, "date", "relations", i)?,
            status: typed(o, "status", "relations", i)?,
            confidence: number(o, "confidence") as f32,
            provenance: typed(o, "source_kind", "relations", i)?,
        });
    }
    for (i, f) in money.iter().enumerate() {
        let o = object(f, "money", i)?;
        analysis.money.push(MoneyFact {
            mention: ids.req(&ids.mentions, o, "mention", "money", i)?,
            value: number(o, "value"),
            currency: str_field(o, "currency").unwrap_or_default(),
            qualifier: str_field(o, "qualifier"),
            year: o
                .get("year")
                .and_then(Value::as_i64)
                .and_then(|y| i32::try_from(y).ok()),
            investor: ids.opt(&ids.entities, o, "investor", "money", i)?,
            recipient: ids.opt(&ids.entities, o, "recipient", "money", i)?,
            relation: ids.opt(&ids.relations, o, "relation", "money", i)?,
            repeats: id_list(&ids.mentions, o, "repeats", "money", i)?,
        });
    }
    for (i, d) in dates.iter().enumerate() {
        let o = object(d, "dates", i)?;
        analysis.dates.push(DateFact {
            mention: ids.req(&ids.mentions, o, "mention", "dates", i)?,
            value: str_field(o, "value"),
            granularity: typed(o, "granularity", "dates", i)?,
        });
    }
    let problems = reader.problems;
    Ok((analysis, problems))
}

fn check_schema(schema: &str) -> Result<(), ImportError> {
    if schema == SCHEMA_ID {
        return Ok(());
    }
    match schema
        .strip_prefix(SCHEMA_PREFIX)
        .map(|v| v.split('.').next().unwrap_or(v).parse::<u32>())
    {
        Some(Ok(v)) if v > 1 => Err(ImportError::Newer {
            found: schema.to_owned(),
        }),
        _ => Err(ImportError::NotAnnotated {
            found: schema.to_owned(),
        }),
    }
}

struct Reader<'t> {
    map: OffsetMap,
    text: &'t str,
    problems: Vec<SpanProblem>,
}

impl Reader<'_> {
    fn problem(&mut self, item: &str, problem: String) {
        self.problems.push(SpanProblem {
            item: item.to_owned(),
            problem,
        });
    }

    fn check_document(&mut self, document: &Map<String, Value>) {
        let sha = Sha256::digest(self.text.as_bytes());
        let sha_hex: String = sha.iter().map(|b| format!("{b:02x}")).collect();
        if let Some(found) = document.get("sha256").and_then(Value::as_str)
            && found != sha_hex
        {
            self.problem(
                "document.sha256",
                "the text does not match its recorded SHA-256: it was edited after export".into(),
            );
        }
        let (cps, _) = self.map.lengths();
        let recorded = document
            .get("length")
            .and_then(|l| l.get("codepoints"))
            .and_then(Value::as_u64);
        if recorded.is_some_and(|n| n != cps as u64) {
            self.problem(
                "document.length",
                format!(
                    "the text has {cps} code points, the file says {}",
                    recorded.unwrap_or(0)
                ),
            );
        }
    }

    /// The span of an object with `start`/`end` (code points), `utf8` and
    /// `utf16` pairs and, when `quoted`, the `text` it must cover.
    fn span(&mut self, o: &Map<String, Value>, item: &str, quoted: bool) -> Span {
        let text = self.text;
        let cp = pair(o.get("start"), o.get("end")).map(|(s, e)| {
            (
                self.map
                    .byte_of_codepoint(s)
                    .zip(self.map.byte_of_codepoint(e)),
                (s, e),
            )
        });
        let u8p = o
            .get("utf8")
            .and_then(|p| pair(p.get(0), p.get(1)))
            .map(|(s, e)| {
                (
                    Span::checked(text, s, e).map(|sp| (sp.start, sp.end)),
                    (s, e),
                )
            });
        let u16p = o
            .get("utf16")
            .and_then(|p| pair(p.get(0), p.get(1)))
            .map(|(s, e)| {
                (
                    self.map.byte_of_utf16(s).zip(self.map.byte_of_utf16(e)),
                    (s, e),
                )
            });
        let quote = o.get("text").and_then(Value::as_str);
        let mut issues: Vec<String> = Vec::new();
        if quoted && quote.is_none() {
            issues.push("no quote (\"text\")".into());
        }
        let mut candidates: Vec<Span> = Vec::new();
        for (unit, found) in [("code point", cp), ("utf8", u8p), ("utf16", u16p)] {
            match found {
                None => issues.push(format!("no {unit} offsets")),
                Some((None, (s, e))) => {
                    issues.push(format!("{unit} offsets {s}..{e} do not fit the text"));
                }
                Some((Some((s, e)), raw)) if s > e => {
                    issues.push(format!("{unit} offsets {}..{} run backwards", raw.0, raw.1));
                }
                Some((Some((s, e)), raw)) => {
                    let span = Span::new(s, e);
                    if let Some(q) = quote
                        && span.slice(text) != q
                    {
                        issues.push(format!(
                            "{unit} offsets {}..{} cover {:?}, not the quote {:?}",
                            raw.0,
                            raw.1,
                            clip(span.slice(text)),
                            clip(q)
                        ));
                    }
                    candidates.push(span);
                }
            }
        }
        if candidates.windows(2).any(|w| w[0] != w[1]) && issues.is_empty() {
            issues.push("its code point, utf8 and utf16 offsets point at different text".into());
        }
        let chosen = candidates
            .iter()
            .copied()
            .find(|s| quote.is_none_or(|q| s.slice(text) == q))
            .or_else(|| candidates.first().copied())
            .unwrap_or_default();
        if !issues.is_empty() {
            self.problem(item, issues.join("; "));
        }
        chosen
    }
}

fn clip(s: &str) -> String {
    if s.chars().count() > 60 {
        let head: String = s.chars().take(57).collect();
        format!("{head}…")
    } else {
        s.to_owned()
    }
}

fn pair(a: Option<&Value>, b: Option<&Value>) -> Option<(usize, usize)> {
    let a = usize::try_from(a?.as_u64()?).ok()?;
    let b = usize::try_from(b?.as_u64()?).ok()?;
    Some((a, b))
}

fn array<'v>(root: &'v Map<String, Value>, key: &str) -> Result<&'v [Value], ImportError> {
    root.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .ok_or_else(|| malformed(format!("no \"{key}\" array")))
}

fn object<'v>(v: &'v Value, list: &str, i: usize) -> Result<&'v Map<String, Value>, ImportError> {
    v.as_object()
        .ok_or_else(|| malformed(format!("{list}[{i}] is not an object")))
}

fn label(list: &str, i: usize, o: &Map<String, Value>) -> String {
    match o.get("id").and_then(Value::as_str) {
        Some(id) => format!("{list}[{i}] ({id})"),
        None => format!("{list}[{i}]"),
    }
}

fn str_field(o: &Map<String, Value>, key: &str) -> Option<String> {
    o.get(key).and_then(Value::as_str).map(str::to_owned)
}

fn number(o: &Map<String, Value>, key: &str) -> f64 {
    o.get(key).and_then(Value::as_f64).unwrap_or(0.0)
}

fn typed<T: DeserializeOwned>(
    o: &Map<String, Value>,
    key: &str,
    list: &str,
    i: usize,
) -> Result<T, ImportError> {
    let v = o.get(key).cloned().unwrap_or(Value::Null);
    serde_json::from_value(v.clone())
        .map_err(|_| malformed(format!("{list}[{i}] has an unknown {key} {v}")))
}

fn typed_or_default<T: DeserializeOwned + Default>(o: &Map<String, Value>, key: &str) -> T {
    o.get(key)
        .and_then(|v| serde_json::from_value(v.clone()).ok())
        .unwrap_or_default()
}

fn ids_of(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|v| {
            v.get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

/// The ids of each list, for resolving references to indices.
struct Ids {
    mentions: Vec<String>,
    entities: Vec<String>,
    relations: Vec<String>,
    money: Vec<String>,
    dates: Vec<String>,
}

impl Ids {
    fn find(list: &[String], id: &str) -> Option<usize> {
        list.iter().position(|x| x == id)
    }

    fn opt(
        &self,
        list: &[String],
        o: &Map<String, Value>,
        key: &str,
        owner: &str,
        i: usize,
    ) -> Result<Option<usize>, ImportError> {
        match o.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(id)) => Self::find(list, id).map(Some).ok_or_else(|| {
                malformed(format!(
                    "{owner}[{i}].{key} refers to {id:?}, which is not in the file"
                ))
            }),
            Some(other) => Err(malformed(format!(
                "{owner}[{i}].{key} is {other}, not an id"
            ))),
        }
    }

    fn req(
        &self,
        list: &[String],
        o: &Map<String, Value>,
        key: &str,
        owner: &str,
        i: usize,
    ) -> Result<usize, ImportError> {
        self.opt(list, o, key, owner, i)?
            .ok_or_else(|| malformed(format!("{owner}[{i}] has no {key}")))
    }
}

fn id_list(
    list: &[String],
    o: &Map<String, Value>,
    key: &str,
    owner: &str,
    i: usize,
) -> Result<Vec<usize>, ImportError> {
    let Some(items) = o.get(key).and_then(Value::as_array) else {
        return Ok(Vec::new());
    };
    items
        .iter()
        .map(|v| {
            v.as_str()
                .and_then(|id| Ids::find(list, id))
                .ok_or_else(|| {
                    malformed(format!(
                        "{owner}[{i}].{key} refers to {v}, which is not in the file"
                    ))
                })
        })
        .collect()
}
