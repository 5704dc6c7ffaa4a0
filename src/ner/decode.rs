//! BILOU-constrained decoding: Viterbi and max-marginal confidences (one
//! forward pass shared by both), over the few transitions BILOU allows.
//!
//! Of the 17 × 17 tag pairs BILOU allows 97: a tag that closes an entity
//! or is outside one (O, L-x, U-x; the sentence start too) may be followed
//! by one that starts fresh (O, B-x, U-x), and an open entity (B-x, I-x)
//! only by its own I-x or L-x. The loops walk those pairs and no others,
//! adding and comparing exactly what a walk over all pairs would, in the
//! same order, so the paths and confidences are the same to the bit.

use super::lanes::Lanes;
use super::tags::{NT, START, allowed, can_end};

/// Tags that close an entity or are outside one, ascending.
const CLOSED: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];
/// Tags that may follow a closed tag, ascending.
const FRESH: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];
/// Lanes of the closed-to-fresh loops: nine, padded for the vector units.
const LANES: usize = 12;
/// Number of labels (each has B, I, L, U).
const LABELS: usize = 4;

/// `(B, I, L)` of label `l`.
#[inline]
const fn open_tags(l: usize) -> (usize, usize, usize) {
    (1 + 4 * l, 2 + 4 * l, 3 + 4 * l)
}

/// Whether `CLOSED`, `FRESH` and `open_tags` describe `allowed` exactly.
const fn pairs_match_allowed() -> bool {
    let mut p = 0;
    while p <= START {
        let mut y = 0;
        while y < NT {
            let closed_pair = (p == START || contains(&CLOSED, p)) && contains(&FRESH, y);
            let open_pair = p < NT && {
                let l = (p.saturating_sub(1)) / 4;
                let (b, i, last) = open_tags(if l < LABELS { l } else { 0 });
                (p == b || p == i) && (y == i || y == last)
            };
            if allowed(p, y) != (closed_pair || open_pair) {
                return false;
            }
            y += 1;
        }
        p += 1;
    }
    true
}

const fn contains(set: &[usize; 9], x: usize) -> bool {
    let mut k = 0;
    while k < set.len() {
        if set[k] == x {
            return true;
        }
        k += 1;
    }
    false
}

const _: () = assert!(pairs_match_allowed());

/// The allowed transition scores of one transition matrix, laid out for
/// the decoding loops.
#[derive(Clone, Debug)]
pub(crate) struct Lattice {
    /// Sentence start to each tag, minus infinity where not allowed.
    start: [f32; NT],
    /// `[k][j]`: `CLOSED[k]` to `FRESH[j]` (padding lanes: minus infinity).
    closed: [[f32; LANES]; 9],
    /// `[j][k]`: the same, transposed.
    closed_t: [[f32; LANES]; 9],
    /// Per label: B→I, I→I, B→L, I→L.
    open: [[f32; 4]; LABELS],
}

impl Lattice {
    /// From a `(NT + 1) * NT` transition matrix (last row: sentence start).
    pub(crate) fn new(trans: &[f32]) -> Self {
        let t = |p: usize, y: usize| trans.get(p * NT + y).copied().unwrap_or(0.0);
        let mut start = [f32::NEG_INFINITY; NT];
        for (y, s) in start.iter_mut().enumerate() {
            if allowed(START, y) {
                *s = t(START, y);
            }
        }
        let mut closed = [[f32::NEG_INFINITY; LANES]; 9];
        let mut closed_t = [[f32::NEG_INFINITY; LANES]; 9];
        for (k, &p) in CLOSED.iter().enumerate() {
            for (j, &y) in FRESH.iter().enumerate() {
                closed[k][j] = t(p, y);
                closed_t[j][k] = t(p, y);
            }
        }
        let open = std::array::from_fn(|l| {
            let (b, i, last) = open_tags(l);
            [t(b, i), t(i, i), t(b, last), t(i, last)]
        });
        Lattice {
            start,
            closed,
            closed_t,
            open,
        }
    }
}

/// The better of two candidates, the first on a tie (and tag 0 when
/// neither beats minus infinity), as a walk over all tags in order gives.
#[inline]
fn pick(s1: f32, p1: usize, s2: f32, p2: usize) -> (f32, u8) {
    let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
    if s1 > best {
        (best, arg) = (s1, p1 as u8);
    }
    if s2 > best {
        (best, arg) = (s2, p2 as u8);
    }
    (best, arg)
}

