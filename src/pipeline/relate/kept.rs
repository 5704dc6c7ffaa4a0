//! Dropping relations with the payees that run alongside them.

use crate::model::Relation;

/// Keeps the relations whose `keep` entry is true, and their payees with
/// them (a relation past the end of `keep` stays).
pub(super) fn retain_kept(
    relations: &mut Vec<(Relation, Option<usize>)>,
    payees: &mut Vec<Option<usize>>,
    keep: &[bool],
) {
    let mut k = keep.iter();
    relations.retain(|_| k.next().copied().unwrap_or(true));
    let mut k = keep.iter();
    payees.retain(|_| k.next().copied().unwrap_or(true));
}
