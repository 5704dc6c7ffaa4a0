//! The model file format and the tagger's table layout, in one file that
//! `build.rs` also compiles (`#[path]`), so the embedded model is turned into
//! ready-to-use tables at compile time with the very code that reads a
//! user's model file at run time. Self-contained but for the std-only
//! `super::byte_order`, which `build.rs` includes as well.
//!
//! File (`dossier train-ner`): the magic `DOSNER\x02\n`, then a deflate stream
//! holding the name, the hash-table size, the confidence temperature, the
//! lexicon (gazetteer phrase hashes and word classes) and, per stage, the
//! transition matrix and the non-zero rows of the i16 weight table.
//!
//! Tables: the lexicon as key-sorted `(key, value)` pairs with a bucket index
//! on the high bits of the key (one or two cache lines a lookup), and the
//! weights of both stages side by side in one row per present bucket, so the
//! lookup a stage-one feature makes also fetches its stage-two weights.
//! The blob (`to_blob`) is these tables one after another, 64-byte aligned.

use super::byte_order::ordered;

/// Number of internal tags (BILOU over four labels, plus O).
pub(crate) const NT: usize = 17;
/// Word-class levels per word.
pub(crate) const CLASS_LEVELS: usize = 4;
/// Magic of the model file.
pub(crate) const MAGIC: &[u8; 8] = b"DOSNER\x02\n";
/// Magic of the table blob.
pub(crate) const BLOB_MAGIC: u64 = u64::from_le_bytes(*b"DOSNERT1");
/// Sections of the blob, in order (see [`Tables::sections`]).
pub(crate) const SECTIONS: usize = 9;
/// Words of the blob header: magic, bits, temperature, stages, the two
/// index widths, then offset and length (bytes) of every section.
pub(crate) const HEADER_WORDS: usize = 6 + 2 * SECTIONS;

/// One stage as the file stores it.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct StageParts {
    /// Real weight = stored / scale.
    pub(crate) scale: f32,
    /// `(NT + 1) * NT` transition scores.
    pub(crate) trans: Vec<f32>,
    /// Present bucket ids, ascending.
    pub(crate) ids: Vec<usize>,
    /// Per tag, the weights of the present buckets.
    pub(crate) columns: Vec<Vec<i16>>,
}

/// A model file, decoded.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Parts {
    pub(crate) name: String,
    pub(crate) bits: u32,
    pub(crate) temperature: f32,
    pub(crate) lists: Vec<String>,
    /// Phrase hash → list bits, sorted by key.
    pub(crate) phrases: Vec<(u64, u64)>,
    /// Word hash → class ids, sorted by key.
    pub(crate) classes: Vec<(u64, [u16; CLASS_LEVELS])>,
    pub(crate) stages: Vec<StageParts>,
}

impl Parts {
    /// Reads a model file.
    pub(crate) fn from_file_bytes(bytes: &[u8]) -> Result<Self, String> {
        let body = bytes
            .strip_prefix(MAGIC.as_slice())
            .ok_or("not a dossier NER model (bad magic)")?;
        let p = miniz_oxide::inflate::decompress_to_vec(body)
            .map_err(|e| format!("corrupt data: {e:?}"))?;
        let mut r = Reader { p: &p, at: 0 };
        let name = r.string()?;
        let bits = r.u32()?;
        if !(8..=26).contains(&bits) {
            return Err("hash table size out of range".into());
        }
        let temperature = f32::from_bits(r.u32()?);
        let lists = (0..r.u32()?)
            .map(|_| r.string())
            .collect::<Result<_, _>>()?;
        let n = r.u32()? as usize;
        let mut phrases = Vec::with_capacity(n.min(1 << 24));
        for _ in 0..n {
            phrases.push((r.u64()?, r.u64()?));
        }
        let n = r.u32()? as usize;
        let mut classes = Vec::with_capacity(n.min(1 << 24));
        for _ in 0..n {
            let k = r.u64()?;
            let mut v = [0u16; CLASS_LEVELS];
            for slot in &mut v {
                *slot = r.u16()?;
            }
            classes.push((k, v));
        }
        let n_stages = r.u32()?;
        if !(1..=2).contains(&n_stages) {
            return Err("unexpected number of stages".into());
        }
        let mut stages = Vec::new();
        for _ in 0..n_stages {
            stages.push(r.stage(1usize << bits)?);
        }
        sort_dedup(&mut phrases);
        sort_dedup(&mut classes);
        Ok(Parts {
            name,
            bits,
            temperature,
            lists,
            phrases,
            classes,
            stages,
        })
    }

