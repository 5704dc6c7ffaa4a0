//! The trained model: tagging a document, and the model file format.
//!
//! File: the magic `DOSNER\x02\n`, then a deflate stream holding the name,
//! the hash-table size, the confidence temperature, the lexicon (gazetteer
//! phrase hashes and word classes) and, per stage, the transition matrix and
//! the non-zero rows of the i16 weight table.

use std::path::Path;

use rustc_hash::FxHashMap;

use super::features::{self, DocStats, DocTokens, SentFeats};
use super::lexicon::{CLASS_LEVELS, Lexicon};
use super::perceptron::{QuantWeights, Scorer, decode_with_confidence, viterbi};
use super::tags::{self, NT};
use super::{NerError, NerTag};

const MAGIC: &[u8; 8] = b"DOSNER\x02\n";

/// The model shipped with Dossier.
static EMBEDDED: &[u8] = include_bytes!("../../assets/models/ner-conll2003.bin");

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct NerModel {
    name: String,
    pub(crate) bits: u32,
    pub(crate) lex: Lexicon,
    pub(crate) stage1: QuantWeights,
    pub(crate) stage2: Option<QuantWeights>,
    pub(crate) temperature: f32,
}

impl NerModel {
    /// The model shipped in `assets/models/` (compiled into the binary).
    pub fn embedded() -> Result<Self, NerError> {
        Self::from_bytes(EMBEDDED)
    }

    /// Loads a model file written by `dossier train-ner`.
    pub fn load(path: &Path) -> Result<Self, NerError> {
        let bytes = std::fs::read(path).map_err(|e| NerError::io(e, path))?;
        Self::from_bytes(&bytes)
    }

