//! Scores Dossier's relations against MEANTIME's own semantic-role layer
//! (`dossier eval-srl`; method in docs/RELATIONS-MEANTIME.md).
//!
//! MEANTIME annotates, for sentences 0–5 of each article, event mentions
//! with a lemma (`pred`) and `HAS_PARTICIPANT` links to entity mentions with
//! PropBank roles (Arg0, Arg1, …). The rule table of [`map`] turns an event
//! and its roles into relation classes ("buy: Arg0 ORG, Arg1 ORG" →
//! acquired(Arg0, Arg1)); [`gold`] reads the layer and applies it, keeping
//! only pairs whose two participants are instances named in those
//! sentences. The pipeline runs on the same sentences 0–5 text; a
//! predicted relation matches a gold one with the same class when each end
//! has a mention on a mention of the gold instance (either way for
//! symmetric classes; `sells_to(A, B)` is `buys_from(B, A)`; ceo_of,
//! chairman_of and employee_of are one `role` class).
//!
//! The layer covers few relations, so precision is also given restricted
//! to predicted relations whose trigger lies on a sentence where the layer
//! has an event of that class with both ends annotated (named or not):
//! elsewhere a prediction may be right and still count as a false alarm.
//!
//! The reserved held-out documents (`eval/reserved.txt`) are skipped unless
//! asked for.

pub mod gold;
pub mod map;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use self::gold::{Span, SrlDoc, on_instance, parse_srl};
use self::map::{Class, class_of, rules, symmetric};
use super::corpus::cat::LAST_ANNOTATED_SENTENCE;
use super::corpus::{meantime_files, read_corpus_file};
use super::error::EntitiesError;
use super::report::Report;
use super::spans::counts_line;
use crate::model::{Analysis, Counts, Document, ratio};
use crate::pipeline::Pipeline;

const RESERVED: &str = include_str!("../../../eval/reserved.txt");

/// The MEANTIME document ids reserved for held-out testing.
pub fn reserved_ids() -> Vec<&'static str> {
    RESERVED
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// True when a report line is about a reserved document: one of its words
/// is a reserved id or a file name that starts with one (`102977_…`).
pub fn about_reserved(line: &str, reserved: &[&str]) -> bool {
    line.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        reserved
            .iter()
            .any(|id| w == *id || w.strip_prefix(id).is_some_and(|r| r.starts_with('_')))
    })
}

/// Writes a report's detail lines to `out`, one a line, except those about
/// the reserved held-out documents: they count in the figures, but what the
/// pipeline did on them is never shown (a closing line says how many were
/// left out).
pub fn write_details(out: &mut String, details: &[String]) {
    let reserved = reserved_ids();
    let held_out = |d: &str| about_reserved(d, &reserved);
    for d in details.iter().filter(|d| !held_out(d)) {
        let _ = writeln!(out, "{d}");
    }
    let hidden = details.iter().filter(|d| held_out(d)).count();
    if hidden > 0 {
        let _ = writeln!(
            out,
            "({hidden} detail lines on the reserved held-out documents not shown)"
        );
    }
}

