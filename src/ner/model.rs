//! The trained model: tagging a document, and loading it.
//!
//! The shipped model is compiled in as ready-made tables (`build.rs` turns
//! `assets/models/ner-conll2003.bin` into the blob of `layout::Tables`), read
//! in place from the binary: loading it parses a header and nothing else.
//! Model files written by `dossier train-ner` (format: `layout`) are
//! inflated into the same tables.

use std::borrow::Cow;
use std::cell::RefCell;
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use super::decode::Decoder;
use super::features::{self, DocTokens, SentFeats, TagSums};
use super::lanes::Lanes;
use super::layout::{self, CLASS_LEVELS, HEADER_WORDS, Parts, SECTIONS, StageParts, Tables};
use super::lexicon::{Lexicon, Table};
use super::stage_two::StageTwo;
use super::tags;
use super::token::Tok;
use super::weights::{Carry, Lookups, Weights};
use super::words::{Sums, Word, WordCache};
use super::{NerError, NerTag};

// `from_tables_blob` reads the nine sections `layout::Tables::to_blob` writes.
const _: () = assert!(SECTIONS == 9);

/// 64-byte alignment for the compiled-in tables, so their words can be
/// borrowed as `u64`, `u32`, `i16` and `f32` slices.
#[repr(C, align(64))]
struct Aligned<T: ?Sized>(T);

/// The model shipped with Dossier, as tables (see `build.rs`).
static EMBEDDED: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(
    env!("OUT_DIR"),
    "/ner-model.tables"
)));

thread_local! {
    /// Words seen by this thread's tagging (see `words`).
    static WORDS: RefCell<WordCache> = RefCell::new(WordCache::default());
}

/// The id of the embedded model: every instance of it has the same weights.
const EMBEDDED_ID: u64 = 1;

