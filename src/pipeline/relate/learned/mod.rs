//! The learned relation step: a statistical classifier over candidate
//! entity pairs that complements the patterns. Each sentence outside the
//! page furniture gives one candidate per pair of distinct entities whose
//! kinds some relation kind allows at its ends ([`ends`]: a person and an
//! organisation, an organisation and a place, two organisations …) — the
//! nearest two references, at most [`MAX_DISTANCE`] items apart with at
//! most [`MAX_REFERENCES_BETWEEN`] references between — whose features are
//! the words and word classes around and between them, never the names.
//! The [`RelationModel`] (trained by `dossier train-relations` on the gold
//! files) labels each "none" or a kind with its direction, among the kinds
//! the pair's ends allow; a label whose probability passes the model's
//! threshold adds a relation the rules did not already give, for a pair
//! the rules did not already relate in that sentence, with provenance
//! `Model` and the probability as confidence. A person who holds a post at
//! an organisation is given no second post there (one post, one relation).
//!
//! The bundled model ([`bundled`], `assets/models/relations-en.bin`) runs
//! when the process switches it on (`dossier --learned-relations`, Python
//! `use_relation_model(True)`). It is trained on MEANTIME dev and train
//! (real news) and gives `employee_of` only ([`TrainOptions::kinds`]); its
//! threshold is the lowest whose added relations were at least 30% right
//! with each MEANTIME corpus left out in turn, pooled (README, "Learned
//! relations"). By default, and with
//! [`Pipeline::set_relation_model`](crate::pipeline::Pipeline::set_relation_model)`(None)`,
//! relations come from the rules alone.

mod bundled;
mod ends;
mod features;
mod model;
mod train;

pub use bundled::{bundled_enabled, set_bundled_enabled};
pub(in crate::pipeline::relate) use ends::{any_fits, fits};
pub use model::{Label, ModelError, RelationModel, all_labels};
pub use train::{Example, TrainOptions, train};

use crate::model::{EntityKind, Provenance, Relation, RelationKind, Span, Status};

use super::context::Context;
use super::item::Item;
use super::status::status_of;
use super::view::for_each_sentence;
use features::{PairView, features};

/// log2 of the number of feature buckets of the bundled model.
pub const BITS: u32 = 18;

/// The farthest apart (in items) two references of a candidate may be.
pub const MAX_DISTANCE: usize = 40;

/// The most references to entities two references of a candidate may
/// have between them: a relation seldom spans a list of names ("plants in
/// A, B, C and D"); in the leave-one-set-out cross-validation, allowing
/// at most two raised the added relations' precision at equal recall.
pub const MAX_REFERENCES_BETWEEN: usize = 2;

