//! The learned relation step: a statistical classifier over candidate
//! entity pairs that complements the patterns. Each sentence outside the
//! page furniture gives one candidate per pair of distinct entities
//! (people, organisations, places, products) with references in it — the
//! nearest two references, at most [`MAX_DISTANCE`] items apart — whose
//! features are the words and word classes around and between them,
//! never the names. The [`RelationModel`] (trained by `dossier
//! train-relations` on the gold files) labels each "none" or a kind with
//! its direction; a label whose probability passes the model's threshold
//! adds a relation the rules did not already give, for a pair the rules
//! did not already relate in that sentence, with provenance `Model` and
//! the probability as confidence.
//!
//! The step runs only when the pipeline is given a model
//! ([`Pipeline::set_relation_model`](crate::pipeline::Pipeline::set_relation_model),
//! `dossier eval --relation-model FILE`): cross-validated on the gold
//! files, a model did not yet raise relation F1 over the rules alone, so
//! none is bundled (README, "Learned relations").

mod features;
mod model;
mod train;

pub use model::{Label, ModelError, RelationModel, all_labels};
pub use train::{Example, TrainOptions, train};

use crate::model::{EntityKind, Provenance, Relation, RelationKind, Span, Status};

use super::clause::status_of;
use super::context::Context;
use super::item::Item;
use super::view::for_each_sentence;
use features::{PairView, features};

/// log2 of the number of feature buckets of the bundled model.
pub const BITS: u32 = 18;

/// The farthest apart (in items) two references of a candidate may be.
pub const MAX_DISTANCE: usize = 40;

/// One candidate pair of a sentence.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Sentence index.
    pub sentence: usize,
    /// The entity referred to first.
    pub first: usize,
    /// The entity referred to second.
    pub second: usize,
    /// Hashed features.
    pub feats: Vec<u32>,
    /// The words between the two references (the first reference when
    /// adjacent): the learned relation's trigger.
    pub trigger: Span,
    /// How firmly the sentence states what it states.
    pub status: Status,
    /// True when a rule relation links the pair in this sentence.
    pub ruled_here: bool,
}

/// True for the kinds a learned relation may end at.
fn may_relate(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Person | EntityKind::Org | EntityKind::Loc | EntityKind::Product
    )
}

/// The candidates of every sentence outside the page furniture, given the
/// rule relations already found (a feature of each pair).
pub fn candidates(
    ctx: &Context<'_>,
    rules: &[(Relation, Option<usize>)],
    bits: u32,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for_each_sentence(ctx, |s, view, subject| {
        let sentence = ctx.seg.sentences[s].span;
        let refs: Vec<(usize, usize)> = view
            .iter()
            .enumerate()
            .filter_map(|(i, it)| it.entity().map(|e| (i, e)))
            .filter(|&(_, e)| ctx.kinds.get(e).is_some_and(|&k| may_relate(k)))
            .collect();
        for (a, b) in nearest_pairs(&refs) {
            let (ea, eb) = (refs_entity(view, a), refs_entity(view, b));
            let linked: Vec<(RelationKind, bool)> = rules
                .iter()
                .filter(|(r, _)| r.evidence == sentence)
                .filter_map(|(r, _)| {
                    if (r.source, r.target) == (ea, eb) {
                        Some((r.kind, true))
                    } else if (r.source, r.target) == (eb, ea) {
                        Some((r.kind, false))
                    } else {
                        None
                    }
                })
                .collect();
            let pair = PairView {
                lang: ctx.lang,
                items: view,
                kinds: ctx.kinds,
                a,
                b,
                subject,
                rules: &linked,
            };
            let at = if b > a + 1 { a + 1 } else { a };
            let trigger = if b > a + 1 {
                let first = view[a + 1].span(ctx.mentions);
                let last = view[b - 1].span(ctx.mentions);
                Span::new(first.start, last.end.max(first.start))
            } else {
                view[a].span(ctx.mentions)
            };
            out.push(Candidate {
                ruled_here: !linked.is_empty(),
                sentence: s,
                first: ea,
                second: eb,
                feats: features(&pair, bits),
                trigger,
                status: status_of(&ctx.lang.relate.status, view, at, ctx.text, ctx.mentions),
            });
        }
    });
    out
}

