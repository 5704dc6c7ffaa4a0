//! Structured averaged perceptron: hashed float weight tables and training
//! updates (decoding: `decode`).

use super::decode::viterbi;
use super::features::SentFeats;
use super::tags::{NT, START};

/// Something that scores tags from feature buckets.
pub(crate) trait Scorer {
    /// Emission scores, `n * NT`.
    fn emissions(&self, feats: &SentFeats, out: &mut Vec<f32>);
    /// Transition scores, `(NT + 1) * NT` (last row: sentence start).
    fn transitions(&self) -> &[f32];
}

/// Float weights (training, and averaged snapshots).
#[derive(Clone)]
pub(crate) struct FloatWeights {
    pub(crate) w: Vec<f32>,
    pub(crate) trans: Vec<f32>,
}

impl FloatWeights {
    pub(crate) fn zeros(bits: u32) -> Self {
        FloatWeights {
            w: vec![0.0; (1usize << bits) * NT],
            trans: vec![0.0; (NT + 1) * NT],
        }
    }
}

impl Scorer for FloatWeights {
    fn emissions(&self, feats: &SentFeats, out: &mut Vec<f32>) {
        let n = feats.len();
        out.clear();
        out.resize(n * NT, 0.0);
        for i in 0..n {
            let acc = &mut out[i * NT..(i + 1) * NT];
            for &b in feats.token(i) {
                let row = &self.w[b as usize * NT..b as usize * NT + NT];
                for (a, r) in acc.iter_mut().zip(row) {
                    *a += *r;
                }
            }
        }
    }

    fn transitions(&self) -> &[f32] {
        &self.trans
    }
}

/// An averaged structured perceptron being trained.
pub(crate) struct Trainer {
    cur: FloatWeights,
    /// Sum of `c * update` (the lazy-averaging trick).
    acc: FloatWeights,
    c: f32,
    em: Vec<f32>,
    pred: Vec<u8>,
}

impl Trainer {
    pub(crate) fn new(bits: u32) -> Self {
        Trainer {
            cur: FloatWeights::zeros(bits),
            acc: FloatWeights::zeros(bits),
            c: 1.0,
            em: Vec::new(),
            pred: Vec::new(),
        }
    }

    /// One perceptron step on a sentence; returns whether it was tagged right.
    pub(crate) fn learn(&mut self, feats: &SentFeats, gold: &[u8]) -> bool {
        self.cur.emissions(feats, &mut self.em);
        viterbi(&self.em, &self.cur.trans, &mut self.pred);
        let right = self.pred == gold;
        if !right {
            let c = self.c;
            for i in 0..gold.len() {
                let (g, p) = (gold[i] as usize, self.pred[i] as usize);
                if g != p {
                    for &b in feats.token(i) {
                        let b = b as usize * NT;
                        self.cur.w[b + g] += 1.0;
                        self.cur.w[b + p] -= 1.0;
                        self.acc.w[b + g] += c;
                        self.acc.w[b + p] -= c;
                    }
                }
                let gp = if i == 0 { START } else { gold[i - 1] as usize };
                let pp = if i == 0 {
                    START
                } else {
                    self.pred[i - 1] as usize
                };
                if gp != pp || g != p {
                    self.cur.trans[gp * NT + g] += 1.0;
                    self.cur.trans[pp * NT + p] -= 1.0;
                    self.acc.trans[gp * NT + g] += c;
                    self.acc.trans[pp * NT + p] -= c;
                }
            }
        }
        self.c += 1.0;
        right
    }

    /// The averaged weights so far.
    pub(crate) fn averaged(&self) -> FloatWeights {
        let c = self.c;
        let avg = |cur: &[f32], acc: &[f32]| -> Vec<f32> {
            cur.iter().zip(acc).map(|(w, a)| w - a / c).collect()
        };
        FloatWeights {
            w: avg(&self.cur.w, &self.acc.w),
            trans: avg(&self.cur.trans, &self.acc.trans),
        }
    }
}
