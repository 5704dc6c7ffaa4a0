//! The tagger's hashed features (`features` has the parser's, and the
//! word keys and hash both read): the word, its affixes and shape, its
//! neighbours and the two tags before it; and the same set in three
//! parts, so that what a word's spelling alone gives is summed once per
//! word (`words`).

use super::features::{WordKeys, h};
use super::labels::NTAG;
use super::perceptron::bucket;

/// Tag value of the tagger's history before the sentence start.
const START_TAG: u64 = NTAG as u64 + 1;

/// Word `i` of a sentence with its neighbours and the tags chosen before
/// it, the padding's keys past the sentence's ends and [`START_TAG`]
/// before its start: what the tagger's features read.
struct Around<'a> {
    words: &'a [WordKeys],
    i: usize,
    prev: &'a [u8],
    pad: WordKeys,
}

impl<'a> Around<'a> {
    fn new(words: &'a [WordKeys], i: usize, prev: &'a [u8]) -> Self {
        Self {
            words,
            i,
            prev,
            pad: WordKeys::default(),
        }
    }

    /// The keys of the word `k` from word `i` (the padding's past the ends).
    fn at(&self, k: isize) -> &WordKeys {
        self.i
            .checked_add_signed(k)
            .and_then(|j| self.words.get(j))
            .unwrap_or(&self.pad)
    }

    /// The tag chosen `k` words before word `i`.
    fn tag(&self, k: usize) -> u64 {
        self.i
            .checked_sub(k)
            .and_then(|j| self.prev.get(j))
            .map_or(START_TAG, |&t| u64::from(t))
    }
}

/// The tagger's features of word `i`, given the tags chosen for the
/// words before it (`prev`), as buckets of a `2^bits` table.
pub(crate) fn tagger_features(
    words: &[WordKeys],
    i: usize,
    prev: &[u8],
    bits: u32,
    out: &mut Vec<u32>,
) {
    out.clear();
    let around = Around::new(words, i, prev);
    let at = |k: isize| around.at(k);
    let w = at(0);
    let (t1, t2) = (around.tag(1), around.tag(2));
    let feats = [
        h(0, &[]),
        h(1, &[w.suf3]),
        h(2, &[w.pre1]),
        h(3, &[t1]),
        h(4, &[t2]),
        h(5, &[t1, t2]),
        h(6, &[w.lower]),
        h(7, &[t1, w.lower]),
        h(8, &[at(-1).lower]),
        h(9, &[at(-1).suf3]),
        h(10, &[at(-2).lower]),
        h(11, &[at(1).lower]),
        h(12, &[at(1).suf3]),
        h(13, &[at(2).lower]),
        h(14, &[w.shape]),
        h(15, &[w.suf2]),
        h(16, &[w.suf1]),
        h(17, &[w.suf4]),
        h(18, &[w.form]),
        h(19, &[at(-1).shape]),
        h(20, &[at(1).shape]),
        h(21, &[t1, w.suf3]),
        h(22, &[w.lower, at(1).lower]),
        h(23, &[at(-1).lower, w.lower]),
        h(24, &[u64::from(i == 0), w.shape]),
    ];
    out.extend(feats.iter().map(|&f| bucket(f, bits)));
}

/// Where a word sits from the token whose tag it helps choose, for the
/// tagger's features of a neighbour's spelling alone
/// ([`tagger_gives`]): two and one before, one and two after.
pub(crate) const TAGGER_NEIGHBOURS: [isize; 4] = [-2, -1, 1, 2];

/// The tagger's features of a word's own keys alone (and the bias): the
/// same for every occurrence of the word, so summed once per word
/// (`syntax::words`). With [`tagger_gives`] of its neighbours and
/// [`tagger_context_features`], the features of [`tagger_features`].
pub(crate) fn tagger_word_features(w: &WordKeys, bits: u32, out: &mut Vec<u32>) {
    out.clear();
    let feats = [
        h(0, &[]),
        h(1, &[w.suf3]),
        h(2, &[w.pre1]),
        h(6, &[w.lower]),
        h(14, &[w.shape]),
        h(15, &[w.suf2]),
        h(16, &[w.suf1]),
        h(17, &[w.suf4]),
        h(18, &[w.form]),
    ];
    out.extend(feats.iter().map(|&f| bucket(f, bits)));
}

/// The tagger's features that word `w` gives a token when it is the word
/// `off` from it (`off` one of [`TAGGER_NEIGHBOURS`], `w` the padding's
/// keys past the sentence's ends): its spelling alone, so summed once per word.
pub(crate) fn tagger_gives(off: isize, w: &WordKeys, bits: u32, out: &mut Vec<u32>) {
    out.clear();
    let feats: &[u64] = match off {
        -2 => &[h(10, &[w.lower])],
        -1 => &[h(8, &[w.lower]), h(9, &[w.suf3]), h(19, &[w.shape])],
        1 => &[h(11, &[w.lower]), h(12, &[w.suf3]), h(20, &[w.shape])],
        2 => &[h(13, &[w.lower])],
        _ => &[],
    };
    out.extend(feats.iter().map(|&f| bucket(f, bits)));
}

/// The tagger's features of word `i` that neither its keys alone nor a
/// neighbour's alone make: the tags before it, and pairs of words.
pub(crate) fn tagger_context_features(
    words: &[WordKeys],
    i: usize,
    prev: &[u8],
    bits: u32,
    out: &mut Vec<u32>,
) {
    out.clear();
    let around = Around::new(words, i, prev);
    let at = |k: isize| around.at(k);
    let w = at(0);
    let (t1, t2) = (around.tag(1), around.tag(2));
    let feats = [
        h(3, &[t1]),
        h(4, &[t2]),
        h(5, &[t1, t2]),
        h(7, &[t1, w.lower]),
        h(21, &[t1, w.suf3]),
        h(22, &[w.lower, at(1).lower]),
        h(23, &[at(-1).lower, w.lower]),
        h(24, &[u64::from(i == 0), w.shape]),
    ];
    out.extend(feats.iter().map(|&f| bucket(f, bits)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tagger_parts_are_the_tagger_features() {
        let words: Vec<WordKeys> = [
            "Talvo", "Works", "of", "Zürich", "bought", "€5", "млн", "🙂",
        ]
        .iter()
        .map(|w| WordKeys::new(w))
        .collect();
        let prev = [3u8, 3, 7, 11, 3, 5, 1];
        let (mut all, mut part, mut parts) = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..words.len() {
            tagger_features(&words, i, &prev[..i.min(prev.len())], 20, &mut all);
            tagger_word_features(&words[i], 20, &mut part);
            parts.clone_from(&part);
            let around = Around::new(&words, i, &[]);
            for off in TAGGER_NEIGHBOURS {
                tagger_gives(off, around.at(off), 20, &mut part);
                parts.extend_from_slice(&part);
            }
            tagger_context_features(&words, i, &prev[..i.min(prev.len())], 20, &mut part);
            parts.extend_from_slice(&part);
            all.sort_unstable();
            parts.sort_unstable();
            assert_eq!(all, parts, "word {i}");
        }
    }
}
