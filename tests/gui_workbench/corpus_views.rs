//! The corpus views of dated facts: invented articles with dated figures
//! open as a folder; the money chart across them has each party's points in
//! date order, currencies apart and share prices left out until asked for;
//! hovering a point names it and a click opens its article there; the
//! timeline lists the dated facts in date order, filters to one corpus
//! entity and opens the right article.

use std::path::Path;

use dossier::app::{Command, WorkbenchApp};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::gui::{sample, settle, shows};

/// Three articles, each dated by its dateline; the list is not in date order.
const ARTICLES: [(&str, &str); 3] = [
    (
        "steel.txt",
        "OSLO, March 4, 2021 — Brannock Steel invested $400 million in Corvane Mining, \
         the companies said on Thursday.\nCorvane Mining shares rose to $12.50.\n",
    ),
    (
        "rail.txt",
        "PRAGUE, June 15, 2021 — Brannock Steel invested $2 billion in Lindqvist Rail.\n",
    ),
    (
        "energy.txt",
        "BERLIN, January 20, 2021 — Halden Energy invested €50 million in Corvane Mining.\n",
    ),
];

fn open_articles(dir: &Path) -> Harness<'static, WorkbenchApp> {
    for (name, text) in ARTICLES {
        std::fs::write(dir.join(name), text).expect("write");
    }
    let mut h = sample();
    h.state_mut().apply(Command::Open(dir.to_path_buf()));
    settle(&mut h);
    assert_eq!(h.state().docs.len(), 4, "{:?}", h.state().status);
    h
}

/// View ▸ `item`.
fn view(h: &mut Harness<'static, WorkbenchApp>, item: &str) {
    h.get_by_label("View").click();
    h.run();
    h.get_by_label(item).click();
    h.run();
}

/// The points drawn for a party (in drawing order): (date, amount, currency).
fn points_of(h: &Harness<'static, WorkbenchApp>, party: &str) -> Vec<(String, f64, String)> {
    h.state()
        .panels
        .corpus_money
        .drawn
        .iter()
        .filter(|d| d.party == party)
        .map(|d| (d.date.clone(), d.value, d.currency.clone()))
        .collect()
}

#[test]
fn the_money_chart_has_each_partys_points_in_date_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = open_articles(dir.path());
    view(&mut h, "Money across articles");
    assert!(h.state().panels.corpus_money.open);
    // One company in two articles is one party, its figures in date order.
    assert_eq!(
        points_of(&h, "Brannock Steel"),
        [
            ("2021-03-04".to_owned(), 4e8, "USD".to_owned()),
            ("2021-06-15".to_owned(), 2e9, "USD".to_owned()),
        ]
    );
    // A share price is not an amount paid: left out until asked for.
    let drawn = |h: &Harness<'static, WorkbenchApp>, v: f64| {
        h.state()
            .panels
            .corpus_money
            .drawn
            .iter()
            .any(|d| d.value == v)
    };
    assert!(!drawn(&h, 12.5));
    h.get_by_label_contains("Share and unit prices").click();
    h.run();
    assert!(drawn(&h, 12.5), "shown when asked for");

    // Only Corvane Mining: the figures it received, euros kept apart from dollars.
    h.get_by_label("None").click();
    h.run();
    assert!(h.state().panels.corpus_money.drawn.is_empty());
    h.get_by_label_contains("Corvane Mining (").click();
    h.run();
    // One plot per currency, dollars (seen first) then euros.
    assert_eq!(
        points_of(&h, "Corvane Mining"),
        [
            ("2021-03-04".to_owned(), 4e8, "USD".to_owned()),
            ("2021-01-20".to_owned(), 5e7, "EUR".to_owned()),
        ]
    );

    // Hover names the figure; a click opens its article at the sentence.
    let pos = h
        .state()
        .panels
        .corpus_money
        .drawn
        .iter()
        .find(|d| d.value == 4e8)
        .expect("drawn")
        .pos;
    h.hover_at(pos);
    h.run();
    assert!(
        shows(&h, "Brannock Steel → Corvane Mining"),
        "the hover names payer and payee"
    );
    assert!(shows(&h, "steel.txt"));
    h.drag_at(pos);
    h.run();
    h.drop_at(pos);
    h.run();
    let app = h.state();
    let doc = app.doc().expect("doc");
    assert_eq!(doc.title(), "steel.txt");
    let r = doc
        .selection
        .relation
        .expect("the figure's relation is selected");
    assert!(
        doc.analysis
            .text(doc.analysis.relations[r].evidence)
            .contains("$400 million")
    );

    // "Only …": the party selected in the article shown, alone.
    h.get_by_label("Only Brannock Steel").click();
    h.run();
    let drawn = &h.state().panels.corpus_money.drawn;
    assert_eq!(drawn.len(), 2, "{drawn:?}");
    assert!(drawn.iter().all(|d| d.party == "Brannock Steel"));
}

#[test]
fn the_timeline_lists_dated_facts_in_order_and_opens_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = open_articles(dir.path());
    view(&mut h, "Timeline");
    assert!(h.state().panels.timeline.open);
    // Each article's investment, in date order (not folder order).
    let top =
        |h: &Harness<'static, WorkbenchApp>, text: &str| h.get_by_label_contains(text).rect().top();
    let energy = top(
        &h,
        "Halden Energy invested in Corvane Mining · €50M — energy.txt",
    );
    let steel = top(
        &h,
        "Brannock Steel invested in Corvane Mining · $400M — steel.txt",
    );
    let rail = top(&h, "— rail.txt");
    assert!(energy < steel && steel < rail, "{energy} {steel} {rail}");
    assert!(shows(&h, "2021-01-20  (1)"), "grouped by day");

    // Only the entity selected: Corvane Mining.
    let steel_doc = h
        .state()
        .docs
        .iter()
        .position(|d| d.title() == "steel.txt")
        .expect("open");
    let corvane = h.state().docs[steel_doc]
        .analysis
        .find_entity("Corvane Mining")
        .expect("entity");
    h.state_mut().apply(Command::OpenMember {
        article: steel_doc,
        entity: corvane,
        relation: None,
    });
    h.run();
    h.get_by_label("Only Corvane Mining").click();
    h.run();
    assert!(
        !shows(&h, "— rail.txt"),
        "another company's deal is filtered out"
    );
    assert!(shows(&h, "€50M — energy.txt"));

    // A click opens the article at the fact's sentence.
    h.get_by_label_contains("€50M — energy.txt").click();
    h.run();
    let app = h.state();
    let doc = app.doc().expect("doc");
    assert_eq!(doc.title(), "energy.txt");
    let r = doc.selection.relation.expect("its relation is selected");
    assert!(
        doc.analysis
            .text(doc.analysis.relations[r].evidence)
            .contains("Halden Energy invested")
    );
}
