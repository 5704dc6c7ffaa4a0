//! Bad input: each gets a clear error naming the file and the problem, from
//! the library and from `dossier analyze` (non-zero exit).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use dossier::export::to_json_v1;
use dossier::load::{LoadError, MAX_BYTES, Opened, load_path, open};
use dossier::model::Document;

#[path = "support/analysis.rs"]
mod analysis;
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

/// A zip whose only entry is not a Word document.
fn zip_without_document() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("readme.txt", zip::write::SimpleFileOptions::default())
        .expect("entry");
    zip.write_all(b"hello").expect("write");
    zip.finish().expect("zip").into_inner()
}

/// 65 MiB of spaces in document.xml, deflated to about 64 KiB.
fn zip_bomb() -> Vec<u8> {
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
    bytes
}

/// A zip of 10,001 empty entries.
fn zip_of_many_entries() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default();
    for i in 0..10_001 {
        zip.start_file(format!("x/{i}"), stored).expect("entry");
    }
    zip.finish().expect("zip").into_inner()
}

/// A bad file: its name, its bytes, what the error says, and which error it is.
type BadFile = (&'static str, Vec<u8>, &'static str, fn(&LoadError) -> bool);

/// Any error of the right message will do.
fn any(_: &LoadError) -> bool {
    true
}

/// Each bad file: its name, its bytes, what the error must say (it must also
/// end with the name), and the error it must be.
#[test]
fn every_bad_file_is_a_clear_error() {
    let damaged_docx = {
        let good = docx(&["Text."], None);
        good[..good.len() - 30].to_vec()
    };
    let table: Vec<BadFile> = vec![
        (
            "photo.txt",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".to_vec(),
            "binary data",
            |e| matches!(e, LoadError::Binary { .. }),
        ),
        (
            "photo.html",
            b"\xFF\xD8\xFF\xE0\0\x10JFIF\0".to_vec(),
            "binary data",
            any,
        ),
        ("empty.txt", Vec::new(), "empty", |e| {
            matches!(e, LoadError::Empty { .. })
        }),
        ("empty.html", Vec::new(), "empty", |e| {
            matches!(e, LoadError::Empty { .. })
        }),
        ("empty.pdf", Vec::new(), "empty", |e| {
            matches!(e, LoadError::Empty { .. })
        }),
        ("empty.docx", Vec::new(), "empty", |e| {
            matches!(e, LoadError::Empty { .. })
        }),
        ("blank.txt", b"\xEF\xBB\xBF \r\n\t".to_vec(), "empty", any),
        // A page with markup but no article text is empty too.
        (
            "shell.html",
            b"<html><body><nav><a href=/>Home</a></nav></body></html>".to_vec(),
            "empty",
            any,
        ),
        (
            "fake.pdf",
            b"Just some text pretending to be a PDF.".to_vec(),
            "not a PDF",
            any,
        ),
        (
            "letter.docx",
            b"This is plain text saved as .docx by mistake.".to_vec(),
            "not a zip archive",
            |e| matches!(e, LoadError::BadDocx { .. }),
        ),
        (
            "other.docx",
            zip_without_document(),
            "word/document.xml",
            any,
        ),
        (
            "damaged.docx",
            damaged_docx,
            "cannot read Word document",
            any,
        ),
        ("bomb.docx", zip_bomb(), "zip bomb", |e| {
            matches!(e, LoadError::ZipBomb { .. })
        }),
        ("many.docx", zip_of_many_entries(), "zip bomb", any),
        // UTF-8 with one bad byte: refused, with the offset, never turned into mojibake.
        (
            "damaged.txt",
            b"Z\xC3\xBCrich \xE2\x82\xAC5 \xFF million".to_vec(),
            "not valid UTF-8 text (first bad byte at offset 13)",
            |e| matches!(e, LoadError::InvalidUtf8 { offset: 13, .. }),
        ),
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, bytes, what, is) in table {
        let p = write(dir.path(), name, &bytes);
        let err = load_path(&p).expect_err(name);
        assert!(is(&err), "{name}: {err}");
        assert_clear(&err, name, what);
    }
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
fn legacy_encodings_are_decoded_not_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
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
    let mut v = to_json_v1(&analysis::analyze("a.txt", text));
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
