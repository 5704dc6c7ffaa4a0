//! Adding a [`Table`]'s weights of a set of features: the one sum the
//! tagger and the parser make per word and per move.
//!
//! One pass finds every feature's row (loads independent of one another,
//! so the processor has them all in flight at once: the table is tens of
//! megabytes, read at random, and each load a likely cache miss) and
//! sorts them into dense and sparse, into arrays ([`Rows`]) the caller
//! keeps from sum to sum, so that no sum clears arrays of its own; the dense rows
//! (i32, a few features seen everywhere, most of the rows added) are summed
//! a tile of classes at a time into sums the compiler keeps in vector
//! registers, one add per four classes; the sparse rows' entries are added
//! one by one. Sums as wide as the rows take a tile a vector at a time.
//!
//! A caller that will mask some classes (the parser's moves the state
//! cannot make) names them, and a tile of dense rows whose classes it
//! masks (all of them, or all past the first four) is not summed.
//!
//! Where the processor has AVX2 (`ner::lanes`), the dense rows are summed
//! whole in one pass instead, eight classes per add straight from memory,
//! into sums started from the caller's: a row of 72 classes is nine adds
//! where SSE2's tiles take thirty-six loads and adds. Integer sums, so
//! the same.
//!
//! The bundled model's two widths (the tagger's 51 classes, the parser's
//! 68, rows of 56 and 72) are summed with the width known when compiled
//! (a row's tile is checked once, and summed unrolled); any other width (a
//! model trained on other labels, the tests' small ones) a row at a time.

use std::ops::Range;

use super::perceptron::{Table, stride};
use crate::ner::lanes::Lanes;

/// Features whose rows one pass finds (the parser sums 81 at most, the
/// tagger 25); more are summed in batches.
const BATCH: usize = 128;

/// The rows found for one batch of features: arrays a caller keeps from
/// sum to sum, filled anew, never cleared. Rows are kept by number, not
/// by reference: a dense row's number among the table's dense rows, a
/// sparse row's start in its rows and number of entries (four and eight
/// bytes where a slice took sixteen, and one bounds check where a slice
/// was checked when found and again when summed).
pub(crate) struct Rows {
    dense: [u32; BATCH],
    /// Sparse rows: where each starts, and its number of entries.
    sparse: [(u32, u32); BATCH],
    /// The vector width the dense rows are summed with.
    lanes: Lanes,
}

impl Default for Rows {
    fn default() -> Self {
        Rows::with_lanes(Lanes::best())
    }
}

impl Rows {
    /// Arrays whose dense rows are summed with `lanes` (the sums are the
    /// same with any).
    pub(crate) fn with_lanes(lanes: Lanes) -> Self {
        Rows {
            dense: [0; BATCH],
            sparse: [(0, 0); BATCH],
            lanes,
        }
    }

    /// The vector width the rows are summed with.
    pub(crate) fn lanes(&self) -> Lanes {
        self.lanes
    }
}

/// Classes of a tile summed when the caller masks all its others: one vector.
const HEAD: usize = 4;

impl Table {
    /// Adds the integer weights of `feats` into `acc` (`nc` sums; sums
    /// past them, up to [`stride`], are added to too, and are faster).
    pub(crate) fn add(&self, feats: &[u32], acc: &mut [i32], rows: &mut Rows) {
        self.add_except(feats, acc, 0..0, rows);
    }

    /// [`Table::add`], where the sums of the classes in `masked` may be
    /// left wrong (the caller masks them).
    pub(crate) fn add_except(
        &self,
        feats: &[u32],
        acc: &mut [i32],
        masked: Range<usize>,
        rows: &mut Rows,
    ) {
        match stride(self.nc) {
            56 => self.add_with::<56, 56>(feats, acc, masked, rows),
            72 => self.add_with::<72, 36>(feats, acc, masked, rows),
            _ => self.add_plain(feats, acc),
        }
    }

    /// [`Table::add_except`] for rows of `S` classes, summed in tiles of
    /// `W` (`W` divides `S`).
    fn add_with<const S: usize, const W: usize>(
        &self,
        feats: &[u32],
        acc: &mut [i32],
        masked: Range<usize>,
        rows: &mut Rows,
    ) {
        let (dense, _) = self.dense.as_chunks::<S>();
        for batch in feats.chunks(BATCH) {
            let (nd, ns) = self.find_rows::<S>(batch, dense, rows);
            let found = rows.dense.get(..nd).unwrap_or_default();
            match rows.lanes {
                #[cfg(target_arch = "x86_64")]
                // SAFETY: a `Lanes::Avx2` holds the proof that the processor has AVX2.
                Lanes::Avx2(_) => unsafe { add_dense_avx2::<S>(acc, dense, found) },
                _ => add_dense_tiles::<S, W>(acc, dense, found, &masked),
            }
            for &(s, half) in rows.sparse.get(..ns).unwrap_or_default() {
                self.add_pairs(s as usize, half as usize, acc);
            }
        }
    }

