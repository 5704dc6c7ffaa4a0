//! spaCy JSON: `{text, ents: [{start, end, label}]}` in code points, one
//! object for one document, an array for several.

use serde_json::{Value, json};

use super::anchor::cp;
use super::bytes::one_or_array;
use crate::model::{Analysis, OffsetMap};

/// spaCy's `{text, ents: [{start, end, label}]}` (displaCy "manual" and the
/// usual training-data shape), one object per document.
pub fn spacy(a: &Analysis) -> Value {
    let map = OffsetMap::new(&a.document.text);
    let ents: Vec<Value> = a
        .mentions
        .iter()
        .map(|m| {
            let (s, e) = cp(&map, m.span);
            json!({"start": s, "end": e, "label": m.kind.name()})
        })
        .collect();
    json!({"text": a.document.text, "ents": ents, "title": a.document.title})
}

/// The spaCy export of one or several documents.
pub fn write(analyses: &[Analysis]) -> Vec<u8> {
    one_or_array(analyses.iter().map(spacy).collect())
}
