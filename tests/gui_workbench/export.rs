//! Exporting: annotated JSON with corrections, the overwrite guard, other
//! formats, and an export opened again.

use std::path::Path;

use dossier::app::{AppOptions, Command, PathPurpose};
use dossier::model::{EntityKind, Provenance};

use crate::gui::{ANALYSIS_TIMEOUT, entity_named, harness, sample, shows};

#[test]
fn export_writes_valid_v1_with_corrections() {
    let mut h = sample();
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("sample.dossier.json");

    // Corrections: a kind, a name, a wrong mention.
    let openai = entity_named(&h, "OpenAI");
    let victim = {
        let a = &h.state().doc().expect("doc").analysis;
        let e = &a.entities[openai];
        assert!(e.mentions.len() > 1, "OpenAI is mentioned more than once");
        e.mentions[e.mentions.len() - 1]
    };
    let mentions_before = h.state().doc().expect("doc").analysis.mentions.len();
    h.state_mut().apply(Command::SetEntityKind {
        entity: openai,
        kind: EntityKind::Misc,
    });
    h.state_mut().apply(Command::RenameEntity {
        entity: openai,
        name: "OpenAI Global LLC".into(),
    });
    h.state_mut().apply(Command::DeleteMention(victim));
    h.run();
    h.state_mut().apply(Command::Export(out.clone()));
    assert!(!h.state().status.is_error(), "{:?}", h.state().status);

    let bytes = std::fs::read(&out).expect("export written");
    let v: serde_json::Value = serde_json::from_slice(&bytes).expect("export parses");
    assert_eq!(v["schema"], "dossier.annotated-article/1");
    assert_eq!(v["text"], dossier::app::SAMPLE_TEXT);
    let mentions = v["mentions"].as_array().expect("mentions");
    assert_eq!(
        mentions.len(),
        mentions_before - 1,
        "the deleted mention is gone"
    );
    let entity = v["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["name"] == "OpenAI Global LLC")
        .expect("renamed entity");
    assert_eq!(entity["kind"], "MISC");
    let ids: Vec<&str> = entity["mentions"]
        .as_array()
        .expect("ids")
        .iter()
        .filter_map(|m| m.as_str())
        .collect();
    for m in mentions
        .iter()
        .filter(|m| ids.contains(&m["id"].as_str().unwrap_or("")))
    {
        assert_eq!(m["source"], serde_json::json!(Provenance::Manual));
        assert_eq!(m["kind"], "MISC");
    }
    assert_eq!(v["corrections"].as_array().map(Vec::len), Some(3));
    // Every quote matches its code-point offsets.
    let text: Vec<char> = dossier::app::SAMPLE_TEXT.chars().collect();
    for m in mentions {
        let (s, e) = (
            m["start"].as_u64().expect("start") as usize,
            m["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(
            text[s..e].iter().collect::<String>(),
            m["text"].as_str().expect("text")
        );
    }
    validate_against_schema(&v);

    // Undo brings the deleted mention back.
    h.state_mut().apply(Command::Undo);
    assert_eq!(
        h.state().doc().expect("doc").analysis.mentions.len(),
        mentions_before
    );
}

/// Validates against the shipped JSON Schema, when the core ships one.
fn validate_against_schema(v: &serde_json::Value) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/schema");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "json") {
            let schema: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&path).expect("schema"))
                    .expect("schema parses");
            let validator = jsonschema::validator_for(&schema).expect("schema compiles");
            let errors: Vec<String> = validator
                .iter_errors(v)
                .map(|e| e.to_string())
                .take(5)
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        }
    }
}

#[test]
fn export_refuses_to_overwrite_the_source() {
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("zürich.txt");
    std::fs::write(
        &article,
        "Zürich AG invested €5 million in Acme Corp in 2021.\n",
    )
    .expect("write");
    let mut h = harness(AppOptions {
        files: vec![article.clone()],
        ..AppOptions::default()
    });
    h.state_mut().apply(Command::Export(article.clone()));
    assert!(h.state().status.is_error());
    assert!(
        h.state().status.text().contains("refusing to overwrite"),
        "{:?}",
        h.state().status
    );
    assert_eq!(
        std::fs::read_to_string(&article).expect("read"),
        "Zürich AG invested €5 million in Acme Corp in 2021.\n"
    );
}

