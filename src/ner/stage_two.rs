//! Stage two's features: what stage one tagged here and elsewhere in the
//! document (Ratinov & Roth 2009's non-local features), and the summed
//! weights of those that take few values.

use rustc_hash::FxHashMap;

use super::features::{DocTokens, Emit, SentFeats};
use super::keys::{lower_key, mix};
use super::tags::{NT, type_of};
use super::token::{INIT_CAP, INNER_CAP};
use super::weights::Weights;

/// The tag values of the padding before a sentence's first token and
/// after its last.
const TAG_PAD_L: u64 = 100;
const TAG_PAD_R: u64 = 101;

/// What stage one said about each word key across the document: counts of O, PER, ORG, LOC, MISC.
pub(crate) struct DocStats {
    counts: FxHashMap<u64, [u16; 5]>,
}

impl DocStats {
    /// Collects stage-one tags of capitalised tokens.
    pub(crate) fn new(doc: &DocTokens, s1: &[Vec<u8>]) -> Self {
        // Room for every token's key at once (growing moved the entries).
        let n = doc.sentences.iter().map(Vec::len).sum();
        let mut counts: FxHashMap<u64, [u16; 5]> =
            FxHashMap::with_capacity_and_hasher(n, Default::default());
        for (sent, tags) in doc.sentences.iter().zip(s1) {
            for (t, &tag) in sent.iter().zip(tags) {
                if t.is(INIT_CAP) || t.is(INNER_CAP) {
                    let c = counts.entry(t.key).or_default();
                    let k = type_of(tag);
                    c[k] = c[k].saturating_add(1);
                }
            }
        }
        DocStats { counts }
    }
}

/// Stage-two features: stage-one features plus stage-one tags here and
/// elsewhere in the document (`stage2_extra`), token by token.
pub(crate) fn stage2(
    doc: &DocTokens,
    s: usize,
    base: &SentFeats,
    s1: &[Vec<u8>],
    stats: &DocStats,
    bits: u32,
    out: &mut SentFeats,
) {
    let mut extra = SentFeats::default();
    stage2_extra(doc, s, s1, stats, bits, &mut extra);
    out.feats.clear();
    out.offs.clear();
    out.offs.push(0);
    for i in 0..extra.len() {
        out.feats.extend_from_slice(base.token(i));
        out.feats.extend_from_slice(extra.token(i));
        out.offs.push(out.feats.len() as u32);
    }
}

/// The features only stage two has: stage-one tags here and elsewhere in the document.
pub(crate) fn stage2_extra(
    doc: &DocTokens,
    s: usize,
    s1: &[Vec<u8>],
    stats: &DocStats,
    bits: u32,
    out: &mut SentFeats,
) {
    stage2_parts(doc, s, (s1, stats), bits, out, true);
}

/// [`stage2_extra`] without the features of the stage-one tags of a token
/// and its neighbours (templates 70–74): tagging adds their weights from
/// [`TagSums`], summed once per model.
pub(crate) fn stage2_rest(
    doc: &DocTokens,
    s: usize,
    s1: &[Vec<u8>],
    stats: &DocStats,
    bits: u32,
    out: &mut SentFeats,
) {
    stage2_parts(doc, s, (s1, stats), bits, out, false);
}

