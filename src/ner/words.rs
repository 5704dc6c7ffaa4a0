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

/// Words (and shape contexts) kept; past this many, the cache starts over
/// at the next document, so memory stays bounded (a word costs about 900
/// bytes, a context 170).
const CAPACITY: usize = 1 << 15;

/// One word of the cache.
pub(crate) struct Word {
    /// Its keys, before any document-level facts are added.
    pub(crate) tok: Tok,
    /// Its word features' weights summed: stage one's, then stage two's
    /// (zeros for a one-stage model).
    pub(crate) sums: Sums,
    /// What it gives the token at each of `features::NEIGHBOURS` from it
    /// (summed weights of `features::neighbour_features`).
    pub(crate) gives: [Sums; 4],
}

/// Summed weights of some features: stage one's, then stage two's.
pub(crate) type Sums = [i32; 2 * NT];

/// Words by their raw spelling, for one model.
pub(crate) struct WordCache {
    /// The model the sums belong to.
    owner: u64,
    /// What the padding past a sentence's ends gives a token, per neighbour offset.
    pub(crate) pads: [Sums; 4],
    ids: FxHashMap<Box<str>, u32>,
    words: Vec<Word>,
    /// Summed weights of the features of a token's shape in its context
    /// (`features::shape_features`), by its key (`features::shape_keys`).
    contexts: FxHashMap<[u64; 4], Sums>,
}

impl Default for WordCache {
    fn default() -> Self {
        WordCache {
            owner: 0,
            pads: [[0; 2 * NT]; 4],
            ids: FxHashMap::default(),
            words: Vec::new(),
            contexts: FxHashMap::default(),
        }
    }
}

impl WordCache {
    /// Readies the cache for a document tagged by model `owner`: forgets
    /// the words of another model, or all words when it is full. Word ids
    /// stay valid until the next call.
    pub(crate) fn start_document(&mut self, owner: u64, pads: impl FnOnce() -> [Sums; 4]) {
        // Room for every word at once: growing copied the words made so far
        // (0.7% of a batch of short articles), and the pages of room not
        // yet filled are never touched, so they take no memory.
        if self.words.capacity() < CAPACITY {
            self.words.reserve_exact(CAPACITY - self.words.len());
        }
        if self.owner != owner || self.words.len() >= CAPACITY || self.contexts.len() >= CAPACITY {
            self.ids.clear();
            self.words.clear();
            self.contexts.clear();
            if self.owner != owner {
                self.pads = pads();
            }
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

    /// Adds to each of `base` the sums of its token's shape context, by
    /// the contexts' `keys` (one per token), made by `make` the first time
    /// a key is seen.
    pub(crate) fn add_contexts(
        &mut self,
        keys: impl Iterator<Item = [u64; 4]>,
        base: &mut [Sums],
        mut make: impl FnMut(&[u64; 4]) -> Sums,
    ) {
        for (acc, key) in base.iter_mut().zip(keys) {
            let sums = self.contexts.entry(key).or_insert_with_key(&mut make);
            for (a, s) in acc.iter_mut().zip(sums.iter()) {
                *a += s;
            }
        }
    }

    /// The word of `id`.
    pub(crate) fn word(&self, id: u32) -> &Word {
        &self.words[id as usize]
    }
}
