//! Multi-class averaged perceptron over hashed feature buckets: the float
//! tables training updates, and the sparse quantised table a trained model
//! keeps (and its bytes in the model file).
//!
//! The averaging is the lazy trick of `ner::perceptron`: alongside the
//! current weights, the sum of `c * update`, so the average is
//! `cur - acc / c` without touching every weight at every step. The stored
//! table keeps, per bucket that has any, only the classes with a non-zero
//! quantised weight (most features are updated for a few classes only),
//! found by where each bucket's entries start. In memory, a
//! bucket with many classes is kept dense (every class, zeros included),
//! so adding its weights is one pass the compiler vectorises; a sparse
//! one keeps its classes and weights side by side in one array, so a row
//! is one or two cache lines where two arrays made it two or three.
//!
//! `build.rs` compiles this file and `blob` too (to make the bundled
//! model's tables): they use nothing but `std`, `miniz_oxide` and each other.

use std::borrow::Cow;

/// The bucket of a feature hash in a table of `2^bits` buckets.
#[inline]
pub(crate) fn bucket(hash: u64, bits: u32) -> u32 {
    (hash >> (64 - bits)) as u32
}

/// Float weights being trained: `2^bits` buckets of `nc` classes.
pub(crate) struct Trainer {
    pub(crate) bits: u32,
    pub(crate) nc: usize,
    cur: Vec<f32>,
    acc: Vec<f32>,
    c: f32,
}

impl Trainer {
    /// Zero weights.
    pub(crate) fn new(bits: u32, nc: usize) -> Self {
        let len = (1usize << bits) * nc;
        Trainer {
            bits,
            nc,
            cur: vec![0.0; len],
            acc: vec![0.0; len],
            c: 1.0,
        }
    }

    /// Adds the current weights of `feats` into `out` (`nc` scores).
    pub(crate) fn scores(&self, feats: &[u32], out: &mut [f32]) {
        out.iter_mut().for_each(|o| *o = 0.0);
        for &f in feats {
            let at = f as usize * self.nc;
            for (o, w) in out.iter_mut().zip(&self.cur[at..at + self.nc]) {
                *o += *w;
            }
        }
    }

    /// Moves the weights of `feats` towards `gold` and away from `pred`.
    pub(crate) fn update(&mut self, feats: &[u32], gold: usize, pred: usize) {
        if gold == pred {
            return;
        }
        let c = self.c;
        for &f in feats {
            let at = f as usize * self.nc;
            self.cur[at + gold] += 1.0;
            self.cur[at + pred] -= 1.0;
            self.acc[at + gold] += c;
            self.acc[at + pred] -= c;
        }
    }

    /// Counts one training example (for the average).
    pub(crate) fn tick(&mut self) {
        self.c += 1.0;
    }

    /// The averaged weights, quantised into a stored table; weights whose
    /// quantised magnitude is below `min_q` are dropped (pruning).
    pub(crate) fn finish(&self, min_q: i16) -> Table {
        let c = self.c;
        let avg: Vec<f32> = self
            .cur
            .iter()
            .zip(&self.acc)
            .map(|(w, a)| w - a / c)
            .collect();
        Table::quantise(self.bits, self.nc, &avg, min_q)
    }
}

/// A trained weight table: per present bucket, its non-zero classes and
/// their i16 weights (real weight = stored / `scale`), in one row of
/// `rows`: the `k` classes, then their `k` weights. A bucket with at
/// least [`dense_min`] of them (the few features seen everywhere: tags,
/// the bias) keeps the weights of every class instead, widened to i32, as
/// a row of `dense` ([`Table::stride`] values, zeros past `nc`); its row in
/// `rows` is one value, the dense row's number (which no sparse row's
/// even length `2k` equals). Adding dense rows is then one vector add per
/// four classes into sums held in registers (`syntax::sums`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Table {
    pub(crate) bits: u32,
    pub(crate) nc: usize,
    scale: f32,
    /// Per bucket, where its entries start, and one more at the end (a
    /// bucket without entries starts where the next does): two loads find
    /// a bucket, where a bitmap-and-rank index needed a population count,
    /// a dozen instructions without the `popcnt` of newer processors.
    pub(super) starts: Cow<'static, [u32]>,
    pub(super) rows: Cow<'static, [i16]>,
    pub(super) dense: Cow<'static, [i32]>,
    /// Number of non-zero weights.
    stored: usize,
}

