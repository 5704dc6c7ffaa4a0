//! Unit tests of the corrections on one invented analysis.

use crate::model::{
    AliasLink, DateFact, Document, Entity, Granularity, Mention, MoneyFact, Relation, RelationKind,
    Status,
};
use crate::model::{Analysis, EntityKind, Provenance, Span};

/// "Zürich AG gave €5 млн to Acme in 2019. Acme thanked Zürich AG."
pub(super) fn sample() -> Analysis {
    let text = "Zürich AG gave €5 млн to Acme in 2019. Acme thanked Zürich AG.";
    let find = |s: &str, nth: usize| {
        let start = text
            .match_indices(s)
            .nth(nth)
            .map(|(i, _)| i)
            .expect("in text");
        Span::new(start, start + s.len())
    };
    let m = |s, n, kind, entity| Mention {
        entity: Some(entity),
        ..Mention::new(find(s, n), kind, Provenance::Model, 0.9)
    };
    let mentions = vec![
        m("Zürich AG", 0, EntityKind::Org, 0),
        m("€5 млн", 0, EntityKind::Money, 2),
        m("Acme", 0, EntityKind::Org, 1),
        m("2019", 0, EntityKind::Date, 3),
        m("Acme", 1, EntityKind::Org, 1),
        m("Zürich AG", 1, EntityKind::Org, 0),
    ];
    let entity = |kind, name: &str, ms: Vec<usize>| Entity {
        kind,
        name: name.into(),
        aliases: vec![name.into()],
        links: ms
            .iter()
            .map(|&m| AliasLink {
                mention: m,
                rule: "exact".into(),
            })
            .collect(),
        mentions: ms,
    };
    let entities = vec![
        entity(EntityKind::Org, "Zürich AG", vec![0, 5]),
        entity(EntityKind::Org, "Acme", vec![2, 4]),
        entity(EntityKind::Money, "€5 млн", vec![1]),
        entity(EntityKind::Date, "2019", vec![3]),
    ];
    let relations = vec![Relation {
        kind: RelationKind::InvestedIn,
        source: 0,
        target: 1,
        evidence: find("Zürich AG gave €5 млн to Acme in 2019.", 0),
        trigger: find("gave", 0),
        money: Some(0),
        date: Some(0),
        status: Status::Completed,
        confidence: 0.8,
        provenance: Provenance::Rule,
    }];
    let money = vec![MoneyFact {
        mention: 1,
        value: 5e6,
        currency: "RUB".into(),
        qualifier: None,
        year: Some(2019),
        investor: Some(0),
        recipient: Some(1),
        relation: Some(0),
        repeats: Vec::new(),
        per: None,
    }];
    let dates = vec![DateFact {
        mention: 3,
        value: Some("2019".into()),
        granularity: Granularity::Year,
    }];
    Analysis {
        document: Document::from_text("t.txt", text),
        sentences: vec![
            find("Zürich AG gave €5 млн to Acme in 2019.", 0),
            find("Acme thanked Zürich AG.", 0),
        ],
        mentions,
        entities,
        relations,
        money,
        dates,
        ..Default::default()
    }
}

/// Every index in the analysis points at something, and mentions point back.
pub(super) fn assert_consistent(a: &Analysis) {
    for (ei, e) in a.entities.iter().enumerate() {
        for &m in &e.mentions {
            assert_eq!(a.mentions[m].entity, Some(ei), "mention {m} of entity {ei}");
        }
    }
    for r in &a.relations {
        assert!(r.source < a.entities.len() && r.target < a.entities.len());
        assert!(r.money.is_none_or(|f| f < a.money.len()));
        assert!(r.date.is_none_or(|d| d < a.dates.len()));
    }
    for f in &a.money {
        assert_eq!(a.mentions[f.mention].kind, EntityKind::Money);
        assert!(f.relation.is_none_or(|r| r < a.relations.len()));
    }
    for d in &a.dates {
        assert_eq!(a.mentions[d.mention].kind, EntityKind::Date);
    }
}

mod basics;
mod edits;
mod reapplying;
