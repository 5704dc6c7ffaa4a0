//! The tagging weights: quantised from training, stored for both stages
//! in one table, and summed into emission scores.

use std::borrow::Cow;

use super::decode::Lattice;
use super::features::SentFeats;
use super::lanes::Lanes;
use super::layout::{StageParts, WeightTable};
use super::perceptron::FloatWeights;
use super::tags::NT;

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
    /// Bitmap and rank words, two per 64 buckets (`layout::WeightTable`).
    index: Cow<'static, [u64]>,
    rows: Cow<'static, [i16]>,
    /// Per stage, `(NT + 1) * NT` transitions.
    trans: Vec<f32>,
    /// Per stage, the transitions laid out for decoding.
    lattices: Vec<Lattice>,
    scales: Vec<f32>,
    /// The vector width the sums are made with (the same sums either way).
    pub(super) lanes: Lanes,
}

/// Per token, stage two's integer score sums over stage one's features.
pub(crate) type Carry = Vec<[i32; NT]>;

/// Scratch buffers of [`Weights::stage_one`], kept across sentences: the
/// rows found for each token's features.
#[derive(Default)]
pub(crate) struct Lookups {
    found: Vec<usize>,
    offs: Vec<usize>,
}

impl Weights {
    /// Checks the table's shape; `None` when its parts do not fit together.
    pub(crate) fn new(
        index: Cow<'static, [u64]>,
        rows: Cow<'static, [i16]>,
        trans: Vec<f32>,
        scales: Vec<f32>,
    ) -> Option<Self> {
        let stages = scales.len();
        let total: usize = index
            .iter()
            .step_by(2)
            .map(|w| w.count_ones() as usize)
            .sum();
        let ok = (1..=2).contains(&stages)
            && index.len().is_multiple_of(2)
            && trans.len() == stages * (NT + 1) * NT
            && rows.len() == total * stages * NT;
        let lattices = trans
            .chunks_exact((NT + 1) * NT)
            .map(Lattice::new)
            .collect();
        ok.then_some(Weights {
            index,
            rows,
            trans,
            lattices,
            scales,
            lanes: Lanes::best(),
        })
    }

    /// The same weights summed with `lanes` (tests compare the widths).
    #[cfg(test)]
    pub(crate) fn with_lanes(mut self, lanes: Lanes) -> Self {
        self.lanes = lanes;
        self
    }

    /// Owned weights from a model file's stages.
    pub(crate) fn from_table(t: WeightTable) -> Option<Self> {
        Self::new(Cow::Owned(t.index), Cow::Owned(t.rows), t.trans, t.scales)
    }

    /// Number of stages (1 or 2).
    pub(crate) fn stages(&self) -> usize {
        self.scales.len()
    }

    /// Transitions of stage `s` (0 or 1).
    pub(crate) fn transitions(&self, s: usize) -> &[f32] {
        &self.trans[s * (NT + 1) * NT..(s + 1) * (NT + 1) * NT]
    }

    /// Transitions of stage `s`, laid out for decoding.
    pub(crate) fn lattice(&self, s: usize) -> &Lattice {
        &self.lattices[s]
    }

