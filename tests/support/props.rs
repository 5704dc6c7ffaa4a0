//! Proptest generators: random texts that stress offset arithmetic (emoji
//! and ZWJ sequences, flags, combining marks, CJK, right-to-left scripts,
//! CRLF, quotes and commas) with spans on char boundaries.

#![allow(dead_code)]

use dossier::model::Span;
use proptest::prelude::*;

/// Pieces that stress offset arithmetic.
pub const PIECES: &[&str] = &[
    "a",
    "Z",
    " ",
    "\r\n",
    "\n",
    "\t",
    ",",
    "\"",
    "é",
    "e\u{301}",
    "ü",
    "😀",
    "👩\u{200d}👩\u{200d}👧",
    "🇨🇭",
    "東京",
    "漢",
    "שלום",
    "مرحبا",
    "\u{200f}",
    "€5",
    "Ωmega",
    "ß",
    "\u{fe0f}",
    "𝔘",
];

/// A text and some spans on char boundaries, sorted and non-overlapping.
pub fn text_and_spans() -> impl Strategy<Value = (String, Vec<Span>)> {
    (
        prop::collection::vec(prop::sample::select(PIECES), 1..40),
        prop::collection::vec((0usize..1000, 1usize..6), 0..8),
    )
        .prop_map(|(pieces, cuts)| {
            let text: String = pieces.concat();
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let mut spans: Vec<Span> = Vec::new();
            for (at, len) in cuts {
                let s = at % bounds.len();
                let e = (s + len).min(bounds.len() - 1);
                let span = Span::new(bounds[s], bounds[e]);
                if !span.is_empty() && !spans.iter().any(|x| x.overlaps(span)) {
                    spans.push(span);
                }
            }
            spans.sort();
            (text, spans)
        })
}
