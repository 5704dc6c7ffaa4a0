//! Replaying corrections on a fresh analysis of the same text (after
//! re-analysis): entities are found by name, mentions by span, relations by
//! kind, ends and evidence — never by index, which re-analysis changes.

use super::entity::{delete_entity, merge, rename, set_kind};
use super::index::{entity_named, mention_at_span};
use super::mention::{add_entity, delete_mention, split_mention};
use super::money::{MoneyEdit, edit_money};
use super::relation::{add_relation, delete_relation};
use super::{Correction, RelationRecord};
use crate::model::Analysis;

/// What replaying a list of corrections did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reapplied {
    /// The corrections that hold in the analysis now (applied, or already
    /// so), oldest first: the document's new correction list.
    pub kept: Vec<Correction>,
    /// The corrections whose entity, mention or relation is not in the
    /// fresh analysis, oldest first.
    pub missed: Vec<Correction>,
}

/// Replays `corrections` in order on `a`.
pub fn reapply(a: &mut Analysis, corrections: &[Correction]) -> Reapplied {
    let mut out = Reapplied::default();
    for c in corrections {
        match reapply_one(a, c) {
            Some(Some(applied)) => out.kept.push(applied),
            Some(None) => out.kept.push(c.clone()),
            None => out.missed.push(c.clone()),
        }
    }
    out
}

/// `None` when the correction's target is not found; `Some(None)` when it is
/// found and already as the correction wants; `Some(Some(record))` when applied.
fn reapply_one(a: &mut Analysis, c: &Correction) -> Option<Option<Correction>> {
    let named = |a: &Analysis, n: &str| entity_named(a, n);
    Some(match c {
        Correction::SetKind { entity, to, .. } => set_kind(a, named(a, entity)?, *to),
        Correction::Rename { from, to } => match named(a, from) {
            Some(e) => rename(a, e, to),
            // Renamed already (the name is there): nothing to do.
            None => {
                named(a, to)?;
                None
            }
        },
        // A deletion whose target is not there holds already.
        Correction::DeleteMention { span, .. } => {
            mention_at_span(a, *span).and_then(|m| delete_mention(a, m))
        }
        Correction::AddEntity { span, kind, .. } => add_entity(a, *span, *kind),
        Correction::DeleteEntity { name, kind, .. } => {
            let e = a
                .entities
                .iter()
                .position(|e| e.kind == *kind && e.has_alias(name));
            e.and_then(|e| delete_entity(a, e))
        }
        Correction::Merge { from, into } => {
            // Merged already: the old name is an alias of the entity kept.
            let (from, into) = (named(a, from)?, named(a, into)?);
            if from == into {
                None
            } else {
                merge(a, from, into)
            }
        }
        Correction::SplitMention { span, .. } => split_mention(a, mention_at_span(a, *span)?),
        Correction::AddRelation(r) => add_relation(
            a,
            r.kind,
            named(a, &r.source)?,
            named(a, &r.target)?,
            Some(r.evidence),
        ),
        Correction::DeleteRelation(r) => relation_of(a, r).and_then(|r| delete_relation(a, r)),
        Correction::EditMoney { span, to, .. } => {
            let m = mention_at_span(a, *span)?;
            let fact = a.money.iter().position(|f| f.mention == m)?;
            let party = |n: &Option<String>| match n {
                Some(n) => named(a, n).map(Some),
                None => Some(None),
            };
            let edit = MoneyEdit {
                value: to.value,
                currency: to.currency.clone(),
                payer: party(&to.payer)?,
                payee: party(&to.payee)?,
            };
            edit_money(a, fact, &edit)
        }
    })
}

/// The relation a record names: same kind and ends, evidence the same span
/// or overlapping it.
fn relation_of(a: &Analysis, r: &RelationRecord) -> Option<usize> {
    let (source, target) = (entity_named(a, &r.source)?, entity_named(a, &r.target)?);
    let candidates = || {
        a.relations
            .iter()
            .enumerate()
            .filter(move |(_, x)| x.kind == r.kind && x.source == source && x.target == target)
    };
    candidates()
        .find(|(_, x)| x.evidence == r.evidence)
        .or_else(|| candidates().find(|(_, x)| x.evidence.overlaps(r.evidence)))
        .map(|(i, _)| i)
}
