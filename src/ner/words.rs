//! What the tagger knows about a word from its spelling alone, worked out
//! once per word rather than once per token: its keys ([`Tok`]) and the
//! summed weights of its word features (`features::word_features`). Words
//! repeat (a news corpus of a million tokens has a few tens of thousands of
//! words), and those features are half of a token's weight lookups, each a
//! likely cache miss in a table of megabytes. Integer sums, so adding a
//! word's sum is exactly adding its rows one by one.

use rustc_hash::FxHashMap;

use super::tags::NT;
use super::token::Tok;

/// Words kept; past this many, the cache starts over at the next document,
/// so memory stays bounded (a word costs about 300 bytes).
const CAPACITY: usize = 1 << 16;

/// One word of the cache.
pub(crate) struct Word {
    /// Its keys, before any document-level facts are added.
    pub(crate) tok: Tok,
    /// Its word features' weights summed: stage one's, then stage two's
    /// (zeros for a one-stage model).
    pub(crate) sums: [i32; 2 * NT],
}

/// Words by their raw spelling, for one model.
#[derive(Default)]
pub(crate) struct WordCache {
    /// The model the sums belong to.
    owner: u64,
    ids: FxHashMap<Box<str>, u32>,
    words: Vec<Word>,
}

impl WordCache {
    /// Readies the cache for a document tagged by model `owner`: forgets
    /// the words of another model, or all words when it is full. Word ids
    /// stay valid until the next call.
    pub(crate) fn start_document(&mut self, owner: u64) {
        if self.owner != owner || self.words.len() >= CAPACITY {
            self.ids.clear();
            self.words.clear();
            self.owner = owner;
        }
    }

    /// The id of `raw`, made by `make` the first time it is seen.
    pub(crate) fn id(&mut self, raw: &str, make: impl FnOnce(&str) -> Word) -> u32 {
        if let Some(&id) = self.ids.get(raw) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(make(raw));
        self.ids.insert(raw.into(), id);
        id
    }

    /// The word of `id`.
    pub(crate) fn word(&self, id: u32) -> &Word {
        &self.words[id as usize]
    }
}
