//! Property tests: over random Unicode text (emoji and ZWJ sequences,
//! combining marks, CJK, right-to-left scripts, CRLF), every span of every
//! export format quotes exactly the text at its offsets — in code points, and
//! in UTF-8 and UTF-16 where the format carries them — and annotated JSON
//! reads back unchanged.

use dossier::export::{Format, json_bytes, render, to_json_v1};
use dossier::load::{Annotated, read_annotated};
use dossier::model::Analysis;
use proptest::prelude::*;
use serde_json::Value;

#[path = "support/analysis.rs"]
mod analysis;
#[path = "support/csv.rs"]
mod csv;
#[path = "support/offsets.rs"]
mod offsets;
#[path = "support/props.rs"]
mod props;
use analysis::spans_analysis;
use csv::parse_csv;
use offsets::cp_slice as cp;
use props::text_and_spans;

fn num(v: &Value) -> usize {
    v.as_u64().map_or(usize::MAX, |n| n as usize)
}

/// Every `{start, end, utf8, utf16, text}` object in annotated JSON.
fn v1_spans<'v>(v: &'v Value, out: &mut Vec<&'v Value>) {
    match v {
        Value::Object(m) => {
            if m.contains_key("utf8") && m.contains_key("text") {
                out.push(v);
            }
            m.values().for_each(|x| v1_spans(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| v1_spans(x, out)),
        _ => {}
    }
}

fn check_all(text: &str, a: &Analysis) -> Result<(), TestCaseError> {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let quotes: Vec<&str> = a.mentions.iter().map(|m| m.span.slice(text)).collect();
    // Annotated JSON: all three units.
    let v = to_json_v1(a);
    let mut spans = Vec::new();
    v1_spans(&v, &mut spans);
    for s in spans {
        let q = s["text"].as_str().unwrap_or_default();
        prop_assert_eq!(
            cp(text, num(&s["start"]), num(&s["end"]))
                .as_deref()
                .map(str::to_owned),
            Some(q.to_owned())
        );
        prop_assert_eq!(text.get(num(&s["utf8"][0])..num(&s["utf8"][1])), Some(q));
        let u = utf16
            .get(num(&s["utf16"][0])..num(&s["utf16"][1]))
            .map(String::from_utf16);
        prop_assert_eq!(u.and_then(Result::ok), Some(q.to_owned()));
    }
    // Import reads it back unchanged.
    let bytes = json_bytes(&v, false);
    let Annotated {
        analysis: back,
        problems,
        ..
    } = read_annotated(&bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(problems.is_empty(), "{:?}", problems);
    prop_assert_eq!(json_bytes(&to_json_v1(&back), false), bytes);
    // spaCy and doccano: code points.
    for f in [Format::Spacy, Format::Doccano] {
        let out = render(f, a);
        let v: Value =
            serde_json::from_slice(&out[0].1).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let (list, s, e) = match f {
            Format::Spacy => ("ents", "start", "end"),
            _ => ("entities", "start_offset", "end_offset"),
        };
        let ents = v[list].as_array().cloned().unwrap_or_default();
        prop_assert_eq!(ents.len(), quotes.len());
        for (ent, q) in ents.iter().zip(&quotes) {
            prop_assert_eq!(cp(text, num(&ent[s]), num(&ent[e])), Some((*q).to_owned()));
        }
    }
    // brat: code points into the .txt, fragments split at line breaks.
    let out = render(Format::Brat, a);
    let ann = String::from_utf8_lossy(&out[0].1).into_owned();
    prop_assert_eq!(&out[1].1, &text.as_bytes().to_vec());
    for line in ann.lines().filter(|l| l.starts_with('T')) {
        let cols: Vec<&str> = line.splitn(3, '\t').collect();
        prop_assert_eq!(cols.len(), 3, "{}", line);
        let offsets = cols[1].split_once(' ').map_or("", |x| x.1);
        let mut frags = Vec::new();
        for frag in offsets.split(';') {
            let (s, e) = frag.split_once(' ').unwrap_or(("x", "x"));
            let q = cp(
                text,
                s.parse().unwrap_or(usize::MAX),
                e.parse().unwrap_or(0),
            );
            prop_assert!(
                q.as_ref().is_some_and(|q| !q.contains(['\n', '\r'])),
                "{}",
                line
            );
            frags.push(q.unwrap_or_default());
        }
        prop_assert_eq!(frags.join(" "), cols[2]);
    }
    // W3C: TextPositionSelector in code points, TextQuoteSelector exact.
    let out = render(Format::W3c, a);
    let v: Value =
        serde_json::from_slice(&out[0].1).map_err(|e| TestCaseError::fail(e.to_string()))?;
    for item in v["items"].as_array().cloned().unwrap_or_default() {
        let sel = &item["target"]["selector"];
        let exact = sel[0]["exact"].as_str().unwrap_or_default();
        prop_assert_eq!(
            cp(text, num(&sel[1]["start"]), num(&sel[1]["end"]))
                .as_deref()
                .map(str::to_owned),
            Some(exact.to_owned())
        );
    }
    // CSV: all three units per row.
    let out = render(Format::Csv, a);
    let csv = String::from_utf8_lossy(&out[0].1).into_owned();
    let rows = parse_csv(&csv);
    for r in &rows[1..] {
        let n = |i: usize| {
            r.get(i)
                .and_then(|x| x.parse::<usize>().ok())
                .unwrap_or(usize::MAX)
        };
        let q = r.get(4).map(String::as_str).unwrap_or_default();
        if r.get(5).is_some_and(|x| x.is_empty()) {
            continue;
        }
        prop_assert_eq!(cp(text, n(5), n(6)), Some(q.to_owned()));
        prop_assert_eq!(text.get(n(7)..n(8)), Some(q));
        let u = utf16.get(n(9)..n(10)).map(String::from_utf16);
        prop_assert_eq!(u.and_then(Result::ok), Some(q.to_owned()));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_export_quotes_its_offsets((text, spans) in text_and_spans()) {
        check_all(&text, &spans_analysis(&text, &spans))?;
    }
}
