//! Token keys: typography normalised to CoNLL's ASCII forms, and the
//! stable hashes every feature, gazetteer entry and word class is keyed by.

use std::borrow::Cow;

/// 64-bit mixing of two values (splitmix64 finaliser).
#[inline]
pub(crate) fn mix(a: u64, b: u64) -> u64 {
    let mut x = a.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ b;
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// FNV-1a over bytes, finalised; stable across platforms.
#[inline]
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(h, bytes.len() as u64)
}

/// [`hash_bytes`] fed one byte at a time.
#[derive(Clone, Copy)]
pub(crate) struct Fnv {
    h: u64,
    len: u64,
}

impl Fnv {
    #[inline]
    pub(crate) fn new() -> Self {
        Fnv {
            h: 0xcbf2_9ce4_8422_2325,
            len: 0,
        }
    }

    #[inline]
    pub(crate) fn push(&mut self, b: u8) {
        self.h ^= u64::from(b);
        self.h = self.h.wrapping_mul(0x0000_0100_0000_01b3);
        self.len += 1;
    }

    /// The hash of the bytes pushed so far, as [`hash_bytes`] gives it.
    #[inline]
    pub(crate) fn finish(self) -> u64 {
        mix(self.h, self.len)
    }

    /// [`hash_bytes`].
    #[inline]
    pub(crate) fn of(bytes: &[u8]) -> u64 {
        hash_bytes(bytes)
    }
}

/// Hash of a string.
#[inline]
pub(crate) fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

/// Maps typographic characters of real text to their CoNLL (ASCII) forms:
/// curly apostrophes and quotes, dashes, ellipsis, non-breaking space.
pub(crate) fn normalize(token: &str) -> Cow<'_, str> {
    if token.is_ascii() {
        return Cow::Borrowed(token);
    }
    let mut out = String::with_capacity(token.len());
    for c in token.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{FF07}' => {
                out.push('\'')
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
            | '\u{00BB}' => out.push('"'),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => out.push('-'),
            '\u{2014}' | '\u{2015}' => out.push_str("--"),
            '\u{2026}' => out.push_str("..."),
            '\u{00A0}' | '\u{202F}' => out.push(' '),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Lower-case key of an already normalised token (used by gazetteers and document statistics).
pub(crate) fn lower_key(token: &str) -> u64 {
    if token.bytes().all(|b| !b.is_ascii_uppercase()) && token.is_ascii() {
        return hash_str(token);
    }
    hash_str(&token.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typography_is_normalised() {
        assert_eq!(normalize("\u{2019}s"), "'s");
        assert_eq!(normalize("\u{201C}Hi\u{201D}"), "\"Hi\"");
        assert_eq!(normalize("Zürich"), "Zürich");
        assert_eq!(normalize("1990\u{2013}91"), "1990-91");
    }

    #[test]
    fn streamed_hash_equals_the_whole_hash() {
        let mut f = Fnv::new();
        for &b in b"Quenta" {
            f.push(b);
        }
        assert_eq!(f.finish(), hash_str("Quenta"));
        assert_eq!(Fnv::new().finish(), hash_str(""));
    }
}
