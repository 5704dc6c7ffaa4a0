//! A lexicon of line openers ("Share this", "Sign up for") tried only on a
//! line that opens with a word one of its alternatives can open with.
//!
//! One regex of a hundred alternatives anchored at the line's start is cheap
//! on a line it has seen, costly on a line it has not: its lazy DFA builds a
//! state for each new opening from sets of hundreds of automaton states. So
//! each alternative's first words are read off its syntax tree (an
//! alternative with none that can be read, such as "`\d+ comments`" or
//! "`([\w']+ )?disclosures:`", is tried on every line), the alternatives are
//! grouped by first word, and a line meets only the small regex of the
//! alternatives its first word can open. The answer is the single regex's:
//! it matches when one of its alternatives does, and an alternative matches
//! only a line that opens with one of its first words.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{LazyLock, OnceLock};

use regex_automata::meta::Regex;
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look};

/// Most open readings the analysis follows through an alternative before it
/// calls the alternative's first word unknown.
const MAX_STATES: usize = 2048;
/// Most characters of a first word followed: a longer one is read as a
/// word beginning with these.
const MAX_WORD: usize = 24;
/// Most distinct characters a class may stand for inside a first word (a
/// letter in either case is one).
const MAX_CLASS: usize = 8;
/// A run of ASCII digits in a first word, whatever its digits and length:
/// `\d{4}` and "2026" both read "#".
const DIGITS: char = '#';

/// Unicode `\w`, as the regex engine reads it.
static WORD: LazyLock<Option<ClassUnicode>> =
    LazyLock::new(
        || match regex_syntax::Parser::new().parse(r"\w").map(Hir::into_kind) {
            Ok(HirKind::Class(Class::Unicode(class))) => Some(class),
            _ => None,
        },
    );

/// Whether `c` is a word character of the regex engine (`\w`).
pub fn is_word(c: char) -> bool {
    (*WORD).as_ref().is_some_and(|w| {
        w.ranges()
            .binary_search_by(|r| {
                if r.end() < c {
                    std::cmp::Ordering::Less
                } else if r.start() > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    })
}

/// Where a match stands, read from its start.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Reading {
    /// Only non-word characters so far.
    Before,
    /// Inside the first word: its characters so far, lower-case.
    In(String),
    /// The first word, closed by a non-word character, a word boundary or
    /// the end of the text.
    Done(String),
    /// A first word beginning with these [`MAX_WORD`] characters.
    Long(String),
}

/// The first word of an alternative's matches.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum First {
    /// Exactly this word (lower-case, digit runs as `#`).
    Word(String),
    /// A word beginning with this (the match may end inside the word).
    Prefix(String),
}

/// The first words of the matches of `pattern` (one alternative of a
/// case-insensitive lexicon), or `None` when they cannot be read off it.
pub fn first_words(pattern: &str) -> Option<BTreeSet<First>> {
    let word = (*WORD).as_ref()?;
    let hir = regex_syntax::Parser::new()
        .parse(&format!("(?i:{pattern})"))
        .ok()?;
    let start = BTreeSet::from([Reading::Before]);
    let end = step(&hir, &start, word)?;
    end.into_iter()
        .map(|r| match r {
            Reading::Before => None,
            Reading::In(p) | Reading::Long(p) => Some(First::Prefix(p)),
            Reading::Done(w) => Some(First::Word(w)),
        })
        .collect()
}

/// The readings after `hir` from each of `from`; `None` past the bounds.
fn step(hir: &Hir, from: &BTreeSet<Reading>, word: &ClassUnicode) -> Option<BTreeSet<Reading>> {
    if from
        .iter()
        .all(|r| matches!(r, Reading::Done(_) | Reading::Long(_)))
    {
        return Some(from.clone());
    }
    let out = match hir.kind() {
        HirKind::Empty => from.clone(),
        HirKind::Literal(lit) => {
            let mut cur = from.clone();
            for c in std::str::from_utf8(&lit.0).ok()?.chars() {
                let one = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
                cur = step_class(&cur, &one, word)?;
            }
            cur
        }
        HirKind::Class(Class::Unicode(class)) => step_class(from, class, word)?,
        HirKind::Class(Class::Bytes(_)) => return None,
        HirKind::Look(look) => from.iter().map(|r| step_look(r, *look)).collect(),
        HirKind::Capture(cap) => step(&cap.sub, from, word)?,
        HirKind::Concat(subs) => {
            let mut cur = from.clone();
            for sub in subs {
                cur = step(sub, &cur, word)?;
            }
            cur
        }
        HirKind::Alternation(subs) => {
            let mut out = BTreeSet::new();
            for sub in subs {
                out.extend(step(sub, from, word)?);
            }
            out
        }
        HirKind::Repetition(rep) => {
            let mut cur = from.clone();
            for _ in 0..rep.min {
                cur = step(&rep.sub, &cur, word)?;
            }
            // Then any further number up to the maximum: the readings
            // reached, grown from the new ones until none are new.
            let mut all = cur.clone();
            let mut fresh = cur;
            let mut n = rep.min;
            while !fresh.is_empty() && rep.max.is_none_or(|max| n < max) {
                let next = step(&rep.sub, &fresh, word)?;
                fresh = next.difference(&all).cloned().collect();
                all.extend(fresh.iter().cloned());
                if all.len() > MAX_STATES {
                    return None;
                }
                n += 1;
            }
            all
        }
    };
    (out.len() <= MAX_STATES).then_some(out)
}

