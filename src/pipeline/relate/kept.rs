//! Dropping relations with the payees that run alongside them.

use crate::model::Relation;

/// Keeps the relations whose `keep` entry is true, and their payees with
/// them (a relation past the end of `keep` stays).
pub(crate) fn retain_kept(
    relations: &mut Vec<(Relation, Option<usize>)>,
    payees: &mut Vec<Option<usize>>,
    keep: &[bool],
) {
    let mut k = keep.iter();
    relations.retain(|_| k.next().copied().unwrap_or(true));
    let mut k = keep.iter();
    payees.retain(|_| k.next().copied().unwrap_or(true));
}

/// Lists on standard error a relation a gate drops, when the dependency
/// frames trace: the gate's module, the kind, both ends, the trigger and
/// the evidence, on one line.
pub(super) fn list_dropped(module: &str, text: &str, r: &Relation) {
    eprintln!(
        "{module}\t-{}\t{}\t{}\t{}\t{}",
        r.kind.name(),
        r.source,
        r.target,
        r.trigger.slice(text),
        r.evidence.slice(text).replace('\n', " ")
    );
}