/// The forward max pass (Viterbi): `alpha[i * NT + y]` is the best score of a
/// legal path ending in tag `y` at token `i`. Returns the best legal final
/// tag. The predecessors are not kept: [`backtrack`] works out the one of
/// each token of the best path from these scores, by the same sums and
/// comparisons (keeping all 17 a token, an integer picked by a float
/// comparison one lane at a time, was a third of the pass).
#[inline(always)]
fn forward(em: &[f32], lat: &Lattice, alpha: &mut Vec<f32>) -> usize {
    let n = em.len() / NT;
    alpha.clear();
    alpha.resize(n * NT, f32::NEG_INFINITY);
    for y in 0..NT {
        if allowed(START, y) {
            alpha[y] = lat.start[y] + em[y];
        }
    }
    for i in 1..n {
        let (done, rest) = alpha.split_at_mut(i * NT);
        let prev = &done[(i - 1) * NT..i * NT];
        let mut best = [f32::NEG_INFINITY; LANES];
        for (&p, row) in CLOSED.iter().zip(&lat.closed) {
            let pv = prev[p];
            for j in 0..LANES {
                let s = pv + row[j];
                best[j] = if s > best[j] { s } else { best[j] };
            }
        }
        let cur = &mut rest[..NT];
        let em = &em[i * NT..(i + 1) * NT];
        for (j, &y) in FRESH.iter().enumerate() {
            cur[y] = best[j] + em[y];
        }
        for (l, t) in lat.open.iter().enumerate() {
            let (b, inside, last) = open_tags(l);
            cur[inside] = pick(prev[b] + t[0], b, prev[inside] + t[1], inside).0 + em[inside];
            cur[last] = pick(prev[b] + t[2], b, prev[inside] + t[3], inside).0 + em[last];
        }
    }
    let last = &alpha[(n - 1) * NT..];
    (0..NT)
        .filter(|&k| can_end(k))
        .fold(0, |b, k| if last[k] > last[b] { k } else { b })
}

/// The tag before `y` on the best path to it, from the scores `prev` of the
/// token before: the first, in tag order, of the best (tag 0 when none
/// beats minus infinity), as [`forward`] compared them.
fn predecessor(prev: &[f32], lat: &Lattice, y: usize) -> usize {
    if let Some(j) = FRESH.iter().position(|&f| f == y) {
        let (mut best, mut arg) = (f32::NEG_INFINITY, 0);
        for (&p, row) in CLOSED.iter().zip(&lat.closed) {
            let s = prev[p] + row[j];
            if s > best {
                (best, arg) = (s, p);
            }
        }
        return arg;
    }
    // An open label's inside or last tag: from its own B or I.
    let l = (y - 1) / 4;
    let (b, inside, last) = open_tags(l);
    let t = &lat.open[l];
    let k = if y == last { 2 } else { 0 };
    debug_assert!(y == inside || y == last);
    usize::from(pick(prev[b] + t[k], b, prev[inside] + t[k + 1], inside).1)
}

/// The backward max pass: `beta[i * NT + y]` is the best score of a legal
/// continuation after tag `y` at token `i` (emissions of later tokens and
/// transitions, added as `(transition + emission) + rest`).
///
/// Only the tokens from `from` on are worked out (each token's scores
/// need only those after it); the others are left at zero.
#[inline(always)]
fn backward(em: &[f32], lat: &Lattice, beta: &mut Vec<f32>, from: usize) {
    let n = em.len() / NT;
    beta.clear();
    beta.resize(n * NT, 0.0);
    for y in 0..NT {
        if !can_end(y) {
            beta[(n - 1) * NT + y] = f32::NEG_INFINITY;
        }
    }
    for i in (from.min(n)..n.saturating_sub(1)).rev() {
        let (head, next) = beta.split_at_mut((i + 1) * NT);
        let next = &next[..NT];
        let em_next = &em[(i + 1) * NT..(i + 2) * NT];
        let mut best = [f32::NEG_INFINITY; LANES];
        // The larger by `>`, as `forward` compares. `f32::max` gives the
        // same scores (it differs only by passing over a NaN, and no
        // score is one), but its checks for one were two fifths of this
        // pass's instructions.
        for (&z, col) in FRESH.iter().zip(&lat.closed_t) {
            let (e, x) = (em_next[z], next[z]);
            for k in 0..LANES {
                let s = col[k] + e + x;
                best[k] = if s > best[k] { s } else { best[k] };
            }
        }
        let cur = &mut head[i * NT..(i + 1) * NT];
        for (k, &y) in CLOSED.iter().enumerate() {
            cur[y] = best[k];
        }
        for (l, t) in lat.open.iter().enumerate() {
            let (b, inside, last) = open_tags(l);
            let to = |tr: f32, z: usize| tr + em_next[z] + next[z];
            cur[b] = f32::NEG_INFINITY.max(to(t[0], inside)).max(to(t[2], last));
            cur[inside] = f32::NEG_INFINITY.max(to(t[1], inside)).max(to(t[3], last));
        }
    }
}

