//! `Span`: a half-open byte range into the unaltered document text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
///
/// `Span` exists because `Range<usize>` is not `Copy`. Spans are always built
/// on `char` boundaries of the text they point into (see [`Span::checked`]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from raw byte offsets; `start <= end` is the caller's promise.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// A span that is only returned when both ends fall on `char` boundaries
    /// of `text` and `start <= end <= text.len()`.
    pub fn checked(text: &str, start: usize, end: usize) -> Option<Self> {
        (start <= end && text.is_char_boundary(start) && text.is_char_boundary(end))
            .then_some(Self { start, end })
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text the span covers, or `""` when it does not fit `text`.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when `self` lies entirely inside `outer`.
    #[inline]
    pub const fn within(self, outer: Span) -> bool {
        outer.start <= self.start && self.end <= outer.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when the byte `offset` lies in `[start, end)`.
    #[inline]
    pub const fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checked_rejects_inner_char_offsets() {
        let text = "Zürich €5";
        assert!(Span::checked(text, 0, 2).is_none(), "ü is two bytes");
        assert_eq!(Span::checked(text, 0, 3).map(|s| s.slice(text)), Some("Zü"));
        assert!(Span::checked(text, 5, 4).is_none());
        assert!(Span::checked(text, 0, 99).is_none());
    }

    #[test]
    fn half_open_semantics() {
        let a = Span::new(2, 5);
        assert!(a.contains(2) && a.contains(4) && !a.contains(5));
        assert!(!a.overlaps(Span::new(5, 7)));
        assert!(a.overlaps(Span::new(4, 7)));
        assert!(Span::new(3, 4).within(a));
        assert_eq!(a.cover(Span::new(7, 9)), Span::new(2, 9));
    }
}
