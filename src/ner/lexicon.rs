//! Gazetteers and word classes, stored inside the model file.
//!
//! Gazetteer entries are phrases of whitespace-separated tokens, matched
//! case-insensitively on token sequences whose first token is capitalised.
//! Word classes map a surface word to a few cluster ids (finest first).

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::keys::{hash_str, lower_key, mix, normalize};
use super::layout::{self, SortedTable};

/// Bit set in a phrase entry when longer entries start with this phrase.
const PREFIX_BIT: u64 = 1 << 63;

/// Longest gazetteer phrase, in tokens.
pub(crate) const MAX_PHRASE: usize = 8;

/// Number of word-class levels per word.
pub(crate) const CLASS_LEVELS: usize = layout::CLASS_LEVELS;

/// A read-only `u64 → u64` map: key-sorted pairs and a bucket index on the
/// key's top bits (`layout::SortedTable`), borrowed from the binary for the
/// embedded model, so loading it costs nothing.
#[derive(Clone, Debug, Default)]
pub(crate) struct Table {
    pairs: Cow<'static, [u64]>,
    index: Cow<'static, [u32]>,
    index_bits: u32,
}

impl Table {
    /// Checks the shape; `None` when the parts do not fit together.
    pub(crate) fn new(
        pairs: Cow<'static, [u64]>,
        index: Cow<'static, [u32]>,
        index_bits: u32,
    ) -> Option<Self> {
        let ok = index_bits <= 24
            && index.len() == (1 << index_bits) + 1
            && pairs.len().is_multiple_of(2)
            && index.last().is_some_and(|&l| l as usize * 2 == pairs.len());
        ok.then_some(Table {
            pairs,
            index,
            index_bits,
        })
    }

    pub(crate) fn from_sorted(t: SortedTable) -> Option<Self> {
        Self::new(Cow::Owned(t.pairs), Cow::Owned(t.index), t.index_bits)
    }

    /// The value of `key`.
    #[inline]
    pub(crate) fn get(&self, key: u64) -> Option<u64> {
        if self.pairs.is_empty() {
            return None;
        }
        let b = layout::bucket(key, self.index_bits);
        let lo = *self.index.get(b)? as usize;
        let hi = *self.index.get(b + 1)? as usize;
        let pairs = self.pairs.get(2 * lo..2 * hi)?;
        pairs.chunks_exact(2).find(|p| p[0] == key).map(|p| p[1])
    }

    /// All `(key, value)` pairs, keys ascending.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.pairs.chunks_exact(2).map(|p| (p[0], p[1]))
    }
}

/// Gazetteers and word classes.
#[derive(Debug, Default, Clone)]
pub(crate) struct Lexicon {
    /// List names, index = bit position.
    pub(crate) lists: Vec<String>,
    /// Phrase hash → list bit set (bit 63: prefix of a longer phrase).
    pub(crate) phrases: Table,
    /// Exact word hash → class ids (0 = none) at each level, packed
    /// (`layout::pack_classes`).
    pub(crate) classes: Table,
}

/// Hash of a phrase from its per-token lower-case keys.
pub(crate) fn phrase_step(h: u64, token_key: u64) -> u64 {
    mix(h ^ 0x5851_f42d_4c95_7f2d, token_key)
}

/// Gazetteers and word classes being read from text, for training.
#[derive(Debug, Default)]
pub(crate) struct LexiconBuilder {
    lists: Vec<String>,
    phrases: FxHashMap<u64, u64>,
    classes: FxHashMap<u64, [u16; CLASS_LEVELS]>,
}

