//! MEANTIME English (../shared/data/meantime-en): Dossier's MONEY and PERCENT
//! rules against the gold VALUE markables of sentences 0–5, and money value
//! agreement. Floors sit slightly under the figures measured by
//! `dossier eval-values ../shared/data/meantime-en/meantime_newsreader_english_oct15`
//! (docs/DATES-MONEY.md). Fails, naming the path, when the corpus is absent.

#[path = "support/corpus.rs"]
mod corpus;

use dossier::eval::Report as _;

#[test]
fn meantime_money_and_percent() {
    let dir = corpus::corpus(corpus::MEANTIME);
    let r = dossier::eval::values::evaluate_files(&[dir]).expect("the corpus reads");
    let report = r.render(true);
    assert_eq!(r.documents, 120, "intra-doc annotation only: {report}");
    assert_eq!(r.money.relaxed.gold(), 100, "{report}");
    assert_eq!(r.percent.relaxed.gold(), 81, "{report}");
    let floors = [
        ("MONEY strict", r.money.strict.f1(), 0.82),
        ("MONEY relaxed", r.money.relaxed.f1(), 0.90),
        ("PERCENT strict", r.percent.strict.f1(), 0.85),
        ("PERCENT relaxed", r.percent.relaxed.f1(), 0.97),
        ("money value agreement", r.money_agreement(), 0.95),
    ];
    for (what, got, floor) in floors {
        assert!(got >= floor, "{what} {got:.3} < {floor}\n{report}");
    }
}
