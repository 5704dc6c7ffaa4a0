//! Posts told in the sentences before: a succession whose sentence names
//! no post reaches back for it. "W, chief executive of T, will step down.
//! He will be replaced by X": X takes the post the text gave W. "T named
//! Y chief executive. She replaces X": X left the post the text gave Y.
//! "She was appointed in January, after her predecessor, X, was forced
//! out": X left it too.

use crate::model::{Relation, RelationKind};

use super::super::item::{Finds, Item};
use super::super::pattern::At;

/// The relations of the sentences before the one read, in text order.
#[derive(Clone, Copy)]
pub(in super::super) struct Earlier<'r> {
    relations: &'r [(Relation, Option<usize>)],
}

impl<'r> Earlier<'r> {
    /// The posts `relations` (the sentences before) tell.
    pub(in super::super) fn of(relations: &'r [(Relation, Option<usize>)]) -> Self {
        Self { relations }
    }

    /// The post the sentences before last gave `person`, as (kind,
    /// organisation): a chief executive's or a chair's before any other.
    pub(super) fn post_of(&self, person: usize) -> Option<(RelationKind, usize)> {
        let posts = || {
            self.relations
                .iter()
                .map(|(r, _)| r)
                .filter(move |r| r.source == person)
        };
        posts()
            .filter(|r| matches!(r.kind, RelationKind::CeoOf | RelationKind::ChairmanOf))
            .last()
            .or_else(|| {
                posts()
                    .filter(|r| r.kind == RelationKind::EmployeeOf)
                    .last()
            })
            .map(|r| (r.kind, r.target))
    }
}

/// "her predecessor, X", "Y's predecessor X": X left the post the
/// sentence, else the sentences before, gave the possessor. Read at the
/// noun; only the one left is said, so X gets `left` alone.
pub(super) fn predecessor(
    at: &At<'_, '_>,
    held: impl Fn(usize) -> Option<(RelationKind, usize)>,
    out: &mut Finds,
) {
    let (items, i) = (at.items, at.i);
    if i == 0 || !at.is(i, &at.words().roles.predecessor) {
        return;
    }
    let Some(Item::Ent {
        entity: holder,
        possessive: true,
        ..
    }) = items.get(i - 1)
    else {
        return;
    };
    let k = i + 1 + usize::from(items.get(i + 1).is_some_and(|it| it.word() == ","));
    let old = match items.get(k) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) if at.is_person(*entity) && entity != holder => *entity,
        _ => return,
    };
    if !at.is_person(*holder) {
        return;
    }
    if let Some((_, org)) = held(*holder) {
        out.add(RelationKind::Left, old, org, at.span(i), None, 0.7);
    }
}