    /// Writes a model file, as [`Parts::from_file_bytes`] reads it.
    pub(crate) fn to_file_bytes(&self) -> Vec<u8> {
        let mut p = Vec::new();
        put_str(&mut p, &self.name);
        put_u32(&mut p, self.bits);
        p.extend_from_slice(&self.temperature.to_le_bytes());
        put_u32(&mut p, self.lists.len() as u32);
        for l in &self.lists {
            put_str(&mut p, l);
        }
        put_u32(&mut p, self.phrases.len() as u32);
        for (k, v) in &self.phrases {
            p.extend_from_slice(&k.to_le_bytes());
            p.extend_from_slice(&v.to_le_bytes());
        }
        put_u32(&mut p, self.classes.len() as u32);
        for (k, v) in &self.classes {
            p.extend_from_slice(&k.to_le_bytes());
            for c in v {
                p.extend_from_slice(&c.to_le_bytes());
            }
        }
        put_u32(&mut p, self.stages.len() as u32);
        for st in &self.stages {
            p.extend_from_slice(&st.scale.to_le_bytes());
            for t in &st.trans {
                p.extend_from_slice(&t.to_le_bytes());
            }
            put_u32(&mut p, st.ids.len() as u32);
            let mut prev = 0usize;
            for &r in &st.ids {
                put_varint(&mut p, (r - prev) as u64);
                prev = r;
            }
            // Column-major (tag by tag) so similar bytes sit together for deflate.
            for col in &st.columns {
                for v in col {
                    p.extend_from_slice(&v.to_le_bytes());
                }
            }
        }
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&miniz_oxide::deflate::compress_to_vec(&p, 9));
        out
    }
}

fn sort_dedup<V>(v: &mut Vec<(u64, V)>) {
    v.sort_by_key(|e| e.0);
    v.dedup_by_key(|e| e.0);
}

/// Key-sorted `(key, value)` pairs with an index of where each value of the
/// key's top `index_bits` bits starts.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct SortedTable {
    /// `key, value, key, value, …`, keys ascending and distinct.
    pub(crate) pairs: Vec<u64>,
    /// `2^index_bits + 1` pair positions.
    pub(crate) index: Vec<u32>,
    pub(crate) index_bits: u32,
}

impl SortedTable {
    /// Builds from pairs sorted by key, about four pairs per index bucket.
    pub(crate) fn new(sorted: impl ExactSizeIterator<Item = (u64, u64)>) -> Self {
        let n = sorted.len();
        let index_bits = (usize::BITS - n.leading_zeros()).saturating_sub(2).min(24);
        let mut pairs = Vec::with_capacity(2 * n);
        let mut index = Vec::with_capacity((1 << index_bits) + 1);
        for (i, (k, v)) in sorted.enumerate() {
            let b = bucket(k, index_bits);
            while index.len() <= b {
                index.push(i as u32);
            }
            pairs.push(k);
            pairs.push(v);
        }
        while index.len() <= 1 << index_bits {
            index.push(n as u32);
        }
        SortedTable {
            pairs,
            index,
            index_bits,
        }
    }
}

/// The index bucket of `key`: its top `bits` bits.
#[inline]
pub(crate) fn bucket(key: u64, bits: u32) -> usize {
    if bits == 0 {
        0
    } else {
        (key >> (64 - bits)) as usize
    }
}

