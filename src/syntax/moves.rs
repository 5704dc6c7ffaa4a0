//! Scoring the parser's moves in a configuration: the weights of its
//! features summed per move, the moves it cannot make masked, the best
//! one taken.
//!
//! Most features do not change at every move, and their sums are kept:
//! those of the buffer's first words alone (`features::FRONT`) until the
//! front moves (a shift, a right arc), those of the stack top's side
//! (`features::STACK_FIXED`: the word, its head, left children and the
//! word under it) per stack word, and those of its right children
//! (`features::STACK_RIGHT`) per stack word and its number of them (a
//! word back on top after a left arc popped the word above it has the
//! same ones; one back on top after a reduce, one more), and those of
//! the front's left children (`features::FRONT_LEFT`) per front and its
//! number of them (a reduce leaves them; a left arc adds one). A count
//! at its ceiling (255) keys nothing: those sums are made anew. Only
//! the features of the top and the front together are summed at every
//! move; the sums of the moves the state cannot make are not made where
//! the table can skip them (`Table::add_except`). The scores are those of
//! summing every feature at every move: integer sums, in any order the
//! same.

use super::features::{
    WordKeys, front_features, front_left_features, pair_features, stack_fixed_features,
    stack_right_features,
};
use super::perceptron::Table;
use super::sums::Rows;
use super::tagger::argmax_wide;
use super::transition::{NM, NONE, State};
use crate::ner::lanes::Lanes;

/// Sums as wide as the table's rows (`perceptron::stride`): whole tiles
/// are added to them a vector at a time.
const WIDE: usize = NM.next_multiple_of(8);

/// Scores the moves of one sentence's configurations, in the order the
/// parser makes them.
pub(crate) struct Moves<'t> {
    table: &'t Table,
    rows: Rows,
    feats: Vec<u32>,
    /// The buffer front whose front features `front` sums (`NONE`: none yet).
    front_at: usize,
    front: [i32; WIDE],
    /// The buffer front and its number of left children whose features
    /// `left` sums (`NONE`: none yet).
    left_at: (usize, u64),
    left: [i32; WIDE],
    /// Per word, whether its fixed stack features were summed (0: yes,
    /// `u64::MAX`: never), and their sums.
    fixed: Vec<(u64, [i32; WIDE])>,
    /// Per word, the number of right children it had when its right
    /// stack features were summed (`u64::MAX`: never), and their sums.
    right: Vec<(u64, [i32; WIDE])>,
}

/// Where the sums of some features are kept: a word's slot (`None` past
/// the words), with the key they were summed for.
type Kept<'a> = Option<&'a mut (u64, [i32; WIDE])>;

impl<'t> Moves<'t> {
    /// Scoring the moves over an `n`-word sentence with the parser's weights `table`.
    pub(crate) fn new(table: &'t Table, n: usize) -> Moves<'t> {
        Moves {
            table,
            rows: Rows::default(),
            feats: Vec::with_capacity(96),
            front_at: NONE,
            front: [0; WIDE],
            left_at: (NONE, 0),
            left: [0; WIDE],
            fixed: vec![(u64::MAX, [0; WIDE]); n],
            right: vec![(u64::MAX, [0; WIDE]); n],
        }
    }

    /// The best move of `state` (one the parser must choose: not
    /// [`State::forced`]) over `words` (keys) and `tags`: the first of the
    /// highest score among the valid ones.
    pub(crate) fn best(&mut self, state: &State, words: &[WordKeys], tags: &[u8]) -> usize {
        match self.rows.lanes() {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: a `Lanes::Avx2` holds the proof that the processor has AVX2.
            Lanes::Avx2(_) => unsafe { self.best_avx2(state, words, tags) },
            _ => self.best_with(state, words, tags),
        }
    }

    /// [`Moves::best`] compiled for AVX2: the kept sums added, masked and
    /// compared eight moves per instruction.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn best_avx2(&mut self, state: &State, words: &[WordKeys], tags: &[u8]) -> usize {
        self.best_with(state, words, tags)
    }

