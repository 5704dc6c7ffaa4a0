//! brat standoff: a `.ann` of `T`, `R` and `*\tEquiv` lines beside the
//! `.txt` that holds the text exactly, offsets in code points.

use super::anchor::{cp, mention_in};
use crate::model::{Analysis, OffsetMap, Span};

/// Fragments of a span split at line breaks, as brat needs for text that
/// crosses lines: code-point `(start, end)` pairs, none of them empty.
fn brat_fragments(text: &str, map: &OffsetMap, span: Span) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = span.start;
    let slice = span.slice(text);
    for (i, c) in slice.char_indices() {
        if c == '\n' || c == '\r' {
            let at = span.start + i;
            if at > start {
                out.push(cp(map, Span::new(start, at)));
            }
            start = at + c.len_utf8();
        }
    }
    if span.end > start {
        out.push(cp(map, Span::new(start, span.end)));
    }
    out
}

/// brat standoff: the `.txt` (the text exactly) and the `.ann` with a `T` line
/// per mention, an `R` line per relation (between the mentions that stand for
/// its entities) and a `*\tEquiv` line per entity with several mentions.
pub fn brat(a: &Analysis) -> (String, String) {
    let text = &a.document.text;
    let map = OffsetMap::new(text);
    let mut ann = String::new();
    let mut written = vec![false; a.mentions.len()];
    for (i, m) in a.mentions.iter().enumerate() {
        let frags = brat_fragments(text, &map, m.span);
        if frags.is_empty() {
            continue;
        }
        written[i] = true;
        let offsets: Vec<String> = frags.iter().map(|(s, e)| format!("{s} {e}")).collect();
        let quote: Vec<&str> = m
            .span
            .slice(text)
            .split(['\n', '\r'])
            .filter(|f| !f.is_empty())
            .collect();
        ann.push_str(&format!(
            "T{}\t{} {}\t{}\n",
            i + 1,
            m.kind.name(),
            offsets.join(";"),
            quote.join(" ")
        ));
    }
    for (i, r) in a.relations.iter().enumerate() {
        let (Some(from), Some(to)) = (
            mention_in(a, r.source, r.evidence),
            mention_in(a, r.target, r.evidence),
        ) else {
            continue;
        };
        if written.get(from) == Some(&true) && written.get(to) == Some(&true) {
            ann.push_str(&format!(
                "R{}\t{} Arg1:T{} Arg2:T{}\n",
                i + 1,
                r.kind.name(),
                from + 1,
                to + 1
            ));
        }
    }
    for e in &a.entities {
        let ms: Vec<String> = e
            .mentions
            .iter()
            .filter(|&&m| written.get(m) == Some(&true))
            .map(|m| format!("T{}", m + 1))
            .collect();
        if ms.len() > 1 {
            ann.push_str(&format!("*\tEquiv {}\n", ms.join(" ")));
        }
    }
    (text.clone(), ann)
}

/// The `.ann` of the first document (brat is one `.ann` per `.txt`).
pub fn write(analyses: &[Analysis]) -> Vec<u8> {
    analyses
        .first()
        .map(|a| brat(a).1.into_bytes())
        .unwrap_or_default()
}

/// The `.txt` beside the `.ann`: the text exactly.
pub fn text(a: &Analysis) -> Vec<u8> {
    a.document.text.clone().into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brat_splits_spans_at_line_breaks() {
        let text = "ab\r\ncd😀e";
        let map = OffsetMap::new(text);
        assert_eq!(
            brat_fragments(text, &map, Span::new(0, text.len())),
            vec![(0, 2), (4, 8)]
        );
    }
}
