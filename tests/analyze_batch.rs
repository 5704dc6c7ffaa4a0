//! `dossier analyze` as a batch: folders, glob patterns and JSON Lines on
//! stdin give the same lines, in input order, as one run per article; a bad
//! article is one error line and the failure exit status, the others are
//! written; the number of threads never changes a byte; the W3C export
//! answers to `w3c` and, deprecated, to `webanno`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The exit status of a batch in which some article failed.
const SOME_FAILED: i32 = 3;

const ARTICLES: [(&str, &str); 4] = [
    (
        "a.txt",
        "Quayside Ferries buys two tugs\n\nZÜRICH, March 3, 2023 — Quayside Ferries agreed to buy two tugs from Ostra Marine for €12 million, Elin Moravec, its chief executive, said on Friday.\n",
    ),
    (
        "b.md",
        "# Harbourline raises funds\n\nHarbourline Energy raised $40 million from investors led by Kestrel Capital, the company said.\r\nThe startup is based in Oslo. 😀\n",
    ),
    (
        "sub/c.txt",
        "Tessarmark names new chairman\n\nTessarmark Bank named Ines Jurado as its chairman on Tuesday. She joined the bank in 2011 from Lornefield Insurance.\n",
    ),
    (
        "sub/deeper/d.txt",
        "Norden Mills to close plant\n\nNorden Mills will close its plant in Lyon next year, the company said, and move the work to Milan.\n",
    ),
];

fn dossier() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = dossier()
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(bytes).expect("feeds stdin");
    }
    child.wait_with_output().expect("finishes")
}