/// A fresh id for a model read from a file or trained (word caches are per model).
fn fresh_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(EMBEDDED_ID + 1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct NerModel {
    /// Tells models apart for the word cache (clones share it: same weights).
    id: u64,
    name: String,
    pub(crate) bits: u32,
    pub(crate) lex: Lexicon,
    weights: Weights,
    pub(crate) temperature: f32,
    /// Stage two's sums of the features of neighbouring tags, made at first use.
    tag_sums: OnceLock<TagSums>,
}

fn bad(reason: &str) -> NerError {
    NerError::Model {
        reason: reason.to_string(),
    }
}

impl NerModel {
    /// The model shipped in `assets/models/` (compiled into the binary, read in place).
    pub fn embedded() -> Result<Self, NerError> {
        Self::from_tables_blob(&EMBEDDED.0)
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
        stage1: StageParts,
        stage2: Option<StageParts>,
        temperature: f32,
    ) -> Result<Self, NerError> {
        let parts = Parts {
            name,
            bits,
            temperature,
            lists: lex.lists.clone(),
            phrases: lex.phrases.iter().collect(),
            classes: lex.classes.iter().map(|(k, v)| (k, unpack(v))).collect(),
            stages: std::iter::once(stage1).chain(stage2).collect(),
        };
        let weights = Weights::from_table(layout::WeightTable::new(bits, &parts.stages))
            .ok_or_else(|| bad("bad weight table"))?;
        Ok(NerModel {
            id: fresh_id(),
            name: parts.name,
            bits,
            lex,
            weights,
            temperature,
            tag_sums: OnceLock::new(),
        })
    }

    /// Tags the sentences of one document. Tokens are raw surface strings from
    /// real text (curly quotes, "’s" split off as its own token). Returns one
    /// `(tag, confidence)` per token; the confidence is in `[0, 1]`.
    ///
    /// What a word's spelling alone tells is kept per thread across calls
    /// (`words`), so a word seen before costs a hash lookup.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<(NerTag, f32)>> {
        self.tag_cached(sentences, true)
    }

    /// [`NerModel::tag_document`] for a reader of names: a token outside
    /// any name (`NerTag::O`) has confidence 1, not worked out (most
    /// tokens are outside one; their confidences were a tenth of tagging).
    pub fn tag_document_names(&self, sentences: &[Vec<&str>]) -> Vec<Vec<(NerTag, f32)>> {
        self.tag_cached(sentences, false)
    }

    fn tag_cached(&self, sentences: &[Vec<&str>], outside: bool) -> Vec<Vec<(NerTag, f32)>> {
        WORDS.with(|cache| match cache.try_borrow_mut() {
            Ok(mut cache) => self.tag_with(sentences, &mut cache, outside),
            Err(_) => self.tag_with(sentences, &mut WordCache::default(), outside),
        })
    }

    /// A word of the cache: its keys and its word features' summed weights.
    fn word(&self, raw: &str, scratch: &mut Vec<u8>, buckets: &mut Vec<u32>) -> Word {
        let tok = Tok::new(raw, &self.lex, scratch);
        buckets.clear();
        features::word_features(&tok, self.bits, buckets);
        features::class_features(&tok.classes, self.bits, buckets);
        Word {
            sums: self.weights.sum_buckets(buckets),
            gives: self.neighbour_sums(Some(&tok), buckets),
            tok,
        }
    }

    /// What `word` (the padding when `None`) gives the token at each of
    /// `features::NEIGHBOURS` from it.
    fn neighbour_sums(&self, word: Option<&Tok>, buckets: &mut Vec<u32>) -> [Sums; 4] {
        // Every offset's buckets first, then all four summed in one call,
        // filled in place (an array `map` moved each offset's sums through
        // copies of its own: a first-seen word's cost).
        let mut out = [[0; 2 * tags::NT]; 4];
        let mut ends = [0; 4];
        buckets.clear();
        for (end, &off) in ends.iter_mut().zip(&features::NEIGHBOURS) {
            features::neighbour_features(off, word, self.bits, buckets);
            if let Some(t) = word {
                features::neighbour_class_features(off, &t.classes, self.bits, buckets);
            }
            *end = buckets.len();
        }
        self.weights.sum_groups(buckets, &ends, &mut out);
        out
    }

    /// Corrects `acc` for a token whose classes in the document (`now`)
    /// are not its word's (`cached`): the cached class features' weights
    /// out, the document's in. `off`: where the token sits from the one
    /// `acc` belongs to (0: itself). Integer sums, so exact.
    fn reclass(&self, acc: &mut Sums, off: isize, cached: &Tok, now: &Tok) {
        let sum = |classes: &[u16; CLASS_LEVELS]| {
            let mut b = Vec::new();
            if off == 0 {
                features::class_features(classes, self.bits, &mut b);
            } else {
                features::neighbour_class_features(off, classes, self.bits, &mut b);
            }
            self.weights.sum_buckets(&b)
        };
        let (old, new) = (sum(&cached.classes), sum(&now.classes));
        for ((a, o), n) in acc.iter_mut().zip(old).zip(new) {
            *a += n - o;
        }
    }

    /// Per token of a sentence (`ids` of the cache's words, `sent` the
    /// document's tokens), the summed weights of its word's features and
    /// of those its neighbours' words give it, into `base`: the cache's
    /// sums added, corrected where the document gave a word other classes.
    fn base_sums(&self, cache: &WordCache, ids: &[u32], sent: &[Tok], base: &mut Vec<Sums>) {
        match self.weights.lanes {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: a `Lanes::Avx2` holds the proof that the processor has AVX2.
            Lanes::Avx2(_) => unsafe { self.base_sums_avx2(cache, ids, sent, base) },
            _ => self.base_sums_with(cache, ids, sent, base),
        }
    }

    /// [`NerModel::base_sums`] compiled for AVX2: eight sums added per
    /// instruction, straight from memory.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn base_sums_avx2(&self, cache: &WordCache, ids: &[u32], sent: &[Tok], base: &mut Vec<Sums>) {
        self.base_sums_with(cache, ids, sent, base);
    }

    /// [`NerModel::base_sums`], compiled into each vector width.
    #[inline(always)]
    fn base_sums_with(&self, cache: &WordCache, ids: &[u32], sent: &[Tok], base: &mut Vec<Sums>) {
        let n = ids.len();
        base.clear();
        // A plain loop, not `extend` over a closure: the closure's fold
        // was compiled once, without AVX2, and called from both widths.
        for (i, &id) in ids.iter().enumerate() {
            let mut acc = cache.word(id).sums;
            for (k, &off) in features::NEIGHBOURS.iter().enumerate() {
                let from = i
                    .checked_add_signed(off)
                    .and_then(|j| ids.get(j))
                    .map_or(&cache.pads[k], |&id| &cache.word(id).gives[k]);
                for (a, g) in acc.iter_mut().zip(from) {
                    *a += g;
                }
            }
            // The document gave some words other classes (all-caps spellings).
            for off in [0, -1, 1] {
                if let Some(j) = i.checked_add_signed(off).filter(|&j| j < n) {
                    let cached = &cache.word(ids[j]).tok;
                    if sent[j].classes != cached.classes {
                        self.reclass(&mut acc, off, cached, &sent[j]);
                    }
                }
            }
            base.push(acc);
        }
    }

    /// [`NerModel::tag_document`] with a word cache.
    /// `outside`: whether the confidences of tokens outside names are wanted.
    fn tag_with(
        &self,
        sentences: &[Vec<&str>],
        cache: &mut WordCache,
        outside: bool,
    ) -> Vec<Vec<(NerTag, f32)>> {
        let (mut scratch, mut buckets) = (Vec::new(), Vec::new());
        cache.start_document(self.id, || self.neighbour_sums(None, &mut buckets));
        let mut ids: Vec<u32> = Vec::with_capacity(sentences.iter().map(Vec::len).sum());
        let toks = sentences
            .iter()
            .map(|s| {
                s.iter()
                    .map(|raw| {
                        let id = cache.id(raw, |r| self.word(r, &mut scratch, &mut buckets));
                        ids.push(id);
                        cache.word(id).tok.clone()
                    })
                    .collect()
            })
            .collect();
        let doc = DocTokens::from_tokens(toks, &self.lex);
        let mut feats = SentFeats::default();
        let mut em = Vec::new();
        let mut dec = Decoder::default();
        let w = &self.weights;
        let last = w.stages() - 1;
        let finish = |em: &[f32], dec: &mut Decoder| -> Vec<(NerTag, f32)> {
            let tagged = if outside {
                dec.decode_with_confidence(em, w.lattice(last), self.temperature)
            } else {
                dec.decode_with_name_confidence(em, w.lattice(last), self.temperature)
            };
            tagged.iter().map(|&(y, c)| (tags::decode(y), c)).collect()
        };
        // Stage two's share of stage one's features, for the whole document.
        let mut carry: Carry = Vec::with_capacity(ids.len());
        let mut lookups = Lookups::default();
        let mut base = Vec::new();
        let mut at = 0;
        let mut stage_one = |s: usize, em: &mut Vec<f32>| {
            features::stage1_context(&doc, s, self.bits, &mut feats);
            let n = sentences[s].len();
            let ids = &ids[at..at + n];
            let sent = &doc.sentences[s];
            self.base_sums(cache, ids, sent, &mut base);
            cache.add_contexts(features::shape_keys(&doc, s), &mut base, |key| {
                buckets.clear();
                features::shape_features(key, self.bits, &mut buckets);
                w.sum_buckets(&buckets)
            });
            at += n;
            w.stage_one(&feats, &base, em, &mut carry, &mut lookups);
        };
        if last == 0 {
            return (0..sentences.len())
                .map(|s| {
                    stage_one(s, &mut em);
                    finish(&em, &mut dec)
                })
                .collect();
        }
        let s1: Vec<Vec<u8>> = (0..sentences.len())
            .map(|s| {
                stage_one(s, &mut em);
                let mut path = Vec::new();
                dec.viterbi(&em, w.lattice(0), &mut path);
                path
            })
            .collect();
        let near = self.tag_sums.get_or_init(|| TagSums::new(w, self.bits));
        let mut two = StageTwo::new(&doc, &s1, self.bits, (w, near), &carry);
        (0..sentences.len())
            .map(|s| {
                two.emissions(s, &mut em);
                finish(&em, &mut dec)
            })
            .collect()
    }

    /// Serialises the model, as [`NerModel::load`] reads it.
    pub fn to_bytes(&self) -> Vec<u8> {
        Parts {
            name: self.name.clone(),
            bits: self.bits,
            temperature: self.temperature,
            lists: self.lex.lists.clone(),
            phrases: self.lex.phrases.iter().collect(),
            classes: self
                .lex
                .classes
                .iter()
                .map(|(k, v)| (k, unpack(v)))
                .collect(),
            stages: (0..self.weights.stages())
                .map(|s| self.weights.stage_parts(s))
                .collect(),
        }
        .to_file_bytes()
    }

    /// Parses a model file.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Self, NerError> {
        let parts = Parts::from_file_bytes(bytes).map_err(|r| bad(&r))?;
        let t = Tables::new(&parts);
        let lex = Lexicon {
            lists: t.lists,
            phrases: Table::from_sorted(t.phrases).ok_or_else(|| bad("bad phrase table"))?,
            classes: Table::from_sorted(t.classes).ok_or_else(|| bad("bad class table"))?,
        };
        let weights = Weights::from_table(t.weights).ok_or_else(|| bad("bad weight table"))?;
        Ok(NerModel {
            id: fresh_id(),
            name: t.name,
            bits: t.bits,
            lex,
            weights,
            temperature: t.temperature,
            tag_sums: OnceLock::new(),
        })
    }

    /// Reads the tables blob `build.rs` writes, borrowing its arrays in place.
    fn from_tables_blob(blob: &'static [u8]) -> Result<Self, NerError> {
        let word = |i: usize| -> Result<u64, NerError> {
            let b = blob
                .get(i * 8..i * 8 + 8)
                .ok_or_else(|| bad("truncated tables"))?;
            Ok(u64::from_ne_bytes(
                b.try_into().map_err(|_| bad("truncated tables"))?,
            ))
        };
        if word(0)? != layout::BLOB_MAGIC {
            return Err(bad("not a tables blob"));
        }
        let header: Vec<u64> = (0..HEADER_WORDS).map(word).collect::<Result<_, _>>()?;
        let section = |k: usize| -> Result<&'static [u8], NerError> {
            let (at, len) = (header[6 + 2 * k] as usize, header[7 + 2 * k] as usize);
            blob.get(at..at.saturating_add(len))
                .ok_or_else(|| bad("truncated tables"))
        };
        fn cast<T: bytemuck::Pod>(b: &'static [u8]) -> Result<&'static [T], NerError> {
            bytemuck::try_cast_slice(b).map_err(|_| bad("misaligned tables"))
        }
        let names = std::str::from_utf8(section(0)?).map_err(|_| bad("bad names"))?;
        let mut names = names.split('\n').map(str::to_string);
        let name = names.next().unwrap_or_default();
        let index_bits = |i: usize| u32::try_from(header[i]).map_err(|_| bad("bad index"));
        let lex = Lexicon {
            lists: names.collect(),
            phrases: Table::new(
                Cow::Borrowed(cast(section(1)?)?),
                Cow::Borrowed(cast(section(2)?)?),
                index_bits(4)?,
            )
            .ok_or_else(|| bad("bad phrase table"))?,
            classes: Table::new(
                Cow::Borrowed(cast(section(3)?)?),
                Cow::Borrowed(cast(section(4)?)?),
                index_bits(5)?,
            )
            .ok_or_else(|| bad("bad class table"))?,
        };
        let weights = Weights::new(
            Cow::Borrowed(cast(section(5)?)?),
            Cow::Borrowed(cast(section(6)?)?),
            cast::<f32>(section(7)?)?.to_vec(),
            cast::<f32>(section(8)?)?.to_vec(),
        )
        .ok_or_else(|| bad("bad weight table"))?;
        Ok(NerModel {
            id: EMBEDDED_ID,
            name,
            bits: u32::try_from(header[1]).map_err(|_| bad("bad bits"))?,
            lex,
            weights,
            temperature: f32::from_bits(header[2] as u32),
            tag_sums: OnceLock::new(),
        })
    }
}

