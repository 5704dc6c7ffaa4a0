//! The relation model: a multinomial logistic regression over hashed pair
//! features, whose labels are "no relation" or a relation kind with its
//! direction. Scores are softmax probabilities, so a threshold is a
//! probability. Stored deflated: magic, hash bits, threshold, labels (kind
//! name, direction), biases, the weights' scale, then one row per bucket
//! (gap from the previous bucket, `(output, 16-bit step)` pairs).

use rustc_hash::FxHashMap;

use super::ends;
use crate::model::{EntityKind, RelationKind};

/// One outcome for a pair: a kind, and whether the first mention (in text
/// order) is its source. Symmetric kinds are always forward.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label {
    /// The relation kind (never `sells_to`: that is `buys_from` reversed).
    pub kind: RelationKind,
    /// True when the first mention is the source.
    pub forward: bool,
}

impl Label {
    /// The label of a relation between the pair's first and second
    /// entity: `sells_to` as `buys_from` reversed, symmetric kinds forward.
    pub fn of(kind: RelationKind, source_is_first: bool) -> Self {
        match kind {
            RelationKind::SellsTo => Self {
                kind: RelationKind::BuysFrom,
                forward: !source_is_first,
            },
            k if k.is_symmetric() => Self {
                kind: k,
                forward: true,
            },
            k => Self {
                kind: k,
                forward: source_is_first,
            },
        }
    }
}

/// Every label a model may give, after "none" (index 0).
pub fn all_labels() -> Vec<Label> {
    let mut out = Vec::new();
    for k in RelationKind::ALL {
        if k == RelationKind::SellsTo {
            continue;
        }
        out.push(Label {
            kind: k,
            forward: true,
        });
        if !k.is_symmetric() {
            out.push(Label {
                kind: k,
                forward: false,
            });
        }
    }
    out
}

/// A trained relation model.
#[derive(Clone, Debug)]
pub struct RelationModel {
    /// log2 of the number of feature buckets.
    pub bits: u32,
    /// Labels after "none": output `i + 1` is `labels[i]`.
    pub labels: Vec<Label>,
    /// Per output (none first).
    pub bias: Vec<f32>,
    /// Bucket → `(output, weight)`.
    pub weights: FxHashMap<u32, Vec<(u8, f32)>>,
    /// The least probability of a label for a relation to be added.
    pub threshold: f32,
}

/// Why a model file did not load.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The bytes are not a relation model.
    #[error("not a relation model file")]
    Format,
    /// The file could not be read.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

const MAGIC: u32 = 0x4452_4D32;

impl RelationModel {
    /// Probabilities of every output (none first) for a pair's features,
    /// among the outputs `allowed` (none always; see [`allowed_outputs`]):
    /// the others have probability 0.
    pub fn probabilities(&self, feats: &[u32], allowed: &[bool]) -> Vec<f32> {
        let mut z = self.bias.clone();
        for f in feats {
            if let Some(row) = self.weights.get(f) {
                for &(o, w) in row {
                    if let Some(v) = z.get_mut(usize::from(o)) {
                        *v += w;
                    }
                }
            }
        }
        mask(&mut z, allowed);
        softmax(&mut z);
        z
    }

    /// The most probable label other than none that the ends' kinds allow
    /// (`ends`: the first and second entity's kinds), with its probability,
    /// when that reaches the threshold.
    pub fn predict(&self, feats: &[u32], ends: (EntityKind, EntityKind)) -> Option<(Label, f32)> {
        let allowed = allowed_outputs(&self.labels, ends);
        let p = self.probabilities(feats, &allowed);
        let (best, &score) = p
            .iter()
            .enumerate()
            .skip(1)
            .max_by(|a, b| a.1.total_cmp(b.1))?;
        (score >= self.threshold).then(|| (self.labels[best - 1], score))
    }

    /// True when the model has a label for a pair whose first and second
    /// entity are of these kinds: a pair it has none for is no candidate
    /// when it runs.
    pub fn labels_between(&self, ends: (EntityKind, EntityKind)) -> bool {
        allowed_outputs(&self.labels, ends)
            .into_iter()
            .skip(1)
            .any(|a| a)
    }