/// A [`Table`]'s arrays, borrowed (the bundled model's, compiled in) or owned.
pub(crate) struct Arrays {
    /// Where each bucket's row starts, and one more at the end.
    pub(crate) starts: Cow<'static, [u32]>,
    /// The rows.
    pub(crate) rows: Cow<'static, [i16]>,
    /// The dense rows.
    pub(crate) dense: Cow<'static, [i32]>,
}

/// The number of classes from which a bucket is kept dense: a quarter of
/// them (adding a dense row costs about as much as a sparse row of that
/// many entries), and at least 4; never under 8 classes.
fn dense_min(nc: usize) -> usize {
    if nc < 8 { usize::MAX } else { (nc / 4).max(4) }
}

/// Dense rows a table can number (in one i16 of `rows`); buckets past
/// them stay sparse.
const MAX_DENSE: usize = 1 << 16;

/// A dense row's length: `nc` rounded up to whole groups of eight.
pub(crate) fn stride(nc: usize) -> usize {
    nc.next_multiple_of(8)
}

impl Table {
    /// Quantises float weights (`2^bits * nc`).
    pub(crate) fn quantise(bits: u32, nc: usize, w: &[f32], min_q: i16) -> Table {
        let max = w.iter().fold(0f32, |m, &v| m.max(v.abs())).max(1e-9);
        let scale = 32000.0 / max;
        let (mut ids, mut counts, mut cls, mut vals) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (b, row) in w.chunks_exact(nc).enumerate() {
            let before = vals.len();
            for (k, &v) in row.iter().enumerate() {
                let q = (v * scale).round().clamp(-32767.0, 32767.0) as i16;
                if q != 0 && q.unsigned_abs() >= min_q.unsigned_abs() {
                    cls.push(k as u8);
                    vals.push(q);
                }
            }
            if vals.len() > before {
                ids.push(b);
                counts.push((vals.len() - before) as u8);
            }
        }
        Table::from_parts(bits, nc, scale, &ids, &counts, &cls, &vals)
    }

    /// Builds the table from present buckets (ascending), their entry
    /// counts, and their entries' classes (ascending within a bucket) and
    /// weights in the same order.
    fn from_parts(
        bits: u32,
        nc: usize,
        scale: f32,
        ids: &[usize],
        counts: &[u8],
        cls: &[u8],
        vals: &[i16],
    ) -> Table {
        let mut starts = Vec::with_capacity((1usize << bits) + 1);
        let stored = vals.len();
        let (min, width) = (dense_min(nc), stride(nc));
        let mut rows = Vec::with_capacity(2 * stored);
        let mut dense = Vec::new();
        let mut from = 0usize;
        for (&b, &count) in ids.iter().zip(counts) {
            starts.resize(b + 1, rows.len() as u32);
            let to = from + usize::from(count);
            let (row_cls, row_vals) = (&cls[from..to], &vals[from..to]);
            let number = dense.len() / width;
            if row_cls.len() >= min && number < MAX_DENSE {
                rows.push(number as u16 as i16);
                dense.resize(dense.len() + width, 0);
                let row = &mut dense[number * width..];
                for (&k, &v) in row_cls.iter().zip(row_vals) {
                    row[usize::from(k)] = i32::from(v);
                }
            } else {
                rows.extend(row_cls.iter().map(|&k| i16::from(k)));
                rows.extend_from_slice(row_vals);
            }
            from = to;
        }
        starts.resize((1usize << bits) + 1, rows.len() as u32);
        Table {
            bits,
            nc,
            scale,
            starts: Cow::Owned(starts),
            rows: Cow::Owned(rows),
            dense: Cow::Owned(dense),
            stored,
        }
    }

    /// The scalars of the table: `bits`, `nc`, the scale's bits and the
    /// number of stored weights (what [`Table::from_arrays`] takes back).
    pub(crate) fn scalars(&self) -> [u64; 4] {
        [
            u64::from(self.bits),
            self.nc as u64,
            u64::from(self.scale.to_bits()),
            self.stored as u64,
        ]
    }

    /// The table's arrays (starts, rows, dense rows), borrowed.
    pub(crate) fn arrays(&self) -> (&[u32], &[i16], &[i32]) {
        (&self.starts, &self.rows, &self.dense)
    }

