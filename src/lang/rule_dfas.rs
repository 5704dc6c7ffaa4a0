//! The English rule patterns' DFAs that `build.rs` builds
//! (`build/rule_dfas.rs`), compiled in: each pattern's source and its
//! serialised DFA, read in place by `pipeline::rules`; and the anchored
//! search that the rules and the loader's prebuilt DFAs share.

use regex_automata::Anchored;
use regex_automata::dfa::Automaton;
use regex_automata::dfa::dense::DFA;
use regex_automata::util::start;

/// 64-byte alignment for the compiled-in DFAs (read as `u32` words).
#[repr(C, align(64))]
struct Aligned<T: ?Sized>(T);

static BLOB: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/rule-dfas.bin")));

/// Each pattern's source, and where its DFA lies in [`BLOB`].
static TABLE: &[(&str, usize, usize)] = include!(concat!(env!("OUT_DIR"), "/rule-dfas.rs"));

/// The serialised DFA built for the rule pattern `source` (aligned for
/// `u32` words), when there is one.
pub fn rule_dfa(source: &str) -> Option<&'static [u8]> {
    let &(_, at, len) = TABLE.iter().find(|(s, _, _)| *s == source)?;
    BLOB.0.get(at..at + len)
}

/// The sources of the patterns built.
#[cfg(test)]
pub fn rule_dfa_sources() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|(s, _, _)| *s)
}

/// Where the match of `dfa` (a DFA that gives up on some bytes) that
/// starts at `at` in `bytes` ends (`Some(None)`: none starts there), as an
/// anchored search of its pattern finds it, the byte before `at` read for
/// look-behind; `None` when the DFA gave up (quit) before it could tell.
#[inline]
pub fn anchored_end(dfa: &DFA<&'static [u32]>, bytes: &[u8], at: usize) -> Option<Option<usize>> {
    let before = at.checked_sub(1).and_then(|i| bytes.get(i)).copied();
    let config = start::Config::new()
        .anchored(Anchored::Yes)
        .look_behind(before);
    let mut sid = dfa.start_state(&config).ok()?;
    let mut end = None;
    let mut i = at;
    while let Some(&b) = bytes.get(i) {
        sid = dfa.next_state(sid, b);
        if dfa.is_special_state(sid) {
            // Matches show one byte late: this one ended before `b`.
            if dfa.is_match_state(sid) {
                end = Some(i);
            } else if dfa.is_dead_state(sid) {
                return Some(end);
            } else if dfa.is_quit_state(sid) {
                return None;
            }
        }
        i += 1;
    }
    sid = dfa.next_eoi_state(sid);
    if dfa.is_match_state(sid) {
        end = Some(i);
    }
    Some(end)
}
