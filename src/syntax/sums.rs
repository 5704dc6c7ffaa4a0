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
//! The bundled model's two widths (the tagger's 51 classes, the parser's
//! 68, rows of 56 and 72) are summed with the width known when compiled
//! (a row's tile is checked once, and summed unrolled); any other width (a
//! model trained on other labels, the tests' small ones) a row at a time.

use std::ops::Range;

use super::perceptron::{Table, stride};

/// Features whose rows one pass finds (the parser sums 81 at most, the
/// tagger 25); more are summed in batches.
const BATCH: usize = 128;

/// The rows found for one batch of features: arrays a caller keeps from
/// sum to sum, filled anew, never cleared.
pub(crate) struct Rows<'t> {
    dense: [&'t [i32]; BATCH],
    sparse: [(usize, usize); BATCH],
}

impl Default for Rows<'_> {
    fn default() -> Self {
        Rows {
            dense: [&[]; BATCH],
            sparse: [(0, 0); BATCH],
        }
    }
}

/// Classes of a tile summed when the caller masks all its others: one vector.
const HEAD: usize = 4;

impl Table {
    /// Adds the integer weights of `feats` into `acc` (`nc` sums; sums
    /// past them, up to [`stride`], are added to too, and are faster).
    pub(crate) fn add<'t>(&'t self, feats: &[u32], acc: &mut [i32], rows: &mut Rows<'t>) {
        self.add_except(feats, acc, 0..0, rows);
    }

    /// [`Table::add`], where the sums of the classes in `masked` may be
    /// left wrong (the caller masks them).
    pub(crate) fn add_except<'t>(
        &'t self,
        feats: &[u32],
        acc: &mut [i32],
        masked: Range<usize>,
        rows: &mut Rows<'t>,
    ) {
        match stride(self.nc) {
            56 => self.add_with::<56, 56>(feats, acc, masked, rows),
            72 => self.add_with::<72, 36>(feats, acc, masked, rows),
            _ => self.add_plain(feats, acc),
        }
    }

    /// [`Table::add_except`] for rows of `S` classes, summed in tiles of
    /// `W` (`W` divides `S`).
    fn add_with<'t, const S: usize, const W: usize>(
        &'t self,
        feats: &[u32],
        acc: &mut [i32],
        masked: Range<usize>,
        rows: &mut Rows<'t>,
    ) {
        let covered = |from: usize, to: usize| masked.start <= from && to <= masked.end;
        for batch in feats.chunks(BATCH) {
            let (nd, ns) = self.find_rows::<S>(batch, rows);
            let dense = rows.dense.get(..nd).unwrap_or_default();
            let mut from = 0;
            while from + W <= S {
                if covered(from + HEAD, from + W) {
                    if !covered(from, from + HEAD) {
                        add_tile(acc, from, tile::<HEAD>(dense, from));
                    }
                } else {
                    add_tile(acc, from, tile::<W>(dense, from));
                }
                from += W;
            }
            for &(s, e) in rows.sparse.get(..ns).unwrap_or_default() {
                self.add_sparse(s, e, acc);
            }
        }
    }

    /// Sorts the rows of `batch` (at most [`BATCH`] features) into `rows`
    /// (dense rows of `S` values, and sparse ones): [`Table::row`] and
    /// [`Table::dense_row`] for a table whose rows are `S` wide, with fewer
    /// checks. Returns how many of each it found.
    fn find_rows<'t, const S: usize>(
        &'t self,
        batch: &[u32],
        rows: &mut Rows<'t>,
    ) -> (usize, usize) {
        let (mut nd, mut ns) = (0, 0);
        let mut touch = 0i32;
        for &f in batch {
            let b = f as usize;
            let Some(&[s, e]) = self.starts.get(b..b + 2) else {
                continue;
            };
            let (s, e) = (s as usize, e as usize);
            if e == s + 1 {
                let at = usize::from(self.rows.get(s).copied().unwrap_or(0) as u16) * S;
                if let Some(row) = self.dense.get(at..at + S)
                    && let Some(slot) = rows.dense.get_mut(nd)
                {
                    touch ^= row[0];
                    *slot = row;
                    nd += 1;
                }
            } else if s < e
                && let Some(slot) = rows.sparse.get_mut(ns)
            {
                touch ^= i32::from(self.rows.get(s).copied().unwrap_or(0));
                touch ^= i32::from(self.rows.get(e - 1).copied().unwrap_or(0));
                *slot = (s, e);
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

/// The sums of classes `from..from + W` of the dense rows `rows`. Not
/// inlined: inlined into the choice of tiles, it was no longer vectorised.
#[inline(never)]
fn tile<const W: usize>(rows: &[&[i32]], from: usize) -> [i32; W] {
    let mut tile = [0i32; W];
    for row in rows {
        if let Some(part) = row.get(from..from + W) {
            for (t, &v) in tile.iter_mut().zip(part) {
                *t += v;
            }
        }
    }
    tile
}
