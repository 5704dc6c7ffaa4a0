//! Hashed features of the parser, and the word keys and feature hash the
//! tagger's (`tag_features`) read too.
//!
//! A word is reduced once to a few keys (lower-cased form, suffixes,
//! prefix, shape); a feature is its template number mixed with one or
//! more values, and its bucket the top bits of that hash
//! (`perceptron::bucket`). The parser's templates follow Zhang & Nivre
//! (2011), "Transition-based dependency parsing with rich non-local
//! features": words and tags of the stack top, the buffer front and their
//! neighbours, heads and outermost children, distance, valency and label sets.

use std::borrow::Cow;

use crate::ner::keys::{Fnv, hash_str, mix, normalize};

use super::labels::{NL, NTAG};
use super::perceptron::bucket;
use super::transition::{NONE, State};

/// What the features read of a word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordKeys {
    /// The lower-cased form (typography normalised to ASCII).
    pub(crate) lower: u64,
    /// The form as written.
    pub(crate) form: u64,
    pub(crate) suf1: u64,
    pub(crate) suf2: u64,
    pub(crate) suf3: u64,
    pub(crate) suf4: u64,
    pub(crate) pre1: u64,
    /// Character classes (`X`, `x`, `d`, others as written), runs of a class shortened to two.
    pub(crate) shape: u64,
}

impl WordKeys {
    /// The keys of a raw token (no allocation for an ASCII token: the
    /// suffixes are hashed off the lower-cased form's tail, the shape as
    /// it is made).
    pub(crate) fn new(raw: &str) -> WordKeys {
        let norm = normalize(raw);
        let lower: Cow<'_, str> = if !norm.is_ascii() {
            Cow::Owned(norm.to_lowercase())
        } else if norm.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(norm.to_ascii_lowercase())
        } else {
            Cow::Borrowed(&norm)
        };
        // The last `k` characters (all of them when fewer).
        let ascii = lower.is_ascii();
        let suffix = |k: usize| {
            let from = if ascii {
                lower.len().saturating_sub(k)
            } else {
                lower.char_indices().rev().nth(k - 1).map_or(0, |(i, _)| i)
            };
            hash_str(&lower[from..])
        };
        let mut shape = Fnv::new();
        let (mut last, mut run) = ('\0', 0);
        for c in norm.chars() {
            let s = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_ascii_digit() {
                'd'
            } else {
                c
            };
            run = if s == last { run + 1 } else { 1 };
            last = s;
            if run <= 2 {
                s.encode_utf8(&mut [0; 4])
                    .bytes()
                    .for_each(|b| shape.push(b));
            }
        }
        WordKeys {
            lower: hash_str(&lower),
            form: hash_str(&norm),
            suf1: suffix(1),
            suf2: suffix(2),
            suf3: suffix(3),
            suf4: suffix(4),
            pre1: lower.chars().next().map_or(0, u64::from),
            shape: shape.finish(),
        }
    }
}

/// The feature hash of template `t` over `vals`.
#[inline]
pub(super) fn h(t: u64, vals: &[u64]) -> u64 {
    vals.iter().fold(mix(0x5EED, t), |acc, &v| mix(acc, v))
}

/// A word of the parser's configuration, or the lack of one.
#[derive(Clone, Copy)]
struct Slot {
    w: u64,
    p: u64,
    /// Its label (when it is a child), `NL` otherwise.
    l: u64,
}

/// Value of a missing word.
const NO_WORD: u64 = 0x00AB_5E47;
/// Tag value of a missing word.
const NO_TAG: u64 = NTAG as u64 + 2;
/// Tag value of the root.
const ROOT_TAG: u64 = NTAG as u64 + 3;

/// Number of the parser's feature templates.
pub(crate) const NT: usize = 81;

/// The templates over the buffer's first three words alone (and the
/// bias), in order: their features stay the same until the buffer's front
/// moves (a shift or a right arc), so the parser sums them once per front
/// ([`front_features`]).
const FRONT: [usize; 13] = [0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 21, 77];

