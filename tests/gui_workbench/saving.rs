//! Keeping work: Ctrl+S saves the annotated JSON and reopening it gives the
//! same corrections; the title marks unsaved changes; quitting with
//! unsaved changes asks; autosaved work is offered back after a crash;
//! re-analysis keeps the corrections.

use dossier::app::{AppOptions, Command, WorkbenchApp};
use dossier::model::{EntityKind, Provenance, Span};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::gui::{entity_named, harness, sample, settle, shows};

/// Two corrections on the sample: OpenAI renamed, "cloud computing" added.
fn correct(h: &mut Harness<'static, WorkbenchApp>) {
    let openai = entity_named(h, "OpenAI");
    h.state_mut().apply(Command::RenameEntity {
        entity: openai,
        name: "OpenAI Global".into(),
    });
    let text = h.state().doc().expect("doc").analysis.document.text.clone();
    let i = text.find("cloud computing").expect("in text");
    h.state_mut().apply(Command::AddEntity {
        span: Span::new(i, i + "cloud computing".len()),
        kind: EntityKind::Misc,
    });
    h.run();
}

#[test]
fn save_then_reopen_gives_the_same_corrections() {
    let mut h = sample();
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("sample.dossier.json");
    assert!(!shows(&h, "• The Evolving"), "clean at start");
    correct(&mut h);
    assert!(h.state().doc().expect("doc").is_dirty());
    assert!(
        shows(&h, "• The Evolving"),
        "the title marks unsaved changes"
    );

    h.state_mut().apply(Command::SaveTo(out.clone()));
    h.run();
    assert!(!h.state().status.is_error(), "{:?}", h.state().status);
    assert!(!h.state().doc().expect("doc").is_dirty());
    assert!(!shows(&h, "• The Evolving"));

    // One more change, saved with Ctrl+S to the same file.
    let google = entity_named(&h, "Google");
    h.state_mut().apply(Command::DeleteEntity(google));
    h.run();
    assert!(h.state().doc().expect("doc").is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let doc = h.state().doc().expect("doc");
    assert!(!doc.is_dirty(), "{:?}", h.state().status);
    assert_eq!(doc.save_path.as_deref(), Some(out.as_path()));
    let (corrections, analysis) = (doc.corrections.clone(), doc.analysis.clone());
    assert_eq!(corrections.len(), 3);

    h.state_mut().apply(Command::Open(out.clone()));
    settle(&mut h);
    let reopened = h.state().doc().expect("doc");
    assert_eq!(reopened.path.as_deref(), Some(out.as_path()));
    assert_eq!(reopened.corrections, corrections);
    assert_eq!(reopened.analysis.entities, analysis.entities);
    let key = |a: &dossier::model::Analysis| -> Vec<_> {
        a.mentions
            .iter()
            .map(|m| (m.span, m.kind, m.source, m.entity))
            .collect()
    };
    assert_eq!(key(&reopened.analysis), key(&analysis));
    assert_eq!(reopened.analysis.relations.len(), analysis.relations.len());
    assert_eq!(
        reopened.save_path.as_deref(),
        Some(out.as_path()),
        "saves back to itself"
    );
    // The article it came from is never overwritten by Save.
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Acme Corp bought Beta Ltd.\n").expect("write");
    h.state_mut().apply(Command::Open(article.clone()));
    settle(&mut h);
    h.state_mut().apply(Command::SaveTo(article.clone()));
    assert!(h.state().status.is_error());
    assert_eq!(
        std::fs::read_to_string(&article).expect("read"),
        "Acme Corp bought Beta Ltd.\n"
    );
}

#[test]
fn quitting_with_unsaved_changes_asks() {
    let mut h = sample();
    // Nothing unsaved: quits at once.
    h.state_mut().apply(Command::Quit);
    assert!(h.state().quitting());

    let mut h = sample();
    correct(&mut h);
    h.state_mut().apply(Command::Quit);
    h.run();
    assert!(!h.state().quitting());
    assert!(shows(&h, "Unsaved changes"));
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!h.state().quitting() && h.state().closing.is_none());

    // The window's close button asks too.
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run();
    assert!(shows(&h, "Unsaved changes"));
    assert!(!h.state().quitting());
    h.get_by_label("Discard").click();
    h.run();
    assert!(h.state().quitting());

    // Save: writes to the article's save path, then quits.
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("s.json");
    let mut h = sample();
    correct(&mut h);
    h.state_mut().apply(Command::SaveTo(out.clone()));
    let google = entity_named(&h, "Google");
    h.state_mut().apply(Command::DeleteEntity(google));
    h.state_mut().apply(Command::Quit);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert!(h.state().quitting(), "{:?}", h.state().status);
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("saved")).expect("json");
    assert_eq!(saved["corrections"].as_array().map(Vec::len), Some(3));
}

