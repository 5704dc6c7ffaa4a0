//! The coreference scores of the CoNLL-2012 shared task — MUC (links),
//! B³ (mentions) and CEAF-e (entities, φ4) — and their mean, the CoNLL F1.
//!
//! Both sides partition the same mentions (`key[i]` and `response[i]` are
//! the cluster ids of mention `i`), so no mention is "missing" from one
//! side: a mention the system did not find is its own singleton in the
//! response. The definitions follow Pradhan et al. (2014), "Scoring
//! Coreference Partitions of Predicted Mentions: A Reference
//! Implementation".

use std::collections::HashMap;
use std::hash::Hash;

use crate::model::Counts;

/// Precision, recall and F1 as ratios (CEAF-e's and B³'s numerators are not
/// whole numbers, so these are not [`Counts`]).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
}

impl Prf {
    fn of(num_p: f64, den_p: f64, num_r: f64, den_r: f64) -> Self {
        let ratio = |n: f64, d: f64| if d > 0.0 { n / d } else { 0.0 };
        Self {
            precision: ratio(num_p, den_p),
            recall: ratio(num_r, den_r),
        }
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let sum = self.precision + self.recall;
        if sum > 0.0 {
            2.0 * self.precision * self.recall / sum
        } else {
            0.0
        }
    }
}

impl From<Counts> for Prf {
    fn from(c: Counts) -> Self {
        Self {
            precision: c.precision(),
            recall: c.recall(),
        }
    }
}

/// The three scores and their mean F1.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CorefScores {
    /// MUC: links needed to join each cluster.
    pub muc: Prf,
    /// B³: per-mention overlap of the clusters it is in.
    pub b3: Prf,
    /// CEAF-e: the best one-to-one alignment of clusters, φ4 similarity.
    pub ceafe: Prf,
}

impl CorefScores {
    /// The CoNLL F1: the mean of the three F1s.
    pub fn conll_f1(&self) -> f64 {
        (self.muc.f1() + self.b3.f1() + self.ceafe.f1()) / 3.0
    }
}

/// Scores a response partition against a key partition of the same mentions.
///
/// # Panics
/// Never; mismatched lengths score only the common prefix.
pub fn score<K: Eq + Hash + Clone, R: Eq + Hash + Clone>(key: &[K], response: &[R]) -> CorefScores {
    let n = key.len().min(response.len());
    let key = clusters(&key[..n]);
    let response = clusters(&response[..n]);
    CorefScores {
        muc: muc(&key, &response),
        b3: b3(&key, &response, n),
        ceafe: ceafe(&key, &response),
    }
}

/// Mention indices grouped by cluster id, each group sorted, in order of
/// first mention.
fn clusters<T: Eq + Hash + Clone>(ids: &[T]) -> Vec<Vec<usize>> {
    let mut index: HashMap<T, usize> = HashMap::new();
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (m, id) in ids.iter().enumerate() {
        let c = *index.entry(id.clone()).or_insert_with(|| {
            out.push(Vec::new());
            out.len() - 1
        });
        out[c].push(m);
    }
    out
}

/// Which cluster each mention is in.
fn owner(clusters: &[Vec<usize>], n: usize) -> Vec<usize> {
    let mut of = vec![0; n];
    for (c, members) in clusters.iter().enumerate() {
        for &m in members {
            of[m] = c;
        }
    }
    of
}

/// How many mentions two partitions of the same mentions cover.
fn mention_count(key: &[Vec<usize>], response: &[Vec<usize>]) -> usize {
    key.iter()
        .chain(response)
        .flatten()
        .max()
        .map_or(0, |m| m + 1)
}

/// MUC (Vilain et al. 1995): for each key cluster, its size less the number
/// of response parts it is split into, over its size less one.
fn muc(key: &[Vec<usize>], response: &[Vec<usize>]) -> Prf {
    let n = mention_count(key, response);
    let side = |gold: &[Vec<usize>], other: &[Vec<usize>]| -> (f64, f64) {
        let of = owner(other, n);
        gold.iter().fold((0.0, 0.0), |(num, den), c| {
            let mut parts: Vec<usize> = c.iter().map(|&m| of[m]).collect();
            parts.sort_unstable();
            parts.dedup();
            (
                num + (c.len() - parts.len()) as f64,
                den + (c.len() - 1) as f64,
            )
        })
    };
    let (num_r, den_r) = side(key, response);
    let (num_p, den_p) = side(response, key);
    Prf::of(num_p, den_p, num_r, den_r)
}

