//! MEANTIME English (../shared/data/meantime-en): the full pipeline's
//! Person, Org and Loc names (and Misc, untyped) against the gold NAM and
//! PRE.NAM mentions of PER, ORG and LOC entities in sentences 0–5. Floors sit
//! slightly under the figures measured by
//! `dossier eval-entities ../shared/data/meantime-en/meantime_newsreader_english_oct15`
//! (docs/ENTITIES-MEANTIME.md). Fails, naming the path, when the corpus is absent.

#[path = "support/corpus.rs"]
mod corpus;

use dossier::eval::Report as _;

#[test]
fn meantime_named_entities() {
    let dir = corpus::corpus(corpus::MEANTIME);
    let r = dossier::eval::entities::evaluate_files(&[dir], None).expect("the corpus reads");
    let report = r.render(true);
    assert_eq!(r.documents, 120, "intra-doc annotation only: {report}");
    // 893 NAM/PRE.NAM mentions of PER/ORG/LOC entities, less 42 nested
    // repeats of the same entity.
    assert_eq!(r.untyped.relaxed.gold(), 851, "{report}");
    assert_eq!(r.collapsed, 42, "{report}");
    let gold: Vec<usize> = r.found_by_type.iter().map(|f| f.gold).collect();
    assert_eq!(gold, vec![88, 497, 266], "PER, ORG, LOC: {report}");
    let floors = [
        ("untyped strict", r.untyped.strict.f1(), 0.72),
        ("untyped relaxed", r.untyped.relaxed.f1(), 0.92),
        ("typed strict", r.typed.strict.f1(), 0.65),
        ("typed relaxed", r.typed.relaxed.f1(), 0.82),
        ("PER typed relaxed", r.per_type[0].relaxed.f1(), 0.72),
        ("ORG typed relaxed", r.per_type[1].relaxed.f1(), 0.86),
        ("LOC typed relaxed", r.per_type[2].relaxed.f1(), 0.77),
    ];
    for (what, got, floor) in floors {
        assert!(got >= floor, "{what} {got:.3} < {floor}\n{report}");
    }
}
