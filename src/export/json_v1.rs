//! Annotated JSON, schema v1 (DESIGN.md): every span in code points, with
//! UTF-8 and UTF-16 pairs and the quoted text.

use serde_json::{Map, Value, json};
use sha2::{Digest as _, Sha256};

use super::anchor::span_fields;
use super::bytes::one_or_array;
use super::corrections::correction_json;
use crate::load::SCHEMA_ID;
use crate::model::{Analysis, Correction, OffsetMap};

fn id(prefix: char, index: usize) -> String {
    format!("{prefix}{}", index + 1)
}

fn opt_id(prefix: char, index: Option<usize>) -> Value {
    index.map_or(Value::Null, |i| Value::String(id(prefix, i)))
}

fn with(mut base: Map<String, Value>, extra: Value) -> Value {
    if let Value::Object(extra) = extra {
        base.extend(extra);
    }
    Value::Object(base)
}

/// Builds the v1 JSON object for an analysis.
pub fn to_json_v1(a: &Analysis) -> Value {
    let doc = &a.document;
    let text = doc.text.as_str();
    let map = OffsetMap::new(text);
    let (cps, u16s) = map.lengths();
    let sha = Sha256::digest(text.as_bytes());
    let sha_hex: String = sha.iter().map(|b| format!("{b:02x}")).collect();

    let regions: Vec<Value> = doc
        .regions
        .iter()
        .map(|r| {
            with(
                span_fields(&map, text, r.span, false),
                json!({"kind": r.kind}),
            )
        })
        .collect();
    let sentences: Vec<Value> = a
        .sentences
        .iter()
        .map(|s| Value::Object(span_fields(&map, text, *s, false)))
        .collect();
    let mentions: Vec<Value> = a
        .mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            with(
                span_fields(&map, text, m.span, true),
                json!({
                    "id": id('m', i),
                    "kind": m.kind,
                    "entity": opt_id('e', m.entity),
                    "source": m.source,
                    "confidence": round3(m.confidence),
                    "nominal": m.nominal,
                }),
            )
        })
        .collect();
    let entities: Vec<Value> = a
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            json!({
                "id": id('e', i),
                "kind": e.kind,
                "name": e.name,
                "aliases": e.aliases,
                "mentions": e.mentions.iter().map(|&m| id('m', m)).collect::<Vec<_>>(),
                "links": e.links.iter().map(|l| json!({"mention": id('m', l.mention), "rule": l.rule})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let relations: Vec<Value> = a
        .relations
        .iter()
        .enumerate()
        .map(|(i, r)| {
            json!({
                "id": id('r', i),
                "kind": r.kind,
                "source": id('e', r.source),
                "target": id('e', r.target),
                "evidence": Value::Object(span_fields(&map, text, r.evidence, true)),
                "trigger": Value::Object(span_fields(&map, text, r.trigger, true)),
                "money": opt_id('f', r.money),
                "date": opt_id('d', r.date),
                "status": r.status,
                "confidence": round3(r.confidence),
                "source_kind": r.provenance,
            })
        })
        .collect();
    let money: Vec<Value> = a
        .money
        .iter()
        .enumerate()
        .map(|(i, f)| {
            json!({
                "id": id('f', i),
                "mention": id('m', f.mention),
                "text": a.mention_text(f.mention),
                "value": f.value,
                "currency": f.currency,
                "qualifier": f.qualifier,
                "year": f.year,
                "investor": opt_id('e', f.investor),
                "recipient": opt_id('e', f.recipient),
                "relation": opt_id('r', f.relation),
                "repeats": f.repeats.iter().map(|&m| id('m', m)).collect::<Vec<_>>(),
                "per": f.per.map(crate::model::Per::name),
            })
        })
        .collect();
    let dates: Vec<Value> = a
        .dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            json!({
                "id": id('d', i),
                "mention": id('m', d.mention),
                "text": a.mention_text(d.mention),
                "value": d.value,
                "granularity": d.granularity,
            })
        })
        .collect();

    json!({
        "schema": SCHEMA_ID,
        "generator": {"name": "dossier", "version": env!("CARGO_PKG_VERSION"), "model": a.model},
        "document": {
            "source": doc.source,
            "title": doc.title,
            "published": doc.published,
            "encoding": doc.encoding,
            "format": doc.format,
            "byline": doc.byline,
            "sha256": sha_hex,
            "length": {"codepoints": cps, "utf8": text.len(), "utf16": u16s},
        },
        "text": text,
        "offset_unit": "codepoint",
        "regions": regions,
        "sentences": sentences,
        "mentions": mentions,
        "entities": entities,
        "relations": relations,
        "money": money,
        "dates": dates,
    })
}

/// The annotated JSON v1 of a corrected analysis: [`to_json_v1`] with a
/// `corrections` array recording what the user changed (provenance `manual`).
pub fn to_json_v1_corrected(a: &Analysis, corrections: &[Correction]) -> Value {
    let mut value = to_json_v1(a);
    if let Value::Object(map) = &mut value {
        let offsets = OffsetMap::new(&a.document.text);
        let corrections = corrections
            .iter()
            .map(|c| correction_json(c, &offsets, &a.document.text))
            .collect();
        map.insert("corrections".into(), Value::Array(corrections));
    }
    value
}

/// One pretty annotated JSON object, or an array of them for several documents.
pub fn write(analyses: &[Analysis]) -> Vec<u8> {
    one_or_array(analyses.iter().map(to_json_v1).collect())
}

fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}
