//! Scores the MONEY and PERCENT rules against MEANTIME English
//! (`dossier eval-values`).
//!
//! MEANTIME files (CAT XML) keep tokens only, PTB-style. Each document's
//! sentences 0–5 (the only annotated ones: headline, dateline, four body
//! sentences) are rebuilt as natural text — one line per sentence, tokens
//! joined by single spaces except before closing punctuation and after
//! currency signs and opening brackets — and the gold `<VALUE>` markables
//! of type MONEY and PERCENT become character spans. Dossier's MONEY and
//! PERCENT matches from [`rules::find`], overlaps settled leftmost-longest,
//! are scored strict (same span) and relaxed (overlapping span) per type.
//! Money value agreement compares [`money::parse_amount`] on Dossier's span
//! with `parse_amount` on the gold span's text: it measures whether the
//! value and currency Dossier would report for a found amount are those of
//! the whole gold amount (a span cut short, "$ 40" of "$ 40 billion",
//! disagrees). Only rules run: the NER model is not loaded.
//!
//! [`read_cat`] (tokens, rebuilt text, markables, relations) is shared with
//! `dossier eval-entities` ([`crate::eval_entities`]).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use quick_xml::events::{BytesStart, Event};

use crate::eval_timex::{
    CorpusError, Counts, collect_files, leftmost_longest, pair_spans, ratio, read_corpus_file,
};
use crate::model::EntityKind;
use crate::pipeline::money;

static MONEY: std::sync::LazyLock<Option<money::Money>> = std::sync::LazyLock::new(|| {
    crate::lang::Language::english()
        .ok()
        .and_then(|l| money::Money::new(&l.money).ok())
});

/// The last sentence that MEANTIME annotates in every document.
pub const LAST_ANNOTATED_SENTENCE: u32 = 5;

/// A gold value: byte span into the rebuilt text and its type.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldValue {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// MEANTIME type: MONEY, PERCENT (QUANTITY is not kept).
    pub kind: String,
}

/// One MEANTIME document, restricted to its annotated sentences.
#[derive(Clone, Debug)]
pub struct MeantimeDoc {
    /// The file it came from.
    pub path: PathBuf,
    /// Sentences 0–5 as text, one line each.
    pub text: String,
    /// Gold MONEY and PERCENT values, in text order.
    pub values: Vec<GoldValue>,
}

/// Tokens written without a space before them.
fn closes(token: &str) -> bool {
    matches!(
        token,
        "," | "." | ";" | ":" | "%" | ")" | "]" | "}" | "?" | "!" | "''" | "”" | "'" | "’"
    ) || token.starts_with('\'') && token.len() <= 3 && token.len() > 1
        || token.starts_with('’') && token.chars().count() <= 3
        || token.eq_ignore_ascii_case("n't")
}

/// Tokens written without a space after them: currency signs and openers.
fn opens(token: &str) -> bool {
    matches!(
        token,
        "(" | "[" | "{" | "``" | "“" | "#" | "$" | "£" | "€" | "¥"
    ) || (token.ends_with('$') && token.len() <= 4)
}

fn token_text(token: &str) -> &str {
    match token {
        "``" => "“",
        "''" => "”",
        "-LRB-" => "(",
        "-RRB-" => ")",
        _ => token,
    }
}

fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// A markable of a CAT file: its element name, attributes and tokens.
#[derive(Clone, Debug, Default)]
pub struct CatMarkable {
    /// Element name: `ENTITY_MENTION`, `ENTITY`, `VALUE`, `TIMEX3`, …
    pub tag: String,
    /// Attributes in file order (`m_id`, `syntactic_type`, `ent_type`, …).
    pub attrs: Vec<(String, String)>,
    /// The `t_id`s of its token anchors (none for instances like `ENTITY`).
    pub tokens: Vec<String>,
}