/// The readings after one character of `class`.
fn step_class(
    from: &BTreeSet<Reading>,
    class: &ClassUnicode,
    word: &ClassUnicode,
) -> Option<BTreeSet<Reading>> {
    let mut in_word = class.clone();
    in_word.intersect(word);
    let mut other = class.clone();
    other.difference(word);
    // A word character outside ASCII is left out: a line whose first word
    // holds one meets the whole lexicon (see [`Openers::is_match`]).
    let letters = || -> Option<BTreeSet<char>> {
        let mut set = BTreeSet::new();
        for range in in_word.ranges() {
            let (a, b) = (range.start(), range.end().min('\x7f'));
            for c in a..=b {
                set.insert(if c.is_ascii_digit() {
                    DIGITS
                } else {
                    c.to_ascii_lowercase()
                });
                if set.len() > MAX_CLASS {
                    return None;
                }
            }
        }
        Some(set)
    };
    let mut out = BTreeSet::new();
    for r in from {
        let prefix = match r {
            Reading::Done(_) | Reading::Long(_) => {
                out.insert(r.clone());
                continue;
            }
            Reading::Before => {
                if !other.ranges().is_empty() {
                    out.insert(Reading::Before);
                }
                ""
            }
            Reading::In(p) => {
                if !other.ranges().is_empty() {
                    out.insert(Reading::Done(p.clone()));
                }
                p.as_str()
            }
        };
        if in_word.ranges().is_empty() {
            continue;
        }
        for c in letters()? {
            let mut p = prefix.to_string();
            if !(c == DIGITS && p.ends_with(DIGITS)) {
                p.push(c);
            }
            out.insert(if p.len() < MAX_WORD {
                Reading::In(p)
            } else {
                Reading::Long(p)
            });
        }
    }
    Some(out)
}

/// The reading after an assertion: the end of the text and a word's end
/// close a word; other assertions leave the reading as it was (the
/// readings then stand for more matches than there are, never fewer).
fn step_look(r: &Reading, look: Look) -> Reading {
    let closes = matches!(
        look,
        Look::End
            | Look::EndLF
            | Look::EndCRLF
            | Look::WordUnicode
            | Look::WordEndUnicode
            | Look::WordEndHalfUnicode
    );
    match r {
        Reading::In(p) if closes => Reading::Done(p.clone()),
        _ => r.clone(),
    }
}

/// The words a line opens with, lower-case with digit runs as `#`: the
/// first, and the second when the first is a connective. `None` when one
/// of them holds a word character outside ASCII.
fn openings(line: &str, connectives: &BTreeSet<String>) -> Option<(String, Option<String>)> {
    let (first, rest) = next_word(line)?;
    let second = if connectives.contains(&first) {
        Some(next_word(rest)?.0)
    } else {
        None
    };
    Some((first, second))
}

/// The first word of `text` after any non-word characters, and the text
/// after it; `None` when the word holds a character outside ASCII.
fn next_word(text: &str) -> Option<(String, &str)> {
    let start = text.find(is_word).unwrap_or(text.len());
    let rest = &text[start..];
    let end = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
    let w = &rest[..end];
    if !w.is_ascii() {
        return None;
    }
    let mut key = String::with_capacity(w.len());
    for c in w.chars() {
        if c.is_ascii_digit() {
            if !key.ends_with(DIGITS) {
                key.push(DIGITS);
            }
        } else {
            key.push(c.to_ascii_lowercase());
        }
    }
    Some((key, &rest[end..]))
}

