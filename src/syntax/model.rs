//! The trained tagger and parser: parsing a sentence, the model file, and
//! the model bundled with Dossier (compiled in as the tables `build.rs`
//! makes of it, borrowed in place on first use: see `blob`).
//!
//! File: the magic `DOSPAR\x01\n`, then a deflate stream holding the
//! model's name, the tagger's weight table and the parser's
//! (`perceptron::Table::write`).

use std::borrow::Cow;
use std::cell::RefCell;
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use super::blob::{BLOB_MAGIC, FILE_MAGIC, HEADER_WORDS, SECTIONS, read_model_file};
use super::features::WordKeys;
use super::labels::TAGS;
use super::moves::Moves;
use super::perceptron::{Arrays, Table};
use super::tagger::tag_cached;
use super::transition::{NM, State};
use super::words::TagWords;
use super::{Parse, ParsedWord, SyntaxError};

// `from_tables_blob` reads the header `blob::model_blob` writes.
const _: () = assert!(HEADER_WORDS == 9 + 2 * SECTIONS);

/// 64-byte alignment for the compiled-in tables, so their words can be
/// borrowed as `u64`, `u32` and `i16` slices.
#[repr(C, align(64))]
struct Aligned<T: ?Sized>(T);

/// The bundled model (`assets/models/parser-en.bin`) as tables (see `build.rs`).
static BUNDLED: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(
    env!("OUT_DIR"),
    "/parser-model.tables"
)));

/// A sentence tagged and not yet parsed ([`Parser::tag`]); the default
/// one has no words.
#[derive(Clone, Debug, Default)]
pub struct Tagged {
    keys: Vec<WordKeys>,
    tags: Vec<u8>,
}

impl Tagged {
    /// The Penn tag of word `i` (`XX` past the end).
    pub fn tag(&self, i: usize) -> &'static str {
        self.tags
            .get(i)
            .and_then(|&t| TAGS.get(usize::from(t)))
            .copied()
            .unwrap_or("XX")
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.tags.len()
    }

    /// True for an empty sentence.
    pub fn is_empty(&self) -> bool {
        self.tags.is_empty()
    }
}

thread_local! {
    /// Words seen by this thread's tagging (see `words`).
    static WORDS: RefCell<TagWords> = RefCell::new(TagWords::default());
}

/// Tells models apart for the tagger's word cache: a fresh number per
/// model made or read (clones share it: the same weights). Models compare
/// by their weights, so any two ids are equal to `==`.
#[derive(Clone, Copy, Debug)]
struct ModelId(u64);

