//! Annotated JSON, schema v1 (DESIGN.md): every span in code points, with
//! UTF-8 and UTF-16 pairs and the quoted text.
//!
//! The object is a tree of borrowing structs serialised straight to bytes
//! (no `serde_json::Value` built first: that cost about a third of a 5 KB
//! article's analysis). Their fields are declared in key order, the order a
//! `Value` map writes them, so both routes give the same bytes.

use std::fmt;

use serde::{Serialize, Serializer};
use serde_json::Value;
use sha2::{Digest as _, Sha256};

use super::corrections::correction_json;
use crate::load::SCHEMA_ID;
use crate::model::{
    Analysis, Correction, EntityKind, Granularity, OffsetMap, Provenance, RegionKind, RelationKind,
    Span, Status,
};

mod compact;

/// An id such as `m12`: a prefix and a 0-based index written 1-based,
/// never allocated.
#[derive(Clone, Copy)]
struct Id(char, usize);

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.0, self.1 + 1)
    }
}

impl Serialize for Id {
    /// Spelled into a buffer on the stack and written as a plain string:
    /// `collect_str` went through the formatting machinery for every id,
    /// about 300 instructions each, and an article writes thousands.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut digits = [0u8; 20];
        let digits = decimal(self.1 + 1, &mut digits);
        let mut buf = [0u8; 24];
        let prefix = self.0.encode_utf8(&mut buf).len();
        let end = prefix + digits.len();
        buf[prefix..end].copy_from_slice(digits);
        match std::str::from_utf8(&buf[..end]) {
            Ok(id) => s.serialize_str(id),
            Err(_) => s.collect_str(self),
        }
    }
}

/// `n` in decimal ASCII digits, written at the end of `buf` (room for any
/// `usize`): the digits' slice. Two digits at a time from a table, as the
/// `itoa` crate writes them (offsets are most of an article's numbers).
fn decimal(n: usize, buf: &mut [u8; 20]) -> &[u8] {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
                                2021222324252627282930313233343536373839\
                                4041424344454647484950515253545556575859\
                                6061626364656667686970717273747576777879\
                                8081828384858687888990919293949596979899";
    let mut at = buf.len();
    let mut n = n;
    while n >= 100 {
        let pair = 2 * (n % 100);
        n /= 100;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[2 * n..2 * n + 2]);
    } else {
        at -= 1;
        buf[at] = b'0' + n as u8;
    }
    &buf[at..]
}

fn opt_id(prefix: char, index: Option<usize>) -> Option<Id> {
    index.map(|i| Id(prefix, i))
}

/// Ids of several indices.
struct Ids<'a>(char, &'a [usize]);

impl Serialize for Ids<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.1.iter().map(|&i| Id(self.0, i)))
    }
}

/// The offsets of a span: code points (`start`, `end`), UTF-8 and UTF-16
/// pairs.
#[derive(Clone, Copy)]
struct Offsets {
    start: usize,
    end: usize,
    utf8: [usize; 2],
    utf16: [usize; 2],
}

impl Offsets {
    fn of(map: &OffsetMap, span: Span) -> Self {
        let (cs, us) = map.convert(span.start);
        let (ce, ue) = map.convert(span.end);
        Self {
            start: cs,
            end: ce,
            utf8: [span.start, span.end],
            utf16: [us, ue],
        }
    }
}

#[derive(Serialize)]
struct RegionV1 {
    end: usize,
    kind: RegionKind,
    start: usize,
    utf16: [usize; 2],
    utf8: [usize; 2],
}

#[derive(Serialize)]
struct SentenceV1 {
    end: usize,
    start: usize,
    utf16: [usize; 2],
    utf8: [usize; 2],
}

/// A quoted span (a relation's evidence and trigger).
#[derive(Serialize)]
struct QuoteV1<'a> {
    end: usize,
    start: usize,
    text: &'a str,
    utf16: [usize; 2],
    utf8: [usize; 2],
}

impl<'a> QuoteV1<'a> {
    fn of(map: &OffsetMap, text: &'a str, span: Span) -> Self {
        let o = Offsets::of(map, span);
        Self {
            end: o.end,
            start: o.start,
            text: span.slice(text),
            utf16: o.utf16,
            utf8: o.utf8,
        }
    }
}

#[derive(Serialize)]
struct MentionV1<'a> {
    confidence: f64,
    end: usize,
    entity: Option<Id>,
    id: Id,
    kind: EntityKind,
    nominal: bool,
    source: Provenance,
    start: usize,
    text: &'a str,
    utf16: [usize; 2],
    utf8: [usize; 2],
}

#[derive(Serialize)]
struct LinkV1<'a> {
    mention: Id,
    rule: &'a str,
}

