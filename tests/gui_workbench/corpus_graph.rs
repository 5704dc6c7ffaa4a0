//! The corpus views: the link graph joins one investment stated by two
//! invented articles into one edge, lists its sentences (each opening its
//! article there), a click on a node chooses its corpus entity, and the
//! relation filter hides the edge; the two articles' different amounts for
//! that investment are listed side by side as conflicting figures.

use dossier::app::{AppOptions, Command};
use egui_kittest::kittest::Queryable as _;

use crate::gui::{harness, settle, shows};

const ARTICLES: [(&str, &str); 3] = [
    (
        "march.txt",
        "Halvorsen Motors invested $1 billion in Brightwave Energy in March 2021.",
    ),
    (
        "later.txt",
        "Halvorsen Motors invested $1.6 billion in Brightwave Energy, the companies said on Tuesday.",
    ),
    (
        "boss.txt",
        "Marit Jensen is chief executive of Halvorsen Motors. The carmaker builds trucks in Oslo.",
    ),
];

/// The app with the invented articles open (and nothing else).
pub fn opened(
    articles: &[(&str, &str)],
) -> egui_kittest::Harness<'static, dossier::app::WorkbenchApp> {
    let mut h = harness(AppOptions {
        open_sample: false,
        ..Default::default()
    });
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in articles {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    h.state_mut().apply(Command::Open(dir.path().to_path_buf()));
    settle(&mut h);
    assert_eq!(
        h.state().docs.len(),
        articles.len(),
        "{:?}",
        h.state().status
    );
    h
}

#[test]
fn the_corpus_graph_joins_an_investment_stated_by_two_articles() {
    let mut h = opened(&ARTICLES);
    h.state_mut().apply(Command::ShowCorpusGraph(true));
    h.run();
    let edge = "invested in · 2 articles";
    assert!(shows(&h, edge), "one edge joined from the two articles");
    assert!(shows(&h, ": CEO of"), "the chief executive's link too");

    // A click on the edge lists its two sentences; one opens its article there.
    h.get_by_label_contains(edge).click();
    h.run();
    assert!(shows(
        &h,
        "march.txt (2021-03): “Halvorsen Motors invested $1 billion"
    ));
    h.get_by_label_contains("later.txt: “").click();
    h.run();
    let doc = h.state().doc().expect("an article is shown");
    assert_eq!(doc.title(), "later.txt");
    let r = doc.selection.relation.expect("the relation is selected");
    assert_eq!(
        doc.analysis.relations[r].kind,
        dossier::model::RelationKind::InvestedIn
    );

    // A click on a node shows its corpus entity in the corpus window.
    h.get_by_label("Brightwave Energy (corpus graph)").click();
    h.run();
    let app = h.state_mut();
    let chosen = app.corpus.panel.chosen.expect("a corpus entity is chosen");
    assert!(app.corpus.open, "the corpus window opens");
    assert_eq!(app.corpus().entities[chosen].name, "Brightwave Energy");

    // Hiding the relation kind hides the edge, and showing it brings it back.
    h.get_by_label("invested in (2)").click();
    h.run();
    assert!(!shows(&h, edge), "the filter hides the edge");
    assert!(shows(&h, ": CEO of"), "other kinds stay");
    h.get_by_label("invested in (2)").click();
    h.run();
    assert!(shows(&h, edge));
}

#[test]
fn two_articles_giving_different_amounts_for_one_investment_are_listed_side_by_side() {
    let mut h = opened(&ARTICLES);
    // The article shown states no figure, so only the window shows them.
    let boss = h
        .state()
        .docs
        .iter()
        .position(|d| d.title() == "boss.txt")
        .expect("open");
    h.state_mut().apply(Command::SwitchDocument(boss));
    h.state_mut().apply(Command::ShowConflicts(true));
    h.run();
    assert!(
        shows(
            &h,
            "Halvorsen Motors invested in Brightwave Energy — different amounts"
        ),
        "the deal is named"
    );
    // Each figure as its article writes it, heading its side.
    assert!(h.query_by_label("$1 billion").is_some(), "one side");
    assert!(h.query_by_label("$1.6 billion").is_some(), "the other side");
    assert!(shows(
        &h,
        "march.txt (2021-03): “Halvorsen Motors invested $1 billion"
    ));
    // A figure opens its article at its sentence.
    h.get_by_label_contains("later.txt: “Halvorsen Motors invested $1.6")
        .click();
    h.run();
    let doc = h.state().doc().expect("an article is shown");
    assert_eq!(doc.title(), "later.txt");
    let r = doc.selection.relation.expect("the relation is selected");
    assert!(
        doc.analysis
            .text(doc.analysis.relations[r].evidence)
            .contains("$1.6 billion")
    );
}