/// The alternatives of some first words as one regex, compiled when a line
/// first asks.
///
/// The regex is anchored at its start, `(?i)^(?:C)?(?:A1|A2|…)`, without
/// the lexicon's leading `\W*`, and tried from each character of the
/// line's leading non-word characters and from its first word: that is
/// where `\W*` may end. The answer is the same (a word boundary at such a
/// start sees a non-word character before it, as at the start of the
/// text), and Unicode `\W` was most of the cost of compiling a group.
struct Group {
    pattern: String,
    regex: OnceLock<Regex>,
}

impl Group {
    /// `lead`: the length of the line's leading non-word characters.
    fn is_match(&self, line: &str, lead: usize, compile: fn(&str) -> Regex) -> bool {
        let regex = self.regex.get_or_init(|| compile(&self.pattern));
        line[..lead]
            .char_indices()
            .map(|(i, _)| i)
            .chain([lead])
            .any(|i| regex.is_match(&line[i..]))
    }
}

/// A case-insensitive lexicon of line openers, after any leading non-word
/// characters and an optional connective: `(?i)^\W*(?:C)?(?:A1|A2|…)`.
pub struct Openers {
    compile: fn(&str) -> Regex,
    /// The first words of the connective ("or", "and").
    connectives: BTreeSet<String>,
    /// The whole lexicon, for a line opening with a word outside ASCII
    /// (none when every alternative is tried on every line).
    all: Option<Group>,
    /// The groups of alternatives of the same first words.
    groups: Vec<Group>,
    /// Each first word's group.
    words: BTreeMap<String, usize>,
    /// Each beginning of a first word's group.
    prefixes: Vec<(String, usize)>,
    /// The alternatives whose first words cannot be read, tried on every line.
    unread: Option<Group>,
}

impl Openers {
    /// `connective` and `alternatives` are regex source; `compile` builds
    /// each group's regex, `every` that of the alternatives tried on every
    /// line.
    pub fn new(
        connective: &str,
        alternatives: &[String],
        compile: fn(&str) -> Regex,
        every: fn(&str) -> Regex,
    ) -> Self {
        let pattern = |alts: &[&String]| {
            let joined = alts
                .iter()
                .map(|a| format!("(?:{a})"))
                .collect::<Vec<_>>()
                .join("|");
            format!(r"(?i)^(?:{connective})?(?:{joined})")
        };
        let group = |alts: &[&String]| Group {
            pattern: pattern(alts),
            regex: OnceLock::new(),
        };
        let all: Vec<&String> = alternatives.iter().collect();
        // A connective that cannot be read: every line meets the lexicon.
        let connectives = first_words(connective).and_then(|set| {
            set.into_iter()
                .map(|f| match f {
                    First::Word(w) => Some(w),
                    First::Prefix(_) => None,
                })
                .collect::<Option<BTreeSet<String>>>()
        });
        let Some(connectives) = connectives else {
            let unread = group(&all);
            unread.regex.get_or_init(|| every(&unread.pattern));
            return Self {
                compile,
                connectives: BTreeSet::new(),
                all: None,
                groups: Vec::new(),
                words: BTreeMap::new(),
                prefixes: Vec::new(),
                unread: Some(unread),
            };
        };
        // The alternatives (by index) of each first word and beginning.
        let mut words: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut prefixes: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut unread = Vec::new();
        for (i, alt) in alternatives.iter().enumerate() {
            match first_words(alt) {
                None => unread.push(alt),
                Some(firsts) => {
                    for f in firsts {
                        let (map, key) = match f {
                            First::Word(w) => (&mut words, w),
                            First::Prefix(p) => (&mut prefixes, p),
                        };
                        map.entry(key).or_default().push(i);
                    }
                }
            }
        }
        // One group for words of the same alternatives ("comment" and
        // "comments"; the underscores of a rule of any length).
        let mut groups = Vec::new();
        let mut seen: BTreeMap<Vec<usize>, usize> = BTreeMap::new();
        let mut index = |alts: Vec<usize>| {
            *seen.entry(alts).or_insert_with_key(|alts| {
                let alts: Vec<&String> = alts.iter().map(|&i| &alternatives[i]).collect();
                groups.push(group(&alts));
                groups.len() - 1
            })
        };
        let words = words.into_iter().map(|(w, a)| (w, index(a))).collect();
        let prefixes = prefixes.into_iter().map(|(p, a)| (p, index(a))).collect();
        Self {
            compile,
            connectives,
            all: Some(group(&all)),
            groups,
            words,
            prefixes,
            unread: (!unread.is_empty()).then(|| {
                // Tried on every line: compiled now, with the lexicon,
                // rather than inside the first article's time.
                let g = group(&unread);
                g.regex.get_or_init(|| every(&g.pattern));
                g
            }),
        }
    }