/// One candidate pair of a sentence.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Sentence index.
    pub sentence: usize,
    /// The entity referred to first.
    pub first: usize,
    /// The entity referred to second.
    pub second: usize,
    /// The kinds of the first and second entity.
    pub ends: (EntityKind, EntityKind),
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
/// rule relations already found (a feature of each pair). With `only`, just
/// the pairs that model has a label for (a model limited to `employee_of`
/// is asked about people and organisations alone); without, every pair
/// (training).
pub fn candidates(
    ctx: &Context<'_>,
    rules: &[(Relation, Option<usize>)],
    bits: u32,
    only: Option<&RelationModel>,
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
        let kind = |e: usize| ctx.kinds.get(e).copied().unwrap_or(EntityKind::Misc);
        for (a, b) in nearest_pairs(&refs) {
            let (ea, eb) = (refs_entity(view, a), refs_entity(view, b));
            // No relation kind joins two places or two people.
            if !ends::any_fits(kind(ea), kind(eb))
                || only.is_some_and(|m| !m.labels_between((kind(ea), kind(eb))))
            {
                continue;
            }
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
                ends: (kind(ea), kind(eb)),
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
/// order, at most [`MAX_DISTANCE`] apart with at most
/// [`MAX_REFERENCES_BETWEEN`] references between; pairs in order of their
/// first reference.
fn nearest_pairs(refs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut best: Vec<((usize, usize), (usize, usize))> = Vec::new();
    for (x, &(i, e)) in refs.iter().enumerate() {
        for &(j, f) in &refs[x + 1..] {
            let between = refs[x + 1..].iter().take_while(|r| r.0 < j).count();
            if e == f || j - i > MAX_DISTANCE || between > MAX_REFERENCES_BETWEEN {
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
/// in that sentence, or the sentence negates it. The model gives only the
/// kinds the entities' kinds allow ([`ends`]).
pub fn add_learned(
    ctx: &Context<'_>,
    model: &RelationModel,
    candidates: &[Candidate],
    relations: &mut Vec<(Relation, Option<usize>)>,
    payees: &mut Vec<Option<usize>>,
) {
    for c in candidates {
        let Some((label, score)) = model.predict(&c.feats, c.ends) else {
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
        let same = |r: &Relation| {
            let kind_of = |k: RelationKind, s: usize, t: usize| match k {
                RelationKind::SellsTo => (RelationKind::BuysFrom, t, s),
                _ => (k, s, t),
            };
            let (k, s, t) = kind_of(r.kind, r.source, r.target);
            k == label.kind
                && ((s, t) == (source, target) || (k.is_symmetric() && (t, s) == (source, target)))
        };
        // The rules read this sentence's relation of the kind for one of
        // the ends already ("it poured money into the startup to rival A":
        // the rival is "it"): the model gives that end no other party of
        // it. Places excepted: a company is in a city and its country.
        if label.kind != RelationKind::LocatedIn
            && relations.iter().any(|(r, _)| {
                r.provenance != Provenance::Model
                    && r.evidence == evidence
                    && same_kind(r.kind, label.kind)
                    && shares_end(r, label.kind, source, target)
            })
        {
            continue;
        }
        // One post, one relation (GUIDE): a person who already holds a
        // post at the organisation is given no second one.
        let is_post = |k: RelationKind| k.is_role() && k != RelationKind::Left;
        if is_post(label.kind)
            && relations.iter().any(|(r, _)| {
                is_post(r.kind) && (r.source, r.target) == (source, target) && !same(r)
            })
        {
            continue;
        }
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

/// True when two kinds are one (`sells_to` is `buys_from` reversed).
fn same_kind(a: RelationKind, b: RelationKind) -> bool {
    let norm = |k| match k {
        RelationKind::SellsTo => RelationKind::BuysFrom,
        k => k,
    };
    norm(a) == norm(b)
}

/// True when a relation `r` of the same kind as `kind` shares an end with
/// `(source, target)` but is another pair: the same source, or the same
/// target (either end of a symmetric kind).
fn shares_end(r: &Relation, kind: RelationKind, source: usize, target: usize) -> bool {
    let (s, t) = if r.kind == RelationKind::SellsTo {
        (r.target, r.source)
    } else {
        (r.source, r.target)
    };
    if kind.is_symmetric() {
        let ends = [s, t];
        let other = [source, target];
        ends.iter().any(|e| other.contains(e))
            && !(ends.contains(&source) && ends.contains(&target))
    } else {
        (s == source) != (t == target)
    }
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
        // A list of four names: its first and last are three references
        // apart, too many.
        let list = [(0, 1), (2, 2), (4, 3), (6, 4), (8, 5)];
        let pairs = nearest_pairs(&list);
        assert!(pairs.contains(&(0, 6)));
        assert!(!pairs.contains(&(0, 8)));
    }

    #[test]
    fn an_end_the_rules_relate_with_the_kind_gets_no_other_party_of_it() {
        let rule = |kind, source, target| Relation {
            kind,
            source,
            target,
            evidence: Span::new(0, 10),
            trigger: Span::new(0, 1),
            money: None,
            date: None,
            status: Status::Completed,
            confidence: 0.8,
            provenance: Provenance::Rule,
        };
        let rival = rule(RelationKind::CompetitorOf, 1, 9);
        // "the startup" and A: the rule's rival was "it".
        assert!(shares_end(&rival, RelationKind::CompetitorOf, 9, 2));
        assert!(!shares_end(&rival, RelationKind::CompetitorOf, 9, 1));
        assert!(!shares_end(&rival, RelationKind::CompetitorOf, 3, 4));
        let sold = rule(RelationKind::SellsTo, 5, 6);
        // buys_from(6, 7): the same buyer, another seller.
        assert!(shares_end(&sold, RelationKind::BuysFrom, 6, 7));
        assert!(!shares_end(&sold, RelationKind::BuysFrom, 6, 5));
        assert!(same_kind(RelationKind::SellsTo, RelationKind::BuysFrom));
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
                ends: (EntityKind::Org, EntityKind::Org),
                label: Some(deal),
                ruled_here: false,
            });
            examples.push(Example {
                feats: vec![1, 3, 200 + i % 5],
                ends: (EntityKind::Org, EntityKind::Org),
                label: None,
                ruled_here: false,
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
        let orgs = (EntityKind::Org, EntityKind::Org);
        let (label, p) = model.predict(&[1, 2, 101], orgs).expect("a relation");
        assert_eq!(label, deal);
        assert!(p > 0.5);
        assert!(model.predict(&[1, 3, 201], orgs).is_none());
        // A takeover never joins two places, however sure the features.
        assert!(
            model
                .predict(&[1, 2, 101], (EntityKind::Loc, EntityKind::Loc))
                .is_none()
        );
        let loaded = RelationModel::from_bytes(&model.to_bytes()).expect("loads");
        let all = vec![true; model.labels.len() + 1];
        let (a, b) = (
            loaded.probabilities(&[1, 2], &all),
            model.probabilities(&[1, 2], &all),
        );
        assert!(a.iter().zip(&b).all(|(x, y)| (x - y).abs() < 1e-3));
        assert_eq!(
            loaded.to_bytes(),
            model.to_bytes(),
            "16-bit steps round-trip"
        );
        assert!(RelationModel::from_bytes(b"junk").is_err());
    }
}