impl ModelId {
    fn fresh() -> ModelId {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        ModelId(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

impl PartialEq for ModelId {
    fn eq(&self, _: &ModelId) -> bool {
        true
    }
}

/// A trained tagger and parser.
#[derive(Clone, Debug, PartialEq)]
pub struct Parser {
    id: ModelId,
    name: String,
    pub(crate) tagger: Table,
    pub(crate) parser: Table,
}

fn bad(reason: impl Into<String>) -> SyntaxError {
    SyntaxError::Model {
        reason: reason.into(),
    }
}

impl Parser {
    pub(crate) fn new(name: String, tagger: Table, parser: Table) -> Result<Parser, SyntaxError> {
        if tagger.nc != TAGS.len() || parser.nc != NM {
            return Err(bad("the tables' class counts do not match this version"));
        }
        Ok(Parser {
            id: ModelId::fresh(),
            name,
            tagger,
            parser,
        })
    }

    /// The model shipped with Dossier, its compiled-in tables borrowed on first use.
    pub fn bundled() -> Result<&'static Parser, SyntaxError> {
        static MODEL: OnceLock<Result<Parser, String>> = OnceLock::new();
        MODEL
            .get_or_init(|| Parser::from_tables_blob(&BUNDLED.0))
            .as_ref()
            .map_err(|e| bad(e.clone()))
    }

    /// Reads a tables blob (`blob::model_blob`), borrowing its arrays in place.
    pub(super) fn from_tables_blob(blob: &'static [u8]) -> Result<Parser, String> {
        let word = |i: usize| -> Result<u64, String> {
            let b = blob.get(i * 8..i * 8 + 8).ok_or("truncated tables")?;
            Ok(u64::from_ne_bytes(
                b.try_into().map_err(|_| "truncated tables")?,
            ))
        };
        if word(0)? != BLOB_MAGIC {
            return Err("not a parser tables blob".into());
        }
        let header: Vec<u64> = (0..HEADER_WORDS).map(word).collect::<Result<_, _>>()?;
        let section = |k: usize| -> Result<&'static [u8], String> {
            let (at, len) = (header[9 + 2 * k] as usize, header[10 + 2 * k] as usize);
            blob.get(at..at.saturating_add(len))
                .ok_or_else(|| "truncated tables".to_string())
        };
        fn cast<T: bytemuck::Pod>(b: &'static [u8]) -> Result<Cow<'static, [T]>, String> {
            bytemuck::try_cast_slice(b)
                .map(Cow::Borrowed)
                .map_err(|_| "misaligned tables".to_string())
        }
        let name = std::str::from_utf8(section(0)?).map_err(|_| "bad name")?;
        let table = |t: usize| -> Result<Table, String> {
            let scalars = [1, 2, 3, 4].map(|k| header[4 * t + k]);
            let arrays = Arrays {
                starts: cast(section(1 + 3 * t)?)?,
                rows: cast(section(2 + 3 * t)?)?,
                dense: cast(section(3 + 3 * t)?)?,
            };
            Table::from_arrays(scalars, arrays)
        };
        Parser::new(name.to_string(), table(0)?, table(1)?).map_err(|e| e.to_string())
    }

    /// Loads a model file written by `dossier train-parser`.
    pub fn load(path: &Path) -> Result<Parser, SyntaxError> {
        let bytes = std::fs::read(path).map_err(|e| SyntaxError::Io {
            source: e,
            path: path.to_path_buf(),
        })?;
        Parser::from_bytes(&bytes)
    }

    /// Decodes a model file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser, SyntaxError> {
        let (name, tagger, parser) = read_model_file(bytes).map_err(bad)?;
        Parser::new(name, tagger, parser)
    }

    /// The model file's bytes (deterministic: the same model, the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut p = Vec::new();
        p.extend_from_slice(&(self.name.len() as u32).to_le_bytes());
        p.extend_from_slice(self.name.as_bytes());
        self.tagger.write(&mut p);
        self.parser.write(&mut p);
        let mut out = FILE_MAGIC.to_vec();
        out.extend_from_slice(&miniz_oxide::deflate::compress_to_vec(&p, 9));
        out
    }

    /// Writes the model file.
    pub fn save(&self, path: &Path) -> Result<(), SyntaxError> {
        std::fs::write(path, self.to_bytes()).map_err(|e| SyntaxError::Io {
            source: e,
            path: path.to_path_buf(),
        })
    }

    /// Name of the model.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Number of stored weights (tagger, parser).
    pub fn weights(&self) -> (usize, usize) {
        (self.tagger.entries(), self.parser.entries())
    }

    /// Tags and parses one sentence of tokens (raw text: curly quotes and
    /// dashes are read as their ASCII forms).
    pub fn parse(&self, words: &[&str]) -> Parse {
        self.parse_tags(&self.tag(words))
    }

    /// Tags one sentence of tokens, the first tenth of [`Parser::parse`]'s
    /// cost: a caller that needs a word in some part of speech can look
    /// before paying for the parse ([`Parser::parse_tags`]).
    ///
    /// What a word's spelling alone tells is kept per thread across calls
    /// (`words`), so a word seen before costs a hash lookup.
    pub fn tag(&self, words: &[&str]) -> Tagged {
        let (keys, tags) = WORDS.with(|cache| match cache.try_borrow_mut() {
            Ok(mut cache) => tag_cached(&self.tagger, self.id.0, words, &mut cache),
            Err(_) => tag_cached(&self.tagger, self.id.0, words, &mut TagWords::default()),
        });
        Tagged { keys, tags }
    }

    /// Parses a sentence [`Parser::tag`] tagged: the same parse as
    /// [`Parser::parse`] of its words.
    pub fn parse_tags(&self, tagged: &Tagged) -> Parse {
        self.parse_tagged(&tagged.keys, &tagged.tags)
    }

    /// Parses words whose tags are known (indices into `TAGS`).
    pub(crate) fn parse_tagged(&self, keys: &[WordKeys], tags: &[u8]) -> Parse {
        let mut state = State::new(keys.len());
        let mut moves = Moves::new(&self.parser, keys.len());
        while !state.is_final() {
            let m = match state.forced() {
                Some(m) => m,
                None => moves.best(&state, keys, tags),
            };
            state.apply(m);
        }
        let words = state
            .tree()
            .into_iter()
            .zip(tags)
            .map(|((head, label), &t)| ParsedWord {
                tag: TAGS.get(usize::from(t)).copied().unwrap_or("XX"),
                head,
                label,
            })
            .collect();
        Parse { words }
    }
}
