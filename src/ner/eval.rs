//! conlleval-style entity scoring: exact span and type match.

use std::fmt;

use super::{NerLabel, NerTag};

/// Precision, recall and F1 for one entity type (or all).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TypeScore {
    /// Entities in the gold standard.
    pub gold: usize,
    /// Entities predicted.
    pub predicted: usize,
    /// Predicted entities with the same span and type as a gold one.
    pub correct: usize,
}

impl TypeScore {
    /// Precision in percent.
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            0.0
        } else {
            100.0 * self.correct as f64 / self.predicted as f64
        }
    }

    /// Recall in percent.
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            100.0 * self.correct as f64 / self.gold as f64
        }
    }

    /// F1 in percent.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Scores over a whole file.
#[derive(Clone, Debug, Default)]
pub struct EvalReport {
    /// All types together.
    pub overall: TypeScore,
    /// PER, ORG, LOC, MISC in that order.
    pub per_type: [TypeScore; 4],
    /// Tokens scored.
    pub tokens: usize,
    /// Tokens whose tag is right.
    pub tokens_correct: usize,
}

/// Entity chunks `(start, end, label)` of a tag sequence, conlleval-style
/// (an `I-X` that does not continue an `X` starts a new chunk).
pub fn chunks(tags: &[NerTag]) -> Vec<(usize, usize, NerLabel)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, NerLabel)> = None;
    for (i, t) in tags.iter().enumerate() {
        let continues = matches!((t, open), (NerTag::I(l), Some((_, o))) if *l == o);
        if !continues {
            if let Some((s, l)) = open.take() {
                out.push((s, i, l));
            }
            if let Some(l) = t.label() {
                open = Some((i, l));
            }
        }
    }
    if let Some((s, l)) = open {
        out.push((s, tags.len(), l));
    }
    out
}

impl EvalReport {
    /// Adds one sentence.
    pub fn add(&mut self, gold: &[NerTag], pred: &[NerTag]) {
        self.tokens += gold.len();
        self.tokens_correct += gold.iter().zip(pred).filter(|(g, p)| g == p).count();
        let g = chunks(gold);
        let p = chunks(pred);
        for &(_, _, l) in &g {
            self.overall.gold += 1;
            self.per_type[l.index()].gold += 1;
        }
        for c in &p {
            self.overall.predicted += 1;
            self.per_type[c.2.index()].predicted += 1;
            if g.contains(c) {
                self.overall.correct += 1;
                self.per_type[c.2.index()].correct += 1;
            }
        }
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let o = &self.overall;
        let acc = if self.tokens == 0 {
            0.0
        } else {
            100.0 * self.tokens_correct as f64 / self.tokens as f64
        };
        writeln!(
            f,
            "processed {} tokens with {} phrases; found: {} phrases; correct: {}.",
            self.tokens, o.gold, o.predicted, o.correct
        )?;
        writeln!(
            f,
            "accuracy: {acc:6.2}%; precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}",
            o.precision(),
            o.recall(),
            o.f1()
        )?;
        for (l, s) in NerLabel::ALL.iter().zip(&self.per_type) {
            writeln!(
                f,
                "{:>17}: precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  {}",
                l.name(),
                s.precision(),
                s.recall(),
                s.f1(),
                s.predicted
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use NerLabel::*;
    use NerTag::*;

    #[test]
    fn chunking_follows_conlleval() {
        let tags = [B(Per), I(Per), O, I(Loc), I(Org), B(Org), I(Org)];
        assert_eq!(
            chunks(&tags),
            vec![(0, 2, Per), (3, 4, Loc), (4, 5, Org), (5, 7, Org)]
        );
    }

    #[test]
    fn partial_matches_count_as_errors() {
        let mut r = EvalReport::default();
        r.add(&[B(Per), I(Per), O, B(Loc)], &[B(Per), O, O, B(Loc)]);
        assert_eq!(
            r.overall,
            TypeScore {
                gold: 2,
                predicted: 2,
                correct: 1
            }
        );
        assert_eq!(r.per_type[2].correct, 1);
        assert!((r.overall.f1() - 50.0).abs() < 1e-9);
    }
}
