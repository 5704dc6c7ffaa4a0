//! Training data for the learned relation step, from gold files: the
//! pipeline (rules alone) runs on each gold's article, each candidate pair
//! it gives is labelled from the gold relations, and [`cv`] measures the
//! whole pipeline with a model trained on other documents.
//!
//! A candidate is positive when a gold relation between its two entities
//! (gold names mapped to entities as the scorer maps them) has the
//! candidate's sentence as its evidence; negative when the gold relates
//! the two entities nowhere; and left out when the gold relates them but
//! with another sentence as evidence, or only implicitly, or with evidence
//! not found in the text.

pub mod cv;

use std::path::{Path, PathBuf};

use super::corpus::gold::{Gold, read_gold};
use super::error::EvalError;
use super::gold::{NameKey, entity_for_name};
use crate::load::load_path;
use crate::model::{Analysis, Document, RelationKind, Span};
use crate::pipeline::relate::learned::{Candidate, Example, Label};
use crate::pipeline::{Pipeline, names};

/// Sets never trained or tuned on: the held-out ones. A fresh set written
/// for a round is held out too until its first run: its folder (the one
/// above `gold/`) holds a file of this name.
const HELD_OUT: &[&str] = &["meantime-val", "probe-wire"];

/// The marker file of a set that is held out for now.
const HELD_OUT_MARKER: &str = "HELD-OUT";

/// One gold article, analysed by the rules alone.
pub struct Doc {
    /// The gold file.
    pub path: PathBuf,
    /// The set it belongs to (the folder above `gold/`).
    pub set: String,
    /// Its gold.
    pub gold: Gold,
    /// The article as loaded, to analyse again with a model.
    pub document: Document,
    /// The rules' analysis.
    pub rules: Analysis,
    /// The candidate pairs, each with its label: `None` left out, `Some(None)`
    /// no relation.
    pub examples: Vec<(Candidate, Option<Option<Label>>)>,
}

impl Doc {
    /// The labelled examples.
    pub fn training(&self) -> impl Iterator<Item = Example> + '_ {
        self.examples.iter().filter_map(|(c, l)| {
            l.map(|label| Example {
                feats: c.feats.clone(),
                ends: c.ends,
                label,
                ruled_here: c.ruled_here,
            })
        })
    }
}

/// True for a gold file of a held-out set.
pub fn is_held_out(path: &Path) -> bool {
    let p = path.to_string_lossy();
    HELD_OUT.iter().any(|h| p.contains(h))
        || path
            .ancestors()
            .skip(1)
            .take(3)
            .any(|dir| dir.join(HELD_OUT_MARKER).is_file())
}

/// Loads, analyses (rules alone) and labels every gold file. The pipeline's
/// relation model is set aside while it runs, and put back.
pub fn load_docs(pipeline: &mut Pipeline, paths: &[PathBuf]) -> Result<Vec<Doc>, EvalError> {
    let model = pipeline.relation_model().cloned();
    pipeline.set_relation_model(None);
    let mut out = Vec::new();
    for path in paths {
        if is_held_out(path) {
            continue;
        }
        let gold = read_gold(path)?;
        let article = path.parent().unwrap_or(Path::new(".")).join(&gold.file);
        let mut document = load_path(&article)?;
        if document.published.is_none() {
            document.published.clone_from(&gold.published);
        }
        let (rules, candidates) = pipeline.analyze_traced(document.clone());
        let name_key = |s: &str| names::name_key(&pipeline.language().resolve, s);
        let examples = label(&name_key, &rules, &gold, candidates);
        out.push(Doc {
            set: set_of(path),
            path: path.clone(),
            gold,
            document,
            rules,
            examples,
        });
    }
    pipeline.set_relation_model(model);
    Ok(out)
}

/// The corpus of a gold file, its name up to the first hyphen
/// (`eval/x/gold/rail-1234.json` → `rail`): MEANTIME's four corpora
/// are four topics, so leaving one out tests the model on a topic it never
/// saw.
pub fn corpus_of(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    stem.split('-').next().unwrap_or_default().to_owned()
}