#[derive(Serialize)]
struct EntityV1<'a> {
    aliases: &'a [String],
    id: Id,
    kind: EntityKind,
    links: Vec<LinkV1<'a>>,
    mentions: Ids<'a>,
    name: &'a str,
}

#[derive(Serialize)]
struct RelationV1<'a> {
    confidence: f64,
    date: Option<Id>,
    evidence: QuoteV1<'a>,
    id: Id,
    kind: RelationKind,
    money: Option<Id>,
    source: Id,
    source_kind: Provenance,
    status: Status,
    target: Id,
    trigger: QuoteV1<'a>,
}

#[derive(Serialize)]
struct MoneyV1<'a> {
    currency: &'a str,
    id: Id,
    investor: Option<Id>,
    mention: Id,
    per: Option<&'static str>,
    qualifier: Option<&'a str>,
    recipient: Option<Id>,
    relation: Option<Id>,
    repeats: Ids<'a>,
    text: &'a str,
    value: f64,
    year: Option<i32>,
}

#[derive(Serialize)]
struct DateV1<'a> {
    granularity: Granularity,
    id: Id,
    mention: Id,
    text: &'a str,
    value: Option<&'a str>,
}

#[derive(Serialize)]
struct LengthV1 {
    codepoints: usize,
    utf16: usize,
    utf8: usize,
}

#[derive(Serialize)]
struct DocumentV1<'a> {
    byline: Option<&'a str>,
    encoding: &'a str,
    format: &'a str,
    length: LengthV1,
    published: Option<&'a str>,
    sha256: String,
    source: &'a str,
    title: Option<&'a str>,
}

#[derive(Serialize)]
struct GeneratorV1<'a> {
    model: &'a str,
    name: &'static str,
    version: &'static str,
}

/// The whole v1 object, keys in the order they are written.
#[derive(Serialize)]
struct ArticleV1<'a> {
    dates: Vec<DateV1<'a>>,
    document: DocumentV1<'a>,
    entities: Vec<EntityV1<'a>>,
    generator: GeneratorV1<'a>,
    mentions: Vec<MentionV1<'a>>,
    money: Vec<MoneyV1<'a>>,
    offset_unit: &'static str,
    regions: Vec<RegionV1>,
    relations: Vec<RelationV1<'a>>,
    schema: &'static str,
    sentences: Vec<SentenceV1>,
    text: &'a str,
}

/// Lower-case hex of a digest.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

impl<'a> ArticleV1<'a> {
    fn new(a: &'a Analysis) -> Self {
        let doc = &a.document;
        let text = doc.text.as_str();
        let map = OffsetMap::new(text);
        let (cps, u16s) = map.lengths();
        Self {
            dates: dates(a),
            document: DocumentV1 {
                byline: doc.byline.as_deref(),
                encoding: &doc.encoding,
                format: &doc.format,
                length: LengthV1 {
                    codepoints: cps,
                    utf16: u16s,
                    utf8: text.len(),
                },
                published: doc.published.as_deref(),
                sha256: hex(&Sha256::digest(text.as_bytes())),
                source: &doc.source,
                title: doc.title.as_deref(),
            },
            entities: entities(a),
            generator: GeneratorV1 {
                model: &a.model,
                name: "dossier",
                version: env!("CARGO_PKG_VERSION"),
            },
            mentions: mentions(a, &map),
            money: money(a),
            offset_unit: "codepoint",
            regions: doc
                .regions
                .iter()
                .map(|r| {
                    let o = Offsets::of(&map, r.span);
                    RegionV1 {
                        end: o.end,
                        kind: r.kind,
                        start: o.start,
                        utf16: o.utf16,
                        utf8: o.utf8,
                    }
                })
                .collect(),
            relations: relations(a, &map),
            schema: SCHEMA_ID,
            sentences: a
                .sentences
                .iter()
                .map(|&s| {
                    let o = Offsets::of(&map, s);
                    SentenceV1 {
                        end: o.end,
                        start: o.start,
                        utf16: o.utf16,
                        utf8: o.utf8,
                    }
                })
                .collect(),
            text,
        }
    }
}

fn mentions<'a>(a: &'a Analysis, map: &OffsetMap) -> Vec<MentionV1<'a>> {
    let text = a.document.text.as_str();
    a.mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let o = Offsets::of(map, m.span);
            MentionV1 {
                confidence: round3(m.confidence),
                end: o.end,
                entity: opt_id('e', m.entity),
                id: Id('m', i),
                kind: m.kind,
                nominal: m.nominal,
                source: m.source,
                start: o.start,
                text: m.span.slice(text),
                utf16: o.utf16,
                utf8: o.utf8,
            }
        })
        .collect()
}

