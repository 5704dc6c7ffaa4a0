//! The part-of-speech tagger: greedy, left to right, an averaged
//! perceptron over the word, its affixes and shape, its neighbours and the
//! two tags before it (Collins 2002; the feature set of Honnibal's
//! "A good part-of-speech tagger in about 200 lines of Python").

use super::features::WordKeys;
use super::labels::NTAG;
use super::perceptron::{Table, Trainer};
use super::sums::Rows;
use super::tag_features::{TAGGER_NEIGHBOURS, tagger_context_features, tagger_features};
use super::words::{TAG_WIDE, TagSums, TagWords};
use crate::ner::lanes::Lanes;

/// Tags a sentence with a trained table: indices into `labels::TAGS`.
pub(crate) fn tag(table: &Table, words: &[WordKeys], feats: &mut Vec<u32>) -> Vec<u8> {
    let mut tags = Vec::with_capacity(words.len());
    // As wide as the table's rows (`perceptron::stride`), for whole tiles.
    let mut acc = [0i32; NTAG.next_multiple_of(8)];
    let mut rows = Rows::default();
    for i in 0..words.len() {
        tagger_features(words, i, &tags, table.bits, feats);
        acc.fill(0);
        table.add(feats, &mut acc, &mut rows);
        tags.push(argmax_i32(&acc[..NTAG]) as u8);
    }
    tags
}

/// Tags a sentence of raw tokens with a trained table (of the model
/// `owner`), each word's spelling-alone sums read from `cache` (made the
/// first time it sees the word): the words' keys, and the tags [`tag`]
/// gives them.
pub(crate) fn tag_cached(
    table: &Table,
    owner: u64,
    raw: &[&str],
    cache: &mut TagWords,
) -> (Vec<WordKeys>, Vec<u8>) {
    tag_cached_with(table, owner, raw, cache, Rows::default())
}

/// [`tag_cached`], the sums made with `rows`' vector width.
fn tag_cached_with(
    table: &Table,
    owner: u64,
    raw: &[&str],
    cache: &mut TagWords,
    mut rows: Rows,
) -> (Vec<WordKeys>, Vec<u8>) {
    cache.start_sentence(owner, table, &mut rows);
    let ids: Vec<u32> = raw.iter().map(|w| cache.id(w, table, &mut rows)).collect();
    let keys: Vec<WordKeys> = ids.iter().map(|&id| cache.word(id).keys).collect();
    let mut tags = Vec::with_capacity(keys.len());
    let mut feats = Vec::with_capacity(8);
    for i in 0..ids.len() {
        let mut acc = word_sums(cache, &ids, i, rows.lanes());
        tagger_context_features(&keys, i, &tags, table.bits, &mut feats);
        table.add(&feats, &mut acc, &mut rows);
        acc[NTAG..].fill(i32::MIN);
        tags.push(argmax_wide(&acc) as u8);
    }
    (keys, tags)
}

/// The sums of token `i`'s features of spellings alone: its word's own
/// and what its neighbours' words (or the padding) give it.
fn word_sums(cache: &TagWords, ids: &[u32], i: usize, lanes: Lanes) -> TagSums {
    match lanes {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: a `Lanes::Avx2` holds the proof that the processor has AVX2.
        Lanes::Avx2(_) => unsafe { word_sums_avx2(cache, ids, i) },
        _ => word_sums_with(cache, ids, i),
    }
}

/// [`word_sums`] compiled for AVX2: eight sums added per instruction.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn word_sums_avx2(cache: &TagWords, ids: &[u32], i: usize) -> TagSums {
    word_sums_with(cache, ids, i)
}

/// [`word_sums`], compiled into each vector width.
#[inline(always)]
fn word_sums_with(cache: &TagWords, ids: &[u32], i: usize) -> TagSums {
    let mut acc = ids.get(i).map_or([0; TAG_WIDE], |&id| cache.word(id).own);
    for (k, &off) in TAGGER_NEIGHBOURS.iter().enumerate() {
        let from = i
            .checked_add_signed(off)
            .and_then(|j| ids.get(j))
            .map_or(&cache.pads[k], |&id| &cache.word(id).gives[k]);
        for (a, g) in acc.iter_mut().zip(from) {
            *a += g;
        }
    }
    acc
}

/// Index of the highest score, the first among equals (0 for none): the
/// highest found first, in vectors, then its first place.
pub(crate) fn argmax_i32(s: &[i32]) -> usize {
    let Some(&top) = s.iter().max() else {
        return 0;
    };
    s.iter().position(|&v| v == top).unwrap_or(0)
}

/// [`argmax_i32`] of sums a whole number of vectors wide, those past the
/// classes `i32::MIN` (so never before a class of the same score): the
/// highest found eight at a time, then the first group of eight holding
/// it, then its place there. Eight per instruction where compiled for
/// AVX2 (`moves`), four with SSE2; one at a time, the search cost as much
/// as half the parser's scoring of a move outside its sums.
#[inline(always)]
pub(crate) fn argmax_wide<const N: usize>(scores: &[i32; N]) -> usize {
    let (groups, rest) = scores.as_chunks::<8>();
    let mut highest = [i32::MIN; 8];
    for group in groups {
        for (h, &v) in highest.iter_mut().zip(group) {
            *h = (*h).max(v);
        }
    }
    let top = highest
        .into_iter()
        .chain(rest.iter().copied())
        .fold(i32::MIN, i32::max);
    let held = |group: &[i32; 8]| group.iter().fold(false, |any, &v| any | (v == top));
    match groups.iter().position(held) {
        Some(g) => 8 * g + groups[g].iter().position(|&v| v == top).unwrap_or(0),
        None => 8 * groups.len() + rest.iter().position(|&v| v == top).unwrap_or(0),
    }
}

