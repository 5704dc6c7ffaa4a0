//! Corrections: the user fixes what the machine got wrong. Each function
//! edits an [`Analysis`] in place, keeps every index consistent, marks what
//! it touched as [`Provenance::Manual`], and returns a [`Correction`] record
//! that the annotated JSON carries (`export` writes it, `load` reads it back).

use super::{Analysis, EntityKind, Provenance, Span};

/// One correction the user made, for the log and the export.
#[derive(Clone, Debug, PartialEq)]
pub enum Correction {
    /// An entity's kind was changed.
    SetKind {
        /// Its name at the time.
        entity: String,
        /// The kind it had.
        from: EntityKind,
        /// The kind it has now.
        to: EntityKind,
    },
    /// An entity's canonical name was changed.
    Rename {
        /// The old name.
        from: String,
        /// The new name.
        to: String,
    },
    /// A wrong mention was deleted.
    DeleteMention {
        /// Its text.
        text: String,
        /// Where it was.
        span: Span,
        /// Its kind.
        kind: EntityKind,
    },
}

impl Correction {
    /// One line for the inspector and the status bar.
    pub fn describe(&self) -> String {
        match self {
            Self::SetKind { entity, from, to } => {
                format!("{entity}: kind {} → {}", from.name(), to.name())
            }
            Self::Rename { from, to } => format!("renamed {from} → {to}"),
            Self::DeleteMention { text, kind, .. } => {
                format!("deleted {} mention “{text}”", kind.name())
            }
        }
    }
}

/// Changes an entity's kind and the kind of all its mentions.
pub fn set_kind(a: &mut Analysis, entity: usize, kind: EntityKind) -> Option<Correction> {
    let e = a.entities.get_mut(entity)?;
    if e.kind == kind {
        return None;
    }
    let from = std::mem::replace(&mut e.kind, kind);
    let name = e.name.clone();
    for &m in &e.mentions {
        if let Some(m) = a.mentions.get_mut(m) {
            m.kind = kind;
            m.source = Provenance::Manual;
            m.confidence = 1.0;
        }
    }
    Some(Correction::SetKind {
        entity: name,
        from,
        to: kind,
    })
}

/// Renames an entity; blank names and no-op renames are refused.
pub fn rename(a: &mut Analysis, entity: usize, name: &str) -> Option<Correction> {
    let name = name.trim();
    let e = a.entities.get_mut(entity)?;
    if name.is_empty() || e.name == name {
        return None;
    }
    let from = std::mem::replace(&mut e.name, name.to_owned());
    Some(Correction::Rename {
        from,
        to: name.to_owned(),
    })
}

/// Index `i` after removing index `removed` from the same list.
fn shift(i: usize, removed: usize) -> Option<usize> {
    match i.cmp(&removed) {
        std::cmp::Ordering::Less => Some(i),
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(i - 1),
    }
}

/// Deletes a mention. Money and date facts that stood on it go with it; an
/// entity left without mentions is removed, and so are its relations.
pub fn delete_mention(a: &mut Analysis, mention: usize) -> Option<Correction> {
    let removed = a.mentions.get(mention)?.clone();
    let text = a.text(removed.span).to_owned();
    a.mentions.remove(mention);

    // Facts standing on the mention: a repeat of the figure (headline and
    // body) takes its place; with no repeat the fact goes.
    for f in &mut a.money {
        f.repeats.retain(|&m| m != mention);
        if f.mention == mention && !f.repeats.is_empty() {
            f.mention = f.repeats.remove(0);
        }
    }
    let dropped_money = retain_indexed(&mut a.money, |f| f.mention != mention);
    let dropped_dates = retain_indexed(&mut a.dates, |d| d.mention != mention);
    for f in &mut a.money {
        f.mention = shift(f.mention, mention).unwrap_or(f.mention);
        f.repeats = f
            .repeats
            .iter()
            .filter_map(|&m| shift(m, mention))
            .collect();
    }
    for d in &mut a.dates {
        d.mention = shift(d.mention, mention).unwrap_or(d.mention);
    }
    for r in &mut a.relations {
        r.money = r.money.and_then(|f| shift_many(f, &dropped_money));
        r.date = r.date.and_then(|d| shift_many(d, &dropped_dates));
    }

    // Entities: drop the mention from its entity; drop the entity when empty.
    let mut empty = None;
    for (ei, e) in a.entities.iter_mut().enumerate() {
        e.mentions = e
            .mentions
            .iter()
            .filter_map(|&m| shift(m, mention))
            .collect();
        e.links.retain_mut(|l| match shift(l.mention, mention) {
            Some(m) => {
                l.mention = m;
                true
            }
            None => false,
        });
        if removed.entity == Some(ei) {
            if e.mentions.is_empty() {
                empty = Some(ei);
            } else {
                let still_used = e.mentions.iter().any(|&m| {
                    a.mentions
                        .get(m)
                        .is_some_and(|m| m.span.slice(&a.document.text) == text)
                });
                if !still_used {
                    e.aliases.retain(|al| al != &text);
                }
            }
        }
    }
    if let Some(ei) = empty {
        remove_entity(a, ei);
    }
    Some(Correction::DeleteMention {
        text,
        span: removed.span,
        kind: removed.kind,
    })
}

/// Index `i` after removing every index in `removed` (sorted); `None` when `i` itself went.
fn shift_many(i: usize, removed: &[usize]) -> Option<usize> {
    if removed.contains(&i) {
        return None;
    }
    Some(i - removed.iter().filter(|&&r| r < i).count())
}

/// Removes an entity with no mentions, its relations, and every reference to it.
fn remove_entity(a: &mut Analysis, entity: usize) {
    a.entities.remove(entity);
    for m in &mut a.mentions {
        m.entity = m.entity.and_then(|e| shift(e, entity));
    }
    let mut dropped = Vec::new();
    let mut i = 0;
    a.relations.retain(|r| {
        let keep = r.source != entity && r.target != entity;
        if !keep {
            dropped.push(i);
        }
        i += 1;
        keep
    });
    for r in &mut a.relations {
        r.source = shift(r.source, entity).unwrap_or(r.source);
        r.target = shift(r.target, entity).unwrap_or(r.target);
    }
    for f in &mut a.money {
        f.investor = f.investor.and_then(|e| shift(e, entity));
        f.recipient = f.recipient.and_then(|e| shift(e, entity));
        f.relation = f.relation.and_then(|r| shift_many(r, &dropped));
    }
}

/// Keeps the items `keep` accepts and returns the old indices of the others,
/// in order.
fn retain_indexed<T>(items: &mut Vec<T>, keep: impl Fn(&T) -> bool) -> Vec<usize> {
    let mut dropped = Vec::new();
    let mut i = 0;
    items.retain(|item| {
        let kept = keep(item);
        if !kept {
            dropped.push(i);
        }
        i += 1;
        kept
    });
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        AliasLink, DateFact, Document, Entity, Granularity, Mention, MoneyFact, Relation,
        RelationKind, Status,
    };

    /// "Zürich AG gave €5 млн to Acme in 2019. Acme thanked Zürich AG."
    fn sample() -> Analysis {
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
            mentions,
            entities,
            relations,
            money,
            dates,
            ..Default::default()
        }
    }

    /// Every index in the analysis points at something, and mentions point back.
    fn assert_consistent(a: &Analysis) {
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
}
