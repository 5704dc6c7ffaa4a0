//! Find and search: three invented articles open; Ctrl+Shift+F finds a
//! phrase in the right one and a click shows it at the match; Ctrl+F in an
//! article marks and counts every match, Enter steps, Escape closes.

use std::path::PathBuf;

use dossier::app::AppOptions;
use dossier::app::panels::find::{CURRENT_BG, MATCH_BG};
use dossier::model::Span;
use egui::{Event, Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::gui::{harness, shows};

const HARBOUR: &str = "Quillon buys a harbour\n\nBrightwater Labs signed a supply deal with Quillon and Norvale Systems on Monday. The harbour at Lagos gets two cranes; the Harbour board approved the plan.\n";
const FERRY: &str = "Norvale Systems sells ferries\n\nThe ferry maker Norvale Systems said a supply contract was close but not signed. Ines Duarte runs the company from Porto.\n";
const MILL: &str = "Tessaly Mills expands\n\nTessaly Mills opened a flour mill near Ghent, its chief executive Aron Blum said on Friday.\n";

fn three_articles() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = [
        ("harbour.txt", HARBOUR),
        ("ferry.txt", FERRY),
        ("mill.txt", MILL),
    ]
    .iter()
    .map(|(name, text)| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path
    })
    .collect();
    (dir, files)
}

fn type_text(h: &mut egui_kittest::Harness<'static, dossier::app::WorkbenchApp>, text: &str) {
    h.event(Event::Text(text.to_owned()));
    h.run();
}

#[test]
fn ctrl_shift_f_finds_a_phrase_and_a_click_opens_its_article_there() {
    let (_dir, files) = three_articles();
    let mut h = harness(AppOptions {
        files: files.clone(),
        open_sample: false,
        ..AppOptions::default()
    });
    assert_eq!(h.state().docs.len(), 3, "{:?}", h.state().status);
    // Start on another article than the one that will match.
    let mill = h
        .state()
        .docs
        .iter()
        .position(|d| d.path.as_ref() == Some(&files[2]));
    h.state_mut().active = mill.expect("mill open");
    h.run();

    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::F);
    h.run();
    assert!(
        h.state().panels.search.open,
        "Ctrl+Shift+F opens the search"
    );
    assert!(shows(&h, "Search all articles"));
    type_text(&mut h, "\"supply deal\"");
    let search = &h.state().panels.search;
    assert_eq!(search.query, "\"supply deal\"", "the field had the focus");
    assert_eq!(search.hits.len(), 1, "only one article has the phrase");
    let hit = search.hits[0].clone();
    assert_eq!(PathBuf::from(&hit.key), files[0]);
    let span = hit.span.expect("a match in the text");
    assert_eq!(span.slice(HARBOUR), "supply deal");
    assert!(
        shows(&h, "signed a supply deal with Quillon"),
        "the snippet is listed"
    );

    h.get_by_label_contains("signed a supply deal with Quillon")
        .click();
    h.run();
    let doc = h.state().doc().expect("doc");
    assert_eq!(
        doc.path.as_ref(),
        Some(&files[0]),
        "the hit's article is shown"
    );
    assert!(
        doc.article.find.is_open(),
        "the match is marked in the text"
    );
    assert_eq!(
        doc.article
            .find
            .current()
            .map(|i| doc.article.find.matches()[i]),
        Some(span)
    );

    // A word in two articles lists both; closing one drops it from the index.
    h.state_mut().panels.search.query = "norvale".into();
    h.run();
    assert_eq!(h.state().panels.search.hits.len(), 2);
    let ferry = h
        .state()
        .docs
        .iter()
        .position(|d| d.path.as_ref() == Some(&files[1]));
    h.state_mut().apply(dossier::app::Command::CloseDocument(
        ferry.expect("ferry open"),
    ));
    h.run();
    let hits = &h.state().panels.search.hits;
    assert_eq!(hits.len(), 1);
    assert_eq!(PathBuf::from(&hits[0].key), files[0]);

    // Escape closes the window.
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().panels.search.open);
}

#[test]
fn ctrl_f_marks_and_counts_matches_in_the_article() {
    let (_dir, files) = three_articles();
    let mut h = harness(AppOptions {
        files: vec![files[0].clone()],
        open_sample: false,
        ..AppOptions::default()
    });
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    assert!(h.state().doc().expect("doc").article.find.is_open());
    type_text(&mut h, "HARBOUR");
    let find = &h.state().doc().expect("doc").article.find;
    let expected: Vec<Span> = HARBOUR
        .to_lowercase()
        .match_indices("harbour")
        .map(|(i, w)| Span::new(i, i + w.len()))
        .collect();
    assert_eq!(expected.len(), 3);
    assert_eq!(find.matches(), expected.as_slice(), "case is ignored");
    assert_eq!(find.current(), Some(0));
    assert!(shows(&h, "1 of 3"));
    // Every match is marked in the text's layout.
    let job = h.state().doc().expect("doc").article.job().expect("drawn");
    let marked: Vec<&str> = job
        .sections
        .iter()
        .filter(|s| [MATCH_BG, CURRENT_BG].contains(&s.format.background))
        .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
        .collect();
    assert_eq!(marked, ["harbour", "harbour", "Harbour"]);

    h.key_press(Key::Enter);
    h.run();
    assert!(shows(&h, "2 of 3"));
    h.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    h.run();
    assert!(shows(&h, "3 of 3"), "Shift+Enter goes back and wraps");

    h.key_press(Key::Escape);
    h.run();
    let doc = h.state().doc().expect("doc");
    assert!(!doc.article.find.is_open());
    assert!(doc.article.find.matches().is_empty());
}
