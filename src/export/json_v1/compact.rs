//! Compact JSON v1 (one JSON Lines line) written straight to bytes for
//! the arrays (mentions, entities, sentences, relations, money, dates,
//! regions) and through serde for the rest. The same bytes as `serde_json::to_writer` of the whole
//! [`ArticleV1`] (a test below compares them): serde writes every key of
//! every object as an escaped string, field by field, which was half of
//! rendering an article; here a key is a constant copied in.

use serde::Serialize;

use super::{
    ArticleV1, DateV1, EntityV1, Id, Ids, MentionV1, MoneyV1, QuoteV1, RegionV1, RelationV1,
    SentenceV1,
};

/// Writes `article` compact into `out`.
pub(super) fn write(article: &ArticleV1<'_>, out: &mut Vec<u8>) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"dates\":");
    array(out, &article.dates, date)?;
    out.extend_from_slice(b",\"document\":");
    serde(out, &article.document)?;
    out.extend_from_slice(b",\"entities\":");
    array(out, &article.entities, entity)?;
    out.extend_from_slice(b",\"generator\":");
    serde(out, &article.generator)?;
    out.extend_from_slice(b",\"mentions\":");
    array(out, &article.mentions, mention)?;
    out.extend_from_slice(b",\"money\":");
    array(out, &article.money, money)?;
    out.extend_from_slice(b",\"offset_unit\":");
    string(out, article.offset_unit)?;
    out.extend_from_slice(b",\"regions\":");
    array(out, &article.regions, region)?;
    out.extend_from_slice(b",\"relations\":");
    array(out, &article.relations, relation)?;
    out.extend_from_slice(b",\"schema\":");
    string(out, article.schema)?;
    out.extend_from_slice(b",\"sentences\":");
    array(out, &article.sentences, sentence)?;
    out.extend_from_slice(b",\"text\":");
    string(out, article.text)?;
    out.push(b'}');
    Ok(())
}

fn serde<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> serde_json::Result<()> {
    serde_json::to_writer(out, value)
}

fn array<T>(
    out: &mut Vec<u8>,
    items: &[T],
    each: impl Fn(&mut Vec<u8>, &T) -> serde_json::Result<()>,
) -> serde_json::Result<()> {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        each(out, item)?;
    }
    out.push(b']');
    Ok(())
}

/// A JSON string with serde's escapes: the runs between escaped bytes (a
/// control character, a quote, a backslash) copied whole. An article's
/// text has a line break every paragraph, and serde's escaping read it a
/// byte at a time through a table.
fn string(out: &mut Vec<u8>, s: &str) -> serde_json::Result<()> {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut copied = 0;
    while let Some(at) = next_escaped(bytes, copied) {
        out.extend_from_slice(&bytes[copied..at]);
        escape(out, bytes[at]);
        copied = at + 1;
    }
    out.extend_from_slice(&bytes[copied..]);
    out.push(b'"');
    Ok(())
}

/// Whether JSON escapes byte `b`.
#[inline]
fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Serde's escape of byte `b`: a short one where JSON has it, else
/// `\u00XX` in lower-case hex.
fn escape(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short: &[u8] = match b {
        b'"' => b"\\\"",
        b'\\' => b"\\\\",
        b'\n' => b"\\n",
        b'\r' => b"\\r",
        b'\t' => b"\\t",
        0x08 => b"\\b",
        0x0c => b"\\f",
        _ => {
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 15)]);
            return;
        }
    };
    out.extend_from_slice(short);
}

/// The first escaped byte of `s` at or after `from`: 32 bytes at a time
/// are passed over without stopping inside them, which the compiler turns
/// into vector compares.
fn next_escaped(s: &[u8], from: usize) -> Option<usize> {
    let rest = s.get(from..)?;
    let mut chunks = rest.chunks_exact(32);
    let mut at = from;
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |any, &b| any | escaped(b)) {
            return chunk.iter().position(|&b| escaped(b)).map(|k| at + k);
        }
        at += 32;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| escaped(b))
        .map(|k| at + k)
}

/// Whether no byte of `s` is escaped in JSON.
#[cfg(test)]
fn plain(s: &[u8]) -> bool {
    next_escaped(s, 0).is_none()
}

fn number(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(super::decimal(n, &mut [0u8; 20]));
}

fn pair(out: &mut Vec<u8>, [a, b]: [usize; 2]) {
    out.push(b'[');
    number(out, a);
    out.push(b',');
    number(out, b);
    out.push(b']');
}