    /// [`Moves::best`], compiled into each vector width.
    #[inline(always)]
    fn best_with(&mut self, state: &State, words: &[WordKeys], tags: &[u8]) -> usize {
        let (table, bits) = (self.table, self.table.bits);
        if state.n0() != self.front_at {
            front_features(state, words, tags, bits, &mut self.feats);
            self.front = [0; WIDE];
            table.add(&self.feats, &mut self.front, &mut self.rows);
            self.front_at = state.n0();
        }
        let left_at = (state.n0(), state.nl(state.n0()));
        if left_at != self.left_at || !countable(left_at.1) {
            front_left_features(state, words, tags, bits, &mut self.feats);
            self.left = [0; WIDE];
            table.add(&self.feats, &mut self.left, &mut self.rows);
            self.left_at = left_at;
        }
        // The stack top's head does not change while it is on the stack,
        // nor, then, the moves masked for it.
        let masked = state.masked();
        let (s0, right) = (state.s0(), state.nr(state.s0()));
        let mut acc = self.front;
        add_into(&mut acc, &self.left);
        let (feats, rows) = (&mut self.feats, &mut self.rows);
        let mut fresh = [0; WIDE];
        let fixed = kept_sums(self.fixed.get_mut(s0), 0, &mut fresh, |sums| {
            stack_fixed_features(state, words, tags, bits, feats);
            table.add_except(feats, sums, masked.clone(), rows);
        });
        add_into(&mut acc, fixed);
        let kept_right = self.right.get_mut(s0).filter(|_| countable(right));
        let right = kept_sums(kept_right, right, &mut fresh, |sums| {
            stack_right_features(state, words, tags, bits, feats);
            table.add_except(feats, sums, masked.clone(), rows);
        });
        add_into(&mut acc, right);
        pair_features(state, words, tags, bits, &mut self.feats);
        table.add_except(&self.feats, &mut acc, masked, &mut self.rows);
        let (moves, past) = acc.split_at_mut(NM);
        state.mask_invalid(moves);
        past.fill(i32::MIN);
        argmax_wide(&acc)
    }
}

/// True when a child count `n` tells the children apart: under its
/// ceiling (`State` counts up to 255, then no further).
#[inline(always)]
fn countable(n: u64) -> bool {
    n < u64::from(u8::MAX)
}

/// The sums kept in `kept` when they were made for `key`, else those
/// `make` adds into zeros (kept, for `key`; in `fresh` when there is no
/// room to keep them).
#[inline(always)]
fn kept_sums<'a>(
    kept: Kept<'a>,
    key: u64,
    fresh: &'a mut [i32; WIDE],
    make: impl FnOnce(&mut [i32; WIDE]),
) -> &'a [i32; WIDE] {
    let sums = match kept {
        Some((seen, sums)) => {
            if *seen == key {
                return sums;
            }
            *seen = key;
            sums
        }
        None => fresh,
    };
    *sums = [0; WIDE];
    make(sums);
    sums
}

/// Adds `sums` into `acc`.
#[inline(always)]
fn add_into(acc: &mut [i32; WIDE], sums: &[i32; WIDE]) {
    for (a, s) in acc.iter_mut().zip(sums) {
        *a += s;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::Parser;
    use crate::syntax::features::parser_features;
    use crate::syntax::tagger::{argmax_i32, tag};

    #[test]
    fn the_kept_sums_choose_the_moves_every_feature_summed_at_every_move_chooses() {
        let parser = Parser::bundled().expect("the bundled parser loads");
        for sentence in [
            "Talvo Works , the Brenn maker of small grey boats , said on Monday that it had bought the old mill in Pellmar from Quistrel Partners for $ 12 million .",
            "The chief executive of Zelwick , Mara Ostend , who joined in 2019 , was named chairman of the board .",
            "Shares fell in Zürich but bonds rose , and Ölvarn’s € 5 млн deal 🙂 closed .",
            "Yes",
        ] {
            let words: Vec<WordKeys> = sentence.split(' ').map(WordKeys::new).collect();
            let tags = tag(&parser.tagger, &words, &mut Vec::new());
            let table = &parser.parser;
            let mut state = State::new(words.len());
            let mut moves = Moves::new(table, words.len());
            // The portable path beside AVX2, where the processor has it.
            let mut plain = Moves::new(table, words.len());
            plain.rows = Rows::with_lanes(Lanes::Plain);
            let (mut feats, mut rows) = (Vec::new(), Rows::default());
            while !state.is_final() {
                let m = match state.forced() {
                    Some(m) => m,
                    None => {
                        parser_features(&state, &words, &tags, table.bits, &mut feats);
                        let mut acc = [0i32; NM];
                        table.add(&feats, &mut acc, &mut rows);
                        state.mask_invalid(&mut acc);
                        let want = argmax_i32(&acc);
                        assert_eq!(moves.best(&state, &words, &tags), want, "{sentence}");
                        assert_eq!(plain.best(&state, &words, &tags), want, "{sentence}");
                        want
                    }
                };
                state.apply(m);
            }
        }
    }
}
