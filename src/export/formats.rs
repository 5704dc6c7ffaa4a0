//! Exports for other tools: spaCy JSON, doccano JSONL, brat standoff, W3C Web
//! Annotation JSON-LD and CSV. Offsets are Unicode code points, the unit all
//! of these tools count in (CSV also carries UTF-8 and UTF-16 offsets).

use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};

use super::OffsetMap;
use crate::model::{Analysis, Span};

/// Code-point offsets of a byte span.
fn cp(map: &OffsetMap, span: Span) -> (usize, usize) {
    (map.convert(span.start).0, map.convert(span.end).0)
}

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

/// The mention that stands for `entity` in a relation: the first of its
/// mentions inside the evidence sentence, else its first mention.
fn mention_in(a: &Analysis, entity: usize, evidence: Span) -> Option<usize> {
    let e = a.entities.get(entity)?;
    e.mentions
        .iter()
        .copied()
        .find(|&m| a.mentions.get(m).is_some_and(|m| m.span.within(evidence)))
        .or_else(|| e.mentions.first().copied())
}

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

/// Fragments of a span split at line breaks, as brat needs for text that
/// crosses lines: code-point `(start, end)` pairs, none of them empty.
fn brat_fragments(text: &str, map: &OffsetMap, span: Span) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = span.start;
    let slice = span.slice(text);
    for (i, c) in slice.char_indices() {
        if c == '\n' || c == '\r' {
            let at = span.start + i;
            if at > start {
                out.push(cp(map, Span::new(start, at)));
            }
            start = at + c.len_utf8();
        }
    }
    if span.end > start {
        out.push(cp(map, Span::new(start, span.end)));
    }
    out
}

/// brat standoff: the `.txt` (the text exactly) and the `.ann` with a `T` line
/// per mention, an `R` line per relation (between the mentions that stand for
/// its entities) and a `*\tEquiv` line per entity with several mentions.
pub fn brat(a: &Analysis) -> (String, String) {
    let text = &a.document.text;
    let map = OffsetMap::new(text);
    let mut ann = String::new();
    let mut written = vec![false; a.mentions.len()];
    for (i, m) in a.mentions.iter().enumerate() {
        let frags = brat_fragments(text, &map, m.span);
        if frags.is_empty() {
            continue;
        }
        written[i] = true;
        let offsets: Vec<String> = frags.iter().map(|(s, e)| format!("{s} {e}")).collect();
        let quote: Vec<&str> = m
            .span
            .slice(text)
            .split(['\n', '\r'])
            .filter(|f| !f.is_empty())
            .collect();
        ann.push_str(&format!(
            "T{}\t{} {}\t{}\n",
            i + 1,
            m.kind.name(),
            offsets.join(";"),
            quote.join(" ")
        ));
    }
    for (i, r) in a.relations.iter().enumerate() {
        let (Some(from), Some(to)) = (
            mention_in(a, r.source, r.evidence),
            mention_in(a, r.target, r.evidence),
        ) else {
            continue;
        };
        if written.get(from) == Some(&true) && written.get(to) == Some(&true) {
            ann.push_str(&format!(
                "R{}\t{} Arg1:T{} Arg2:T{}\n",
                i + 1,
                r.kind.name(),
                from + 1,
                to + 1
            ));
        }
    }
    for e in &a.entities {
        let ms: Vec<String> = e
            .mentions
            .iter()
            .filter(|&&m| written.get(m) == Some(&true))
            .map(|m| format!("T{}", m + 1))
            .collect();
        if ms.len() > 1 {
            ann.push_str(&format!("*\tEquiv {}\n", ms.join(" ")));
        }
    }
    (text.clone(), ann)
}

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

/// Columns of the CSV export.
pub const CSV_HEADER: &[&str] = &[
    "document",
    "table",
    "id",
    "kind",
    "text",
    "start",
    "end",
    "utf8_start",
    "utf8_end",
    "utf16_start",
    "utf16_end",
    "source",
    "target",
    "value",
    "currency",
    "qualifier",
    "year",
    "status",
    "confidence",
];