/// Follows the best path back from tag `y` at the last token.
#[inline(always)]
fn backtrack(alpha: &[f32], lat: &Lattice, mut y: usize, out: &mut Vec<u8>) {
    let n = alpha.len() / NT;
    out.clear();
    out.resize(n, 0);
    for i in (0..n).rev() {
        out[i] = y as u8;
        if i > 0 {
            y = predecessor(&alpha[(i - 1) * NT..i * NT], lat, y);
        }
    }
}

/// Scratch buffers of the decoders, kept across the sentences of a document.
///
/// The passes are compiled twice (see `lanes`): with AVX2 a lane of
/// scores is added and compared as with SSE2, in wider vectors and fewer
/// instructions; each score is the same float operations in the same
/// order, so the paths and confidences are the same to the bit.
#[derive(Default)]
pub(crate) struct Decoder {
    alpha: Vec<f32>,
    beta: Vec<f32>,
    path: Vec<u8>,
    out: Vec<(u8, f32)>,
    lanes: Lanes,
}

impl Decoder {
    /// Buffers decoding with `lanes` (the results are the same with any).
    #[cfg(test)]
    fn with_lanes(lanes: Lanes) -> Self {
        Decoder {
            lanes,
            ..Decoder::default()
        }
    }

    /// Best tag sequence under BILOU constraints.
    pub(crate) fn viterbi(&mut self, em: &[f32], lat: &Lattice, out: &mut Vec<u8>) {
        match self.lanes {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: a `Lanes::Avx2` holds the proof that the processor has AVX2.
            Lanes::Avx2(_) => unsafe { self.viterbi_avx2(em, lat, out) },
            _ => self.viterbi_with(em, lat, out),
        }
    }