    /// The model as file bytes: the weights as 16-bit steps of one scale,
    /// bucket by bucket (the gap from the previous bucket as a varint, the
    /// row's length, then output and step of each weight).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend(MAGIC.to_le_bytes());
        b.extend(self.bits.to_le_bytes());
        b.extend(self.threshold.to_le_bytes());
        b.extend((self.labels.len() as u32).to_le_bytes());
        for l in &self.labels {
            let name = l.kind.name().as_bytes();
            b.push(name.len() as u8);
            b.extend(name);
            b.push(u8::from(l.forward));
        }
        for v in &self.bias {
            b.extend(v.to_le_bytes());
        }
        let mut rows: Vec<(&u32, &Vec<(u8, f32)>)> = self.weights.iter().collect();
        rows.sort_by_key(|(k, _)| **k);
        let top = rows
            .iter()
            .flat_map(|(_, r)| r.iter().map(|&(_, w)| w.abs()))
            .fold(0f32, f32::max);
        // A power of two: steps times scale are exact, so a loaded model
        // writes the same bytes again.
        let scale = if top > 0.0 {
            (top / f32::from(i16::MAX)).log2().ceil().exp2()
        } else {
            1.0
        };
        b.extend(scale.to_le_bytes());
        b.extend((rows.len() as u32).to_le_bytes());
        let mut last = 0u32;
        for (k, row) in rows {
            let mut gap = k - last;
            last = *k;
            while gap >= 0x80 {
                b.push((gap as u8 & 0x7f) | 0x80);
                gap >>= 7;
            }
            b.push(gap as u8);
            let row = &row[..row.len().min(255)];
            b.push(row.len() as u8);
            for &(o, w) in row {
                b.push(o);
                b.extend(step(w, scale).to_le_bytes());
            }
        }
        miniz_oxide::deflate::compress_to_vec(&b, 9)
    }

    /// A model from file bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let raw = miniz_oxide::inflate::decompress_to_vec(bytes).map_err(|_| ModelError::Format)?;
        let mut r = Reader { b: &raw, at: 0 };
        if r.u32()? != MAGIC {
            return Err(ModelError::Format);
        }
        let bits = r.u32()?;
        let threshold = r.f32()?;
        let n_labels = r.u32()? as usize;
        let mut labels = Vec::with_capacity(n_labels);
        for _ in 0..n_labels {
            let len = usize::from(r.u8()?);
            let name = std::str::from_utf8(r.take(len)?).map_err(|_| ModelError::Format)?;
            let kind = RelationKind::from_name(name).ok_or(ModelError::Format)?;
            labels.push(Label {
                kind,
                forward: r.u8()? == 1,
            });
        }
        let bias = (0..=n_labels).map(|_| r.f32()).collect::<Result<_, _>>()?;
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        let mut weights: FxHashMap<u32, Vec<(u8, f32)>> = FxHashMap::default();
        let mut bucket = 0u32;
        for _ in 0..n {
            let mut gap = 0u32;
            for shift in (0..35).step_by(7) {
                let byte = r.u8()?;
                gap |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
                if byte & 0x80 == 0 {
                    break;
                }
            }
            bucket = bucket.checked_add(gap).ok_or(ModelError::Format)?;
            let len = usize::from(r.u8()?);
            let mut row = Vec::with_capacity(len);
            for _ in 0..len {
                let o = r.u8()?;
                let s = r.take(2)?;
                row.push((o, f32::from(i16::from_le_bytes([s[0], s[1]])) * scale));
            }
            weights.insert(bucket, row);
        }
        Ok(Self {
            bits,
            labels,
            bias,
            weights,
            threshold,
        })
    }
}

/// A weight as a 16-bit step of `scale`.
fn step(w: f32, scale: f32) -> i16 {
    (w / scale)
        .round()
        .clamp(f32::from(i16::MIN), f32::from(i16::MAX)) as i16
}

/// Which outputs (none first, then `labels`) the kinds of a pair's first
/// and second entity allow: none always, a label when its kind fits the
/// ends in its direction.
pub fn allowed_outputs(labels: &[Label], (first, second): (EntityKind, EntityKind)) -> Vec<bool> {
    std::iter::once(true)
        .chain(labels.iter().map(|l| {
            let (source, target) = if l.forward {
                (first, second)
            } else {
                (second, first)
            };
            ends::fits(l.kind, source, target)
        }))
        .collect()
}

/// Rules out the outputs not allowed: their scores become minus infinity,
/// so softmax gives them nothing.
pub(crate) fn mask(z: &mut [f32], allowed: &[bool]) {
    for (v, &ok) in z.iter_mut().zip(allowed) {
        if !ok {
            *v = f32::NEG_INFINITY;
        }
    }
}

/// In-place softmax.
pub(crate) fn softmax(z: &mut [f32]) {
    let max = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for v in z.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    for v in z.iter_mut() {
        *v /= sum;
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], ModelError> {
        let s = self.b.get(self.at..self.at + n).ok_or(ModelError::Format)?;
        self.at += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
}
