//! Where an annotation sits for tools that count in code points: a span's
//! code-point offsets, and the mention that stands for an entity in a
//! relation (doccano and brat link mentions, not entities).

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
