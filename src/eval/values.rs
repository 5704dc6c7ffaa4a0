//! Scores the MONEY and PERCENT rules against MEANTIME English
//! (`dossier eval-values`).
//!
//! MEANTIME files (CAT XML) keep tokens only, PTB-style. Each document's
//! sentences 0–5 are rebuilt as natural text by [`read_cat`], and the gold
//! `<VALUE>` markables of type MONEY and PERCENT become character spans.
//! Dossier's MONEY and PERCENT matches from
//! [`Rules::find`](crate::pipeline::rules::Rules::find), overlaps settled
//! leftmost-longest, are scored strict (same span) and relaxed (overlapping
//! span) per type. Money value agreement compares
//! [`Money::parse_amount`](crate::pipeline::money::Money::parse_amount) on
//! Dossier's span with `parse_amount` on the gold span's text: it measures
//! whether the value and currency Dossier would report for a found amount
//! are those of the whole gold amount (a span cut short, "$ 40" of
//! "$ 40 billion", disagrees). Only rules run: the NER model is not loaded.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::corpus::cat::{LAST_ANNOTATED_SENTENCE, read_cat};
use super::corpus::{meantime_files, read_corpus_file};
use super::english::english;
use super::error::CorpusError;
use super::report::Report;
use super::spans::{SpanCounts, counts_line, leftmost_longest, pair_spans};
use crate::model::{EntityKind, ratio};

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

/// The result of `dossier eval-values`.
#[derive(Clone, Debug, Default)]
pub struct ValuesReport {
    /// Documents scored.
    pub documents: usize,
    /// MONEY.
    pub money: SpanCounts,
    /// PERCENT.
    pub percent: SpanCounts,
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
        ratio(self.money_agree, self.money.relaxed.tp)
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
            let counts = if kind == EntityKind::Money {
                &mut self.money
            } else {
                &mut self.percent
            };
            counts.add_pairs(&pairs, sys.len(), gold.len());
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
                    let money = english().map(|e| &e.money);
                    let ours = money.and_then(|m| m.parse_amount(&doc.text[s.0..s.1]));
                    let theirs = money.and_then(|m| m.parse_amount(&doc.text[g.0..g.1]));
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
}

impl Report for ValuesReport {
    /// Human-readable report; `verbose` adds every miss, false alarm and
    /// disagreement.
    fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "MEANTIME values: {} documents, sentences 0-{LAST_ANNOTATED_SENTENCE} (rules only)",
            self.documents
        );
        for (label, c) in [("MONEY", &self.money), ("PERCENT", &self.percent)] {
            let _ = writeln!(out, "{label:<8} strict   {}", counts_line(&c.strict));
            let _ = writeln!(out, "{label:<8} relaxed  {}", counts_line(&c.relaxed));
        }
        let _ = writeln!(
            out,
            "money value agreement {:.3} ({}/{} relaxed MONEY matches): parse_amount on Dossier's span gives the value (within 0.5%) and currency that parse_amount gives on the gold span's text; {} gold texts do not parse",
            self.money_agreement(),
            self.money_agree,
            self.money.relaxed.tp,
            self.money_gold_unparsed
        );
        if verbose {
            crate::eval::srl::write_details(&mut out, &self.details);
        }
        out
    }
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
        assert_eq!(r.money.strict.tp, 1, "{}", r.render(true));
        assert_eq!(r.percent.strict.tp, 1, "{}", r.render(true));
        assert_eq!(r.money_agree, 1);
    }
}