#[test]
fn autosaved_work_is_offered_back_after_a_crash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let options = || AppOptions {
        autosave_dir: Some(dir.path().to_path_buf()),
        autosave_every: std::time::Duration::ZERO,
        ..AppOptions::default()
    };
    let mut h = harness(options());
    assert!(!shows(&h, "Recover unsaved work"), "nothing to recover");
    correct(&mut h);
    h.run();
    let files = || std::fs::read_dir(dir.path()).expect("ls").count();
    assert_eq!(files(), 1, "the unsaved work was autosaved");
    let corrections = h.state().doc().expect("doc").corrections.clone();
    drop(h); // a crash: no quit, the autosave stays

    let mut h = harness(options());
    assert!(shows(&h, "Recover unsaved work"));
    assert!(shows(&h, "microsoft-openai.txt"));
    h.get_by_label("Restore").click();
    h.run();
    let doc = h.state().doc().expect("restored");
    assert_eq!(doc.corrections, corrections);
    assert!(doc.is_dirty(), "restored work is unsaved until saved");
    assert!(
        doc.analysis
            .entities
            .iter()
            .any(|e| e.name == "OpenAI Global")
    );
    assert_eq!(
        h.state().docs.len(),
        1,
        "the sample opened at start is replaced"
    );

    // Saved: the autosave goes. Discarding at quit also removes it.
    let out = tempfile::tempdir().expect("tempdir");
    h.state_mut()
        .apply(Command::SaveTo(out.path().join("x.json")));
    assert_eq!(files(), 0);
    let mut h = harness(options());
    assert!(!shows(&h, "Recover unsaved work"));
    correct(&mut h);
    h.run();
    assert_eq!(files(), 1);
    h.state_mut().apply(Command::Quit);
    h.run();
    h.get_by_label("Discard").click();
    h.run();
    assert_eq!(files(), 0, "discarded work leaves no autosave");
}

#[test]
fn reanalysis_keeps_the_corrections() {
    let mut h = sample();
    correct(&mut h);
    let split_from = entity_named(&h, "Microsoft");
    let mention = h.state().doc().expect("doc").analysis.entities[split_from].mentions[1];
    h.state_mut().apply(Command::SplitMention(mention));
    let before = h.state().doc().expect("doc").analysis.clone();
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label("Re-analyse article").click();
    h.step();
    h.step();
    settle(&mut h);
    let doc = h.state().doc().expect("doc");
    assert_eq!(h.state().docs.len(), 1);
    assert_eq!(doc.corrections.len(), 3, "{:?}", h.state().status);
    assert!(
        h.state().status.text().contains("3 corrections re-applied"),
        "{:?}",
        h.state().status
    );
    let a = &doc.analysis;
    assert_eq!(a.entities, before.entities);
    assert_eq!(a.mentions, before.mentions);
    assert!(a.mentions.iter().any(|m| m.source == Provenance::Manual));
    assert!(doc.is_dirty());
}
