//! From FTS5's `highlight()` output to hit offsets and a snippet.
//!
//! FTS5 reports matches only as markers in the text it returns; it was given
//! the article's text unaltered, so once the markers are taken out the
//! positions between them are byte offsets into that text — the unit of
//! every [`Span`] in the model, which the article view turns into
//! characters for its layout.

use std::ops::Range;

use crate::model::Span;

/// Opens a match in `highlight()` output. Private-use characters after a
/// control character: no article text contains this pair.
pub const OPEN: &str = "\u{1}\u{E000}";
/// Closes a match.
pub const CLOSE: &str = "\u{E001}\u{1}";

/// How far (bytes) the snippet reaches before the hit.
const BEFORE: usize = 70;
/// How far it reaches after the hit's start.
const AFTER: usize = 130;
/// Matches within this distance of a hit count as near it.
const NEAR: usize = 160;

/// A short stretch of an article around a hit, the matched words marked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snippet {
    /// The context on one line (line breaks shown as spaces), with `…` where it is cut.
    pub text: String,
    /// Byte ranges of `text` that matched the query.
    pub marks: Vec<Range<usize>>,
}

/// Removes the markers: the text as inserted and the marked byte spans in it.
pub fn strip_marks(marked: &str) -> (String, Vec<Span>) {
    let mut text = String::with_capacity(marked.len());
    let mut spans = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find(OPEN) {
        text.push_str(&rest[..open]);
        let after = &rest[open + OPEN.len()..];
        let close = after.find(CLOSE).unwrap_or(after.len());
        let start = text.len();
        text.push_str(&after[..close]);
        spans.push(Span::new(start, text.len()));
        rest = after.get(close + CLOSE.len()..).unwrap_or("");
    }
    text.push_str(rest);
    (text, spans)
}

/// The match to show: the one with the most different matched words near
/// it (a query's words together), the earliest among equals.
pub fn best(text: &str, marks: &[Span]) -> Option<Span> {
    let words: Vec<String> = marks.iter().map(|s| s.slice(text).to_lowercase()).collect();
    let mut best: Option<(usize, Span)> = None;
    for (i, m) in marks.iter().enumerate().take(400) {
        let lo = marks.partition_point(|s| s.end + NEAR < m.start);
        let mut near: Vec<&str> = marks[lo..]
            .iter()
            .zip(&words[lo..])
            .take_while(|(s, _)| s.start <= m.end + NEAR)
            .map(|(_, w)| w.as_str())
            .collect();
        near.sort_unstable();
        near.dedup();
        if best.is_none_or(|(n, _)| near.len() > n) {
            best = Some((near.len(), marks[i]));
        }
    }
    best.map(|(_, s)| s)
}

/// The snippet around `hit`: whole words, on one line, every match inside marked.
pub fn snippet(text: &str, hit: Span, marks: &[Span]) -> Snippet {
    let start = floor_boundary(text, hit.start.saturating_sub(BEFORE));
    let start = if start == 0 {
        0
    } else {
        // Start after a space, so no word is cut.
        text[start..hit.start]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(start, |(i, c)| start + i + c.len_utf8())
    };
    let end = floor_boundary(text, (hit.start + AFTER).max(hit.end).min(text.len()));
    let end = if end >= text.len() {
        text.len()
    } else {
        text[hit.end.min(end)..end]
            .rfind(char::is_whitespace)
            .map_or(end, |i| hit.end.min(end) + i)
    };
    let lead = if start > 0 { "…" } else { "" };
    let mut out = String::from(lead);
    out.extend(
        text[start..end]
            .chars()
            // One line: line breaks and tabs become spaces of their own
            // byte width, so the marks keep the text's byte offsets (a wide
            // space stays as it is).
            .map(|c| if c.is_ascii_whitespace() { ' ' } else { c }),
    );
    let marks = marks
        .iter()
        .filter(|m| m.start >= start && m.end <= end)
        .map(|m| m.start - start + lead.len()..m.end - start + lead.len())
        .collect();
    if end < text.len() {
        out.push('…');
    }
    Snippet { text: out, marks }
}

/// The largest char boundary at or below `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_come_out_and_offsets_are_bytes_of_the_text() {
        let text = "Zürich: €5 млн for Acme.\nAcme said so.";
        let marked = format!("Zürich: €5 млн for {OPEN}Acme{CLOSE}.\n{OPEN}Acme{CLOSE} said so.");
        let (plain, spans) = strip_marks(&marked);
        assert_eq!(plain, text);
        assert_eq!(spans.len(), 2);
        assert!(spans.iter().all(|s| s.slice(text) == "Acme"));
        assert_eq!(spans[0].start, text.find("Acme").expect("in text"));
    }

    #[test]
    fn an_unclosed_marker_does_not_panic() {
        let (plain, spans) = strip_marks(&format!("a {OPEN}b"));
        assert_eq!(plain, "a b");
        assert_eq!(spans, [Span::new(2, 3)]);
    }

    #[test]
    fn best_prefers_the_words_together() {
        let text = "harbour x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x harbour cranes";
        let at = |w: &str, n: usize| {
            let i = text.match_indices(w).nth(n).expect("in text").0;
            Span::new(i, i + w.len())
        };
        let marks = [at("harbour", 0), at("harbour", 1), at("cranes", 0)];
        assert_eq!(best(text, &marks), Some(marks[1]));
        assert_eq!(best(text, &[]), None);
    }

    #[test]
    fn snippet_cuts_at_words_and_marks_matches() {
        let text = format!(
            "{} the Lagos harbour deal was signed.\n{}",
            "word ".repeat(40),
            "tail ".repeat(40)
        );
        let i = text.find("harbour").expect("in text");
        let hit = Span::new(i, i + 7);
        let s = snippet(&text, hit, &[hit]);
        assert!(s.text.starts_with("…word "), "{}", s.text);
        assert!(s.text.ends_with("tail…"), "{}", s.text);
        assert!(!s.text.contains('\n'));
        assert_eq!(&s.text[s.marks[0].clone()], "harbour");
    }

    #[test]
    fn snippet_of_short_and_multibyte_text() {
        let text = "東京 Zürich 😀 Acme";
        let i = text.find("Acme").expect("in text");
        let s = snippet(text, Span::new(i, i + 4), &[Span::new(i, i + 4)]);
        assert_eq!(s.text, text);
        assert_eq!(&s.text[s.marks[0].clone()], "Acme");
        let long = "ü".repeat(200);
        let s = snippet(&long, Span::new(200, 202), &[]);
        assert!(s.text.starts_with('…') && s.text.ends_with('…'));
        // Wide spaces (no-break, thin, ideographic) cut between words too.
        for space in ['\u{a0}', '\u{2009}', '\u{3000}'] {
            let text = format!(
                "{}Lagos harbour{}",
                format!("word{space}").repeat(40),
                format!("{space}tail").repeat(40)
            );
            let i = text.find("harbour").expect("in text");
            let s = snippet(&text, Span::new(i, i + 7), &[Span::new(i, i + 7)]);
            assert!(s.text.starts_with(&format!("…word{space}")), "{}", s.text);
            assert_eq!(&s.text[s.marks[0].clone()], "harbour");
        }
    }
}
