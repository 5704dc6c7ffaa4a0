//! TempEval-3 platinum (../shared/data/tempeval3-platinum): Dossier's DATE
//! rules and normalisation against the gold TIMEX3, with the bars of issue 4
//! (relaxed F1 ≥ 0.90, strict ≥ 0.82). Floors sit slightly under the
//! figures measured by `dossier eval-timex ../shared/data/tempeval3-platinum/tml`
//! (docs/DATES-MONEY.md). Fails, naming the path, when the corpus is absent.

#[path = "support/corpus.rs"]
mod corpus;

use dossier::eval::Report as _;

#[test]
fn tempeval3_platinum_meets_the_bars() {
    let dir = corpus::corpus(corpus::TEMPEVAL3);
    let r = dossier::eval::timex::evaluate_files(&[dir]).expect("the corpus reads");
    let report = r.render(true);
    assert_eq!(r.documents, 20, "{report}");
    assert_eq!(
        r.relaxed.gold(),
        138,
        "all gold TIMEX3 outside the DCT: {report}"
    );
    assert!(
        r.relaxed.f1() >= 0.92,
        "relaxed F1 {}\n{report}",
        r.relaxed.f1()
    );
    assert!(
        r.strict.f1() >= 0.89,
        "strict F1 {}\n{report}",
        r.strict.f1()
    );
    assert!(
        r.value_accuracy() >= 0.90,
        "value accuracy {}\n{report}",
        r.value_accuracy()
    );
    assert!(r.value_f1() >= 0.84, "value F1 {}\n{report}", r.value_f1());
}
