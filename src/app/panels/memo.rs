//! [`Memo`]: a value derived from the analysis (table rows, counts, groups),
//! kept until what it was derived from changes, so a frame's work does not
//! grow with the article.

/// A value computed from a key and kept until the key changes.
#[derive(Debug)]
pub struct Memo<K, V> {
    key: Option<K>,
    value: Option<V>,
    builds: u64,
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Self {
            key: None,
            value: None,
            builds: 0,
        }
    }
}

impl<K: PartialEq, V> Memo<K, V> {
    /// The value for `key`: the kept one when the key is the same as last
    /// time, else `make()`'s, kept for next time.
    pub fn get(&mut self, key: K, make: impl FnOnce() -> V) -> &V {
        if self.key.as_ref() != Some(&key) {
            self.value = None;
            self.key = Some(key);
        }
        self.value.get_or_insert_with(|| {
            self.builds += 1;
            make()
        })
    }

    /// How often the value was computed (for tests of the caching).
    pub fn builds(&self) -> u64 {
        self.builds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recomputes_only_when_the_key_changes() {
        let mut m: Memo<(u64, bool), usize> = Memo::default();
        assert_eq!(*m.get((1, false), || 10), 10);
        assert_eq!(*m.get((1, false), || 20), 10);
        assert_eq!(*m.get((2, false), || 30), 30);
        assert_eq!(m.builds(), 2);
    }
}
