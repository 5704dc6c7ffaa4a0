//! A lexicon of line openers ("Share this", "Sign up for") tried only on a
//! line that opens with a word one of its alternatives can open with.
//!
//! One regex of a hundred alternatives anchored at the line's start is cheap
//! on a line it has seen, costly on a line it has not: its lazy DFA builds a
//! state for each new opening from sets of hundreds of automaton states. So
//! each alternative's first words are read off its syntax tree (ASCII
//! digits read as one digit key, so "`\d+ comments`" has one; an
//! alternative with none that can be read, such as
//! "`([\w']+ )?disclosures:`", is tried on every line), the alternatives are
//! grouped by first word, and a line meets only the small regex of the
//! alternatives its first word can open. The answer is the single regex's:
//! it matches when one of its alternatives does, and an alternative matches
//! only a line that opens with one of its first words.
//!
//! A first word outside ASCII ("Zürich", "ſhare") is read as far as its
//! characters fold to ASCII letters under case-insensitive matching ("ſ"
//! is an "s"): an alternative can open such a word only where its own
//! classes hold that character (it is then "wide", and met by every such
//! line) or where it ends before it (a beginning of the word read so far).

use std::collections::{BTreeMap, BTreeSet};

use regex_automata::meta::Regex;

mod first_words;

use super::rare::{Build, Rare};

use first_words::{DIGITS, First, fold, is_word, read_first_words};

/// A word a line opens with, read as the first words of the lexicon's
/// alternatives are.
#[derive(Debug, PartialEq, Eq)]
struct Opening {
    /// Lower case, digit runs as `#`, a character outside ASCII as the
    /// ASCII letter it folds to ("ſ" as "s").
    key: String,
    /// Whether the word goes on past `key` with a character outside ASCII
    /// that folds to no ASCII letter: `key` is then only its beginning.
    cut: bool,
    /// Whether the word holds a character outside ASCII.
    wide: bool,
}

/// The words a line opens with: the first, and the second when the first
/// is a connective.
fn openings(line: &str, connectives: &BTreeSet<String>) -> (Opening, Option<Opening>) {
    let (first, rest) = next_word(line);
    let second = (!first.cut && connectives.contains(&first.key)).then(|| next_word(rest).0);
    (first, second)
}

/// The first word of `text` after any non-word characters, and the text
/// after it.
fn next_word(text: &str) -> (Opening, &str) {
    let start = text.find(is_word).unwrap_or(text.len());
    let rest = &text[start..];
    let end = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
    let w = &rest[..end];
    let mut word = Opening {
        key: String::with_capacity(w.len()),
        cut: false,
        wide: !w.is_ascii(),
    };
    for c in w.chars() {
        if c.is_ascii_digit() {
            if !word.key.ends_with(DIGITS) {
                word.key.push(DIGITS);
            }
        } else if c.is_ascii() {
            word.key.push(c.to_ascii_lowercase());
        } else if let Some(a) = fold(c) {
            word.key.push(a);
        } else {
            word.cut = true;
            break;
        }
    }
    (word, &rest[end..])
}

/// The alternatives of some first words as one regex, compiled when a line
/// first asks, or as a few (see [`parts`]): the line matches where one
/// of them does, as it matches the one regex where one alternative does.
///
/// Each regex is anchored at its start, `(?i)^(?:C)?(?:A1|A2|…)`, without
/// the lexicon's leading `\W*`, and tried from each character of the
/// line's leading non-word characters and from its first word: that is
/// where `\W*` may end. The answer is the same (a word boundary at such a
/// start sees a non-word character before it, as at the start of the
/// text), and Unicode `\W` was most of the cost of compiling a group.
struct Group(Vec<Rare>);