impl LexiconBuilder {
    /// Adds one list of phrases (one a line; `#` starts a comment).
    pub(crate) fn add_list(&mut self, name: &str, text: &str) {
        let bit = match self.lists.iter().position(|l| l == name) {
            Some(i) => i,
            None => {
                self.lists.push(name.to_string());
                self.lists.len() - 1
            }
        };
        if bit >= 62 {
            return;
        }
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let tokens: Vec<&str> = line.split_whitespace().collect();
            if tokens.len() > MAX_PHRASE {
                continue;
            }
            let mut h = 0u64;
            for (k, t) in tokens.iter().enumerate() {
                h = phrase_step(h, lower_key(&normalize(t)));
                if k + 1 < tokens.len() {
                    *self.phrases.entry(h).or_insert(0) |= PREFIX_BIT;
                }
            }
            *self.phrases.entry(h).or_insert(0) |= 1 << bit;
        }
    }

    /// Adds word classes from lines `word<TAB>c1<TAB>c2…` (ids ≥ 1).
    pub(crate) fn add_classes(&mut self, text: &str) {
        for line in text.lines() {
            let mut cols = line.split('\t');
            let Some(word) = cols.next() else { continue };
            if word.is_empty() {
                continue;
            }
            let mut ids = [0u16; CLASS_LEVELS];
            for (slot, c) in ids.iter_mut().zip(cols) {
                *slot = c
                    .trim()
                    .parse::<u16>()
                    .map(|v| v.saturating_add(1))
                    .unwrap_or(0);
            }
            self.classes.insert(hash_str(&normalize(word)), ids);
        }
    }

    /// The lexicon in its lookup form.
    pub(crate) fn build(self) -> Lexicon {
        let mut phrases: Vec<(u64, u64)> = self.phrases.into_iter().collect();
        phrases.sort_unstable();
        let mut classes: Vec<(u64, u64)> = self
            .classes
            .into_iter()
            .map(|(k, c)| (k, layout::pack_classes(&c)))
            .collect();
        classes.sort_unstable();
        Lexicon {
            lists: self.lists,
            phrases: Table::from_sorted(SortedTable::new(phrases.into_iter())).unwrap_or_default(),
            classes: Table::from_sorted(SortedTable::new(classes.into_iter())).unwrap_or_default(),
        }
    }
}

impl Lexicon {
    /// The entry of the one-token phrase of a token's lower-case key, where
    /// a phrase may start: a capitalised token's [`Lexicon::match_sentence`]
    /// looks it up first. Looked up once per word (`words`), not per token.
    pub(crate) fn phrase_head(&self, lower_key: u64) -> Option<u64> {
        self.phrases.get(phrase_step(0, lower_key))
    }

    /// Gazetteer bits for every token of a sentence: bit `2l` = a phrase of
    /// list `l` starts here, bit `2l+1` = inside one. `heads`: per token,
    /// [`Lexicon::phrase_head`] where it is capitalised, else `None`.
    pub(crate) fn match_sentence(
        &self,
        lower_keys: &[u64],
        heads: &[Option<u64>],
        out: &mut Vec<u64>,
    ) {
        out.clear();
        out.resize(lower_keys.len(), 0);
        if self.phrases.pairs.is_empty() {
            return;
        }
        for start in 0..lower_keys.len() {
            let Some(&Some(head)) = heads.get(start) else {
                continue;
            };
            let mut h = 0u64;
            for end in start..lower_keys.len().min(start + MAX_PHRASE) {
                h = phrase_step(h, lower_keys[end]);
                let found = if end == start {
                    Some(head)
                } else {
                    self.phrases.get(h)
                };
                let Some(bits) = found else {
                    break;
                };
                let lists = bits & !PREFIX_BIT;
                if lists != 0 {
                    let (b, i) = spread(lists);
                    out[start] |= b;
                    for slot in &mut out[start + 1..=end] {
                        *slot |= i;
                    }
                }
                if bits & PREFIX_BIT == 0 {
                    break;
                }
            }
        }
    }

    /// Word classes of a word (by its exact hash).
    pub(crate) fn classes_of(&self, exact: u64) -> [u16; CLASS_LEVELS] {
        let v = self.classes.get(exact).unwrap_or(0);
        std::array::from_fn(|l| (v >> (16 * l)) as u16)
    }
}

/// Spreads list bits `l` into begin bits `2l` and inside bits `2l+1`.
fn spread(lists: u64) -> (u64, u64) {
    let mut b = 0u64;
    let mut rest = lists;
    while rest != 0 {
        let l = rest.trailing_zeros();
        rest &= rest - 1;
        if l < 31 {
            b |= 1 << (2 * l);
        }
    }
    (b, b << 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_word_phrases_match_case_insensitively() {
        let mut b = LexiconBuilder::default();
        b.add_list("loc", "São Paulo\nNew York City\nYork\n");
        let lex = b.build();
        let toks = ["In", "new", "NEW", "YORK", "City", "and", "São", "Paulo"];
        let keys: Vec<u64> = toks.iter().map(|t| lower_key(t)).collect();
        let heads: Vec<Option<u64>> = toks
            .iter()
            .zip(&keys)
            .map(|(t, &k)| {
                let capitalised = t.chars().next().is_some_and(char::is_uppercase);
                capitalised.then(|| lex.phrase_head(k)).flatten()
            })
            .collect();
        let mut out = Vec::new();
        lex.match_sentence(&keys, &heads, &mut out);
        assert_eq!(out[1], 0, "lower-case start does not match");
        assert_eq!(out[2], 1);
        assert_eq!(out[3], 1 | 2, "York starts a phrase and is inside one");
        assert_eq!(out[4], 2);
        assert_eq!(out[6], 1);
        assert_eq!(out[7], 2);
    }
}