/// An optional id: the id, or `null`.
fn opt_id(out: &mut Vec<u8>, id: Option<Id>) -> serde_json::Result<()> {
    match id {
        Some(i) => self::id(out, i),
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
    }
}

/// An optional string: the string, or `null`.
fn opt_string(out: &mut Vec<u8>, s: Option<&str>) -> serde_json::Result<()> {
    match s {
        Some(s) => string(out, s),
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
    }
}

/// An id as a JSON string: its prefix letter and number need no escapes.
fn id(out: &mut Vec<u8>, id: Id) -> serde_json::Result<()> {
    if !id.0.is_ascii_alphanumeric() {
        return serde(out, &id);
    }
    out.push(b'"');
    out.push(id.0 as u8);
    number(out, id.1 + 1);
    out.push(b'"');
    Ok(())
}

fn mention(out: &mut Vec<u8>, m: &MentionV1<'_>) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"confidence\":");
    serde(out, &m.confidence)?;
    out.extend_from_slice(b",\"end\":");
    number(out, m.end);
    out.extend_from_slice(b",\"entity\":");
    match m.entity {
        Some(e) => id(out, e)?,
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"id\":");
    id(out, m.id)?;
    out.extend_from_slice(b",\"kind\":");
    serde(out, &m.kind)?;
    out.extend_from_slice(b",\"nominal\":");
    out.extend_from_slice(if m.nominal { b"true" } else { b"false" });
    out.extend_from_slice(b",\"source\":");
    serde(out, &m.source)?;
    out.extend_from_slice(b",\"start\":");
    number(out, m.start);
    out.extend_from_slice(b",\"text\":");
    string(out, m.text)?;
    out.extend_from_slice(b",\"utf16\":");
    pair(out, m.utf16);
    out.extend_from_slice(b",\"utf8\":");
    pair(out, m.utf8);
    out.push(b'}');
    Ok(())
}

fn entity(out: &mut Vec<u8>, e: &EntityV1<'_>) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"aliases\":");
    array(out, e.aliases, |out, a| string(out, a))?;
    out.extend_from_slice(b",\"id\":");
    id(out, e.id)?;
    out.extend_from_slice(b",\"kind\":");
    serde(out, &e.kind)?;
    out.extend_from_slice(b",\"links\":");
    array(out, &e.links, |out, l| {
        out.extend_from_slice(b"{\"mention\":");
        id(out, l.mention)?;
        out.extend_from_slice(b",\"rule\":");
        string(out, l.rule)?;
        out.push(b'}');
        Ok(())
    })?;
    out.extend_from_slice(b",\"mentions\":");
    let Ids(prefix, mentions) = e.mentions;
    array(out, mentions, |out, &m| id(out, Id(prefix, m)))?;
    out.extend_from_slice(b",\"name\":");
    string(out, e.name)?;
    out.push(b'}');
    Ok(())
}

fn sentence(out: &mut Vec<u8>, s: &SentenceV1) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"end\":");
    number(out, s.end);
    out.extend_from_slice(b",\"start\":");
    number(out, s.start);
    out.extend_from_slice(b",\"utf16\":");
    pair(out, s.utf16);
    out.extend_from_slice(b",\"utf8\":");
    pair(out, s.utf8);
    out.push(b'}');
    Ok(())
}

fn region(out: &mut Vec<u8>, r: &RegionV1) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"end\":");
    number(out, r.end);
    out.extend_from_slice(b",\"kind\":");
    serde(out, &r.kind)?;
    out.extend_from_slice(b",\"start\":");
    number(out, r.start);
    out.extend_from_slice(b",\"utf16\":");
    pair(out, r.utf16);
    out.extend_from_slice(b",\"utf8\":");
    pair(out, r.utf8);
    out.push(b'}');
    Ok(())
}

/// A relation's evidence or trigger.
fn quote(out: &mut Vec<u8>, q: &QuoteV1<'_>) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"end\":");
    number(out, q.end);
    out.extend_from_slice(b",\"start\":");
    number(out, q.start);
    out.extend_from_slice(b",\"text\":");
    string(out, q.text)?;
    out.extend_from_slice(b",\"utf16\":");
    pair(out, q.utf16);
    out.extend_from_slice(b",\"utf8\":");
    pair(out, q.utf8);
    out.push(b'}');
    Ok(())
}