/// B³ (Bagga and Baldwin 1998): per mention, the share of its cluster that
/// the other side's cluster also holds, averaged over mentions.
fn b3(key: &[Vec<usize>], response: &[Vec<usize>], n: usize) -> Prf {
    let side = |gold: &[Vec<usize>], other: &[Vec<usize>]| -> f64 {
        let of = owner(other, n);
        gold.iter()
            .map(|c| {
                let mut shared: HashMap<usize, usize> = HashMap::new();
                for &m in c {
                    *shared.entry(of[m]).or_default() += 1;
                }
                shared.values().map(|&k| (k * k) as f64).sum::<f64>() / c.len() as f64
            })
            .sum()
    };
    Prf::of(side(response, key), n as f64, side(key, response), n as f64)
}

/// CEAF-e (Luo 2005) with φ4(K, R) = 2|K ∩ R| / (|K| + |R|): the best
/// one-to-one alignment of key and response clusters, found per connected
/// component of the "shares a mention" graph (clusters that share nothing
/// score 0 together, so components are aligned apart, and are small).
fn ceafe(key: &[Vec<usize>], response: &[Vec<usize>]) -> Prf {
    let n = mention_count(key, response);
    let (key_of, response_of) = (owner(key, n), owner(response, n));
    let mut total = 0.0;
    for (keys, responses) in components(key, response, &key_of, &response_of) {
        let phi: Vec<Vec<f64>> = keys
            .iter()
            .map(|&k| {
                responses
                    .iter()
                    .map(|&r| {
                        let shared = key[k].iter().filter(|&&m| response_of[m] == r).count();
                        2.0 * shared as f64 / (key[k].len() + response[r].len()) as f64
                    })
                    .collect()
            })
            .collect();
        total += best_assignment(&phi);
    }
    Prf::of(total, response.len() as f64, total, key.len() as f64)
}

/// The connected components of key and response clusters, linked when they
/// share a mention: (key clusters, response clusters) of each.
fn components(
    key: &[Vec<usize>],
    response: &[Vec<usize>],
    key_of: &[usize],
    response_of: &[usize],
) -> Vec<(Vec<usize>, Vec<usize>)> {
    let mut seen_key = vec![false; key.len()];
    let mut seen_response = vec![false; response.len()];
    let mut out = Vec::new();
    for start in 0..key.len() {
        if seen_key[start] {
            continue;
        }
        seen_key[start] = true;
        let (mut keys, mut responses) = (vec![start], Vec::new());
        let mut i = 0;
        // Breadth-first over both sides: `keys` grows as responses reach them.
        while i < keys.len() {
            for &m in &key[keys[i]] {
                let r = response_of[m];
                if !seen_response[r] {
                    seen_response[r] = true;
                    responses.push(r);
                    for &m2 in &response[r] {
                        let k = key_of[m2];
                        if !seen_key[k] {
                            seen_key[k] = true;
                            keys.push(k);
                        }
                    }
                }
            }
            i += 1;
        }
        out.push((keys, responses));
    }
    out
}