    /// Whether the lexicon's regex matches `line`.
    pub fn is_match(&self, line: &str) -> bool {
        let compile = self.compile;
        let lead = line.find(is_word).unwrap_or(line.len());
        if self
            .unread
            .as_ref()
            .is_some_and(|g| g.is_match(line, lead, compile))
        {
            return true;
        }
        let Some(all) = &self.all else {
            return false;
        };
        let Some((first, second)) = openings(line, &self.connectives) else {
            return all.is_match(line, lead, compile);
        };
        let tried = |g: usize| {
            self.groups
                .get(g)
                .is_some_and(|g| g.is_match(line, lead, compile))
        };
        [Some(first), second].into_iter().flatten().any(|w| {
            self.words.get(&w).is_some_and(|&g| tried(g))
                || self
                    .prefixes
                    .iter()
                    .any(|(p, g)| w.starts_with(p.as_str()) && tried(*g))
        })
    }

    /// The patterns of the alternatives tried on every line.
    #[cfg(test)]
    pub fn unread_pattern(&self) -> Option<&str> {
        self.unread.as_ref().map(|g| g.pattern.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(pattern: &str) -> Option<Vec<String>> {
        first_words(pattern).map(|set| {
            let mut v: Vec<String> = set
                .into_iter()
                .map(|f| match f {
                    First::Word(w) => w,
                    First::Prefix(p) => format!("{p}…"),
                })
                .collect();
            v.sort();
            v
        })
    }

    #[test]
    fn first_words_are_read_off_the_syntax() {
        let v = |s: &[&str]| Some(s.iter().map(|w| w.to_string()).collect::<Vec<_>>());
        assert_eq!(words(r"leave a (reply|comment)"), v(&["leave"]));
        assert_eq!(words(r"(post|add) (a )?comments?\b"), v(&["add", "post"]));
        assert_eq!(words(r"comments? ?\(\d+\)"), v(&["comment", "comments"]));
        assert_eq!(words(r"subscribe( now| to)?\b"), v(&["subscribe"]));
        assert_eq!(words(r"advert\W*$"), v(&["advert"]));
        assert_eq!(words(r"\(?(adds|updates)\b"), v(&["adds", "updates"]));
        assert_eq!(words(r"\d{1,3} min(ute)?s? read\b"), v(&["#"]));
        assert_eq!(words(r"(©|\(c\))\s*\d{4}"), v(&["#…", "c"]));
        // A match that may end inside its word gives a beginning only.
        assert_eq!(words(r"tweet"), v(&["tweet…"]));
        // Any word, or underscores of any number: not read.
        // Any word, or none: not read.
        assert_eq!(words(r"([\w']+ )?disclosures?\s*:"), None);
        assert_eq!(words(r"\W*$"), None);
        // Underscores of any number: a long word is read by its beginning.
        let rule = words(r"_{3,}\W*$").unwrap_or_default();
        assert_eq!(rule.first().map(String::as_str), Some("___"));
        assert_eq!(rule.last(), Some(&format!("{}…", "_".repeat(MAX_WORD))));
        let event = words(r"event[\s_]*:").unwrap_or_default();
        assert_eq!(event.first().map(String::as_str), Some("event"));
        assert_eq!(event.get(1).map(String::as_str), Some("event_"));
    }

    #[test]
    fn a_line_opens_with_its_first_words() {
        let and = BTreeSet::from(["and".to_string(), "or".to_string()]);
        let o = |line: &str| openings(line, &and);
        assert_eq!(o("  — Share this"), Some(("share".into(), None)));
        assert_eq!(
            o("“Or sign up: now"),
            Some(("or".into(), Some("sign".into())))
        );
        assert_eq!(o("© 2026 Ledger"), Some(("#".into(), None)));
        assert_eq!(o("12a34 x"), Some(("#a#".into(), None)));
        assert_eq!(o("Zürich rose"), None);
        assert_eq!(o("And Zürich rose"), None);
        assert_eq!(o("..."), Some((String::new(), None)));
    }
}
