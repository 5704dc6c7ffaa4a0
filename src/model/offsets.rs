//! Byte offsets → code point and UTF-16 offsets, for readers in any language.

/// Converts byte offsets of one text to code-point and UTF-16 offsets in O(log n).
///
/// Only the chars of more than one byte are kept: between two of them
/// every char is one byte, one code point and one UTF-16 unit, so an
/// offset there is the one after the char before plus the distance. An
/// ASCII text (most articles) keeps nothing and converts at once; a map of
/// every char was 19 instructions a byte to build.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    /// Each char of more than one byte, in order: its first byte, the
    /// byte after it, and its code-point and UTF-16 offsets.
    wide: Vec<Wide>,
    /// The text's length: bytes, code points, UTF-16 units.
    len: (usize, usize, usize),
}

/// A char of more than one byte.
#[derive(Clone, Copy, Debug)]
struct Wide {
    byte: usize,
    next: usize,
    cp: usize,
    utf16: usize,
}

impl Wide {
    /// The code-point and UTF-16 offsets right after the char (four
    /// UTF-8 bytes are a char outside the BMP: two UTF-16 units).
    fn after(&self) -> (usize, usize) {
        let units = if self.next - self.byte == 4 { 2 } else { 1 };
        (self.cp + 1, self.utf16 + units)
    }
}

/// The length of the run of ASCII that opens `bytes`: 32 bytes at a time
/// while they are all ASCII.
pub(crate) fn ascii_run(bytes: &[u8]) -> usize {
    let mut at = 0;
    for chunk in bytes.chunks(32) {
        if !chunk.is_ascii() {
            return at + chunk.iter().take_while(|b| b.is_ascii()).count();
        }
        at += chunk.len();
    }
    at
}

