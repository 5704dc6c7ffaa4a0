//! The `eval-corpus` report: the three systems' MUC, B³, CEAF-e and CoNLL
//! F1, the pairing of gold mentions, and (verbose) every split and join.

use std::fmt::Write as _;

use super::metrics::{CorefScores, Prf};
use crate::eval::Report;
use crate::eval::srl::write_details;

/// What `eval-corpus` measured.
#[derive(Clone, Debug, Default)]
pub struct CorefReport {
    /// Documents scored.
    pub documents: usize,
    /// Reserved held-out documents left out.
    pub reserved_skipped: usize,
    /// Gold named mentions.
    pub gold_mentions: usize,
    /// Gold real-world instances among them.
    pub gold_entities: usize,
    /// Gold mentions paired with a system name.
    pub paired: usize,
    /// Named corpus entities the linker made (over every system name, not
    /// only the paired ones).
    pub corpus_entities: usize,
    /// Gold mentions no system name overlaps: (document, text).
    pub missed: Vec<(String, String)>,
    /// The baseline: same mention text, same entity.
    pub exact: CorefScores,
    /// Each article's own entities, nothing joined across articles.
    pub per_article: CorefScores,
    /// Each article's own entities, joined across articles when their
    /// names are identical.
    pub exact_entities: CorefScores,
    /// The cross-document linker.
    pub corpus: CorefScores,
    /// Splits and joins of the corpus system, one a line.
    pub details: Vec<String>,
}

fn cells(p: Prf) -> String {
    format!("{:.3} / {:.3} / {:.3}", p.precision, p.recall, p.f1())
}

impl Report for CorefReport {
    fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} documents ({} reserved left out), {} gold named mentions of {} instances; \
             {} paired with a system name ({:.1}%); {} named corpus entities",
            self.documents,
            self.reserved_skipped,
            self.gold_mentions,
            self.gold_entities,
            self.paired,
            100.0 * self.paired as f64 / self.gold_mentions.max(1) as f64,
            self.corpus_entities,
        );
        let _ = writeln!(
            out,
            "{:<22} {:<23} {:<23} {:<23} CoNLL F1",
            "system", "MUC P / R / F1", "B3 P / R / F1", "CEAF-e P / R / F1"
        );
        for (name, s) in [
            ("exact mention text", &self.exact),
            ("per article", &self.per_article),
            ("per article + exact", &self.exact_entities),
            ("corpus", &self.corpus),
        ] {
            let _ = writeln!(
                out,
                "{:<22} {:<23} {:<23} {:<23} {:.3}",
                name,
                cells(s.muc),
                cells(s.b3),
                cells(s.ceafe),
                s.conll_f1()
            );
        }
        let _ = writeln!(
            out,
            "corpus − baseline: {:+.1} points CoNLL F1",
            100.0 * (self.corpus.conll_f1() - self.exact.conll_f1())
        );
        if verbose {
            let mut lines = self.details.clone();
            lines.extend(
                self.missed
                    .iter()
                    .map(|(doc, text)| format!("missed {text} ({doc})")),
            );
            write_details(&mut out, &lines);
        }
        out
    }
}
