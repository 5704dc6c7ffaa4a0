//! Structured averaged perceptron: hashed weight tables, BILOU-constrained
//! Viterbi decoding with max-marginal confidences (one forward pass shared
//! by both decoders), and training updates.

use super::features::SentFeats;
use super::tags::{NT, START, allowed, can_end};

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

/// Tags padded to a multiple of four lanes for the decoding loops.
const NTP: usize = NT.next_multiple_of(4);

/// `ALLOWED[p][y]`: whether tag `y` may follow `p`.
static ALLOWED: [[bool; NT]; NT] = {
    let mut a = [[false; NT]; NT];
    let mut p = 0;
    while p < NT {
        let mut y = 0;
        while y < NT {
            a[p][y] = allowed(p, y);
            y += 1;
        }
        p += 1;
    }
    a
};

/// Transition scores `[from][to]` with the pairs BILOU forbids (and the
/// padding) at minus infinity: they never win a maximum, so the decoding
/// loops need no branch and run over whole padded rows, which the compiler
/// vectorises. Also the same transposed, `[to][from]`.
fn masked(trans: &[f32]) -> ([[f32; NTP]; NT], [[f32; NTP]; NT]) {
    let mut m = [[f32::NEG_INFINITY; NTP]; NT];
    let mut t = [[f32::NEG_INFINITY; NTP]; NT];
    for p in 0..NT {
        for y in 0..NT {
            if ALLOWED[p][y] {
                m[p][y] = trans[p * NT + y];
                t[y][p] = trans[p * NT + y];
            }
        }
    }
    (m, t)
}

/// The forward max pass (Viterbi): `alpha[i * NT + y]` is the best score of a
/// legal path ending in tag `y` at token `i`, `back` its predecessor (the
/// first, in tag order, on a tie). Returns the best legal final tag.
fn forward(em: &[f32], trans: &[f32], alpha: &mut Vec<f32>, back: &mut Vec<u8>) -> usize {
    let n = em.len() / NT;
    debug_assert!(trans.len() >= (NT + 1) * NT);
    alpha.clear();
    alpha.resize(n * NT, f32::NEG_INFINITY);
    back.clear();
    back.resize(n * NT, 0);
    for y in 0..NT {
        if allowed(START, y) {
            alpha[y] = trans[START * NT + y] + em[y];
        }
    }
    let (m, _) = masked(trans);
    for i in 1..n {
        let (done, rest) = alpha.split_at_mut(i * NT);
        let prev = &done[(i - 1) * NT..i * NT];
        let mut best = [f32::NEG_INFINITY; NTP];
        let mut arg = [0u32; NTP];
        for (&pv, (row, p)) in prev.iter().zip(m.iter().zip(0u32..)) {
            for y in 0..NTP {
                let s = pv + row[y];
                let wins = s > best[y];
                best[y] = if wins { s } else { best[y] };
                arg[y] = if wins { p } else { arg[y] };
            }
        }
        let cur = &mut rest[..NT];
        let em = &em[i * NT..(i + 1) * NT];
        let back = &mut back[i * NT..(i + 1) * NT];
        for y in 0..NT {
            cur[y] = best[y] + em[y];
            back[y] = arg[y] as u8;
        }
    }
    let last = &alpha[(n - 1) * NT..];
    (0..NT)
        .filter(|&k| can_end(k))
        .fold(0, |b, k| if last[k] > last[b] { k } else { b })
}

/// Follows the back-pointers from tag `y` at the last token.
fn backtrack(back: &[u8], mut y: usize, out: &mut Vec<u8>) {
    let n = back.len() / NT;
    out.clear();
    out.resize(n, 0);
    for i in (0..n).rev() {
        out[i] = y as u8;
        if i > 0 {
            y = back[i * NT + y] as usize;
        }
    }
}

/// Scratch buffers of the decoders, kept across the sentences of a document.
#[derive(Default)]
pub(crate) struct Decoder {
    alpha: Vec<f32>,
    back: Vec<u8>,
    beta: Vec<f32>,
    path: Vec<u8>,
    out: Vec<(u8, f32)>,
}

impl Decoder {
    /// Best tag sequence under BILOU constraints.
    pub(crate) fn viterbi(&mut self, em: &[f32], trans: &[f32], out: &mut Vec<u8>) {
        out.clear();
        if em.len() < NT {
            return;
        }
        let last = forward(em, trans, &mut self.alpha, &mut self.back);
        backtrack(&self.back, last, out);
    }

