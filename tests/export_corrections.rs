//! Corrections survive a round trip: analyse, correct, export, import →
//! the same corrections and the same corrected analysis.

use dossier::export::{json_bytes, to_json_v1, to_json_v1_corrected};
use dossier::load::{ImportError, read_annotated};
use dossier::model::correction::{delete_mention, rename, set_kind};
use dossier::model::{Correction, EntityKind, Provenance};

#[path = "support/analysis.rs"]
mod analysis;

const TEXT: &str = "Zürich Holding AG gave €5 млн to Acme Robotics in 2019.\r\n\
                    Acme Robotics thanked Zürich Holding AG; 😀 Satya Nadella of Microsoft said so.\r\n";

#[test]
fn analyse_correct_export_import_gives_the_same_corrections_and_analysis() {
    let mut a = analysis::analyze("zürich.txt", TEXT);
    let entity = |a: &dossier::model::Analysis, name: &str| {
        a.entities
            .iter()
            .position(|e| e.name.contains(name))
            .unwrap_or_else(|| panic!("{name} in {:?}", a.entities))
    };
    let mut corrections: Vec<Correction> = Vec::new();
    let acme = entity(&a, "Acme");
    let to = if a.entities[acme].kind == EntityKind::Person {
        EntityKind::Org
    } else {
        EntityKind::Person
    };
    corrections.extend(set_kind(&mut a, acme, to));
    let zurich = entity(&a, "Zürich");
    corrections.extend(rename(&mut a, zurich, "Zürich Holding"));
    let money = a
        .mentions
        .iter()
        .position(|m| m.kind == EntityKind::Money)
        .expect("a money mention");
    corrections.extend(delete_mention(&mut a, money));
    assert_eq!(corrections.len(), 3, "{corrections:?}");
    assert!(a.mentions.iter().any(|m| m.source == Provenance::Manual));

    let bytes = json_bytes(&to_json_v1_corrected(&a, &corrections), true);
    let back = read_annotated(&bytes).expect("imports");
    assert!(back.problems.is_empty(), "{:?}", back.problems);
    assert_eq!(back.corrections, corrections);
    let Some(Correction::DeleteMention { text, span, .. }) = back.corrections.last() else {
        panic!("the deletion comes last");
    };
    assert_eq!(&TEXT[span.start..span.end], text, "its span is bytes again");
    // The corrected analysis: everything exported is the same, down to the byte.
    assert_eq!(back.analysis.entities, a.entities);
    assert_eq!(back.analysis.money, a.money);
    assert_eq!(back.analysis.dates, a.dates);
    assert_eq!(
        json_bytes(
            &to_json_v1_corrected(&back.analysis, &back.corrections),
            true
        ),
        bytes
    );

    // An export without corrections (the CLI's) imports with none.
    let plain = read_annotated(&json_bytes(&to_json_v1(&a), false)).expect("imports");
    assert!(plain.corrections.is_empty());
}

#[test]
fn unreadable_corrections_are_clear_errors() {
    let a = analysis::analyze("zürich.txt", TEXT);
    let cases: [(serde_json::Value, &str); 4] = [
        (
            serde_json::json!({"action": "rewrite"}),
            "corrections[0] has an unknown action \"rewrite\"",
        ),
        (
            serde_json::json!({"action": "rename", "to": "X"}),
            "corrections[0] has no from",
        ),
        (
            serde_json::json!({"action": "set_kind", "entity": "Acme", "from": "ORG", "to": "ROBOT"}),
            "corrections[0] has an unknown to \"ROBOT\"",
        ),
        (
            serde_json::json!("rename"),
            "corrections[0] is not an object",
        ),
    ];
    for (record, expected) in cases {
        let mut v = to_json_v1(&a);
        v["corrections"] = serde_json::json!([record]);
        let err = read_annotated(&json_bytes(&v, false)).expect_err("refused");
        assert!(matches!(err, ImportError::Malformed(_)), "{err}");
        assert!(err.to_string().contains(expected), "{err} / {expected}");
    }
}

#[test]
fn every_kind_of_correction_round_trips_and_replays_after_reanalysis() {
    use dossier::model::RelationKind;
    use dossier::model::correction::{
        MoneyEdit, add_entity, add_relation, delete_entity, delete_relation, edit_money, merge,
        reapply, split_mention,
    };
    let mut a = analysis::analyze("zürich.txt", TEXT);
    let find = |a: &dossier::model::Analysis, name: &str| {
        a.entities
            .iter()
            .position(|e| e.name.contains(name))
            .unwrap_or_else(|| panic!("{name} in {:?}", a.entities))
    };
    let mut corrections: Vec<Correction> = Vec::new();
    let i = TEXT.find("thanked").expect("in text");
    corrections.extend(add_entity(
        &mut a,
        dossier::model::Span::new(i, i + "thanked".len()),
        EntityKind::Misc,
    ));
    let (acme, zurich) = (find(&a, "Acme"), find(&a, "Zürich"));
    corrections.extend(add_relation(
        &mut a,
        RelationKind::PartnerOf,
        acme,
        zurich,
        None,
    ));
    let partner = a
        .relations
        .iter()
        .position(|r| r.kind == RelationKind::PartnerOf && r.source == acme)
        .expect("the relation added");
    corrections.extend(delete_relation(&mut a, partner));
    if let Some(f) = a.money.first() {
        let mut edit = MoneyEdit::of(f);
        edit.value = 6e6;
        edit.currency = "EUR".into();
        corrections.extend(edit_money(&mut a, 0, &edit));
    }
    let zurich = find(&a, "Zürich");
    if a.entities[zurich].mentions.len() > 1 {
        let m = a.entities[zurich].mentions[1];
        corrections.extend(split_mention(&mut a, m));
        let split = a.entities.len() - 1;
        let into = find(&a, "Zürich");
        corrections.extend(merge(&mut a, split, into));
    }
    let microsoft = find(&a, "Microsoft");
    corrections.extend(delete_entity(&mut a, microsoft));
    assert!(corrections.len() >= 5, "{corrections:?}");

    let bytes = json_bytes(&to_json_v1_corrected(&a, &corrections), true);
    let back = read_annotated(&bytes).expect("imports");
    assert!(back.problems.is_empty(), "{:?}", back.problems);
    assert_eq!(back.corrections, corrections);

    // Re-analysis: a fresh analysis of the same text, the records replayed.
    let mut fresh = analysis::analyze("zürich.txt", TEXT);
    let out = reapply(&mut fresh, &back.corrections);
    assert!(out.missed.is_empty(), "{:?}", out.missed);
    assert_eq!(fresh.entities, a.entities);
    assert_eq!(fresh.mentions, a.mentions);
    assert_eq!(fresh.money, a.money);
}
