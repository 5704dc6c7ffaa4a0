//! Where a pattern's matches may start, read off its automaton: the first
//! two bytes a match can begin with, the byte before deciding an ASCII
//! `\b` at the start. A pattern is then tried, anchored, only at those
//! places, found in one pass over the text for all the patterns. An
//! unanchored search follows every alternative at every byte at once and
//! its lazy DFA builds a new state for nearly each combination it meets,
//! on every text not seen before (and it runs a second, reverse search for
//! each match's start); anchored at a start, it meets few states, built
//! once for the whole batch.

use regex_automata::nfa::thompson::{NFA, State};
use regex_automata::util::look::Look;
use regex_automata::util::primitives::StateID;

/// Most patterns one [`Starts`] follows (a bit each).
pub const MAX_PATTERNS: usize = 64;

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// [`is_word`] of each byte.
const WORD: [bool; 256] = {
    let mut word = [false; 256];
    let mut b = 0;
    while b < 256 {
        word[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    word
};

/// Whether `look` may hold between a byte that is a word character or not
/// and the next, `b` (ASCII words). Assertions the two bytes do not decide
/// (anchors, Unicode words) may hold.
fn may_hold(look: Look, before_word: bool, b: Option<u8>) -> bool {
    let word = b.is_some_and(is_word);
    match look {
        Look::WordAscii => before_word != word,
        Look::WordAsciiNegate => before_word == word,
        Look::WordStartAscii => !before_word && word,
        Look::WordEndAscii => before_word && !word,
        Look::WordStartHalfAscii => !before_word,
        Look::WordEndHalfAscii => !word,
        _ => true,
    }
}

/// The states that consume a byte reached from `from` without consuming
/// one, through the assertions that may hold (`holds`), and whether a
/// match is reached.
fn closure(nfa: &NFA, from: &[StateID], holds: impl Fn(Look) -> bool) -> (Vec<StateID>, bool) {
    let mut seen = vec![false; nfa.states().len()];
    let mut stack: Vec<StateID> = from.to_vec();
    let mut out = Vec::new();
    let mut matched = false;
    while let Some(id) = stack.pop() {
        if std::mem::replace(&mut seen[id.as_usize()], true) {
            continue;
        }
        match nfa.state(id) {
            State::ByteRange { .. } | State::Sparse(_) | State::Dense(_) => out.push(id),
            State::Look { look, next } => {
                if holds(*look) {
                    stack.push(*next);
                }
            }
            State::Union { alternates } => stack.extend(alternates.iter().rev()),
            State::BinaryUnion { alt1, alt2 } => stack.extend([*alt2, *alt1]),
            State::Capture { next, .. } => stack.push(*next),
            State::Fail => {}
            State::Match { .. } => matched = true,
        }
    }
    (out, matched)
}

/// Where a consuming state goes on byte `b`.
fn step(nfa: &NFA, id: StateID, b: u8) -> Option<StateID> {
    match nfa.state(id) {
        State::ByteRange { trans } => trans.matches_byte(b).then_some(trans.next),
        State::Sparse(t) => t.matches_byte(b),
        State::Dense(t) => t.matches_byte(b),
        _ => None,
    }
}

/// Where a pattern's matches may start: `first[w][b]`, a match may begin
/// with byte `b` after a byte that is a word character (`w` = 1) or not
/// (or the text's start); `second[b0][b1]`, its second byte may be `b1`
/// after a first `b0` (or it may end after `b0`).
struct Table {
    first: [[bool; 256]; 2],
    second: Vec<[bool; 256]>,
}

/// The pattern's [`Table`] from its automaton; `None` for one that may
/// match the empty text, which is searched for everywhere.
fn table_of(nfa: &NFA) -> Option<Table> {
    if nfa.has_empty() {
        return None;
    }
    let mut table = Table {
        first: [[false; 256]; 2],
        second: vec![[false; 256]; 256],
    };
    let start = [nfa.start_anchored()];
    for (w, row) in table.first.iter_mut().enumerate() {
        let before_word = w == 1;
        // The states before the first byte, by whether it is a word byte.
        let at_start = [false, true].map(|word| {
            let b = Some(if word { b'a' } else { b' ' });
            closure(nfa, &start, |look| may_hold(look, before_word, b)).0
        });
        for b0 in 0..=255u8 {
            let states = &at_start[usize::from(is_word(b0))];
            let next: Vec<StateID> = states.iter().filter_map(|&id| step(nfa, id, b0)).collect();
            if next.is_empty() {
                continue;
            }
            row[usize::from(b0)] = true;
            let seconds = &mut table.second[usize::from(b0)];
            for word in [false, true] {
                let b1 = Some(if word { b'a' } else { b' ' });
                let (states, matched) = closure(nfa, &next, |look| may_hold(look, is_word(b0), b1));
                for (b1, cell) in seconds.iter_mut().enumerate() {
                    let b1 = b1 as u8;
                    if is_word(b1) == word
                        && (matched || states.iter().any(|&id| step(nfa, id, b1).is_some()))
                    {
                        *cell = true;
                    }
                }
            }
        }
    }
    Some(table)
}

/// Where each of several patterns may start (see the module's note).
#[derive(Clone, Debug)]
pub struct Starts {
    /// For each byte after a non-word and after a word byte, the patterns
    /// (bits) a match of which may begin with it.
    first: Box<[[u64; 256]; 2]>,
    /// For each first byte, each second byte (at `first << 8 | second`),
    /// the patterns that may go on with it.
    second: Box<[u64]>,
    /// The patterns searched for everywhere.
    everywhere: u64,
}

impl Starts {
    /// From the patterns' automata (`None`: searched for everywhere); at
    /// most [`MAX_PATTERNS`], the rest searched for everywhere.
    pub fn new<'a>(patterns: impl IntoIterator<Item = Option<&'a NFA>>) -> Self {
        let mut first = Box::new([[0u64; 256]; 2]);
        let mut second = vec![0u64; 256 * 256];
        let mut everywhere = u64::MAX;
        for (i, pattern) in patterns.into_iter().enumerate().take(MAX_PATTERNS) {
            let bit = 1u64 << i;
            let Some(t) = pattern.and_then(table_of) else {
                continue;
            };
            everywhere &= !bit;
            for (row, cells) in first.iter_mut().zip(&t.first) {
                for (slot, here) in row.iter_mut().zip(cells) {
                    if *here {
                        *slot |= bit;
                    }
                }
            }
            for (slot, here) in second.iter_mut().zip(t.second.iter().flatten()) {
                if *here {
                    *slot |= bit;
                }
            }
        }
        Self {
            first,
            second: second.into_boxed_slice(),
            everywhere,
        }
    }

    /// For each pattern of `wanted` (bits) that is not searched for
    /// everywhere, the places in `text` where it may start, in order.
    pub fn in_text(&self, text: &str, wanted: u64) -> Vec<Vec<usize>> {
        let wanted = wanted & !self.everywhere;
        let mut out = vec![Vec::new(); MAX_PATTERNS - wanted.leading_zeros() as usize];
        let bytes = text.as_bytes();
        let [after_other, after_word] = &*self.first;
        let mut row = after_other;
        for (at, &b) in bytes.iter().enumerate() {
            let mut here = row[usize::from(b)] & wanted;
            row = if WORD[usize::from(b)] {
                after_word
            } else {
                after_other
            };
            if here == 0 {
                continue;
            }
            if let Some(&next) = bytes.get(at + 1) {
                here &= self
                    .second
                    .get(usize::from(b) << 8 | usize::from(next))
                    .copied()
                    .unwrap_or(u64::MAX);
            }
            while here != 0 {
                if let Some(places) = out.get_mut(here.trailing_zeros() as usize) {
                    places.push(at);
                }
                here &= here - 1;
            }
        }
        out
    }

    /// Whether pattern `i` is searched for everywhere (it may match the
    /// empty text, or is past the [`MAX_PATTERNS`]).
    pub fn is_everywhere(&self, i: usize) -> bool {
        i >= MAX_PATTERNS || self.everywhere & (1 << i) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::rules::pattern::Pattern;

    #[test]
    fn the_starts_are_read_off_the_automaton() {
        let patterns = [r"(?-u:\b)[Tt]he(?-u:\b)", r"\$\d", r"a?", r"(?i:late)\s\d"];
        let patterns: Vec<Pattern> = patterns
            .iter()
            .map(|p| Pattern::new(p, false).expect("pattern compiles"))
            .collect();
        let starts = Starts::new(patterns.iter().map(Pattern::automaton));
        let text = "the other, Athe and $5 or The $ chocoLATE 9";
        let places = starts.in_text(text, 0b1111);
        // "the" at a word's start only; "$" before a digit; "late" anywhere.
        assert_eq!(places[0], vec![0, 26]);
        assert_eq!(places[1], vec![20]);
        assert_eq!(places[3], vec![37]);
        assert!(starts.is_everywhere(2) && !starts.is_everywhere(1));
    }
}
