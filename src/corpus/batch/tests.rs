//! Batch open on invented articles: folder order, skipped files, errors
//! that name their file, results in input order, cancel.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use super::*;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().expect("bundled model loads"))
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(&path, text).expect("write");
    path
}

fn article(n: usize) -> String {
    format!(
        "Harbourline Freight buys Tessaro Mills\n\nHarbourline Freight agreed to pay {n} million euros for Tessaro Mills, its chief executive Maren Oddvik said on Tuesday.\n"
    )
}

#[test]
fn a_folder_gives_its_article_files_sorted_depth_first_without_hidden_or_other_types() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "b.txt", "b");
    write(d, "a.md", "a");
    write(d, "sub/c.html", "c");
    write(d, "sub/deeper/d.PDF", "d");
    write(d, ".hidden.txt", "h");
    write(d, ".cache/e.txt", "e");
    write(d, "photo.png", "p");
    write(d, "notes.rtf", "r");
    let walked = article_files(&[d.to_path_buf()]);
    let names: Vec<String> = walked
        .files
        .iter()
        .map(|p| p.strip_prefix(d).expect("under").display().to_string())
        .collect();
    assert_eq!(names, ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.PDF"]);
    assert!(walked.problems.is_empty(), "{:?}", walked.problems);
}

#[test]
fn a_file_given_by_name_is_kept_whatever_its_type_and_only_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let png = write(d, "photo.png", "p");
    let txt = write(d, "a.txt", "a");
    let walked = article_files(&[png.clone(), txt.clone(), d.to_path_buf()]);
    assert_eq!(walked.files, [png, txt]);
}

#[test]
fn a_missing_path_is_kept_so_that_opening_it_names_it() {
    let walked = article_files(&[PathBuf::from("no-such-folder-here/")]);
    assert_eq!(walked.files, [PathBuf::from("no-such-folder-here/")]);
}

#[test]
fn items_come_back_in_input_order_and_a_bad_file_is_an_error_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let mut files: Vec<PathBuf> = (0..6)
        .map(|i| write(d, &format!("{i:02}.txt"), &article(i + 10)))
        .collect();
    let bad = write(d, "03-broken.txt", "Z\u{fc}rich");
    std::fs::write(&bad, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").expect("binary");
    files.insert(3, bad);
    files.push(d.join("missing.txt"));
    let cancel = AtomicBool::new(false);
    let seen = std::sync::atomic::AtomicUsize::new(0);
    let (items, summary) = analyze_all(pipeline(), &files, &cancel, |p| {
        assert!(p.done <= p.total && p.total == 8);
        seen.fetch_add(1, Ordering::Relaxed);
    });
    assert_eq!(seen.load(Ordering::Relaxed), 8);
    assert!(!summary.cancelled);
    assert_eq!(summary.progress.done, 8);
    assert_eq!(summary.progress.failed, 2);
    let paths: Vec<&PathBuf> = items.iter().map(|i| &i.path).collect();
    assert_eq!(paths, files.iter().collect::<Vec<_>>());
    for (i, item) in items.iter().enumerate() {
        assert_eq!(item.index, i);
    }
    let broken = items[3].outcome.as_ref().expect_err("binary file fails");
    assert!(broken.contains("03-broken.txt"), "{broken}");
    let missing = items[7].outcome.as_ref().expect_err("missing file fails");
    assert!(missing.contains("missing.txt"), "{missing}");
    let good = items[0].outcome.as_ref().expect("article opens");
    assert!(
        good.analysis
            .entities
            .iter()
            .any(|e| e.name.contains("Harbourline")),
        "{:?}",
        good.analysis.entities
    );
    assert_eq!(good.analysis.money.len(), 1);
}

#[test]
fn cancel_stops_a_batch_before_every_file_is_done() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files: Vec<PathBuf> = (0..40)
        .map(|i| write(dir.path(), &format!("{i:02}.txt"), &article(i)))
        .collect();
    let cancel = AtomicBool::new(true);
    let (items, summary) = analyze_all(pipeline(), &files, &cancel, |_| {});
    assert!(items.is_empty());
    assert!(summary.cancelled);

    // Cancelled after the first article: those already running finish, no more start.
    let cancel = AtomicBool::new(false);
    let (items, summary) = analyze_all(pipeline(), &files, &cancel, |_| {
        cancel.store(true, Ordering::Relaxed);
    });
    assert!(summary.cancelled);
    assert!(
        !items.is_empty() && items.len() < files.len(),
        "{}",
        items.len()
    );
    assert!(items.windows(2).all(|w| w[0].index < w[1].index));
}

#[test]
fn progress_reports_a_rate_and_a_fraction() {
    let p = Progress {
        done: 30,
        failed: 1,
        total: 120,
        elapsed: std::time::Duration::from_secs(2),
    };
    assert!((p.rate() - 15.0).abs() < 1e-9);
    assert!((p.fraction() - 0.25).abs() < 1e-6);
}
