//! Training the relation model: multinomial logistic regression by
//! stochastic gradient descent with AdaGrad steps and L2 shrinkage, over
//! the examples in an order fixed by a seeded shuffle, so the same
//! examples always give the same model.

use rustc_hash::FxHashMap;

use super::model::{Label, RelationModel, all_labels, allowed_outputs, mask, softmax};
use crate::model::EntityKind;

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
}

/// Training settings.
#[derive(Clone, Copy, Debug)]
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
        }
    }
}

/// Trains a model on the examples: a softmax over "none" and the labels
/// each example's ends allow. An example whose gold label its ends do not
/// allow (an entity of the wrong kind) is left out.
pub fn train(examples: &[Example], opts: &TrainOptions) -> RelationModel {
    let labels = all_labels();
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
    let y: Vec<usize> = examples
        .iter()
        .map(|e| e.label.and_then(|l| index.get(&l).copied()).unwrap_or(0))
        .collect();
    let buckets = 1usize << opts.bits;
    let mut w = vec![0f32; buckets * outputs];
    let mut g2 = vec![0f32; buckets * outputs];
    let mut bias = vec![0f32; outputs];
    let mut bias_g2 = vec![0f32; outputs];
    let mut order: Vec<usize> = (0..examples.len()).filter(|&i| allowed[i][y[i]]).collect();
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
