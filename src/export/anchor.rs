//! Where an annotation sits for tools that count in code points: a span's
//! code-point offsets, and the mention that stands for an entity in a
//! relation (doccano and brat link mentions, not entities).

use serde_json::{Map, Value, json};

use crate::model::{Analysis, OffsetMap, Span};

/// Code-point offsets of a byte span.
pub(super) fn cp(map: &OffsetMap, span: Span) -> (usize, usize) {
    (map.convert(span.start).0, map.convert(span.end).0)
}

/// The mention that stands for `entity` in a relation: the first of its
/// mentions inside the evidence sentence, else its first mention.
pub(super) fn mention_in(a: &Analysis, entity: usize, evidence: Span) -> Option<usize> {
    let e = a.entities.get(entity)?;
    e.mentions
        .iter()
        .copied()
        .find(|&m| a.mentions.get(m).is_some_and(|m| m.span.within(evidence)))
        .or_else(|| e.mentions.first().copied())
}

/// Span fields `start`, `end`, `utf8`, `utf16` (and `text` when `quote`).
pub(super) fn span_fields(
    map: &OffsetMap,
    text: &str,
    span: Span,
    quote: bool,
) -> Map<String, Value> {
    let (cs, us) = map.convert(span.start);
    let (ce, ue) = map.convert(span.end);
    let mut m = Map::new();
    m.insert("start".into(), cs.into());
    m.insert("end".into(), ce.into());
    m.insert("utf8".into(), json!([span.start, span.end]));
    m.insert("utf16".into(), json!([us, ue]));
    if quote {
        m.insert("text".into(), span.slice(text).into());
    }
    m
}