    /// A table from the [`Table::scalars`] and [`Table::arrays`] of one,
    /// checked for sizes (any contents are read without panicking).
    pub(crate) fn from_arrays(scalars: [u64; 4], a: Arrays) -> Result<Table, String> {
        let [bits, nc, scale, stored] = scalars;
        if !(8..=26).contains(&bits) || nc == 0 || nc > 255 {
            return Err("table sizes out of range".into());
        }
        if a.starts.len() != (1usize << bits) + 1
            || a.starts.last().map(|&e| e as usize) != Some(a.rows.len())
            || !a.dense.len().is_multiple_of(stride(nc as usize))
        {
            return Err("table arrays do not match".into());
        }
        Ok(Table {
            bits: bits as u32,
            nc: nc as usize,
            scale: f32::from_bits(scale as u32),
            starts: a.starts,
            rows: a.rows,
            dense: a.dense,
            stored: stored as usize,
        })
    }

    /// Number of stored (non-zero) weights.
    pub(crate) fn entries(&self) -> usize {
        self.stored
    }

    /// The entries of bucket `b`, if present.
    #[inline]
    pub(super) fn row(&self, b: u32) -> Option<(usize, usize)> {
        let b = b as usize;
        let (s, e) = (*self.starts.get(b)?, *self.starts.get(b + 1)?);
        (s < e).then_some((s as usize, e as usize))
    }

    /// The dense row of the row `s..e`, when it is one: its weights, `stride` values.
    #[inline]
    pub(super) fn dense_row(&self, s: usize, e: usize) -> Option<&[i32]> {
        if e != s + 1 {
            return None;
        }
        let width = stride(self.nc);
        let at = usize::from(self.rows.get(s).copied().unwrap_or(0) as u16) * width;
        Some(self.dense.get(at..at + width).unwrap_or_default())
    }

    /// The classes and weights of the sparse row `s..e`.
    #[inline]
    pub(super) fn sparse(&self, s: usize, e: usize) -> (&[i16], &[i16]) {
        let row = self.rows.get(s..e).unwrap_or_default();
        row.split_at(row.len() / 2)
    }

    /// The stored (class, weight) pairs of the row `s..e`.
    fn kept(&self, s: usize, e: usize) -> Vec<(u8, i16)> {
        match self.dense_row(s, e) {
            Some(vals) => (0..=u8::MAX)
                .zip(vals.iter().take(self.nc))
                .filter(|(_, v)| **v != 0)
                .map(|(k, &v)| (k, v as i16))
                .collect(),
            None => {
                let (cls, vals) = self.sparse(s, e);
                cls.iter()
                    .map(|&k| k as u8)
                    .zip(vals.iter().copied())
                    .filter(|(_, v)| *v != 0)
                    .collect()
            }
        }
    }

