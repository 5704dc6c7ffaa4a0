//! The loader's lexicon patterns (listed in
//! `assets/lang/en/clutter/dfas.txt`, as the loader fills them; a unit test
//! of `src/load/prebuilt.rs` keeps the list current) as dense DFAs of
//! their ASCII part, built here so that a run compiles no automaton for a
//! line of ASCII (`src/load/prebuilt.rs` reads them in place). A pattern
//! filled differently at run time finds none and is compiled as before.

use std::path::Path;

use regex_automata::dfa::{StartKind, dense};

/// A DFA above this size is left to run time (a bounded repeat of a wide
/// class in an unanchored pattern can make many states).
const SIZE_LIMIT: usize = 1 << 20;

/// The dense DFA of `pattern` cut to ASCII (`super::rule_dfas::ascii_nfa`),
/// anchored where every match starts at the text's start, giving up on
/// any byte outside ASCII, serialised; `None` where it cannot be built
/// within [`SIZE_LIMIT`].
fn dfa_bytes(pattern: &str, big_endian: bool) -> Option<Vec<u8>> {
    let nfa = super::rule_dfas::ascii_nfa(pattern)?;
    let start = if nfa.is_always_start_anchored() {
        StartKind::Anchored
    } else {
        StartKind::Unanchored
    };
    let config = dense::Config::new()
        .start_kind(start)
        // A Unicode word boundary is an ASCII one between ASCII bytes,
        // and the DFA gives up on every other byte.
        .unicode_word_boundary(true)
        .dfa_size_limit(Some(SIZE_LIMIT))
        .determinize_size_limit(Some(4 * SIZE_LIMIT));
    super::rule_dfas::ascii_dfa_bytes(&nfa, config, big_endian)
}

/// Writes `lexicon-dfas.bin` (the DFAs, each at a multiple of 8 bytes)
/// and `lexicon-dfas.rs` (each pattern's source with its DFA's place,
/// sorted by source) to `out`.
pub fn write(root: &Path, out: &Path, big_endian: bool) {
    let list = root.join("assets/lang/en/clutter/dfas.txt");
    println!("cargo::rerun-if-changed={}", list.display());
    let text = std::fs::read_to_string(&list).unwrap_or_default();
    let mut patterns: Vec<&str> = text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    patterns.sort_unstable();
    patterns.dedup();
    super::rule_dfas::write_dfas(out, "lexicon-dfas", patterns.into_iter(), |p| {
        dfa_bytes(p, big_endian)
    });
}
