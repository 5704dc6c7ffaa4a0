//! Training the relation model: multinomial logistic regression by
//! stochastic gradient descent with AdaGrad steps and L2 shrinkage, over
//! the examples in an order fixed by a seeded shuffle, so the same
//! examples always give the same model.

use rustc_hash::FxHashMap;

use super::model::{Label, RelationModel, all_labels, allowed_outputs, mask, softmax};
use crate::model::{EntityKind, RelationKind};

/// One training pair: its features, the kinds of its two entities, and
/// its label (`None`: no relation).
#[derive(Clone, Debug)]
pub struct Example {
    /// Hashed features.
    pub feats: Vec<u32>,
    /// The kinds of the first and second entity: the labels they allow
    /// are the only ones the example is scored among.
    pub ends: (EntityKind, EntityKind),
    /// The relation the gold states between the pair in this sentence.
    pub label: Option<Label>,
    /// True when a rule relation already links the pair in this sentence
    /// (the model is never asked about such a pair).
    pub ruled_here: bool,
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// log2 of the number of feature buckets.
    pub bits: u32,
    /// Passes over the examples.
    pub epochs: usize,
    /// AdaGrad's base step.
    pub rate: f32,
    /// L2 penalty per example seen.
    pub l2: f32,
    /// Seed of the shuffle.
    pub seed: u64,
    /// Weights smaller than this are dropped from the model file.
    pub prune: f32,
    /// The model's threshold.
    pub threshold: f32,
    /// The relation kinds the model may give (empty: every kind). A pair
    /// the gold relates by another kind is left out of training.
    pub kinds: Vec<RelationKind>,
    /// Train only on the pairs the rules left unrelated in their sentence,
    /// the only ones the model is asked about.
    pub unruled_only: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        Self {
            bits: 18,
            epochs: 15,
            rate: 0.02,
            l2: 1e-2,
            seed: 7,
            prune: 0.01,
            threshold: 0.5,
            kinds: Vec::new(),
            unruled_only: false,
        }
    }
}

/// Trains a model on the examples: a softmax over "none" and the labels
/// each example's ends allow. An example whose gold label its ends do not
/// allow (an entity of the wrong kind) is left out, and so is one of a
/// kind outside `opts.kinds` and, with `opts.unruled_only`, one the rules
/// relate in its sentence.
pub fn train(examples: &[Example], opts: &TrainOptions) -> RelationModel {
    let labels: Vec<Label> = all_labels()
        .into_iter()
        .filter(|l| opts.kinds.is_empty() || opts.kinds.contains(&l.kind))
        .collect();
    let outputs = labels.len() + 1;
    let index: FxHashMap<Label, usize> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (*l, i + 1))
        .collect();
    let mut masks: FxHashMap<(EntityKind, EntityKind), Vec<bool>> = FxHashMap::default();
    let allowed: Vec<&Vec<bool>> = {
        for e in examples {
            masks
                .entry(e.ends)
                .or_insert_with(|| allowed_outputs(&labels, e.ends));
        }
        examples.iter().map(|e| &masks[&e.ends]).collect()
    };
    // `None`: a relation of a kind the model does not give.
    let y: Vec<Option<usize>> = examples
        .iter()
        .map(|e| match e.label {
            None => Some(0),
            Some(l) => index.get(&l).copied(),
        })
        .collect();
    let buckets = 1usize << opts.bits;
    let mut w = vec![0f32; buckets * outputs];
    let mut g2 = vec![0f32; buckets * outputs];
    let mut bias = vec![0f32; outputs];
    let mut bias_g2 = vec![0f32; outputs];
    let mut order: Vec<usize> = (0..examples.len())
        .filter(|&i| y[i].is_some_and(|o| allowed[i][o]))
        .filter(|&i| !(opts.unruled_only && examples[i].ruled_here))
        .collect();
    let y: Vec<usize> = y.into_iter().map(|o| o.unwrap_or(0)).collect();
    let mut rng = opts.seed.max(1);
    let mut z = vec![0f32; outputs];
    for _ in 0..opts.epochs {
        shuffle(&mut order, &mut rng);
        for &i in &order {
            let e = &examples[i];
            z.copy_from_slice(&bias);
            for &f in &e.feats {
                let row = &w[f as usize * outputs..(f as usize + 1) * outputs];
                for (a, r) in z.iter_mut().zip(row) {
                    *a += *r;
                }
            }
            mask(&mut z, allowed[i]);
            softmax(&mut z);
            for (o, p) in z.iter().enumerate() {
                if !allowed[i][o] {
                    continue;
                }
                let g = p - if o == y[i] { 1.0 } else { 0.0 };
                bias_g2[o] += g * g;
                bias[o] -= opts.rate * g / (bias_g2[o].sqrt() + 1e-6);
                for &f in &e.feats {
                    let k = f as usize * outputs + o;
                    let gk = g + opts.l2 * w[k];
                    g2[k] += gk * gk;
                    w[k] -= opts.rate * gk / (g2[k].sqrt() + 1e-6);
                }
            }
        }
    }
    let mut weights: FxHashMap<u32, Vec<(u8, f32)>> = FxHashMap::default();
    for b in 0..buckets {
        for o in 0..outputs {
            let v = w[b * outputs + o];
            if v.abs() >= opts.prune {
                weights.entry(b as u32).or_default().push((o as u8, v));
            }
        }
    }
    RelationModel {
        bits: opts.bits,
        labels,
        bias,
        weights,
        threshold: opts.threshold,
    }
}

/// Fisher–Yates with xorshift64: the same seed, the same order.
fn shuffle(order: &mut [usize], state: &mut u64) {
    for i in (1..order.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        let j = (*state % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Forty examples of a pair of organisations, half labelled a
    /// takeover (features 1, 2), half none (features 1, 3).
    fn deals(ruled_here: bool) -> Vec<Example> {
        let deal = Label::of(RelationKind::Acquired, true);
        (0..40u32)
            .map(|i| Example {
                feats: vec![1, if i % 2 == 0 { 2 } else { 3 }, 100 + i % 5],
                ends: (EntityKind::Org, EntityKind::Org),
                label: (i % 2 == 0).then_some(deal),
                ruled_here,
            })
            .collect()
    }

    #[test]
    fn a_model_limited_to_some_kinds_gives_no_other() {
        let opts = TrainOptions {
            bits: 10,
            kinds: vec![RelationKind::EmployeeOf],
            ..TrainOptions::default()
        };
        let model = train(&deals(false), &opts);
        assert!(
            model
                .labels
                .iter()
                .all(|l| l.kind == RelationKind::EmployeeOf)
        );
        let orgs = (EntityKind::Org, EntityKind::Org);
        assert!(model.predict(&[1, 2, 100], orgs).is_none());
        let all = TrainOptions {
            bits: 10,
            ..TrainOptions::default()
        };
        assert!(
            train(&deals(false), &all)
                .predict(&[1, 2, 100], orgs)
                .is_some()
        );
    }

    #[test]
    fn trained_on_unruled_pairs_only_it_learns_nothing_from_ruled_ones() {
        let opts = TrainOptions {
            bits: 10,
            unruled_only: true,
            ..TrainOptions::default()
        };
        let model = train(&deals(true), &opts);
        assert!(model.weights.is_empty(), "no example was trained on");
        let orgs = (EntityKind::Org, EntityKind::Org);
        assert!(model.predict(&[1, 2, 100], orgs).is_none());
    }
}
