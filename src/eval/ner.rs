//! Scores the tagger on a CoNLL file, conlleval-style (`dossier eval-ner`):
//! entity chunks right when span and type match, overall and per type, and
//! token accuracy.

use std::fmt::Write as _;
use std::time::Instant;

use super::report::Report;
use crate::ner::{ChunkScores, ConllDocument, NerLabel, NerModel, NerTag, conll};

/// The result of `dossier eval-ner`.
#[derive(Clone, Debug, Default)]
pub struct NerReport {
    /// Chunk counts, overall and per type.
    pub scores: ChunkScores,
    /// Seconds spent tagging (features included).
    pub seconds: f64,
}

/// Tags `docs` with `model` and scores the tags against the gold column.
pub fn evaluate(docs: &[ConllDocument], model: &NerModel) -> NerReport {
    let t0 = Instant::now();
    let tags = conll::tag(model, docs);
    let seconds = t0.elapsed().as_secs_f64();
    let mut scores = ChunkScores::default();
    for (d, dt) in docs.iter().zip(&tags) {
        for (s, st) in d.sentences.iter().zip(dt) {
            let pred: Vec<NerTag> = st.iter().map(|(t, _)| *t).collect();
            scores.add(&s.gold, &pred);
        }
    }
    NerReport { scores, seconds }
}

impl Report for NerReport {
    /// conlleval's table: totals, accuracy, then precision, recall and F1 per
    /// type in percent. There are no details to add when `verbose`.
    #[allow(clippy::cast_precision_loss)]
    fn render(&self, _verbose: bool) -> String {
        let s = &self.scores;
        let o = &s.overall;
        let acc = if s.tokens == 0 {
            0.0
        } else {
            100.0 * s.tokens_correct as f64 / s.tokens as f64
        };
        let mut out = String::new();
        let _ = writeln!(
            out,
            "processed {} tokens with {} phrases; found: {} phrases; correct: {}.",
            s.tokens,
            o.gold(),
            o.system(),
            o.tp
        );
        let _ = writeln!(
            out,
            "accuracy: {acc:6.2}%; precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}",
            o.precision_percent(),
            o.recall_percent(),
            o.f1_percent()
        );
        for (l, c) in NerLabel::ALL.iter().zip(&s.per_type) {
            let _ = writeln!(
                out,
                "{:>17}: precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  {}",
                l.name(),
                c.precision_percent(),
                c.recall_percent(),
                c.f1_percent(),
                c.system()
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use NerLabel::*;
    use NerTag::*;

    #[test]
    fn renders_conlleval_figures() {
        let mut scores = ChunkScores::default();
        scores.add(&[B(Per), I(Per), O, B(Loc)], &[B(Per), O, O, B(Loc)]);
        let report = NerReport {
            scores,
            seconds: 0.0,
        }
        .render(false);
        let lines: Vec<&str> = report.lines().collect();
        assert_eq!(
            lines[0],
            "processed 4 tokens with 2 phrases; found: 2 phrases; correct: 1."
        );
        assert_eq!(
            lines[1],
            "accuracy:  75.00%; precision:  50.00%; recall:  50.00%; FB1:  50.00"
        );
        assert_eq!(
            lines[2],
            "              PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  1"
        );
        assert_eq!(
            lines[4],
            "              LOC: precision: 100.00%; recall: 100.00%; FB1: 100.00  1"
        );
    }
}