fn corpus() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = ARTICLES
        .iter()
        .map(|(name, text)| {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&path, text).expect("write");
            path
        })
        .collect();
    (dir, paths)
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// The jsonl line of one article analysed on its own.
fn alone(path: &Path) -> String {
    let out = run(&["analyze", s(path), "--format", "jsonl"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

fn error_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.starts_with("error:"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn folders_patterns_and_stdin_give_the_lines_of_one_by_one_runs_in_order() {
    let (dir, paths) = corpus();
    let one_by_one: Vec<String> = paths.iter().map(|p| alone(p)).collect();
    assert!(
        one_by_one
            .iter()
            .all(|l| l.ends_with("}\n") && l.lines().count() == 1)
    );

    let folder = run(&["analyze", s(dir.path()), "--format", "jsonl"], None);
    assert!(folder.status.success());
    assert_eq!(stdout(&folder), one_by_one.concat());
    let summary = String::from_utf8_lossy(&folder.stderr);
    assert!(summary.contains("4 articles (0 failed)"), "{summary}");

    // Quoted, so the pattern reaches dossier unexpanded on every shell.
    let pattern = dir.path().join("**").join("*.txt");
    let globbed = run(&["analyze", s(&pattern), "--format", "jsonl"], None);
    assert!(globbed.status.success());
    let txt = [&one_by_one[0], &one_by_one[2], &one_by_one[3]];
    assert_eq!(
        stdout(&globbed),
        txt.iter().map(|l| l.as_str()).collect::<String>()
    );

    let mut lines = String::new();
    for (path, (_, text)) in paths.iter().zip(ARTICLES) {
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        let record = serde_json::json!({"text": text, "source": name});
        lines.push_str(&format!("{record}\n"));
    }
    let streamed = run(
        &["analyze", "-", "--format", "jsonl"],
        Some(lines.as_bytes()),
    );
    assert!(
        streamed.status.success(),
        "{}",
        String::from_utf8_lossy(&streamed.stderr)
    );
    assert_eq!(stdout(&streamed), one_by_one.concat());

    let file = dir.path().join("out").join("all.jsonl");
    std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
    let written = run(
        &[
            "analyze",
            s(dir.path()),
            "--format",
            "jsonl",
            "--out",
            s(&file),
        ],
        None,
    );
    assert!(written.status.success());
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        one_by_one.concat()
    );
}

#[test]
fn a_garbage_article_in_the_middle_is_one_error_line_and_the_failure_status() {
    let (dir, paths) = corpus();
    let garbage = dir.path().join("b2.txt");
    std::fs::write(&garbage, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe").expect("write");
    let args = [
        "analyze",
        s(&paths[0]),
        s(&garbage),
        s(&paths[2]),
        "--format",
        "jsonl",
    ];
    let out = run(&args, None);
    assert_eq!(out.status.code(), Some(SOME_FAILED));
    assert_eq!(stdout(&out), alone(&paths[0]) + &alone(&paths[2]));
    let errors = error_lines(&out);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("binary") && errors[0].contains("b2.txt"),
        "{errors:?}"
    );

    let good = serde_json::json!({"text": ARTICLES[0].1, "source": "a.txt"}).to_string();
    let input = format!("{good}\n\u{1}\u{7f}\u{fffd}garbage{{\n{good}\n");
    let out = run(
        &["analyze", "-", "--format", "jsonl"],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(SOME_FAILED));
    assert_eq!(stdout(&out), alone(&paths[0]).repeat(2));
    let errors = error_lines(&out);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("line 2") && errors[0].contains("JSON"),
        "{errors:?}"
    );
}

#[test]
fn one_thread_and_two_write_the_same_bytes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("c");
    let made = dossier()
        .args([
            "bench",
            "generate",
            s(&corpus),
            "--articles",
            "8",
            "--seed",
            "4",
        ])
        .output()
        .expect("generates");
    assert!(made.status.success());
    for format in ["jsonl", "json", "csv"] {
        let one = run(
            &["analyze", s(&corpus), "--format", format, "--jobs", "1"],
            None,
        );
        let two = run(
            &["analyze", s(&corpus), "--format", format, "--jobs", "2"],
            None,
        );
        assert!(one.status.success() && two.status.success());
        assert!(!one.stdout.is_empty());
        assert!(
            one.stdout == two.stdout,
            "{format} differs between --jobs 1 and 2"
        );
    }
}

#[test]
fn several_articles_in_json_are_one_array_of_the_single_objects() {
    let (_dir, paths) = corpus();
    let object = |p: &Path| -> serde_json::Value {
        let out = run(&["analyze", s(p)], None);
        serde_json::from_slice(&out.stdout).expect("one object")
    };
    let out = run(&["analyze", s(&paths[0]), s(&paths[1])], None);
    assert!(out.status.success());
    let array: serde_json::Value = serde_json::from_slice(&out.stdout).expect("an array");
    assert_eq!(
        array,
        serde_json::json!([object(&paths[0]), object(&paths[1])])
    );
}

#[test]
fn the_w3c_export_answers_to_its_old_name_for_one_release() {
    let (_dir, paths) = corpus();
    let new = run(&["analyze", s(&paths[1]), "--format", "w3c"], None);
    let old = run(&["analyze", s(&paths[1]), "--format", "webanno"], None);
    assert!(new.status.success() && old.status.success());
    assert_eq!(new.stdout, old.stdout);
    let page: serde_json::Value = serde_json::from_slice(&new.stdout).expect("json");
    assert_eq!(page["type"], "AnnotationPage");
    assert!(String::from_utf8_lossy(&old.stderr).contains("--format webanno is deprecated"));
    assert!(!String::from_utf8_lossy(&new.stderr).contains("deprecated"));
    let help = dossier()
        .args(["analyze", "--help"])
        .output()
        .expect("help");
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("w3c") && help.contains("`webanno` is a deprecated alias"),
        "{help}"
    );
}

/// Runs `dossier ARGS` with its standard output closed before it writes
/// (`… | head -0`): it must end quietly, with success and no panic.
fn ends_quietly_into_a_closed_output(args: &[&str]) {
    let mut child = dossier()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("finishes");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn bench_batch_into_a_closed_output_ends_quietly() {
    let (dir, _) = corpus();
    ends_quietly_into_a_closed_output(&["bench", "batch", s(dir.path()), "--jobs", "1"]);
}

#[test]
fn bench_report_into_a_closed_output_ends_quietly() {
    // The report stops at its first line, before any measure runs.
    ends_quietly_into_a_closed_output(&["bench", "report", "--no-gui", "--runs", "1"]);
}
