//! CSV: entities, relations and money in one long table with a `table`
//! column, offsets in code points, UTF-8 and UTF-16 (RFC 4180 quoting).

use crate::model::{Analysis, OffsetMap, Span};

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

/// One header, then the rows of every document.
pub fn write(analyses: &[Analysis]) -> Vec<u8> {
    let mut out = csv_header();
    for a in analyses {
        out.push_str(&csv_rows(a));
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_what_needs_it() {
        assert_eq!(csv_field("Zürich"), "Zürich");
        assert_eq!(csv_field("a, \"b\"\r\nc"), "\"a, \"\"b\"\"\r\nc\"");
    }
}
