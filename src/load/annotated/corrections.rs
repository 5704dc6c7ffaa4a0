//! The `corrections` array of annotated JSON: the user's edits, read back
//! so that a re-opened export shows (and can export again) what was changed.

use serde_json::{Map, Value};

use super::error::{ImportError, malformed};
use super::fields::{object, str_field, typed};
use super::spans::SpanReader;
use crate::model::Correction;
use crate::model::correction::{MoneyRecord, RelationRecord};

/// The corrections recorded in the file; none when it has no `corrections`
/// array (the CLI's exports, and files written before corrections were read).
pub(super) fn read_corrections(
    root: &Map<String, Value>,
    reader: &mut SpanReader<'_>,
) -> Result<Vec<Correction>, ImportError> {
    let Some(items) = root.get("corrections") else {
        return Ok(Vec::new());
    };
    let items = items
        .as_array()
        .ok_or_else(|| malformed("\"corrections\" is not an array"))?;
    let mut out = Vec::with_capacity(items.len());
    for (i, c) in items.iter().enumerate() {
        let o = object(c, "corrections", i)?;
        let text = |key: &str| {
            str_field(o, key).ok_or_else(|| malformed(format!("corrections[{i}] has no {key}")))
        };
        out.push(match o.get("action").and_then(Value::as_str) {
            Some("set_kind") => Correction::SetKind {
                entity: text("entity")?,
                from: typed(o, "from", "corrections", i)?,
                to: typed(o, "to", "corrections", i)?,
            },
            Some("rename") => Correction::Rename {
                from: text("from")?,
                to: text("to")?,
            },
            Some("delete_mention") => Correction::DeleteMention {
                kind: typed(o, "kind", "corrections", i)?,
                text: text("text")?,
                span: reader.span(o, &format!("corrections[{i}]"), true),
            },
            Some("add_entity") => Correction::AddEntity {
                kind: typed(o, "kind", "corrections", i)?,
                text: text("text")?,
                span: reader.span(o, &format!("corrections[{i}]"), true),
            },
            Some("delete_entity") => Correction::DeleteEntity {
                name: text("entity")?,
                kind: typed(o, "kind", "corrections", i)?,
                spans: spans(o, i, reader)?,
            },
            Some("merge") => Correction::Merge {
                from: text("from")?,
                into: text("into")?,
            },
            Some("split_mention") => Correction::SplitMention {
                entity: text("entity")?,
                text: text("text")?,
                span: reader.span(o, &format!("corrections[{i}]"), true),
            },
            Some("add_relation") => Correction::AddRelation(relation(o, i, reader)?),
            Some("delete_relation") => Correction::DeleteRelation(relation(o, i, reader)?),
            Some("edit_money") => Correction::EditMoney {
                text: text("text")?,
                span: reader.span(o, &format!("corrections[{i}]"), true),
                from: money(o, "from", i)?,
                to: money(o, "to", i)?,
            },
            _ => {
                let action = o.get("action").unwrap_or(&Value::Null);
                return Err(malformed(format!(
                    "corrections[{i}] has an unknown action {action}"
                )));
            }
        });
    }
    Ok(out)
}

/// The `mentions` spans of a `delete_entity` record.
fn spans(
    o: &Map<String, Value>,
    i: usize,
    reader: &mut SpanReader<'_>,
) -> Result<Vec<crate::model::Span>, ImportError> {
    let items = o
        .get("mentions")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed(format!("corrections[{i}] has no mentions array")))?;
    items
        .iter()
        .enumerate()
        .map(|(j, m)| {
            let m = m.as_object().ok_or_else(|| {
                malformed(format!("corrections[{i}].mentions[{j}] is not an object"))
            })?;
            Ok(reader.span(m, &format!("corrections[{i}].mentions[{j}]"), true))
        })
        .collect()
}

/// The relation of an `add_relation` or `delete_relation` record.
fn relation(
    o: &Map<String, Value>,
    i: usize,
    reader: &mut SpanReader<'_>,
) -> Result<RelationRecord, ImportError> {
    let name = |key: &str| {
        str_field(o, key).ok_or_else(|| malformed(format!("corrections[{i}] has no {key}")))
    };
    let evidence = o
        .get("evidence")
        .and_then(Value::as_object)
        .ok_or_else(|| malformed(format!("corrections[{i}] has no evidence span")))?;
    Ok(RelationRecord {
        kind: typed(o, "kind", "corrections", i)?,
        source: name("source_entity")?,
        target: name("target_entity")?,
        evidence: reader.span(evidence, &format!("corrections[{i}].evidence"), true),
    })
}

/// The `from` or `to` figure of an `edit_money` record.
fn money(o: &Map<String, Value>, key: &str, i: usize) -> Result<MoneyRecord, ImportError> {
    let m = o
        .get(key)
        .and_then(Value::as_object)
        .ok_or_else(|| malformed(format!("corrections[{i}] has no {key} figure")))?;
    let value = m
        .get("value")
        .and_then(Value::as_f64)
        .ok_or_else(|| malformed(format!("corrections[{i}].{key} has no value")))?;
    Ok(MoneyRecord {
        value,
        currency: str_field(m, "currency").unwrap_or_default(),
        payer: str_field(m, "payer"),
        payee: str_field(m, "payee"),
    })
}
