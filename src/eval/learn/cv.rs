//! Cross-validation of the learned relation step: the whole pipeline
//! (rules + a model trained on the other documents) against the rules
//! alone, on held-apart documents of the training gold — leaving one set
//! out, and in folds by document. Every threshold of a grid is scored from
//! one run per test document: learned relations below it are dropped.

use std::fmt::Write as _;

use super::Doc;
use crate::eval::gold::score_with;
use crate::model::{Analysis, Counts, Provenance};
use crate::pipeline::relate::learned::{TrainOptions, train};
use crate::pipeline::{Pipeline, names};

/// Relation counts of one split: the rules alone, and rules + model at
/// each threshold of the grid; money figures with both parties right.
#[derive(Debug, Clone)]
pub struct Split {
    /// What was held apart.
    pub name: String,
    /// The rules alone.
    pub rules: Counts,
    /// Money parties right / all, rules alone.
    pub rules_parties: (usize, usize),
    /// `(threshold, relations, parties)` with the model.
    pub model: Vec<(f32, Counts, (usize, usize))>,
}

impl Split {
    /// A split with nothing counted yet, one model row per threshold of `grid`.
    fn new(name: String, grid: &[f32]) -> Self {
        Self {
            name,
            rules: Counts::default(),
            rules_parties: (0, 0),
            model: grid
                .iter()
                .map(|&t| (t, Counts::default(), (0, 0)))
                .collect(),
        }
    }

    /// Adds another split's counts to this one's (the same grid).
    fn absorb(&mut self, other: &Split) {
        self.rules.add(other.rules);
        self.rules_parties.0 += other.rules_parties.0;
        self.rules_parties.1 += other.rules_parties.1;
        for (acc, x) in self.model.iter_mut().zip(&other.model) {
            acc.1.add(x.1);
            acc.2.0 += x.2.0;
            acc.2.1 += x.2.1;
        }
    }

    /// The rules + model counts at threshold `t` (the nearest of the grid).
    pub fn at(&self, t: f32) -> Option<&(f32, Counts, (usize, usize))> {
        self.model
            .iter()
            .min_by(|a, b| (a.0 - t).abs().total_cmp(&(b.0 - t).abs()))
    }
}

/// How to train and score: the training settings, the thresholds to try,
/// and whether to print every learned relation of the test documents.
#[derive(Clone, Copy, Debug)]
pub struct Settings<'a> {
    /// Training settings.
    pub opts: &'a TrainOptions,
    /// Thresholds to score.
    pub grid: &'a [f32],
    /// Print each learned relation (dev sets only).
    pub explain: bool,
}

/// Runs one split: trains on `train`, scores `test`; with `explain`, prints
/// every learned relation of the test documents (with its confidence,
/// whether the gold has it, and its sentence) to stderr.
pub fn run_split(
    pipeline: &mut Pipeline,
    docs: &[Doc],
    name: String,
    (train_on, test): (&[usize], &[usize]),
    how: &Settings<'_>,
) -> Split {
    let Settings {
        opts,
        grid,
        explain,
    } = *how;
    let examples: Vec<_> = train_on.iter().flat_map(|&d| docs[d].training()).collect();
    let low = grid.iter().copied().fold(f32::INFINITY, f32::min);
    let mut model = train(&examples, opts);
    model.threshold = low;
    let saved = pipeline.relation_model().cloned();
    pipeline.set_relation_model(Some(model));
    let mut split = Split::new(name, grid);
    for &d in test {
        let doc = &docs[d];
        let name_key = |s: &str| names::name_key(&pipeline.language().resolve, s);
        let r = score_with(&name_key, &doc.rules, &doc.gold);
        split.rules.add(r.relations);
        split.rules_parties.0 += r.parties.0;
        split.rules_parties.1 += r.parties.1;
        let full = pipeline.analyze(doc.document.clone());
        if explain {
            // Not in the gold (stated or implicit): the scorer lists it as
            // an extra relation. In the gold may mean found by the rules too.
            let notes = score_with(&name_key, &full, &doc.gold).notes;
            for r in full
                .relations
                .iter()
                .filter(|r| r.provenance == Provenance::Model)
            {
                let said = format!(
                    "{} {} {}",
                    full.entity_name(r.source),
                    r.kind.name(),
                    full.entity_name(r.target)
                );
                let extra = format!("extra relation {said}");
                let verdict = if notes.contains(&extra) {
                    "not in gold"
                } else {
                    "in gold"
                };
                eprintln!(
                    "{} | {said} | {:.2} {verdict} | {}",
                    doc.path.display(),
                    r.confidence,
                    r.evidence.slice(&full.document.text)
                );
            }
        }
        for (t, counts, parties) in &mut split.model {
            let a = above(&full, *t);
            let s = score_with(&name_key, &a, &doc.gold);
            counts.add(s.relations);
            parties.0 += s.parties.0;
            parties.1 += s.parties.1;
        }
    }
    pipeline.set_relation_model(saved);
    split
}

/// The analysis without the learned relations below threshold `t`.
fn above(a: &Analysis, t: f32) -> Analysis {
    let mut a = a.clone();
    a.relations
        .retain(|r| r.provenance != Provenance::Model || r.confidence >= t);
    a
}

