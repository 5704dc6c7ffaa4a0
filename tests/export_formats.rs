//! Other exports (spaCy, doccano, brat, W3C Web Annotation, CSV) against each
//! format's documented shape, and the annotated-JSON import round trip.

use std::sync::OnceLock;

use dossier::export::{Format, json_bytes, render, to_json_v1};
use dossier::load::{Annotated, ImportError, read_annotated};
use dossier::model::{Analysis, EntityKind, Provenance};
use serde_json::Value;

#[path = "support/analysis.rs"]
mod analysis;
#[path = "support/csv.rs"]
mod csv;
#[path = "support/offsets.rs"]
mod offsets;
use csv::parse_csv;

const TEXT: &str = "Zürich 😀 report\r\nMicrosoft CEO Satya Nadella said on Monday that Microsoft invested €5 million in 東京 Robotics.\r\n\
                    Café owner José Álvarez (e\u{301}) met 👩‍👩‍👧 fans; OpenAI’s rival Anthropic raised $4bn from Amazon in 2024.\r\n";

fn analysis() -> &'static Analysis {
    static A: OnceLock<Analysis> = OnceLock::new();
    A.get_or_init(|| {
        let mut a = analysis::analyze("tricky.txt", TEXT);
        // A manual correction, as the GUI makes them: it must survive export and import.
        let start = TEXT.find("Anthropic").expect("present");
        let i = a.mention_at(start).unwrap_or(0);
        a.mentions[i].source = Provenance::Manual;
        a.mentions[i].kind = EntityKind::Org;
        a.mentions[i].confidence = 1.0;
        a
    })
}

/// The code points `start..end` of `text`, which must be in it.
fn cp_slice(text: &str, start: usize, end: usize) -> String {
    offsets::cp_slice(text, start, end).expect("offsets inside the text")
}

fn n(v: &Value) -> usize {
    v.as_u64().expect("offset") as usize
}

fn json_of(format: Format) -> Value {
    let files = render(format, analysis());
    assert_eq!(files.len(), 1);
    serde_json::from_slice(&files[0].1).expect("json")
}

#[test]
fn spacy_has_text_and_ents_in_code_points() {
    let v = json_of(Format::Spacy);
    assert_eq!(v["text"], TEXT);
    let ents = v["ents"].as_array().expect("ents");
    assert_eq!(ents.len(), analysis().mentions.len());
    let labels: Vec<&str> = ents
        .iter()
        .map(|e| e["label"].as_str().expect("label"))
        .collect();
    assert!(
        labels.contains(&"ORG") && labels.contains(&"MONEY"),
        "{labels:?}"
    );
    for (e, m) in ents.iter().zip(&analysis().mentions) {
        assert_eq!(
            cp_slice(TEXT, n(&e["start"]), n(&e["end"])),
            m.span.slice(TEXT)
        );
    }
    let nadella = ents
        .iter()
        .find(|e| cp_slice(TEXT, n(&e["start"]), n(&e["end"])) == "Satya Nadella")
        .expect("Satya Nadella tagged");
    assert_eq!(nadella["label"], "PERSON");
    assert_eq!(nadella["start"], 31, "after 😀 (one code point) and CRLF");
}

#[test]
fn doccano_jsonl_has_entities_and_relations_between_them() {
    let files = render(Format::Doccano, analysis());
    let text = String::from_utf8(files[0].1.clone()).expect("utf8");
    assert_eq!(text.lines().count(), 1, "one record a line");
    let v: Value = serde_json::from_str(text.trim_end()).expect("json");
    assert_eq!(v["text"], TEXT);
    let ents = v["entities"].as_array().expect("entities");
    let ids: Vec<u64> = ents.iter().map(|e| e["id"].as_u64().expect("id")).collect();
    for e in ents {
        assert!(e["label"].is_string());
        assert!(n(&e["start_offset"]) < n(&e["end_offset"]));
    }
    let rels = v["relations"].as_array().expect("relations");
    assert!(!rels.is_empty(), "the sample states relations");
    for r in rels {
        assert!(ids.contains(&r["from_id"].as_u64().expect("from")));
        assert!(ids.contains(&r["to_id"].as_u64().expect("to")));
        assert!(r["type"].is_string());
    }
}