/// The templates over the stack top, its head, left children and the
/// word under it alone, in order: the same while it is on the stack (its
/// head, left children and the stack under it do not change then), so the
/// parser sums them once per stack top ([`stack_fixed_features`]).
const STACK_FIXED: [usize; 24] = [
    1, 2, 3, 35, 36, 39, 40, 41, 42, 43, 44, 51, 52, 53, 54, 55, 56, 63, 65, 69, 70, 73, 74, 76,
];

/// The templates over the stack top and its right children, in order: the
/// same for the same stack top with as many right children (they only
/// grow), so the parser sums them once per stack top and right children
/// ([`stack_right_features`]).
const STACK_RIGHT: [usize; 11] = [33, 34, 45, 46, 47, 57, 58, 59, 64, 67, 68];

/// The templates over the buffer's front and its left children alone, in
/// order: the same for the same front with as many left children (they
/// only grow, and only by a left arc), so the parser sums them once per
/// front and left children ([`front_left_features`]): a reduce leaves them.
const FRONT_LEFT: [usize; 11] = [37, 38, 48, 49, 50, 60, 61, 62, 66, 71, 72];

/// The parser's features of `state` over `words` (keys) and `tags`
/// (indices into `labels::TAGS`), as buckets of a `2^bits` table, in the
/// order of the templates.
pub(crate) fn parser_features(
    state: &State,
    words: &[WordKeys],
    tags: &[u8],
    bits: u32,
    out: &mut Vec<u32>,
) {
    out.clear();
    let front = front_hashes(state, words, tags);
    let fixed = stack_fixed_hashes(state, words, tags);
    let right = stack_right_hashes(state, words, tags);
    let left = front_left_hashes(state, words, tags);
    let pairs = pair_hashes(state, words, tags);
    let (mut front, mut left) = (front.iter(), left.iter());
    let (mut fixed, mut right, mut pairs) = (fixed.iter(), right.iter(), pairs.iter());
    for t in 0..NT {
        let next = if FRONT.contains(&t) {
            front.next()
        } else if STACK_FIXED.contains(&t) {
            fixed.next()
        } else if STACK_RIGHT.contains(&t) {
            right.next()
        } else if FRONT_LEFT.contains(&t) {
            left.next()
        } else {
            pairs.next()
        };
        out.extend(next.map(|&f| bucket(f, bits)));
    }
}

/// The features of the [`FRONT`] templates, as buckets of a `2^bits` table.
pub(crate) fn front_features(
    state: &State,
    words: &[WordKeys],
    tags: &[u8],
    bits: u32,
    out: &mut Vec<u32>,
) {
    out.clear();
    out.extend(
        front_hashes(state, words, tags)
            .iter()
            .map(|&f| bucket(f, bits)),
    );
}

/// The features of the [`STACK_FIXED`] templates, as buckets of a `2^bits` table.
pub(crate) fn stack_fixed_features(
    state: &State,
    words: &[WordKeys],
    tags: &[u8],
    bits: u32,
    out: &mut Vec<u32>,
) {
    out.clear();
    out.extend(
        stack_fixed_hashes(state, words, tags)
            .iter()
            .map(|&f| bucket(f, bits)),
    );
}

/// The features of the [`STACK_RIGHT`] templates, as buckets of a `2^bits` table.
pub(crate) fn stack_right_features(
    state: &State,
    words: &[WordKeys],
    tags: &[u8],
    bits: u32,
    out: &mut Vec<u32>,
) {
    out.clear();
    out.extend(
        stack_right_hashes(state, words, tags)
            .iter()
            .map(|&f| bucket(f, bits)),
    );
}

/// The features of the [`FRONT_LEFT`] templates, as buckets of a `2^bits` table.
pub(crate) fn front_left_features(
    state: &State,
    words: &[WordKeys],
    tags: &[u8],
    bits: u32,
    out: &mut Vec<u32>,
) {
    out.clear();
    out.extend(
        front_left_hashes(state, words, tags)
            .iter()
            .map(|&f| bucket(f, bits)),
    );
}

/// The features of the other templates (over the stack top and the buffer
/// front together), as buckets of a `2^bits` table.
pub(crate) fn pair_features(
    state: &State,
    words: &[WordKeys],
    tags: &[u8],
    bits: u32,
    out: &mut Vec<u32>,
) {
    out.clear();
    out.extend(
        pair_hashes(state, words, tags)
            .iter()
            .map(|&f| bucket(f, bits)),
    );
}

