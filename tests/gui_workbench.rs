//! GUI flows on the real app and the real pipeline, driven like a user with
//! egui_kittest: start on the sample, select an entity, toggle a kind,
//! export, open bad files, drop files, click a highlight.
#![cfg(feature = "gui")]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use dossier::app::panels::legend::legend_label;
use dossier::app::{AppOptions, Command, PathPurpose, WorkbenchApp};
use dossier::model::{EntityKind, Provenance};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

#[path = "support/formats.rs"]
mod formats;

/// Analysis of a 5 KB article takes well under a second; this is for slow CI machines.
const ANALYSIS_TIMEOUT: Duration = Duration::from_secs(120);

fn harness(options: AppOptions) -> Harness<'static, WorkbenchApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(move |cc| WorkbenchApp::new(cc, options));
    settle(&mut h);
    h
}

/// Waits for the worker, then runs frames until the UI is still.
fn settle(h: &mut Harness<'static, WorkbenchApp>) {
    assert!(
        h.state_mut().wait_until_idle(ANALYSIS_TIMEOUT),
        "analysis did not finish"
    );
    h.run();
}

fn sample() -> Harness<'static, WorkbenchApp> {
    let h = harness(AppOptions::default());
    let doc = h.state().doc().unwrap_or_else(|| {
        panic!(
            "the sample opens at first start; status: {:?}",
            h.state().status
        )
    });
    assert_eq!(doc.title(), "microsoft-openai.txt");
    assert!(!h.state().status.is_error(), "{:?}", h.state().status);
    h
}

