//! Bad input: each gets a clear error naming the file and the problem, from
//! the library and from `dossier analyze` (non-zero exit).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use dossier::export::to_json_v1;
use dossier::load::{LoadError, MAX_BYTES, Opened, load_path, open};
use dossier::model::Document;

#[path = "support/formats.rs"]
mod formats;
use formats::{docx, pdf};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

/// The error names the file (last) and says `what`.
fn assert_clear(err: &LoadError, name: &str, what: &str) {
    let msg = err.to_string();
    assert!(msg.ends_with(name), "{msg:?} should end with {name}");
    assert!(msg.contains(what), "{msg:?} should say {what:?}");
}

#[test]
fn binary_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0",
    );
    let err = load_path(&p).expect_err("binary");
    assert!(matches!(err, LoadError::Binary { .. }));
    assert_clear(&err, "photo.txt", "binary data");
    let p = write(dir.path(), "photo.html", b"\xFF\xD8\xFF\xE0\0\x10JFIF\0");
    assert_clear(
        &load_path(&p).expect_err("binary"),
        "photo.html",
        "binary data",
    );
}

#[test]
fn empty_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["empty.txt", "empty.html", "empty.pdf", "empty.docx"] {
        let p = write(dir.path(), name, b"");
        let err = load_path(&p).expect_err("empty");
        assert!(matches!(err, LoadError::Empty { .. }), "{err}");
        assert_clear(&err, name, "empty");
    }
    let p = write(dir.path(), "blank.txt", b"\xEF\xBB\xBF \r\n\t");
    assert_clear(&load_path(&p).expect_err("blank"), "blank.txt", "empty");
    // A page with markup but no article text is empty too.
    let p = write(
        dir.path(),
        "shell.html",
        b"<html><body><nav><a href=/>Home</a></nav></body></html>",
    );
    assert_clear(&load_path(&p).expect_err("no text"), "shell.html", "empty");
}

#[test]
fn truncated_pdf() {
    let dir = tempfile::tempdir().expect("tempdir");
    let full = pdf(&[&["Harbour Capital invested 40 million euros in Seewerk."]]);
    for cut in [full.len() / 2, 20, 9] {
        let p = write(dir.path(), "cut.pdf", &full[..cut]);
        let err = load_path(&p).expect_err("truncated");
        assert!(
            matches!(
                err,
                LoadError::BadPdf { .. } | LoadError::NoTextLayer { .. }
            ),
            "cut at {cut}: {err}"
        );
        assert!(err.to_string().ends_with("cut.pdf"), "{err}");
    }
    let p = write(
        dir.path(),
        "fake.pdf",
        b"Just some text pretending to be a PDF.",
    );
    assert_clear(&load_path(&p).expect_err("fake"), "fake.pdf", "not a PDF");
}

#[test]
fn docx_that_is_not_a_zip() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "letter.docx",
        b"This is plain text saved as .docx by mistake.",
    );
    let err = load_path(&p).expect_err("not a zip");
    assert!(matches!(err, LoadError::BadDocx { .. }));
    assert_clear(&err, "letter.docx", "not a zip archive");
    // A zip that is not a Word document.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("readme.txt", zip::write::SimpleFileOptions::default())
        .expect("entry");
    zip.write_all(b"hello").expect("write");
    let bytes = zip.finish().expect("zip").into_inner();
    let p = write(dir.path(), "other.docx", &bytes);
    assert_clear(
        &load_path(&p).expect_err("no document.xml"),
        "other.docx",
        "word/document.xml",
    );
    // A damaged zip.
    let good = docx(&["Text."], None);
    let p = write(dir.path(), "damaged.docx", &good[..good.len() - 30]);
    assert_clear(
        &load_path(&p).expect_err("damaged"),
        "damaged.docx",
        "cannot read Word document",
    );
}

#[test]
fn zip_bombs() {
    let dir = tempfile::tempdir().expect("tempdir");
    // 65 MiB of spaces in document.xml deflate to about 64 KiB.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(false);
    zip.start_file("word/document.xml", opts).expect("entry");
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..65 {
        zip.write_all(&chunk).expect("write");
    }
    let bytes = zip.finish().expect("zip").into_inner();
    assert!(bytes.len() < 1 << 20, "the bomb is small: {}", bytes.len());
    let p = write(dir.path(), "bomb.docx", &bytes);
    let err = load_path(&p).expect_err("bomb");
    assert!(matches!(err, LoadError::ZipBomb { .. }), "{err}");
    assert_clear(&err, "bomb.docx", "zip bomb");

    // Too many entries.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default();
    for i in 0..10_001 {
        zip.start_file(format!("x/{i}"), stored).expect("entry");
    }
    let bytes = zip.finish().expect("zip").into_inner();
    let p = write(dir.path(), "many.docx", &bytes);
    assert_clear(
        &load_path(&p).expect_err("entries"),
        "many.docx",
        "zip bomb",
    );
}

