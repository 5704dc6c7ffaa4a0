//! The workbench's frame while the article scrolls: one egui pass of the
//! real app (every panel, the article laid out where it is in view) driven
//! headless by egui_kittest, no GPU and no painting, on the 5 KB sample and
//! on a 1 MB article (the sample ×210), 45 points further down each frame.
//! The in-process counterpart of `DOSSIER_MEASURE=scroll` (docs/GUI.md).
//! `cargo bench --bench gui`.
//!
//! Each frame also builds the AccessKit tree that egui_kittest reads (the
//! real app builds it only while an assistive technology listens), so these
//! figures are a little above the app's own ui pass.

use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use dossier::app::{AppOptions, SAMPLE_TEXT, WorkbenchApp};
use egui_kittest::Harness;

/// Points scrolled per frame: a brisk mouse-wheel scroll (as `DOSSIER_MEASURE=scroll`).
const SCROLL_STEP: f32 = 45.0;
/// Analysing the 1 MB article takes seconds; this is for a slow machine.
const ANALYSIS_TIMEOUT: Duration = Duration::from_secs(600);
/// Frames run before timing: the first layouts, the lines' heights settling.
const WARMUP_FRAMES: usize = 30;

/// The app in a 1440×900 window on the article at `path`, analysed and settled.
fn open(path: &Path) -> Option<Harness<'static, WorkbenchApp>> {
    let options = AppOptions {
        files: vec![path.to_path_buf()],
        ..AppOptions::default()
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(move |cc| WorkbenchApp::new(cc, options));
    if !h.state_mut().wait_until_idle(ANALYSIS_TIMEOUT) {
        eprintln!("{}: the analysis did not finish", path.display());
        return None;
    }
    h.run();
    if h.state().doc().is_none() {
        eprintln!("{}: did not open: {:?}", path.display(), h.state().status);
        return None;
    }
    Some(h)
}

/// One frame, the article `SCROLL_STEP` points further down (back to the
/// top at its end).
fn scroll_frame(h: &mut Harness<'static, WorkbenchApp>, offset: &mut f32) {
    if let Some(doc) = h.state_mut().doc_mut() {
        *offset += SCROLL_STEP;
        if *offset > doc.article.content_height - 600.0 {
            *offset = 0.0;
        }
        doc.article.forced_offset = Some(*offset);
    }
    h.step();
}

fn bench(c: &mut Criterion) {
    let Ok(dir) = tempfile::tempdir() else {
        eprintln!("no temporary folder");
        return;
    };
    let mut group = c.benchmark_group("gui frame, scrolling the article");
    group.sample_size(50);
    for (label, copies) in [("5 KB sample", 1), ("1 MB article", 210)] {
        let path = dir.path().join(format!("article-{copies}.txt"));
        let text: String = (0..copies).map(|_| format!("{SAMPLE_TEXT}\n")).collect();
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!("{}: {e}", path.display());
            continue;
        }
        let Some(mut h) = open(&path) else { continue };
        let mut offset = 0.0;
        for _ in 0..WARMUP_FRAMES {
            scroll_frame(&mut h, &mut offset);
        }
        group.bench_function(label, |b| b.iter(|| scroll_frame(&mut h, &mut offset)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
