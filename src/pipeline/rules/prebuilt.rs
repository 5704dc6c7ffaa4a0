//! The English rule patterns' DFAs built with the program (`build.rs`):
//! each pattern cut to ASCII (its classes' ASCII characters) as an
//! anchored dense DFA that gives up on any byte outside ASCII, read in
//! place. Tried first at a pattern's start, it answers for every match
//! attempt that reads ASCII only (most of news), where the lazy DFA built
//! its states as each run met them (a few million instructions a run, the
//! most of a short batch's rule matching).
//!
//! On ASCII its answer is the pattern's: a class keeps the ASCII
//! characters it holds (case folding is spelled out in the classes by
//! then), a character outside ASCII is bytes outside ASCII, and the word
//! boundaries are ASCII ones. An attempt that would read past ASCII
//! (or starts after such a byte) gives up, and the pattern's own
//! automaton answers.

use regex_automata::dfa::dense::DFA;
use regex_automata::util::primitives::StateID;

/// A prebuilt DFA of one pattern, and its start states (see
/// [`crate::lang::rule_dfas::anchored_starts`]).
#[derive(Clone, Debug)]
pub struct Prebuilt(DFA<&'static [u32]>, Box<[Option<StateID>]>);

impl Prebuilt {
    /// The DFA built for `source`, when there is one.
    pub fn of(source: &str) -> Option<Self> {
        let bytes = crate::lang::rule_dfas::rule_dfa(source)?;
        let (dfa, _) = DFA::from_bytes(bytes).ok()?;
        let starts = crate::lang::rule_dfas::anchored_starts(&dfa);
        Some(Self(dfa, starts))
    }

    /// Where the match starting at `at` ends (`Some(None)`: none starts
    /// there), as an anchored search of the pattern finds it; `None` when
    /// the DFA gave up (a byte outside ASCII, before or in the way).
    #[inline]
    pub fn match_at(&self, bytes: &[u8], at: usize) -> Option<Option<usize>> {
        crate::lang::rule_dfas::anchored_end_from(&self.0, &self.1, bytes, at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::rules::pattern::Pattern;

    #[test]
    fn every_english_pattern_has_its_dfa() {
        let lang = crate::lang::Language::english().expect("English loads");
        let w = &lang.rules;
        let sources: Vec<String> = [&w.money, &w.percent, &w.title, &w.nominal, &w.preceded]
            .into_iter()
            .chain(&w.dates)
            .map(|p| super::super::ascii_boundaries(p))
            .collect();
        // The build fills the patterns as the language does: every one it
        // built a DFA for is one the rules compile, and each has one.
        for source in crate::lang::rule_dfas::rule_dfa_sources() {
            assert!(sources.iter().any(|s| s == source), "stale: {source}");
        }
        for source in &sources {
            assert!(Prebuilt::of(source).is_some(), "no DFA: {source}");
        }
        assert!(
            Pattern::new(&sources[0], false)
                .expect("money")
                .has_prebuilt()
        );
    }

    #[test]
    fn the_dfa_gives_up_past_ascii_and_answers_as_the_pattern_on_ascii() {
        let lang = crate::lang::Language::english().expect("English loads");
        let source = super::super::ascii_boundaries(&lang.rules.money);
        let dfa = Prebuilt::of(&source).expect("money has a DFA");
        let text = "It paid $40 million, then €5 million and 12 euros.";
        let bytes = text.as_bytes();
        let at = text.find('$').expect("dollar");
        let end = dfa.match_at(bytes, at).flatten().expect("a match");
        assert_eq!(&text[at..end], "$40 million");
        assert_eq!(dfa.match_at(bytes, text.find('€').expect("euro")), None);
        assert_eq!(
            dfa.match_at(bytes, text.find("then").expect("then")),
            Some(None)
        );
        let at = text.find("12").expect("twelve");
        let end = dfa.match_at(bytes, at).flatten().expect("a match");
        assert_eq!(&text[at..end], "12 euros");
    }
}