#[test]
fn export_as_writes_other_formats_beside_each_other() {
    let mut h = sample();
    let dir = tempfile::tempdir().expect("tempdir");
    // brat: the .ann at the chosen path and the .txt beside it.
    let ann = dir.path().join("sample.ann");
    h.state_mut().apply(Command::ExportAs {
        format: dossier::export::Format::Brat,
        path: ann.clone(),
    });
    assert!(!h.state().status.is_error(), "{:?}", h.state().status);
    let txt = std::fs::read_to_string(dir.path().join("sample.txt")).expect("brat text written");
    assert_eq!(txt, dossier::app::SAMPLE_TEXT);
    let ann_text = std::fs::read_to_string(&ann).expect("brat annotations written");
    assert!(
        ann_text
            .lines()
            .any(|l| l.starts_with('T') && l.ends_with("\tOpenAI")),
        "{ann_text}"
    );
    // spaCy: every entity span quotes the text.
    let spacy = dir.path().join("sample.spacy.json");
    h.state_mut().apply(Command::ExportAs {
        format: dossier::export::Format::Spacy,
        path: spacy.clone(),
    });
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&spacy).expect("spacy written")).expect("json");
    let chars: Vec<char> = dossier::app::SAMPLE_TEXT.chars().collect();
    let ents = v["ents"].as_array().expect("ents");
    assert!(ents.iter().any(|e| {
        let (s, t) = (
            e["start"].as_u64().unwrap_or(0) as usize,
            e["end"].as_u64().unwrap_or(0) as usize,
        );
        chars[s..t].iter().collect::<String>() == "Microsoft"
    }));
    // The menu path goes through the same command: with no native dialog the path field opens.
    h.state_mut()
        .apply(Command::PathPrompt(PathPurpose::ExportAs(
            dossier::export::Format::Csv,
        )));
    h.run();
    assert!(shows(&h, "Export to path"));
}

#[test]
fn an_exported_analysis_opens_again_as_it_was() {
    let mut h = sample();
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("sample.dossier.json");
    let openai = entity_named(&h, "OpenAI");
    h.state_mut().apply(Command::RenameEntity {
        entity: openai,
        name: "OpenAI Global LLC".into(),
    });
    h.run();
    h.state_mut().apply(Command::Export(out.clone()));
    let before = h.state().doc().expect("doc").analysis.clone();
    h.state_mut().apply(Command::Open(out.clone()));
    assert!(
        h.state_mut().wait_until_idle(ANALYSIS_TIMEOUT),
        "import finishes"
    );
    h.run();
    assert_eq!(h.state().docs.len(), 2, "{:?}", h.state().status);
    let reopened = h.state().doc().expect("doc");
    assert_eq!(
        reopened.path.as_deref(),
        Some(out.as_path()),
        "the export is the active tab"
    );
    let after = &reopened.analysis;
    assert_eq!(after.document.text, before.document.text);
    assert_eq!(after.mentions.len(), before.mentions.len());
    assert_eq!(after.relations.len(), before.relations.len());
    assert!(
        after.entities.iter().any(|e| e.name == "OpenAI Global LLC"),
        "the correction survives"
    );
    // A file whose quotes do not match is refused with the reason, and the article stays.
    let mut v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("read")).expect("json");
    v["mentions"][0]["text"] = serde_json::Value::from("Not the quote");
    let bad = dir.path().join("bad.dossier.json");
    std::fs::write(&bad, serde_json::to_vec(&v).expect("ser")).expect("write");
    h.state_mut().apply(Command::Open(bad));
    assert!(h.state_mut().wait_until_idle(ANALYSIS_TIMEOUT));
    h.run();
    assert!(h.state().status.is_error(), "{:?}", h.state().status);
    assert!(
        h.state().status.text().contains("do not match"),
        "{:?}",
        h.state().status
    );
    assert_eq!(h.state().docs.len(), 2, "nothing lost, nothing added");
}
