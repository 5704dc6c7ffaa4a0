//! A rule pattern tried, anchored, only where its matches may start
//! ([`super::starts`]), with a lazy DFA of its own: one search there costs
//! its few steps, where the regex crate's search of the same span paid for
//! its set-up and a second, reverse search for the match's start.

use std::sync::{Arc, OnceLock};

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::{self, NFA, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::util::pool::Pool;
use regex_automata::util::start;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchError, MatchKind, Span};

use super::prebuilt::Prebuilt;

/// The regex crate's lazy-DFA cache for one pattern.
const CACHE_BYTES: usize = 2 * (1 << 20);

type CacheFn =
    Box<dyn Fn() -> Cache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// The anchored lazy DFA and its caches, one a thread, and the DFA of the
/// pattern's ASCII form built with the program, tried first
/// ([`super::prebuilt`]).
struct AnchoredDfa {
    dfa: Arc<DFA>,
    caches: Pool<Cache, CacheFn>,
    ascii: Option<Prebuilt>,
}

impl AnchoredDfa {
    fn new(dfa: Arc<DFA>, ascii: Option<Prebuilt>) -> Self {
        let of = Arc::clone(&dfa);
        Self {
            dfa,
            caches: Pool::new(Box::new(move || of.create_cache())),
            ascii,
        }
    }

    /// The matches starting at some of `starts` (in order), each tried
    /// from the end of the one before.
    fn find_at(&self, text: &str, starts: &[usize]) -> Result<Vec<Span>, MatchError> {
        let mut cache = self.caches.get();
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut from = 0;
        for &at in starts {
            if at < from {
                continue;
            }
            let end = match self.ascii.as_ref().and_then(|d| d.match_at(bytes, at)) {
                Some(end) => end,
                None => self.match_at(&mut cache, bytes, at)?,
            };
            if let Some(end) = end {
                out.push(Span { start: at, end });
                from = end;
            }
        }
        Ok(out)
    }

    /// Where the match starting at `at` ends, by the lazy DFA.
    fn match_at(
        &self,
        cache: &mut Cache,
        bytes: &[u8],
        at: usize,
    ) -> Result<Option<usize>, MatchError> {
        let dfa = &*self.dfa;
        let before = at.checked_sub(1).and_then(|i| bytes.get(i)).copied();
        let config = start::Config::new()
            .anchored(Anchored::Yes)
            .look_behind(before);
        let mut sid = dfa
            .start_state(cache, &config)
            .map_err(|_| MatchError::gave_up(at))?;
        let mut end = None;
        let mut i = at;
        while let Some(&b) = bytes.get(i) {
            sid = dfa
                .next_state(cache, sid, b)
                .map_err(|_| MatchError::gave_up(i))?;
            if sid.is_tagged() {
                // Matches show one byte late: this one ended before `b`.
                if sid.is_match() {
                    end = Some(i);
                } else if sid.is_dead() {
                    break;
                } else if sid.is_quit() {
                    return Err(MatchError::quit(b, i));
                }
            }
            i += 1;
        }
        if i == bytes.len() {
            sid = dfa
                .next_eoi_state(cache, sid)
                .map_err(|_| MatchError::gave_up(i))?;
            if sid.is_match() {
                end = Some(i);
            }
        }
        Ok(end)
    }
}

/// One rule pattern (see the module's note).
pub struct Pattern {
    source: String,
    /// Its automaton, which [`super::starts::Starts`] reads; none when it
    /// may match the empty text or has Unicode word boundaries (searched
    /// for everywhere, by `regex`).
    nfa: Option<NFA>,
    anchored: Option<AnchoredDfa>,
    /// The regex crate's engine: for groups, and for a pattern searched for
    /// everywhere; compiled when first needed.
    regex: OnceLock<Option<Regex>>,
    /// The same engine without its lazy DFA, for the groups of a match
    /// already found (a few bytes, which its bounded backtracker reads
    /// where the lazy DFA built states for each new match first: 24 K
    /// instructions a match of the 64 dev texts); compiled with `regex`
    /// for a pattern with groups.
    groups: OnceLock<Option<Regex>>,
}

/// The regex crate's `Regex::new`, as a [`meta::Regex`] (whose searches
/// can be anchored): the same configuration, so the same matches.
fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    compile_with(pattern, true)
}

