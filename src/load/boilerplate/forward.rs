//! A lexicon pattern that is only asked whether a line matches it from the
//! line's start (`(?i)^…`): a forward lazy DFA answers (the PikeVM of the
//! same automaton where the DFA gives up, at a Unicode word boundary past
//! ASCII); the regex crate's engine is compiled only for a pattern whose
//! matches may start elsewhere.
//!
//! The regex crate compiles a reverse automaton beside the forward one (to
//! find where a match starts) and a one-pass DFA, which a yes or no from a
//! start-anchored pattern never uses: they were about two fifths of each
//! pattern's build, paid inside the first article's time by the patterns
//! compiled when a line first asks, and at start-up by the rest.

use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::OnceLock;

use regex::Regex;
use regex_automata::hybrid::dfa::{self, DFA};
use regex_automata::nfa::thompson::pikevm::{self, PikeVM};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input};

use crate::load::needles::Needles;
use crate::load::prebuilt::AsciiDfa;

/// The lazy DFA's cache per pattern and thread. The default (2 MB) holds
/// too few states of a pattern with bounded repeats of Unicode classes
/// ("[\p{L}'. -]{2,60}"): it was cleared and rebuilt on every line, 50
/// times slower than matching from a cache that keeps them. Grown only as
/// states are made.
pub(super) const DFA_CACHE: usize = 8 << 20;

/// The regex crate's bound on an automaton's size.
const NFA_LIMIT: usize = 10 << 20;

/// Makes a cache of one thread.
type CacheFn<C> = Box<dyn Fn() -> C + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// The forward automata of a start-anchored pattern, with their caches,
/// one a thread.
struct Forward {
    /// Answers for every line of a pattern without Unicode word
    /// boundaries, and for ASCII lines of the others.
    dfa: DFA,
    caches: Pool<dfa::Cache, CacheFn<dfa::Cache>>,
    /// Answers where the lazy DFA gives up (a line past ASCII at a Unicode
    /// word boundary), from the same automaton, as the regex crate does.
    vm: PikeVM,
    vm_caches: Pool<pikevm::Cache, CacheFn<pikevm::Cache>>,
}

/// A lexicon pattern asked only [`LineRegex::is_match`].
pub struct LineRegex {
    pattern: String,
    /// The pattern's DFA built with the program, which answers for a line
    /// of ASCII (see `crate::load::prebuilt`).
    prebuilt: Option<AsciiDfa>,
    /// Built with the pattern where it has no prebuilt DFA, else when a
    /// line first needs it.
    engine: OnceLock<Engine>,
    /// Whether the pattern reads the punctuation outside ASCII of
    /// `super::rare::INERT` as a control character of ASCII (see
    /// `super::rare::is_blind`).
    blind: bool,
    /// The most word characters a line matching a whole-line pattern
    /// holds (see [`super::reach`]), read where the pattern is compiled
    /// with the lexicon (not one compiled on demand).
    reach: Option<usize>,
}

/// [`LineRegex::new`], for a pattern asked of few lines: compiled when a
/// line its DFA cannot answer first asks ([`LineRegex::on_demand`]).
pub(super) fn on_demand(pattern: &str) -> LineRegex {
    LineRegex::on_demand(pattern)
}

/// What answers for a [`LineRegex`].
enum Engine {
    /// A pattern whose matches all start at the line's start.
    Forward(Box<Forward>),
    /// Any other: the regex crate's engine.
    Regex(Regex),
}

impl LineRegex {
    /// Compiles `pattern`; a broken one matches nothing (a unit test
    /// compiles every lexicon file).
    pub fn new(pattern: &str) -> Self {
        let mut regex = Self::on_demand(pattern);
        regex.engine.get_or_init(|| Engine::new(pattern));
        regex.reach = super::reach::word_reach(pattern);
        regex
    }