#[test]
fn brat_standoff_has_t_r_and_equiv_lines_that_match_the_txt() {
    let files = render(Format::Brat, analysis());
    let names: Vec<&str> = files.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(names, ["ann", "txt"]);
    let ann = String::from_utf8(files[0].1.clone()).expect("utf8");
    let txt = String::from_utf8(files[1].1.clone()).expect("utf8");
    assert_eq!(txt, TEXT);
    let mut t = 0;
    let mut r = 0;
    let mut equiv = 0;
    let mut ids = Vec::new();
    for line in ann.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        match line.chars().next() {
            Some('T') => {
                t += 1;
                assert_eq!(cols.len(), 3, "{line}");
                ids.push(cols[0].to_owned());
                let (label, offsets) = cols[1].split_once(' ').expect("label offsets");
                assert!(EntityKind::from_name(label).is_some(), "{label}");
                let quote: Vec<String> = offsets
                    .split(';')
                    .map(|frag| {
                        let (s, e) = frag.split_once(' ').expect("start end");
                        cp_slice(&txt, s.parse().expect("n"), e.parse().expect("n"))
                    })
                    .collect();
                assert_eq!(quote.join(" "), cols[2], "{line}");
            }
            Some('R') => {
                r += 1;
                let parts: Vec<&str> = cols[1].split(' ').collect();
                assert_eq!(parts.len(), 3, "{line}");
                for arg in &parts[1..] {
                    let id = arg.split_once(':').expect("ArgN:T").1;
                    assert!(ids.iter().any(|i| i == id), "{line}");
                }
            }
            Some('*') => {
                equiv += 1;
                assert!(cols[1].starts_with("Equiv T"), "{line}");
            }
            _ => panic!("unexpected line {line:?}"),
        }
    }
    assert_eq!(t, analysis().mentions.len());
    assert!(r > 0, "relations written");
    assert!(equiv > 0, "Microsoft is mentioned twice: {ann}");
}

#[test]
fn web_annotation_has_quote_and_position_selectors() {
    let v = json_of(Format::W3c);
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationPage");
    let items = v["items"].as_array().expect("items");
    assert_eq!(
        items.len(),
        analysis().mentions.len() + analysis().relations.len()
    );
    for item in items {
        assert_eq!(item["type"], "Annotation");
        assert!(item["id"].as_str().expect("id").starts_with("urn:dossier:"));
        assert_eq!(item["target"]["source"], "tricky.txt");
        let sel = item["target"]["selector"].as_array().expect("selectors");
        let quote = sel
            .iter()
            .find(|s| s["type"] == "TextQuoteSelector")
            .expect("quote");
        let pos = sel
            .iter()
            .find(|s| s["type"] == "TextPositionSelector")
            .expect("pos");
        let (s, e) = (n(&pos["start"]), n(&pos["end"]));
        assert_eq!(
            cp_slice(TEXT, s, e),
            quote["exact"].as_str().expect("exact")
        );
        let prefix = quote["prefix"].as_str().expect("prefix");
        assert_eq!(cp_slice(TEXT, s - prefix.chars().count(), s), prefix);
    }
}

#[test]
fn csv_is_one_long_table_whose_quotes_match_all_offsets() {
    let files = render(Format::Csv, analysis());
    let csv = String::from_utf8(files[0].1.clone()).expect("utf8");
    let rows = parse_csv(&csv);
    let header = &rows[0];
    assert_eq!(header[..3], ["document", "table", "id"]);
    let col = |name: &str| header.iter().position(|h| h == name).expect("column");
    let a = analysis();
    let count = |t: &str| rows.iter().filter(|r| r[col("table")] == t).count();
    assert_eq!(count("entities"), a.entities.len());
    assert_eq!(count("relations"), a.relations.len());
    assert_eq!(count("money"), a.money.len());
    let utf16: Vec<u16> = TEXT.encode_utf16().collect();
    for r in &rows[1..] {
        assert_eq!(r.len(), header.len(), "{r:?}");
        let num = |c: &str| r[col(c)].parse::<usize>().expect("offset");
        let quote = &r[col("text")];
        assert_eq!(&cp_slice(TEXT, num("start"), num("end")), quote);
        assert_eq!(&TEXT[num("utf8_start")..num("utf8_end")], quote);
        assert_eq!(
            &String::from_utf16(&utf16[num("utf16_start")..num("utf16_end")]).expect("utf16"),
            quote
        );
    }
    let money = rows
        .iter()
        .find(|r| r[col("table")] == "money" && r[col("text")] == "€5 million")
        .expect("€5 million row");
    assert_eq!(money[col("currency")], "EUR");
    assert_eq!(money[col("value")], "5000000");
}

