//! Scores Dossier's DATE rules and normalisation against TempEval-3 TimeML
//! files (`dossier eval-timex`).
//!
//! Each `.tml` file's `<TEXT>` is read by [`parse_timeml`] as plain text with
//! the gold `<TIMEX3>` spans (the document creation time in `<DCT>` is left
//! out and used as the anchor for relative dates). Dossier's DATE matches
//! from [`Rules::find`](crate::pipeline::rules::Rules::find) are settled
//! leftmost-longest, normalised with [`dates::normalize_in_context`], and
//! compared with the gold as TempEval-3
//! does: strict (same span) and relaxed (overlapping span) precision, recall
//! and F1, plus the value: accuracy over relaxed matches and value F1
//! (a relaxed match with the right value counts, over all system and all gold
//! expressions). Only rules run: the NER model is not loaded.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::corpus::timeml::{TimeMlDoc, parse_timeml};
use super::corpus::{collect_files, read_corpus_file};
use super::english::english;
use super::error::CorpusError;
use super::report::Report;
use super::spans::{counts_line, leftmost_longest, pair_spans};
use crate::model::{Counts, EntityKind, harmonic_mean, ratio};
use crate::pipeline::dates::{self, Anchor};

/// A time expression found by Dossier.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundTimex {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// TimeML type inferred from the text and value.
    pub kind: &'static str,
    /// Normalised value, when Dossier has one.
    pub value: Option<String>,
}

/// TimeML type of a found expression, from its text and value.
pub fn timex_type(text: &str, value: Option<&str>) -> &'static str {
    let lower = text.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    if matches!(first, "every" | "each")
        || [
            "annually",
            "yearly",
            "weekly",
            "daily",
            "monthly",
            "hourly",
            "quarterly",
        ]
        .contains(&lower.as_str())
    {
        return "SET";
    }
    match value {
        Some(v) if v.starts_with('P') && !v.ends_with("_REF") => "DURATION",
        Some(v) if v.contains('T') && !v.ends_with("_REF") => "TIME",
        _ => "DATE",
    }
}

/// Dossier's time expressions in `text`, anchored on `anchor`.
pub fn recognize(text: &str, anchor: Option<Anchor>) -> Vec<FoundTimex> {
    leftmost_longest(text, &[EntityKind::Date])
        .into_iter()
        .map(|(start, end, _)| {
            let value = english()
                .and_then(|e| dates::normalize_in_context(&e.language, text, start, end, anchor).0);
            FoundTimex {
                start,
                end,
                kind: timex_type(&text[start..end], value.as_deref()),
                value,
            }
        })
        .collect()
}

/// Scores per TimeML type (by the gold type).
#[derive(Clone, Debug, Default)]
pub struct TypeScore {
    /// Gold expressions of this type.
    pub gold: usize,
    /// Of them, found with the exact span.
    pub strict: usize,
    /// Of them, found with an overlapping span.
    pub relaxed: usize,
    /// Of the relaxed matches, with the gold value.
    pub value: usize,
    /// Of the relaxed matches, given this type by Dossier.
    pub typed: usize,
}

/// The result of `dossier eval-timex`.
#[derive(Clone, Debug, Default)]
pub struct TimexReport {
    /// Documents scored.
    pub documents: usize,
    /// Exact-span matching.
    pub strict: Counts,
    /// Overlap matching.
    pub relaxed: Counts,
    /// Relaxed matches whose value equals the gold value.
    pub value_correct: usize,
    /// Per gold type: DATE, TIME, DURATION, SET (other types appended).
    pub types: Vec<(String, TypeScore)>,
    /// Lines describing misses, false alarms and wrong values.
    pub details: Vec<String>,
}