/// The largest total of a one-to-one assignment of rows to columns
/// (Hungarian algorithm, O(n³) on the padded square matrix).
fn best_assignment(weights: &[Vec<f64>]) -> f64 {
    let rows = weights.len();
    let cols = weights.first().map_or(0, Vec::len);
    let n = rows.max(cols);
    if n == 0 {
        return 0.0;
    }
    // Minimise cost = max − weight on an n×n matrix (padding weighs 0).
    let max = weights.iter().flatten().copied().fold(0.0, f64::max);
    let cost = |i: usize, j: usize| {
        max - weights
            .get(i)
            .and_then(|r| r.get(j))
            .copied()
            .unwrap_or(0.0)
    };
    // Jonker–Volgenant style potentials, 1-based with a virtual column 0.
    let (mut u, mut v) = (vec![0.0; n + 1], vec![0.0; n + 1]);
    let mut row_of = vec![0usize; n + 1];
    let mut way = vec![0usize; n + 1];
    for i in 1..=n {
        row_of[0] = i;
        let mut j0 = 0;
        let mut min_to = vec![f64::INFINITY; n + 1];
        let mut used = vec![false; n + 1];
        loop {
            used[j0] = true;
            let i0 = row_of[j0];
            let (mut delta, mut j1) = (f64::INFINITY, 0);
            for j in 1..=n {
                if !used[j] {
                    let c = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if c < min_to[j] {
                        min_to[j] = c;
                        way[j] = j0;
                    }
                    if min_to[j] < delta {
                        delta = min_to[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=n {
                if used[j] {
                    u[row_of[j]] += delta;
                    v[j] -= delta;
                } else {
                    min_to[j] -= delta;
                }
            }
            j0 = j1;
            if row_of[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            row_of[j0] = row_of[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    (1..=n)
        .filter(|&j| row_of[j] >= 1 && row_of[j] <= rows && j <= cols)
        .map(|j| weights[row_of[j] - 1][j - 1])
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn identical_partitions_score_one() {
        let key = [1, 1, 2, 3, 3, 3];
        let s = score(&key, &key);
        for p in [s.muc, s.b3, s.ceafe] {
            assert!(close(p.precision, 1.0) && close(p.recall, 1.0), "{s:?}");
        }
        assert!(close(s.conll_f1(), 1.0));
    }

    /// The worked example of the reference implementation's paper
    /// (Pradhan et al. 2014, fig. 1 with the response's extra mentions
    /// dropped): key {a b c} {d e f g}, response {a b} {c d} {f g}… here on
    /// the same mentions, with e a singleton in the response.
    #[test]
    fn a_split_and_a_wrong_join_score_as_by_hand() {
        // mentions: a b c d e f g
        let key = ["K1", "K1", "K1", "K2", "K2", "K2", "K2"];
        let response = ["R1", "R1", "R2", "R2", "R3", "R4", "R4"];
        let s = score(&key, &response);
        // MUC recall: (3−2) + (4−3) over 2 + 3 = 2/5; precision: links
        // in the response (1 + 1 + 0 + 1 = 3), of which 2 are right.
        assert!(close(s.muc.recall, 2.0 / 5.0), "{:?}", s.muc);
        assert!(close(s.muc.precision, 2.0 / 3.0), "{:?}", s.muc);
        // B³ recall: a,b: 2/3 each; c: 1/3; d: 1/4; e: 1/4; f,g: 2/4 each.
        let recall = (2.0 / 3.0 * 2.0 + 1.0 / 3.0 + 0.25 + 0.25 + 0.5 * 2.0) / 7.0;
        assert!(close(s.b3.recall, recall), "{:?}", s.b3);
        // B³ precision: a,b: 1; c: 1/2; d: 1/2; e: 1; f,g: 1.
        assert!(close(s.b3.precision, (5.0 + 0.5 + 0.5) / 7.0), "{:?}", s.b3);
        // CEAF-e: K1↔R1 φ = 2·2/5, K2↔R4 φ = 2·2/6; total 0.8 + 2/3.
        let total = 0.8 + 2.0 / 3.0;
        assert!(close(s.ceafe.recall, total / 2.0), "{:?}", s.ceafe);
        assert!(close(s.ceafe.precision, total / 4.0), "{:?}", s.ceafe);
    }

    #[test]
    fn all_singletons_have_no_muc_links_and_full_b3_precision() {
        let key = [1, 1, 1, 2];
        let response = [1, 2, 3, 4];
        let s = score(&key, &response);
        assert!(close(s.muc.recall, 0.0) && close(s.muc.precision, 0.0));
        assert!(close(s.b3.precision, 1.0));
        assert!(close(s.b3.recall, (3.0 * (1.0 / 3.0) + 1.0) / 4.0));
    }

    #[test]
    fn the_assignment_is_the_best_not_the_greedy_one() {
        // Greedy takes 0.9 and is left with 0.1; the best is 0.8 + 0.8.
        let w = vec![vec![0.9, 0.8], vec![0.8, 0.1]];
        assert!(close(best_assignment(&w), 1.6));
        // Rectangular: more columns than rows.
        let w = vec![vec![0.2, 0.5, 0.4]];
        assert!(close(best_assignment(&w), 0.5));
        assert!(close(best_assignment(&[]), 0.0));
    }
}
