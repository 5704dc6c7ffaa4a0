//! The arc-eager transition system with the root at the end of the buffer
//! (Ballesteros & Nivre 2013, "Going to the roots of dependency parsing"),
//! its moves, and the dynamic oracle of Goldberg & Nivre (2012), "A
//! dynamic oracle for arc-eager dependency parsing": the cost of a move is
//! the number of gold arcs it makes unreachable.
//!
//! Words are `0..n`; the root is `n`, the last item of the buffer. Once
//! the buffer holds the root alone, the moves are forced: a word with a
//! head is reduced, one without is attached to the root.

use std::ops::Range;

use super::labels::{Label, NL};

/// No word.
pub(crate) const NONE: usize = usize::MAX;

/// Number of moves: shift, reduce, then a left and a right arc per label.
pub(crate) const NM: usize = 2 + 2 * NL;
/// Move: push the buffer's front onto the stack.
pub(crate) const SHIFT: usize = 0;
/// Move: pop the stack (its top has a head).
pub(crate) const REDUCE: usize = 1;

/// The left-arc move of label `l`: the buffer front becomes the head of the stack top, which is popped.
pub(crate) fn left(l: usize) -> usize {
    2 + l
}

/// The right-arc move of label `l`: the stack top becomes the head of the buffer front, which is pushed.
pub(crate) fn right(l: usize) -> usize {
    2 + NL + l
}

