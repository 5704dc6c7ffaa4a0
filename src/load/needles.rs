//! The literals a lexicon's every match holds, read off its syntax tree: a
//! line without them (one Aho-Corasick pass, case-insensitive) cannot
//! match, so the lexicon's regex, whose lazy DFA is costly on text it has
//! not seen (a search anywhere in the line keeps every alternative alive at
//! every character), runs only on the few lines with them. A pattern gives
//! sets of literals, its every match holding one literal of each set:
//! `\([^()]{1,50}/[^()]{1,50}\)` gives "(", "/" and ")".

use std::collections::BTreeSet;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use regex_automata::meta::Regex;
use regex_syntax::hir::{Class, ClassUnicode, Hir, HirKind};

/// Most literals a part of a pattern is spelled out into.
const MAX_SET: usize = 64;
/// Most characters of a class spelled out one by one.
const MAX_CLASS: usize = 10;

/// A set of literals, lower-case.
type Set = BTreeSet<String>;

/// What a part of a pattern says about the text it matches.
#[derive(Default)]
struct Info {
    /// Every text it matches, when they are few.
    exact: Option<Set>,
    /// Sets of literals each of which its every match holds one of.
    all: Vec<Set>,
}

/// How well a set of literals says "no": its shortest literal's length,
/// then the fewer literals; `None` for a set that says nothing (empty, or
/// with the empty literal).
fn score(set: &Set) -> Option<(usize, std::cmp::Reverse<usize>)> {
    let shortest = set.iter().map(String::len).min()?;
    (shortest > 0).then_some((shortest, std::cmp::Reverse(set.len())))
}

/// The sets of `info` one of whose literals each match holds: its own, and
/// its exact texts when they say something.
fn sets(info: Info) -> Vec<Set> {
    let mut all = info.all;
    if let Some(e) = info.exact.filter(|e| score(e).is_some()) {
        all.push(e);
    }
    all
}

/// The set of `sets` that says "no" best.
fn best(sets: Vec<Set>) -> Option<Set> {
    sets.into_iter().max_by_key(score)
}

/// Each literal of `a` followed by each of `b`, when they are few.
fn product(a: &Set, b: &Set) -> Option<Set> {
    if a.len() * b.len() > MAX_SET {
        return None;
    }
    Some(
        a.iter()
            .flat_map(|x| b.iter().map(move |y| format!("{x}{y}")))
            .collect(),
    )
}

/// A class's characters as literals, when they are few. A character
/// outside ASCII that shares a class with an ASCII letter is that letter's
/// other case ("ſ" of "s", the Kelvin sign of "k"): it goes to `folds`,
/// and a line holding one is not searched for literals.
fn class_set(class: &ClassUnicode, folds: &mut BTreeSet<char>) -> Option<Set> {
    let count: usize = class.ranges().iter().map(|r| r.len()).sum();
    if count > MAX_CLASS {
        return None;
    }
    let chars = || class.ranges().iter().flat_map(|r| r.start()..=r.end());
    let letter = chars().any(|c| c.is_ascii_alphabetic());
    let mut set = BTreeSet::new();
    for c in chars() {
        if c.is_ascii() {
            set.insert(c.to_ascii_lowercase().to_string());
        } else if letter {
            folds.insert(c);
        } else {
            set.insert(c.to_string());
        }
    }
    Some(set)
}

