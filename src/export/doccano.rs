//! doccano relation-extraction JSONL: one record a line, mentions as
//! entities and relations between them, offsets in code points.

use serde_json::{Value, json};

use super::anchor::{cp, mention_in};
use super::bytes::lines;
use crate::model::{Analysis, OffsetMap};

/// doccano's relation-extraction JSONL record: `entities` with
/// `start_offset`/`end_offset`, `relations` with `from_id`/`to_id`/`type`
/// between entity spans.
pub fn doccano(a: &Analysis) -> Value {
    let map = OffsetMap::new(&a.document.text);
    let entities: Vec<Value> = a
        .mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let (s, e) = cp(&map, m.span);
            json!({"id": i + 1, "label": m.kind.name(), "start_offset": s, "end_offset": e})
        })
        .collect();
    let relations: Vec<Value> = a
        .relations
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let from = mention_in(a, r.source, r.evidence)?;
            let to = mention_in(a, r.target, r.evidence)?;
            Some(json!({"id": i + 1, "from_id": from + 1, "to_id": to + 1, "type": r.kind.name()}))
        })
        .collect();
    json!({
        "text": a.document.text,
        "entities": entities,
        "relations": relations,
        "source": a.document.source,
    })
}

/// The doccano JSONL of one or several documents.
pub fn write(analyses: &[Analysis]) -> Vec<u8> {
    lines(analyses.iter().map(doccano))
}