/// A parser configuration.
#[derive(Clone, Debug)]
pub(crate) struct State {
    /// Number of words.
    pub(crate) n: usize,
    stack: Vec<usize>,
    /// The buffer's front (`n`: the root alone is left).
    b: usize,
    /// Per word and the root: head (`NONE` when none yet), label, two
    /// leftmost and two rightmost children, child counts, label sets.
    heads: Vec<usize>,
    labels: Vec<u8>,
    l1: Vec<usize>,
    l2: Vec<usize>,
    r1: Vec<usize>,
    r2: Vec<usize>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

impl State {
    /// The start configuration of an `n`-word sentence.
    pub(crate) fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            heads: vec![NONE; n + 1],
            labels: vec![NL as u8; n + 1],
            l1: vec![NONE; n + 1],
            l2: vec![NONE; n + 1],
            r1: vec![NONE; n + 1],
            r2: vec![NONE; n + 1],
            nl: vec![0; n + 1],
            nr: vec![0; n + 1],
            lset: vec![0; n + 1],
            rset: vec![0; n + 1],
        }
    }

    /// Whether parsing is over.
    pub(crate) fn is_final(&self) -> bool {
        self.b >= self.n && self.stack.is_empty()
    }

    /// The stack top.
    pub(crate) fn s0(&self) -> usize {
        self.stack.last().copied().unwrap_or(NONE)
    }

    /// The word under the stack top.
    pub(crate) fn s1(&self) -> usize {
        self.stack
            .len()
            .checked_sub(2)
            .map_or(NONE, |i| self.stack[i])
    }

    /// The buffer front (`n` for the root).
    pub(crate) fn n0(&self) -> usize {
        self.b
    }

    /// Stack depth.
    pub(crate) fn stack_len(&self) -> usize {
        self.stack.len()
    }

    fn get<T: Copy>(v: &[T], i: usize, none: T) -> T {
        v.get(i).copied().unwrap_or(none)
    }

    /// Head of `i` so far.
    pub(crate) fn head_of(&self, i: usize) -> usize {
        Self::get(&self.heads, i, NONE)
    }
    /// Label of `i` (`NL` without a head), as a feature value.
    pub(crate) fn label_of(&self, i: usize) -> u64 {
        u64::from(Self::get(&self.labels, i, NL as u8))
    }
    /// Leftmost child.
    pub(crate) fn l1(&self, i: usize) -> usize {
        Self::get(&self.l1, i, NONE)
    }
    /// Second leftmost child.
    pub(crate) fn l2(&self, i: usize) -> usize {
        Self::get(&self.l2, i, NONE)
    }
    /// Rightmost child.
    pub(crate) fn r1(&self, i: usize) -> usize {
        Self::get(&self.r1, i, NONE)
    }
    /// Second rightmost child.
    pub(crate) fn r2(&self, i: usize) -> usize {
        Self::get(&self.r2, i, NONE)
    }
    /// Number of left children.
    pub(crate) fn nl(&self, i: usize) -> u64 {
        u64::from(Self::get(&self.nl, i, 0))
    }
    /// Number of right children.
    pub(crate) fn nr(&self, i: usize) -> u64 {
        u64::from(Self::get(&self.nr, i, 0))
    }
    /// Labels of the left children, as a bit set.
    pub(crate) fn lset(&self, i: usize) -> u64 {
        Self::get(&self.lset, i, 0)
    }
    /// Labels of the right children, as a bit set.
    pub(crate) fn rset(&self, i: usize) -> u64 {
        Self::get(&self.rset, i, 0)
    }

    /// The move when there is no choice: a shift when the stack is empty;
    /// once only the root is left in the buffer, a reduce for a word with a
    /// head and a root attachment for one without. `None` when the
    /// parser must choose, or parsing is over.
    pub(crate) fn forced(&self) -> Option<usize> {
        let Some(&s0) = self.stack.last() else {
            return (self.b < self.n).then_some(SHIFT);
        };
        (self.b >= self.n).then(|| {
            if self.heads[s0] == NONE {
                left(Label::ROOT.index())
            } else {
                REDUCE
            }
        })
    }

    /// Whether move `m` can be made.
    pub(crate) fn valid(&self, m: usize) -> bool {
        let has_s0 = !self.stack.is_empty();
        let root = Label::ROOT.index();
        match m {
            SHIFT => self.b < self.n,
            REDUCE => has_s0 && self.heads[self.s0()] != NONE,
            _ if m < 2 + NL => {
                has_s0 && self.heads[self.s0()] == NONE && ((self.b >= self.n) == (m - 2 == root))
            }
            _ => has_s0 && self.b < self.n && m - 2 - NL != root && m < NM,
        }
    }

    /// A range of moves [`State::valid`] refuses when the parser must
    /// choose ([`State::forced`] is `None`), whose scores need not be
    /// summed: every left arc when the stack top has a head, and the
    /// root's right arc.
    pub(crate) fn masked(&self) -> Range<usize> {
        let root = right(Label::ROOT.index());
        if self.heads.get(self.s0()).is_some_and(|&h| h != NONE) {
            // The root's right arc follows the left arcs when the root is the first label.
            left(0)..if root == right(0) { root + 1 } else { right(0) }
        } else {
            root..root + 1
        }
    }

    /// Sets the score of every move [`State::valid`] refuses to `i32::MIN`
    /// (`scores` holds one per move), the checks made once per kind of
    /// move, not per move: a kind refused whole is filled, the root's arc
    /// set alone.
    pub(crate) fn mask_invalid(&self, scores: &mut [i32]) {
        let has_s0 = !self.stack.is_empty();
        let headless = has_s0 && self.heads.get(self.s0()) == Some(&NONE);
        let buffer = self.b < self.n;
        let root = Label::ROOT.index();
        let (moves, arcs) = scores.split_at_mut(2.min(scores.len()));
        let (lefts, rights) = arcs.split_at_mut(NL.min(arcs.len()));
        let invalid = |a: &mut i32, ok: bool| {
            if !ok {
                *a = i32::MIN;
            }
        };
        if let [shift, reduce, ..] = moves {
            invalid(shift, buffer);
            invalid(reduce, has_s0 && !headless);
        }
        // A left arc: from a top without a head, of the root's label
        // exactly when only the root is left in the buffer.
        if !headless {
            lefts.fill(i32::MIN);
        } else if buffer {
            lefts.get_mut(root).into_iter().for_each(|a| *a = i32::MIN);
        } else {
            for (l, a) in lefts.iter_mut().enumerate() {
                invalid(a, l == root);
            }
        }
        // A right arc: from a top to a word of the buffer, never the root's label.
        let (rights, beyond) = rights.split_at_mut(NL.min(rights.len()));
        if has_s0 && buffer {
            rights.get_mut(root).into_iter().for_each(|a| *a = i32::MIN);
        } else {
            rights.fill(i32::MIN);
        }
        beyond.fill(i32::MIN);
    }

    fn attach(&mut self, h: usize, d: usize, l: usize) {
        self.heads[d] = h;
        self.labels[d] = l as u8;
        let bit = 1u64 << l;
        if d < h {
            self.nl[h] = self.nl[h].saturating_add(1);
            self.lset[h] |= bit;
            if self.l1[h] == NONE || d < self.l1[h] {
                self.l2[h] = self.l1[h];
                self.l1[h] = d;
            } else if self.l2[h] == NONE || d < self.l2[h] {
                self.l2[h] = d;
            }
        } else {
            self.nr[h] = self.nr[h].saturating_add(1);
            self.rset[h] |= bit;
            if self.r1[h] == NONE || d > self.r1[h] {
                self.r2[h] = self.r1[h];
                self.r1[h] = d;
            } else if self.r2[h] == NONE || d > self.r2[h] {
                self.r2[h] = d;
            }
        }
    }

    /// Makes move `m` (which must be valid).
    pub(crate) fn apply(&mut self, m: usize) {
        match m {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            REDUCE => {
                self.stack.pop();
            }
            _ if m < 2 + NL => {
                if let Some(s0) = self.stack.pop() {
                    self.attach(self.b, s0, m - 2);
                }
            }
            _ => {
                let s0 = self.s0();
                self.attach(s0, self.b, m - 2 - NL);
                self.stack.push(self.b);
                self.b += 1;
            }
        }
    }

    /// The finished tree: per word, head (`None` for the root) and label.
    /// A word left without a head, or a second word attached to the root,
    /// hangs from the first root word as `dep`.
    pub(crate) fn tree(&self) -> Vec<(Option<usize>, Label)> {
        let n = self.n;
        let first_root = (0..n).find(|&i| self.heads[i] == n || self.heads[i] == NONE);
        (0..n)
            .map(|i| {
                let h = self.heads[i];
                if Some(i) == first_root {
                    (None, Label::ROOT)
                } else if h == n || h == NONE {
                    (first_root, Label::DEP)
                } else {
                    let l = Label(self.labels[i]);
                    (Some(h), if l == Label::ROOT { Label::DEP } else { l })
                }
            })
            .collect()
    }

    /// The cost of every move under gold heads `gh` (`n` for the root) and
    /// labels `gl`: how many gold arcs it makes unreachable (`u32::MAX`
    /// when invalid).
    pub(crate) fn costs(&self, gh: &[usize], gl: &[Label], out: &mut [u32; NM]) {
        out.fill(u32::MAX);
        let (n, b) = (self.n, self.b);
        let s0 = self.s0();
        // Stack words still without a head whose gold head is `b`.
        let deps_of_b_on_stack = || {
            self.stack
                .iter()
                .filter(|&&k| self.heads[k] == NONE && gh[k] == b)
                .count() as u32
        };
        if self.valid(SHIFT) {
            let head_on_stack = self.stack.iter().filter(|&&k| gh[b] == k).count() as u32;
            out[SHIFT] = deps_of_b_on_stack() + head_on_stack;
        }
        if self.valid(REDUCE) {
            out[REDUCE] = (b..n).filter(|&k| gh[k] == s0).count() as u32;
        }
        if s0 != NONE && self.heads[s0] == NONE {
            let lost = (b..n).filter(|&k| gh[k] == s0).count() as u32
                + u32::from(gh[s0] > b && gh[s0] <= n);
            for l in 0..NL {
                if self.valid(left(l)) {
                    let wrong = u32::from(gh[s0] == b && gl.get(s0) != Some(&Label(l as u8)));
                    out[left(l)] = lost + wrong;
                }
            }
        }
        if s0 != NONE && b < n {
            let head_elsewhere = self
                .stack
                .iter()
                .filter(|&&k| k != s0 && gh[b] == k)
                .count() as u32
                + u32::from(gh[b] > b && gh[b] <= n);
            let lost = head_elsewhere + deps_of_b_on_stack();
            for l in 0..NL {
                if self.valid(right(l)) {
                    let wrong = u32::from(gh[b] == s0 && gl.get(b) != Some(&Label(l as u8)));
                    out[right(l)] = lost + wrong;
                }
            }
        }
    }
}

