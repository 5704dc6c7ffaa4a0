//! Corpus merges and splits are on the Ctrl+Z stack with the article
//! corrections: merge two corpus entities in the Corpus window, Ctrl+Z
//! takes the merge back, Ctrl+Shift+Z makes it again; a split is undone the
//! same way; and an article correction made before is undone after.

use dossier::app::{Command, WorkbenchApp};
use dossier::corpus::edits::{CorpusEdit, EntityRef};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::gui::{sample, settle, shows};

const ARTICLES: [(&str, &str); 2] = [
    (
        "cuts.txt",
        "Halvorsen Motors chief executive Marit Jensen said on Monday the carmaker will cut 2,000 jobs.\n",
    ),
    (
        "trucks.txt",
        "Norvik Group said on Tuesday it will sell its truck unit to a rival.\n",
    ),
];

/// (article, entity) of the entity named `name` in the article `title`.
fn member(h: &Harness<'static, WorkbenchApp>, title: &str, name: &str) -> (usize, usize) {
    let app = h.state();
    let article = app
        .docs
        .iter()
        .position(|d| d.title() == title)
        .expect("article open");
    let entity = app.docs[article]
        .analysis
        .find_entity(name)
        .unwrap_or_else(|| panic!("no {name} in {title}"));
    (article, entity)
}

/// True when the two companies are one corpus entity.
fn together(h: &mut Harness<'static, WorkbenchApp>) -> bool {
    let (a, x) = member(h, "cuts.txt", "Halvorsen Motors");
    let (b, y) = member(h, "trucks.txt", "Norvik Group");
    let linked = h.state_mut().corpus().clone();
    linked.of[a][x] == linked.of[b][y]
}

fn undo(h: &mut Harness<'static, WorkbenchApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
}

fn redo(h: &mut Harness<'static, WorkbenchApp>) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
}

#[test]
fn corpus_merge_and_split_undo_and_redo_with_ctrl_z() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in ARTICLES {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let mut h = sample();
    h.state_mut().apply(Command::Open(dir.path().to_path_buf()));
    settle(&mut h);
    assert!(!together(&mut h), "the linker keeps two names apart");

    // An article correction first.
    let (cuts, jensen) = member(&h, "cuts.txt", "Marit Jensen");
    h.state_mut().apply(Command::SwitchDocument(cuts));
    h.state_mut().apply(Command::RenameEntity {
        entity: jensen,
        name: "Marit K. Jensen".to_owned(),
    });
    // Then the analyst merges the two companies in the Corpus window.
    let (_, halvorsen) = member(&h, "cuts.txt", "Halvorsen Motors");
    h.state_mut().apply(Command::OpenMember {
        article: cuts,
        entity: halvorsen,
        relation: None,
    });
    h.state_mut().apply(Command::ShowCorpus(true));
    h.run();
    // What the window's Merge button sends, with the company picked.
    h.state_mut().apply(Command::CorpusEdit(CorpusEdit::Merge {
        a: EntityRef {
            file: dir.path().join("trucks.txt").display().to_string(),
            name: "Norvik Group".to_owned(),
        },
        b: EntityRef {
            file: dir.path().join("cuts.txt").display().to_string(),
            name: "Halvorsen Motors".to_owned(),
        },
    }));
    h.run();
    assert!(together(&mut h), "{:?}", h.state().status);
    h.get_by_label("Edit").click();
    h.run();
    assert!(
        shows(&h, "Undo: corpus: merge Halvorsen Motors with Norvik Group"),
        "the Edit menu names the merge"
    );
    h.get_by_label("Edit").click();
    h.run();

    // Ctrl+Z takes the merge back, Ctrl+Shift+Z makes it again.
    undo(&mut h);
    assert!(!together(&mut h), "{:?}", h.state().status);
    assert!(h.state().status.text().contains("Undone: corpus: merge"));
    assert_eq!(
        h.state().doc().expect("doc").corrections.len(),
        1,
        "the rename stays"
    );
    redo(&mut h);
    assert!(together(&mut h), "{:?}", h.state().status);

    // Split back off: apart; Ctrl+Z joins them again, Ctrl+Shift+Z splits again.
    h.state_mut().apply(Command::OpenMember {
        article: cuts,
        entity: halvorsen,
        relation: None,
    });
    h.run();
    h.get_by_label("Split off").click();
    h.run();
    assert!(!together(&mut h));
    undo(&mut h);
    assert!(together(&mut h), "the split is undone");
    redo(&mut h);
    assert!(!together(&mut h), "the split is redone");

    // Back through everything, latest first: split, merge, then the rename.
    undo(&mut h);
    undo(&mut h);
    assert!(!together(&mut h));
    assert_eq!(h.state().corpus.edits.len(), 0);
    assert_eq!(h.state().doc().expect("doc").corrections.len(), 1);
    undo(&mut h);
    assert_eq!(
        h.state().doc().expect("doc").corrections.len(),
        0,
        "the rename is undone last"
    );
    // And forward again in the order they were made.
    redo(&mut h);
    assert_eq!(h.state().doc().expect("doc").corrections.len(), 1);
    assert_eq!(h.state().corpus.edits.len(), 0);
    redo(&mut h);
    assert!(together(&mut h), "the merge is redone after the rename");
}
