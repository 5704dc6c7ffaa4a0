//! What the tagger knows of a word from its spelling alone, worked out
//! once per word rather than once per token: its keys ([`WordKeys`]), the
//! summed weights of its own features (`tag_features::tagger_word_features`)
//! and of those it gives a neighbour (`tag_features::tagger_gives`), two
//! thirds of a token's features. Words repeat (within an article and
//! across a batch), so a token then costs a hash lookup, five sums added
//! a vector at a time, and its eight features of tags and word pairs.
//! Integer sums, so adding a word's sums is exactly adding its rows one
//! by one. As `ner::words` does for the entity tagger, the words are kept
//! per thread, for one model at a time, up to a bound.

use rustc_hash::FxHashMap;

use super::features::WordKeys;
use super::labels::NTAG;
use super::perceptron::Table;
use super::sums::Rows;
use super::tag_features::{TAGGER_NEIGHBOURS, tagger_gives, tagger_word_features};

/// Sums as wide as the tagger's table rows (`perceptron::stride`).
pub(crate) const TAG_WIDE: usize = NTAG.next_multiple_of(8);

/// Summed weights of some of the tagger's features, one per tag.
pub(crate) type TagSums = [i32; TAG_WIDE];

/// Words kept; past this many, the cache starts over at the next
/// sentence, so memory stays bounded (a word costs about 1.2 kB).
const CAPACITY: usize = 1 << 14;

/// One word of the cache.
pub(crate) struct TagWord {
    /// Its keys.
    pub(crate) keys: WordKeys,
    /// The summed weights of its own features (and the bias).
    pub(crate) own: TagSums,
    /// What it gives a token when it is the word at each of
    /// `tag_features::TAGGER_NEIGHBOURS` from it.
    pub(crate) gives: [TagSums; 4],
}

/// Words by their raw spelling, for one tagger.
pub(crate) struct TagWords {
    /// The tagger the sums belong to (`model::ModelId`; 0: none yet).
    owner: u64,
    /// What the padding past a sentence's ends gives a token, per offset.
    pub(crate) pads: [TagSums; 4],
    ids: FxHashMap<Box<str>, u32>,
    words: Vec<TagWord>,
    feats: Vec<u32>,
}

impl Default for TagWords {
    fn default() -> Self {
        TagWords {
            owner: 0,
            pads: [[0; TAG_WIDE]; 4],
            ids: FxHashMap::default(),
            words: Vec::new(),
            feats: Vec::with_capacity(16),
        }
    }
}

impl TagWords {
    /// Readies the cache for a sentence tagged with `table`, whose model
    /// is `owner`: forgets the words of another model, or all words when
    /// it is full. Word ids stay valid until the next call.
    pub(crate) fn start_sentence(&mut self, owner: u64, table: &Table, rows: &mut Rows) {
        // Room for every word at once: growing copied the words made so
        // far (a quarter of the first sight of words), and the pages of
        // room not yet filled are never touched, so they take no memory.
        if self.words.capacity() < CAPACITY {
            self.words.reserve_exact(CAPACITY - self.words.len());
        }
        if self.owner == owner && self.words.len() < CAPACITY {
            return;
        }
        self.ids.clear();
        self.words.clear();
        if self.owner != owner {
            self.pads = self.gives(&WordKeys::default(), table, rows);
            self.owner = owner;
        }
    }

    /// The id of `raw`, its sums made with `table` the first time it is seen.
    pub(crate) fn id(&mut self, raw: &str, table: &Table, rows: &mut Rows) -> u32 {
        if let Some(&id) = self.ids.get(raw) {
            return id;
        }
        let keys = WordKeys::new(raw);
        let mut own = [0; TAG_WIDE];
        tagger_word_features(&keys, table.bits, &mut self.feats);
        table.add(&self.feats, &mut own, rows);
        let gives = self.gives(&keys, table, rows);
        let id = self.words.len() as u32;
        self.words.push(TagWord { keys, own, gives });
        self.ids.insert(raw.into(), id);
        id
    }

    /// What a word of keys `keys` gives a token at each offset.
    fn gives(&mut self, keys: &WordKeys, table: &Table, rows: &mut Rows) -> [TagSums; 4] {
        let mut out = [[0; TAG_WIDE]; 4];
        for (sums, &off) in out.iter_mut().zip(&TAGGER_NEIGHBOURS) {
            tagger_gives(off, keys, table.bits, &mut self.feats);
            table.add(&self.feats, sums, rows);
        }
        out
    }

    /// The word of `id`.
    pub(crate) fn word(&self, id: u32) -> &TagWord {
        &self.words[id as usize]
    }
}