    /// Appends the table's bytes (column by column, so they deflate well).
    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&(self.nc as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_bits().to_le_bytes());
        let ids = self.present();
        out.extend_from_slice(&(ids.len() as u32).to_le_bytes());
        out.extend_from_slice(&(self.stored as u32).to_le_bytes());
        let mut last = 0usize;
        for &b in &ids {
            write_varint(out, (b - last) as u64);
            last = b;
        }
        // The stored entries: dense rows' zeros are not written.
        let kept = |w: &[u32]| self.kept(w[0] as usize, w[1] as usize);
        let rows = || self.starts.windows(2).filter(|w| w[0] < w[1]);
        for w in rows() {
            out.push(kept(w).len() as u8);
        }
        for w in rows() {
            out.extend(kept(w).iter().map(|&(k, _)| k));
        }
        for byte in 0..2 {
            for w in rows() {
                out.extend(kept(w).iter().map(|(_, v)| v.to_le_bytes()[byte]));
            }
        }
    }

    /// Present bucket ids, ascending.
    fn present(&self) -> Vec<usize> {
        (0..self.starts.len().saturating_sub(1))
            .filter(|&b| self.starts[b] < self.starts[b + 1])
            .collect()
    }

    /// Reads a table [`Table::write`] wrote.
    pub(crate) fn read(r: &mut Reader) -> Result<Table, String> {
        let bits = r.u32()?;
        if !(8..=26).contains(&bits) {
            return Err("hash table size out of range".into());
        }
        let nc = r.u32()? as usize;
        if nc == 0 || nc > 255 {
            return Err("class count out of range".into());
        }
        let scale = f32::from_bits(r.u32()?);
        let rows = r.u32()? as usize;
        let total = r.u32()? as usize;
        if rows > (1usize << bits) || total > rows * nc {
            return Err("table sizes out of range".into());
        }
        let mut ids = Vec::with_capacity(rows);
        let mut last = 0usize;
        for k in 0..rows {
            let d = r.varint()? as usize;
            if k > 0 && d == 0 {
                return Err("buckets out of order".into());
            }
            last = last.checked_add(d).ok_or("bucket overflow")?;
            if last >= 1usize << bits {
                return Err("bucket out of range".into());
            }
            ids.push(last);
        }
        let counts = r.bytes(rows)?;
        if counts.contains(&0) {
            return Err("a bucket without entries".into());
        }
        if counts.iter().map(|&c| usize::from(c)).sum::<usize>() != total {
            return Err("entry counts do not add up".into());
        }
        let cls = r.bytes(total)?;
        if cls.iter().any(|&k| usize::from(k) >= nc) {
            return Err("class out of range".into());
        }
        let mut from = 0usize;
        for &count in counts {
            let to = from + usize::from(count);
            if cls[from..to].windows(2).any(|w| w[0] >= w[1]) {
                return Err("classes out of order".into());
            }
            from = to;
        }
        let lo = r.bytes(total)?;
        let hi = r.bytes(total)?;
        let vals: Vec<i16> = lo
            .iter()
            .zip(hi)
            .map(|(&l, &h)| i16::from_le_bytes([l, h]))
            .collect();
        Ok(Table::from_parts(bits, nc, scale, &ids, counts, cls, &vals))
    }
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads little-endian values off a byte slice, never past its end.
pub(crate) struct Reader<'a> {
    pub(crate) p: &'a [u8],
    pub(crate) at: usize,
}