fn entities(a: &Analysis) -> Vec<EntityV1<'_>> {
    a.entities
        .iter()
        .enumerate()
        .map(|(i, e)| EntityV1 {
            aliases: &e.aliases,
            id: Id('e', i),
            kind: e.kind,
            links: e
                .links
                .iter()
                .map(|l| LinkV1 {
                    mention: Id('m', l.mention),
                    rule: &l.rule,
                })
                .collect(),
            mentions: Ids('m', &e.mentions),
            name: &e.name,
        })
        .collect()
}

fn relations<'a>(a: &'a Analysis, map: &OffsetMap) -> Vec<RelationV1<'a>> {
    let text = a.document.text.as_str();
    a.relations
        .iter()
        .enumerate()
        .map(|(i, r)| RelationV1 {
            confidence: round3(r.confidence),
            date: opt_id('d', r.date),
            evidence: QuoteV1::of(map, text, r.evidence),
            id: Id('r', i),
            kind: r.kind,
            money: opt_id('f', r.money),
            source: Id('e', r.source),
            source_kind: r.provenance,
            status: r.status,
            target: Id('e', r.target),
            trigger: QuoteV1::of(map, text, r.trigger),
        })
        .collect()
}

fn money(a: &Analysis) -> Vec<MoneyV1<'_>> {
    a.money
        .iter()
        .enumerate()
        .map(|(i, f)| MoneyV1 {
            currency: &f.currency,
            id: Id('f', i),
            investor: opt_id('e', f.investor),
            mention: Id('m', f.mention),
            per: f.per.map(crate::model::Per::name),
            qualifier: f.qualifier.as_deref(),
            recipient: opt_id('e', f.recipient),
            relation: opt_id('r', f.relation),
            repeats: Ids('m', &f.repeats),
            text: a.mention_text(f.mention),
            value: f.value,
            year: f.year,
        })
        .collect()
}

fn dates(a: &Analysis) -> Vec<DateV1<'_>> {
    a.dates
        .iter()
        .enumerate()
        .map(|(i, d)| DateV1 {
            granularity: d.granularity,
            id: Id('d', i),
            mention: Id('m', d.mention),
            text: a.mention_text(d.mention),
            value: d.value.as_deref(),
        })
        .collect()
}

/// Builds the v1 JSON object for an analysis.
pub fn to_json_v1(a: &Analysis) -> Value {
    serde_json::to_value(ArticleV1::new(a)).unwrap_or(Value::Null)
}

/// The v1 JSON of an analysis as bytes and a line break: compact (one
/// JSON Lines line) or pretty. The same bytes as serialising
/// [`to_json_v1`]'s value, made without building it.
pub fn json_v1_bytes(a: &Analysis, pretty: bool) -> Vec<u8> {
    let article = ArticleV1::new(a);
    let mut out = Vec::with_capacity(a.document.text.len() * 8 + 1024);
    let written = if pretty {
        serde_json::to_writer_pretty(&mut out, &article)
    } else {
        compact::write(&article, &mut out)
    };
    if written.is_err() {
        out.clear();
    }
    out.push(b'\n');
    out
}

/// The annotated JSON v1 of a corrected analysis: [`to_json_v1`] with a
/// `corrections` array recording what the user changed (provenance `manual`).
pub fn to_json_v1_corrected(a: &Analysis, corrections: &[Correction]) -> Value {
    let mut value = to_json_v1(a);
    if let Value::Object(map) = &mut value {
        let offsets = OffsetMap::new(&a.document.text);
        let corrections = corrections
            .iter()
            .map(|c| correction_json(c, &offsets, &a.document.text))
            .collect();
        map.insert("corrections".into(), Value::Array(corrections));
    }
    value
}

/// One pretty annotated JSON object, or an array of them for several documents.
pub fn write(analyses: &[Analysis]) -> Vec<u8> {
    if let [one] = analyses {
        return json_v1_bytes(one, true);
    }
    let articles: Vec<ArticleV1<'_>> = analyses.iter().map(ArticleV1::new).collect();
    let mut out = serde_json::to_vec_pretty(&articles).unwrap_or_default();
    out.push(b'\n');
    out
}

fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_spelled_as_their_display() {
        let some = (0..2000).chain([9_999, 10_000, 99_999, 123_456_789, usize::MAX]);
        for n in some {
            assert_eq!(decimal(n, &mut [0; 20]), n.to_string().as_bytes(), "{n}");
        }
    }

    #[test]
    fn ids_are_spelled_as_their_display() {
        for id in [
            Id('m', 0),
            Id('e', 8),
            Id('r', 9),
            Id('d', 1233),
            Id('f', usize::MAX - 1),
            Id('é', 41),
        ] {
            let json = serde_json::to_string(&id).unwrap_or_default();
            assert_eq!(json, format!("\"{id}\""));
        }
        let ids = serde_json::to_string(&Ids('m', &[0, 1, 99])).unwrap_or_default();
        assert_eq!(ids, r#"["m1","m2","m100"]"#);
    }
}