/// One CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// CSV rows (no header) for one document: one table in long form whose
/// `table` column says `entities`, `relations` or `money`. Entity rows quote
/// the first mention; relation rows the evidence sentence; money rows the
/// amount. Offsets in code points, UTF-8 and UTF-16.
pub fn csv_rows(a: &Analysis) -> String {
    let text = &a.document.text;
    let map = OffsetMap::new(text);
    let mut out = String::new();
    let mut row = |fields: Vec<String>| {
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    };
    let offsets = |span: Span| -> Vec<String> {
        let (cs, us) = map.convert(span.start);
        let (ce, ue) = map.convert(span.end);
        [cs, ce, span.start, span.end, us, ue]
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    let doc = a.document.source.clone();
    for (i, e) in a.entities.iter().enumerate() {
        let first = e
            .mentions
            .first()
            .and_then(|&m| a.mentions.get(m))
            .map(|m| m.span);
        let mut f = vec![
            doc.clone(),
            "entities".into(),
            format!("e{}", i + 1),
            e.kind.name().into(),
        ];
        match first {
            Some(span) => {
                f.push(span.slice(text).into());
                f.extend(offsets(span));
            }
            None => f.extend(std::iter::repeat_n(String::new(), 7)),
        }
        f.extend([e.name.clone(), String::new()]);
        f.extend(std::iter::repeat_n(String::new(), 6));
        row(f);
    }
    for (i, r) in a.relations.iter().enumerate() {
        let mut f = vec![
            doc.clone(),
            "relations".into(),
            format!("r{}", i + 1),
            r.kind.name().into(),
        ];
        f.push(r.evidence.slice(text).into());
        f.extend(offsets(r.evidence));
        f.extend([
            a.entity_name(r.source).to_owned(),
            a.entity_name(r.target).to_owned(),
        ]);
        let money = r.money.and_then(|m| a.money.get(m));
        f.extend([
            money.map(|m| m.value.to_string()).unwrap_or_default(),
            money.map(|m| m.currency.clone()).unwrap_or_default(),
            money.and_then(|m| m.qualifier.clone()).unwrap_or_default(),
            money
                .and_then(|m| m.year)
                .map(|y| y.to_string())
                .unwrap_or_default(),
            r.status.name().into(),
            format!("{:.3}", r.confidence),
        ]);
        row(f);
    }
    for (i, m) in a.money.iter().enumerate() {
        let span = a
            .mentions
            .get(m.mention)
            .map(|x| x.span)
            .unwrap_or_default();
        let mut f = vec![
            doc.clone(),
            "money".into(),
            format!("f{}", i + 1),
            "MONEY".into(),
        ];
        f.push(span.slice(text).into());
        f.extend(offsets(span));
        f.extend([
            m.investor
                .map(|e| a.entity_name(e).to_owned())
                .unwrap_or_default(),
            m.recipient
                .map(|e| a.entity_name(e).to_owned())
                .unwrap_or_default(),
            m.value.to_string(),
            m.currency.clone(),
            m.qualifier.clone().unwrap_or_default(),
            m.year.map(|y| y.to_string()).unwrap_or_default(),
            m.relation
                .and_then(|r| a.relations.get(r))
                .map(|r| r.status.name().to_owned())
                .unwrap_or_default(),
            String::new(),
        ]);
        row(f);
    }
    out
}

/// The CSV header line.
pub fn csv_header() -> String {
    format!("{}\r\n", CSV_HEADER.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_what_needs_it() {
        assert_eq!(csv_field("Zürich"), "Zürich");
        assert_eq!(csv_field("a, \"b\"\r\nc"), "\"a, \"\"b\"\"\r\nc\"");
    }

    #[test]
    fn brat_splits_spans_at_line_breaks() {
        let text = "ab\r\ncd😀e";
        let map = OffsetMap::new(text);
        assert_eq!(
            brat_fragments(text, &map, Span::new(0, text.len())),
            vec![(0, 2), (4, 8)]
        );
        assert_eq!(
            context(text, Span::new(4, 6), 3),
            ("b\r\n".into(), "😀e".into())
        );
    }
}