/// [`compile`], with or without the lazy DFA (every engine of the regex
/// crate finds the same matches and groups).
fn compile_with(pattern: &str, lazy_dfa: bool) -> Result<Regex, regex::Error> {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .nfa_size_limit(Some(10 * (1 << 20)))
                .hybrid_cache_capacity(CACHE_BYTES)
                .hybrid(lazy_dfa)
                .match_kind(MatchKind::LeftmostFirst)
                .utf8_empty(true),
        )
        .syntax(syntax::Config::new().utf8(true))
        .build(pattern)
        .map_err(|e| regex::Error::Syntax(e.to_string()))
}

impl Pattern {
    /// Compiles `source`; `groups`: its groups are asked for (the regex
    /// crate's engine is compiled now).
    pub fn new(source: &str, groups: bool) -> Result<Self, regex::Error> {
        let nfa = thompson::Compiler::new()
            .syntax(syntax::Config::new().utf8(true))
            .configure(
                thompson::Config::new()
                    .nfa_size_limit(Some(10 * (1 << 20)))
                    .which_captures(WhichCaptures::None),
            )
            .build(source)
            .ok()
            .filter(|nfa| !nfa.has_empty() && !nfa.look_set_any().contains_word_unicode());
        let anchored = nfa.as_ref().and_then(|nfa| {
            DFA::builder()
                .configure(DFA::config().cache_capacity(CACHE_BYTES))
                .build_from_nfa(nfa.clone())
                .ok()
                .map(|dfa| AnchoredDfa::new(Arc::new(dfa), Prebuilt::of(source)))
        });
        let nfa = nfa.filter(|_| anchored.is_some());
        let (regex, with_groups) = (OnceLock::new(), OnceLock::new());
        if groups || nfa.is_none() {
            let _ = regex.set(Some(compile(source)?));
        }
        if groups {
            let _ = with_groups.set(Some(compile_with(source, false)?));
        }
        Ok(Self {
            source: source.to_owned(),
            nfa,
            anchored,
            regex,
            groups: with_groups,
        })
    }

    /// Whether the pattern has a DFA built with the program.
    #[cfg(test)]
    pub fn has_prebuilt(&self) -> bool {
        self.anchored.as_ref().is_some_and(|a| a.ascii.is_some())
    }

    /// The automaton [`super::starts::Starts`] reads, when the pattern is
    /// tried at its starts.
    pub fn automaton(&self) -> Option<&NFA> {
        self.nfa.as_ref()
    }

    fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| compile(&self.source).ok())
            .as_ref()
    }

    /// The engine that reads the groups of a match found ([`Pattern::groups`]).
    fn groups(&self) -> Option<&Regex> {
        self.groups
            .get_or_init(|| compile_with(&self.source, false).ok())
            .as_ref()
    }

    /// The matches in `text` that a search of the whole text finds
    /// (leftmost-first, none overlapping), trying only `starts` when given:
    /// the first of them where a match starts gives the leftmost one, which
    /// is the same as a search's.
    pub fn find_all(&self, text: &str, starts: Option<&[usize]>) -> Vec<Span> {
        if let (Some(starts), Some(anchored)) = (starts, &self.anchored) {
            // An error is not met with these patterns' configuration; a
            // search of the whole text answers all the same.
            if let Ok(found) = anchored.find_at(text, starts) {
                return found;
            }
        }
        self.search_all(text)
    }

    fn search_all(&self, text: &str) -> Vec<Span> {
        self.regex()
            .map(|re| re.find_iter(text).map(|m| m.span()).collect())
            .unwrap_or_default()
    }

    /// As [`Pattern::find_all`], with each match's groups.
    pub fn captures_all(&self, text: &str, starts: Option<&[usize]>) -> Vec<Captures> {
        let Some(re) = self.regex() else {
            return Vec::new();
        };
        if starts.is_none() || self.anchored.is_none() {
            return re.captures_iter(text).collect();
        }
        let re = self.groups().unwrap_or(re);
        self.find_all(text, starts)
            .into_iter()
            .filter_map(|m| {
                let mut caps = re.create_captures();
                let input = Input::new(text)
                    .range(m.start..m.end)
                    .anchored(Anchored::Yes);
                re.search_captures(&input, &mut caps);
                caps.is_match().then_some(caps)
            })
            .collect()
    }
}

impl Clone for Pattern {
    /// A copy with caches of its own.
    fn clone(&self) -> Self {
        Self {
            source: self.source.clone(),
            nfa: self.nfa.clone(),
            anchored: self
                .anchored
                .as_ref()
                .map(|a| AnchoredDfa::new(Arc::clone(&a.dfa), a.ascii.clone())),
            regex: self.regex.clone(),
            groups: self.groups.clone(),
        }
    }
}

impl std::fmt::Debug for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The source alone: the engines' dumps run to megabytes.
        write!(f, "{:?}", self.source)
    }
}