/// Stage two's features, with or without those of the neighbouring tags,
/// in one order.
fn stage2_parts(
    doc: &DocTokens,
    s: usize,
    (s1, stats): (&[Vec<u8>], &DocStats),
    bits: u32,
    out: &mut SentFeats,
    near: bool,
) {
    out.feats.clear();
    out.offs.clear();
    out.offs.push(0);
    let sent = &doc.sentences[s];
    let tags = &s1[s];
    let n = sent.len();
    let tag_at = |i: isize| -> u64 {
        if i < 0 {
            TAG_PAD_L
        } else if i as usize >= n {
            TAG_PAD_R
        } else {
            u64::from(tags[i as usize])
        }
    };
    let conj = [
        lower_key("and"),
        lower_key("or"),
        lower_key(","),
        lower_key("&"),
    ];
    let mut e = Emit {
        out: &mut out.feats,
        shift: 64 - bits,
    };
    for (i, t) in sent.iter().enumerate() {
        let ii = i as isize;
        if near {
            e.f(70, tag_at(ii));
            e.f(71, tag_at(ii - 1));
            e.f(72, tag_at(ii + 1));
            e.f(73, mix(tag_at(ii - 1), tag_at(ii)));
            e.f(74, mix(tag_at(ii), tag_at(ii + 1)));
        }
        // Coordination: "X and Y", "X, Y" usually join names of one kind.
        if i + 2 < n && conj.contains(&sent[i + 1].key) {
            let other = type_of(tags[i + 2]) as u64;
            e.f(80, other);
            e.f(81, mix(other, tag_at(ii)));
        }
        if i >= 2 && conj.contains(&sent[i - 1].key) {
            let other = type_of(tags[i - 2]) as u64;
            e.f(82, other);
            e.f(83, mix(other, tag_at(ii)));
        }
        if t.is(INIT_CAP) || t.is(INNER_CAP) {
            elsewhere(&mut e, stats, t.key, tags[i], tag_at(ii));
        }
        out.offs.push(e.out.len() as u32);
    }
}

/// What stage one tagged the word `key` elsewhere in the document
/// (`own`: its tag here, `here`: the same as a feature value).
#[inline]
fn elsewhere(e: &mut Emit<'_>, stats: &DocStats, key: u64, own: u8, here: u64) {
    let Some(c) = stats.counts.get(&key) else {
        e.f(79, 0);
        return;
    };
    let mut c = *c;
    let own = type_of(own);
    c[own] = c[own].saturating_sub(1);
    let total: u16 = c.iter().sum();
    if total > 0 {
        let best = (1..5).max_by_key(|&k| (c[k], 5 - k)).unwrap_or(0);
        if c[best] > 0 {
            e.f(75, best as u64);
            e.f(76, mix(best as u64, u64::from(c[best] * 2 >= total)));
            e.f(77, mix(best as u64, here));
        } else {
            e.f(75, 0);
        }
        for (k, &v) in c.iter().enumerate().skip(1) {
            if v > 0 {
                e.f(78, k as u64);
            }
        }
    }
}

/// Stage two's weights (its share of each row) of the features of the
/// stage-one tags of a token and its neighbours, summed once per model
/// for every pair of tags: those features (templates 70–74 of
/// [`stage2_extra`]) take a few hundred values, and were a third of
/// stage two's lookups. Integer sums, so exact.
#[derive(Clone, Debug)]
pub(crate) struct TagSums {
    /// `[before * NT + tag]`: templates 70, 71 and 73 (`before`: `NT` at
    /// the sentence's start).
    left: Vec<[i32; NT]>,
    /// `[tag * (NT + 1) + after]`: templates 72 and 74 (`after`: `NT` at
    /// the sentence's end).
    right: Vec<[i32; NT]>,
}

impl TagSums {
    /// The sums of `weights`' last stage, for features hashed into `bits` bits.
    pub(crate) fn new(weights: &Weights, bits: u32) -> Self {
        let value = |t: usize, pad: u64| if t == NT { pad } else { t as u64 };
        let mut buckets = Vec::new();
        let mut sum = |emit: &dyn Fn(&mut Emit<'_>)| {
            buckets.clear();
            emit(&mut Emit {
                out: &mut buckets,
                shift: 64 - bits,
            });
            weights.sum_last_stage(&buckets)
        };
        let mut left = Vec::with_capacity((NT + 1) * NT);
        for before in (0..=NT).map(|p| value(p, TAG_PAD_L)) {
            for tag in 0..NT as u64 {
                left.push(sum(&|e| {
                    e.f(70, tag);
                    e.f(71, before);
                    e.f(73, mix(before, tag));
                }));
            }
        }
        let mut right = Vec::with_capacity(NT * (NT + 1));
        for tag in 0..NT as u64 {
            for after in (0..=NT).map(|q| value(q, TAG_PAD_R)) {
                right.push(sum(&|e| {
                    e.f(72, after);
                    e.f(74, mix(tag, after));
                }));
            }
        }
        TagSums { left, right }
    }

