//! The literals a lexicon's every match holds, read off its syntax tree: a
//! line with none of them (one Aho-Corasick pass, case-insensitive) cannot
//! match, so the lexicon's regex, whose lazy DFA is costly on text it has
//! not seen (a search anywhere in the line keeps every alternative alive at
//! every character), runs only on the few lines with one.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use regex::Regex;
use regex_syntax::hir::{Class, ClassUnicode, Hir, HirKind};

/// Most literals a part of a pattern is spelled out into.
const MAX_SET: usize = 64;
/// Most characters of a class spelled out one by one.
const MAX_CLASS: usize = 10;

/// What a part of a pattern says about the text it matches.
#[derive(Default)]
struct Info {
    /// Every text it matches (lower-case), when they are few.
    exact: Option<BTreeSet<String>>,
    /// Literals one of which each of its matches holds.
    required: Option<BTreeSet<String>>,
}

/// The better of two literal sets to look for: the longer shortest
/// literal, then the fewer literals. A set with the empty literal is none.
fn better(a: Option<BTreeSet<String>>, b: Option<BTreeSet<String>>) -> Option<BTreeSet<String>> {
    let usable = |s: &Option<BTreeSet<String>>| {
        s.as_ref()
            .filter(|s| !s.is_empty() && s.iter().all(|l| !l.is_empty()))
            .map(|s| {
                let shortest = s.iter().map(String::len).min().unwrap_or(0);
                (shortest, std::cmp::Reverse(s.len()))
            })
    };
    match (usable(&a), usable(&b)) {
        (Some(x), Some(y)) if y > x => b,
        (Some(_), _) => a,
        (None, Some(_)) => b,
        (None, None) => None,
    }
}

/// Each literal of `a` followed by each of `b`, when they are few.
fn product(a: &BTreeSet<String>, b: &BTreeSet<String>) -> Option<BTreeSet<String>> {
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
fn class_set(class: &ClassUnicode, folds: &mut BTreeSet<char>) -> Option<BTreeSet<String>> {
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
    let exact = |e: Option<BTreeSet<String>>| Info {
        exact: e,
        required: None,
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
                    required: better(sub.required, sub.exact),
                },
            }
        }
        HirKind::Alternation(subs) => {
            let infos: Vec<Info> = subs.iter().map(|s| info(s, folds)).collect();
            let union = |sets: Vec<Option<BTreeSet<String>>>| {
                let mut all = BTreeSet::new();
                for set in sets {
                    all.extend(set?);
                }
                Some(all)
            };
            let all_exact = union(infos.iter().map(|i| i.exact.clone()).collect())
                .filter(|e| e.len() <= MAX_SET);
            let required = union(
                infos
                    .into_iter()
                    .map(|i| better(i.required, i.exact))
                    .collect(),
            );
            Info {
                exact: all_exact,
                required,
            }
        }
        HirKind::Concat(subs) => {
            let infos: Vec<Info> = subs.iter().map(|s| info(s, folds)).collect();
            let mut required = None;
            // Each part's own literals, and runs of parts spelled out.
            let mut run: Option<BTreeSet<String>> = None;
            let mut whole = Some(BTreeSet::from([String::new()]));
            for i in infos {
                whole = match (&whole, &i.exact) {
                    (Some(w), Some(e)) => product(w, e),
                    _ => None,
                };
                match &i.exact {
                    Some(e) => {
                        run = match run.take() {
                            None => Some(e.clone()),
                            Some(r) => product(&r, e).or_else(|| {
                                required = better(required.take(), Some(r));
                                Some(e.clone())
                            }),
                        }
                    }
                    None => required = better(required.take(), run.take()),
                }
                required = better(required.take(), better(i.required, i.exact));
            }
            Info {
                exact: whole,
                required: better(required, run),
            }
        }
    }
}

/// The literals one of which each match of `pattern` (one alternative of a
/// case-insensitive lexicon) holds, lower-case; `None` when there are none
/// to read.
pub fn required_literals(pattern: &str, folds: &mut BTreeSet<char>) -> Option<BTreeSet<String>> {
    let hir = regex_syntax::Parser::new()
        .parse(&format!("(?i:{pattern})"))
        .ok()?;
    let i = info(&hir, folds);
    better(i.required, i.exact)
}

/// A quick "no" for a case-insensitive lexicon searched anywhere in a line.
pub struct Needles {
    /// The literals of every alternative; `None` when one has none.
    search: Option<AhoCorasick>,
    folds: BTreeSet<char>,
}

impl Needles {
    /// From the lexicon's alternatives (regex source).
    pub fn new(alternatives: &[String]) -> Self {
        let mut folds = BTreeSet::new();
        let literals: Option<BTreeSet<String>> = alternatives
            .iter()
            .map(|a| required_literals(a, &mut folds))
            .try_fold(BTreeSet::new(), |mut all, set| {
                all.extend(set?);
                Some(all)
            });
        let search = literals.and_then(|l| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(l)
                .ok()
        });
        Self { search, folds }
    }

    /// False when the lexicon cannot match `line`.
    pub fn may_match(&self, line: &str) -> bool {
        let Some(search) = &self.search else {
            return true;
        };
        (!line.is_ascii() && line.chars().any(|c| self.folds.contains(&c))) || search.is_match(line)
    }

    /// Whether every alternative gave literals to look for.
    #[cfg(test)]
    pub fn is_searching(&self) -> bool {
        self.search.is_some()
    }
}

/// A lexicon tried one alternative at a time, each only on a line with
/// one of its literals. Bounded repeats of several alternatives run side by
/// side in one automaton make a state of each combination of their counts,
/// new on nearly every line; one alternative's states are few, and made
/// once.
pub struct Split {
    parts: Vec<Part>,
    compile: fn(&str) -> Regex,
}

struct Part {
    needles: Needles,
    pattern: String,
    regex: OnceLock<Regex>,
}

impl Split {
    /// `wrap` makes an alternative's whole pattern (flags, anchors);
    /// `compile` builds it when a line first asks.
    pub fn new(
        alternatives: &[String],
        wrap: impl Fn(&str) -> String,
        compile: fn(&str) -> Regex,
    ) -> Self {
        let parts = alternatives
            .iter()
            .map(|a| Part {
                needles: Needles::new(std::slice::from_ref(a)),
                pattern: wrap(a),
                regex: OnceLock::new(),
            })
            .collect();
        Self { parts, compile }
    }

    /// Whether one of the alternatives matches `line`.
    pub fn is_match(&self, line: &str) -> bool {
        self.parts.iter().any(|p| {
            p.needles.may_match(line)
                && p.regex
                    .get_or_init(|| (self.compile)(&p.pattern))
                    .is_match(line)
        })
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
        let none = Needles::new(&[r"\w+$".to_string()]);
        assert!(!none.is_searching());
        assert!(none.may_match("Shares rose."));
    }
}
