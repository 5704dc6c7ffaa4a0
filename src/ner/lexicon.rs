//! Gazetteers and word classes, stored inside the model file.
//!
//! Gazetteer entries are phrases of whitespace-separated tokens, matched
//! case-insensitively on token sequences whose first token is capitalised.
//! Word classes map a surface word to a few cluster ids (finest first).

use rustc_hash::FxHashMap;

use super::keys::{hash_str, lower_key, mix, normalize};

/// Bit set in a phrase entry when longer entries start with this phrase.
const PREFIX_BIT: u64 = 1 << 63;

/// Longest gazetteer phrase, in tokens.
pub(crate) const MAX_PHRASE: usize = 8;

/// Number of word-class levels per word.
pub(crate) const CLASS_LEVELS: usize = 4;

/// Gazetteers and word classes.
#[derive(Debug, Default, Clone)]
pub(crate) struct Lexicon {
    /// List names, index = bit position.
    pub(crate) lists: Vec<String>,
    /// Phrase hash → list bit set (bit 63: prefix of a longer phrase).
    pub(crate) phrases: FxHashMap<u64, u64>,
    /// Exact word hash → class ids (0 = none) at each level.
    pub(crate) classes: FxHashMap<u64, [u16; CLASS_LEVELS]>,
}

/// Hash of a phrase from its per-token lower-case keys.
pub(crate) fn phrase_step(h: u64, token_key: u64) -> u64 {
    mix(h ^ 0x5851_f42d_4c95_7f2d, token_key)
}

impl Lexicon {
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

    /// Gazetteer bits for every token of a sentence: bit `2l` = a phrase of
    /// list `l` starts here, bit `2l+1` = inside one.
    pub(crate) fn match_sentence(
        &self,
        lower_keys: &[u64],
        capitalised: &[bool],
        out: &mut Vec<u64>,
    ) {
        out.clear();
        out.resize(lower_keys.len(), 0);
        if self.phrases.is_empty() {
            return;
        }
        for start in 0..lower_keys.len() {
            if !capitalised[start] {
                continue;
            }
            let mut h = 0u64;
            for end in start..lower_keys.len().min(start + MAX_PHRASE) {
                h = phrase_step(h, lower_keys[end]);
                let Some(&bits) = self.phrases.get(&h) else {
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
        self.classes.get(&exact).copied().unwrap_or_default()
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
        let mut lex = Lexicon::default();
        lex.add_list("loc", "São Paulo\nNew York City\nYork\n");
        let toks = ["In", "new", "NEW", "YORK", "City", "and", "São", "Paulo"];
        let keys: Vec<u64> = toks.iter().map(|t| lower_key(t)).collect();
        let caps: Vec<bool> = toks
            .iter()
            .map(|t| t.chars().next().is_some_and(char::is_uppercase))
            .collect();
        let mut out = Vec::new();
        lex.match_sentence(&keys, &caps, &mut out);
        assert_eq!(out[1], 0, "lower-case start does not match");
        assert_eq!(out[2], 1);
        assert_eq!(out[3], 1 | 2, "York starts a phrase and is inside one");
        assert_eq!(out[4], 2);
        assert_eq!(out[6], 1);
        assert_eq!(out[7], 2);
    }
}
