//! Cross-document entity resolution scored against MEANTIME's
//! cross-document layer (`dossier eval-corpus`).
//!
//! Gold ([`gold`]): every named mention (`NAM`, `PRE.NAM`) of a person,
//! organisation, place or product in sentences 0–5 of each article, with
//! the id of its real-world instance across the corpus.
//!
//! System: the pipeline runs on each article's rebuilt sentences 0–5; each
//! gold mention is paired with the system name mention that overlaps it
//! most (none: the mention is its own singleton on the system side, so a
//! name the tagger misses costs recall). Three systems partition the same
//! gold mentions:
//!
//! - **exact name** (baseline): mentions with the same text are one entity;
//! - **per article**: each article's own entities, nothing joined across
//!   articles;
//! - **corpus**: [`corpus::link`](crate::corpus::link::link), the app's
//!   cross-document linker.
//!
//! Each is scored with MUC, B³ and CEAF-e ([`metrics`]) and their mean, the
//! CoNLL F1. The reserved held-out documents (`eval/reserved.txt`) are left
//! out unless asked for, and detail lines never name them.

mod gold;
pub mod metrics;
mod report;

use std::collections::BTreeMap;
use std::path::PathBuf;

use rayon::prelude::*;

pub use gold::{CrossDoc, GoldMention, TYPES, parse_cross_doc};
pub use metrics::{CorefScores, Prf, score};
pub use report::CorefReport;

use super::corpus::{collect_files, read_corpus_file};
use super::error::{CorpusError, EntitiesError};
use super::srl::without_reserved;
use crate::corpus::link::{Linking, link};
use crate::model::{Analysis, Document};
use crate::pipeline::Pipeline;

/// The folder of MEANTIME's cross-document layer inside the release.
const CROSS_DOC: &str = "intra_cross-doc_annotation";

/// Reads the cross-document CAT files under `paths` (the release folder,
/// the layer's folder, topic folders or files), runs the pipeline on each
/// and scores the three systems.
pub fn evaluate_files(
    paths: &[PathBuf],
    include_reserved: bool,
) -> Result<CorefReport, EntitiesError> {
    let paths: Vec<PathBuf> = paths
        .iter()
        .map(|p| {
            let layer = p.join(CROSS_DOC);
            if layer.is_dir() { layer } else { p.clone() }
        })
        .collect();
    let (files, reserved_skipped) =
        without_reserved(collect_files(&paths, "xml")?, include_reserved);
    let docs = files
        .iter()
        .map(|path| parse_cross_doc(&read_corpus_file(path)?, path))
        .collect::<Result<Vec<CrossDoc>, CorpusError>>()?;
    let pipeline = Pipeline::new()?;
    let analyses: Vec<Analysis> = docs
        .par_iter()
        .map(|d| pipeline.analyze(Document::from_text(d.name.clone(), d.text.clone())))
        .collect();
    let mut report = evaluate(&pipeline, &docs, &analyses);
    report.reserved_skipped = reserved_skipped;
    Ok(report)
}

