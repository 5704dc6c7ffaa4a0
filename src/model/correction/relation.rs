//! Corrections to relations: add one the machine missed, delete a wrong one.

use super::index::remove_relations;
use super::{Correction, RelationRecord};
use crate::model::{Analysis, Provenance, Relation, RelationKind, Span, Status};

/// The evidence for a new relation: a sentence where both ends are
/// mentioned, else the sentence of the source's first mention (the source's
/// mention itself when the analysis has no sentences).
pub fn evidence_for(a: &Analysis, source: usize, target: usize) -> Option<Span> {
    let sentence_of = |m: usize| {
        let span = a.mentions.get(m)?.span;
        Some(
            a.sentence_at(span.start)
                .and_then(|s| a.sentences.get(s).copied())
                .unwrap_or(span),
        )
    };
    let sources = &a.entities.get(source)?.mentions;
    let targets = &a.entities.get(target)?.mentions;
    let target_sentences: Vec<Span> = targets.iter().filter_map(|&m| sentence_of(m)).collect();
    sources
        .iter()
        .filter_map(|&m| sentence_of(m))
        .find(|s| target_sentences.contains(s))
        .or_else(|| sources.first().and_then(|&m| sentence_of(m)))
}

/// Adds a relation of `kind` from `source` to `target`, stated by
/// `evidence` (by default [`evidence_for`]). It is `completed`, sure (1.0)
/// and `manual`; its trigger is its evidence. Refused when the ends are the
/// same or the same relation is already stated by that evidence.
pub fn add_relation(
    a: &mut Analysis,
    kind: RelationKind,
    source: usize,
    target: usize,
    evidence: Option<Span>,
) -> Option<Correction> {
    if source == target || source >= a.entities.len() || target >= a.entities.len() {
        return None;
    }
    let evidence = match evidence {
        Some(e) => Span::checked(&a.document.text, e.start, e.end)?,
        None => evidence_for(a, source, target)?,
    };
    let exists = a.relations.iter().any(|r| {
        r.kind == kind && r.source == source && r.target == target && r.evidence == evidence
    });
    if exists {
        return None;
    }
    // In text order of the evidence; money facts' links renumbered.
    let at = a
        .relations
        .partition_point(|r| r.evidence.start <= evidence.start);
    for f in &mut a.money {
        f.relation = f.relation.map(|r| if r >= at { r + 1 } else { r });
    }
    a.relations.insert(
        at,
        Relation {
            kind,
            source,
            target,
            evidence,
            trigger: evidence,
            money: None,
            date: None,
            status: Status::Completed,
            confidence: 1.0,
            provenance: Provenance::Manual,
        },
    );
    Some(Correction::AddRelation(record(a, at)?))
}

/// The record of relation `r`.
fn record(a: &Analysis, r: usize) -> Option<RelationRecord> {
    let rel = a.relations.get(r)?;
    Some(RelationRecord {
        kind: rel.kind,
        source: a.entity_name(rel.source).to_owned(),
        target: a.entity_name(rel.target).to_owned(),
        evidence: rel.evidence,
    })
}

/// Deletes a relation; a money figure it carried stays, without it.
pub fn delete_relation(a: &mut Analysis, relation: usize) -> Option<Correction> {
    let record = record(a, relation)?;
    let mut i = 0;
    remove_relations(a, |_| {
        i += 1;
        i - 1 == relation
    });
    Some(Correction::DeleteRelation(record))
}
