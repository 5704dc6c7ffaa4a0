//! Opening files: bad inputs keep the work, dropped files and the typed
//! path open, the shortcuts window.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use dossier::app::{Command, PathPurpose};
use egui::Role;
use egui_kittest::kittest::Queryable as _;

use crate::formats;
use crate::gui::{entity_named, sample, settle, shows};

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