    /// `pattern`, compiled only when a line its DFA built with the
    /// program cannot answer asks (now, where it has none): for a pattern
    /// asked of few lines, which the loader does not compile ahead.
    pub fn on_demand(pattern: &str) -> Self {
        let prebuilt = AsciiDfa::of(pattern);
        let engine = OnceLock::new();
        if prebuilt.is_none() {
            let _ = engine.set(Engine::new(pattern));
        }
        Self {
            pattern: pattern.to_string(),
            prebuilt,
            engine,
            blind: super::rare::is_blind(pattern),
            reach: None,
        }
    }

    /// False when `line` holds too many words for a match (see
    /// [`super::reach`]): a paragraph against a lexicon of headers,
    /// before any search.
    pub fn may_fit(&self, line: &str) -> bool {
        super::reach::within(self.reach, line)
    }

    /// The pattern's source.
    #[cfg(test)]
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// Whether `line` holds a match: the regex crate's `is_match`.
    pub fn is_match(&self, line: &str) -> bool {
        self.may_fit(line) && self.fits_and_matches(line)
    }

    /// [`LineRegex::is_match`] for a line [`LineRegex::may_fit`] let
    /// through (not counted again).
    fn fits_and_matches(&self, line: &str) -> bool {
        if let Some(found) = self.prebuilt.as_ref().and_then(|d| d.is_match(line)) {
            return found;
        }
        // Past ASCII: a line outside it only by its punctuation, as the
        // pattern reads it, is answered in ASCII.
        if let Some(dfa) = &self.prebuilt
            && let Some(s) = self.blind.then(|| super::rare::stand_in(line)).flatten()
            && let Some(found) = dfa.is_match(&s)
        {
            return found;
        }
        match self.engine.get_or_init(|| Engine::new(&self.pattern)) {
            Engine::Forward(f) => {
                // Every match starts at the line's start, so an anchored
                // search finds one where an unanchored one would.
                let input = Input::new(line).anchored(Anchored::Yes).earliest(true);
                match f.dfa.try_search_fwd(&mut f.caches.get(), &input) {
                    Ok(found) => found.is_some(),
                    // Given up past ASCII: a line outside it only by its
                    // punctuation, as the pattern reads it, is answered in
                    // ASCII by the lazy DFA (see `super::rare::stand_in`),
                    // any other by the PikeVM.
                    Err(_) => match self.blind.then(|| super::rare::stand_in(line)).flatten() {
                        Some(s) => {
                            let input = Input::new(&s).anchored(Anchored::Yes).earliest(true);
                            match f.dfa.try_search_fwd(&mut f.caches.get(), &input) {
                                Ok(found) => found.is_some(),
                                Err(_) => f.vm.is_match(&mut f.vm_caches.get(), input),
                            }
                        }
                        None => f.vm.is_match(&mut f.vm_caches.get(), input),
                    },
                }
            }
            Engine::Regex(regex) => regex.is_match(line),
        }
    }
}

impl Engine {
    /// The engine of `pattern` (see [`LineRegex`]).
    fn new(pattern: &str) -> Self {
        let Some(nfa) = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .nfa_size_limit(Some(NFA_LIMIT))
                    .which_captures(WhichCaptures::Implicit),
            )
            .build(pattern)
            .ok()
            .filter(|nfa| nfa.is_always_start_anchored())
        else {
            return Engine::Regex(regex_of(pattern));
        };
        let dfa = DFA::builder()
            .configure(
                DFA::config()
                    .cache_capacity(DFA_CACHE)
                    // Gives up on a byte past ASCII at a Unicode word
                    // boundary (the PikeVM answers then).
                    .unicode_word_boundary(true),
            )
            .build_from_nfa(nfa.clone());
        let (Ok(dfa), Ok(vm)) = (dfa, PikeVM::new_from_nfa(nfa)) else {
            return Engine::Regex(regex_of(pattern));
        };
        let dfa_of = dfa.clone();
        let vm_of = vm.clone();
        Engine::Forward(Box::new(Forward {
            dfa,
            caches: Pool::new(Box::new(move || dfa_of.create_cache())),
            vm,
            vm_caches: Pool::new(Box::new(move || vm_of.create_cache())),
        }))
    }
}

/// A [`LineRegex`] tried only on a line with the literals its every match
/// holds (read off the alternatives' syntax): for alternatives whose lazy
/// DFA is costly on running text, such as a bounded repeat of any
/// character opening them.
pub struct Gated {
    needles: Needles,
    regex: LineRegex,
}

