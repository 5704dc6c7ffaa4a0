//! Scoring the parser's moves in a configuration: the weights of its
//! features summed per move, the moves it cannot make masked, the best
//! one taken.
//!
//! The features of the buffer's first words alone (`features::FRONT`) do
//! not change while the buffer's front stays where it is (the stack is
//! popped: a reduce, a left arc), so their sums are kept and added to the
//! others' until it moves; the sums of the moves the state cannot make
//! are not summed where the table can skip them (`Table::add_except`).
//! The scores are those of summing every feature at every move: integer
//! sums, in any order the same.

use super::features::{WordKeys, front_features, rest_features};
use super::perceptron::Table;
use super::sums::Rows;
use super::tagger::argmax_i32;
use super::transition::{NM, NONE, State};

/// Scores the moves of one sentence's configurations, in the order the
/// parser makes them.
pub(crate) struct Moves<'t> {
    table: &'t Table,
    rows: Rows<'t>,
    feats: Vec<u32>,
    /// The buffer front whose front features `front` sums (`NONE`: none yet).
    front_at: usize,
    front: [i32; NM],
}

impl<'t> Moves<'t> {
    /// Scoring with the parser's weights `table`.
    pub(crate) fn new(table: &'t Table) -> Moves<'t> {
        Moves {
            table,
            rows: Rows::default(),
            feats: Vec::with_capacity(96),
            front_at: NONE,
            front: [0; NM],
        }
    }

    /// The best move of `state` (one the parser must choose: not
    /// [`State::forced`]) over `words` (keys) and `tags`: the first of the
    /// highest score among the valid ones.
    pub(crate) fn best(&mut self, state: &State, words: &[WordKeys], tags: &[u8]) -> usize {
        let bits = self.table.bits;
        if state.n0() != self.front_at {
            front_features(state, words, tags, bits, &mut self.feats);
            self.front = [0; NM];
            self.table.add(&self.feats, &mut self.front, &mut self.rows);
            self.front_at = state.n0();
        }
        rest_features(state, words, tags, bits, &mut self.feats);
        let mut acc = self.front;
        self.table
            .add_except(&self.feats, &mut acc, state.masked(), &mut self.rows);
        state.mask_invalid(&mut acc);
        argmax_i32(&acc)
    }
}
