//! A corpus of articles: one company across three articles is one corpus
//! entity in the corpus window, its dossier opens each article, the analyst
//! splits it off, and a saved workspace reopens identical.

use std::path::Path;

use dossier::app::Command;
use egui_kittest::kittest::Queryable as _;

use crate::gui::{sample, settle, shows};

const ARTICLES: [(&str, &str); 3] = [
    (
        "cuts.txt",
        "Halvorsen Motors Corporation said on Monday it will cut 2,000 jobs. \
         Halvorsen Motors chief executive Marit Jensen said the plan saves $1 billion.",
    ),
    (
        "shares.txt",
        "HMC shares fell 4% in Oslo after the carmaker warned on profits. \
         Jensen told investors that HMC will sell its truck unit.",
    ),
    (
        "loan.txt",
        "The Norwegian government lent Halvorsen Motors $500 million. \
         Norway said the loan is repaid by 2027.",
    ),
];

fn write_articles(dir: &Path) {
    for (name, text) in ARTICLES {
        std::fs::write(dir.join(name), text).expect("write");
    }
}

/// Shows the article called `title` and selects its entity `name`.
fn select(
    h: &mut egui_kittest::Harness<'static, dossier::app::WorkbenchApp>,
    title: &str,
    name: &str,
) {
    let app = h.state_mut();
    let article = app
        .docs
        .iter()
        .position(|d| d.title() == title)
        .expect("article open");
    let entity = app.docs[article]
        .analysis
        .find_entity(name)
        .expect("entity found");
    app.apply(Command::OpenMember {
        article,
        entity,
        relation: None,
    });
    h.run();
}

#[test]
fn one_company_in_three_articles_is_one_corpus_entity_with_its_dossier() {
    let mut h = sample();
    let dir = tempfile::tempdir().expect("tempdir");
    write_articles(dir.path());
    h.state_mut().apply(Command::Open(dir.path().to_path_buf()));
    settle(&mut h);
    assert_eq!(h.state().docs.len(), 4, "the sample and three articles");

    select(&mut h, "shares.txt", "HMC");
    h.state_mut().apply(Command::ShowCorpus(true));
    h.run();
    // The selected acronym is placed in the company's corpus entity.
    assert!(
        shows(&h, "in 3 articles"),
        "the corpus window names the corpus entity"
    );
    h.get_by_label_contains("(ORG), in 3 articles").click();
    h.run();
    let chosen = h
        .state()
        .corpus
        .panel
        .chosen
        .expect("a corpus entity is chosen");
    let company = h.state_mut().corpus().entities[chosen].clone();
    assert_eq!(company.article_count(), 3);
    // Its dossier lists each article; a click opens it with the entity selected.
    assert!(
        shows(&h, "loan.txt — "),
        "the dossier lists the loan article"
    );
    h.get_by_label_contains("loan.txt — ").click();
    h.run();
    let app = h.state();
    assert_eq!(app.doc().expect("doc").title(), "loan.txt");
    let selected = app.doc().expect("doc").selection.entity.expect("selected");
    assert!(
        app.doc().expect("doc").analysis.entities[selected]
            .name
            .starts_with("Halvorsen")
    );

    // The analyst splits the acronym off: the company is in two articles.
    select(&mut h, "shares.txt", "HMC");
    h.get_by_label("Split off").click();
    h.run();
    assert_eq!(h.state().corpus.edits.len(), 1);
    let app = h.state_mut();
    let shares = app
        .docs
        .iter()
        .position(|d| d.title() == "shares.txt")
        .expect("open");
    let hmc = app.docs[shares].analysis.find_entity("HMC").expect("HMC");
    let linked = app.corpus().clone();
    let alone = &linked.entities[linked.of[shares][hmc]];
    assert_eq!(alone.members.len(), 1, "the acronym stands alone");
    assert!(
        linked
            .entities
            .iter()
            .any(|e| e.key == company.key && e.article_count() == 2)
    );
}

#[test]
fn a_saved_workspace_reopens_identical() {
    let mut h = sample();
    let dir = tempfile::tempdir().expect("tempdir");
    write_articles(dir.path());
    h.state_mut().apply(Command::Open(dir.path().to_path_buf()));
    settle(&mut h);
    select(&mut h, "shares.txt", "HMC");
    h.state_mut().apply(Command::ShowCorpus(true));
    h.run();
    h.get_by_label("Split off").click();
    h.run();
    // A correction in one article, too.
    let app = h.state_mut();
    let loan = app
        .docs
        .iter()
        .position(|d| d.title() == "loan.txt")
        .expect("open");
    app.apply(Command::SwitchDocument(loan));
    let norway = app.docs[loan]
        .analysis
        .find_entity("Norway")
        .expect("Norway");
    app.apply(Command::RenameEntity {
        entity: norway,
        name: "Kingdom of Norway".to_owned(),
    });
    h.run();

    let path = dir.path().join("desk.dossier.json");
    h.state_mut().apply(Command::SaveWorkspace(path.clone()));
    assert!(!h.state().status.is_error(), "{:?}", h.state().status);
    let saved = std::fs::read_to_string(&path).expect("written");
    assert!(
        saved.contains("\"file\": \"loan.txt\""),
        "files are relative to the workspace"
    );

    let mut again = sample();
    again.state_mut().apply(Command::Open(path.clone()));
    settle(&mut again);
    let (a, b) = (h.state_mut(), again.state_mut());
    assert_eq!(a.docs.len(), b.docs.len(), "{:?}", b.status);
    for (x, y) in a.docs.iter().zip(&b.docs) {
        assert_eq!(x.analysis.entities, y.analysis.entities, "{}", x.title());
        assert_eq!(x.analysis.relations, y.analysis.relations, "{}", x.title());
        assert_eq!(x.corrections, y.corrections, "{}", x.title());
    }
    assert_eq!(a.corpus.edits, b.corpus.edits);
    let (la, lb) = (a.corpus().clone(), b.corpus().clone());
    assert_eq!(la, lb, "the same corpus entities");
    // And a second save of the reopened workspace writes the same bytes.
    let path2 = dir.path().join("desk2.dossier.json");
    b.apply(Command::SaveWorkspace(path2.clone()));
    assert_eq!(saved, std::fs::read_to_string(&path2).expect("written"));
}