    /// Sorts the rows of `batch` (at most [`BATCH`] features) into `rows`
    /// (dense rows of `S` values, `dense` the table's, and sparse ones):
    /// [`Table::row`] and [`Table::dense_row`] for a table whose rows are
    /// `S` wide, with fewer checks. Returns how many of each it found.
    fn find_rows<const S: usize>(
        &self,
        batch: &[u32],
        dense: &[[i32; S]],
        rows: &mut Rows,
    ) -> (usize, usize) {
        let (starts, entries) = (&self.starts[..], &self.rows[..]);
        let (mut nd, mut ns) = (0, 0);
        let mut touch = 0i32;
        for &f in batch.get(..BATCH).unwrap_or(batch) {
            let b = f as usize;
            let Some(&[s, e]) = starts.get(b..b + 2) else {
                continue;
            };
            let (s, e) = (s as usize, e as usize);
            if e == s + 1 {
                let number = entries.get(s).map_or(0, |&n| n as u16);
                if let Some(row) = dense.get(usize::from(number)) {
                    touch ^= row[0];
                    // `nd` < BATCH (a row per feature): the remainder
                    // only spares a bounds check.
                    rows.dense[nd % BATCH] = u32::from(number);
                    nd += 1;
                }
            } else if let Some(row) = entries.get(s..e)
                && let [first, .., last] = row
            {
                touch ^= i32::from(*first) ^ i32::from(*last);
                // Rows hold fewer than 2^32 values (`starts` are u32).
                rows.sparse[ns % BATCH] = (s as u32, (row.len() / 2) as u32);
                ns += 1;
            }
        }
        std::hint::black_box(touch);
        (nd, ns)
    }

    /// [`Table::add`] for rows of any width, one row at a time.
    fn add_plain(&self, feats: &[u32], acc: &mut [i32]) {
        for &f in feats {
            let Some((s, e)) = self.row(f) else { continue };
            match self.dense_row(s, e) {
                Some(row) => {
                    for (a, &v) in acc.iter_mut().zip(row) {
                        *a += v;
                    }
                }
                None => self.add_sparse(s, e, acc),
            }
        }
    }

    /// Adds the `half` entries of the sparse row from `s` (`half` classes,
    /// then their weights) into `acc`: [`Table::add_sparse`] with the
    /// halves' lengths known, so no shorter one is looked for.
    #[inline]
    fn add_pairs(&self, s: usize, half: usize, acc: &mut [i32]) {
        let Some(row) = self.rows.get(s..s + 2 * half) else {
            return;
        };
        let (cls, vals) = row.split_at(half);
        for (&k, &v) in cls.iter().zip(vals) {
            if let Some(a) = acc.get_mut(k as u16 as usize) {
                *a += i32::from(v);
            }
        }
    }

    /// Adds the entries of the sparse row `s..e` into `acc`.
    #[inline]
    fn add_sparse(&self, s: usize, e: usize, acc: &mut [i32]) {
        let (cls, vals) = self.sparse(s, e);
        for (&k, &v) in cls.iter().zip(vals) {
            if let Some(a) = acc.get_mut(k as u16 as usize) {
                *a += i32::from(v);
            }
        }
    }
}

/// Adds the sums of a tile of classes from `from` into `acc`: one vector
/// add per four classes when `acc` holds the whole tile (sums as wide as
/// the table's rows), one class at a time past its end otherwise.
#[inline]
fn add_tile<const W: usize>(acc: &mut [i32], from: usize, tile: [i32; W]) {
    match acc.get_mut(from..from + W) {
        Some(part) => {
            for (a, t) in part.iter_mut().zip(tile) {
                *a += t;
            }
        }
        None => {
            for (a, t) in acc.iter_mut().skip(from).zip(tile) {
                *a += t;
            }
        }
    }
}

/// Adds the dense rows numbered `found` of `dense` (`S` classes each)
/// into `acc` a tile of `W` classes at a time, four per add (SSE2),
/// skipping the tiles whose classes `masked` covers (all of them, or all
/// past the first four).
#[inline(always)]
fn add_dense_tiles<const S: usize, const W: usize>(
    acc: &mut [i32],
    dense: &[[i32; S]],
    found: &[u32],
    masked: &Range<usize>,
) {
    let covered = |from: usize, to: usize| masked.start <= from && to <= masked.end;
    let mut from = 0;
    while from + W <= S {
        if covered(from + HEAD, from + W) {
            if !covered(from, from + HEAD) {
                add_tile(acc, from, tile_plain::<S, HEAD>(dense, found, from));
            }
        } else {
            add_tile(acc, from, tile_plain::<S, W>(dense, found, from));
        }
        from += W;
    }
}

/// Adds the dense rows numbered `found` of `dense` (`S` classes each)
/// into `acc` with AVX2: the whole row in one pass, eight classes per add
/// taken straight from memory (SSE2 loads and adds four in two
/// instructions), the sums started from `acc` and held in registers (a
/// row of 72 is nine of the sixteen). Masked classes are summed too: a
/// second pass for the others cost more than they do.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline(never)]
fn add_dense_avx2<const S: usize>(acc: &mut [i32], dense: &[[i32; S]], found: &[u32]) {
    match acc.get_mut(..S) {
        Some(part) => {
            let mut sums = [0i32; S];
            sums.copy_from_slice(part);
            let sums = tile_sums_from(sums, dense, found, 0);
            part.copy_from_slice(&sums);
        }
        None => add_tile(acc, 0, tile_sums_from([0; S], dense, found, 0)),
    }
}

