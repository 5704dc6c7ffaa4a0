//! Structured averaged perceptron: hashed weight tables, BILOU-constrained
//! Viterbi decoding with max-marginal confidences (one forward pass shared
//! by both decoders), and training updates.

use std::borrow::Cow;

use super::features::SentFeats;
use super::layout::{StageParts, WeightTable};
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

/// Quantises float weights for the model file: i16 per tag with one scale
/// for the table, and only the buckets with a non-zero weight kept.
pub(crate) fn quantise(f: &FloatWeights) -> StageParts {
    let max = f.w.iter().fold(0f32, |m, &v| m.max(v.abs())).max(1e-9);
    let scale = 32000.0 / max;
    let q: Vec<i16> =
        f.w.iter()
            .map(|&v| (v * scale).round().clamp(-32767.0, 32767.0) as i16)
            .collect();
    let buckets = q.len() / NT;
    let ids: Vec<usize> = (0..buckets)
        .filter(|&r| q[r * NT..r * NT + NT].iter().any(|&v| v != 0))
        .collect();
    let mut columns: Vec<Vec<i16>> = (0..NT).map(|_| Vec::with_capacity(ids.len())).collect();
    for &r in &ids {
        for (k, col) in columns.iter_mut().enumerate() {
            col.push(q[r * NT + k]);
        }
    }
    StageParts {
        scale,
        trans: f.trans.clone(),
        ids,
        columns,
    }
}

/// The tagging weights of one or two stages (see `layout::WeightTable`):
/// a bitmap with rank counts maps a hashed bucket to its row (the bitmap
/// stays in cache, so a feature costs one miss), and a row holds both
/// stages' weights, so stage one's lookup also sums stage two's share.
#[derive(Clone, Debug)]
pub(crate) struct Weights {
    present: Cow<'static, [u64]>,
    rank: Cow<'static, [u32]>,
    rows: Cow<'static, [i16]>,
    /// Per stage, `(NT + 1) * NT` transitions.
    trans: Vec<f32>,
    scales: Vec<f32>,
}

/// Per token, stage two's integer score sums over stage one's features.
pub(crate) type Carry = Vec<[i32; NT]>;

impl Weights {
    /// Checks the table's shape; `None` when its parts do not fit together.
    pub(crate) fn new(
        present: Cow<'static, [u64]>,
        rank: Cow<'static, [u32]>,
        rows: Cow<'static, [i16]>,
        trans: Vec<f32>,
        scales: Vec<f32>,
    ) -> Option<Self> {
        let stages = scales.len();
        let total: usize = present.iter().map(|w| w.count_ones() as usize).sum();
        let ok = (1..=2).contains(&stages)
            && rank.len() == present.len()
            && trans.len() == stages * (NT + 1) * NT
            && rows.len() == total * stages * NT;
        ok.then_some(Weights {
            present,
            rank,
            rows,
            trans,
            scales,
        })
    }

    /// Owned weights from a model file's stages.
    pub(crate) fn from_table(t: WeightTable) -> Option<Self> {
        Self::new(
            Cow::Owned(t.present),
            Cow::Owned(t.rank),
            Cow::Owned(t.rows),
            t.trans,
            t.scales,
        )
    }

    /// Number of stages (1 or 2).
    pub(crate) fn stages(&self) -> usize {
        self.scales.len()
    }

    /// Transitions of stage `s` (0 or 1).
    pub(crate) fn transitions(&self, s: usize) -> &[f32] {
        &self.trans[s * (NT + 1) * NT..(s + 1) * (NT + 1) * NT]
    }

    /// Stage `s` as the model file stores it.
    pub(crate) fn stage_parts(&self, s: usize) -> StageParts {
        let width = self.stages() * NT;
        let mut ids = Vec::new();
        let mut columns: Vec<Vec<i16>> = vec![Vec::new(); NT];
        let mut row = 0usize;
        for (w, &bits) in self.present.iter().enumerate() {
            let mut b = bits;
            while b != 0 {
                let v = &self.rows[row * width + s * NT..row * width + s * NT + NT];
                if v.iter().any(|&x| x != 0) {
                    ids.push(w * 64 + b.trailing_zeros() as usize);
                    for (col, &x) in columns.iter_mut().zip(v) {
                        col.push(x);
                    }
                }
                b &= b - 1;
                row += 1;
            }
        }
        StageParts {
            scale: self.scales[s],
            trans: self.transitions(s).to_vec(),
            ids,
            columns,
        }
    }

    /// Where bucket `b`'s row starts in `rows`, if it has one.
    #[inline]
    fn row_start(present: &[u64], rank: &[u32], width: usize, b: u32) -> Option<usize> {
        let b = b as usize;
        let word = *present.get(b >> 6)?;
        let mask = 1u64 << (b & 63);
        if word & mask == 0 {
            return None;
        }
        let idx = *rank.get(b >> 6)? as usize + (word & (mask - 1)).count_ones() as usize;
        Some(idx * width)
    }