/// An alternative with a counted repeat of any character ("`follow
/// .{1,60}@\w+`") stands in a regex of its own: beside the others it
/// multiplies their automaton's states, and the group's DFA built with the
/// program went over its size limit, so that the group was compiled at run
/// time, twice (with and without Unicode) on a line of "This …" with a
/// curly apostrophe (11 M instructions, a fiftieth of a batch of the dev
/// texts). Alone, each has its DFA, and so have the rest.
fn parts<'a>(alts: &[&'a String]) -> Vec<Vec<&'a String>> {
    let (wild, rest): (Vec<&String>, Vec<&String>) = alts.iter().partition(|a| a.contains(".{"));
    let rest = (!rest.is_empty()).then_some(rest);
    rest.into_iter()
        .chain(wild.into_iter().map(|a| vec![a]))
        .collect()
}

impl Group {
    /// `lead`: the length of the line's leading non-word characters.
    fn is_match(&self, line: &str, lead: usize, compile: Build) -> bool {
        self.0
            .iter()
            .any(|part| part_matches(part, line, lead, compile))
    }
}

/// Whether the regex `part` of a [`Group`] matches `line`.
fn part_matches(part: &Rare, line: &str, lead: usize, compile: Build) -> bool {
    // A line outside ASCII only by its punctuation, as the pattern
    // reads it: in ASCII (see `Rare::stand_in`).
    let stand_in = part.stand_in(line);
    let (line, lead) = match &stand_in {
        Some(s) => (s.as_str(), s.find(is_word).unwrap_or(s.len())),
        None => (line, lead),
    };
    let ascii = line.is_ascii();
    line[..lead]
        .char_indices()
        .map(|(i, _)| i)
        .chain([lead])
        .any(|i| part.matches(&line[i..], ascii, compile))
}

