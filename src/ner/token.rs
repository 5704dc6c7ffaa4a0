//! What the feature templates need to know about one token: its flags,
//! shapes, affixes and hashes, computed in one pass over its characters
//! (ASCII tokens, nearly all of them, without allocating).

use super::keys::{Fnv, hash_str, lower_key, normalize};
use super::lexicon::{CLASS_LEVELS, Lexicon};

// Token flags.
pub(crate) const INIT_CAP: u16 = 1;
pub(crate) const ALL_CAPS: u16 = 1 << 1;
pub(crate) const HAS_DIGIT: u16 = 1 << 2;
pub(crate) const ALL_DIGIT: u16 = 1 << 3;
pub(crate) const HAS_HYPHEN: u16 = 1 << 4;
pub(crate) const HAS_PERIOD: u16 = 1 << 5;
pub(crate) const LOWER_FIRST: u16 = 1 << 6;
pub(crate) const HAS_LETTER: u16 = 1 << 7;
pub(crate) const INNER_CAP: u16 = 1 << 8;
pub(crate) const HAS_APOS: u16 = 1 << 9;

/// What the feature templates need to know about one token.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Tok {
    pub(crate) exact: u64,
    pub(crate) lower: u64,
    /// Lower-case key without digit folding (gazetteers, document statistics).
    pub(crate) key: u64,
    pub(crate) shape: u64,
    pub(crate) short: u64,
    pub(crate) pre: [u64; 4],
    pub(crate) suf: [u64; 4],
    pub(crate) flags: u16,
    pub(crate) classes: [u16; CLASS_LEVELS],
    pub(crate) gaz: u64,
    /// Capitalised here, but written in lower case elsewhere in the document (not sentence-initially).
    pub(crate) lower_elsewhere: bool,
    /// For an all-caps token: short shape of a mixed-case spelling elsewhere in the document.
    pub(crate) doc_shape: u64,
    /// For an all-caps token: the exact hash of that mixed-case spelling.
    pub(crate) doc_exact: u64,
    /// For a camel-case token ("SoftBank", "xAI"): lower-case first and last parts.
    pub(crate) camel: [u64; 2],
    /// Where a gazetteer phrase may start here (capitalised, or all
    /// digits): [`Lexicon::phrase_head`] of its key.
    pub(crate) phrase_head: Option<u64>,
}

impl Tok {
    /// Keys of a raw token; `scratch` is a buffer reused across tokens.
    pub(crate) fn new(raw: &str, lex: &Lexicon, scratch: &mut Vec<u8>) -> Self {
        let norm = normalize(raw);
        let s: &str = &norm;
        let mut tok = if s.is_ascii() {
            Self::ascii(s, lex, scratch)
        } else {
            Self::general(s, lex)
        };
        if tok.is(INIT_CAP) || tok.is(ALL_DIGIT) {
            tok.phrase_head = lex.phrase_head(tok.key);
        }
        tok
    }

    /// [`Tok::new`] for any normalised token.
    fn general(s: &str, lex: &Lexicon) -> Self {
        let mut flags = 0u16;
        let mut n_upper = 0usize;
        let mut n_letter = 0usize;
        let mut n_digit = 0usize;
        let mut n_chars = 0usize;
        let mut shape = String::with_capacity(16);
        let mut short = String::with_capacity(8);
        let mut lower = String::with_capacity(s.len());
        let mut last_short = '\0';
        for (k, c) in s.chars().enumerate() {
            n_chars += 1;
            let class = if c.is_uppercase() {
                n_upper += 1;
                n_letter += 1;
                if k == 0 {
                    flags |= INIT_CAP;
                } else {
                    flags |= INNER_CAP;
                }
                'X'
            } else if c.is_alphabetic() {
                n_letter += 1;
                if k == 0 {
                    flags |= LOWER_FIRST;
                }
                'x'
            } else if c.is_ascii_digit() {
                n_digit += 1;
                'd'
            } else {
                match c {
                    '-' => flags |= HAS_HYPHEN,
                    '.' => flags |= HAS_PERIOD,
                    '\'' => flags |= HAS_APOS,
                    _ => {}
                }
                c
            };
            if shape.len() < 12 {
                shape.push(class);
            }
            if class != last_short {
                short.push(class);
                last_short = class;
            }
            if c.is_ascii_digit() {
                lower.push('0');
            } else {
                lower.extend(c.to_lowercase());
            }
        }
        flags |= summary_flags(n_upper, n_letter, n_digit, n_chars);
        let mut pre = [0u64; 4];
        let mut suf = [0u64; 4];
        let mut starts = lower.char_indices().map(|(i, _)| i).skip(1);
        let mut ends = lower.char_indices().rev().map(|(i, _)| i);
        for k in 0..4usize {
            let Some(end) = starts
                .next()
                .or(if k < n_chars { Some(lower.len()) } else { None })
            else {
                break;
            };
            pre[k] = hash_str(&lower[..end]);
            if let Some(start) = ends.next() {
                suf[k] = hash_str(&lower[start..]);
            }
            if end == lower.len() {
                break;
            }
        }
        let keys = Keys {
            lower: hash_str(&lower),
            key: lower_key(s),
            shape: hash_str(&shape),
            short: hash_str(&short),
        };
        Tok::assemble(s, lex, keys, (pre, suf), flags, n_upper, n_letter)
    }