impl TimexReport {
    /// Value accuracy over relaxed matches.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_correct, self.relaxed.tp)
    }
    /// Value F1 as TempEval-3 defines it: relaxed matches with the correct
    /// value, over all system expressions (precision) and all gold (recall).
    pub fn value_f1(&self) -> f64 {
        let p = ratio(self.value_correct, self.relaxed.system());
        let r = ratio(self.value_correct, self.relaxed.gold());
        harmonic_mean(p, r)
    }

    fn type_mut(&mut self, kind: &str) -> &mut TypeScore {
        if let Some(i) = self.types.iter().position(|(k, _)| k == kind) {
            return &mut self.types[i].1;
        }
        self.types.push((kind.to_owned(), TypeScore::default()));
        let last = self.types.len() - 1;
        &mut self.types[last].1
    }

    /// Scores one document.
    pub fn add_document(&mut self, doc: &TimeMlDoc) {
        self.documents += 1;
        let anchor = doc
            .dct
            .as_deref()
            .and_then(|d| Anchor::parse(d.get(..10).unwrap_or(d)));
        let found = recognize(&doc.text, anchor);
        let sys: Vec<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
        let gold: Vec<(usize, usize)> = doc.timexes.iter().map(|g| (g.start, g.end)).collect();
        let pairs = pair_spans(&sys, &gold);
        let name = doc
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let strict = pairs.iter().filter(|p| p.2).count();
        self.strict
            .add(Counts::matched(strict, sys.len(), gold.len()));
        self.relaxed
            .add(Counts::matched(pairs.len(), sys.len(), gold.len()));
        for g in &doc.timexes {
            self.type_mut(&g.kind).gold += 1;
        }
        let quote = |s: usize, e: usize| doc.text[s..e].replace('\n', " ");
        let mut matched_gold = vec![false; gold.len()];
        let mut matched_sys = vec![false; sys.len()];
        for &(i, j, exact) in &pairs {
            matched_gold[j] = true;
            matched_sys[i] = true;
            let (f, g) = (&found[i], &doc.timexes[j]);
            let right = f.value.as_deref() == Some(g.value.as_str());
            let ts = self.type_mut(&g.kind);
            ts.relaxed += 1;
            ts.strict += usize::from(exact);
            ts.value += usize::from(right);
            ts.typed += usize::from(f.kind == g.kind);
            self.value_correct += usize::from(right);
            if !exact {
                self.details.push(format!(
                    "{name}: span   gold {:?} system {:?}",
                    quote(g.start, g.end),
                    quote(f.start, f.end)
                ));
            }
            if !right {
                self.details.push(format!(
                    "{name}: value  {:?} gold {} {} system {}",
                    quote(g.start, g.end),
                    g.kind,
                    g.value,
                    f.value.as_deref().unwrap_or("-")
                ));
            }
        }
        for (j, g) in doc.timexes.iter().enumerate() {
            if !matched_gold[j] {
                self.details.push(format!(
                    "{name}: missed {:?} {} {}",
                    quote(g.start, g.end),
                    g.kind,
                    g.value
                ));
            }
        }
        for (i, f) in found.iter().enumerate() {
            if !matched_sys[i] {
                self.details.push(format!(
                    "{name}: extra  {:?} {}",
                    quote(f.start, f.end),
                    f.value.as_deref().unwrap_or("-")
                ));
            }
        }
    }
}

impl Report for TimexReport {
    /// Human-readable report; `verbose` adds every miss, false alarm and
    /// wrong value.
    fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "TempEval-3 time expressions: {} documents, {} gold, {} found (rules only, anchored on the DCT)",
            self.documents,
            self.relaxed.gold(),
            self.relaxed.system()
        );
        let _ = writeln!(out, "strict   {}", counts_line(&self.strict));
        let _ = writeln!(out, "relaxed  {}", counts_line(&self.relaxed));
        let _ = writeln!(
            out,
            "value    accuracy {:.3} over relaxed matches ({}/{}), value F1 {:.3} (TempEval-3: correct value among relaxed matches, over all system and all gold)",
            self.value_accuracy(),
            self.value_correct,
            self.relaxed.tp,
            self.value_f1()
        );
        let _ = writeln!(
            out,
            "per gold type: recall strict / relaxed, value accuracy and type accuracy over relaxed matches"
        );
        let mut types = self.types.clone();
        let order = |k: &str| {
            ["DATE", "TIME", "DURATION", "SET"]
                .iter()
                .position(|t| *t == k)
                .unwrap_or(9)
        };
        types.sort_by_key(|(k, _)| (order(k), k.clone()));
        for (k, t) in &types {
            let _ = writeln!(
                out,
                "  {k:<9} gold {:>4}  strict R {:.3}  relaxed R {:.3}  value {:.3}  type {:.3}",
                t.gold,
                ratio(t.strict, t.gold),
                ratio(t.relaxed, t.gold),
                ratio(t.value, t.relaxed),
                ratio(t.typed, t.relaxed)
            );
        }
        if verbose {
            for d in &self.details {
                let _ = writeln!(out, "{d}");
            }
        }
        out
    }
}

/// Reads and scores TimeML files (directories are searched for `.tml`).
pub fn evaluate_files(paths: &[PathBuf]) -> Result<TimexReport, CorpusError> {
    let mut report = TimexReport::default();
    for path in collect_files(paths, "tml")? {
        let xml = read_corpus_file(&path)?;
        report.add_document(&parse_timeml(&xml, &path)?);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::eval::corpus::timeml::SAMPLE_TML;

    #[test]
    fn scores_a_document() {
        let doc = parse_timeml(SAMPLE_TML, Path::new("x.tml")).expect("parses");
        let mut r = TimexReport::default();
        r.add_document(&doc);
        assert_eq!(r.relaxed.gold(), 2);
        assert_eq!(r.strict.tp, 2, "{}", r.render(true));
        assert_eq!(r.value_correct, 2, "{}", r.render(true));
    }
}
