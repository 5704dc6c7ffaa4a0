//! The `corrections` array of annotated JSON: the user's edits, read back
//! so that a re-opened export shows (and can export again) what was changed.

use serde_json::{Map, Value};

use super::error::{ImportError, malformed};
use super::fields::{object, str_field, typed};
use super::spans::SpanReader;
use crate::model::Correction;

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
