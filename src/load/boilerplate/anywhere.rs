//! The furniture phrases found anywhere in a line ("all rights reserved",
//! "opens in new tab", a running time after a separator), tried one
//! alternative at a time, each compiled when a line first holds its
//! literals.
//!
//! The lexicon as one regex was the costliest pattern of the loader to
//! build (a tenth of the instructions of a batch of 64 articles, paid by the
//! first line with a colon or a bracket), and its Unicode word boundaries
//! kept it off the fast engines on a line outside ASCII. One alternative is
//! cheap to build, and most are never built: a line meets only those whose
//! every literal it holds ([`Presence`]). The answer is the whole regex's:
//! an alternation matches where one of its alternatives does.

use aho_corasick::AhoCorasickKind;

use super::rare::{Build, Rare};
use crate::load::needles::{Needles, Presence};

/// A case-insensitive lexicon searched for anywhere in a line.
pub struct Anywhere {
    compile: Build,
    /// The literals of all the alternatives, looked for first (one pass
    /// that stops at the first it finds).
    needles: Needles,
    /// Which alternatives may match, for a line with some literal: a DFA
    /// (built with the lexicon at warm-up, twice an NFA's instructions to
    /// build). As an NFA, its overlapping search took 20 k instructions on
    /// each line that asks, one in six of a clean article's lines.
    presence: Presence,
    /// One alternative each, `(?i)(?:A)`, compiled when a line first asks.
    parts: Vec<Rare>,
}

impl Anywhere {
    /// From the lexicon's alternatives (regex source); `compile` builds an
    /// alternative's regex when a line first asks.
    pub fn new(alternatives: &[String], compile: Build) -> Self {
        Self {
            compile,
            needles: Needles::new(alternatives),
            presence: Presence::with_kind(
                alternatives.iter().map(String::as_str),
                AhoCorasickKind::DFA,
            ),
            parts: alternatives
                .iter()
                .map(|a| Rare::new(format!("(?i)(?:{a})")))
                .collect(),
        }
    }

    /// Whether one of the alternatives matches somewhere in `line`.
    pub fn is_match(&self, line: &str) -> bool {
        if !self.needles.may_match(line) {
            return false;
        }
        let ascii = line.is_ascii();
        self.presence
            .in_text(line)
            .into_iter()
            .zip(&self.parts)
            .any(|(may, part)| {
                may && match part.stand_in(line) {
                    // A line outside ASCII only by its punctuation, as the
                    // part reads it: in ASCII (see `Rare::stand_in`).
                    Some(s) => part.matches(&s, true, self.compile),
                    None => part.matches(line, ascii, self.compile),
                }
            })
    }

    /// The patterns of the alternatives.
    #[cfg(test)]
    pub fn patterns(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().map(Rare::pattern)
    }

    /// Whether every alternative gave literals to look for.
    #[cfg(test)]
    pub fn is_searching(&self) -> bool {
        self.needles.is_searching()
    }
}