/// A MEANTIME file's document id: its name up to the first `_`.
pub fn doc_id(path: &Path) -> String {
    path.file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
        .split('_')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// The files to score and how many reserved ones were left out.
pub fn without_reserved(files: Vec<PathBuf>, include_reserved: bool) -> (Vec<PathBuf>, usize) {
    if include_reserved {
        return (files, 0);
    }
    let reserved = reserved_ids();
    let total = files.len();
    let kept: Vec<PathBuf> = files
        .into_iter()
        .filter(|p| !reserved.contains(&doc_id(p).as_str()))
        .collect();
    let skipped = total - kept.len();
    (kept, skipped)
}

/// A relation Dossier predicted, as this measure sees it.
#[derive(Clone, Debug)]
pub struct Predicted {
    /// Its class (`sells_to` already turned into `buys_from`).
    pub class: Class,
    /// The schema name of the kind predicted.
    pub kind: &'static str,
    /// Mention spans of the source entity.
    pub source: Vec<Span>,
    /// Mention spans of the target entity.
    pub target: Vec<Span>,
    /// Source and target names, as predicted (not swapped).
    pub names: (String, String),
    /// Start of its trigger, each time the pipeline stated it (one
    /// prediction per class and pair of entities).
    pub triggers: Vec<usize>,
}

/// The relations of an analysis in this measure's terms.
pub fn predicted(analysis: &Analysis) -> Vec<Predicted> {
    let spans = |e: usize| -> Vec<Span> {
        analysis.entities.get(e).map_or_else(Vec::new, |ent| {
            ent.mentions
                .iter()
                .filter_map(|&m| analysis.mentions.get(m))
                .map(|m| (m.span.start, m.span.end))
                .collect()
        })
    };
    let name = |e: usize| {
        analysis
            .entities
            .get(e)
            .map_or_else(String::new, |x| x.name.clone())
    };
    let mut out: Vec<Predicted> = Vec::new();
    let mut keys: Vec<(Class, usize, usize)> = Vec::new();
    for r in &analysis.relations {
        let (class, swap) = class_of(r.kind);
        let (s, t) = if swap {
            (r.target, r.source)
        } else {
            (r.source, r.target)
        };
        let key = if symmetric(class) && s > t {
            (class, t, s)
        } else {
            (class, s, t)
        };
        if let Some(i) = keys.iter().position(|k| *k == key) {
            out[i].triggers.push(r.trigger.start);
            continue;
        }
        keys.push(key);
        out.push(Predicted {
            class,
            kind: r.kind.props().name,
            source: spans(s),
            target: spans(t),
            names: (name(r.source), name(r.target)),
            triggers: vec![r.trigger.start],
        });
    }
    out
}

/// Counts for one class.
#[derive(Clone, Copy, Debug, Default)]
pub struct ClassCounts {
    /// Against all the gold of the class.
    pub all: Counts,
    /// Predictions on sentences where the layer has an event of the class.
    pub covered: Counts,
}

/// The result of `dossier eval-srl`.
#[derive(Clone, Debug, Default)]
pub struct SrlReport {
    /// Documents scored.
    pub documents: usize,
    /// Reserved documents left out.
    pub reserved_skipped: usize,
    /// Every class summed.
    pub overall: ClassCounts,
    /// Per class the rules give.
    pub per_class: BTreeMap<Class, ClassCounts>,
    /// Gold relations whose seller or buyer end is only the product's
    /// maker.
    pub via_maker: usize,
    /// Predicted relations of kinds the layer cannot state, by kind.
    pub not_scored: BTreeMap<&'static str, usize>,
    /// One line per hit, miss and false alarm.
    pub details: Vec<String>,
}

impl SrlReport {
    /// Scores one document's predicted relations against its gold.
    pub fn add_document(&mut self, doc: &SrlDoc, predicted: &[Predicted]) {
        self.documents += 1;
        let id = doc_id(&doc.path);
        let classes: Vec<Class> = rules().iter().map(|r| r.class).collect();
        let ends = |spans: &[Span], inst: usize| {
            spans.iter().any(|&s| on_instance(s, &doc.instances[inst]))
        };
        let mut matched = vec![false; doc.relations.len()];
        for p in predicted {
            if !classes.contains(&p.class) {
                *self.not_scored.entry(p.kind).or_default() += 1;
                continue;
            }
            let hit = doc.relations.iter().enumerate().position(|(j, g)| {
                !matched[j]
                    && g.class == p.class
                    && (ends(&p.source, g.source) && ends(&p.target, g.target)
                        || symmetric(g.class)
                            && ends(&p.source, g.target)
                            && ends(&p.target, g.source))
            });
            let line = p.triggers.first().map_or(0, |&t| doc.line_of(t));
            let covered = p.triggers.iter().any(|&t| {
                doc.covered
                    .get(&doc.line_of(t))
                    .is_some_and(|c| c.contains(&p.class))
            });
            let tp = usize::from(hit.is_some());
            let entry = self.per_class.entry(p.class).or_default();
            for c in [&mut entry.all, &mut self.overall.all] {
                c.tp += tp;
                c.fp += 1 - tp;
            }
            if covered {
                for c in [&mut entry.covered, &mut self.overall.covered] {
                    c.tp += tp;
                    c.fp += 1 - tp;
                }
            }
            if let Some(j) = hit {
                matched[j] = true;
            } else {
                let mark = if covered { " [covered]" } else { "" };
                self.details.push(format!(
                    "{id} s{line} extra {} {} -> {}{mark}",
                    p.kind, p.names.0, p.names.1
                ));
            }
        }
        for (g, found) in doc.relations.iter().zip(&matched) {
            let entry = self.per_class.entry(g.class).or_default();
            if !found {
                entry.all.fn_ += 1;
                self.overall.all.fn_ += 1;
            }
            self.via_maker += usize::from(g.via_maker);
            let lines: Vec<String> = g.lines.iter().map(|l| format!("s{l}")).collect();
            let preds: Vec<&str> = g.predicates.iter().map(String::as_str).collect();
            let maker = if g.via_maker { " (seller: maker)" } else { "" };
            self.details.push(format!(
                "{id} {} {} {} {} -> {} ({}){maker}",
                lines.join(","),
                if *found { "hit" } else { "miss" },
                g.class,
                doc.instances[g.source].name,
                doc.instances[g.target].name,
                preds.join(", ")
            ));
        }
    }
}

impl Report for SrlReport {
    /// Human-readable report; `verbose` adds one line per gold relation
    /// (`hit` or `miss`) and per false alarm (`extra`, marked `[covered]`
    /// when the layer has an event of its class on its sentence).
    fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "MEANTIME semantic roles as relations: {} documents ({} reserved left out), sentences 0-{LAST_ANNOTATED_SENTENCE} (full pipeline); gold: {} relations between named instances ({} with the product's maker as seller)",
            self.documents,
            self.reserved_skipped,
            self.overall.all.gold(),
            self.via_maker
        );
        let _ = writeln!(out, "{:<14} {}", "overall", counts_line(&self.overall.all));
        let cov = &self.overall.covered;
        let _ = writeln!(
            out,
            "{:<14} P {:.3} ({}/{}) on sentences where the layer has an event of the class",
            "covered",
            ratio(cov.tp, cov.system()),
            cov.tp,
            cov.system()
        );
        for (class, c) in &self.per_class {
            let _ = writeln!(
                out,
                "{class:<14} {}  covered P {:.3} ({}/{})",
                counts_line(&c.all),
                ratio(c.covered.tp, c.covered.system()),
                c.covered.tp,
                c.covered.system()
            );
        }
        let not: Vec<String> = self
            .not_scored
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        let _ = writeln!(
            out,
            "not scored (kinds the layer cannot state): {}",
            if not.is_empty() {
                "none".to_owned()
            } else {
                not.join(", ")
            }
        );
        if verbose {
            for d in &self.details {
                let _ = writeln!(out, "{d}");
            }
        }
        out
    }
}

/// Reads MEANTIME files (see [`meantime_files`]), leaves out the reserved
/// documents unless `include_reserved`, runs the pipeline on each
/// document's sentences 0–5 and scores its relations.
pub fn evaluate_files(
    paths: &[PathBuf],
    include_reserved: bool,
) -> Result<SrlReport, EntitiesError> {
    let pipeline = Pipeline::new()?;
    let rules = rules();
    let (files, skipped) = without_reserved(meantime_files(paths)?, include_reserved);
    let mut report = SrlReport {
        reserved_skipped: skipped,
        ..SrlReport::default()
    };
    for path in files {
        let doc = parse_srl(&read_corpus_file(&path)?, &path, &rules)?;
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let analysis = pipeline.analyze(Document::from_text(name, doc.text.clone()));
        report.add_document(&doc, &predicted(&analysis));
    }
    Ok(report)
}

#[cfg(test)]
mod tests;