    /// Name and version of the model, for exports.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub(crate) fn new(
        name: String,
        bits: u32,
        lex: Lexicon,
        stage1: QuantWeights,
        stage2: Option<QuantWeights>,
        temperature: f32,
    ) -> Self {
        NerModel {
            name,
            bits,
            lex,
            stage1,
            stage2,
            temperature,
        }
    }

    /// Tags the sentences of one document. Tokens are raw surface strings from
    /// real text (curly quotes, "’s" split off as its own token). Returns one
    /// `(tag, confidence)` per token; the confidence is in `[0, 1]`.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<(NerTag, f32)>> {
        let doc = DocTokens::new(sentences, &self.lex);
        let mut feats = SentFeats::default();
        let mut em = Vec::new();
        let final_stage =
            |feats: &SentFeats, em: &mut Vec<f32>, scorer: &QuantWeights| -> Vec<(NerTag, f32)> {
                scorer.emissions(feats, em);
                decode_with_confidence(em, scorer.transitions(), self.temperature)
                    .into_iter()
                    .map(|(y, c)| (tags::decode(y), c))
                    .collect()
            };
        let Some(stage2) = &self.stage2 else {
            return (0..sentences.len())
                .map(|s| {
                    features::stage1(&doc, s, self.bits, &mut feats);
                    final_stage(&feats, &mut em, &self.stage1)
                })
                .collect();
        };
        let base: Vec<SentFeats> = (0..sentences.len())
            .map(|s| {
                let mut f = SentFeats::default();
                features::stage1(&doc, s, self.bits, &mut f);
                f
            })
            .collect();
        let s1: Vec<Vec<u8>> = base
            .iter()
            .map(|f| {
                self.stage1.emissions(f, &mut em);
                let mut path = Vec::new();
                viterbi(&em, self.stage1.transitions(), &mut path);
                path
            })
            .collect();
        let stats = DocStats::new(&doc, &s1);
        (0..sentences.len())
            .map(|s| {
                features::stage2(&doc, s, &base[s], &s1, &stats, self.bits, &mut feats);
                final_stage(&feats, &mut em, stage2)
            })
            .collect()
    }

    /// Serialises the model, as [`NerModel::load`] reads it.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut p = Vec::new();
        put_str(&mut p, &self.name);
        put_u32(&mut p, self.bits);
        p.extend_from_slice(&self.temperature.to_le_bytes());
        put_u32(&mut p, self.lex.lists.len() as u32);
        for l in &self.lex.lists {
            put_str(&mut p, l);
        }
        let mut phrases: Vec<(u64, u64)> = self.lex.phrases.iter().map(|(&k, &v)| (k, v)).collect();
        phrases.sort_unstable();
        put_u32(&mut p, phrases.len() as u32);
        for (k, v) in phrases {
            p.extend_from_slice(&k.to_le_bytes());
            p.extend_from_slice(&v.to_le_bytes());
        }
        let mut classes: Vec<(u64, [u16; CLASS_LEVELS])> =
            self.lex.classes.iter().map(|(&k, &v)| (k, v)).collect();
        classes.sort_unstable();
        put_u32(&mut p, classes.len() as u32);
        for (k, v) in classes {
            p.extend_from_slice(&k.to_le_bytes());
            for c in v {
                p.extend_from_slice(&c.to_le_bytes());
            }
        }
        let stages: Vec<&QuantWeights> = std::iter::once(&self.stage1)
            .chain(self.stage2.as_ref())
            .collect();
        put_u32(&mut p, stages.len() as u32);
        for st in stages {
            p.extend_from_slice(&st.scale.to_le_bytes());
            for t in &st.trans {
                p.extend_from_slice(&t.to_le_bytes());
            }
            let (rows, columns) = st.to_sparse();
            put_u32(&mut p, rows.len() as u32);
            let mut prev = 0usize;
            for &r in &rows {
                put_varint(&mut p, (r - prev) as u64);
                prev = r;
            }
            // Column-major (tag by tag) so similar bytes sit together for deflate.
            for col in &columns {
                for v in col {
                    p.extend_from_slice(&v.to_le_bytes());
                }
            }
        }
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&miniz_oxide::deflate::compress_to_vec(&p, 9));
        out
    }

    /// Parses a model file.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Self, NerError> {
        let bad = |reason: &str| NerError::Model {
            reason: reason.to_string(),
        };
        let body = bytes
            .strip_prefix(MAGIC.as_slice())
            .ok_or_else(|| bad("not a dossier NER model (bad magic)"))?;
        let p = miniz_oxide::inflate::decompress_to_vec(body)
            .map_err(|e| bad(&format!("corrupt data: {e:?}")))?;
        let mut r = Reader { p: &p, at: 0 };
        let name = r.string()?;
        let bits = r.u32()?;
        if !(8..=26).contains(&bits) {
            return Err(bad("hash table size out of range"));
        }
        let temperature = r.f32()?;
        let mut lex = Lexicon::default();
        for _ in 0..r.u32()? {
            lex.lists.push(r.string()?);
        }
        let n = r.u32()? as usize;
        let mut phrases = FxHashMap::default();
        phrases.reserve(n);
        for _ in 0..n {
            let k = r.u64()?;
            phrases.insert(k, r.u64()?);
        }
        lex.phrases = phrases;
        let n = r.u32()? as usize;
        let mut classes = FxHashMap::default();
        classes.reserve(n);
        for _ in 0..n {
            let k = r.u64()?;
            let mut v = [0u16; CLASS_LEVELS];
            for slot in &mut v {
                *slot = r.u16()?;
            }
            classes.insert(k, v);
        }
        lex.classes = classes;
        let n_stages = r.u32()?;
        if !(1..=2).contains(&n_stages) {
            return Err(bad("unexpected number of stages"));
        }
        let mut stages = Vec::new();
        for _ in 0..n_stages {
            let scale = r.f32()?;
            let mut trans = Vec::with_capacity((NT + 1) * NT);
            for _ in 0..(NT + 1) * NT {
                trans.push(r.f32()?);
            }
            let nrows = r.u32()? as usize;
            let table = 1usize << bits;
            let mut rows = Vec::with_capacity(nrows);
            let mut prev = 0usize;
            for _ in 0..nrows {
                prev += r.varint()? as usize;
                if prev >= table {
                    return Err(bad("weight row out of range"));
                }
                rows.push(prev);
            }
            let mut columns = Vec::with_capacity(NT);
            for _ in 0..NT {
                let mut col = Vec::with_capacity(nrows);
                for _ in 0..nrows {
                    col.push(r.u16()? as i16);
                }
                columns.push(col);
            }
            stages.push(QuantWeights::from_sparse(
                table, &rows, &columns, trans, scale,
            ));
        }
        let stage2 = if stages.len() == 2 {
            stages.pop()
        } else {
            None
        };
        let stage1 = stages.pop().ok_or_else(|| bad("no stage"))?;
        Ok(NerModel {
            name,
            bits,
            lex,
            stage1,
            stage2,
            temperature,
        })
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
    fn take(&mut self, n: usize) -> Result<&[u8], NerError> {
        let s = self
            .p
            .get(self.at..self.at + n)
            .ok_or_else(|| NerError::Model {
                reason: "truncated model file".to_string(),
            })?;
        self.at += n;
        Ok(s)
    }

    fn u16(&mut self) -> Result<u16, NerError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, NerError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f32(&mut self) -> Result<f32, NerError> {
        Ok(f32::from_bits(self.u32()?))
    }

    fn u64(&mut self) -> Result<u64, NerError> {
        let lo = u64::from(self.u32()?);
        let hi = u64::from(self.u32()?);
        Ok(lo | (hi << 32))
    }

    fn varint(&mut self) -> Result<u64, NerError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(NerError::Model {
            reason: "bad varint".to_string(),
        })
    }

    fn string(&mut self) -> Result<String, NerError> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| NerError::Model {
            reason: "bad string".to_string(),
        })
    }
}
