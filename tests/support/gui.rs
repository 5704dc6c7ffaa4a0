//! The GUI tests' harness: the real app on the real pipeline in an
//! egui_kittest harness, and the queries the flows share.

#![allow(dead_code)]

use std::time::Duration;

use dossier::app::{AppOptions, WorkbenchApp};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// Analysis of a 5 KB article takes well under a second; this is for slow CI machines.
pub const ANALYSIS_TIMEOUT: Duration = Duration::from_secs(120);

/// The app in a 1440×900 window, started with `options`, settled.
pub fn harness(options: AppOptions) -> Harness<'static, WorkbenchApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(move |cc| WorkbenchApp::new(cc, options));
    settle(&mut h);
    h
}

/// Waits for the worker, then runs frames until the UI is still.
pub fn settle(h: &mut Harness<'static, WorkbenchApp>) {
    assert!(
        h.state_mut().wait_until_idle(ANALYSIS_TIMEOUT),
        "analysis did not finish"
    );
    h.run();
}

/// The app on the bundled sample, as at first start.
pub fn sample() -> Harness<'static, WorkbenchApp> {
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

/// A left click at `pos` as a mouse makes it: move there, press, release
/// (events queued; the caller runs the frames).
pub fn click_at(h: &Harness<'static, WorkbenchApp>, pos: egui::Pos2) {
    h.event(egui::Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
}

/// True when some widget's label contains `text`.
pub fn shows(h: &Harness<'static, WorkbenchApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// The index of the entity named `name` in the article shown.
pub fn entity_named(h: &Harness<'static, WorkbenchApp>, name: &str) -> usize {
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