/// `eval/wire-dev/gold/x.json` → `wire-dev`.
fn set_of(path: &Path) -> String {
    path.parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// A gold relation mapped onto the analysis: kind, source, target, and its
/// evidence span (none when implicit or not found in the text).
struct Mapped {
    kind: RelationKind,
    source: usize,
    target: usize,
    evidence: Option<Span>,
}

/// Where the gold's evidence sentence is in the text.
fn evidence_span(text: &str, evidence: &str) -> Option<Span> {
    let e = evidence.trim();
    if e.is_empty() {
        return None;
    }
    text.find(e).map(|s| Span::new(s, s + e.len()))
}

/// Labels each candidate from the gold relations.
pub fn label(
    name_key: NameKey<'_>,
    a: &Analysis,
    gold: &Gold,
    candidates: Vec<Candidate>,
) -> Vec<(Candidate, Option<Option<Label>>)> {
    let mapped: Vec<Mapped> = gold
        .relations
        .iter()
        .filter_map(|g| {
            Some(Mapped {
                kind: RelationKind::from_name(&g.kind)?,
                source: entity_for_name(name_key, a, gold, &g.source)?,
                target: entity_for_name(name_key, a, gold, &g.target)?,
                evidence: if g.implicit {
                    None
                } else {
                    g.evidence
                        .as_deref()
                        .and_then(|e| evidence_span(&a.document.text, e))
                },
            })
        })
        .collect();
    candidates
        .into_iter()
        .map(|c| {
            let sentence = a.sentences.get(c.sentence).copied().unwrap_or_default();
            let of_pair: Vec<&Mapped> = mapped
                .iter()
                .filter(|m| {
                    (m.source, m.target) == (c.first, c.second)
                        || (m.source, m.target) == (c.second, c.first)
                })
                .collect();
            let label = if of_pair.is_empty() {
                Some(None)
            } else {
                of_pair
                    .iter()
                    .find(|m| {
                        m.evidence
                            .is_some_and(|e| e.start < sentence.end && sentence.start < e.end)
                    })
                    .map(|m| Some(Label::of(m.kind, m.source == c.first)))
            };
            (c, label)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::relate::learned::Label;

    #[test]
    fn candidates_are_labelled_by_the_gold_relation_stated_in_their_sentence() {
        let text = "Zephyr Corp. agreed to buy Quantix Inc. on Monday. \
                    Zephyr Corp. said Quantix Inc. would keep its name. \
                    Keltic Foods praised Zephyr Corp. on Tuesday.";
        let pipeline = Pipeline::new().expect("bundled pipeline loads");
        let (a, candidates) = pipeline.analyze_traced(Document::from_text("invented.txt", text));
        let gold: Gold = serde_json::from_str(
            r#"{"file": "x.txt", "entities": [
                {"name": "Zephyr Corp.", "type": "ORG"},
                {"name": "Quantix Inc.", "type": "ORG"},
                {"name": "Keltic Foods", "type": "ORG"}],
              "relations": [{"type": "acquired", "source": "Zephyr Corp.", "target": "Quantix Inc.",
                "evidence": "Zephyr Corp. agreed to buy Quantix Inc. on Monday."}]}"#,
        )
        .expect("gold parses");
        let name_key = |s: &str| names::name_key(&pipeline.language().resolve, s);
        let labelled = label(&name_key, &a, &gold, candidates);
        let by_sentence: Vec<(usize, Option<Option<Label>>)> =
            labelled.iter().map(|(c, l)| (c.sentence, *l)).collect();
        let acquired = Label::of(RelationKind::Acquired, true);
        assert_eq!(
            by_sentence,
            vec![(0, Some(Some(acquired))), (1, None), (2, Some(None))],
            "{labelled:?}"
        );
    }

    #[test]
    fn a_gold_file_s_corpus_is_its_name_before_the_first_hyphen() {
        assert_eq!(corpus_of(Path::new("eval/x/gold/rail-1234.json")), "rail");
        assert_eq!(corpus_of(Path::new("gold/plain.json")), "plain");
        assert_eq!(corpus_of(Path::new("")), "");
    }

    #[test]
    fn held_out_sets_are_never_training_data() {
        assert!(is_held_out(Path::new("eval/meantime-val/gold/a.json")));
        assert!(is_held_out(Path::new("eval/probe-wire/gold/a.json")));
        assert!(!is_held_out(Path::new("eval/meantime-dev/gold/a.json")));
    }

    #[test]
    fn a_marked_set_is_held_out_until_its_marker_goes() {
        let dir = std::env::temp_dir().join(format!("dossier-held-out-{}", std::process::id()));
        let gold = dir.join("fresh-set").join("gold");
        std::fs::create_dir_all(&gold).expect("a temporary gold folder");
        let file = gold.join("a.json");
        assert!(!is_held_out(&file));
        std::fs::write(dir.join("fresh-set").join(HELD_OUT_MARKER), "").expect("the marker file");
        assert!(is_held_out(&file));
        std::fs::remove_dir_all(&dir).expect("the temporary folder removed");
    }
}