/// Leave-one-set-out splits (when there are two sets or more), then
/// `folds`-fold by document (documents sorted by path, dealt in turn; none
/// when `folds` is 0).
pub fn cross_validate(
    pipeline: &mut Pipeline,
    docs: &[Doc],
    folds: usize,
    how: &Settings<'_>,
) -> Vec<Split> {
    let mut sets: Vec<&str> = docs.iter().map(|d| d.set.as_str()).collect();
    sets.sort_unstable();
    sets.dedup();
    let mut out = Vec::new();
    if sets.len() > 1 {
        for set in &sets {
            let (test, train_on): (Vec<usize>, Vec<usize>) =
                (0..docs.len()).partition(|&d| docs[d].set == *set);
            out.push(run_split(
                pipeline,
                docs,
                format!("test on {set}, train on the rest"),
                (&train_on, &test),
                how,
            ));
        }
    }
    if folds == 0 {
        return out;
    }
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by(|&a, &b| docs[a].path.cmp(&docs[b].path));
    let mut all = Split::new(format!("{folds}-fold by document"), how.grid);
    for f in 0..folds {
        let (test, train_on): (Vec<usize>, Vec<usize>) =
            (0..order.len()).partition(|&k| k % folds == f);
        let test: Vec<usize> = test.into_iter().map(|k| order[k]).collect();
        let train_on: Vec<usize> = train_on.into_iter().map(|k| order[k]).collect();
        let s = run_split(pipeline, docs, String::new(), (&train_on, &test), how);
        all.absorb(&s);
    }
    out.push(all);
    out
}

/// The relations the model added at each threshold of the grid, pooled
/// over the leave-one-set-out splits (every split but a trailing one by
/// document): `(threshold, right, wrong)`, right and wrong counted as the
/// change in true and false positives over the rules alone.
pub fn added(splits: &[Split]) -> Vec<(f32, usize, usize)> {
    let by_set: Vec<&Split> = splits
        .iter()
        .filter(|s| s.name.starts_with("test on "))
        .collect();
    let Some(first) = by_set.first() else {
        return Vec::new();
    };
    (0..first.model.len())
        .map(|k| {
            let (mut right, mut wrong) = (0, 0);
            for s in &by_set {
                let c = s.model[k].1;
                right += c.tp.saturating_sub(s.rules.tp);
                wrong += c.fp.saturating_sub(s.rules.fp);
            }
            (first.model[k].0, right, wrong)
        })
        .collect()
}

/// The threshold rule: the lowest threshold of the grid whose added
/// relations were at least `min_precision` right, pooled over the
/// leave-one-set-out splits. Adding relations at precision p raises F1
/// whenever p exceeds half the F1, so on news the rules were not written
/// from (F1 about 0.5) a modest precision already pays.
pub fn precision_threshold(splits: &[Split], min_precision: f32) -> Option<f32> {
    added(splits)
        .into_iter()
        .filter(|&(_, right, wrong)| {
            right + wrong > 0 && right as f32 >= min_precision * (right + wrong) as f32
        })
        .map(|(t, _, _)| t)
        .reduce(f32::min)
}

fn prf(c: &Counts) -> String {
    format!(
        "P {:.3} R {:.3} F1 {:.3} (tp {}, fp {}, fn {})",
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp,
        c.fp,
        c.fn_
    )
}

fn pct(p: (usize, usize)) -> String {
    format!("{}/{}", p.0, p.1)
}

/// The report: per split, the rules alone and rules + model at every
/// threshold, the chosen one marked.
pub fn render(splits: &[Split], chosen: f32) -> String {
    let mut out = String::new();
    for s in splits {
        writeln!(out, "{}", s.name).ok();
        writeln!(
            out,
            "  rules alone          relations {}  parties {}",
            prf(&s.rules),
            pct(s.rules_parties)
        )
        .ok();
        for (t, c, p) in &s.model {
            let mark = if (t - chosen).abs() < 1e-6 { "*" } else { " " };
            writeln!(
                out,
                "  rules+model t={t:.2}{mark}  relations {}  parties {}",
                prf(c),
                pct(*p)
            )
            .ok();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(tp: usize, fp: usize) -> Counts {
        Counts { tp, fp, fn_: 10 }
    }

    /// A split left out by set: the rules alone at 5 right / 1 wrong, and
    /// the model's counts at thresholds 0.2, 0.5 and 0.8.
    fn split(name: &str, model: [(usize, usize); 3]) -> Split {
        let mut s = Split::new(name.to_owned(), &[0.2, 0.5, 0.8]);
        s.rules = counts(5, 1);
        for (row, (tp, fp)) in s.model.iter_mut().zip(model) {
            row.1 = counts(tp, fp);
        }
        s
    }

    #[test]
    fn the_threshold_is_the_lowest_whose_added_relations_were_right_often_enough() {
        let splits = vec![
            split("test on a, train on the rest", [(8, 9), (7, 3), (5, 1)]),
            split("test on b, train on the rest", [(6, 6), (6, 2), (6, 1)]),
            // The folds by document are not pooled.
            split("4-fold by document", [(50, 1), (5, 1), (5, 1)]),
        ];
        assert_eq!(added(&splits), vec![(0.2, 4, 13), (0.5, 3, 3), (0.8, 1, 0)]);
        assert_eq!(precision_threshold(&splits, 0.35), Some(0.5));
        assert_eq!(precision_threshold(&splits, 0.2), Some(0.2));
        assert_eq!(precision_threshold(&splits, 1.1), None);
        assert_eq!(precision_threshold(&splits[2..], 0.35), None);
    }
}
