//! Corrections to whole entities: kind, name, deletion, merging two into one.

use super::Correction;
use super::index::{remove_entity, remove_relations};
use super::mention::delete_mention;
use crate::model::{Analysis, EntityKind, Provenance};

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

/// Deletes an entity: all its mentions, the facts standing on them, its
/// relations, and its part in money figures.
pub fn delete_entity(a: &mut Analysis, entity: usize) -> Option<Correction> {
    let e = a.entities.get(entity)?;
    let (name, kind) = (e.name.clone(), e.kind);
    let mut mentions = e.mentions.clone();
    mentions.sort_unstable();
    mentions.dedup();
    let spans = mentions
        .iter()
        .filter_map(|&m| a.mentions.get(m).map(|m| m.span))
        .collect();
    if mentions.is_empty() {
        remove_entity(a, entity);
    }
    // Last first, so the earlier indices stay valid; the last deletion
    // removes the emptied entity.
    for &m in mentions.iter().rev() {
        delete_mention(a, m);
    }
    Some(Correction::DeleteEntity { name, kind, spans })
}

/// Merges entity `from` into entity `into`: its mentions, aliases and
/// resolution links join `into` (taking its kind), its relations and money
/// parts point at `into`; a relation that would link `into` to itself, or
/// repeat one `into` already has, goes. Refused for a value (money, date,
/// percentage) and an entity of another kind.
pub fn merge(a: &mut Analysis, from: usize, into: usize) -> Option<Correction> {
    let (f, i) = (a.entities.get(from)?, a.entities.get(into)?);
    // A value (money, date, percentage) is not a name: its facts need its kind.
    let kinds_clash = f.kind != i.kind && !(f.kind.is_name() && i.kind.is_name());
    if from == into || kinds_clash {
        return None;
    }
    let gone = std::mem::replace(
        &mut a.entities[from],
        crate::model::Entity {
            kind: EntityKind::Misc,
            name: String::new(),
            aliases: Vec::new(),
            mentions: Vec::new(),
            links: Vec::new(),
        },
    );
    let record = Correction::Merge {
        from: gone.name.clone(),
        into: a.entities[into].name.clone(),
    };
    let kind = a.entities[into].kind;
    for &m in &gone.mentions {
        if let Some(m) = a.mentions.get_mut(m) {
            m.entity = Some(into);
            m.kind = kind;
            m.source = Provenance::Manual;
            m.confidence = 1.0;
        }
    }
    let target = &mut a.entities[into];
    target.mentions.extend(&gone.mentions);
    target.mentions.sort_unstable();
    target.mentions.dedup();
    target.links.extend(gone.links);
    target.links.sort_by_key(|l| l.mention);
    for alias in std::iter::once(gone.name).chain(gone.aliases) {
        if !alias.is_empty() && !target.aliases.contains(&alias) {
            target.aliases.push(alias);
        }
    }
    for r in &mut a.relations {
        if r.source == from {
            r.source = into;
        }
        if r.target == from {
            r.target = into;
        }
    }
    for f in &mut a.money {
        f.investor = f.investor.map(|e| if e == from { into } else { e });
        f.recipient = f.recipient.map(|e| if e == from { into } else { e });
    }
    // Self-links and repeats of a relation already held go.
    let mut seen = Vec::new();
    let keys: Vec<bool> = a
        .relations
        .iter()
        .map(|r| {
            let key = (r.kind, r.source, r.target, r.evidence);
            let drop = r.source == r.target || seen.contains(&key);
            seen.push(key);
            drop
        })
        .collect();
    let mut i = 0;
    remove_relations(a, |_| {
        i += 1;
        keys[i - 1]
    });
    remove_entity(a, from);
    Some(record)
}
