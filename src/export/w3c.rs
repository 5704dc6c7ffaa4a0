//! W3C Web Annotation JSON-LD: an `AnnotationPage` per document, each
//! annotation targeting the text with quote and position selectors.

use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};

use super::anchor::cp;
use super::bytes::one_or_array;
use crate::model::{Analysis, OffsetMap, Span};

/// Up to `n` code points before and after a span, for a TextQuoteSelector.
fn context(text: &str, span: Span, n: usize) -> (String, String) {
    let before: Vec<char> = text
        .get(..span.start)
        .unwrap_or("")
        .chars()
        .rev()
        .take(n)
        .collect();
    let after: String = text.get(span.end..).unwrap_or("").chars().take(n).collect();
    (before.into_iter().rev().collect(), after)
}

fn selectors(text: &str, map: &OffsetMap, source: &str, span: Span) -> Value {
    let (s, e) = cp(map, span);
    let (prefix, suffix) = context(text, span, 32);
    json!({
        "source": source,
        "selector": [
            {"type": "TextQuoteSelector", "exact": span.slice(text), "prefix": prefix, "suffix": suffix},
            {"type": "TextPositionSelector", "start": s, "end": e},
        ],
    })
}

/// W3C Web Annotation Data Model, JSON-LD: an `AnnotationPage` with one
/// annotation per mention (tagged with its kind, identifying its entity) and
/// one per relation (on its evidence sentence), each targeting the text with a
/// TextQuoteSelector and a TextPositionSelector in code points.
pub fn web_annotation(a: &Analysis) -> Value {
    let text = &a.document.text;
    let map = OffsetMap::new(text);
    let sha: String = Sha256::digest(text.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let source = if a.document.source.is_empty() {
        format!("urn:dossier:text:{sha}")
    } else {
        a.document.source.clone()
    };
    let mut items: Vec<Value> = Vec::new();
    for (i, m) in a.mentions.iter().enumerate() {
        let mut body =
            vec![json!({"type": "TextualBody", "purpose": "tagging", "value": m.kind.name()})];
        if let Some(e) = m.entity.and_then(|e| a.entities.get(e)) {
            body.push(json!({"type": "TextualBody", "purpose": "identifying", "value": e.name}));
        }
        items.push(json!({
            "id": format!("urn:dossier:{sha}:m{}", i + 1),
            "type": "Annotation",
            "motivation": "tagging",
            "body": body,
            "target": selectors(text, &map, &source, m.span),
        }));
    }
    for (i, r) in a.relations.iter().enumerate() {
        items.push(json!({
            "id": format!("urn:dossier:{sha}:r{}", i + 1),
            "type": "Annotation",
            "motivation": "linking",
            "body": [
                {"type": "TextualBody", "purpose": "classifying", "value": r.kind.name()},
                {"type": "TextualBody", "purpose": "describing",
                 "value": format!("{} {} {}", a.entity_name(r.source), r.kind.label(), a.entity_name(r.target))},
            ],
            "target": selectors(text, &map, &source, r.evidence),
        }));
    }
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("urn:dossier:{sha}"),
        "type": "AnnotationPage",
        "items": items,
    })
}

/// The Web Annotation export of one or several documents.
pub fn write(analyses: &[Analysis]) -> Vec<u8> {
    one_or_array(analyses.iter().map(web_annotation).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_counts_code_points() {
        let text = "ab\r\ncd😀e";
        assert_eq!(
            context(text, Span::new(4, 6), 3),
            ("b\r\n".into(), "😀e".into())
        );
    }
}
