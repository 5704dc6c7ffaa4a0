//! Index bookkeeping shared by the corrections: lists refer to each other by
//! index, so removing or inserting an item renumbers every reference to it.

use crate::model::{Analysis, Span};

/// Index `i` after removing index `removed` from the same list.
pub(super) fn shift(i: usize, removed: usize) -> Option<usize> {
    match i.cmp(&removed) {
        std::cmp::Ordering::Less => Some(i),
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(i - 1),
    }
}

/// Index `i` after removing every index in `removed` (sorted); `None` when `i` itself went.
pub(super) fn shift_many(i: usize, removed: &[usize]) -> Option<usize> {
    if removed.contains(&i) {
        return None;
    }
    Some(i - removed.iter().filter(|&&r| r < i).count())
}

/// Keeps the items `keep` accepts and returns the old indices of the others,
/// in order.
pub(super) fn retain_indexed<T>(
    items: &mut Vec<T>,
    mut keep: impl FnMut(&T) -> bool,
) -> Vec<usize> {
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

/// Removes relations `drop` accepts and renumbers the money facts' links to
/// the rest.
pub(super) fn remove_relations(
    a: &mut Analysis,
    mut drop: impl FnMut(&crate::model::Relation) -> bool,
) {
    let dropped = retain_indexed(&mut a.relations, |r| !drop(r));
    for f in &mut a.money {
        f.relation = f.relation.and_then(|r| shift_many(r, &dropped));
    }
}

/// Removes an entity with no mentions, its relations, and every reference to it.
pub(crate) fn remove_entity(a: &mut Analysis, entity: usize) {
    a.entities.remove(entity);
    for m in &mut a.mentions {
        m.entity = m.entity.and_then(|e| shift(e, entity));
    }
    remove_relations(a, |r| r.source == entity || r.target == entity);
    for r in &mut a.relations {
        r.source = shift(r.source, entity).unwrap_or(r.source);
        r.target = shift(r.target, entity).unwrap_or(r.target);
    }
    for f in &mut a.money {
        f.investor = f.investor.and_then(|e| shift(e, entity));
        f.recipient = f.recipient.and_then(|e| shift(e, entity));
    }
}

/// Makes room for a new mention at index `at`: every reference to a mention
/// at or after it moves up by one.
pub(super) fn open_mention_slot(a: &mut Analysis, at: usize) {
    let up = |m: usize| if m >= at { m + 1 } else { m };
    for e in &mut a.entities {
        e.mentions.iter_mut().for_each(|m| *m = up(*m));
        e.links.iter_mut().for_each(|l| l.mention = up(l.mention));
    }
    for f in &mut a.money {
        f.mention = up(f.mention);
        f.repeats.iter_mut().for_each(|m| *m = up(*m));
    }
    for d in &mut a.dates {
        d.mention = up(d.mention);
    }
}

/// The entity a record names: exactly by name first, then by name or alias
/// ignoring case.
pub(super) fn entity_named(a: &Analysis, name: &str) -> Option<usize> {
    a.entities
        .iter()
        .position(|e| e.name == name)
        .or_else(|| a.find_entity(name))
}

/// The mention with exactly this span.
pub(super) fn mention_at_span(a: &Analysis, span: Span) -> Option<usize> {
    let i = a.mentions.partition_point(|m| m.span.start < span.start);
    a.mentions[i..]
        .iter()
        .take_while(|m| m.span.start == span.start)
        .position(|m| m.span == span)
        .map(|j| i + j)
}
