//! Adding, deleting, merging and splitting entities; relations; money.

use super::super::*;
use super::{assert_consistent, sample};
use crate::model::{Analysis, EntityKind, Provenance, RelationKind, Span};

/// The span of the `nth` occurrence of `s`.
fn at(a: &Analysis, s: &str, nth: usize) -> Span {
    let i = a
        .document
        .text
        .match_indices(s)
        .nth(nth)
        .map(|(i, _)| i)
        .expect("in text");
    Span::new(i, i + s.len())
}

#[test]
fn adding_a_selection_trims_it_and_makes_a_manual_entity() {
    let mut a = sample();
    let thanked = at(&a, "thanked", 0);
    let c = add_entity(
        &mut a,
        Span::new(thanked.start - 1, thanked.end + 1),
        EntityKind::Misc,
    )
    .expect("added");
    assert_eq!(c.describe(), "added MISC “thanked”");
    let m = a.mention_at(thanked.start).expect("a mention there");
    assert_eq!(m, 5, "in text order, after the second Acme");
    assert_eq!(a.mentions[m].span, thanked);
    assert_eq!(a.mentions[m].source, Provenance::Manual);
    let e = a.mentions[m].entity.expect("linked");
    assert_eq!((a.entities[e].name.as_str(), e), ("thanked", 4));
    assert_eq!(a.entities[0].mentions, vec![0, 6], "Zürich AG renumbered");
    assert_consistent(&a);
    // Blank and already-so selections change nothing.
    assert!(
        add_entity(
            &mut a,
            Span::new(thanked.end, thanked.end + 1),
            EntityKind::Org
        )
        .is_none()
    );
    assert!(add_entity(&mut a, thanked, EntityKind::Misc).is_none());
}

#[test]
fn adding_over_a_mention_replaces_it_and_joins_a_named_entity() {
    let mut a = sample();
    // "Zürich" inside "Zürich AG": the selection wins over the old mention.
    let zurich = at(&a, "Zürich", 0);
    add_entity(&mut a, zurich, EntityKind::Loc).expect("added");
    assert_eq!(a.mentions[0].span, zurich);
    assert_eq!(a.mentions[0].kind, EntityKind::Loc);
    assert_eq!(
        a.entities[0].mentions.len(),
        1,
        "Zürich AG keeps its other mention"
    );
    assert_eq!(a.relations.len(), 1);
    assert_consistent(&a);
    // A mention of a known name joins that entity.
    let acme = at(&a, "Acme", 1);
    let m = a.mention_at(acme.start).expect("Acme");
    delete_mention(&mut a, m).expect("deleted");
    let acme_entity = a.find_entity("Acme").expect("Acme");
    assert_eq!(a.entities[acme_entity].mentions.len(), 1);
    add_entity(&mut a, acme, EntityKind::Org).expect("added");
    assert_eq!(a.entities[acme_entity].mentions.len(), 2);
    assert_consistent(&a);
    // Non-ASCII selections stay on character boundaries.
    let mln = at(&a, "млн", 0);
    assert!(add_entity(&mut a, Span::new(mln.start + 1, mln.end), EntityKind::Misc).is_none());
}

#[test]
fn deleting_an_entity_takes_its_mentions_relations_and_money_parts() {
    let mut a = sample();
    let c = delete_entity(&mut a, 1).expect("deleted");
    assert_eq!(c.describe(), "deleted ORG Acme (2 mentions)");
    assert!(a.find_entity("Acme").is_none());
    assert_eq!(a.mentions.len(), 4);
    assert!(a.relations.is_empty());
    assert_eq!((a.money[0].recipient, a.money[0].relation), (None, None));
    assert_consistent(&a);
    assert!(delete_entity(&mut a, 9).is_none());
}

#[test]
fn merging_joins_mentions_and_aliases_and_drops_self_links() {
    let mut a = sample();
    let c = merge(&mut a, 1, 0).expect("merged");
    assert_eq!(c.describe(), "merge Acme into Zürich AG");
    assert_eq!(a.entities.len(), 3);
    assert_eq!(a.entities[0].mentions, vec![0, 2, 4, 5]);
    assert!(a.entities[0].aliases.contains(&"Acme".to_owned()));
    assert!(a.relations.is_empty(), "Zürich AG invested in itself: gone");
    assert_eq!(a.money[0].recipient, Some(0));
    assert_eq!(a.mentions[2].source, Provenance::Manual);
    assert_consistent(&a);
    assert!(merge(&mut a, 0, 0).is_none());
}