/// Scores the three systems on analysed documents.
pub fn evaluate(pipeline: &Pipeline, docs: &[CrossDoc], analyses: &[Analysis]) -> CorefReport {
    let refs: Vec<&Analysis> = analyses.iter().collect();
    let linked = link(&pipeline.language().resolve, &refs, Linking::Full);
    let exact_linked = link(&pipeline.language().resolve, &refs, Linking::ExactName);
    let mut key: Vec<String> = Vec::new();
    let mut exact: Vec<String> = Vec::new();
    let mut per_article: Vec<String> = Vec::new();
    let mut exact_entities: Vec<String> = Vec::new();
    let mut corpus: Vec<String> = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    let mut report = CorefReport::default();
    for (d, (doc, analysis)) in docs.iter().zip(analyses).enumerate() {
        report.documents += 1;
        for g in &doc.mentions {
            let n = key.len();
            key.push(g.instance.clone());
            let found = paired_mention(analysis, g);
            let entity = found.and_then(|m| analysis.mentions[m].entity);
            // "gold text [system text → corpus entity] (document)".
            let system = match (found, entity) {
                (Some(m), Some(e)) => format!(
                    " [{} → {}]",
                    analysis.mention_text(m),
                    linked.entities[linked.of[d][e]].name
                ),
                _ => String::new(),
            };
            labels.push(format!(
                "{}{system} ({})",
                &doc.text[g.start..g.end],
                doc.name
            ));
            match (found, entity) {
                (Some(m), Some(e)) => {
                    report.paired += 1;
                    exact.push(format!("text:{}", analysis.mention_text(m)));
                    per_article.push(format!("doc:{d}:{e}"));
                    exact_entities.push(format!("exact:{}", exact_linked.of[d][e]));
                    corpus.push(format!("corpus:{}", linked.of[d][e]));
                }
                _ => {
                    let alone = format!("missed:{n}");
                    exact.push(alone.clone());
                    per_article.push(alone.clone());
                    exact_entities.push(alone.clone());
                    corpus.push(alone);
                    report
                        .missed
                        .push((doc.name.clone(), doc.text[g.start..g.end].to_owned()));
                }
            }
        }
    }
    report.gold_mentions = key.len();
    report.gold_entities = {
        let mut k = key.clone();
        k.sort_unstable();
        k.dedup();
        k.len()
    };
    report.exact = score(&key, &exact);
    report.per_article = score(&key, &per_article);
    report.exact_entities = score(&key, &exact_entities);
    report.corpus = score(&key, &corpus);
    report.corpus_entities = linked.entities.iter().filter(|e| e.kind.is_name()).count();
    report.details = disagreements(&key, &corpus, &labels);
    report
}

/// Detail lines: each gold instance the corpus system splits, and each
/// system entity that joins several gold instances, with the names and
/// documents involved.
fn disagreements(key: &[String], response: &[String], labels: &[String]) -> Vec<String> {
    let (by_key, by_response) = (group(key), group(response));
    let mut out = Vec::new();
    for (instance, members) in &by_key {
        let split = parts(members, response, labels);
        if split.len() > 1 {
            let pieces: Vec<String> = split.values().map(|l| l.join(", ")).collect();
            out.push(format!("split {instance}: {}", pieces.join(" | ")));
        }
    }
    for (entity, members) in &by_response {
        let joined = parts(members, key, labels);
        if joined.len() > 1 {
            let pieces: Vec<String> = joined
                .iter()
                .map(|(k, l)| format!("{k}: {}", l.join(", ")))
                .collect();
            out.push(format!("joined {entity}: {}", pieces.join(" | ")));
        }
    }
    out
}

/// Mention indices by cluster id.
fn group(ids: &[String]) -> BTreeMap<&str, Vec<usize>> {
    let mut g: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, id) in ids.iter().enumerate() {
        g.entry(id.as_str()).or_default().push(i);
    }
    g
}

/// The labels of `members` grouped by their cluster on the `other` side.
fn parts<'a>(
    members: &[usize],
    other: &'a [String],
    labels: &'a [String],
) -> BTreeMap<&'a str, Vec<&'a str>> {
    let mut seen: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for &m in members {
        seen.entry(other[m].as_str())
            .or_default()
            .push(labels[m].as_str());
    }
    seen
}

/// The named system mention a gold mention is paired with: of those that
/// overlap it, the last one (an English name phrase ends in its head: "the
/// American computer company *Apple*", "the government of *Canada*"), the
/// one overlapping most when several end together. A gold name with an
/// apposition or a place after a comma or bracket ("*Toulouse*, France",
/// "*Chrysler*, another U.S. car maker") is headed before it.
fn paired_mention(analysis: &Analysis, g: &GoldMention) -> Option<usize> {
    let text = &analysis.document.text;
    if let Some(cut) = text.get(g.start..g.end).and_then(|s| s.find([',', '('])) {
        let head = GoldMention {
            end: g.start + cut,
            ..g.clone()
        };
        if let Some(m) = overlapping_last(analysis, &head) {
            return Some(m);
        }
    }
    overlapping_last(analysis, g)
}

fn overlapping_last(analysis: &Analysis, g: &GoldMention) -> Option<usize> {
    analysis
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind.is_name() && !m.nominal && m.entity.is_some())
        .filter_map(|(i, m)| {
            let overlap = m
                .span
                .end
                .min(g.end)
                .saturating_sub(m.span.start.max(g.start));
            (overlap > 0).then_some((i, m.span.end.min(g.end), overlap))
        })
        .max_by_key(|&(_, end, overlap)| (end, overlap))
        .map(|(i, ..)| i)
}