/// Gold heads for [`State::costs`]: the root word's head is `n`.
pub(crate) fn gold_heads(heads: &[Option<usize>]) -> Vec<usize> {
    let n = heads.len();
    heads.iter().map(|h| h.unwrap_or(n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::conllu::parse_conllu;

    /// Follows zero-cost moves only: for a projective tree the oracle
    /// must rebuild it exactly.
    fn oracle_tree(heads: &[Option<usize>], labels: &[Label]) -> Vec<(Option<usize>, Label)> {
        let gh = gold_heads(heads);
        let mut s = State::new(heads.len());
        let mut c = [0u32; NM];
        let mut steps = 0;
        while !s.is_final() {
            let mut scores = [0i32; NM];
            s.mask_invalid(&mut scores);
            for (m, &v) in scores.iter().enumerate() {
                assert_eq!(v != i32::MIN, s.valid(m), "move {m}");
            }
            s.costs(&gh, labels, &mut c);
            let m = (0..NM).find(|&m| c[m] == 0).expect("a zero-cost move");
            if let Some(f) = s.forced() {
                assert_eq!(c[f], 0);
            } else {
                assert!(s.masked().all(|m| !s.valid(m)), "{:?}", s.masked());
            }
            s.apply(m);
            steps += 1;
            assert!(steps <= 2 * heads.len() + 2);
        }
        s.tree()
    }

    #[test]
    fn oracle_reproduces_gold_trees() {
        let text = "1\tQuistrel\t_\t_\tNNP\t_\t2\tcompound\t_\t_\n\
2\tPartners\t_\t_\tNNPS\t_\t3\tnsubj\t_\t_\n\
3\tsold\t_\t_\tVBD\t_\t0\tROOT\t_\t_\n\
4\tits\t_\t_\tPRP$\t_\t5\tposs\t_\t_\n\
5\tstake\t_\t_\tNN\t_\t3\tdobj\t_\t_\n\
6\tin\t_\t_\tIN\t_\t5\tprep\t_\t_\n\
7\tZelwick\t_\t_\tNNP\t_\t6\tpobj\t_\t_\n\
8\tto\t_\t_\tIN\t_\t3\tprep\t_\t_\n\
9\tTarnholt\t_\t_\tNNP\t_\t8\tpobj\t_\t_\n\
10\t.\t_\t_\t.\t_\t3\tpunct\t_\t_\n\
\n\
1\tYes\t_\t_\tUH\t_\t0\tROOT\t_\t_\n\
\n\
1\tShares\t_\t_\tNNS\t_\t2\tnsubj\t_\t_\n\
2\tfell\t_\t_\tVBD\t_\t0\tROOT\t_\t_\n\
3\tbut\t_\t_\tCC\t_\t2\tcc\t_\t_\n\
4\tbonds\t_\t_\tNNS\t_\t5\tnsubj\t_\t_\n\
5\trose\t_\t_\tVBD\t_\t2\tconj\t_\t_\n\n";
        for s in parse_conllu(text).expect("test data") {
            assert!(s.is_projective_tree());
            let got = oracle_tree(&s.heads, &s.labels);
            let want: Vec<_> = s
                .heads
                .iter()
                .copied()
                .zip(s.labels.iter().copied())
                .collect();
            assert_eq!(got, want);
        }
    }

    #[test]
    fn a_wrong_move_costs_and_the_tree_stays_whole() {
        // "a b": b heads a. Shifting a then right-attaching b to a loses a's head.
        let (heads, labels) = ([Some(1), None], [Label::DEP, Label::ROOT]);
        let gh = gold_heads(&heads);
        let mut s = State::new(2);
        s.apply(SHIFT);
        let mut c = [0u32; NM];
        s.costs(&gh, &labels, &mut c);
        assert_eq!(c[left(Label::DEP.index())], 0);
        assert!(c[right(Label::DEP.index())] > 0);
        s.apply(right(Label::DEP.index()));
        while let Some(m) = s.forced() {
            s.apply(m);
        }
        assert!(s.is_final());
        let t = s.tree();
        assert_eq!(t[0], (None, Label::ROOT));
        assert_eq!(t[1].0, Some(0));
    }
}