fn relation(out: &mut Vec<u8>, r: &RelationV1<'_>) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"confidence\":");
    serde(out, &r.confidence)?;
    out.extend_from_slice(b",\"date\":");
    opt_id(out, r.date)?;
    out.extend_from_slice(b",\"evidence\":");
    quote(out, &r.evidence)?;
    out.extend_from_slice(b",\"id\":");
    id(out, r.id)?;
    out.extend_from_slice(b",\"kind\":");
    serde(out, &r.kind)?;
    out.extend_from_slice(b",\"money\":");
    opt_id(out, r.money)?;
    out.extend_from_slice(b",\"source\":");
    id(out, r.source)?;
    out.extend_from_slice(b",\"source_kind\":");
    serde(out, &r.source_kind)?;
    out.extend_from_slice(b",\"status\":");
    serde(out, &r.status)?;
    out.extend_from_slice(b",\"target\":");
    id(out, r.target)?;
    out.extend_from_slice(b",\"trigger\":");
    quote(out, &r.trigger)?;
    out.push(b'}');
    Ok(())
}

fn money(out: &mut Vec<u8>, f: &MoneyV1<'_>) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"currency\":");
    string(out, f.currency)?;
    out.extend_from_slice(b",\"id\":");
    id(out, f.id)?;
    out.extend_from_slice(b",\"investor\":");
    opt_id(out, f.investor)?;
    out.extend_from_slice(b",\"mention\":");
    id(out, f.mention)?;
    out.extend_from_slice(b",\"per\":");
    opt_string(out, f.per)?;
    out.extend_from_slice(b",\"qualifier\":");
    opt_string(out, f.qualifier)?;
    out.extend_from_slice(b",\"recipient\":");
    opt_id(out, f.recipient)?;
    out.extend_from_slice(b",\"relation\":");
    opt_id(out, f.relation)?;
    out.extend_from_slice(b",\"repeats\":");
    let Ids(prefix, repeats) = f.repeats;
    array(out, repeats, |out, &m| id(out, Id(prefix, m)))?;
    out.extend_from_slice(b",\"text\":");
    string(out, f.text)?;
    out.extend_from_slice(b",\"value\":");
    serde(out, &f.value)?;
    out.extend_from_slice(b",\"year\":");
    serde(out, &f.year)?;
    out.push(b'}');
    Ok(())
}

fn date(out: &mut Vec<u8>, d: &DateV1<'_>) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"granularity\":");
    serde(out, &d.granularity)?;
    out.extend_from_slice(b",\"id\":");
    id(out, d.id)?;
    out.extend_from_slice(b",\"mention\":");
    id(out, d.mention)?;
    out.extend_from_slice(b",\"text\":");
    string(out, d.text)?;
    out.extend_from_slice(b",\"value\":");
    opt_string(out, d.value)?;
    out.push(b'}');
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;
    use crate::pipeline::Pipeline;

    #[test]
    fn writes_what_serde_writes() {
        let pipeline = Pipeline::new().expect("bundled model loads");
        let texts = [
            include_str!("../../../assets/microsoft-openai.txt").to_string(),
            "Zürich-based Brisk Tallow AG said on 3 May that “Vantor” — its \\ unit — \
             paid €5 млн to Ostra Bank.\r\nMara Lind, Brisk's chief, said:\t\"no\" 🚀.\n"
                .to_string(),
            String::new(),
        ];
        for text in texts {
            let analysis = pipeline.analyze(Document::from_text("t.txt", text));
            let article = ArticleV1::new(&analysis);
            let mut ours = Vec::new();
            write(&article, &mut ours).expect("written");
            let theirs = serde_json::to_vec(&article).expect("serialised");
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&theirs)
            );
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_escapes_them() {
        let all: String = (0u8..0x80).map(char::from).collect();
        let long = format!("{}\"{}\n{}", "x".repeat(40), "é".repeat(20), "y".repeat(70));
        for s in [
            all.as_str(),
            "",
            "plain",
            "\\",
            "“quoted” \u{7f}\t",
            long.as_str(),
        ] {
            let mut ours = Vec::new();
            string(&mut ours, s).expect("written");
            assert_eq!(ours, serde_json::to_vec(s).expect("serialised"), "{s:?}");
        }
    }

    #[test]
    fn plain_finds_every_escaped_byte_wherever_it_stands() {
        let base = "Brisk Tallow paid €5 to Ostra Bank, said Mara Lind 🚀 ".repeat(3);
        assert!(plain(base.as_bytes()));
        assert!(plain(b""));
        for at in 0..base.len() {
            for bad in [b'"', b'\\', b'\n', 0u8, 0x1f] {
                let mut bytes = base.as_bytes()[..=at].to_vec();
                bytes[at] = bad;
                assert!(!plain(&bytes), "{at} {bad}");
            }
        }
    }
}
