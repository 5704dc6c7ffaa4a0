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

use super::perceptron::{Table, stride};

/// Features summed per batch (the parser has 81, the tagger 25).
const BATCH: usize = 128;

/// Classes summed per tile of dense rows: eight vector registers.
const TILE: usize = 32;

impl Table {
    /// Adds the integer weights of `feats` into `acc` (`nc` sums).
    pub(crate) fn add(&self, feats: &[u32], acc: &mut [i32]) {
        let mut dense = [0usize; BATCH];
        let mut sparse = [(0usize, 0usize); BATCH];
        let width = stride(self.nc);
        for batch in feats.chunks(BATCH) {
            let (mut nd, mut ns) = (0, 0);
            let mut touch = 0i32;
            for &f in batch {
                let Some((s, e)) = self.row(f) else { continue };
                if e == s + 1 {
                    let at = usize::from(self.rows.get(s).copied().unwrap_or(0) as u16) * width;
                    touch ^= self.dense.get(at).copied().unwrap_or(0);
                    dense[nd] = at;
                    nd += 1;
                } else {
                    touch ^= i32::from(self.rows.get(s).copied().unwrap_or(0));
                    touch ^= i32::from(self.rows.get(e - 1).copied().unwrap_or(0));
                    sparse[ns] = (s, e);
                    ns += 1;
                }
            }
            std::hint::black_box(touch);
            self.add_dense(&dense[..nd], width, acc);
            for &(s, e) in &sparse[..ns] {
                let (cls, vals) = self.sparse(s, e);
                for (&k, &v) in cls.iter().zip(vals) {
                    if let Some(a) = acc.get_mut(k as u16 as usize) {
                        *a += i32::from(v);
                    }
                }
            }
        }
    }

    /// Adds the dense rows starting at `rows` (offsets into `dense`, rows
    /// of `width` values) into `acc`, a tile of classes at a time.
    fn add_dense(&self, rows: &[usize], width: usize, acc: &mut [i32]) {
        if rows.is_empty() {
            return;
        }
        let mut from = 0;
        while from + TILE <= width {
            add_tile::<TILE>(&self.dense, rows, from, acc);
            from += TILE;
        }
        while from < width {
            add_tile::<8>(&self.dense, rows, from, acc);
            from += 8;
        }
    }
}

/// Adds classes `from..from + W` of the dense rows at `rows` into `acc`
/// (what lies past its end, the rows' padding, is left out).
#[inline]
fn add_tile<const W: usize>(dense: &[i32], rows: &[usize], from: usize, acc: &mut [i32]) {
    let mut tile = [0i32; W];
    for &at in rows {
        let Some(row) = dense
            .get(at + from..at + from + W)
            .and_then(|r| <&[i32; W]>::try_from(r).ok())
        else {
            continue;
        };
        for (t, &v) in tile.iter_mut().zip(row) {
            *t += v;
        }
    }
    for (a, &t) in acc.iter_mut().skip(from).zip(&tile) {
        *a += t;
    }
}
