//! Annotated JSON v1 → [`Analysis`]: re-opening an export exactly as it was
//! written, checking the schema version and every quote against its offsets.

mod corrections;
mod error;
mod fields;
mod spans;

use serde_json::{Map, Value};

pub use error::{ImportError, SCHEMA_ID, SpanProblem};

use corrections::read_corrections;
use error::{check_schema, malformed};
use fields::{Ids, array, id_list, label, number, object, str_field, typed, typed_or_default};
use spans::SpanReader;

use crate::model::{
    AliasLink, Analysis, Correction, DateFact, Document, Entity, Mention, MoneyFact, Region,
    Relation,
};

/// A re-opened annotated JSON file.
#[derive(Debug)]
pub struct Annotated {
    /// The analysis as it was exported, manual changes included (boxed: it
    /// is large, and travels in [`crate::load::Opened`]).
    pub analysis: Box<Analysis>,
    /// The user's corrections recorded in the file, oldest first (already
    /// applied to `analysis`).
    pub corrections: Vec<Correction>,
    /// Every span whose offsets and quote disagree (kept in the analysis).
    pub problems: Vec<SpanProblem>,
}

/// Reads an annotated JSON v1 export back into the [`Analysis`] it was made
/// from, with every span whose offsets and quote disagree listed.
pub fn read_annotated(bytes: &[u8]) -> Result<Annotated, ImportError> {
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
    let mut reader = SpanReader::new(&text);

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
    let ids = Ids::new(mentions, entities, relations, money, dates);

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
        let mut part = |key: &str| {
            o.get(key)
                .and_then(Value::as_object)
                .map(|s| reader.span(s, &format!("{item}.{key}"), true))
                .ok_or_else(|| malformed(format!("{item} has no {key} span")))
        };
        let evidence = part("evidence")?;
        let trigger = part("trigger")?;
        analysis.relations.push(Relation {
            kind: typed(o, "kind", "relations", i)?,
            source: ids.req(&ids.entities, o, "source", "relations", i)?,
            target: ids.req(&ids.entities, o, "target", "relations", i)?,
            evidence,
            trigger,
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
            per: typed(o, "per", "money", i)?,
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
    let corrections = read_corrections(&root, &mut reader)?;
    Ok(Annotated {
        analysis: Box::new(analysis),
        corrections,
        problems: reader.into_problems(),
    })
}