impl OffsetMap {
    /// Indexes a text.
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return Self {
                wide: Vec::new(),
                len: (text.len(), text.len(), text.len()),
            };
        }
        let mut wide = Vec::new();
        let (mut cp, mut u16s) = (0, 0);
        let mut at = 0;
        // The runs of ASCII between wide chars are passed over whole (each
        // byte one code point and one unit): decoding every char was most
        // of a mostly-ASCII article's map.
        loop {
            let run = ascii_run(&text.as_bytes()[at..]);
            at += run;
            cp += run;
            u16s += run;
            let Some(c) = text[at..].chars().next() else {
                break;
            };
            let next = at + c.len_utf8();
            wide.push(Wide {
                byte: at,
                next,
                cp,
                utf16: u16s,
            });
            cp += 1;
            u16s += c.len_utf16();
            at = next;
        }
        Self {
            wide,
            len: (text.len(), cp, u16s),
        }
    }

    /// `(code point, utf16)` offsets of a byte offset; a byte inside a char
    /// maps to the start of that char, one past the end to the end.
    pub fn convert(&self, byte: usize) -> (usize, usize) {
        if byte >= self.len.0 {
            return self.lengths();
        }
        let i = self.wide.partition_point(|w| w.byte <= byte);
        let Some(w) = i.checked_sub(1).map(|i| self.wide[i]) else {
            return (byte, byte);
        };
        if byte < w.next {
            return (w.cp, w.utf16);
        }
        let (cp, u) = w.after();
        (cp + byte - w.next, u + byte - w.next)
    }

    /// Byte offset of a code-point offset, when in range.
    pub fn byte_of_codepoint(&self, cp: usize) -> Option<usize> {
        if cp > self.len.1 {
            return None;
        }
        let i = self.wide.partition_point(|w| w.cp < cp);
        Some(match i.checked_sub(1).map(|i| self.wide[i]) {
            None => cp,
            Some(w) => w.next + cp - w.after().0,
        })
    }

    /// Byte offset of a UTF-16 offset, when it falls on a char boundary.
    pub fn byte_of_utf16(&self, unit: usize) -> Option<usize> {
        if unit > self.len.2 {
            return None;
        }
        let i = self.wide.partition_point(|w| w.utf16 < unit);
        match i.checked_sub(1).map(|i| self.wide[i]) {
            None => Some(unit),
            Some(w) => {
                let after = w.after().1;
                // Inside a surrogate pair: no char starts there.
                (unit >= after).then(|| w.next + unit - after)
            }
        }
    }

    /// Total lengths: (code points, utf16 units).
    pub fn lengths(&self) -> (usize, usize) {
        (self.len.1, self.len.2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passing_over_ascii_runs_keeps_every_wide_char() {
        let mut text = String::new();
        for (i, piece) in ["a", "é", "“", "😀", "bcd", "\u{301}", "—"]
            .iter()
            .cycle()
            .take(200)
            .enumerate()
        {
            text.push_str(piece);
            text.push_str(&"x".repeat(i % 40));
        }
        let map = OffsetMap::new(&text);
        let (mut cp, mut u16s) = (0, 0);
        let mut wide = 0;
        for (b, c) in text.char_indices() {
            assert_eq!(map.convert(b), (cp, u16s), "{b}");
            wide += usize::from(c.len_utf8() > 1);
            cp += 1;
            u16s += c.len_utf16();
        }
        assert_eq!(map.wide.len(), wide);
        assert_eq!(map.lengths(), (cp, u16s));
    }

    #[test]
    fn emoji_cjk_combining() {
        let text = "a😀b東e\u{301}";
        let map = OffsetMap::new(text);
        // a(1B) 😀(4B, 2 utf16) b(1B) 東(3B) e(1B) ◌́(2B)
        assert_eq!(map.convert(0), (0, 0));
        assert_eq!(map.convert(1), (1, 1));
        assert_eq!(map.convert(5), (2, 3));
        assert_eq!(map.convert(6), (3, 4));
        assert_eq!(map.convert(9), (4, 5));
        assert_eq!(map.convert(text.len()), (6, 7));
        assert_eq!(map.lengths(), (6, 7));
        assert_eq!(map.byte_of_codepoint(3), Some(6));
        assert_eq!(map.byte_of_utf16(3), Some(5));
        assert_eq!(
            map.byte_of_utf16(2),
            None,
            "inside the emoji's surrogate pair"
        );
        assert_eq!(map.byte_of_utf16(7), Some(text.len()));
        assert_eq!(map.byte_of_utf16(8), None);
    }

    /// Every char boundary kept: the map this one must answer as.
    fn dense(text: &str) -> Vec<(usize, usize, usize)> {
        let mut starts = Vec::new();
        let (mut cp, mut u) = (0, 0);
        for (b, c) in text.char_indices() {
            starts.push((b, cp, u));
            cp += 1;
            u += c.len_utf16();
        }
        starts.push((text.len(), cp, u));
        starts
    }

    #[test]
    fn answers_as_a_map_of_every_char() {
        for text in [
            "",
            "Plain ASCII, CRLF\r\nline",
            "Zürich € 5 млн",
            "😀😀 a 😀",
            "é",
            "ab東",
            "“Quoted” — dash…\r\n🚀x",
        ] {
            let map = OffsetMap::new(text);
            let starts = dense(text);
            for byte in 0..=text.len() + 2 {
                let i = starts.partition_point(|&(b, _, _)| b <= byte) - 1;
                assert_eq!(
                    map.convert(byte),
                    (starts[i].1, starts[i].2),
                    "{text:?} {byte}"
                );
            }
            let (cps, units) = (
                starts.last().map_or(0, |s| s.1),
                starts.last().map_or(0, |s| s.2),
            );
            assert_eq!(map.lengths(), (cps, units));
            for cp in 0..=cps + 2 {
                assert_eq!(
                    map.byte_of_codepoint(cp),
                    starts.get(cp).map(|s| s.0),
                    "{text:?} cp {cp}"
                );
            }
            for unit in 0..=units + 2 {
                let want = starts
                    .iter()
                    .find(|s| s.2 >= unit)
                    .filter(|s| s.2 == unit)
                    .map(|s| s.0);
                assert_eq!(map.byte_of_utf16(unit), want, "{text:?} unit {unit}");
            }
        }
    }
}