#[test]
fn merging_keeps_relations_to_third_parties_and_refuses_a_value_into_a_name() {
    let mut a = sample();
    // Split the second Acme off, then merge it back: the relation stays.
    let second = at(&a, "Acme", 1);
    let m = a.mention_at(second.start).expect("Acme");
    split_mention(&mut a, m).expect("split");
    assert_eq!(a.entities.len(), 5);
    merge(&mut a, 4, 1).expect("merged");
    assert_eq!(a.entities[1].mentions, vec![2, 4]);
    assert_eq!((a.relations[0].source, a.relations[0].target), (0, 1));
    assert_consistent(&a);
    // A date is not an organisation.
    assert!(merge(&mut a, 3, 1).is_none());
}

#[test]
fn splitting_a_mention_makes_its_own_entity() {
    let mut a = sample();
    let c = split_mention(&mut a, 4).expect("split");
    assert_eq!(c.describe(), "split “Acme” off Acme");
    assert_eq!(a.entities[1].mentions, vec![2]);
    assert_eq!(a.entities[4].mentions, vec![4]);
    assert_eq!(a.mentions[4].entity, Some(4));
    assert_eq!(a.mentions[4].source, Provenance::Manual);
    assert_eq!(
        a.relations[0].target, 1,
        "the relation stays with the first"
    );
    assert_consistent(&a);
    assert!(split_mention(&mut a, 4).is_none(), "an only mention");
}

#[test]
fn adding_a_relation_takes_the_sentence_of_both_ends() {
    let mut a = sample();
    let c = add_relation(&mut a, RelationKind::PartnerOf, 1, 0, None).expect("added");
    assert_eq!(c.describe(), "added relation Acme partner of Zürich AG");
    let r = &a.relations[1];
    assert_eq!(r.evidence, a.sentences[0]);
    assert_eq!((r.provenance, r.confidence), (Provenance::Manual, 1.0));
    assert!(
        add_relation(&mut a, RelationKind::PartnerOf, 1, 0, None).is_none(),
        "twice"
    );
    assert!(
        add_relation(&mut a, RelationKind::PartnerOf, 1, 1, None).is_none(),
        "itself"
    );
    // Chosen evidence: the second sentence; a relation before the money's
    // renumbers its link.
    let mut b = sample();
    b.relations[0].evidence = b.sentences[1];
    let first = b.sentences[0];
    add_relation(&mut b, RelationKind::CompetitorOf, 0, 1, Some(first)).expect("added");
    assert_eq!(b.relations[0].kind, RelationKind::CompetitorOf);
    assert_eq!(b.money[0].relation, Some(1));
    assert_consistent(&b);
}

#[test]
fn deleting_a_relation_keeps_its_money_figure() {
    let mut a = sample();
    let c = delete_relation(&mut a, 0).expect("deleted");
    assert_eq!(c.describe(), "deleted relation Zürich AG invested in Acme");
    assert!(a.relations.is_empty());
    assert_eq!(a.money.len(), 1);
    assert_eq!(a.money[0].relation, None);
    assert_consistent(&a);
    assert!(delete_relation(&mut a, 0).is_none());
}

#[test]
fn editing_money_sets_amount_currency_and_parties() {
    let mut a = sample();
    let edit = MoneyEdit {
        value: 6e6,
        currency: " eur ".into(),
        payer: Some(1),
        payee: Some(0),
    };
    let c = edit_money(&mut a, 0, &edit).expect("edited");
    assert_eq!(
        c.describe(),
        "money “€5 млн” → 6000000 EUR, Acme → Zürich AG"
    );
    let f = &a.money[0];
    assert_eq!((f.value, f.currency.as_str()), (6e6, "EUR"));
    assert_eq!((f.investor, f.recipient), (Some(1), Some(0)));
    assert_eq!(a.mentions[1].source, Provenance::Manual);
    let Correction::EditMoney { from, .. } = c else {
        panic!("a money record")
    };
    assert_eq!((from.value, from.currency.as_str()), (5e6, "RUB"));
    assert_eq!(from.payer.as_deref(), Some("Zürich AG"));
    // Refused: no change, a negative or absent amount, no currency, one party twice.
    let same = MoneyEdit::of(&a.money[0]);
    assert!(edit_money(&mut a, 0, &same).is_none());
    for bad in [
        MoneyEdit {
            value: -1.0,
            ..same.clone()
        },
        MoneyEdit {
            value: f64::NAN,
            ..same.clone()
        },
        MoneyEdit {
            currency: " ".into(),
            ..same.clone()
        },
        MoneyEdit {
            payee: Some(1),
            ..same.clone()
        },
        MoneyEdit {
            payer: Some(99),
            ..same.clone()
        },
    ] {
        assert!(edit_money(&mut a, 0, &bad).is_none(), "{bad:?}");
    }
}
