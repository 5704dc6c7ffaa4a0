//! Quitting with corrections to an article never saved, and choosing Save:
//! the app asks where (the path field, as no native dialog runs here),
//! offering a file beside the article; the work is written there before
//! the app quits. Escape on the question of where keeps the app open with
//! the work.

use dossier::app::{Command, WorkbenchApp};
use dossier::model::{EntityKind, Span};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::gui::{harness, settle, shows};

/// Opens `a.txt` in `dir` and adds one entity to it.
fn corrected(dir: &std::path::Path) -> Harness<'static, WorkbenchApp> {
    let article = dir.join("a.txt");
    std::fs::write(
        &article,
        "Acme Corp bought Beta Ltd for its cloud computing arm.\n",
    )
    .expect("write");
    let mut h = harness(dossier::app::AppOptions {
        files: vec![article],
        ..Default::default()
    });
    settle(&mut h);
    let text = h.state().doc().expect("doc").analysis.document.text.clone();
    let i = text.find("cloud computing").expect("in text");
    h.state_mut().apply(Command::AddEntity {
        span: Span::new(i, i + "cloud computing".len()),
        kind: EntityKind::Misc,
    });
    h.run();
    let doc = h.state().doc().expect("doc");
    assert!(doc.is_dirty() && doc.save_path.is_none(), "never saved");
    h
}

#[test]
fn quit_then_save_on_a_never_saved_article_asks_where_and_keeps_the_work() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = corrected(dir.path());
    h.state_mut().apply(Command::Quit);
    h.run();
    assert!(shows(&h, "Unsaved changes"));
    h.get_by_label("Save").click();
    h.run();
    // No file yet: the app asks where, offering one beside the article.
    assert!(!h.state().quitting(), "it does not quit before saving");
    let offered = dir.path().join("a.dossier.json");
    let prompt = h
        .state()
        .path_prompt
        .as_ref()
        .expect("the path field asks where");
    assert_eq!(prompt.text, offered.display().to_string());

    // Escape on the path field cancels quitting: nothing is lost.
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().quitting());
    assert!(h.state().path_prompt.is_none());
    assert!(
        h.state().doc().expect("doc").is_dirty(),
        "the work is still there"
    );

    // Quit again, Save, accept the offered file: written, then the app quits.
    h.state_mut().apply(Command::Quit);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert!(h.state().path_prompt.is_some());
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().quitting(), "{:?}", h.state().status);
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&offered).expect("saved beside the article"))
            .expect("json");
    assert_eq!(saved["corrections"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.txt")).expect("read"),
        "Acme Corp bought Beta Ltd for its cloud computing arm.\n",
        "the article itself is untouched"
    );
}