    /// Adds to `acc` (one per token of a sentence) the sums of the
    /// features of the stage-one `tags` around each token.
    pub(crate) fn add(&self, tags: &[u8], acc: &mut [[i32; NT]]) {
        let tag = |i: usize| tags.get(i).map_or(NT, |&t| usize::from(t).min(NT - 1));
        for (i, a) in acc.iter_mut().enumerate().take(tags.len()) {
            let before = if i == 0 { NT } else { tag(i - 1) };
            let (here, after) = (tag(i), tag(i + 1));
            let l = &self.left[before * NT + here];
            let r = &self.right[here * (NT + 1) + after];
            for ((a, l), r) in a.iter_mut().zip(l).zip(r) {
                *a += l + r;
            }
        }
    }
}

/// Stage two over the sentences of one document: its features and the
/// sums that stand in for some of them, and the scratch buffers.
pub(crate) struct StageTwo<'a> {
    doc: &'a DocTokens,
    s1: &'a [Vec<u8>],
    stats: DocStats,
    bits: u32,
    weights: &'a Weights,
    near: &'a TagSums,
    /// Per token of the document, stage two's share of stage one's features.
    carry: &'a [[i32; NT]],
    /// Where the next sentence's tokens start in `carry`.
    at: usize,
    feats: SentFeats,
    acc: Vec<[i32; NT]>,
}

impl<'a> StageTwo<'a> {
    /// Stage two of `doc`, whose stage-one tags are `s1`.
    pub(crate) fn new(
        doc: &'a DocTokens,
        s1: &'a [Vec<u8>],
        bits: u32,
        (weights, near): (&'a Weights, &'a TagSums),
        carry: &'a [[i32; NT]],
    ) -> Self {
        StageTwo {
            doc,
            s1,
            stats: DocStats::new(doc, s1),
            bits,
            weights,
            near,
            carry,
            at: 0,
            feats: SentFeats::default(),
            acc: Vec::new(),
        }
    }

    /// Stage-two emissions of sentence `s` (the one after the last asked
    /// for) into `em`: `n * NT`.
    pub(crate) fn emissions(&mut self, s: usize, em: &mut Vec<f32>) {
        let (doc, s1, bits) = (self.doc, self.s1, self.bits);
        stage2_rest(doc, s, s1, &self.stats, bits, &mut self.feats);
        let n = doc.sentences[s].len();
        self.acc.clear();
        let at = self.at;
        self.acc
            .extend_from_slice(self.carry.get(at..at + n).unwrap_or(&[]));
        self.acc.resize(n, [0; NT]);
        self.near.add(&s1[s], &mut self.acc);
        self.weights.stage_two(&self.feats, &self.acc, em);
        self.at += n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::lexicon::Lexicon;

    /// Stage two's features are its features without those of the
    /// neighbouring tags, and those five per token, which `TagSums` sums.
    #[test]
    fn the_rest_and_the_near_tags_make_the_whole() {
        let lex = Lexicon::default();
        let doc = DocTokens::new(
            &[
                vec![
                    "Mira", "Quensel", "and", "Varix", "met", "in", "Zürich", ".",
                ],
                vec!["Varix", "said", "so"],
                vec![],
            ],
            &lex,
        );
        let s1 = vec![vec![1, 3, 0, 8, 0, 0, 12, 0], vec![8, 0, 0], vec![]];
        let stats = DocStats::new(&doc, &s1);
        let (mut whole, mut rest) = (SentFeats::default(), SentFeats::default());
        for s in 0..s1.len() {
            stage2_extra(&doc, s, &s1, &stats, 20, &mut whole);
            stage2_rest(&doc, s, &s1, &stats, 20, &mut rest);
            assert_eq!(whole.len(), rest.len());
            for i in 0..whole.len() {
                let (w, r) = (whole.token(i), rest.token(i));
                assert_eq!(w.len(), r.len() + 5, "sentence {s}, token {i}");
                assert_eq!(&w[5..], r, "sentence {s}, token {i}");
            }
        }
    }
}