/// Index of the highest score, the first among equals.
pub(crate) fn argmax_f32(s: &[f32]) -> usize {
    let mut best = 0;
    for (k, &v) in s.iter().enumerate() {
        if v > s[best] {
            best = k;
        }
    }
    best
}

/// Trains a tagger on sentences (word keys and gold tags) for `epochs`
/// passes, visiting the sentences in `orders[epoch]`.
pub(crate) fn train(
    sents: &[(&[WordKeys], &[u8])],
    bits: u32,
    orders: &[Vec<usize>],
    min_q: i16,
) -> Table {
    let mut t = Trainer::new(bits, NTAG);
    let mut feats = Vec::new();
    let mut scores = [0f32; NTAG];
    let mut pred = Vec::new();
    for order in orders {
        for &s in order {
            let (words, gold) = sents[s];
            pred.clear();
            for (i, &g) in gold.iter().enumerate().take(words.len()) {
                tagger_features(words, i, &pred, bits, &mut feats);
                t.scores(&feats, &mut scores);
                let p = argmax_f32(&scores);
                t.update(&feats, usize::from(g), p);
                t.tick();
                pred.push(p as u8);
            }
        }
    }
    t.finish(min_q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::Parser;

    /// The tags and keys of the word cache are those of every feature
    /// summed token by token: for words seen the first time and again,
    /// with the portable sums and the widest, and for a second model
    /// tagging with the same cache (which then forgets the first's words).
    #[test]
    fn the_word_cache_tags_as_every_feature_summed_does() {
        let bundled = &Parser::bundled().expect("the bundled parser loads").tagger;
        let sentences = [
            "Talvo Works , the Brenn maker of grey boats , said on Monday that it had bought the mill in Zürich from Ölvarn for € 12 млн 🙂 .",
            "Mara Ostend , who joined Zelwick in 2019 , was named chairman .",
            "Yes",
            "",
            "SHARES IN TALVO WORKS ROSE ; the mill 's owner said “ no ” .",
        ];
        let sents: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| s.split(' ').filter(|w| !w.is_empty()).collect())
            .collect();
        // A second, small tagger trained on one invented sentence.
        let keys: Vec<WordKeys> = sents[1].iter().map(|w| WordKeys::new(w)).collect();
        let gold: Vec<u8> = (0..keys.len()).map(|i| (i * 7 % NTAG) as u8).collect();
        let small = train(&[(&keys, &gold)], 12, &[vec![0], vec![0]], 1);
        let mut cache = TagWords::default();
        for (owner, table) in [(7, bundled), (8, &small), (7, bundled)] {
            for _pass in 0..2 {
                for raw in &sents {
                    let keys: Vec<WordKeys> = raw.iter().map(|w| WordKeys::new(w)).collect();
                    let want = (keys.clone(), tag(table, &keys, &mut Vec::new()));
                    for lanes in [Lanes::Plain, Lanes::best()] {
                        let rows = Rows::with_lanes(lanes);
                        let got = tag_cached_with(table, owner, raw, &mut cache, rows);
                        assert_eq!(got, want, "model {owner}: {raw:?}");
                    }
                }
            }
        }
        assert!(small.entries() > 0);
    }

    /// The first highest score, as a walk comparing each to the best so far finds it.
    fn first_highest(s: &[i32]) -> usize {
        let mut best = 0;
        for (k, &v) in s.iter().enumerate() {
            if v > s[best] {
                best = k;
            }
        }
        best
    }

    #[test]
    fn argmax_takes_the_first_of_the_highest() {
        assert_eq!(argmax_i32(&[]), 0);
        assert_eq!(argmax_i32(&[i32::MIN; 5]), 0);
        assert_eq!(argmax_i32(&[3, 7, 7, i32::MIN, 7]), 1);
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for n in 1..80 {
            let s: Vec<i32> = (0..n)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    // Few values, so that ties happen; some masked.
                    match seed % 9 {
                        0 => i32::MIN,
                        r => (r as i32 - 4) * 1000,
                    }
                })
                .collect();
            assert_eq!(argmax_i32(&s), first_highest(&s), "{s:?}");
        }
    }

    /// The search by groups of eight finds the first highest, as the
    /// search one at a time does: ties inside and across groups, the
    /// highest last, every score masked but one, all masked; the tagger's
    /// and the parser's widths (56 and 72 sums, 51 and 68 classes), and
    /// one that is no whole number of groups.
    #[test]
    fn argmax_by_groups_of_eight_takes_the_first_of_the_highest() {
        fn check<const N: usize>(classes: usize) {
            let mut seed = 0x9e37_79b9_7f4a_7c15u64;
            let mut cases: Vec<Vec<i32>> = vec![vec![i32::MIN; classes], vec![0; classes]];
            let mut last = vec![i32::MIN; classes];
            last[classes - 1] = -1;
            cases.push(last);
            for _ in 0..300 {
                cases.push(
                    (0..classes)
                        .map(|_| {
                            seed ^= seed << 13;
                            seed ^= seed >> 7;
                            seed ^= seed << 17;
                            match seed % 9 {
                                0 => i32::MIN,
                                r => r as i32 - 4,
                            }
                        })
                        .collect(),
                );
            }
            for s in cases {
                let mut wide = [i32::MIN; N];
                wide[..classes].copy_from_slice(&s);
                assert_eq!(argmax_wide(&wide), argmax_i32(&s), "{s:?}");
            }
        }
        check::<56>(51);
        check::<72>(68);
        check::<13>(11);
    }
}
