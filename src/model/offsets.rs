//! Byte offsets → code point and UTF-16 offsets, for readers in any language.

/// Converts byte offsets of one text to code-point and UTF-16 offsets in O(log n).
#[derive(Clone, Debug)]
pub struct OffsetMap {
    /// For every char boundary, in order: (byte, code point, utf16).
    starts: Vec<(usize, usize, usize)>,
}

impl OffsetMap {
    /// Indexes a text.
    pub fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() + 1);
        let (mut cp, mut u16s) = (0, 0);
        for (b, c) in text.char_indices() {
            starts.push((b, cp, u16s));
            cp += 1;
            u16s += c.len_utf16();
        }
        starts.push((text.len(), cp, u16s));
        Self { starts }
    }

    /// `(code point, utf16)` offsets of a byte offset; a byte inside a char
    /// maps to the start of that char.
    pub fn convert(&self, byte: usize) -> (usize, usize) {
        let i = self
            .starts
            .partition_point(|&(b, _, _)| b <= byte)
            .saturating_sub(1);
        self.starts.get(i).map_or((0, 0), |&(_, cp, u)| (cp, u))
    }

    /// Byte offset of a code-point offset, when in range.
    pub fn byte_of_codepoint(&self, cp: usize) -> Option<usize> {
        self.starts.get(cp).map(|&(b, _, _)| b)
    }

    /// Byte offset of a UTF-16 offset, when it falls on a char boundary.
    pub fn byte_of_utf16(&self, unit: usize) -> Option<usize> {
        let i = self.starts.partition_point(|&(_, _, u)| u < unit);
        self.starts
            .get(i)
            .filter(|&&(_, _, u)| u == unit)
            .map(|&(b, _, _)| b)
    }

    /// Total lengths: (code points, utf16 units).
    pub fn lengths(&self) -> (usize, usize) {
        self.starts.last().map_or((0, 0), |&(_, cp, u)| (cp, u))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
