//! The one span check of the importer: a span's code-point, UTF-8 and UTF-16
//! offsets must fit the text, agree with each other and cover its quote.

use serde_json::{Map, Value};
use sha2::{Digest as _, Sha256};

use super::error::SpanProblem;
use crate::model::{OffsetMap, Span};

/// Reads spans against one text, collecting every [`SpanProblem`].
pub(super) struct SpanReader<'t> {
    map: OffsetMap,
    text: &'t str,
    problems: Vec<SpanProblem>,
}

/// A `(start, end)` pair of offsets.
type Pair = (usize, usize);

/// How one offset unit is read from a span object and turned into bytes.
struct Unit {
    /// Its name in messages.
    name: &'static str,
    /// The raw `(start, end)` pair in the object, when present.
    raw: fn(&Map<String, Value>) -> Option<Pair>,
    /// The byte span of a raw pair, when it fits the text.
    bytes: fn(&OffsetMap, &str, Pair) -> Option<Pair>,
}

/// Code points (`start`/`end`), then `utf8`, then `utf16`: the order in
/// which problems are named and a span is chosen.
const UNITS: [Unit; 3] = [
    Unit {
        name: "code point",
        raw: |o| pair(o.get("start"), o.get("end")),
        bytes: |map, _, (s, e)| map.byte_of_codepoint(s).zip(map.byte_of_codepoint(e)),
    },
    Unit {
        name: "utf8",
        raw: |o| o.get("utf8").and_then(|p| pair(p.get(0), p.get(1))),
        bytes: |_, text, (s, e)| Span::checked(text, s, e).map(|sp| (sp.start, sp.end)),
    },
    Unit {
        name: "utf16",
        raw: |o| o.get("utf16").and_then(|p| pair(p.get(0), p.get(1))),
        bytes: |map, _, (s, e)| map.byte_of_utf16(s).zip(map.byte_of_utf16(e)),
    },
];

impl<'t> SpanReader<'t> {
    /// A reader for spans into `text`.
    pub(super) fn new(text: &'t str) -> Self {
        Self {
            map: OffsetMap::new(text),
            text,
            problems: Vec::new(),
        }
    }

    /// Every problem found so far, in file order.
    pub(super) fn into_problems(self) -> Vec<SpanProblem> {
        self.problems
    }

    fn problem(&mut self, item: &str, problem: String) {
        self.problems.push(SpanProblem {
            item: item.to_owned(),
            problem,
        });
    }

    /// Checks the recorded SHA-256 and code-point length of the text.
    pub(super) fn check_document(&mut self, document: &Map<String, Value>) {
        let sha = Sha256::digest(self.text.as_bytes());
        let sha_hex: String = sha.iter().map(|b| format!("{b:02x}")).collect();
        if let Some(found) = document.get("sha256").and_then(Value::as_str)
            && found != sha_hex
        {
            self.problem(
                "document.sha256",
                "the text does not match its recorded SHA-256: it was edited after export".into(),
            );
        }
        let (cps, _) = self.map.lengths();
        let recorded = document
            .get("length")
            .and_then(|l| l.get("codepoints"))
            .and_then(Value::as_u64);
        if recorded.is_some_and(|n| n != cps as u64) {
            self.problem(
                "document.length",
                format!(
                    "the text has {cps} code points, the file says {}",
                    recorded.unwrap_or(0)
                ),
            );
        }
    }

    /// The span of an object with `start`/`end` (code points), `utf8` and
    /// `utf16` pairs and, when `quoted`, the `text` it must cover.
    pub(super) fn span(&mut self, o: &Map<String, Value>, item: &str, quoted: bool) -> Span {
        let text = self.text;
        let quote = o.get("text").and_then(Value::as_str);
        let mut issues: Vec<String> = Vec::new();
        if quoted && quote.is_none() {
            issues.push("no quote (\"text\")".into());
        }
        let mut candidates: Vec<Span> = Vec::new();
        for unit in &UNITS {
            let name = unit.name;
            let Some(raw) = (unit.raw)(o) else {
                issues.push(format!("no {name} offsets"));
                continue;
            };
            let (s, e) = raw;
            match (unit.bytes)(&self.map, text, raw) {
                None => issues.push(format!("{name} offsets {s}..{e} do not fit the text")),
                Some((bs, be)) if bs > be => {
                    issues.push(format!("{name} offsets {s}..{e} run backwards"));
                }
                Some((bs, be)) => {
                    let span = Span::new(bs, be);
                    if let Some(q) = quote
                        && span.slice(text) != q
                    {
                        issues.push(format!(
                            "{name} offsets {s}..{e} cover {:?}, not the quote {:?}",
                            clip(span.slice(text)),
                            clip(q)
                        ));
                    }
                    candidates.push(span);
                }
            }
        }
        if candidates.windows(2).any(|w| w[0] != w[1]) && issues.is_empty() {
            issues.push("its code point, utf8 and utf16 offsets point at different text".into());
        }
        let chosen = candidates
            .iter()
            .copied()
            .find(|s| quote.is_none_or(|q| s.slice(text) == q))
            .or_else(|| candidates.first().copied())
            .unwrap_or_default();
        if !issues.is_empty() {
            self.problem(item, issues.join("; "));
        }
        chosen
    }
}

fn clip(s: &str) -> String {
    if s.chars().count() > 60 {
        let head: String = s.chars().take(57).collect();
        format!("{head}…")
    } else {
        s.to_owned()
    }
}

fn pair(a: Option<&Value>, b: Option<&Value>) -> Option<Pair> {
    let a = usize::try_from(a?.as_u64()?).ok()?;
    let b = usize::try_from(b?.as_u64()?).ok()?;
    Some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(text: &str, o: Value) -> (Span, Vec<String>) {
        let mut r = SpanReader::new(text);
        let o = o.as_object().cloned().unwrap_or_default();
        let span = r.span(&o, "x", true);
        (
            span,
            r.into_problems().into_iter().map(|p| p.problem).collect(),
        )
    }

    #[test]
    fn one_check_for_every_unit() {
        // "Zürich €5" — ü is 2 bytes, € is 3; all three units agree.
        let text = "Zürich €5";
        let good = json!({"start": 7, "end": 9, "utf8": [8, 12], "utf16": [7, 9], "text": "€5"});
        assert_eq!(check(text, good), (Span::new(8, 12), vec![]));
        let (span, problems) = check(
            text,
            json!({"start": 9, "end": 7, "utf8": [12, 8], "utf16": [7, 99], "text": "€5"}),
        );
        assert_eq!(span, Span::default());
        assert_eq!(
            problems,
            [
                "code point offsets 9..7 run backwards; utf8 offsets 12..8 do not fit the text; utf16 offsets 7..99 do not fit the text"
            ]
        );
        let (span, problems) = check(
            text,
            json!({"start": 0, "end": 6, "utf8": [8, 12], "text": "€5"}),
        );
        assert_eq!(
            span,
            Span::new(8, 12),
            "the unit that covers the quote wins"
        );
        assert_eq!(
            problems,
            ["code point offsets 0..6 cover \"Zürich\", not the quote \"€5\"; no utf16 offsets"]
        );
    }
}
