//! Span matching shared by the corpus scorers: the rule matches a scorer
//! compares (overlaps settled leftmost-longest), one-to-one pairing of
//! system and gold spans (strict pairs first, then overlapping ones), and
//! strict/relaxed counts of such a pairing.

use super::english::english;
use crate::model::{Counts, EntityKind};

/// Rule matches of `kinds`, overlaps settled leftmost-longest: byte spans.
pub fn leftmost_longest(text: &str, kinds: &[EntityKind]) -> Vec<(usize, usize, EntityKind)> {
    let mut matches: Vec<_> = english()
        .map(|e| e.rules.find(text))
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

/// One-to-one pairing of system and gold spans: strict (equal) pairs first,
/// then overlapping ones, each in text order. Returns `(system, gold)` index
/// pairs and whether the pair is exact.
pub fn pair_spans(system: &[(usize, usize)], gold: &[(usize, usize)]) -> Vec<(usize, usize, bool)> {
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

/// Strict (same span) and relaxed (overlapping span) counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpanCounts {
    /// Same span.
    pub strict: Counts,
    /// Overlapping span.
    pub relaxed: Counts,
}

impl SpanCounts {
    /// Adds the pairs of [`pair_spans`] among `system` and `gold` spans.
    pub fn add_pairs(&mut self, pairs: &[(usize, usize, bool)], system: usize, gold: usize) {
        let strict = pairs.iter().filter(|p| p.2).count();
        self.strict.add(Counts::matched(strict, system, gold));
        self.relaxed.add(Counts::matched(pairs.len(), system, gold));
    }
}

/// `P 0.912  R 0.880  F1 0.896  (system 52/57, gold 52/59)`.
pub fn counts_line(c: &Counts) -> String {
    format!(
        "P {:.3}  R {:.3}  F1 {:.3}  (system {}/{}, gold {}/{})",
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp,
        c.system(),
        c.tp,
        c.gold()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_strict_before_relaxed() {
        let pairs = pair_spans(&[(0, 5), (10, 20)], &[(0, 5), (12, 14), (30, 31)]);
        assert_eq!(pairs, vec![(0, 0, true), (1, 1, false)]);
        assert!(pair_spans(&[(0, 3)], &[(3, 6)]).is_empty());
    }

    #[test]
    fn counts_strict_and_relaxed_pairs() {
        let mut c = SpanCounts::default();
        c.add_pairs(&[(0, 0, true), (1, 1, false)], 3, 2);
        assert_eq!(c.strict, Counts::matched(1, 3, 2));
        assert_eq!(c.relaxed, Counts::matched(2, 3, 2));
        assert_eq!(
            counts_line(&c.relaxed),
            "P 0.667  R 1.000  F1 0.800  (system 2/3, gold 2/2)"
        );
    }
}