/// True when some widget's label contains `text`.
fn shows(h: &Harness<'static, WorkbenchApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

fn entity_named(h: &Harness<'static, WorkbenchApp>, name: &str) -> usize {
    let a = &h.state().doc().expect("doc").analysis;
    a.entities
        .iter()
        .position(|e| e.name == name)
        .unwrap_or_else(|| {
            panic!(
                "no entity {name:?}; entities: {:?}",
                a.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
            )
        })
}

#[test]
fn sample_is_highlighted_at_start() {
    let h = sample();
    let doc = h.state().doc().expect("doc");
    assert!(
        !doc.article.highlights().is_empty(),
        "the sample shows highlighted mentions"
    );
    let a = &doc.analysis;
    // No highlight falls in the page clutter at the end.
    for hl in doc.article.highlights() {
        assert!(
            !a.document.is_boilerplate(hl.span.start),
            "highlight in boilerplate: {:?}",
            a.text(hl.span)
        );
    }
    // Every highlighted mention is drawn with its text.
    let job = doc.article.job().expect("job");
    assert_eq!(job.text, a.document.text);
}

#[test]
fn clicking_openai_shows_microsoft_investment_in_inspector() {
    let mut h = sample();
    h.get_by_role_and_label(Role::Button, "OpenAI").click();
    h.run();
    let openai = entity_named(&h, "OpenAI");
    let doc = h.state().doc().expect("doc");
    assert_eq!(doc.selection.entity, Some(openai));
    // Its mentions are emphasised in the text, and only its mentions.
    let emphasised: Vec<_> = doc
        .article
        .highlights()
        .iter()
        .filter(|h| h.emphasised)
        .collect();
    assert!(!emphasised.is_empty());
    assert!(
        emphasised
            .iter()
            .all(|hl| doc.analysis.mentions[hl.mention].entity == Some(openai))
    );
    // The inspector lists the investment with its amount and year…
    assert!(
        shows(&h, "Microsoft invested in OpenAI"),
        "relation title in the inspector"
    );
    assert!(
        shows(&h, "$1 billion · 2019"),
        "amount and year of the relation"
    );
    // …and the money figure with investor, recipient and year.
    assert!(
        shows(&h, "$1 billion — Microsoft → OpenAI, 2019"),
        "money figure"
    );
}

#[test]
fn the_inspector_shows_the_resolution_chain_with_pronouns() {
    let mut h = sample();
    h.get_by_role_and_label(Role::Button, "Microsoft").click();
    h.run();
    assert_eq!(
        h.state().doc().expect("doc").selection.entity,
        Some(entity_named(&h, "Microsoft"))
    );
    // "Back in 2019, it poured $1 billion into the startup": "it" is a link
    // of Microsoft's chain, made by the pronoun rule.
    assert!(h.query_by_label("“it”").is_some(), "pronoun in the chain");
    assert!(shows(&h, "→ pronoun"), "rule of the pronoun link");
    h.get_by_role_and_label(Role::Button, "OpenAI").click();
    h.run();
    assert!(h.query_by_label("“the startup”").is_some());
    assert!(shows(&h, "→ description"));
}

#[test]
fn a_fact_stated_in_several_sentences_is_one_row() {
    let mut h = sample();
    let a = h.state().doc().expect("doc").analysis.clone();
    let (microsoft, openai) = (entity_named(&h, "Microsoft"), entity_named(&h, "OpenAI"));
    let statements = a
        .relations
        .iter()
        .filter(|r| {
            r.kind == dossier::model::RelationKind::PartnerOf
                && [r.source, r.target] == [microsoft, openai]
        })
        .count();
    assert!(
        statements > 1,
        "the sample states the partnership more than once"
    );
    assert!(
        shows(&h, &format!("partner of ×{statements}")),
        "one row, with the count"
    );
    // Asking for every statement gives one row each.
    h.get_by_label("Every statement").click();
    h.run();
    assert!(h.state().relation_table.every_statement);
    assert!(!shows(&h, &format!("partner of ×{statements}")));
}

#[test]
fn turning_a_kind_off_removes_its_highlights() {
    let mut h = sample();
    let counts = h.state().doc().expect("doc").analysis.mention_counts();
    let org = counts[1];
    assert!(org > 0, "the sample has ORG mentions");
    let before = h
        .state()
        .doc()
        .expect("doc")
        .article
        .highlights()
        .iter()
        .filter(|hl| hl.kind == EntityKind::Org)
        .count();
    assert!(before > 0);

    h.get_by_label(&legend_label(EntityKind::Org, org)).click();
    h.run();
    let app = h.state();
    assert!(!app.settings.is_visible(EntityKind::Org));
    let doc = app.doc().expect("doc");
    let highlights = doc.article.highlights();
    assert!(
        highlights.iter().all(|hl| hl.kind != EntityKind::Org),
        "no ORG highlight left"
    );
    assert!(!highlights.is_empty(), "other kinds stay highlighted");
    // The layout job agrees: exactly the highlighted bytes have a background.
    let job = doc.article.job().expect("job");
    let bg_bytes: usize = job
        .sections
        .iter()
        .filter(|s| s.format.background != egui::Color32::TRANSPARENT)
        .map(|s| s.byte_range.end.0 - s.byte_range.start.0)
        .sum();
    let hl_bytes: usize = highlights.iter().map(|hl| hl.span.len()).sum();
    assert_eq!(bg_bytes, hl_bytes);

    // And back on.
    h.get_by_label(&legend_label(EntityKind::Org, org)).click();
    h.run();
    let doc = h.state().doc().expect("doc");
    assert_eq!(
        doc.article
            .highlights()
            .iter()
            .filter(|hl| hl.kind == EntityKind::Org)
            .count(),
        before
    );
}

#[test]
fn layout_job_is_memoised() {
    let mut h = sample();
    let builds = h.state().doc().expect("doc").article.job_builds;
    h.run_steps(5);
    assert_eq!(
        h.state().doc().expect("doc").article.job_builds,
        builds,
        "no rebuild without a change"
    );
    h.state_mut().apply(Command::ToggleKind(EntityKind::Date));
    h.run();
    assert_eq!(h.state().doc().expect("doc").article.job_builds, builds + 1);
}

#[test]
fn clicking_a_highlight_selects_its_entity() {
    let mut h = sample();
    let doc = h.state().doc().expect("doc");
    let hl = *doc
        .article
        .highlights()
        .iter()
        .find(|hl| hl.kind == EntityKind::Org)
        .expect("an ORG highlight");
    let entity = doc.analysis.mentions[hl.mention].entity.expect("resolved");
    let rect = doc
        .article
        .mention_rect(&doc.analysis, hl.mention)
        .expect("drawn");
    let pos = rect.center();
    h.event(egui::Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run();
    assert_eq!(h.state().doc().expect("doc").selection.entity, Some(entity));
}

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
fn opening_a_binary_file_keeps_the_article_and_reports_the_error() {
    let mut h = sample();
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("photo.txt");
    std::fs::write(&bad, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").expect("write");
    h.state_mut().apply(Command::Open(bad));
    settle(&mut h);
    let app = h.state();
    assert!(app.status.is_error());
    assert!(
        app.status.text().contains("not a text file") && app.status.text().contains("photo.txt"),
        "{:?}",
        app.status
    );
    assert_eq!(app.docs.len(), 1);
    assert_eq!(app.doc().expect("doc").title(), "microsoft-openai.txt");
    assert!(
        shows(&h, "not a text file"),
        "the error is in the status bar"
    );

    let missing = dir.path().join("missing.txt");
    h.state_mut().apply(Command::Open(missing));
    settle(&mut h);
    assert!(h.state().status.text().contains("missing.txt"));
    assert_eq!(h.state().docs.len(), 1);
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Every bad input of the formats issue, opened after the user has corrected
/// something: each is reported in the status bar with the file's name and
/// the problem, and the open article, its analysis and the user's
/// corrections are exactly as they were.
#[test]
fn every_bad_input_is_reported_and_the_work_is_kept() {
    use std::io::Write as _;

    let mut h = sample();
    let openai = entity_named(&h, "OpenAI");
    h.state_mut().apply(Command::RenameEntity {
        entity: openai,
        name: "OpenAI Global LLC".into(),
    });
    h.run();
    let before = h.state().doc().expect("doc").analysis.clone();
    let corrections = h.state().doc().expect("doc").corrections.len();
    assert_eq!(corrections, 1);

    let dir = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).expect("write fixture");
        p
    };
    let full_pdf = formats::pdf(&[&["Harbour Capital invested 40 million euros in Seewerk."]]);
    let bomb = {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("word/document.xml", opts).expect("entry");
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..65 {
            zip.write_all(&chunk).expect("write");
        }
        zip.finish().expect("zip").into_inner()
    };
    let good_docx = formats::docx(&["Text."], None);
    let huge = dir.path().join("huge.txt");
    std::fs::File::create(&huge)
        .and_then(|f| f.set_len(200 * 1024 * 1024))
        .expect("sparse file");
    let export = {
        let text = "Microsoft invested $1 billion in OpenAI in 2019.";
        let pipeline = dossier::pipeline::Pipeline::new().expect("model");
        dossier::export::to_json_v1(
            &pipeline.analyze(dossier::model::Document::from_text("a.txt", text)),
        )
    };
    let mut wrong_offsets = export.clone();
    wrong_offsets["mentions"][1]["start"] = 0.into();
    wrong_offsets["mentions"][1]["end"] = 3.into();
    wrong_offsets["mentions"][1]["utf8"] = serde_json::json!([0, 3]);
    wrong_offsets["mentions"][1]["utf16"] = serde_json::json!([0, 3]);
    let mut newer = export;
    newer["schema"] = "dossier.annotated-article/3".into();

    let cases: Vec<(PathBuf, &str)> = vec![
        (
            write("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0"),
            "binary data",
        ),
        (write("empty.txt", b""), "empty"),
        (write("cut.pdf", &full_pdf[..full_pdf.len() / 2]), "PDF"),
        (
            write("fake.pdf", b"Just some text pretending to be a PDF."),
            "not a PDF",
        ),
        (
            write("letter.docx", b"Plain text saved as .docx by mistake."),
            "not a zip archive",
        ),
        (
            write("damaged.docx", &good_docx[..good_docx.len() - 30]),
            "cannot read Word document",
        ),
        (write("bomb.docx", &bomb), "zip bomb"),
        (huge, "limit"),
        (
            write("damaged.txt", b"Z\xC3\xBCrich \xE2\x82\xAC5 \xFF million"),
            "not valid UTF-8",
        ),
        (
            write(
                "edited.json",
                &serde_json::to_vec(&wrong_offsets).expect("json"),
            ),
            "do not match",
        ),
        (
            write("future.json", &serde_json::to_vec(&newer).expect("json")),
            "newer than",
        ),
        (
            write(
                "broken.json",
                b"{\"schema\": \"dossier.annotated-article/1\", \"text\": ",
            ),
            "not valid JSON",
        ),
        (dir.path().join("vanished.txt"), "cannot read file"),
    ];
    for (path, problem) in cases {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("name")
            .to_owned();
        h.state_mut().apply(Command::Open(path));
        settle(&mut h);
        let app = h.state();
        let status = app.status.text();
        assert!(app.status.is_error(), "{name}: {status:?}");
        assert!(
            status.contains(&name) && status.contains(problem),
            "{name}: status {status:?} should name the file and say {problem:?}"
        );
        assert!(shows(&h, &name), "{name}: the error is in the status bar");
        assert_eq!(app.docs.len(), 1, "{name}: no document added");
        let doc = app.doc().expect("doc");
        assert_eq!(doc.title(), "microsoft-openai.txt", "{name}");
        assert!(doc.analysis == before, "{name}: the analysis changed");
        assert_eq!(
            doc.corrections.len(),
            corrections,
            "{name}: corrections lost"
        );
    }
}

#[test]
fn dropping_a_file_opens_it_and_adds_it_to_recent() {
    let mut h = sample();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("dropped.md");
    std::fs::write(
        &path,
        "# Deal\n\nAcme Corp bought Widget Ltd for $20 million in 2020.\n",
    )
    .expect("write");
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.clone())));
    h.step();
    settle(&mut h);
    let app = h.state();
    assert_eq!(app.docs.len(), 2, "{:?}", app.status);
    assert_eq!(app.doc().expect("doc").title(), "dropped.md");
    assert_eq!(
        app.settings.recent.first().and_then(|p| p.file_name()),
        path.file_name()
    );
    // Tabs let the user go back.
    h.get_by_role_and_label(Role::Button, "microsoft-openai.txt")
        .click();
    h.run();
    assert_eq!(
        h.state().doc().expect("doc").title(),
        "microsoft-openai.txt"
    );
}

#[test]
fn path_field_opens_a_file_without_a_native_dialog() {
    let mut h = sample();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("typed.txt");
    std::fs::write(&path, "Satya Nadella leads Microsoft.\n").expect("write");
    h.state_mut().apply(Command::PathPrompt(PathPurpose::Open));
    h.run();
    h.state_mut()
        .path_prompt
        .as_mut()
        .expect("prompt shown")
        .text = path.display().to_string();
    h.run();
    h.get_by_role_and_label(Role::Button, "Open").click();
    // One frame to apply the click; the worker then shows a spinner until done.
    h.step();
    settle(&mut h);
    assert!(h.state().path_prompt.is_none());
    assert_eq!(h.state().doc().expect("doc").title(), "typed.txt");
}

#[test]
fn shortcuts_window_lists_the_keys() {
    let mut h = sample();
    h.key_press(egui::Key::F1);
    h.run();
    assert!(h.state().show_shortcuts);
    assert!(h.query_by_label("Export annotated JSON").is_some());
    assert!(h.query_by_label("Open an article").is_some());
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