    /// [`Tok::new`] for an ASCII token: the same keys, hashed as they are made.
    fn ascii(s: &str, lex: &Lexicon, lower: &mut Vec<u8>) -> Self {
        let bytes = s.as_bytes();
        let mut flags = 0u16;
        let (mut n_upper, mut n_letter, mut n_digit) = (0usize, 0usize, 0usize);
        let (mut shape, mut short, mut key) = (Fnv::new(), Fnv::new(), Fnv::new());
        let mut last_short = 0u8;
        lower.clear();
        for (k, &c) in bytes.iter().enumerate() {
            let class = if c.is_ascii_uppercase() {
                n_upper += 1;
                n_letter += 1;
                flags |= if k == 0 { INIT_CAP } else { INNER_CAP };
                b'X'
            } else if c.is_ascii_alphabetic() {
                n_letter += 1;
                if k == 0 {
                    flags |= LOWER_FIRST;
                }
                b'x'
            } else if c.is_ascii_digit() {
                n_digit += 1;
                b'd'
            } else {
                match c {
                    b'-' => flags |= HAS_HYPHEN,
                    b'.' => flags |= HAS_PERIOD,
                    b'\'' => flags |= HAS_APOS,
                    _ => {}
                }
                c
            };
            if k < 12 {
                shape.push(class);
            }
            if class != last_short {
                short.push(class);
                last_short = class;
            }
            let l = c.to_ascii_lowercase();
            key.push(l);
            lower.push(if c.is_ascii_digit() { b'0' } else { l });
        }
        flags |= summary_flags(n_upper, n_letter, n_digit, bytes.len());
        let mut pre = [0u64; 4];
        let mut suf = [0u64; 4];
        let mut prefix = Fnv::new();
        let n = lower.len();
        for (k, &b) in lower.iter().take(4).enumerate() {
            prefix.push(b);
            pre[k] = prefix.finish();
            suf[k] = Fnv::of(&lower[n - 1 - k..]);
        }
        let keys = Keys {
            lower: Fnv::of(lower),
            key: key.finish(),
            shape: shape.finish(),
            short: short.finish(),
        };
        Tok::assemble(s, lex, keys, (pre, suf), flags, n_upper, n_letter)
    }

    /// The token from its hashed keys, however they were made; a camel-case
    /// word's parts stand in for its prefixes and suffixes.
    fn assemble(
        s: &str,
        lex: &Lexicon,
        keys: Keys,
        (mut pre, mut suf): ([u64; 4], [u64; 4]),
        flags: u16,
        n_upper: usize,
        n_letter: usize,
    ) -> Self {
        let camel = camel_parts(s, flags, n_upper, n_letter);
        if camel[0] != 0 {
            pre = [0; 4];
            suf = [0; 4];
        }
        let exact = hash_str(s);
        Tok {
            exact,
            lower: keys.lower,
            key: keys.key,
            shape: keys.shape,
            short: keys.short,
            pre,
            suf,
            flags,
            classes: lex.classes_of(exact),
            gaz: 0,
            lower_elsewhere: false,
            doc_shape: 0,
            doc_exact: 0,
            camel,
            phrase_head: None,
        }
    }

    pub(crate) fn is(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}

/// A token's hashed spelling keys.
struct Keys {
    lower: u64,
    key: u64,
    shape: u64,
    short: u64,
}

/// Flags that need the whole token: has a letter, all capitals, digits.
fn summary_flags(n_upper: usize, n_letter: usize, n_digit: usize, n_chars: usize) -> u16 {
    let mut flags = 0;
    if n_letter > 0 {
        flags |= HAS_LETTER;
    }
    if n_upper > 0 && n_upper == n_letter && n_letter >= 2 {
        flags |= ALL_CAPS;
    }
    if n_digit > 0 {
        flags |= HAS_DIGIT;
        if n_digit == n_chars {
            flags |= ALL_DIGIT;
        }
    }
    flags
}

/// Camel-case compounds ("SoftBank", "xAI"): lower-case hashes of the first
/// and last parts, or zeros. Their affixes mislead ("Open…" is not a
/// tournament), their parts do not.
fn camel_parts(s: &str, flags: u16, n_upper: usize, n_letter: usize) -> [u64; 2] {
    if flags & INNER_CAP == 0 || n_upper >= n_letter {
        return [0; 2];
    }
    let mut cuts = vec![0usize];
    let mut prev_lower = false;
    for (i, c) in s.char_indices() {
        if c.is_uppercase() && prev_lower {
            cuts.push(i);
        }
        prev_lower = c.is_lowercase();
    }
    // Two parts or more, the first a word rather than a particle (Mc, Mac, Di, La).
    if cuts.len() >= 2 && cuts[1] >= 4 {
        let first = &s[..cuts[1]];
        let last = &s[cuts[cuts.len() - 1]..];
        [
            hash_str(&first.to_lowercase()),
            hash_str(&last.to_lowercase()),
        ]
    } else {
        [0; 2]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_path_gives_the_general_keys() {
        let lex = Lexicon::default();
        let mut scratch = Vec::new();
        for t in [
            "",
            "a",
            "Quenta",
            "QUENTA",
            "quenta",
            "McQuenta",
            "VarixHoldings",
            "xAI",
            "1990-91",
            "U.S.",
            "'s",
            "$",
            "3.5%",
            "A1-b2_C3",
            "Long-Hyphenated-Name",
            "abcdefghijklmnopq",
            "\u{0}x",
        ] {
            assert_eq!(
                Tok::ascii(t, &lex, &mut scratch),
                Tok::general(t, &lex),
                "{t:?}"
            );
        }
    }
}