    /// Viterbi path plus, per token, a confidence: the softmax over tags of the
    /// best score of any path through each tag (max-marginals), at `temperature`.
    pub(crate) fn decode_with_confidence(
        &mut self,
        em: &[f32],
        trans: &[f32],
        temperature: f32,
    ) -> &[(u8, f32)] {
        self.out.clear();
        let n = em.len() / NT;
        if n == 0 {
            return &self.out;
        }
        let last = forward(em, trans, &mut self.alpha, &mut self.back);
        backtrack(&self.back, last, &mut self.path);
        let beta = &mut self.beta;
        beta.clear();
        beta.resize(n * NT, 0.0);
        for y in 0..NT {
            if !can_end(y) {
                beta[(n - 1) * NT + y] = f32::NEG_INFINITY;
            }
        }
        let (_, to_from) = masked(trans);
        for i in (0..n - 1).rev() {
            let (head, next) = beta.split_at_mut((i + 1) * NT);
            let next = &next[..NT];
            let em_next = &em[(i + 1) * NT..(i + 2) * NT];
            let mut best = [f32::NEG_INFINITY; NTP];
            for (col, (&e, &x)) in to_from.iter().zip(em_next.iter().zip(next)) {
                for y in 0..NTP {
                    best[y] = best[y].max(col[y] + e + x);
                }
            }
            head[i * NT..(i + 1) * NT].copy_from_slice(&best[..NT]);
        }
        let t = temperature.max(1e-6);
        let (alpha, beta) = (&self.alpha, &self.beta);
        self.out.extend(self.path.iter().enumerate().map(|(i, &y)| {
            let a = &alpha[i * NT..i * NT + NT];
            let b = &beta[i * NT..i * NT + NT];
            let top = a[y as usize] + b[y as usize];
            // Terms more than 30 temperatures below the best add under e^-30: skip their exp.
            let floor = top - 30.0 * t;
            let mut z = 0f32;
            for (x, w) in a.iter().zip(b) {
                let v = x + w;
                if v > floor {
                    z += ((v - top) / t).exp();
                }
            }
            (
                y,
                if z > 0.0 {
                    (1.0 / z).clamp(0.0, 1.0)
                } else {
                    1.0
                },
            )
        }));
        &self.out
    }
}

/// Best tag sequence under BILOU constraints.
pub(crate) fn viterbi(em: &[f32], trans: &[f32], out: &mut Vec<u8>) {
    Decoder::default().viterbi(em, trans, out);
}

/// [`Decoder::decode_with_confidence`] with fresh buffers.
pub(crate) fn decode_with_confidence(
    em: &[f32],
    trans: &[f32],
    temperature: f32,
) -> Vec<(u8, f32)> {
    Decoder::default()
        .decode_with_confidence(em, trans, temperature)
        .to_vec()
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference decoder over all tag pairs, testing `allowed` each time.
    fn brute_viterbi(em: &[f32], trans: &[f32]) -> Vec<u8> {
        let n = em.len() / NT;
        let mut score = vec![f32::NEG_INFINITY; n * NT];
        let mut back = vec![0u8; n * NT];
        for y in 0..NT {
            if allowed(START, y) {
                score[y] = trans[START * NT + y] + em[y];
            }
        }
        for i in 1..n {
            for y in 0..NT {
                for p in 0..NT {
                    let s = score[(i - 1) * NT + p] + trans[p * NT + y];
                    if allowed(p, y) && s > score[i * NT + y] {
                        score[i * NT + y] = s;
                        back[i * NT + y] = p as u8;
                    }
                }
                score[i * NT + y] += em[i * NT + y];
            }
        }
        let last = &score[(n - 1) * NT..];
        let mut y = (0..NT)
            .filter(|&k| can_end(k))
            .fold(0, |b, k| if last[k] > last[b] { k } else { b });
        let mut out = vec![0u8; n];
        for i in (0..n).rev() {
            out[i] = y as u8;
            if i > 0 {
                y = back[i * NT + y] as usize;
            }
        }
        out
    }

    #[test]
    fn pruned_decoding_matches_the_full_lattice() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 40) as f32 / (1u64 << 24) as f32 * 8.0 - 4.0
        };
        for n in 1..40 {
            let em: Vec<f32> = (0..n * NT).map(|_| next()).collect();
            let trans: Vec<f32> = (0..(NT + 1) * NT).map(|_| next()).collect();
            let mut fast = Vec::new();
            viterbi(&em, &trans, &mut fast);
            let reference = brute_viterbi(&em, &trans);
            assert_eq!(fast, reference, "n = {n}");
            let conf = decode_with_confidence(&em, &trans, 1.0);
            assert_eq!(conf.iter().map(|&(y, _)| y).collect::<Vec<_>>(), reference);
            for w in reference.windows(2) {
                assert!(allowed(usize::from(w[0]), usize::from(w[1])));
            }
        }
    }

    #[test]
    fn viterbi_never_starts_with_inside() {
        let mut em = vec![0.0; 2 * NT];
        em[2] = 5.0; // I-PER on the first token
        em[NT + 1] = 5.0; // B-PER on the last
        let trans = vec![0.0; (NT + 1) * NT];
        let mut out = Vec::new();
        viterbi(&em, &trans, &mut out);
        assert_ne!(out[0], 2);
        assert_ne!(out[1], 1);
        let conf = decode_with_confidence(&em, &trans, 1.0);
        assert!(conf.iter().all(|&(_, c)| (0.0..=1.0).contains(&c)));
    }
}
