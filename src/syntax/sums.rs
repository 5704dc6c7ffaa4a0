//! Adding a [`Table`]'s weights of a set of features: the one sum the
//! tagger and the parser make per word and per move.
//!
//! One pass finds every feature's row (loads independent of one another,
//! so the processor has them all in flight at once: the table is tens of
//! megabytes, read at random, and each load a likely cache miss) and
//! sorts them into dense and sparse, into lists ([`Rows`]) the caller keeps
//! from sum to sum, so that no sum clears arrays of its own; the dense rows
//! (i32, a few features seen everywhere, most of the rows added) are summed
//! a tile of classes at a time into sums the compiler keeps in vector
//! registers, one add per four classes; the sparse rows' entries are added
//! one by one.
//!
//! A caller that will mask some classes (the parser's moves the state
//! cannot make) names them, and a tile of dense rows whose classes it
//! masks (all of them, or all past the first four) is not summed.
//!
//! The bundled model's two widths (the tagger's 51 classes, the parser's
//! 68, rows of 56 and 72) are summed with the width known when compiled,
//! so that no row is bounds-checked past the first pass; any other width
//! (a model trained on other labels, the tests' small ones) a row at a
//! time.

use std::ops::Range;

use super::perceptron::{Table, stride};

/// The rows found for one sum: lists kept from sum to sum (cleared, not
/// made again), borrowing the table's dense rows.
#[derive(Default)]
pub(crate) struct Rows<'t> {
    dense: Vec<&'t [i32]>,
    sparse: Vec<(usize, usize)>,
}

/// Classes of a tile summed when the caller masks all its others: one vector.
const HEAD: usize = 4;

impl Table {
    /// Adds the integer weights of `feats` into `acc` (`nc` sums).
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
        self.find_rows::<S>(feats, rows);
        let covered = |from: usize, to: usize| masked.start <= from && to <= masked.end;
        let mut from = 0;
        while from + W <= S {
            if covered(from + HEAD, from + W) {
                if !covered(from, from + HEAD) {
                    add_tile(acc, from, tile::<HEAD>(&rows.dense, from));
                }
            } else {
                add_tile(acc, from, tile::<W>(&rows.dense, from));
            }
            from += W;
        }
        for &(s, e) in &rows.sparse {
            self.add_sparse(s, e, acc);
        }
    }

    /// Sorts the rows of `feats` into `rows` (dense rows of `S` values, and sparse ones).
    fn find_rows<'t, const S: usize>(&'t self, feats: &[u32], rows: &mut Rows<'t>) {
        rows.dense.clear();
        rows.sparse.clear();
        let mut touch = 0i32;
        for &f in feats {
            let Some((s, e)) = self.row(f) else { continue };
            match self.dense_row(s, e) {
                Some(row) => {
                    if row.len() == S {
                        touch ^= row[0];
                        rows.dense.push(row);
                    }
                }
                None => {
                    touch ^= i32::from(self.rows.get(s).copied().unwrap_or(0));
                    touch ^= i32::from(self.rows.get(e - 1).copied().unwrap_or(0));
                    rows.sparse.push((s, e));
                }
            }
        }
        std::hint::black_box(touch);
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

/// Adds the sums of a tile of classes from `from` into `acc`.
#[inline]
fn add_tile<const W: usize>(acc: &mut [i32], from: usize, tile: [i32; W]) {
    for (a, t) in acc.iter_mut().skip(from).zip(tile) {
        *a += t;
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