impl<'a> Reader<'a> {
    /// The next `n` bytes.
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).ok_or("truncated")?;
        let s = self.p.get(self.at..end).ok_or("truncated")?;
        self.at = end;
        Ok(s)
    }

    /// A little-endian u32.
    pub(crate) fn u32(&mut self) -> Result<u32, String> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A LEB128 varint.
    pub(crate) fn varint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.bytes(1)?[0];
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err("bad varint".into())
    }

    /// A u32-length-prefixed UTF-8 string.
    pub(crate) fn string(&mut self) -> Result<String, String> {
        let n = self.u32()? as usize;
        String::from_utf8(self.bytes(n)?.to_vec()).map_err(|_| "bad string".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::sums::Rows;

    #[test]
    fn learns_to_separate_two_classes_and_round_trips() {
        let mut t = Trainer::new(8, 3);
        let (a, b) = ([1u32, 7], [2u32, 7]);
        let mut s = [0f32; 3];
        for _ in 0..5 {
            for (f, g) in [(&a[..], 0usize), (&b[..], 2)] {
                t.scores(f, &mut s);
                let p = (0..3)
                    .max_by(|&x, &y| s[x].total_cmp(&s[y]).then(y.cmp(&x)))
                    .expect("test data");
                t.update(f, g, p);
                t.tick();
            }
        }
        let table = t.finish(1);
        let best = |f: &[u32]| {
            let mut acc = [0i32; 3];
            table.add(f, &mut acc, &mut Rows::default());
            (0..3)
                .max_by_key(|&k| (acc[k], std::cmp::Reverse(k)))
                .expect("test data")
        };
        assert_eq!(best(&a), 0);
        assert_eq!(best(&b), 2);
        let mut bytes = Vec::new();
        table.write(&mut bytes);
        let back = Table::read(&mut Reader { p: &bytes, at: 0 }).expect("test data");
        assert_eq!(back, table);
        assert!(
            Table::read(&mut Reader {
                p: &bytes[..bytes.len() - 1],
                at: 0
            })
            .is_err()
        );
    }

    #[test]
    fn dense_buckets_add_and_write_as_sparse_ones() {
        // Bucket 1 has six classes of eight (dense from two), bucket 2 one, bucket 3 none.
        let nc = 8;
        let mut w = vec![0f32; 256 * nc];
        for (k, v) in [(0, 3.0), (2, -1.0), (3, 2.5), (4, 1.0), (6, -4.0), (7, 0.5)] {
            w[nc + k] = v;
        }
        w[2 * nc + 5] = 2.0;
        let table = Table::quantise(8, nc, &w, 1);
        assert_eq!(table.entries(), 7);
        assert_eq!(table.rows.len(), 1 + 2, "bucket 1 is kept dense");
        assert_eq!(table.dense.len(), stride(nc));
        let mut acc = vec![0i32; nc];
        table.add(&[1, 2, 3, 1], &mut acc, &mut Rows::default());
        let q = |v: f32| (v * table.scale).round() as i32;
        assert_eq!(
            acc,
            vec![
                2 * q(3.0),
                0,
                2 * q(-1.0),
                2 * q(2.5),
                2 * q(1.0),
                q(2.0),
                2 * q(-4.0),
                2 * q(0.5)
            ]
        );
        let mut bytes = Vec::new();
        table.write(&mut bytes);
        // 5 u32 header words, 2 varint ids, 2 counts, 7 classes, 14 weight bytes.
        assert_eq!(bytes.len(), 20 + 2 + 2 + 7 + 14);
        let back = Table::read(&mut Reader { p: &bytes, at: 0 }).expect("test data");
        assert_eq!(back, table);
        let mut again = Vec::new();
        back.write(&mut again);
        assert_eq!(again, bytes);
    }

    #[test]
    fn sums_of_dense_and_sparse_rows_match_the_weights_added_one_by_one() {
        // 68 and 51 classes (the parser's and the tagger's): rows of every
        // width, features past one batch, some buckets repeated, some empty.
        for nc in [68, 51, 9] {
            let mut w = vec![0f32; 256 * nc];
            let mut x = 0x2545_F491_u32;
            for b in 0..200 {
                for k in 0..nc {
                    x ^= x << 13;
                    x ^= x >> 17;
                    x ^= x << 5;
                    // Bucket b has about b % 5 classes in five set.
                    if x % 5 < b as u32 % 5 || b % 7 == 0 {
                        w[b * nc + k] = (x % 2001) as f32 - 1000.0;
                    }
                }
            }
            let table = Table::quantise(8, nc, &w, 1);
            assert!(!table.dense.is_empty());
            let feats: Vec<u32> = (0..300).map(|i| (i * 37 % 256) as u32).collect();
            let mut acc = vec![0i32; nc];
            table.add(&feats, &mut acc, &mut Rows::default());
            let mut want = vec![0i32; nc];
            for &f in &feats {
                for k in 0..nc {
                    let q = (w[f as usize * nc + k] * table.scale).round() as i32;
                    want[k] += q;
                }
            }
            assert_eq!(acc, want, "{nc} classes");
            // Sums as wide as the rows: the same, and zeros past the classes.
            let mut wide = vec![0i32; stride(nc)];
            table.add(&feats, &mut wide, &mut Rows::default());
            assert_eq!(wide[..nc], want[..], "{nc} classes, wide");
            assert!(wide[nc..].iter().all(|&v| v == 0));
            // The classes a caller masks may be left unsummed; the others' sums are the same.
            let mut rows = Rows::default();
            for masked in [2..36, 35..36, 0..nc, 4..36, 40..72, 0..4, 3..72] {
                let mut part = vec![0i32; nc];
                table.add_except(&feats, &mut part, masked.clone(), &mut rows);
                for k in (0..nc).filter(|k| !masked.contains(k)) {
                    assert_eq!(part[k], want[k], "{nc} classes, {masked:?}");
                }
            }
        }
    }

    #[test]
    fn classes_out_of_order_are_refused() {
        let mut w = vec![0f32; 256 * 3];
        w[3] = 1.0;
        w[5] = 2.0;
        let mut bytes = Vec::new();
        let table = Table::quantise(8, 3, &w, 1);
        table.write(&mut bytes);
        assert!(Table::read(&mut Reader { p: &bytes, at: 0 }).is_ok());
        // Header (20), one id (1), one count (1), then the two classes 0 and 2.
        bytes.swap(22, 23);
        assert!(Table::read(&mut Reader { p: &bytes, at: 0 }).is_err());
    }
}