impl CatMarkable {
    /// The value of an attribute, if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A relation of a CAT file (`REFERS_TO`, `TLINK`, …) by markable ids.
#[derive(Clone, Debug, Default)]
pub struct CatRelation {
    /// Element name.
    pub tag: String,
    /// `m_id`s of its `<source>` children.
    pub sources: Vec<String>,
    /// `m_id`s of its `<target>` children.
    pub targets: Vec<String>,
}

/// A MEANTIME CAT file with sentences 0–5 rebuilt as natural text, and its
/// markables and relations untouched: what every MEANTIME evaluation reads.
#[derive(Clone, Debug)]
pub struct CatDocument {
    /// The file it came from.
    pub path: PathBuf,
    /// Sentences 0–5 as text, one line each.
    pub text: String,
    /// Byte span in `text` of each token of sentences 0–5, by `t_id`.
    pub token_spans: HashMap<String, (usize, usize)>,
    /// Every markable, in file order.
    pub markables: Vec<CatMarkable>,
    /// Every relation, in file order.
    pub relations: Vec<CatRelation>,
}

impl CatDocument {
    /// The byte span covering a markable's tokens, from the first token's
    /// start to the last token's end; `None` when none of them lies in
    /// sentences 0–5.
    pub fn span_of(&self, tokens: &[String]) -> Option<(usize, usize)> {
        let found: Vec<(usize, usize)> = tokens
            .iter()
            .filter_map(|i| self.token_spans.get(i.as_str()).copied())
            .collect();
        let start = found.iter().map(|s| s.0).min()?;
        let end = found.iter().map(|s| s.1).max()?;
        Some((start, end))
    }
}

fn attrs_of(e: &BytesStart<'_>) -> Vec<(String, String)> {
    e.attributes()
        .flatten()
        .filter_map(|a| {
            let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
            a.unescape_value().ok().map(|v| (key, v.into_owned()))
        })
        .collect()
}

/// Reads a MEANTIME CAT XML file: tokens, markables and relations, and
/// rebuilds the text of sentences 0–5.
pub fn read_cat(xml: &str, path: &Path) -> Result<CatDocument, CorpusError> {
    let bad = |reason: String| CorpusError::Format {
        reason,
        path: path.to_owned(),
    };
    let mut reader = quick_xml::Reader::from_str(xml);
    // (t_id, sentence, text)
    let mut tokens: Vec<(String, u32, String)> = Vec::new();
    let mut current: Option<(String, u32)> = None;
    let mut token_buf = String::new();
    let mut markables: Vec<CatMarkable> = Vec::new();
    let mut relations: Vec<CatRelation> = Vec::new();
    // Which section we are in, and whether a markable or relation is open.
    let (mut in_markables, mut in_relations) = (false, false);
    let (mut open_markable, mut open_relation): (Option<CatMarkable>, Option<CatRelation>) =
        (None, None);
    loop {
        let event = reader.read_event().map_err(|e| {
            bad(format!(
                "xml error at byte {}: {e}",
                reader.error_position()
            ))
        })?;
        match event {
            Event::Start(e) if e.name().as_ref() == b"token" => {
                let id = attr(&e, b"t_id").ok_or_else(|| bad("token without t_id".to_owned()))?;
                let sentence = attr(&e, b"sentence")
                    .and_then(|s| s.parse().ok())
                    .ok_or_else(|| bad(format!("token {id} without a sentence number")))?;
                current = Some((id, sentence));
                token_buf.clear();
            }
            Event::Text(t) if current.is_some() => {
                let s = t.unescape().map_err(|e| bad(format!("bad text: {e}")))?;
                token_buf.push_str(&s);
            }
            Event::End(e) if e.name().as_ref() == b"token" => {
                if let Some((id, sentence)) = current.take() {
                    tokens.push((id, sentence, token_buf.trim().to_owned()));
                }
            }
            Event::Start(e) if e.name().as_ref() == b"Markables" => in_markables = true,
            Event::End(e) if e.name().as_ref() == b"Markables" => in_markables = false,
            Event::Start(e) if e.name().as_ref() == b"Relations" => in_relations = true,
            Event::End(e) if e.name().as_ref() == b"Relations" => in_relations = false,
            Event::Empty(e) | Event::Start(e) if e.name().as_ref() == b"token_anchor" => {
                if let (Some(m), Some(id)) = (open_markable.as_mut(), attr(&e, b"t_id")) {
                    m.tokens.push(id);
                }
            }
            Event::Empty(e) | Event::Start(e)
                if in_relations && matches!(e.name().as_ref(), b"source" | b"target") =>
            {
                if let (Some(r), Some(id)) = (open_relation.as_mut(), attr(&e, b"m_id")) {
                    if e.name().as_ref() == b"source" {
                        r.sources.push(id);
                    } else {
                        r.targets.push(id);
                    }
                }
            }
            Event::Empty(e) if in_markables => markables.push(CatMarkable {
                tag: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                attrs: attrs_of(&e),
                tokens: Vec::new(),
            }),
            Event::Start(e) if in_markables => {
                open_markable = Some(CatMarkable {
                    tag: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    attrs: attrs_of(&e),
                    tokens: Vec::new(),
                });
            }
            Event::End(e)
                if open_markable
                    .as_ref()
                    .is_some_and(|m| m.tag.as_bytes() == e.name().as_ref()) =>
            {
                markables.extend(open_markable.take());
            }
            Event::Start(e) if in_relations => {
                open_relation = Some(CatRelation {
                    tag: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    ..CatRelation::default()
                });
            }
            Event::End(e)
                if open_relation
                    .as_ref()
                    .is_some_and(|r| r.tag.as_bytes() == e.name().as_ref()) =>
            {
                relations.extend(open_relation.take());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // Rebuild sentences 0–5, remembering each token's byte span.
    let mut text = String::new();
    let mut token_spans: HashMap<String, (usize, usize)> = HashMap::new();
    let mut last_sentence = None;
    let mut glue = false;
    for (id, sentence, tok) in tokens {
        if sentence > LAST_ANNOTATED_SENTENCE || tok.is_empty() {
            continue;
        }
        if last_sentence != Some(sentence) {
            if last_sentence.is_some() {
                text.push('\n');
            }
            last_sentence = Some(sentence);
        } else if !glue && !closes(&tok) {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(token_text(&tok));
        token_spans.insert(id, (start, text.len()));
        glue = opens(&tok);
    }
    Ok(CatDocument {
        path: path.to_owned(),
        text,
        token_spans,
        markables,
        relations,
    })
}

/// Parses a MEANTIME CAT XML document, keeping its MONEY and PERCENT values.
pub fn parse_meantime(xml: &str, path: &Path) -> Result<MeantimeDoc, CorpusError> {
    let cat = read_cat(xml, path)?;
    let mut gold: Vec<GoldValue> = cat
        .markables
        .iter()
        .filter(|m| m.tag == "VALUE")
        .filter_map(|m| {
            let kind = m.attr("type")?;
            if kind != "MONEY" && kind != "PERCENT" {
                return None;
            }
            let (start, end) = cat.span_of(&m.tokens)?;
            Some(GoldValue {
                start,
                end,
                kind: kind.to_owned(),
            })
        })
        .collect();
    gold.sort_by_key(|g| (g.start, g.end));
    Ok(MeantimeDoc {
        path: cat.path,
        text: cat.text,
        values: gold,
    })
}

/// Scores of one type.
#[derive(Clone, Debug, Default)]
pub struct TypeCounts {
    /// Exact spans.
    pub strict: Counts,
    /// Overlapping spans.
    pub relaxed: Counts,
}

/// The result of `dossier eval-values`.
#[derive(Clone, Debug, Default)]
pub struct ValuesReport {
    /// Documents scored.
    pub documents: usize,
    /// MONEY.
    pub money: TypeCounts,
    /// PERCENT.
    pub percent: TypeCounts,
    /// Relaxed MONEY matches whose parsed value and currency equal those of
    /// the gold span's text.
    pub money_agree: usize,
    /// Relaxed MONEY matches whose gold text `parse_amount` cannot read
    /// ("billions of dollars").
    pub money_gold_unparsed: usize,
    /// Lines describing misses, false alarms and value disagreements.
    pub details: Vec<String>,
}

impl ValuesReport {
    /// Money value agreement over relaxed MONEY matches.
    pub fn money_agreement(&self) -> f64 {
        ratio(self.money_agree, self.money.relaxed.tp_gold)
    }

    /// Scores one document.
    pub fn add_document(&mut self, doc: &MeantimeDoc) {
        self.documents += 1;
        let found = leftmost_longest(&doc.text, &[EntityKind::Money, EntityKind::Percent]);
        let name = doc
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let quote = |s: usize, e: usize| doc.text[s..e].replace('\n', " ");
        for (kind, label) in [
            (EntityKind::Money, "MONEY"),
            (EntityKind::Percent, "PERCENT"),
        ] {
            let sys: Vec<(usize, usize)> = found
                .iter()
                .filter(|f| f.2 == kind)
                .map(|f| (f.0, f.1))
                .collect();
            let gold: Vec<(usize, usize)> = doc
                .values
                .iter()
                .filter(|g| g.kind == label)
                .map(|g| (g.start, g.end))
                .collect();
            let pairs = pair_spans(&sys, &gold);
            let strict = pairs.iter().filter(|p| p.2).count();
            let counts = if kind == EntityKind::Money {
                &mut self.money
            } else {
                &mut self.percent
            };
            counts.strict.add(&Counts {
                tp_system: strict,
                tp_gold: strict,
                system: sys.len(),
                gold: gold.len(),
            });
            counts.relaxed.add(&Counts {
                tp_system: pairs.len(),
                tp_gold: pairs.len(),
                system: sys.len(),
                gold: gold.len(),
            });
            let mut matched_gold = vec![false; gold.len()];
            let mut matched_sys = vec![false; sys.len()];
            for &(i, j, exact) in &pairs {
                matched_sys[i] = true;
                matched_gold[j] = true;
                let (s, g) = (sys[i], gold[j]);
                if !exact {
                    self.details.push(format!(
                        "{name}: {label} span  gold {:?} system {:?}",
                        quote(g.0, g.1),
                        quote(s.0, s.1)
                    ));
                }
                if kind == EntityKind::Money {
                    let ours = MONEY
                        .as_ref()
                        .and_then(|m| m.parse_amount(&doc.text[s.0..s.1]));
                    let theirs = MONEY
                        .as_ref()
                        .and_then(|m| m.parse_amount(&doc.text[g.0..g.1]));
                    match (ours, theirs) {
                        (Some(a), Some(b))
                            if a.currency == b.currency
                                && (a.value - b.value).abs() <= 0.005 * b.value.abs() =>
                        {
                            self.money_agree += 1;
                        }
                        (ours, None) => {
                            self.money_gold_unparsed += 1;
                            self.details.push(format!(
                                "{name}: MONEY value gold {:?} unparsed, system {ours:?}",
                                quote(g.0, g.1)
                            ));
                        }
                        (ours, Some(b)) => self.details.push(format!(
                            "{name}: MONEY value gold {:?} {} {}, system {:?} {ours:?}",
                            quote(g.0, g.1),
                            b.value,
                            b.currency,
                            quote(s.0, s.1)
                        )),
                    }
                }
            }
            for (j, g) in gold.iter().enumerate() {
                if !matched_gold[j] {
                    self.details
                        .push(format!("{name}: {label} missed {:?}", quote(g.0, g.1)));
                }
            }
            for (i, s) in sys.iter().enumerate() {
                if !matched_sys[i] {
                    self.details
                        .push(format!("{name}: {label} extra  {:?}", quote(s.0, s.1)));
                }
            }
        }
    }

    /// Human-readable report; `verbose` adds every miss, false alarm and
    /// disagreement.
    pub fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "MEANTIME values: {} documents, sentences 0-{LAST_ANNOTATED_SENTENCE} (rules only)",
            self.documents
        );
        for (label, c) in [("MONEY", &self.money), ("PERCENT", &self.percent)] {
            let _ = writeln!(out, "{label:<8} strict   {}", c.strict.render());
            let _ = writeln!(out, "{label:<8} relaxed  {}", c.relaxed.render());
        }
        let _ = writeln!(
            out,
            "money value agreement {:.3} ({}/{} relaxed MONEY matches): parse_amount on Dossier's span gives the value (within 0.5%) and currency that parse_amount gives on the gold span's text; {} gold texts do not parse",
            self.money_agreement(),
            self.money_agree,
            self.money.relaxed.tp_gold,
            self.money_gold_unparsed
        );
        if verbose {
            for d in &self.details {
                let _ = writeln!(out, "{d}");
            }
        }
        out
    }
}

/// The MEANTIME `.xml` files under the paths given. A directory holding
/// `intra-doc_annotation` (the release's top level) is read from that
/// folder only, since the cross-document folder repeats the same texts.
pub fn meantime_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CorpusError> {
    let paths: Vec<PathBuf> = paths
        .iter()
        .map(|p| {
            let intra = p.join("intra-doc_annotation");
            if intra.is_dir() { intra } else { p.clone() }
        })
        .collect();
    collect_files(&paths, "xml")
}

/// Reads and scores MEANTIME files (see [`meantime_files`]).
pub fn evaluate_files(paths: &[PathBuf]) -> Result<ValuesReport, CorpusError> {
    let mut report = ValuesReport::default();
    for path in meantime_files(paths)? {
        let xml = read_corpus_file(&path)?;
        report.add_document(&parse_meantime(&xml, &path)?);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAT: &str = r#"<?xml version="1.0" ?><Document doc_id="1" lang="en">
<token number="0" sentence="0" t_id="1">Zürich</token>
<token number="1" sentence="0" t_id="2">bank</token>
<token number="2" sentence="0" t_id="3">pays</token>
<token number="3" sentence="0" t_id="4">US$</token>
<token number="4" sentence="0" t_id="5">40</token>
<token number="5" sentence="0" t_id="6">billion</token>
<token number="6" sentence="1" t_id="7">It</token>
<token number="7" sentence="1" t_id="8">rose</token>
<token number="8" sentence="1" t_id="9">3.5</token>
<token number="9" sentence="1" t_id="10">%</token>
<token number="10" sentence="1" t_id="11">(</token>
<token number="11" sentence="1" t_id="12">AT&amp;T</token>
<token number="12" sentence="1" t_id="13">'s</token>
<token number="13" sentence="1" t_id="14">)</token>
<token number="14" sentence="6" t_id="15">$</token>
<token number="15" sentence="6" t_id="16">5</token>
<Markables>
<VALUE m_id="1" type="MONEY"><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></VALUE>
<VALUE m_id="2" type="PERCENT"><token_anchor t_id="9"/><token_anchor t_id="10"/></VALUE>
<VALUE m_id="3" type="QUANTITY"><token_anchor t_id="9"/></VALUE>
<VALUE m_id="4" type="MONEY"><token_anchor t_id="15"/><token_anchor t_id="16"/></VALUE>
</Markables></Document>"#;

    #[test]
    fn rebuilds_natural_text_and_spans() {
        let doc = parse_meantime(CAT, Path::new("x.xml")).expect("parses");
        assert_eq!(
            doc.text,
            "Zürich bank pays US$40 billion\nIt rose 3.5% (AT&T's)"
        );
        let spans: Vec<(&str, &str)> = doc
            .values
            .iter()
            .map(|v| (&doc.text[v.start..v.end], v.kind.as_str()))
            .collect();
        assert_eq!(spans, vec![("US$40 billion", "MONEY"), ("3.5%", "PERCENT")]);
    }

    #[test]
    fn scores_money_and_percent() {
        let doc = parse_meantime(CAT, Path::new("x.xml")).expect("parses");
        let mut r = ValuesReport::default();
        r.add_document(&doc);
        assert_eq!(r.money.strict.tp_gold, 1, "{}", r.render(true));
        assert_eq!(r.percent.strict.tp_gold, 1, "{}", r.render(true));
        assert_eq!(r.money_agree, 1);
    }
}