/// Class ids from a packed table value.
fn unpack(v: u64) -> [u16; CLASS_LEVELS] {
    std::array::from_fn(|l| (v >> (16 * l)) as u16)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::features::DocStats;
    use crate::ner::stage_two::stage2_extra;

    /// Tags as before the word cache: every stage-one feature looked up
    /// token by token.
    fn tag_uncached(m: &NerModel, sentences: &[Vec<&str>]) -> Vec<Vec<(NerTag, f32)>> {
        let doc = DocTokens::new(sentences, &m.lex);
        let (mut feats, mut em, mut dec) = (SentFeats::default(), Vec::new(), Decoder::default());
        let (mut carry, mut lookups) = (Carry::new(), Lookups::default());
        let w = &m.weights;
        let s1: Vec<Vec<u8>> = (0..sentences.len())
            .map(|s| {
                features::stage1(&doc, s, m.bits, &mut feats);
                w.stage_one(&feats, &[], &mut em, &mut carry, &mut lookups);
                let mut path = Vec::new();
                dec.viterbi(&em, w.lattice(0), &mut path);
                path
            })
            .collect();
        let stats = DocStats::new(&doc, &s1);
        let mut at = 0;
        (0..sentences.len())
            .map(|s| {
                stage2_extra(&doc, s, &s1, &stats, m.bits, &mut feats);
                let n = sentences[s].len();
                w.stage_two(&feats, &carry[at..at + n], &mut em);
                at += n;
                dec.decode_with_confidence(&em, w.lattice(1), m.temperature)
                    .iter()
                    .map(|&(y, c)| (tags::decode(y), c))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_word_cache_gives_the_tags_and_confidences_of_every_lookup() {
        let model = NerModel::embedded().expect("model");
        let docs: Vec<Vec<Vec<&str>>> = vec![
            vec![
                vec!["QUENTA", "BANK", "SAYS", "CORSICAN", "SALES", "ROSE"],
                vec![
                    "Quenta", "Bank", "said", "Corsican", "sales", "rose", "on", "Monday", ".",
                ],
                vec![
                    "Mira", "Quensel", "of", "Quenta", "Bank", "joined", "Varix", "in", "Esterby",
                ],
                vec!["BANK"],
                vec![],
            ],
            vec![vec![
                "Varix", "bought", "Quenta", "Bank", "'s", "unit", "in", "Paris", ".",
            ]],
        ];
        let mut reclassed = false;
        for doc in &docs {
            assert_eq!(model.tag_document(doc), tag_uncached(&model, doc));
            let toks = DocTokens::new(doc, &model.lex);
            let mut scratch = Vec::new();
            for (sent, raw) in toks.sentences.iter().zip(doc) {
                for (t, r) in sent.iter().zip(raw) {
                    reclassed |= t.classes != Tok::new(r, &model.lex, &mut scratch).classes;
                }
            }
        }
        assert!(reclassed, "no token took another spelling's classes");
        // A second pass reads every word from the cache.
        for doc in &docs {
            assert_eq!(model.tag_document(doc), tag_uncached(&model, doc));
        }
    }

    /// The sums made with AVX2 (where the processor has it) and with the
    /// portable path give the same tags and confidences, to the bit.
    #[test]
    fn every_vector_width_tags_alike() {
        use crate::ner::lanes::{Avx2, Lanes};
        let model = NerModel::embedded().expect("model");
        let widest = model.weights.lanes;
        assert_eq!(
            matches!(widest, Lanes::Avx2(_)),
            Avx2::detect().is_some(),
            "the widest path the processor has"
        );
        let mut plain = model.clone();
        plain.weights = plain.weights.clone().with_lanes(Lanes::Plain);
        let doc: Vec<Vec<&str>> = vec![
            vec![
                "Talvo", "Works", "of", "Zürich", "bought", "Ölvarn", "’s", "unit", "for", "€",
                "5", "млн", "🙂", ".",
            ],
            vec!["MIRA", "QUENSEL", "JOINS", "VARIX", "BANK"],
            vec![
                "Mira", "Quensel", "of", "Varix", "Bank", "said", "on", "Monday", ".",
            ],
        ];
        let tag = |m: &NerModel| m.tag_with(&doc, &mut WordCache::default(), true);
        assert_eq!(tag(&plain), tag(&model));
        assert_eq!(tag_uncached(&plain, &doc), tag_uncached(&model, &doc));
        let buckets: Vec<u32> = (0..4000u32)
            .map(|k| k.wrapping_mul(2_654_435_761) >> (32 - model.bits))
            .collect();
        assert_eq!(
            plain.weights.sum_buckets(&buckets),
            model.weights.sum_buckets(&buckets)
        );
        // Summed in groups (an empty one among them), as one by one.
        let ends = [0, 7, 1500, 1500, 4000];
        for m in [&plain, &model] {
            let mut groups = [[0; 2 * tags::NT]; 5];
            m.weights.sum_groups(&buckets, &ends, &mut groups);
            let mut start = 0;
            for (sums, &end) in groups.iter().zip(&ends) {
                assert_eq!(*sums, plain.weights.sum_buckets(&buckets[start..end]));
                start = end;
            }
        }
    }

    /// The compiled-in tables hold exactly the committed model file.
    #[test]
    fn embedded_tables_match_the_model_file() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/models/ner-conll2003.bin"
        );
        let file = std::fs::read(path).expect("model file");
        let from_file = NerModel::from_bytes(&file).expect("file loads");
        let embedded = NerModel::embedded().expect("tables load");
        assert_eq!(embedded.name(), from_file.name());
        let parts = |m: &NerModel| Parts::from_file_bytes(&m.to_bytes()).expect("round trip");
        assert_eq!(parts(&embedded), parts(&from_file));
        assert_eq!(
            parts(&embedded),
            Parts::from_file_bytes(&file).expect("parses")
        );
        let sent = vec!["Mira", "Quensel", "joined", "Varix", "in", "Esterby", "."];
        assert_eq!(
            embedded.tag_document(std::slice::from_ref(&sent)),
            from_file.tag_document(&[sent])
        );
    }
}
