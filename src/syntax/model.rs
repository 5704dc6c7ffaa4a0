//! The trained tagger and parser: parsing a sentence, the model file, and
//! the model bundled with Dossier (compiled in, decoded on first use).
//!
//! File: the magic `DOSPAR\x01\n`, then a deflate stream holding the
//! model's name, the tagger's weight table and the parser's
//! (`perceptron::Table::write`).

use std::path::Path;
use std::sync::OnceLock;

use super::features::{WordKeys, parser_features};
use super::labels::TAGS;
use super::perceptron::{Reader, Table};
use super::tagger::{argmax_i32, tag};
use super::transition::{NM, State};
use super::{Parse, ParsedWord, SyntaxError};

/// Magic of the model file.
const MAGIC: &[u8; 8] = b"DOSPAR\x01\n";

/// The bundled model file, compiled in.
static BUNDLED: &[u8] = include_bytes!("../../assets/models/parser-en.bin");

/// A trained tagger and parser.
#[derive(Clone, Debug, PartialEq)]
pub struct Parser {
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
            name,
            tagger,
            parser,
        })
    }

    /// The model shipped with Dossier, decoded once on first use.
    pub fn bundled() -> Result<&'static Parser, SyntaxError> {
        static MODEL: OnceLock<Result<Parser, String>> = OnceLock::new();
        MODEL
            .get_or_init(|| Parser::from_bytes(BUNDLED).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| bad(e.clone()))
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
        let body = bytes
            .strip_prefix(MAGIC.as_slice())
            .ok_or_else(|| bad("not a dossier parser model (bad magic)"))?;
        let p = miniz_oxide::inflate::decompress_to_vec(body)
            .map_err(|e| bad(format!("corrupt data: {e:?}")))?;
        let mut r = Reader { p: &p, at: 0 };
        let name = r.string().map_err(bad)?;
        let tagger = Table::read(&mut r).map_err(bad)?;
        let parser = Table::read(&mut r).map_err(bad)?;
        if r.at != p.len() {
            return Err(bad("trailing bytes"));
        }
        Parser::new(name, tagger, parser)
    }

    /// The model file's bytes (deterministic: the same model, the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut p = Vec::new();
        p.extend_from_slice(&(self.name.len() as u32).to_le_bytes());
        p.extend_from_slice(self.name.as_bytes());
        self.tagger.write(&mut p);
        self.parser.write(&mut p);
        let mut out = MAGIC.to_vec();
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
        let keys: Vec<WordKeys> = words.iter().map(|w| WordKeys::new(w)).collect();
        let mut feats = Vec::with_capacity(96);
        let tags = tag(&self.tagger, &keys, &mut feats);
        self.parse_tagged(&keys, &tags, &mut feats)
    }

    /// Parses words whose tags are known (indices into `TAGS`).
    pub(crate) fn parse_tagged(
        &self,
        keys: &[WordKeys],
        tags: &[u8],
        feats: &mut Vec<u32>,
    ) -> Parse {
        let mut state = State::new(keys.len());
        let mut acc = [0i32; NM];
        while !state.is_final() {
            let m = match state.forced() {
                Some(m) => m,
                None => {
                    parser_features(&state, keys, tags, self.parser.bits, feats);
                    acc.fill(0);
                    self.parser.add(feats, &mut acc);
                    for (m, a) in acc.iter_mut().enumerate() {
                        if !state.valid(m) {
                            *a = i32::MIN;
                        }
                    }
                    argmax_i32(&acc)
                }
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