/// A case-insensitive lexicon of line openers, after any leading non-word
/// characters and an optional connective: `(?i)^\W*(?:C)?(?:A1|A2|…)`.
pub struct Openers {
    compile: Build,
    /// The first words of the connective ("or", "and").
    connectives: BTreeSet<String>,
    /// Whether the first words were read (not when every alternative is
    /// tried on every line).
    read: bool,
    /// The wide alternatives, for a line opening with a word outside ASCII.
    wide: Option<Group>,
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
        compile: Build,
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
        let group = |alts: &[&String]| {
            Group(
                parts(alts)
                    .iter()
                    .map(|part| Rare::new(pattern(part)))
                    .collect(),
            )
        };
        // The alternatives tried on every line: one regex, compiled now.
        let every_line = |alts: &[&String]| {
            let g = Rare::new(pattern(alts));
            g.build_now(every);
            Group(vec![g])
        };
        // A connective that cannot be read, or that a word outside ASCII
        // may spell: every line meets the lexicon.
        let connectives = read_first_words(connective)
            .filter(|(_, wide)| !wide)
            .and_then(|(set, _)| {
                set.into_iter()
                    .map(|f| match f {
                        First::Word(w) => Some(w),
                        First::Prefix(_) => None,
                    })
                    .collect::<Option<BTreeSet<String>>>()
            });
        let Some(connectives) = connectives else {
            let unread = every_line(&alternatives.iter().collect::<Vec<_>>());
            return Self {
                compile,
                connectives: BTreeSet::new(),
                read: false,
                wide: None,
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
        let mut wide = Vec::new();
        for (i, alt) in alternatives.iter().enumerate() {
            match read_first_words(alt) {
                None => unread.push(alt),
                Some((firsts, is_wide)) => {
                    if is_wide {
                        wide.push(alt);
                    }
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
            read: true,
            wide: (!wide.is_empty()).then(|| group(&wide)),
            groups,
            words,
            prefixes,
            unread: (!unread.is_empty()).then(|| {
                // Tried on every line: compiled now, with the lexicon,
                // rather than inside the first article's time.
                every_line(&unread)
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
        if !self.read {
            return false;
        }
        let (first, second) = openings(line, &self.connectives);
        // A word outside ASCII: the alternatives whose classes may hold
        // its characters beyond their reading.
        let wide = first.wide || second.as_ref().is_some_and(|w| w.wide);
        if wide
            && self
                .wide
                .as_ref()
                .is_some_and(|g| g.is_match(line, lead, compile))
        {
            return true;
        }
        let tried = |g: usize| {
            self.groups
                .get(g)
                .is_some_and(|g| g.is_match(line, lead, compile))
        };
        // A cut word is no first word of the rest, only begins with theirs.
        [Some(first), second].into_iter().flatten().any(|w| {
            (!w.cut && self.words.get(&w.key).is_some_and(|&g| tried(g)))
                || self
                    .prefixes
                    .iter()
                    .any(|(p, g)| w.key.starts_with(p.as_str()) && tried(*g))
        })
    }

    /// The patterns of all the groups.
    #[cfg(test)]
    pub fn patterns(&self) -> impl Iterator<Item = &str> {
        let wide = self.wide.iter().chain(&self.unread);
        self.groups
            .iter()
            .chain(wide)
            .flat_map(|g| g.0.iter().map(Rare::pattern))
    }

    /// The patterns of the alternatives tried on every line.
    #[cfg(test)]
    pub fn unread_pattern(&self) -> Option<&str> {
        self.unread
            .as_ref()
            .and_then(|g| g.0.first())
            .map(Rare::pattern)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_opens_with_its_first_words() {
        let and = BTreeSet::from(["and".to_string(), "or".to_string()]);
        // A cut word's key ends in "…"; a word outside ASCII is marked "*".
        let show = |w: &Opening| {
            format!(
                "{}{}{}",
                w.key,
                if w.cut { "…" } else { "" },
                if w.wide { "*" } else { "" }
            )
        };
        let o = |line: &str| {
            let (first, second) = openings(line, &and);
            (show(&first), second.as_ref().map(show))
        };
        let s = |first: &str, second: Option<&str>| (first.to_string(), second.map(str::to_string));
        assert_eq!(o("  — Share this"), s("share", None));
        assert_eq!(o("“Or sign up: now"), s("or", Some("sign")));
        assert_eq!(o("© 2026 Ledger"), s("#", None));
        assert_eq!(o("12a34 x"), s("#a#", None));
        assert_eq!(o("Zürich rose"), s("z…*", None));
        assert_eq!(o("And Zürich rose"), s("and", Some("z…*")));
        assert_eq!(o("ſhare this"), s("share*", None));
        assert_eq!(o("Breaking ſtory"), s("breaking", None));
        assert_eq!(o("..."), s("", None));
    }

    #[test]
    fn a_word_outside_ascii_meets_the_alternatives_that_may_open_it() {
        let alts: Vec<String> = [
            r"share this\b",
            r"café (menu|prices)\b",
            r"\d+ comments\b",
            r"tweet",
            r"zu(rich|g)\b",
        ]
        .iter()
        .map(|a| a.to_string())
        .collect();
        fn compile(pattern: &str) -> Regex {
            Regex::new(pattern).unwrap_or_else(|e| panic!("{e}"))
        }
        let openers = Openers::new(r"(?:or|and)\s+", &alts, Build::unicode(compile), compile);
        // With the ASCII form of each group for a line of ASCII.
        let rare = Openers::new(r"(?:or|and)\s+", &alts, super::super::rare::RARE, compile);
        let whole = compile(&format!(
            r"(?i)^\W*(?:(?:or|and)\s+)?(?:{})",
            alts.iter()
                .map(|a| format!("(?:{a})"))
                .collect::<Vec<_>>()
                .join("|")
        ));
        for (line, expected) in [
            ("ſhare this now", true),
            ("SHARE THIS", true),
            ("Café menu today", true),
            ("— CAFÉ PRICES", true),
            ("Or café menu", true),
            ("٣ comments", true),
            ("tweetéd", true),
            ("Tweetä", true),
            ("Zürich rose", false),
            ("And Zürich rose", false),
            ("Shareé this", false),
            ("Cafés menu", false),
        ] {
            assert_eq!(whole.is_match(line), expected, "{line}");
            assert_eq!(openers.is_match(line), expected, "{line}");
            assert_eq!(rare.is_match(line), expected, "{line}");
        }
    }
}