/// The sums of classes `from..from + W` of the dense rows numbered
/// `found` of `dense`, for any processor. Not inlined: inlined into the
/// choice of tiles, it was no longer vectorised.
#[inline(never)]
fn tile_plain<const S: usize, const W: usize>(
    dense: &[[i32; S]],
    found: &[u32],
    from: usize,
) -> [i32; W] {
    tile_sums_from([0; W], dense, found, from)
}

/// `start` plus the sums of classes `from..from + W` of the dense rows
/// numbered `found` of `dense`, compiled into each vector width.
#[inline(always)]
fn tile_sums_from<const S: usize, const W: usize>(
    start: [i32; W],
    dense: &[[i32; S]],
    found: &[u32],
    from: usize,
) -> [i32; W] {
    let mut tile = start;
    for &number in found {
        if let Some(part) = dense
            .get(number as usize)
            .and_then(|row| row.get(from..from + W))
        {
            for (t, &v) in tile.iter_mut().zip(part) {
                *t += v;
            }
        }
    }
    tile
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::lanes::Avx2;
    use crate::syntax::Parser;
    use crate::syntax::features::{WordKeys, parser_features};
    use crate::syntax::moves::Moves;
    use crate::syntax::perceptron::bucket;
    use crate::syntax::tag_features::tagger_features;
    use crate::syntax::tagger::tag;
    use crate::syntax::transition::State;

    /// Feature sets the tagger and the parser sum over an invented
    /// sentence (each word's, each configuration's of its parse), and
    /// sets of hashed buckets, more than a batch holds among them.
    fn feature_sets(parser: &Parser) -> (Vec<Vec<u32>>, Vec<Vec<u32>>) {
        let sentence = "Talvo Works , the Brenn maker of grey boats , said on Monday that it had bought the mill in Zürich from Ölvarn for € 12 млн 🙂 .";
        let words: Vec<WordKeys> = sentence.split(' ').map(WordKeys::new).collect();
        let tags = tag(&parser.tagger, &words, &mut Vec::new());
        let (mut tagging, mut parsing) = (Vec::new(), Vec::new());
        let mut f = Vec::new();
        for i in 0..words.len() {
            tagger_features(&words, i, &tags[..i], parser.tagger.bits, &mut f);
            tagging.push(f.clone());
        }
        let table = &parser.parser;
        let (mut state, mut moves) = (State::new(words.len()), Moves::new(table, words.len()));
        while !state.is_final() {
            let m = match state.forced() {
                Some(m) => m,
                None => {
                    parser_features(&state, &words, &tags, table.bits, &mut f);
                    parsing.push(f.clone());
                    moves.best(&state, &words, &tags)
                }
            };
            state.apply(m);
        }
        for (sets, bits) in [
            (&mut tagging, parser.tagger.bits),
            (&mut parsing, table.bits),
        ] {
            for (n, seed) in [(1u64, 7u64), (300, 17)] {
                sets.push(
                    (0..n)
                        .map(|k| bucket((k + seed).wrapping_mul(0x9E37_79B9_7F4A_7C15), bits))
                        .collect(),
                );
            }
        }
        (tagging, parsing)
    }

    /// The bundled tables' sums (the tagger's rows of 56, the parser's of
    /// 72) are the same with AVX2, where the processor has it, as with
    /// the portable path, for sums as wide as the classes or the rows and
    /// every class masking the parser makes.
    #[test]
    fn every_vector_width_sums_alike() {
        let parser = Parser::bundled().expect("the bundled parser loads");
        let widest = Rows::default().lanes;
        assert_eq!(
            matches!(widest, Lanes::Avx2(_)),
            Avx2::detect().is_some(),
            "the widest path the processor has"
        );
        let (tagging, parsing) = feature_sets(parser);
        for (table, sets) in [(&parser.tagger, tagging), (&parser.parser, parsing)] {
            let (nc, wide) = (table.nc, stride(table.nc));
            let mut weighed = false;
            for feats in &sets {
                for masked in [0..0, 2..36, 35..36, 2..35, 0..nc] {
                    for len in [nc, wide] {
                        let sum = |lanes: Lanes| {
                            let mut acc = vec![0i32; len];
                            let mut rows = Rows::with_lanes(lanes);
                            table.add_except(feats, &mut acc, masked.clone(), &mut rows);
                            let kept = (0..len).filter(|k| !masked.contains(k));
                            kept.map(|k| acc[k]).collect::<Vec<_>>()
                        };
                        let (plain, best) = (sum(Lanes::Plain), sum(widest));
                        assert_eq!(plain, best, "{nc} classes, {masked:?}, {len} sums");
                        weighed |= plain.iter().any(|&v| v != 0);
                    }
                }
            }
            assert!(weighed, "{nc} classes: no weights summed");
        }
    }
}
