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

use std::sync::OnceLock;

use aho_corasick::AhoCorasickKind;
use regex_automata::meta::Regex;

use crate::load::needles::{Needles, Presence};

/// One alternative, `(?i)(?:A)`, compiled when a line first asks.
struct Part {
    pattern: String,
    regex: OnceLock<Regex>,
}

/// A case-insensitive lexicon searched for anywhere in a line.
pub struct Anywhere {
    compile: fn(&str) -> Regex,
    /// The literals of all the alternatives, looked for first (one pass
    /// that stops at the first it finds).
    needles: Needles,
    /// Which alternatives may match, for a line with some literal: few
    /// lines ask, so its search is an NFA (with a DFA, it took twice the
    /// instructions to build).
    presence: Presence,
    parts: Vec<Part>,
}

impl Anywhere {
    /// From the lexicon's alternatives (regex source); `compile` builds an
    /// alternative's regex when a line first asks.
    pub fn new(alternatives: &[String], compile: fn(&str) -> Regex) -> Self {
        Self {
            compile,
            needles: Needles::new(alternatives),
            presence: Presence::with_kind(
                alternatives.iter().map(String::as_str),
                AhoCorasickKind::ContiguousNFA,
            ),
            parts: alternatives
                .iter()
                .map(|a| Part {
                    pattern: format!("(?i)(?:{a})"),
                    regex: OnceLock::new(),
                })
                .collect(),
        }
    }

    /// Whether one of the alternatives matches somewhere in `line`.
    pub fn is_match(&self, line: &str) -> bool {
        if !self.needles.may_match(line) {
            return false;
        }
        let compile = self.compile;
        self.presence
            .in_text(line)
            .into_iter()
            .zip(&self.parts)
            .any(|(may, part)| {
                may && part
                    .regex
                    .get_or_init(|| compile(&part.pattern))
                    .is_match(line)
            })
    }

    /// Whether every alternative gave literals to look for.
    #[cfg(test)]
    pub fn is_searching(&self) -> bool {
        self.needles.is_searching()
    }
}