#[test]
fn every_format_parses_its_name_and_renders() {
    for f in Format::ALL {
        assert_eq!(Format::from_name(f.name()), Some(f));
        let files = render(f, analysis());
        assert!(
            !files.is_empty() && files.iter().all(|(_, b)| !b.is_empty()),
            "{f:?}"
        );
    }
    assert_eq!(Format::from_name("xml"), None);
}

// ---- import ----

#[test]
fn export_import_export_is_identical_manual_changes_included() {
    let a = analysis();
    assert!(
        a.mentions.iter().any(|m| m.source == Provenance::Manual),
        "the fixture has a manual mention"
    );
    let first = json_bytes(&to_json_v1(a), true);
    let Annotated {
        analysis: back,
        problems,
        ..
    } = read_annotated(&first).expect("imports");
    assert!(problems.is_empty(), "{problems:?}");
    // Confidences are rounded to three decimals in the file; all else is exact.
    let key = |m: &dossier::model::Mention| (m.span, m.kind, m.source, m.entity, m.nominal);
    assert_eq!(
        back.mentions.iter().map(key).collect::<Vec<_>>(),
        a.mentions.iter().map(key).collect::<Vec<_>>()
    );
    assert_eq!(back.entities, a.entities);
    let rkey = |r: &dossier::model::Relation| {
        (
            r.kind,
            r.source,
            r.target,
            r.evidence,
            r.trigger,
            r.money,
            r.date,
            r.status,
            r.provenance,
        )
    };
    assert_eq!(
        back.relations.iter().map(rkey).collect::<Vec<_>>(),
        a.relations.iter().map(rkey).collect::<Vec<_>>()
    );
    assert_eq!(back.money, a.money);
    assert_eq!(back.dates, a.dates);
    assert_eq!(back.sentences, a.sentences);
    assert_eq!(back.document.text, a.document.text);
    let second = json_bytes(&to_json_v1(&back), true);
    assert_eq!(
        String::from_utf8(second).expect("utf8"),
        String::from_utf8(first).expect("utf8")
    );
}

#[test]
fn import_lists_every_span_whose_quote_does_not_match() {
    let mut v = to_json_v1(analysis());
    // Shift one mention by a code point, and break one relation's evidence quote.
    let m = &mut v["mentions"][0];
    let start = n(&m["start"]);
    m["start"] = (start + 1).into();
    v["relations"][0]["evidence"]["text"] = "not what the article says".into();
    let bytes = json_bytes(&v, false);
    let Annotated {
        analysis: back,
        problems,
        ..
    } = read_annotated(&bytes).expect("imports with problems");
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems[0].item.starts_with("mentions[0]"),
        "{}",
        problems[0]
    );
    assert!(
        problems[0].problem.contains("code point offsets"),
        "{}",
        problems[0]
    );
    assert!(
        problems[1].item.starts_with("relations[0]") && problems[1].item.ends_with(".evidence")
    );
    assert_eq!(
        back.mentions.len(),
        analysis().mentions.len(),
        "nothing dropped"
    );
    assert_eq!(
        back.mentions[0].span,
        analysis().mentions[0].span,
        "the offsets that match the quote are kept"
    );
}

#[test]
fn newer_schema_and_foreign_json_are_clear_errors() {
    let mut v = to_json_v1(analysis());
    v["schema"] = "dossier.annotated-article/2".into();
    let err = read_annotated(&json_bytes(&v, false)).expect_err("newer");
    assert!(matches!(err, ImportError::Newer { .. }), "{err}");
    assert!(err.to_string().contains("newer"), "{err}");
    let err = read_annotated(br#"{"text": "hi"}"#).expect_err("foreign");
    assert!(matches!(err, ImportError::NotAnnotated { .. }), "{err}");
    let err = read_annotated(b"{\"schema\": ").expect_err("truncated");
    assert!(err.to_string().starts_with("not valid JSON"), "{err}");
}
