//! Kind, name and mention deletion.

use super::super::*;
use super::{assert_consistent, sample};
use crate::model::{EntityKind, Provenance};

#[test]
fn set_kind_marks_mentions_manual() {
    let mut a = sample();
    let c = set_kind(&mut a, 1, EntityKind::Person).expect("changed");
    assert_eq!(c.describe(), "Acme: kind ORG → PERSON");
    assert_eq!(a.entities[1].kind, EntityKind::Person);
    for &m in &a.entities[1].mentions {
        assert_eq!(
            (a.mentions[m].kind, a.mentions[m].source),
            (EntityKind::Person, Provenance::Manual)
        );
    }
    assert!(set_kind(&mut a, 1, EntityKind::Person).is_none(), "no-op");
    assert!(
        set_kind(&mut a, 99, EntityKind::Person).is_none(),
        "bad index"
    );
}

#[test]
fn rename_refuses_blank() {
    let mut a = sample();
    assert!(rename(&mut a, 0, "  ").is_none());
    assert_eq!(
        rename(&mut a, 0, " Zürich Holding ")
            .map(|c| c.describe())
            .as_deref(),
        Some("renamed Zürich AG → Zürich Holding")
    );
    assert_eq!(a.entities[0].name, "Zürich Holding");
}

#[test]
fn deleting_one_of_several_mentions_keeps_the_entity() {
    let mut a = sample();
    delete_mention(&mut a, 4).expect("deleted");
    assert_eq!(a.mentions.len(), 5);
    assert_eq!(a.entities[1].mentions, vec![2]);
    assert_eq!(a.entities.len(), 4);
    assert_eq!(a.money[0].mention, 1);
    assert_consistent(&a);
}

#[test]
fn deleting_a_money_mention_drops_its_fact_and_entity() {
    let mut a = sample();
    let c = delete_mention(&mut a, 1).expect("deleted");
    assert_eq!(c.describe(), "deleted MONEY mention “€5 млн”");
    assert!(a.money.is_empty());
    assert_eq!(a.relations[0].money, None);
    assert_eq!(a.entities.len(), 3, "the money entity had no other mention");
    assert_eq!(a.dates[0].mention, 2);
    assert_eq!(a.relations[0].date, Some(0));
    assert_consistent(&a);
}

#[test]
fn deleting_an_only_mention_of_a_party_drops_its_relations() {
    let mut a = sample();
    delete_mention(&mut a, 5).expect("deleted");
    delete_mention(&mut a, 0).expect("deleted");
    assert_eq!(
        a.entities
            .iter()
            .map(|e| e.name.as_str())
            .collect::<Vec<_>>(),
        ["Acme", "€5 млн", "2019"]
    );
    assert!(a.relations.is_empty());
    assert_eq!(
        (
            a.money[0].investor,
            a.money[0].recipient,
            a.money[0].relation
        ),
        (None, Some(0), None)
    );
    assert_consistent(&a);
}

#[test]
fn deleting_a_headline_figure_keeps_its_repeat() {
    let mut a = sample();
    // Pretend the second "Acme" repeats the figure (as a headline would).
    a.money[0].repeats = vec![4];
    delete_mention(&mut a, 1).expect("deleted");
    assert_eq!(
        a.money.len(),
        1,
        "the repeat takes the deleted mention's place"
    );
    assert_eq!(a.money[0].mention, 3, "mention 4 shifted down by one");
    assert!(a.money[0].repeats.is_empty());
    assert_eq!(a.relations[0].money, Some(0));
}