#[test]
fn file_of_200_mb() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("huge.txt");
    let f = std::fs::File::create(&p).expect("create");
    f.set_len(200 * 1024 * 1024).expect("sparse file");
    let err = load_path(&p).expect_err("too large");
    assert!(
        matches!(err, LoadError::TooLarge { size, limit, .. } if size == 200 * 1024 * 1024 && limit == MAX_BYTES),
        "{err}"
    );
    assert_clear(&err, "huge.txt", "more than the 67108864-byte limit");
}

#[test]
fn invalid_utf8_is_refused_when_damaged_and_decoded_when_legacy() {
    let dir = tempfile::tempdir().expect("tempdir");
    // UTF-8 with one bad byte: refused, with the offset, never turned into mojibake.
    let p = write(
        dir.path(),
        "damaged.txt",
        b"Z\xC3\xBCrich \xE2\x82\xAC5 \xFF million",
    );
    let err = load_path(&p).expect_err("damaged");
    assert!(
        matches!(err, LoadError::InvalidUtf8 { offset: 13, .. }),
        "{err}"
    );
    assert_clear(
        &err,
        "damaged.txt",
        "not valid UTF-8 text (first bad byte at offset 13)",
    );
    // Pure Windows-1252 is not an error: it is decoded and the encoding recorded.
    let p = write(
        dir.path(),
        "legacy.txt",
        b"Caf\xE9 owner Jos\xE9 \x80 5 million \x96 Z\xFCrich",
    );
    let doc = load_path(&p).expect("legacy decodes");
    assert_eq!(doc.text, "Café owner José € 5 million – Zürich");
    assert_eq!(doc.encoding, "windows-1252");
}

#[test]
fn annotated_json_with_wrong_offsets_opens_with_the_problems_listed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = "Microsoft invested $1 billion in OpenAI in 2019.";
    let pipeline = dossier::pipeline::Pipeline::new().expect("model");
    let mut v = to_json_v1(&pipeline.analyze(Document::from_text("a.txt", text)));
    assert!(v["mentions"].as_array().is_some_and(|m| m.len() >= 2));
    v["mentions"][1]["utf8"] = serde_json::json!([0, 3]);
    v["mentions"][1]["utf16"] = serde_json::json!([0, 3]);
    v["mentions"][1]["start"] = 0.into();
    v["mentions"][1]["end"] = 3.into();
    let p = write(
        dir.path(),
        "edited.json",
        &serde_json::to_vec(&v).expect("json"),
    );
    let Opened::Annotated(annotated) = open(&p).expect("opens") else {
        panic!("an annotated export opens as one");
    };
    let (analysis, problems) = (annotated.analysis, annotated.problems);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].item.starts_with("mentions[1]"));
    assert!(
        problems[0].problem.contains("not the quote"),
        "{}",
        problems[0]
    );
    assert_eq!(
        analysis.mentions.len(),
        v["mentions"].as_array().map_or(0, Vec::len)
    );
    // Not JSON at all.
    let p = write(
        dir.path(),
        "broken.json",
        b"{\"schema\": \"dossier.annotated-article/1\", \"text\": ",
    );
    let err = open(&p).expect_err("broken");
    assert!(matches!(err, LoadError::BadJson { .. }));
    assert_clear(&err, "broken.json", "not valid JSON");
}

#[test]
fn newer_schema_version() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v = to_json_v1(&dossier::model::Analysis {
        document: Document::from_text("a.txt", "Text."),
        ..Default::default()
    });
    v["schema"] = "dossier.annotated-article/3".into();
    let p = write(
        dir.path(),
        "future.json",
        &serde_json::to_vec(&v).expect("json"),
    );
    let err = open(&p).expect_err("newer");
    assert!(matches!(err, LoadError::NewerSchema { .. }), "{err}");
    assert_clear(
        &err,
        "future.json",
        "dossier.annotated-article/3, newer than",
    );
}

#[test]
fn a_missing_file_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = load_path(&dir.path().join("nowhere.txt")).expect_err("missing");
    assert_clear(&err, "nowhere.txt", "cannot read file");
    // The race itself (present at the size check, gone at the read) is the
    // unit test `load::tests::a_file_that_vanishes_between_check_and_read_is_named`.
}

#[test]
fn cli_exits_non_zero_with_the_file_and_the_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: Vec<(PathBuf, &str)> = vec![
        (
            write(dir.path(), "photo.txt", b"\x89PNG\r\n\x1a\n\0\0"),
            "binary data",
        ),
        (
            write(dir.path(), "letter.docx", b"plain text"),
            "not a zip archive",
        ),
        (write(dir.path(), "scan.pdf", &pdf(&[&[]])), "no text layer"),
    ];
    for (path, what) in cases {
        let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .arg("analyze")
            .arg(&path)
            .output()
            .expect("runs");
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(what), "{err}");
        assert!(err.contains(&path.display().to_string()), "{err}");
        assert!(out.stdout.is_empty(), "nothing half-written to stdout");
    }
}