    /// Stage `s` as the model file stores it.
    pub(crate) fn stage_parts(&self, s: usize) -> StageParts {
        let width = self.stages() * NT;
        let mut ids = Vec::new();
        let mut columns: Vec<Vec<i16>> = vec![Vec::new(); NT];
        let mut row = 0usize;
        for (w, &bits) in self.index.iter().step_by(2).enumerate() {
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
    #[inline(always)]
    fn row_start(index: &[u64], width: usize, b: u32) -> Option<usize> {
        let b = b as usize;
        let pair = index.get(2 * (b >> 6)..2 * (b >> 6) + 2)?;
        let mask = 1u64 << (b & 63);
        if pair[0] & mask == 0 {
            return None;
        }
        let idx = pair[1] as usize + (pair[0] & (mask - 1)).count_ones() as usize;
        Some(idx * width)
    }

    /// Both stages' weights of `buckets` summed: stage one's, then stage
    /// two's (zeros for one stage).
    pub(crate) fn sum_buckets(&self, buckets: &[u32]) -> [i32; 2 * NT] {
        match self.lanes {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: a `Lanes::Avx2` holds the proof that the processor has AVX2.
            Lanes::Avx2(_) => unsafe { self.sum_buckets_avx2(buckets) },
            _ => self.sum_buckets_with(buckets),
        }
    }

    /// [`Weights::sum_buckets`] compiled for AVX2 (and POPCNT).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,popcnt")]
    fn sum_buckets_avx2(&self, buckets: &[u32]) -> [i32; 2 * NT] {
        self.sum_buckets_with(buckets)
    }

    /// [`Weights::sum_buckets`], compiled into each of its widths.
    #[inline(always)]
    fn sum_buckets_with(&self, buckets: &[u32]) -> [i32; 2 * NT] {
        let width = self.stages() * NT;
        let mut acc = [0i32; 2 * NT];
        let starts = buckets
            .iter()
            .filter_map(|&b| Self::row_start(&self.index, width, b));
        // Rows of a width known when compiling: its adds go in vectors,
        // where a width read at run time left them one by one (most of
        // what a word seen for the first time costs).
        if width == 2 * NT {
            sum_rows(&self.rows, starts, &mut acc);
        } else {
            let mut a = [0i32; NT];
            sum_rows(&self.rows, starts, &mut a);
            acc[..NT].copy_from_slice(&a);
        }
        acc
    }

    /// The last stage's weights of `buckets` summed (stage two's share of
    /// each row, for a two-stage model).
    pub(crate) fn sum_last_stage(&self, buckets: &[u32]) -> [i32; NT] {
        let width = self.stages() * NT;
        let mut acc = [0i32; NT];
        let starts = buckets
            .iter()
            .filter_map(|&b| Self::row_start(&self.index, width, b))
            .map(|start| start + width - NT);
        sum_rows(&self.rows, starts, &mut acc);
        acc
    }

    /// [`Weights::sum_buckets`] of each of the groups of `buckets` (group
    /// `k` ends where `ends[k]` says, the next starts there) into `out[k]`:
    /// what a word gives each of its neighbours, summed in one call (four
    /// calls, each returning its sums, were a fifth of a new word's cost).
    pub(crate) fn sum_groups<const G: usize>(
        &self,
        buckets: &[u32],
        ends: &[usize; G],
        out: &mut [[i32; 2 * NT]; G],
    ) {
        match self.lanes {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: a `Lanes::Avx2` holds the proof that the processor has AVX2.
            Lanes::Avx2(_) => unsafe { self.sum_groups_avx2(buckets, ends, out) },
            _ => self.sum_groups_with(buckets, ends, out),
        }
    }

    /// [`Weights::sum_groups`] compiled for AVX2 (and POPCNT).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,popcnt")]
    fn sum_groups_avx2<const G: usize>(
        &self,
        buckets: &[u32],
        ends: &[usize; G],
        out: &mut [[i32; 2 * NT]; G],
    ) {
        self.sum_groups_with(buckets, ends, out);
    }

    /// [`Weights::sum_groups`], compiled into each of its widths.
    #[inline(always)]
    fn sum_groups_with<const G: usize>(
        &self,
        buckets: &[u32],
        ends: &[usize; G],
        out: &mut [[i32; 2 * NT]; G],
    ) {
        let mut start = 0;
        for (sums, &end) in out.iter_mut().zip(ends) {
            let group = buckets.get(start..end).unwrap_or(&[]);
            *sums = self.sum_buckets_with(group);
            start = end;
        }
    }

    /// Stage-one emissions (`n * NT`) of a sentence from its features plus,
    /// per token, `base` (sums of further features, as [`Weights::sum_buckets`]
    /// gives them; zeros where `base` is short); with two stages, also stage
    /// two's sums over the same features, per token, appended to `carry`.
    pub(crate) fn stage_one(
        &self,
        feats: &SentFeats,
        base: &[[i32; 2 * NT]],
        out: &mut Vec<f32>,
        carry: &mut Carry,
        scratch: &mut Lookups,
    ) {
        match self.lanes {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: a `Lanes::Avx2` holds the proof that the processor has AVX2.
            Lanes::Avx2(_) => unsafe { self.stage_one_avx2(feats, base, out, carry, scratch) },
            _ => self.stage_one_with(feats, base, out, carry, scratch),
        }
    }

    /// [`Weights::stage_one`] compiled for AVX2 (and POPCNT): a row's
    /// eight weights widened and added in two instructions where SSE2
    /// takes four, a bucket's rank counted in one where it takes twenty.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,popcnt")]
    fn stage_one_avx2(
        &self,
        feats: &SentFeats,
        base: &[[i32; 2 * NT]],
        out: &mut Vec<f32>,
        carry: &mut Carry,
        scratch: &mut Lookups,
    ) {
        self.stage_one_with(feats, base, out, carry, scratch);
    }

    /// [`Weights::stage_one`], compiled into each of its widths.
    #[inline(always)]
    fn stage_one_with(
        &self,
        feats: &SentFeats,
        base: &[[i32; 2 * NT]],
        out: &mut Vec<f32>,
        carry: &mut Carry,
        scratch: &mut Lookups,
    ) {
        let n = feats.len();
        out.clear();
        out.resize(n * NT, 0.0);
        let inv = 1.0 / self.scales[0];
        let (index, rows) = (&*self.index, &*self.rows);
        let two = self.stages() == 2;
        let width = self.stages() * NT;
        // Three passes over the sentence: every bitmap lookup (independent
        // loads the CPU can overlap), then one load from each cache line of
        // every row found (so they are fetched together, not one row after
        // the other), then the sums, from cache.
        let Lookups { found, offs } = scratch;
        found.clear();
        offs.clear();
        offs.push(0);
        for i in 0..n {
            found.extend(
                feats
                    .token(i)
                    .iter()
                    .filter_map(|&b| Self::row_start(index, width, b)),
            );
            offs.push(found.len());
        }
        let mut touch = 0i16;
        for &start in found.iter() {
            touch ^= rows.get(start).copied().unwrap_or(0);
            touch ^= rows.get(start + width - 1).copied().unwrap_or(0);
        }
        std::hint::black_box(touch);
        for i in 0..n {
            let found = &found[offs[i]..offs[i + 1]];
            let mut acc = base.get(i).copied().unwrap_or([0; 2 * NT]);
            if two {
                sum_rows(rows, found.iter().copied(), &mut acc);
                let mut c = [0i32; NT];
                c.copy_from_slice(&acc[NT..]);
                carry.push(c);
            } else {
                let mut a = [0i32; NT];
                a.copy_from_slice(&acc[..NT]);
                sum_rows(rows, found.iter().copied(), &mut a);
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
        match self.lanes {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: a `Lanes::Avx2` holds the proof that the processor has AVX2.
            Lanes::Avx2(_) => unsafe { self.stage_two_avx2(extra, carry, out) },
            _ => self.stage_two_with(extra, carry, out),
        }
    }

    /// [`Weights::stage_two`] compiled for AVX2 (and POPCNT).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,popcnt")]
    fn stage_two_avx2(&self, extra: &SentFeats, carry: &[[i32; NT]], out: &mut Vec<f32>) {
        self.stage_two_with(extra, carry, out);
    }

    /// [`Weights::stage_two`], compiled into each of its widths.
    #[inline(always)]
    fn stage_two_with(&self, extra: &SentFeats, carry: &[[i32; NT]], out: &mut Vec<f32>) {
        let n = extra.len();
        out.clear();
        out.resize(n * NT, 0.0);
        let inv = 1.0 / self.scales[self.stages() - 1];
        let (index, rows) = (&*self.index, &*self.rows);
        let width = self.stages() * NT;
        for i in 0..n {
            let mut acc = carry.get(i).copied().unwrap_or([0; NT]);
            // Each row's stage-two share: its last `NT` weights.
            let starts = extra
                .token(i)
                .iter()
                .filter_map(|&b| Self::row_start(index, width, b))
                .map(|start| start + width - NT);
            sum_rows(rows, starts, &mut acc);
            for (o, a) in out[i * NT..(i + 1) * NT].iter_mut().zip(acc) {
                *o = a as f32 * inv;
            }
        }
    }
}

/// Adds the `W` weights at each of `starts` into `acc`.
#[inline(always)]
fn sum_rows<const W: usize>(rows: &[i16], starts: impl Iterator<Item = usize>, acc: &mut [i32; W]) {
    for start in starts {
        add_row(rows, start, acc);
    }
}

/// Adds the `W` weights at `start` into `acc`.
#[inline(always)]
fn add_row<const W: usize>(rows: &[i16], start: usize, acc: &mut [i32; W]) {
    if let Some(row) = rows.get(start..start + W) {
        for (a, r) in acc.iter_mut().zip(row) {
            *a += i32::from(*r);
        }
    }
}
