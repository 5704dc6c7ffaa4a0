//! Scores Dossier's DATE rules and normalisation against TempEval-3 TimeML
//! files (`dossier eval-timex`).
//!
//! Each `.tml` file's `<TEXT>` is rebuilt as plain text with the gold
//! `<TIMEX3>` spans (the document creation time in `<DCT>` is left out and
//! used as the anchor for relative dates). Dossier's DATE matches from
//! [`rules::find`] are settled leftmost-longest, normalised with
//! [`dates::normalize_in_context`], and compared with the gold as TempEval-3
//! does: strict (same span) and relaxed (overlapping span) precision, recall
//! and F1, plus the value: accuracy over relaxed matches and value F1
//! (a relaxed match with the right value counts, over all system and all gold
//! expressions). Only rules run: the NER model is not loaded.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use quick_xml::events::{BytesStart, Event};

use crate::model::EntityKind;
use crate::pipeline::dates::{self, Anchor};
use crate::pipeline::rules;

/// Why a TimeML or MEANTIME evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// A file or directory could not be read.
    #[error("cannot read ({source}): {}", path.display())]
    Io {
        /// The underlying error.
        source: std::io::Error,
        /// The file or directory.
        path: PathBuf,
    },
    /// A file is not well-formed XML or lacks what the format needs.
    #[error("bad corpus file ({reason}): {}", path.display())]
    Format {
        /// What is wrong.
        reason: String,
        /// The file.
        path: PathBuf,
    },
    /// No corpus file was found under the paths given.
    #[error("no {ext} files found under the paths given: {}", paths.join(", "))]
    Empty {
        /// The expected extension.
        ext: &'static str,
        /// The paths given.
        paths: Vec<String>,
    },
}

/// A gold time expression: byte span into the rebuilt text, type, value.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldTimex {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// TimeML type: DATE, TIME, DURATION or SET.
    pub kind: String,
    /// TimeML value (`2013-03-22`, `P1M`, `PRESENT_REF`…).
    pub value: String,
}

/// One TimeML document: the `<TEXT>` as plain text and its gold expressions.
#[derive(Clone, Debug)]
pub struct TimeMlDoc {
    /// The file it came from.
    pub path: PathBuf,
    /// The document creation time (`<DCT>` value).
    pub dct: Option<String>,
    /// Plain text of `<TEXT>`.
    pub text: String,
    /// Gold expressions inside `<TEXT>`, in text order.
    pub timexes: Vec<GoldTimex>,
}

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

fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// Parses a TimeML document.
pub fn parse_timeml(xml: &str, path: &Path) -> Result<TimeMlDoc, CorpusError> {
    let bad = |reason: String| CorpusError::Format {
        reason,
        path: path.to_owned(),
    };
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut doc = TimeMlDoc {
        path: path.to_owned(),
        dct: None,
        text: String::new(),
        timexes: Vec::new(),
    };
    let (mut in_text, mut in_dct) = (false, false);
    let mut open: Option<(usize, String, String)> = None;
    let mut saw_text = false;
    loop {
        let event = reader.read_event().map_err(|e| {
            bad(format!(
                "xml error at byte {}: {e}",
                reader.error_position()
            ))
        })?;
        match event {
            Event::Start(e) => match e.name().as_ref() {
                b"TEXT" => {
                    in_text = true;
                    saw_text = true;
                }
                b"DCT" => in_dct = true,
                b"TIMEX3" if in_dct => doc.dct = attr(&e, b"value"),
                b"TIMEX3" if in_text => {
                    open = Some((
                        doc.text.len(),
                        attr(&e, b"type").unwrap_or_default(),
                        attr(&e, b"value").unwrap_or_default(),
                    ));
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"TEXT" => in_text = false,
                b"DCT" => in_dct = false,
                b"TIMEX3" if in_text => {
                    if let Some((start, kind, value)) = open.take() {
                        doc.timexes.push(GoldTimex {
                            start,
                            end: doc.text.len(),
                            kind,
                            value,
                        });
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                let s = t.unescape().map_err(|e| bad(format!("bad text: {e}")))?;
                doc.text.push_str(&s);
            }
            Event::CData(t) if in_text => {
                let s = t.decode().map_err(|e| bad(format!("bad text: {e}")))?;
                doc.text.push_str(&s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_text {
        return Err(bad("no <TEXT> element".to_owned()));
    }
    Ok(doc)
}

/// Files under `paths` with extension `ext`: files as given, directories
/// searched recursively, each list sorted.
pub(crate) fn collect_files(
    paths: &[PathBuf],
    ext: &'static str,
) -> Result<Vec<PathBuf>, CorpusError> {
    fn walk(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) -> Result<(), CorpusError> {
        let io = |source, path: &Path| CorpusError::Io {
            source,
            path: path.to_owned(),
        };
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| io(e, dir))?
            .map(|e| e.map(|e| e.path()).map_err(|err| io(err, dir)))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, ext, out)?;
            } else if p.extension().is_some_and(|e| e == ext) {
                out.push(p);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, ext, &mut out)?;
        } else {
            out.push(p.clone());
        }
    }
    if out.is_empty() {
        return Err(CorpusError::Empty {
            ext,
            paths: paths.iter().map(|p| p.display().to_string()).collect(),
        });
    }
    Ok(out)
}

static ENGLISH: std::sync::LazyLock<Option<(crate::lang::Language, rules::Rules)>> =
    std::sync::LazyLock::new(|| {
        let l = crate::lang::Language::english().ok()?;
        let r = rules::Rules::new(&l.rules).ok()?;
        Some((l, r))
    });

/// Rule matches of `kinds`, overlaps settled leftmost-longest: byte spans.
pub(crate) fn leftmost_longest(
    text: &str,
    kinds: &[EntityKind],
) -> Vec<(usize, usize, EntityKind)> {
    let mut matches: Vec<_> = ENGLISH
        .as_ref()
        .map(|(_, r)| r.find(text))
        .unwrap_or_default()
        .into_iter()
        .filter(|m| kinds.contains(&m.kind))
        .map(|m| (m.span.start, m.span.end, m.kind))
        .collect();
    matches.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let mut out: Vec<(usize, usize, EntityKind)> = Vec::with_capacity(matches.len());
    for m in matches {
        if out.last().is_none_or(|last| m.0 >= last.1) {
            out.push(m);
        }
    }
    out
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
            let value = ENGLISH
                .as_ref()
                .and_then(|(l, _)| dates::normalize_in_context(l, text, start, end, anchor).0);
            FoundTimex {
                start,
                end,
                kind: timex_type(&text[start..end], value.as_deref()),
                value,
            }
        })
        .collect()
}

/// Precision/recall counts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    /// System items that match.
    pub tp_system: usize,
    /// Gold items that are matched.
    pub tp_gold: usize,
    /// System items.
    pub system: usize,
    /// Gold items.
    pub gold: usize,
}

impl Counts {
    /// Precision (1 when the system found nothing).
    pub fn precision(&self) -> f64 {
        ratio(self.tp_system, self.system)
    }
    /// Recall (1 when there is no gold).
    pub fn recall(&self) -> f64 {
        ratio(self.tp_gold, self.gold)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Adds another count.
    pub fn add(&mut self, o: &Counts) {
        self.tp_system += o.tp_system;
        self.tp_gold += o.tp_gold;
        self.system += o.system;
        self.gold += o.gold;
    }
    /// `P 0.912  R 0.880  F1 0.896  (…)`.
    pub fn render(&self) -> String {
        format!(
            "P {:.3}  R {:.3}  F1 {:.3}  (system {}/{}, gold {}/{})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp_system,
            self.system,
            self.tp_gold,
            self.gold
        )
    }
}

pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        #[allow(clippy::cast_precision_loss)]
        let r = a as f64 / b as f64;
        r
    }
}

