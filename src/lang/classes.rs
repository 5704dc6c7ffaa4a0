//! Word classes for statistical relation features: every word of every
//! relation word list (`relate/<family>/<list>.txt`), mapped to the lists
//! it is in. The learned relation step reads a word's classes ("a verb of
//! buying", "a role word") rather than the word alone, so what it learns
//! from one verb carries to the others of its list.

use rustc_hash::FxHashMap;

use super::{Embedded, WordList};

/// Word → the lists it appears in, each list named by a stable key.
#[derive(Debug, Clone, Default)]
pub struct WordClasses {
    by_word: FxHashMap<String, Vec<u64>>,
}

impl WordClasses {
    /// The classes of every one-word entry of the files under `prefix`
    /// whose name ends with `suffix`; a class's key is a hash of its path.
    pub(super) fn from_files(files: &Embedded, prefix: &str, suffix: &str) -> Self {
        let mut by_word: FxHashMap<String, Vec<u64>> = FxHashMap::default();
        for (path, text) in files.0 {
            if !path.starts_with(prefix) || !path.ends_with(suffix) {
                continue;
            }
            let key = class_key(path);
            for entry in WordList::parse(text).iter() {
                if entry.contains(char::is_whitespace) {
                    continue;
                }
                let classes = by_word.entry(entry.to_lowercase()).or_default();
                if !classes.contains(&key) {
                    classes.push(key);
                }
            }
        }
        Self { by_word }
    }

    /// The classes of a lower-case word (none when it is in no list).
    pub fn of(&self, word: &str) -> &[u64] {
        self.by_word.get(word).map_or(&[], Vec::as_slice)
    }

    /// How many words have a class.
    pub fn len(&self) -> usize {
        self.by_word.len()
    }

    /// True when no word has a class.
    pub fn is_empty(&self) -> bool {
        self.by_word.is_empty()
    }
}

/// FNV-1a of a list's path: its class key, stable across builds.
fn class_key(path: &str) -> u64 {
    path.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_has_the_classes_of_every_list_it_is_in() {
        let files = Embedded(&[
            ("relate/a/buy.txt", "# comment\nbuy\nbought\ntake over\n"),
            ("relate/b/get.txt", "bought\n"),
            ("kinds/other.txt", "buy\n"),
        ]);
        let c = WordClasses::from_files(&files, "relate/", ".txt");
        assert_eq!(c.of("bought").len(), 2);
        assert_eq!(c.of("buy").len(), 1);
        assert!(c.of("take").is_empty());
        assert!(c.of("over").is_empty());
    }
}