    /// [`Decoder::viterbi`] compiled for AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn viterbi_avx2(&mut self, em: &[f32], lat: &Lattice, out: &mut Vec<u8>) {
        self.viterbi_with(em, lat, out);
    }

    /// [`Decoder::viterbi`], compiled into each vector width.
    #[inline(always)]
    fn viterbi_with(&mut self, em: &[f32], lat: &Lattice, out: &mut Vec<u8>) {
        out.clear();
        if em.len() < NT {
            return;
        }
        let last = forward(em, lat, &mut self.alpha);
        backtrack(&self.alpha, lat, last, out);
    }

    /// Viterbi path plus, per token, a confidence: the softmax over tags of the
    /// best score of any path through each tag (max-marginals), at `temperature`.
    pub(crate) fn decode_with_confidence(
        &mut self,
        em: &[f32],
        lat: &Lattice,
        temperature: f32,
    ) -> &[(u8, f32)] {
        self.decode(em, lat, temperature, true)
    }

    /// [`Decoder::decode_with_confidence`] with the confidences of tokens
    /// outside any entity (tag 0) left at 1 and not worked out, nor the
    /// backward pass of a sentence with no entity: a reader of names only
    /// (most tokens are outside one) need not pay for them.
    pub(crate) fn decode_with_name_confidence(
        &mut self,
        em: &[f32],
        lat: &Lattice,
        temperature: f32,
    ) -> &[(u8, f32)] {
        self.decode(em, lat, temperature, false)
    }

    fn decode(
        &mut self,
        em: &[f32],
        lat: &Lattice,
        temperature: f32,
        outside: bool,
    ) -> &[(u8, f32)] {
        match self.lanes {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: a `Lanes::Avx2` holds the proof that the processor has AVX2.
            Lanes::Avx2(_) => unsafe { self.decode_avx2(em, lat, temperature, outside) },
            _ => self.decode_with(em, lat, temperature, outside),
        }
        &self.out
    }

    /// [`Decoder::decode`] compiled for AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn decode_avx2(&mut self, em: &[f32], lat: &Lattice, temperature: f32, outside: bool) {
        self.decode_with(em, lat, temperature, outside);
    }

    /// [`Decoder::decode`] into `self.out`, compiled into each vector width.
    #[inline(always)]
    fn decode_with(&mut self, em: &[f32], lat: &Lattice, temperature: f32, outside: bool) {
        self.out.clear();
        if em.len() < NT {
            return;
        }
        let last = forward(em, lat, &mut self.alpha);
        backtrack(&self.alpha, lat, last, &mut self.path);
        if !outside && self.path.iter().all(|&y| y == 0) {
            self.out.extend(self.path.iter().map(|&y| (y, 1.0)));
            return;
        }
        // A reader of names needs the scores of the tokens from the first
        // one inside a name on.
        let from = if outside {
            0
        } else {
            self.path.iter().position(|&y| y != 0).unwrap_or(0)
        };
        backward(em, lat, &mut self.beta, from);
        let t = temperature.max(1e-6);
        let (alpha, beta) = (&self.alpha, &self.beta);
        self.out.extend(self.path.iter().enumerate().map(|(i, &y)| {
            if !outside && y == 0 {
                return (y, 1.0);
            }
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
    }
}

/// Best tag sequence under BILOU constraints.
pub(crate) fn viterbi(em: &[f32], trans: &[f32], out: &mut Vec<u8>) {
    Decoder::default().viterbi(em, &Lattice::new(trans), out);
}

/// [`Decoder::decode_with_confidence`] with fresh buffers.
pub(crate) fn decode_with_confidence(
    em: &[f32],
    trans: &[f32],
    temperature: f32,
) -> Vec<(u8, f32)> {
    Decoder::default()
        .decode_with_confidence(em, &Lattice::new(trans), temperature)
        .to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference decoder over all tag pairs, testing `allowed` each time:
    /// the Viterbi path, forward scores and backward scores.
    fn full_lattice(em: &[f32], trans: &[f32]) -> (Vec<u8>, Vec<f32>, Vec<f32>) {
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
                let mut best = f32::NEG_INFINITY;
                for p in 0..NT {
                    let s = score[(i - 1) * NT + p] + trans[p * NT + y];
                    if allowed(p, y) && s > best {
                        best = s;
                        back[i * NT + y] = p as u8;
                    }
                }
                score[i * NT + y] = best + em[i * NT + y];
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
        let mut beta = vec![0f32; n * NT];
        for y in 0..NT {
            if !can_end(y) {
                beta[(n - 1) * NT + y] = f32::NEG_INFINITY;
            }
        }
        for i in (0..n - 1).rev() {
            for y in 0..NT {
                let mut best = f32::NEG_INFINITY;
                for z in 0..NT {
                    if allowed(y, z) {
                        let v = trans[y * NT + z] + em[(i + 1) * NT + z] + beta[(i + 1) * NT + z];
                        best = best.max(v);
                    }
                }
                beta[i * NT + y] = best;
            }
        }
        (out, score, beta)
    }

    fn random_values(seed: &mut u64, n: usize) -> Vec<f32> {
        (0..n)
            .map(|_| {
                *seed ^= *seed << 13;
                *seed ^= *seed >> 7;
                *seed ^= *seed << 17;
                // Coarse values, so that ties happen.
                ((*seed >> 40) % 17) as f32 / 2.0 - 4.0
            })
            .collect()
    }

    #[test]
    fn pruned_decoding_matches_the_full_lattice() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for n in 1..40 {
            let em = random_values(&mut seed, n * NT);
            let trans = random_values(&mut seed, (NT + 1) * NT);
            let lat = Lattice::new(&trans);
            let (reference, alpha, beta) = full_lattice(&em, &trans);
            // Each vector width (AVX2 where the processor has it) to the bit.
            let mut confidences = Vec::new();
            for lanes in [Lanes::Plain, Lanes::best()] {
                let mut dec = Decoder::with_lanes(lanes);
                let mut fast = Vec::new();
                dec.viterbi(&em, &lat, &mut fast);
                assert_eq!(fast, reference, "n = {n}, {lanes:?}");
                let conf = dec.decode_with_confidence(&em, &lat, 1.0).to_vec();
                assert_eq!(conf.iter().map(|&(y, _)| y).collect::<Vec<_>>(), reference);
                let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                assert_eq!(bits(&dec.alpha), bits(&alpha), "n = {n}, {lanes:?}");
                assert_eq!(bits(&dec.beta), bits(&beta), "n = {n}, {lanes:?}");
                let names = dec.decode_with_name_confidence(&em, &lat, 1.0).to_vec();
                confidences.push(bits(
                    &conf.iter().chain(&names).map(|c| c.1).collect::<Vec<_>>(),
                ));
            }
            assert_eq!(confidences[0], confidences[1], "n = {n}");
            for w in reference.windows(2) {
                assert!(allowed(usize::from(w[0]), usize::from(w[1])));
            }
        }
    }

    #[test]
    fn name_confidences_are_the_full_ones() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for n in 1..30 {
            let em = random_values(&mut seed, n * NT);
            let trans = random_values(&mut seed, (NT + 1) * NT);
            let lat = Lattice::new(&trans);
            let mut dec = Decoder::default();
            let full = dec.decode_with_confidence(&em, &lat, 2.0).to_vec();
            let names = dec.decode_with_name_confidence(&em, &lat, 2.0).to_vec();
            for (f, m) in full.iter().zip(&names) {
                assert_eq!(f.0, m.0);
                let want = if f.0 == 0 { 1.0 } else { f.1 };
                assert_eq!(m.1.to_bits(), want.to_bits(), "n = {n}");
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
