//! Adding a [`Table`]'s weights of a set of features: the one sum the
//! tagger and the parser make per word and per move.
//!
//! One pass finds every feature's row (loads independent of one another,
//! so the processor has them all in flight at once: the table is tens of
//! megabytes, read at random, and each load a likely cache miss) and
//! sorts them into dense and sparse; the dense rows (i32, a few features
//! seen everywhere, most of the rows added) are summed a tile of classes at
//! a time into sums the compiler keeps in vector registers, one add per
//! four classes; the sparse rows' entries are added one by one.
//!
//! The bundled model's two widths (the tagger's 51 classes, the parser's
//! 68, rows of 56 and 72) are summed with the width known when compiled,
//! so that no row is bounds-checked past the first pass; any other width
//! (a model trained on other labels, the tests' small ones) a row at a
//! time.

use super::perceptron::{Table, stride};

/// Features summed per batch (the parser has 81, the tagger 25).
const BATCH: usize = 128;

impl Table {
    /// Adds the integer weights of `feats` into `acc` (`nc` sums).
    pub(crate) fn add(&self, feats: &[u32], acc: &mut [i32]) {
        match stride(self.nc) {
            56 => self.add_with::<56, 56>(feats, acc),
            72 => self.add_with::<72, 36>(feats, acc),
            _ => self.add_plain(feats, acc),
        }
    }

    /// [`Table::add`] for rows of `S` classes, summed in tiles of `W`
    /// (`W` divides `S`), in batches.
    fn add_with<const S: usize, const W: usize>(&self, feats: &[u32], acc: &mut [i32]) {
        let zero = [0i32; S];
        let mut dense: [&[i32; S]; BATCH] = [&zero; BATCH];
        let mut sparse = [(0usize, 0usize); BATCH];
        for batch in feats.chunks(BATCH) {
            let (mut nd, mut ns) = (0, 0);
            let mut touch = 0i32;
            for &f in batch {
                let Some((s, e)) = self.row(f) else { continue };
                match self.dense_row(s, e) {
                    Some(row) => {
                        if let Ok(row) = <&[i32; S]>::try_from(row) {
                            touch ^= row[0];
                            dense[nd] = row;
                            nd += 1;
                        }
                    }
                    None => {
                        touch ^= i32::from(self.rows.get(s).copied().unwrap_or(0));
                        touch ^= i32::from(self.rows.get(e - 1).copied().unwrap_or(0));
                        sparse[ns] = (s, e);
                        ns += 1;
                    }
                }
            }
            std::hint::black_box(touch);
            let mut from = 0;
            while from + W <= S {
                let tile = tile::<S, W>(&dense[..nd], from);
                for (a, t) in acc.iter_mut().skip(from).zip(tile) {
                    *a += t;
                }
                from += W;
            }
            for &(s, e) in &sparse[..ns] {
                self.add_sparse(s, e, acc);
            }
        }
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

/// The sums of classes `from..from + W` of the dense rows `rows`.
#[inline]
fn tile<const S: usize, const W: usize>(rows: &[&[i32; S]], from: usize) -> [i32; W] {
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