/// Word `i` of the configuration (`NONE`: none; `n`: the root).
#[inline]
fn slot(state: &State, words: &[WordKeys], tags: &[u8], i: usize) -> Slot {
    if i == NONE {
        Slot {
            w: NO_WORD,
            p: NO_TAG,
            l: NL as u64,
        }
    } else if i == state.n {
        Slot {
            w: 1,
            p: ROOT_TAG,
            l: NL as u64,
        }
    } else {
        Slot {
            w: words.get(i).map_or(NO_WORD, |k| k.lower),
            p: tags.get(i).map_or(NO_TAG, |&t| u64::from(t)),
            l: state.label_of(i),
        }
    }
}

/// The buffer's front and the two words after it (`NONE` past the words).
fn front_words(state: &State) -> [usize; 3] {
    let (n, n0) = (state.n, state.n0());
    let after = |k: usize| {
        if n0 != NONE && n0 + k < n {
            n0 + k
        } else {
            NONE
        }
    };
    [n0, after(1), after(2)]
}

/// The hashes of the [`FRONT`] templates.
fn front_hashes(state: &State, words: &[WordKeys], tags: &[u8]) -> [u64; FRONT.len()] {
    let [n0i, n1i, n2i] = front_words(state);
    let [n0, n1, n2] = [n0i, n1i, n2i].map(|i| slot(state, words, tags, i));
    let kn0 = words.get(n0i).copied().unwrap_or_default();
    [
        h(0, &[]),
        h(4, &[n0.w, n0.p]),
        h(5, &[n0.w]),
        h(6, &[n0.p]),
        h(7, &[n1.w, n1.p]),
        h(8, &[n1.w]),
        h(9, &[n1.p]),
        h(10, &[n2.w, n2.p]),
        h(11, &[n2.w]),
        h(12, &[n2.p]),
        h(20, &[n0.p, n1.p]),
        h(21, &[n0.p, n1.p, n2.p]),
        h(77, &[kn0.suf3, n0.p]),
    ]
}

/// The hashes of the [`STACK_FIXED`] templates.
fn stack_fixed_hashes(state: &State, words: &[WordKeys], tags: &[u8]) -> [u64; STACK_FIXED.len()] {
    let slot = |i: usize| slot(state, words, tags, i);
    let s0i = state.s0();
    let (s0, s1) = (slot(s0i), slot(state.s1()));
    let s0h = slot(state.head_of(s0i));
    let s0h2 = slot(state.head_of(state.head_of(s0i)));
    let (s0l, s0l2) = (slot(state.l1(s0i)), slot(state.l2(s0i)));
    let (s0vl, s0sl) = (state.nl(s0i), state.lset(s0i));
    let ks0 = words.get(s0i).copied().unwrap_or_default();
    [
        h(1, &[s0.w, s0.p]),
        h(2, &[s0.w]),
        h(3, &[s0.p]),
        h(35, &[s0.w, s0vl]),
        h(36, &[s0.p, s0vl]),
        h(39, &[s0h.w]),
        h(40, &[s0h.p]),
        h(41, &[s0.l]),
        h(42, &[s0l.w]),
        h(43, &[s0l.p]),
        h(44, &[s0l.l]),
        h(51, &[s0h2.w]),
        h(52, &[s0h2.p]),
        h(53, &[s0h.l]),
        h(54, &[s0l2.w]),
        h(55, &[s0l2.p]),
        h(56, &[s0l2.l]),
        h(63, &[s0.p, s0l.p, s0l2.p]),
        h(65, &[s0.p, s0h.p, s0h2.p]),
        h(69, &[s0.w, s0sl]),
        h(70, &[s0.p, s0sl]),
        h(73, &[s1.p]),
        h(74, &[s1.w, s1.p]),
        h(76, &[ks0.suf3, s0.p]),
    ]
}