/// One-to-one pairing of system and gold spans: strict (equal) pairs first,
/// then overlapping ones, each in text order. Returns `(system, gold)` index
/// pairs and whether the pair is exact.
pub(crate) fn pair_spans(
    system: &[(usize, usize)],
    gold: &[(usize, usize)],
) -> Vec<(usize, usize, bool)> {
    let mut pairs = Vec::new();
    let mut sys_used = vec![false; system.len()];
    let mut gold_used = vec![false; gold.len()];
    for (i, s) in system.iter().enumerate() {
        if let Some(j) = (0..gold.len()).find(|&j| !gold_used[j] && gold[j] == *s) {
            sys_used[i] = true;
            gold_used[j] = true;
            pairs.push((i, j, true));
        }
    }
    for (i, s) in system.iter().enumerate() {
        if sys_used[i] {
            continue;
        }
        if let Some(j) =
            (0..gold.len()).find(|&j| !gold_used[j] && gold[j].0 < s.1 && s.0 < gold[j].1)
        {
            sys_used[i] = true;
            gold_used[j] = true;
            pairs.push((i, j, false));
        }
    }
    pairs.sort_unstable();
    pairs
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
        ratio(self.value_correct, self.relaxed.tp_gold)
    }
    /// Value F1 as TempEval-3 defines it: relaxed matches with the correct
    /// value, over all system expressions (precision) and all gold (recall).
    pub fn value_f1(&self) -> f64 {
        let p = ratio(self.value_correct, self.relaxed.system);
        let r = ratio(self.value_correct, self.relaxed.gold);
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
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
        self.strict.add(&Counts {
            tp_system: strict,
            tp_gold: strict,
            system: sys.len(),
            gold: gold.len(),
        });
        self.relaxed.add(&Counts {
            tp_system: pairs.len(),
            tp_gold: pairs.len(),
            system: sys.len(),
            gold: gold.len(),
        });
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

    /// Human-readable report; `verbose` adds every miss, false alarm and
    /// wrong value.
    pub fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "TempEval-3 time expressions: {} documents, {} gold, {} found (rules only, anchored on the DCT)",
            self.documents, self.relaxed.gold, self.relaxed.system
        );
        let _ = writeln!(out, "strict   {}", self.strict.render());
        let _ = writeln!(out, "relaxed  {}", self.relaxed.render());
        let _ = writeln!(
            out,
            "value    accuracy {:.3} over relaxed matches ({}/{}), value F1 {:.3} (TempEval-3: correct value among relaxed matches, over all system and all gold)",
            self.value_accuracy(),
            self.value_correct,
            self.relaxed.tp_gold,
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

/// Reads a corpus file to a string.
pub(crate) fn read_corpus_file(path: &Path) -> Result<String, CorpusError> {
    std::fs::read_to_string(path).map_err(|source| CorpusError::Io {
        source,
        path: path.to_owned(),
    })
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
    use super::*;

    const TML: &str = r#"<?xml version="1.0" ?><TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
Zürich &amp; Genève: the bank <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> it lost €5 млн over <TIMEX3 tid="t2" type="DURATION" value="P2Y">the past two years</TIMEX3>.
</TEXT></TimeML>"#;

    #[test]
    fn parses_timeml_text_and_spans() {
        let doc = parse_timeml(TML, Path::new("x.tml")).expect("parses");
        assert_eq!(doc.dct.as_deref(), Some("2013-03-22"));
        assert!(doc.text.contains("Zürich & Genève: the bank said Friday"));
        let spans: Vec<(&str, &str, &str)> = doc
            .timexes
            .iter()
            .map(|t| (&doc.text[t.start..t.end], t.kind.as_str(), t.value.as_str()))
            .collect();
        assert_eq!(
            spans,
            vec![
                ("Friday", "DATE", "2013-03-22"),
                ("the past two years", "DURATION", "P2Y")
            ]
        );
    }

    #[test]
    fn scores_a_document() {
        let doc = parse_timeml(TML, Path::new("x.tml")).expect("parses");
        let mut r = TimexReport::default();
        r.add_document(&doc);
        assert_eq!(r.relaxed.gold, 2);
        assert_eq!(r.strict.tp_gold, 2, "{}", r.render(true));
        assert_eq!(r.value_correct, 2, "{}", r.render(true));
    }

    #[test]
    fn pairs_strict_before_relaxed() {
        let pairs = pair_spans(&[(0, 5), (10, 20)], &[(0, 5), (12, 14), (30, 31)]);
        assert_eq!(pairs, vec![(0, 0, true), (1, 1, false)]);
        assert!(pair_spans(&[(0, 3)], &[(3, 6)]).is_empty());
    }

    #[test]
    fn malformed_xml_names_the_file() {
        let err = parse_timeml("<TimeML><TEXT>a</DCT>", Path::new("bad.tml"))
            .expect_err("mismatched tag");
        assert!(err.to_string().ends_with("bad.tml"), "{err}");
    }
}
