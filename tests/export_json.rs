//! Annotated JSON v1: valid against the shipped JSON Schema, and every quote
//! equal to the text at its offsets in code points, UTF-8 and UTF-16.

use dossier::export::{to_json_v1, write_atomic};
use serde_json::Value;

#[path = "support/analysis.rs"]
mod analysis;

const TRICKY: &str = "Zürich 😀 report\r\nMicrosoft CEO Satya Nadella said on Monday that Microsoft invested €5 million in 東京 Robotics.\r\n\
                      Café owner José Álvarez (e\u{301}) met 👩‍👩‍👧 fans; OpenAI’s rival Anthropic raised $4bn.\r\n";

fn schema() -> Value {
    serde_json::from_str(include_str!(
        "../assets/schema/annotated-article-v1.schema.json"
    ))
    .expect("schema parses")
}

fn export(text: &str) -> Value {
    to_json_v1(&analysis::analyze("tricky.txt", text))
}

/// Every object with start/end/utf8/utf16/text, wherever it sits.
fn spans(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Object(m) => {
            if m.contains_key("utf8") && m.contains_key("utf16") && m.contains_key("start") {
                out.push(v.clone());
            }
            m.values().for_each(|x| spans(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| spans(x, out)),
        _ => {}
    }
}

fn pair(v: &Value) -> (usize, usize) {
    let a = v.as_array().expect("pair");
    (
        a[0].as_u64().expect("u64") as usize,
        a[1].as_u64().expect("u64") as usize,
    )
}

#[test]
fn quotes_match_offsets_in_all_three_units() {
    let doc = export(TRICKY);
    let text = doc["text"].as_str().expect("text");
    assert_eq!(text, TRICKY, "the text is exported exactly as loaded");
    let chars: Vec<char> = text.chars().collect();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let mut all = Vec::new();
    spans(&doc, &mut all);
    assert!(all.len() > 10, "spans found: {}", all.len());
    let mut quoted = 0;
    for s in &all {
        let (cs, ce) = (
            s["start"].as_u64().expect("start") as usize,
            s["end"].as_u64().expect("end") as usize,
        );
        let (bs, be) = pair(&s["utf8"]);
        let (us, ue) = pair(&s["utf16"]);
        let by_cp: String = chars[cs..ce].iter().collect();
        let by_utf8 = &text[bs..be];
        let by_utf16 = String::from_utf16(&utf16[us..ue]).expect("utf16 slice on boundaries");
        assert_eq!(by_cp, by_utf8, "{s}");
        assert_eq!(by_cp, by_utf16, "{s}");
        if let Some(q) = s.get("text").and_then(Value::as_str) {
            assert_eq!(q, by_cp, "{s}");
            quoted += 1;
        }
    }
    assert!(quoted >= 5);
    let len = &doc["document"]["length"];
    assert_eq!(len["codepoints"], chars.len());
    assert_eq!(len["utf8"], text.len());
    assert_eq!(len["utf16"], utf16.len());
}

#[test]
fn export_validates_against_the_schema() {
    let validator = jsonschema::validator_for(&schema()).expect("schema compiles");
    for text in [TRICKY, include_str!("../assets/microsoft-openai.txt")] {
        let doc = export(text);
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // And the schema is not vacuous.
    let mut bad = export(TRICKY);
    bad["mentions"][0]["kind"] = Value::from("PERSONA");
    assert!(!validator.is_valid(&bad));
}

#[test]
fn cli_writes_a_valid_file_atomically_and_never_over_the_source() {
    let dir = tempfile::tempdir().expect("tmp");
    let article = dir.path().join("a.txt");
    std::fs::write(&article, TRICKY).expect("write");
    let out = dir.path().join("a.json");
    let bin = env!("CARGO_BIN_EXE_dossier");
    let status = std::process::Command::new(bin)
        .arg("analyze")
        .arg(&article)
        .arg("--out")
        .arg(&out)
        .status()
        .expect("runs");
    assert!(status.success());
    let v: Value = serde_json::from_slice(&std::fs::read(&out).expect("read")).expect("json");
    assert_eq!(v["schema"], "dossier.annotated-article/1");
    // Refuses to write over its input.
    let r = std::process::Command::new(bin)
        .arg("analyze")
        .arg(&article)
        .arg("--out")
        .arg(&article)
        .output()
        .expect("runs");
    assert!(!r.status.success());
    assert!(String::from_utf8_lossy(&r.stderr).contains("refusing to overwrite"));
    assert_eq!(std::fs::read_to_string(&article).expect("read"), TRICKY);
    // A binary input is an error naming the file.
    let bin_file = dir.path().join("image.txt");
    std::fs::write(&bin_file, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    let r = std::process::Command::new(bin)
        .arg("analyze")
        .arg(&bin_file)
        .output()
        .expect("runs");
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("image.txt") && err.contains("binary"), "{err}");
    write_atomic(&out, b"{}").expect("atomic write");
}
