//! The English rule patterns' DFAs that `build.rs` builds
//! (`build/rule_dfas.rs`), compiled in: each pattern's source and its
//! serialised DFA, read in place by `pipeline::rules`; and the anchored
//! search that the rules and the loader's prebuilt DFAs share.

use regex_automata::Anchored;
use regex_automata::dfa::Automaton;
use regex_automata::dfa::dense::DFA;
use regex_automata::util::primitives::StateID;
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
    let sid = dfa.start_state(&anchored_start(before)).ok()?;
    run_from(dfa, sid, bytes, at)
}

/// The configuration of an anchored search after the byte `before`
/// (`None`: at the text's start).
fn anchored_start(before: Option<u8>) -> start::Config {
    start::Config::new()
        .anchored(Anchored::Yes)
        .look_behind(before)
}

/// The start states of `dfa`'s anchored searches after each byte (its
/// value's place) and at the text's start (the last place), `None` where
/// it gives up: found once for a DFA tried at many places, where each
/// try found its own (a fifth of a failed try's instructions).
pub fn anchored_starts(dfa: &DFA<&'static [u32]>) -> Box<[Option<StateID>]> {
    (0..=256)
        .map(|b| {
            let before = u8::try_from(b).ok();
            dfa.start_state(&anchored_start(before)).ok()
        })
        .collect()
}

/// [`anchored_end`], the start state taken from `starts` (see
/// [`anchored_starts`]).
#[inline]
pub fn anchored_end_from(
    dfa: &DFA<&'static [u32]>,
    starts: &[Option<StateID>],
    bytes: &[u8],
    at: usize,
) -> Option<Option<usize>> {
    let before = at
        .checked_sub(1)
        .and_then(|i| bytes.get(i))
        .map_or(256, |&b| usize::from(b));
    let sid = (*starts.get(before)?)?;
    run_from(dfa, sid, bytes, at)
}

/// The anchored search of [`anchored_end`] from start state `sid`.
#[inline]
fn run_from(
    dfa: &DFA<&'static [u32]>,
    mut sid: StateID,
    bytes: &[u8],
    at: usize,
) -> Option<Option<usize>> {
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
