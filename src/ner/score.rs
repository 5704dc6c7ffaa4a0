//! How a tag sequence scores against the gold, conlleval-style: entity
//! chunks counted right when span and type match. Training picks its epochs
//! by these counts; `crate::eval::ner` prints them as conlleval does.

use super::{NerLabel, NerTag};
use crate::model::Counts;

/// Chunk counts over a whole file, overall and per type, and token accuracy.
#[derive(Clone, Debug, Default)]
pub struct ChunkScores {
    /// All types together.
    pub overall: Counts,
    /// PER, ORG, LOC, MISC in that order.
    pub per_type: [Counts; 4],
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

impl ChunkScores {
    /// Adds one sentence.
    pub fn add(&mut self, gold: &[NerTag], pred: &[NerTag]) {
        self.tokens += gold.len();
        self.tokens_correct += gold.iter().zip(pred).filter(|(g, p)| g == p).count();
        let g = chunks(gold);
        let p = chunks(pred);
        // (gold, predicted, correct) per type.
        let mut n = [(0, 0, 0); 4];
        for &(_, _, l) in &g {
            n[l.index()].0 += 1;
        }
        for c in &p {
            n[c.2.index()].1 += 1;
            if g.contains(c) {
                n[c.2.index()].2 += 1;
            }
        }
        for (counts, &(gold, predicted, correct)) in self.per_type.iter_mut().zip(&n) {
            let c = Counts::matched(correct, predicted, gold);
            counts.add(c);
            self.overall.add(c);
        }
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
        let mut r = ChunkScores::default();
        r.add(&[B(Per), I(Per), O, B(Loc)], &[B(Per), O, O, B(Loc)]);
        assert_eq!(r.overall, Counts::matched(1, 2, 2));
        assert_eq!(r.per_type[2].tp, 1);
        assert!((r.overall.f1_percent() - 50.0).abs() < 1e-9);
        assert_eq!((r.tokens, r.tokens_correct), (4, 3));
    }
}
