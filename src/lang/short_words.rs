//! A set of words of at most eight bytes, each kept as one integer: a
//! look-up packs the asked word into an integer and compares integers in
//! an open-addressed table, where a hash set of strings hashed the bytes,
//! compared the lengths and called `memcmp` (most words the stages ask a
//! list about are short: "the", "said", "chief").

/// The longest word the table holds, in bytes.
pub(super) const SHORT: usize = 8;

/// One slot: a word packed by [`pack`] and its length plus one (zero: empty).
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    key: u64,
    len: u8,
}

/// Words of at most [`SHORT`] bytes (see the module's note).
#[derive(Debug, Clone)]
pub(super) struct ShortWords {
    /// A power of two slots (two or more), at most half of them filled.
    slots: Vec<Slot>,
    /// 64 minus the base-two logarithm of the number of slots.
    shift: u32,
}

impl Default for ShortWords {
    /// No word: two empty slots, so a look-up needs no test for none.
    fn default() -> Self {
        Self {
            slots: vec![Slot::default(); 2],
            shift: 63,
        }
    }
}

/// `word` (at most [`SHORT`] bytes) as an integer that, with its length,
/// tells it from every other word: its first and last four bytes for a
/// word of four or more (the two overlap for fewer than eight), its first,
/// middle and last byte for a shorter one (every byte of it).
#[inline]
fn pack(word: &[u8]) -> u64 {
    let n = word.len();
    debug_assert!(n <= SHORT);
    if n >= 4 {
        let four = |at: usize| {
            word.get(at..at + 4)
                .and_then(|b| <[u8; 4]>::try_from(b).ok())
                .map_or(0, u32::from_le_bytes)
        };
        u64::from(four(0)) | u64::from(four(n - 4)) << 32
    } else if n > 0 {
        u64::from(word[0]) | u64::from(word[n / 2]) << 8 | u64::from(word[n - 1]) << 16
    } else {
        0
    }
}

impl ShortWords {
    /// The table of the words of `entries` of at most [`SHORT`] bytes.
    pub(super) fn new<'a>(entries: impl IntoIterator<Item = &'a str>) -> Self {
        let short: Vec<&[u8]> = entries
            .into_iter()
            .map(str::as_bytes)
            .filter(|w| w.len() <= SHORT)
            .collect();
        if short.is_empty() {
            return Self::default();
        }
        let size = (2 * short.len()).next_power_of_two().max(8);
        let mut table = Self {
            slots: vec![Slot::default(); size],
            shift: 64 - size.trailing_zeros(),
        };
        for word in short {
            let (key, len) = (pack(word), word.len() as u8 + 1);
            let mask = size - 1;
            let mut at = table.home(key, len);
            loop {
                let slot = &mut table.slots[at];
                if slot.len == 0 {
                    *slot = Slot { key, len };
                    break;
                }
                if slot.len == len && slot.key == key {
                    break;
                }
                at = (at + 1) & mask;
            }
        }
        table
    }

    /// The slot a word's probe starts at.
    #[inline]
    fn home(&self, key: u64, len: u8) -> usize {
        (key.wrapping_add(u64::from(len))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            >> self.shift) as usize
    }

    /// Whether `word` is in the set (never when longer than [`SHORT`]).
    #[inline]
    pub(super) fn contains(&self, word: &[u8]) -> bool {
        if word.len() > SHORT {
            return false;
        }
        let (key, len) = (pack(word), word.len() as u8 + 1);
        let mask = self.slots.len() - 1;
        let mut at = self.home(key, len);
        // At most half the slots are filled: an empty one ends the probe.
        while let Some(slot) = self.slots.get(at) {
            if slot.len == len && slot.key == key {
                return true;
            }
            if slot.len == 0 {
                return false;
            }
            at = (at + 1) & mask;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_short_entry_is_found_and_nothing_else() {
        let entries = [
            "", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "über", "Ωx",
        ];
        let set = ShortWords::new(entries);
        for e in entries {
            assert!(set.contains(e.as_bytes()), "{e}");
        }
        for w in [
            "b",
            "ba",
            "acb",
            "abdc",
            "abcdf",
            "abcdeg",
            "abcdefh",
            "abcdefgi",
            "aabc",
            "abcc",
            "uber",
            "abcdefghi",
            "\0",
            "a\0",
            "\0\0\0\0",
        ] {
            assert!(!set.contains(w.as_bytes()), "{w}");
        }
        assert!(!ShortWords::new([]).contains(b""));
        // Longer entries are not the table's.
        assert!(!ShortWords::new(["abcdefghi"]).contains(b"abcdefghi"));
    }

    #[test]
    fn packing_tells_every_word_of_a_length_from_the_others() {
        // Every word of four letters from a small alphabet, and of six.
        let letters = b"ab\0z";
        let mut seen = std::collections::HashSet::new();
        for n in [1usize, 2, 3, 4, 5, 6] {
            let total = letters.len().pow(n as u32);
            for mut i in 0..total {
                let word: Vec<u8> = (0..n)
                    .map(|_| {
                        let b = letters[i % letters.len()];
                        i /= letters.len();
                        b
                    })
                    .collect();
                assert!(seen.insert((pack(&word), n)), "{word:?}");
            }
        }
    }

    #[test]
    fn a_full_list_is_found() {
        let words: Vec<String> = (0..3000).map(|i| format!("w{i}")).collect();
        let set = ShortWords::new(words.iter().map(String::as_str));
        assert!(words.iter().all(|w| set.contains(w.as_bytes())));
        assert!(!(3000..6000).any(|i| set.contains(format!("w{i}").as_bytes())));
    }
}