    /// Stage-one emissions (`n * NT`) of a sentence; with two stages, also
    /// stage two's sums over the same features, per token, into `carry`.
    pub(crate) fn stage_one(&self, feats: &SentFeats, out: &mut Vec<f32>, carry: &mut Carry) {
        let n = feats.len();
        out.clear();
        out.resize(n * NT, 0.0);
        carry.clear();
        let inv = 1.0 / self.scales[0];
        let (present, rank, rows) = (&*self.present, &*self.rank, &*self.rows);
        let two = self.stages() == 2;
        let width = self.stages() * NT;
        let mut found = Vec::with_capacity(64);
        for i in 0..n {
            // Two passes: first every bitmap lookup of the token (independent
            // loads the CPU can overlap), then the rows they point to.
            found.clear();
            found.extend(
                feats
                    .token(i)
                    .iter()
                    .filter_map(|&b| Self::row_start(present, rank, width, b)),
            );
            let mut acc = [0i32; 2 * NT];
            if two {
                sum_rows::<{ 2 * NT }>(rows, &found, &mut acc);
                let mut c = [0i32; NT];
                c.copy_from_slice(&acc[NT..]);
                carry.push(c);
            } else {
                let mut a = [0i32; NT];
                sum_rows::<NT>(rows, &found, &mut a);
                acc[..NT].copy_from_slice(&a);
            }
            for (o, a) in out[i * NT..(i + 1) * NT].iter_mut().zip(acc) {
                *o = a as f32 * inv;
            }
        }
    }

    /// Stage-two emissions: `carry` (stage two's share of stage one's
    /// features) plus the rows of the stage-two-only features `extra`.
    pub(crate) fn stage_two(&self, extra: &SentFeats, carry: &[[i32; NT]], out: &mut Vec<f32>) {
        let n = extra.len();
        out.clear();
        out.resize(n * NT, 0.0);
        let inv = 1.0 / self.scales[self.stages() - 1];
        let (present, rank, rows) = (&*self.present, &*self.rank, &*self.rows);
        let width = self.stages() * NT;
        for i in 0..n {
            let mut acc = carry.get(i).copied().unwrap_or([0; NT]);
            for &b in extra.token(i) {
                if let Some(start) = Self::row_start(present, rank, width, b)
                    && let Some(row) = rows.get(start + width - NT..start + width)
                {
                    for (a, r) in acc.iter_mut().zip(row) {
                        *a += i32::from(*r);
                    }
                }
            }
            for (o, a) in out[i * NT..(i + 1) * NT].iter_mut().zip(acc) {
                *o = a as f32 * inv;
            }
        }
    }
}

/// Adds the `W` weights at each of `starts` into `acc`.
#[inline]
fn sum_rows<const W: usize>(rows: &[i16], starts: &[usize], acc: &mut [i32; W]) {
    for &start in starts {
        if let Some(row) = rows.get(start..start + W) {
            for (a, r) in acc.iter_mut().zip(row) {
                *a += i32::from(*r);
            }
        }
    }
}

/// The legal transitions of BILOU as lists, so the decoding loops visit only
/// those (97 of the 289 tag pairs) and need no minus-infinity mask.
struct Lattice {
    /// `preds[y][..npred[y]]`: tags that may precede `y`, ascending.
    preds: [[u8; NT]; NT],
    npred: [u8; NT],
    /// `succs[y][..nsucc[y]]`: tags that may follow `y`, ascending.
    succs: [[u8; NT]; NT],
    nsucc: [u8; NT],
}

impl Lattice {
    const fn new() -> Self {
        let mut l = Lattice {
            preds: [[0; NT]; NT],
            npred: [0; NT],
            succs: [[0; NT]; NT],
            nsucc: [0; NT],
        };
        let mut p = 0;
        while p < NT {
            let mut y = 0;
            while y < NT {
                if allowed(p, y) {
                    l.preds[y][l.npred[y] as usize] = p as u8;
                    l.npred[y] += 1;
                    l.succs[p][l.nsucc[p] as usize] = y as u8;
                    l.nsucc[p] += 1;
                }
                y += 1;
            }
            p += 1;
        }
        l
    }

    #[inline]
    fn preds(&self, y: usize) -> &[u8] {
        &self.preds[y][..self.npred[y] as usize]
    }

    #[inline]
    fn succs(&self, y: usize) -> &[u8] {
        &self.succs[y][..self.nsucc[y] as usize]
    }
}

static LATTICE: Lattice = Lattice::new();

/// The forward max pass (Viterbi): `alpha[i * NT + y]` is the best score of a
/// legal path ending in tag `y` at token `i`, `back` its predecessor. Returns
/// the best legal final tag.
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
    for i in 1..n {
        let (done, rest) = alpha.split_at_mut(i * NT);
        let prev = &done[(i - 1) * NT..];
        let cur = &mut rest[..NT];
        for y in 0..NT {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for &p in LATTICE.preds(y) {
                let s = prev[p as usize] + trans[p as usize * NT + y];
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            cur[y] = best + em[i * NT + y];
            back[i * NT + y] = arg;
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
        for i in (0..n - 1).rev() {
            let (head, next) = beta.split_at_mut((i + 1) * NT);
            let next = &next[..NT];
            let em_next = &em[(i + 1) * NT..(i + 2) * NT];
            for y in 0..NT {
                let mut best = f32::NEG_INFINITY;
                for &q in LATTICE.succs(y) {
                    let q = q as usize;
                    best = best.max(trans[y * NT + q] + em_next[q] + next[q]);
                }
                head[i * NT + y] = best;
            }
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
