//! Corrections replayed on a fresh analysis whose entities are numbered
//! differently (as re-analysis may number them).

use super::super::*;
use super::{assert_consistent, sample};
use crate::model::{Analysis, EntityKind, Provenance, RelationKind, Span};

/// The sample with its entities in reverse order: the same analysis, every
/// entity index different.
fn renumbered() -> Analysis {
    let mut a = sample();
    let n = a.entities.len();
    let flip = |e: usize| n - 1 - e;
    a.entities.reverse();
    for m in &mut a.mentions {
        m.entity = m.entity.map(flip);
    }
    for r in &mut a.relations {
        (r.source, r.target) = (flip(r.source), flip(r.target));
    }
    for f in &mut a.money {
        f.investor = f.investor.map(flip);
        f.recipient = f.recipient.map(flip);
    }
    a
}

/// What an analyst sees, free of indices: entities with their mention
/// spans, relations by names, money by span and party names.
fn seen(a: &Analysis) -> (Vec<String>, Vec<String>, Vec<String>) {
    let mut entities: Vec<String> = a
        .entities
        .iter()
        .map(|e| {
            let spans: Vec<Span> = e.mentions.iter().map(|&m| a.mentions[m].span).collect();
            format!("{} {:?} {:?} {spans:?}", e.name, e.kind, e.aliases)
        })
        .collect();
    entities.sort();
    let mut relations: Vec<String> = a
        .relations
        .iter()
        .map(|r| {
            format!(
                "{} {:?} {} {:?} {:?}",
                a.entity_name(r.source),
                r.kind,
                a.entity_name(r.target),
                r.evidence,
                r.provenance
            )
        })
        .collect();
    relations.sort();
    let name = |e: Option<usize>| e.map(|e| a.entity_name(e).to_owned());
    let money = a
        .money
        .iter()
        .map(|f| {
            format!(
                "{:?} {} {} {:?} {:?}",
                a.mentions[f.mention].span,
                f.value,
                f.currency,
                name(f.investor),
                name(f.recipient)
            )
        })
        .collect();
    (entities, relations, money)
}

/// Every kind of correction, made on `a`; the records, oldest first.
fn correct_everything(a: &mut Analysis) -> Vec<Correction> {
    let text = a.document.text.clone();
    let span = |s: &str, nth: usize| {
        let i = text
            .match_indices(s)
            .nth(nth)
            .map(|(i, _)| i)
            .expect("in text");
        Span::new(i, i + s.len())
    };
    let entity = |a: &Analysis, n: &str| a.find_entity(n).expect("entity");
    let mut out = Vec::new();
    let e = entity(a, "Acme");
    out.extend(rename(a, e, "Acme Robotics"));
    let e = entity(a, "Acme Robotics");
    out.extend(set_kind(a, e, EntityKind::Product));
    out.extend(add_entity(a, span("thanked", 0), EntityKind::Misc));
    let m = a.mention_at(span("Zürich AG", 1).start).expect("mention");
    out.extend(split_mention(a, m));
    let (z, acme) = (entity(a, "Zürich AG"), entity(a, "Acme Robotics"));
    out.extend(add_relation(a, RelationKind::PartnerOf, acme, z, None));
    let r = a
        .relations
        .iter()
        .position(|r| r.kind == RelationKind::InvestedIn)
        .expect("investment");
    out.extend(delete_relation(a, r));
    let edit = MoneyEdit {
        value: 7e6,
        currency: "EUR".into(),
        payer: Some(entity(a, "Acme Robotics")),
        payee: None,
    };
    out.extend(edit_money(a, 0, &edit));
    let thanked = entity(a, "thanked");
    out.extend(delete_entity(a, thanked));
    // The split-off "Zürich AG (2)", renamed, back into the first.
    let split = a.entities.len() - 1;
    assert_eq!(a.entities[split].name, "Zürich AG (2)");
    out.extend(rename(a, split, "Zürich Holding"));
    let first = entity(a, "Zürich AG");
    out.extend(merge(a, split, first));
    let date = a.mention_at(span("2019", 0).start).expect("date");
    out.extend(delete_mention(a, date));
    out
}

#[test]
fn every_correction_replays_on_a_renumbered_analysis() {
    let mut corrected = sample();
    let records = correct_everything(&mut corrected);
    assert_eq!(records.len(), 11, "{records:#?}");
    assert_consistent(&corrected);

    let mut fresh = renumbered();
    let out = reapply(&mut fresh, &records);
    assert!(out.missed.is_empty(), "{:#?}", out.missed);
    assert_eq!(out.kept.len(), records.len());
    assert_consistent(&fresh);
    assert_eq!(seen(&fresh), seen(&corrected));
    assert!(
        fresh
            .relations
            .iter()
            .any(|r| r.provenance == Provenance::Manual)
    );
    // Replaying again changes nothing and misses nothing.
    let before = seen(&fresh);
    let again = reapply(&mut fresh, &records);
    assert!(again.missed.is_empty(), "{:#?}", again.missed);
    assert_eq!(seen(&fresh), before);
}

#[test]
fn a_correction_whose_target_is_gone_is_reported_not_applied() {
    let mut a = sample();
    let records = vec![
        Correction::Merge {
            from: "Nobody".into(),
            into: "Acme".into(),
        },
        Correction::SetKind {
            entity: "Acme".into(),
            from: EntityKind::Org,
            to: EntityKind::Person,
        },
    ];
    let out = reapply(&mut a, &records);
    assert_eq!(out.missed, records[..1]);
    assert_eq!(out.kept.len(), 1);
    assert_eq!(a.entities[1].kind, EntityKind::Person);
}