impl Gated {
    /// `alternatives` (regex source), each wholly matched by `pattern`
    /// made of their alternation.
    pub fn new(alternatives: &[String], pattern: &str) -> Self {
        Self {
            needles: Needles::new(alternatives),
            regex: LineRegex::new(pattern),
        }
    }

    /// The pattern's source.
    #[cfg(test)]
    pub fn pattern(&self) -> &str {
        self.regex.pattern()
    }

    /// Whether `line` holds a match (the regex's answer).
    pub fn is_match(&self, line: &str) -> bool {
        // Counted before the literals are looked for, and not again.
        self.regex.may_fit(line)
            && self.needles.may_match(line)
            && self.regex.fits_and_matches(line)
    }
}

/// The regex crate's engine for `pattern`, with the lexicon's DFA cache; a
/// broken pattern matches nothing.
pub fn regex_of(pattern: &str) -> Regex {
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(DFA_CACHE)
        .build()
        .unwrap_or_else(|_| Regex::new("[^\\s\\S]").unwrap_or_else(|_| unreachable!()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page fixtures' lines, with ones past ASCII.
    fn lines() -> Vec<String> {
        crate::load::fixture_lines(&[
            "Zürich — share this",
            "Related: Zürich",
            "Don't miss these Zürich stories",
            "Updated 10:42 · Lund",
            "4 May 2025 — 14:02 CEST",
            "KEY POINTS",
            "",
        ])
    }

    #[test]
    fn answers_as_the_regex_crate() {
        let lines = lines();
        assert!(lines.len() > 1000, "{}", lines.len());
        let mut patterns: Vec<String> = [
            r"(?i)^\W*(?:related|(?:don'?t miss( this| these\b.{0,40})?))\W*$",
            r"(?i)^\W*(?:\d{1,2}:\d{2}|updated .{1,20})\W*$",
            r"(?i)^\s*(?:\d{1,2} [a-z]{3,9} \d{4})",
            r"(?i)share\W*$",
            r"(?i)^\b\w+\b\W*$",
            r"(?i)^(",
        ]
        .iter()
        .map(|p| p.to_string())
        .collect();
        for source in [
            super::super::stamps::DATE_LINES,
            super::super::stamps::REPORTER_TITLES,
            super::super::promos::PROMO_LABELS,
            super::super::notes::NOTE_HEADERS,
        ] {
            let alternation = super::super::phrases::alternation(source);
            patterns.push(super::super::phrases::whole_line_pattern(&alternation));
        }
        let mut found = 0;
        for pattern in &patterns {
            let ours = LineRegex::new(pattern);
            let theirs = regex_of(pattern);
            for line in &lines {
                let expected = theirs.is_match(line);
                assert_eq!(ours.is_match(line), expected, "{pattern}: {line}");
                found += usize::from(expected);
            }
        }
        assert!(found > 50, "{found}");
    }

    #[test]
    fn a_line_outside_ascii_by_its_punctuation_is_answered_as_the_regex_crate_does() {
        for p in [
            r"(?i)^\W*(?:share this\b)\W*$",
            r"(?i)^\W*(?:by [a-z]+\b)",
            r"(?i)^\W*(?:\w+ \d+)\W*$",
        ] {
            let ours = LineRegex::new(p);
            assert!(ours.blind, "{p}");
            let theirs = Regex::new(p).expect("compiles");
            for line in [
                "“Share this”",
                "— share this —x",
                "— share this —",
                "By Ada—",
                "by “ada”",
                "by ada·lind",
                "Zürich by",
                "“Zürich 12”",
                "Lund 12 €",
                "Lund 12€x",
            ] {
                assert_eq!(ours.is_match(line), theirs.is_match(line), "{p} {line}");
            }
        }
    }

    #[test]
    fn a_start_anchored_pattern_is_answered_by_its_forward_automata() {
        let forward = |r: &LineRegex| {
            let engine = r.engine.get_or_init(|| Engine::new(&r.pattern));
            matches!(engine, Engine::Forward(_))
        };
        let dated = LineRegex::new(r"(?i)^\W*(?:\d{1,2} [a-z]+ \d{4})\W*$");
        assert!(forward(&dated));
        assert!(dated.is_match("— 4 May 2025"));
        assert!(!dated.is_match("On 4 May 2025 the board met"));
        // Unicode word boundaries: the PikeVM answers past ASCII.
        let bounded = LineRegex::new(r"(?i)^\W*(?:miss\b.*)$");
        assert!(forward(&bounded));
        assert!(bounded.is_match("— miss it"));
        assert!(bounded.is_match("miss «it»"));
        assert!(!bounded.is_match("missé"));
        // Not anchored: the regex crate's engine.
        assert!(!forward(&LineRegex::new(r"(?i)share\W*$")));
    }

    #[test]
    fn a_gated_pattern_answers_only_where_its_literals_are() {
        let alternatives = vec![r"[^.]{0,30}\s[·|]\s+\d+ hours ago".to_string()];
        let pattern = format!(r"(?i)^\W*(?:{})\W*$", alternatives[0]);
        let gated = Gated::new(&alternatives, &pattern);
        assert!(gated.needles.is_searching());
        for line in [
            "The Quarry Herald · 3 hours ago",
            "Quarry Herald | 12 HOURS AGO",
            "The Quarry Herald said on Monday it would sell",
            "Three hours ago the Quarry Herald went to press.",
        ] {
            assert_eq!(
                gated.is_match(line),
                regex_of(&pattern).is_match(line),
                "{line}"
            );
        }
        assert!(gated.is_match("The Quarry Herald · 3 hours ago"));
        assert!(!gated.is_match("Three hours ago the Quarry Herald went to press."));
    }

    /// The bios, tried only on lines with their literals, answer as their
    /// whole patterns do, on the page fixtures' lines and on bios whose
    /// role words are in capitals or outside ASCII.
    #[test]
    fn gated_bios_answer_as_their_patterns() {
        use super::super::phrases::{PHRASES, normal};
        let p = &*PHRASES;
        let mut lines = crate::load::fixture_lines(&[
            "Åsa Lind is a REPORTER at the Harbour Ledger.",
            "Zoë Brenn Writes About energy for the Ledger.",
            "Mara Lindqvist was the Ledger’s correspondent in Lund.",
            "Ola covers shipping from Zürich.",
            "Kit Sand is chief executive of Ostra Marine.",
        ]);
        lines.push("Kit Sand is a ſenior Editor at the Ledger.".to_string());
        // The bio patterns open with a capitalised name and hold "reporter".
        let bios: Vec<Regex> = p
            .patterns()
            .into_iter()
            .filter(|s| s.starts_with("(?i)^(?-i:[A-Z]") && s.contains("reporter"))
            .map(regex_of)
            .collect();
        let [bio, first] = bios.as_slice() else {
            panic!("two bio patterns, not {}", bios.len());
        };
        let mut found = 0;
        for line in &lines {
            let (want, want_first) = (bio.is_match(&normal(line)), first.is_match(&normal(line)));
            assert_eq!(p.is_bio(line), want, "{line}");
            assert_eq!(p.is_first_name_bio(line), want_first, "{line}");
            found += usize::from(want) + usize::from(want_first);
        }
        assert!(found >= 4, "{found}");
    }

    #[test]
    fn stamps_split_by_their_literals_answer_as_one_regex() {
        use super::super::phrases::{PHRASES, RELATIVE_STAMPS, STAMPS, alternation, normal};
        let both = format!("{STAMPS}\n{RELATIVE_STAMPS}");
        let whole = regex_of(&super::super::phrases::whole_line_pattern(&alternation(
            &both,
        )));
        let mut lines = lines();
        lines.push("The Quarry Herald · Updated 2 hours ago".to_string());
        let mut found = 0;
        for line in &lines {
            let expected = whole.is_match(&normal(line));
            assert_eq!(PHRASES.is_stamp(line), expected, "{line}");
            found += usize::from(expected);
        }
        assert!(found > 3, "{found}");
    }
}