/// Both stages' weights: a bitmap of present buckets with rank counts, and
/// per present bucket `stages * NT` weights (stage one's, then stage two's).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct WeightTable {
    /// Per 64 buckets, two words: a bitmap (bit `b % 64` set when bucket `b`
    /// has a row) and the number of rows before it, side by side so that a
    /// lookup reads one cache line.
    pub(crate) index: Vec<u64>,
    pub(crate) rows: Vec<i16>,
    /// Per stage, `(NT + 1) * NT` transitions.
    pub(crate) trans: Vec<f32>,
    /// Per stage, the scale.
    pub(crate) scales: Vec<f32>,
}

impl WeightTable {
    /// Merges the stages' rows into one table over `2^bits` buckets.
    pub(crate) fn new(bits: u32, stages: &[StageParts]) -> Self {
        let words = (1usize << bits).div_ceil(64);
        let mut present = vec![0u64; words];
        for st in stages {
            for &b in &st.ids {
                present[b >> 6] |= 1 << (b & 63);
            }
        }
        let mut rank = Vec::with_capacity(words);
        let mut total = 0u32;
        for w in &present {
            rank.push(total);
            total += w.count_ones();
        }
        let width = stages.len() * NT;
        let mut rows = vec![0i16; total as usize * width];
        let index = present
            .iter()
            .zip(&rank)
            .flat_map(|(&w, &r)| [w, u64::from(r)])
            .collect();
        for (s, st) in stages.iter().enumerate() {
            for (i, &b) in st.ids.iter().enumerate() {
                let word = present[b >> 6];
                let row =
                    rank[b >> 6] as usize + (word & ((1u64 << (b & 63)) - 1)).count_ones() as usize;
                for (k, col) in st.columns.iter().enumerate().take(NT) {
                    rows[row * width + s * NT + k] = col.get(i).copied().unwrap_or(0);
                }
            }
        }
        WeightTable {
            index,
            rows,
            trans: stages
                .iter()
                .flat_map(|s| s.trans.iter().copied())
                .collect(),
            scales: stages.iter().map(|s| s.scale).collect(),
        }
    }
}

/// Everything the tagger reads, built from a model file's parts.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Tables {
    pub(crate) name: String,
    pub(crate) bits: u32,
    pub(crate) temperature: f32,
    pub(crate) lists: Vec<String>,
    pub(crate) phrases: SortedTable,
    pub(crate) classes: SortedTable,
    pub(crate) weights: WeightTable,
}

/// Word classes packed into a table value (level `l` in bits `16 l..`).
pub(crate) fn pack_classes(c: &[u16; CLASS_LEVELS]) -> u64 {
    c.iter()
        .enumerate()
        .fold(0, |acc, (l, &v)| acc | u64::from(v) << (16 * l))
}

impl Tables {
    pub(crate) fn new(parts: &Parts) -> Self {
        Tables {
            name: parts.name.clone(),
            bits: parts.bits,
            temperature: parts.temperature,
            lists: parts.lists.clone(),
            phrases: SortedTable::new(parts.phrases.iter().copied()),
            classes: SortedTable::new(parts.classes.iter().map(|(k, c)| (*k, pack_classes(c)))),
            weights: WeightTable::new(parts.bits, &parts.stages),
        }
    }

