//! The loader's lexicon patterns as DFAs built with the program
//! (`build/lexicon_dfas.rs`, from the list `assets/lang/en/clutter/dfas.txt`):
//! each pattern cut to ASCII (its classes' ASCII characters) as a dense
//! DFA that gives up on any byte outside ASCII, read in place. On a line
//! of ASCII (three lines of four) it answers, where the pattern's own
//! automaton was compiled when a line first asked, inside an article's
//! time, and its lazy DFA built its states as lines met them.
//!
//! On ASCII its answer is the pattern's: a class keeps the ASCII
//! characters it holds (case folding is spelled out in the classes by
//! then), a character outside ASCII is bytes outside ASCII, and a word
//! boundary between two ASCII characters is the same in both readings. A
//! search that would read past ASCII gives up, and the pattern's own
//! automaton answers. A pattern not in the list (the lexicon changed since
//! the list was written; a unit test says which) has no DFA and is built
//! at run time as before.

use regex_automata::Anchored;
use regex_automata::dfa::Automaton;
use regex_automata::dfa::dense::DFA;
use regex_automata::util::start;

/// 64-byte alignment for the compiled-in DFAs (read as `u32` words).
#[repr(C, align(64))]
struct Aligned<T: ?Sized>(T);

static BLOB: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(
    env!("OUT_DIR"),
    "/lexicon-dfas.bin"
)));

/// Each pattern's source, and where its DFA lies in [`BLOB`], sorted by
/// source.
static TABLE: &[(&str, usize, usize)] = include!(concat!(env!("OUT_DIR"), "/lexicon-dfas.rs"));

/// The serialised DFA built for `pattern`, when there is one.
fn bytes_of(pattern: &str) -> Option<&'static [u8]> {
    let i = TABLE.binary_search_by(|(s, _, _)| (*s).cmp(pattern)).ok()?;
    let (_, at, len) = TABLE[i];
    BLOB.0.get(at..at + len)
}

/// The prebuilt DFA of one lexicon pattern.
#[derive(Clone, Debug)]
pub struct AsciiDfa(DFA<&'static [u32]>);

impl AsciiDfa {
    /// The DFA built for `pattern`, when there is one.
    ///
    /// Read without validating its transition table: `DFA::from_bytes`
    /// checks every transition of the table, about 100,000 instructions a
    /// DFA, paid inside the first article's time by each pattern a line
    /// first asks (4.4 M instructions for a batch of 64 articles).
    pub fn of(pattern: &str) -> Option<Self> {
        let bytes = bytes_of(pattern)?;
        // SAFETY: the bytes are a DFA that `build/lexicon_dfas.rs`
        // serialised with `to_bytes_*_endian` of the same regex-automata
        // (Cargo.lock holds one version; the wire format's label, version
        // and endianness are still checked here), compiled into the program
        // unchanged and read at their 64-byte alignment. A unit test below
        // reads every one of them through the validating `DFA::from_bytes`.
        let (dfa, _) = unsafe { DFA::from_bytes_unchecked(bytes) }.ok()?;
        Some(Self(dfa))
    }

    /// Whether the pattern matches somewhere in `text` (from its start
    /// only, for a pattern anchored there); `None` when the DFA gave up on
    /// a byte outside ASCII before it could tell.
    pub fn is_match(&self, text: &str) -> Option<bool> {
        let dfa = &self.0;
        let anchored = if dfa.is_always_start_anchored() {
            Anchored::Yes
        } else {
            Anchored::No
        };
        let config = start::Config::new().anchored(anchored);
        let mut sid = dfa.start_state(&config).ok()?;
        for &b in text.as_bytes() {
            sid = dfa.next_state(sid, b);
            if dfa.is_special_state(sid) {
                // A match shows one byte late, but shows: the first is
                // enough.
                if dfa.is_match_state(sid) {
                    return Some(true);
                } else if dfa.is_dead_state(sid) {
                    return Some(false);
                } else if dfa.is_quit_state(sid) {
                    return None;
                }
            }
        }
        Some(dfa.is_match_state(dfa.next_eoi_state(sid)))
    }

    /// Where the match of a pattern anchored at the text's start ends in
    /// `text`, as the regex crate finds it (`Some(None)`: no match);
    /// `None` when the DFA gave up on a byte outside ASCII before it
    /// could tell.
    pub fn find_end(&self, text: &str) -> Option<Option<usize>> {
        crate::lang::rule_dfas::anchored_end(&self.0, text.as_bytes(), 0)
    }

    /// The sources of the patterns built.
    #[cfg(test)]
    pub fn sources() -> impl Iterator<Item = &'static str> {
        TABLE.iter().map(|(s, _, _)| *s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page fixtures' lines, and some invented ones past ASCII.
    fn lines() -> Vec<String> {
        crate::load::fixture_lines(&[
            "Share this — Zürich",
            "Related: Zürich",
            "By Zoë Lind",
            "ſhare this",
            "SHARE THIS",
            "4 May 2025 — 14:02 CEST",
            "© 2026 Quarry Herald",
            "",
        ])
    }

    #[test]
    fn every_dfa_answers_as_the_regex_crate_where_it_answers() {
        let lines = lines();
        assert!(lines.len() > 1000, "{}", lines.len());
        let mut answered = 0;
        for source in AsciiDfa::sources() {
            let dfa = AsciiDfa::of(source).expect("reads");
            let regex = regex::Regex::new(source).expect("compiles");
            for line in &lines {
                let found = dfa.is_match(line);
                if line.is_ascii() {
                    assert!(found.is_some(), "{source}: {line}");
                }
                if let Some(found) = found {
                    assert_eq!(found, regex.is_match(line), "{source}: {line}");
                    answered += 1;
                }
            }
        }
        assert!(answered > 100_000, "{answered}");
    }

    #[test]
    fn an_anchored_dfa_finds_where_the_match_ends_as_the_regex_crate() {
        let mut lines = lines();
        lines.extend(["Filed by  Ada Lind", "Share this", "and share this now"].map(String::from));
        let mut found = 0;
        for source in AsciiDfa::sources().filter(|s| s.starts_with("(?i)^")) {
            let dfa = AsciiDfa::of(source).expect("reads");
            let regex = regex::Regex::new(source).expect("compiles");
            for line in &lines {
                let expected = regex.find(line).map(|m| m.end());
                match dfa.find_end(line) {
                    Some(end) => assert_eq!(end, expected, "{source}: {line}"),
                    None => assert!(!line.is_ascii(), "{source}: {line}"),
                }
                found += usize::from(expected.is_some());
            }
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn every_dfa_read_unchecked_passes_the_validating_reader() {
        let mut read = 0;
        for source in AsciiDfa::sources() {
            let bytes = bytes_of(source).expect("in the blob");
            let (checked, _) = DFA::from_bytes(bytes).expect("a valid DFA");
            let unchecked = AsciiDfa::of(source).expect("reads");
            assert_eq!(
                checked.memory_usage(),
                unchecked.0.memory_usage(),
                "{source}"
            );
            read += 1;
        }
        assert!(read > 200, "{read}");
    }

    #[test]
    fn a_pattern_not_built_has_no_dfa() {
        assert!(AsciiDfa::of(r"(?i)^\W*(?:no such lexicon line, Quarry)\W*$").is_none());
    }
}