/// The hashes of the [`STACK_RIGHT`] templates.
fn stack_right_hashes(state: &State, words: &[WordKeys], tags: &[u8]) -> [u64; STACK_RIGHT.len()] {
    let slot = |i: usize| slot(state, words, tags, i);
    let s0i = state.s0();
    let s0 = slot(s0i);
    let (s0r, s0r2) = (slot(state.r1(s0i)), slot(state.r2(s0i)));
    let (s0vr, s0sr) = (state.nr(s0i), state.rset(s0i));
    [
        h(33, &[s0.w, s0vr]),
        h(34, &[s0.p, s0vr]),
        h(45, &[s0r.w]),
        h(46, &[s0r.p]),
        h(47, &[s0r.l]),
        h(57, &[s0r2.w]),
        h(58, &[s0r2.p]),
        h(59, &[s0r2.l]),
        h(64, &[s0.p, s0r.p, s0r2.p]),
        h(67, &[s0.w, s0sr]),
        h(68, &[s0.p, s0sr]),
    ]
}

/// The hashes of the [`FRONT_LEFT`] templates.
fn front_left_hashes(state: &State, words: &[WordKeys], tags: &[u8]) -> [u64; FRONT_LEFT.len()] {
    let slot = |i: usize| slot(state, words, tags, i);
    let n0i = state.n0();
    let n0 = slot(n0i);
    let (n0l, n0l2) = (slot(state.l1(n0i)), slot(state.l2(n0i)));
    let (n0vl, n0sl) = (state.nl(n0i), state.lset(n0i));
    [
        h(37, &[n0.w, n0vl]),
        h(38, &[n0.p, n0vl]),
        h(48, &[n0l.w]),
        h(49, &[n0l.p]),
        h(50, &[n0l.l]),
        h(60, &[n0l2.w]),
        h(61, &[n0l2.p]),
        h(62, &[n0l2.l]),
        h(66, &[n0.p, n0l.p, n0l2.p]),
        h(71, &[n0.w, n0sl]),
        h(72, &[n0.p, n0sl]),
    ]
}

/// The hashes of the templates neither [`FRONT`], [`STACK_FIXED`],
/// [`STACK_RIGHT`] nor [`FRONT_LEFT`], in order.
fn pair_hashes(state: &State, words: &[WordKeys], tags: &[u8]) -> [u64; NT - 13 - 35 - 11] {
    let slot = |i: usize| slot(state, words, tags, i);
    let s0i = state.s0();
    let [n0i, n1i, _] = front_words(state);
    let (s0, s1, n0, n1) = (slot(s0i), slot(state.s1()), slot(n0i), slot(n1i));
    let s0h = slot(state.head_of(s0i));
    let (s0l, s0r) = (slot(state.l1(s0i)), slot(state.r1(s0i)));
    let n0l = slot(state.l1(n0i));
    let d = if s0i != NONE && n0i != NONE {
        (n0i - s0i).min(6) as u64
    } else {
        0
    };
    let keys = |i: usize| words.get(i).copied().unwrap_or_default();
    let (ks0, kn0) = (keys(s0i), keys(n0i));
    [
        // word pairs
        h(13, &[s0.w, s0.p, n0.w, n0.p]),
        h(14, &[s0.w, s0.p, n0.w]),
        h(15, &[s0.w, n0.w, n0.p]),
        h(16, &[s0.w, s0.p, n0.p]),
        h(17, &[s0.p, n0.w, n0.p]),
        h(18, &[s0.w, n0.w]),
        h(19, &[s0.p, n0.p]),
        // three words
        h(22, &[s0.p, n0.p, n1.p]),
        h(23, &[s0h.p, s0.p, n0.p]),
        h(24, &[s0.p, s0l.p, n0.p]),
        h(25, &[s0.p, s0r.p, n0.p]),
        h(26, &[s0.p, n0.p, n0l.p]),
        // distance
        h(27, &[s0.w, d]),
        h(28, &[s0.p, d]),
        h(29, &[n0.w, d]),
        h(30, &[n0.p, d]),
        h(31, &[s0.w, n0.w, d]),
        h(32, &[s0.p, n0.p, d]),
        // the second stack word, spellings, depth
        h(75, &[s1.p, s0.p, n0.p]),
        h(78, &[ks0.shape, kn0.shape]),
        h(79, &[s0.p, n0.p, u64::from(state.stack_len().min(4) as u8)]),
        h(80, &[s0.p, s0.l, n0.p]),
    ]
}

#[cfg(test)]
mod tests;