fn refs_entity(view: &[Item], i: usize) -> usize {
    view[i].entity().unwrap_or(usize::MAX)
}

/// For each pair of distinct entities among a sentence's references
/// `(item, entity)`, the nearest two references, as item indices in text
/// order, at most [`MAX_DISTANCE`] apart; pairs in order of their first
/// reference.
fn nearest_pairs(refs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut best: Vec<((usize, usize), (usize, usize))> = Vec::new();
    for (x, &(i, e)) in refs.iter().enumerate() {
        for &(j, f) in &refs[x + 1..] {
            if e == f || j - i > MAX_DISTANCE {
                continue;
            }
            let key = (e.min(f), e.max(f));
            match best.iter_mut().find(|(k, _)| *k == key) {
                Some((_, at)) if at.1 - at.0 > j - i => *at = (i, j),
                Some(_) => {}
                None => best.push((key, (i, j))),
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = best.into_iter().map(|(_, at)| at).collect();
    pairs.sort_unstable();
    pairs
}

/// Adds a relation for every candidate the model labels with enough
/// probability, unless the rules already gave that kind between the pair
/// in that sentence, or the sentence negates it, or the kind's ends do not
/// fit the entities' kinds.
pub fn add_learned(
    ctx: &Context<'_>,
    model: &RelationModel,
    candidates: &[Candidate],
    relations: &mut Vec<(Relation, Option<usize>)>,
    payees: &mut Vec<Option<usize>>,
) {
    for c in candidates {
        let Some((label, score)) = model.predict(&c.feats) else {
            continue;
        };
        // The rules read this sentence's pair already: the model only
        // complements them.
        if c.status == Status::Negated || c.ruled_here {
            continue;
        }
        let evidence = ctx.seg.sentences[c.sentence].span;
        let (source, target) = if label.forward {
            (c.first, c.second)
        } else {
            (c.second, c.first)
        };
        if !ends_fit(ctx.kinds, label.kind, source, target) {
            continue;
        }
        let same = |r: &Relation| {
            let kind_of = |k: RelationKind, s: usize, t: usize| match k {
                RelationKind::SellsTo => (RelationKind::BuysFrom, t, s),
                _ => (k, s, t),
            };
            let (k, s, t) = kind_of(r.kind, r.source, r.target);
            k == label.kind
                && ((s, t) == (source, target) || (k.is_symmetric() && (t, s) == (source, target)))
        };
        // The rules gave it (here or in another sentence): the rule's
        // reading, with its trigger and money, stands. Learned twice: the
        // surer reading's confidence.
        if let Some((r, _)) = relations.iter_mut().find(|(r, _)| same(r)) {
            if r.provenance == Provenance::Model {
                r.confidence = r.confidence.max(score);
            }
            continue;
        }
        relations.push((
            Relation {
                kind: label.kind,
                source,
                target,
                evidence,
                trigger: c.trigger,
                money: None,
                date: None,
                status: if label.kind.is_role() {
                    Status::Completed
                } else {
                    c.status
                },
                confidence: score,
                provenance: Provenance::Model,
            },
            None,
        ));
        payees.push(None);
    }
    // Text order, the rules' relations of a sentence first; the payees
    // stay with their relations.
    let mut order: Vec<usize> = (0..relations.len()).collect();
    order.sort_by_key(|&i| {
        let r = &relations[i].0;
        (r.evidence.start, r.provenance == Provenance::Model)
    });
    let sorted: Vec<_> = order.iter().map(|&i| relations[i].clone()).collect();
    let sorted_payees: Vec<_> = order
        .iter()
        .map(|&i| payees.get(i).copied().flatten())
        .collect();
    *relations = sorted;
    *payees = sorted_payees;
}

/// True when the kinds of the ends fit what the relation kind implies: a
/// role's target, and both ends of a deal between companies, are
/// organisations; a person is never the target of a deal.
fn ends_fit(kinds: &[EntityKind], kind: RelationKind, source: usize, target: usize) -> bool {
    let props = kind.props();
    let k = |e: usize| kinds.get(e).copied().unwrap_or(EntityKind::Misc);
    let fits = |e: usize, wants: Option<EntityKind>| match wants {
        Some(EntityKind::Org) => !matches!(k(e), EntityKind::Product | EntityKind::Person),
        _ => true,
    };
    let person_source = !kind.is_role() || k(source) == EntityKind::Person;
    fits(source, props.source_implies) && fits(target, props.target_implies) && person_source
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;
    use crate::pipeline::tests::pipeline;

    /// `(first, second, features)` of every candidate of an invented text,
    /// by entity name.
    fn candidates_of(text: &str) -> Vec<(String, String, Vec<u32>)> {
        let (a, cands) = pipeline().analyze_traced(Document::from_text("invented.txt", text));
        cands
            .into_iter()
            .map(|c| {
                (
                    a.entities[c.first].name.clone(),
                    a.entities[c.second].name.clone(),
                    c.feats,
                )
            })
            .collect()
    }

    #[test]
    fn features_never_carry_the_names() {
        let one = candidates_of(
            "Zephyr Corp. agreed to take over Quantix Inc. on Monday. It closes in May.",
        );
        let two = candidates_of(
            "Brask Corp. agreed to take over Keltic Inc. on Monday. It closes in May.",
        );
        assert_eq!(one.len(), 1, "{one:?}");
        assert_eq!(two.len(), 1, "{two:?}");
        assert_eq!(one[0].0, "Zephyr Corp.");
        assert_eq!(two[0].1, "Keltic Inc.");
        assert_eq!(one[0].2, two[0].2);
    }

    #[test]
    fn each_pair_of_a_sentence_is_one_candidate_at_its_nearest_references() {
        let refs = [(0, 1), (3, 2), (5, 1), (9, 3)];
        // Entities 1 and 2: items 3 and 5 are nearer than 0 and 3.
        assert_eq!(nearest_pairs(&refs), vec![(3, 5), (3, 9), (5, 9)]);
        let far = [(0, 1), (MAX_DISTANCE + 1, 2)];
        assert!(nearest_pairs(&far).is_empty());
    }

    #[test]
    fn a_purchase_told_from_either_side_is_one_label() {
        let sold = Label::of(RelationKind::SellsTo, true);
        assert_eq!(sold, Label::of(RelationKind::BuysFrom, false));
        let partner = Label::of(RelationKind::PartnerOf, false);
        assert!(partner.forward);
        assert!(!all_labels().iter().any(|l| l.kind == RelationKind::SellsTo));
    }

    #[test]
    fn a_trained_model_predicts_what_it_learned_and_survives_its_file() {
        let deal = Label::of(RelationKind::Acquired, true);
        let mut examples = Vec::new();
        for i in 0..40u32 {
            examples.push(Example {
                feats: vec![1, 2, 100 + i % 5],
                label: Some(deal),
            });
            examples.push(Example {
                feats: vec![1, 3, 200 + i % 5],
                label: None,
            });
        }
        let opts = TrainOptions {
            bits: 10,
            ..TrainOptions::default()
        };
        let model = train(&examples, &opts);
        let again = train(&examples, &opts);
        assert_eq!(
            model.to_bytes(),
            again.to_bytes(),
            "training is deterministic"
        );
        let (label, p) = model.predict(&[1, 2, 101]).expect("a relation");
        assert_eq!(label, deal);
        assert!(p > 0.5);
        assert!(model.predict(&[1, 3, 201]).is_none());
        let loaded = RelationModel::from_bytes(&model.to_bytes()).expect("loads");
        assert_eq!(loaded.probabilities(&[1, 2]), model.probabilities(&[1, 2]));
        assert!(RelationModel::from_bytes(b"junk").is_err());
    }
}