    /// The blob sections as bytes in the target's byte order: the name and
    /// list names (one a line), phrase pairs and index, class pairs and
    /// index, bucket index, rows, transitions, scales.
    #[allow(dead_code)]
    fn sections(&self, big_endian: bool) -> [Vec<u8>; SECTIONS] {
        let u64s = |v: &[u64]| ordered(v, u64::to_be_bytes, u64::to_le_bytes, big_endian);
        let u32s = |v: &[u32]| ordered(v, u32::to_be_bytes, u32::to_le_bytes, big_endian);
        let f32s = |v: &[f32]| ordered(v, f32::to_be_bytes, f32::to_le_bytes, big_endian);
        let i16s = |v: &[i16]| ordered(v, i16::to_be_bytes, i16::to_le_bytes, big_endian);
        let names = std::iter::once(&self.name)
            .chain(&self.lists)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n");
        let w = &self.weights;
        [
            names.into_bytes(),
            u64s(&self.phrases.pairs),
            u32s(&self.phrases.index),
            u64s(&self.classes.pairs),
            u32s(&self.classes.index),
            u64s(&w.index),
            i16s(&w.rows),
            f32s(&w.trans),
            f32s(&w.scales),
        ]
    }

    #[allow(dead_code)] // build.rs writes the blob; the library reads it.
    /// The blob the embedded model is compiled in as: a header of
    /// `HEADER_WORDS` u64, then each section at a 64-byte boundary.
    pub(crate) fn to_blob(&self, big_endian: bool) -> Vec<u8> {
        let sections = self.sections(big_endian);
        let mut header = vec![
            BLOB_MAGIC,
            u64::from(self.bits),
            u64::from(self.temperature.to_bits()),
            self.weights.scales.len() as u64,
            u64::from(self.phrases.index_bits),
            u64::from(self.classes.index_bits),
        ];
        let mut at = (HEADER_WORDS * 8).next_multiple_of(64);
        for s in &sections {
            header.push(at as u64);
            header.push(s.len() as u64);
            at = (at + s.len()).next_multiple_of(64);
        }
        let mut out = Vec::with_capacity(at);
        for h in header {
            out.extend_from_slice(&if big_endian {
                h.to_be_bytes()
            } else {
                h.to_le_bytes()
            });
        }
        for s in &sections {
            out.resize(out.len().next_multiple_of(64), 0);
            out.extend_from_slice(s);
        }
        out
    }
}

fn put_u32(p: &mut Vec<u8>, v: u32) {
    p.extend_from_slice(&v.to_le_bytes());
}

fn put_str(p: &mut Vec<u8>, s: &str) {
    put_u32(p, s.len() as u32);
    p.extend_from_slice(s.as_bytes());
}

fn put_varint(p: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        p.push((v as u8) | 0x80);
        v >>= 7;
    }
    p.push(v as u8);
}

struct Reader<'a> {
    p: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let s = self
            .p
            .get(self.at..self.at.saturating_add(n))
            .ok_or("truncated model file")?;
        self.at += n;
        Ok(s)
    }

    fn u16(&mut self) -> Result<u16, String> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64, String> {
        let lo = u64::from(self.u32()?);
        let hi = u64::from(self.u32()?);
        Ok(lo | (hi << 32))
    }

    fn varint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("bad varint".into())
    }

    fn string(&mut self) -> Result<String, String> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| "bad string".into())
    }

    /// One stage: scale, transitions, present rows, per-tag columns.
    fn stage(&mut self, table: usize) -> Result<StageParts, String> {
        let scale = f32::from_bits(self.u32()?);
        let trans = (0..(NT + 1) * NT)
            .map(|_| self.u32().map(f32::from_bits))
            .collect::<Result<_, _>>()?;
        let nrows = self.u32()? as usize;
        if nrows > table {
            return Err("weight row out of range".into());
        }
        let mut ids = Vec::with_capacity(nrows);
        let mut prev = 0usize;
        for _ in 0..nrows {
            prev = prev.saturating_add(self.varint()? as usize);
            if prev >= table || ids.last().is_some_and(|&l| l >= prev) {
                return Err("weight row out of range".into());
            }
            ids.push(prev);
        }
        let columns = (0..NT)
            .map(|_| (0..nrows).map(|_| self.u16().map(|v| v as i16)).collect())
            .collect::<Result<_, _>>()?;
        Ok(StageParts {
            scale,
            trans,
            ids,
            columns,
        })
    }
}