fn info(hir: &Hir, folds: &mut BTreeSet<char>) -> Info {
    let exact = |e: Option<Set>| Info {
        exact: e,
        all: Vec::new(),
    };
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => exact(Some(BTreeSet::from([String::new()]))),
        HirKind::Literal(lit) => exact(
            std::str::from_utf8(&lit.0)
                .ok()
                .map(|s| BTreeSet::from([s.to_ascii_lowercase()])),
        ),
        HirKind::Class(Class::Unicode(class)) => exact(class_set(class, folds)),
        HirKind::Class(Class::Bytes(_)) => Info::default(),
        HirKind::Capture(cap) => info(&cap.sub, folds),
        HirKind::Repetition(rep) => {
            let sub = info(&rep.sub, folds);
            match (rep.min, rep.max) {
                (0, Some(1)) => exact(sub.exact.map(|mut e| {
                    e.insert(String::new());
                    e
                })),
                (0, _) => Info::default(),
                (1, Some(1)) => sub,
                _ => Info {
                    exact: None,
                    all: sets(sub),
                },
            }
        }
        HirKind::Alternation(subs) => {
            let infos: Vec<Info> = subs.iter().map(|s| info(s, folds)).collect();
            let mut exact = Some(Set::new());
            for i in &infos {
                exact = match (exact, &i.exact) {
                    (Some(mut all), Some(e)) => {
                        all.extend(e.iter().cloned());
                        (all.len() <= MAX_SET).then_some(all)
                    }
                    _ => None,
                };
            }
            // Each branch's best set, when every branch has one.
            let mut union = Some(Set::new());
            for i in infos {
                union = match (union, best(sets(i))) {
                    (Some(mut all), Some(set)) => {
                        all.extend(set);
                        Some(all)
                    }
                    _ => None,
                };
            }
            Info {
                exact,
                all: union.into_iter().collect(),
            }
        }
        HirKind::Concat(subs) => {
            let mut all = Vec::new();
            // Each part's own sets, and runs of parts spelled out.
            let mut run: Option<Set> = None;
            let mut whole = Some(BTreeSet::from([String::new()]));
            for sub in subs {
                let i = info(sub, folds);
                whole = match (&whole, &i.exact) {
                    (Some(w), Some(e)) => product(w, e),
                    _ => None,
                };
                match &i.exact {
                    Some(e) => {
                        run = Some(match run.take() {
                            None => e.clone(),
                            Some(r) => product(&r, e).unwrap_or_else(|| {
                                all.push(r);
                                e.clone()
                            }),
                        })
                    }
                    None => all.extend(run.take()),
                }
                all.extend(i.all);
            }
            all.extend(run);
            all.retain(|s| score(s).is_some());
            Info { exact: whole, all }
        }
    }
}

/// Sets of literals each of which every match of `pattern` (one
/// alternative of a case-insensitive lexicon) holds one of; none when
/// there are none to read.
pub fn required_sets(pattern: &str, folds: &mut BTreeSet<char>) -> Vec<Set> {
    let Ok(hir) = regex_syntax::Parser::new().parse(&format!("(?i:{pattern})")) else {
        return Vec::new();
    };
    let mut all = sets(info(&hir, folds));
    all.sort();
    all.dedup();
    all
}

/// The one set of literals that says "no" best for `pattern`.
pub fn required_literals(pattern: &str, folds: &mut BTreeSet<char>) -> Option<Set> {
    best(required_sets(pattern, folds))
}

/// Most sets of literals a lone alternative is looked for by (the best).
const MAX_SETS: usize = 4;

/// A quick "no" for a case-insensitive lexicon searched anywhere in a text:
/// for one alternative, a text must hold a literal of each of its sets; for
/// several, a literal of the best set of one of them.
#[derive(Clone, Debug)]
pub struct Needles {
    /// A search for each set, the best first; `None` when an alternative
    /// has none. (Each stops at its first literal found; one pass for all
    /// the sets at once had to see every literal of the text, each "the"
    /// and "19" of an article.)
    searches: Option<Vec<AhoCorasick>>,
    folds: BTreeSet<char>,
}

impl Needles {
    /// From the lexicon's alternatives (regex source).
    pub fn new(alternatives: &[String]) -> Self {
        let mut folds = BTreeSet::new();
        let sets: Option<Vec<Set>> = match alternatives {
            [one] => Some(required_sets(one, &mut folds))
                .filter(|s| !s.is_empty())
                .map(|mut s| {
                    s.sort_by_key(|set| std::cmp::Reverse(score(set)));
                    s.truncate(MAX_SETS);
                    s
                }),
            _ => alternatives
                .iter()
                .map(|a| required_literals(a, &mut folds))
                .try_fold(Set::new(), |mut all, set| {
                    all.extend(set?);
                    Some(all)
                })
                .map(|all| vec![all]),
        };
        let searches = sets.and_then(|sets| {
            sets.iter()
                .map(|set| {
                    AhoCorasick::builder()
                        .kind(Some(AhoCorasickKind::DFA))
                        .ascii_case_insensitive(true)
                        .build(set)
                        .ok()
                })
                .collect()
        });
        Self { searches, folds }
    }

    /// False when the lexicon cannot match `text`.
    pub fn may_match(&self, text: &str) -> bool {
        let Some(searches) = &self.searches else {
            return true;
        };
        // A fold outside ASCII is looked for (one quick search each) only
        // when the literals are not all there.
        searches.iter().all(|s| s.is_match(text))
            || !text.is_ascii() && self.folds.iter().any(|&c| text.contains(c))
    }

    /// Whether every alternative gave literals to look for.
    #[cfg(test)]
    pub fn is_searching(&self) -> bool {
        self.searches.is_some()
    }
}

/// Which of several patterns may match a text, in one pass for all their
/// literals (each pattern's sets as in [`Needles`]): one search a pattern
/// and set was a walk over the text each, 0.8 M instructions for the rule
/// patterns on an article of 5 KB.
#[derive(Clone, Debug)]
pub struct Presence {
    /// All the literals; `None` when there are none.
    search: Option<AhoCorasick>,
    /// For each literal, the sets holding it.
    owners: Vec<Vec<usize>>,
    /// For each pattern, its sets (none: it may match any text).
    patterns: Vec<Vec<usize>>,
    sets: usize,
    folds: BTreeSet<char>,
}

impl Presence {
    /// From the patterns (regex source), read as case-insensitive.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Self {
        Self::with_kind(patterns, AhoCorasickKind::DFA)
    }

    /// As [`Presence::new`], its search an automaton of `kind`: a DFA
    /// for text it meets often, a contiguous NFA, a fraction of its cost
    /// to build, for the few lines another look-up let by.
    pub fn with_kind<'a>(
        patterns: impl IntoIterator<Item = &'a str>,
        kind: AhoCorasickKind,
    ) -> Self {
        let mut folds = BTreeSet::new();
        let mut literals: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        let mut sets = 0;
        let mut of_pattern = Vec::new();
        for p in patterns {
            let mut found = required_sets(p, &mut folds);
            found.sort_by_key(|set| std::cmp::Reverse(score(set)));
            found.truncate(MAX_SETS);
            let mut ids = Vec::new();
            for set in found {
                for l in set {
                    match literals.iter().position(|x| *x == l) {
                        Some(at) => owners[at].push(sets),
                        None => {
                            literals.push(l);
                            owners.push(vec![sets]);
                        }
                    }
                }
                ids.push(sets);
                sets += 1;
            }
            of_pattern.push(ids);
        }
        // A DFA: most sets of literals have no prefilter (too many in
        // either case), and its step is a few instructions a byte, the
        // automaton's default one several times that.
        let search = AhoCorasick::builder()
            .kind(Some(kind))
            .ascii_case_insensitive(true)
            .build(&literals)
            .ok();
        // Without the search, no pattern is ruled out.
        if search.is_none() {
            of_pattern.iter_mut().for_each(Vec::clear);
        }
        Self {
            search,
            owners,
            patterns: of_pattern,
            sets,
            folds,
        }
    }

    /// For each pattern, false when it cannot match `text`.
    pub fn in_text(&self, text: &str) -> Vec<bool> {
        let mut hit = vec![false; self.sets];
        if let Some(search) = &self.search {
            for m in search.find_overlapping_iter(text) {
                for &set in self
                    .owners
                    .get(m.pattern().as_usize())
                    .into_iter()
                    .flatten()
                {
                    hit[set] = true;
                }
            }
        }
        let fold = !text.is_ascii() && self.folds.iter().any(|&c| text.contains(c));
        self.patterns
            .iter()
            .map(|sets| fold || sets.iter().all(|&s| hit[s]))
            .collect()
    }
}

/// A lexicon tried one alternative at a time, each only on a line with
/// its literals. Bounded repeats of several alternatives run side by side
/// in one automaton make a state of each combination of their counts, new
/// on nearly every line; one alternative's states are few, and made once.
pub struct Split {
    parts: Vec<(Needles, Regex)>,
}

impl Split {
    /// `wrap` makes an alternative's whole pattern (flags, anchors), which
    /// `compile` builds now, with the rest of the lexicon, on the thread
    /// that compiles it while the model loads: compiled when a line first
    /// asked, half of them were, inside the first article's time.
    pub fn new(
        alternatives: &[String],
        wrap: impl Fn(&str) -> String,
        compile: fn(&str) -> Regex,
    ) -> Self {
        let parts = alternatives
            .iter()
            .map(|a| (Needles::new(std::slice::from_ref(a)), compile(&wrap(a))))
            .collect();
        Self { parts }
    }

    /// Whether one of the alternatives matches `line`.
    pub fn is_match(&self, line: &str) -> bool {
        self.parts
            .iter()
            .any(|(needles, regex)| needles.may_match(line) && regex.is_match(line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn literals(pattern: &str) -> Option<Vec<String>> {
        required_literals(pattern, &mut BTreeSet::new()).map(|s| s.into_iter().collect())
    }

    #[test]
    fn literals_are_read_off_the_syntax() {
        let v = |s: &[&str]| Some(s.iter().map(|w| w.to_string()).collect::<Vec<_>>());
        assert_eq!(
            literals(r"all rights reserved"),
            v(&["all rights reserved"])
        );
        assert_eq!(
            literals(r"\b(to|in) your inbox\b"),
            v(&["in your inbox", "to your inbox"])
        );
        assert_eq!(literals(r"[\w.+-]+@[\w-]+\.[\w.-]+"), v(&["@"]));
        assert_eq!(literals(r"[»›→]\s*$"), v(&["»", "›", "→"]));
        assert_eq!(literals(r"https?://\S+\s*$"), v(&["http://", "https://"]));
        assert_eq!(
            literals(r"\bad[ -]?block(er|s)?\b"),
            v(&[
                "ad block",
                "ad blocker",
                "ad blocks",
                "ad-block",
                "ad-blocker",
                "ad-blocks",
                "adblock",
                "adblocker",
                "adblocks"
            ])
        );
        assert_eq!(
            literals(r"[·|•]\s*(sponsored|presented) by\b"),
            v(&["presented by", "sponsored by"])
        );
        // Nothing every match holds.
        assert_eq!(literals(r"\w+\s*$"), None);
        assert_eq!(literals(r"(a|\d)+"), None);
    }

    #[test]
    fn a_line_without_the_literals_cannot_match() {
        let lexicon = [
            r"unsubscribe at any time".to_string(),
            r"[»›→]\s*$".to_string(),
        ];
        let needles = Needles::new(&lexicon);
        assert!(needles.may_match("You can UNSUBSCRIBE at any time."));
        assert!(needles.may_match("See the ten stocks »"));
        assert!(!needles.may_match("Shares in Østra rose 4% after the results."));
        // The long s is an "s" to the case-insensitive regex.
        assert!(needles.may_match("Unſubscribe at any time"));
        // One alternative: a literal of each of its sets.
        let credit = Needles::new(&[r"\([^()]{1,50}/[^()]{1,50}\)".to_string()]);
        assert!(credit.may_match("A new plant (Keltic/Mara Lind)"));
        assert!(!credit.may_match("Sales rose 4% (to $2 billion) in Zürich"));
        assert!(!credit.may_match("It sells and/or leases them"));
        let none = Needles::new(&[r"\w+$".to_string()]);
        assert!(!none.is_searching());
        assert!(none.may_match("Shares rose."));
    }
}
