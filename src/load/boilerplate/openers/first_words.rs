//! The first words of a lexicon alternative, read off its syntax tree:
//! the words every match of `(?i)^\W*A` opens with, for
//! [`super::Openers`] to try the alternative only on lines that open with
//! one of them.

use std::collections::BTreeSet;
use std::sync::LazyLock;

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
pub const DIGITS: char = '#';

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
#[cfg(test)]
pub fn first_words(pattern: &str) -> Option<BTreeSet<First>> {
    read_first_words(pattern).map(|(firsts, _)| firsts)
}

/// [`first_words`], and whether the alternative is wide: whether a class
/// of its first word holds a word character outside ASCII that is not
/// read (one that folds to no ASCII letter of the class, see [`fold`]).
pub fn read_first_words(pattern: &str) -> Option<(BTreeSet<First>, bool)> {
    let word = (*WORD).as_ref()?;
    let hir = regex_syntax::Parser::new()
        .parse(&format!("(?i:{pattern})"))
        .ok()?;
    let start = BTreeSet::from([Reading::Before]);
    let mut wide = false;
    let end = step(
        &hir,
        &start,
        &mut Ctx {
            word,
            wide: &mut wide,
        },
    )?;
    let firsts = end
        .into_iter()
        .map(|r| match r {
            Reading::Before => None,
            Reading::In(p) | Reading::Long(p) => Some(First::Prefix(p)),
            Reading::Done(w) => Some(First::Word(w)),
        })
        .collect::<Option<_>>()?;
    Some((firsts, wide))
}

/// What the reading of an alternative carries along: `\w`, and whether a
/// class of its first word was wide so far.
struct Ctx<'a> {
    word: &'a ClassUnicode,
    wide: &'a mut bool,
}

/// The characters outside ASCII that case-insensitive matching folds to
/// an ASCII letter ("ſ" to "s", the Kelvin sign to "k"), with that
/// letter in lower case, as the regex parser folds them.
static FOLDS: LazyLock<Vec<(char, char)>> = LazyLock::new(|| {
    let mut folds = Vec::new();
    for letter in 'a'..='z' {
        let Ok(HirKind::Class(Class::Unicode(class))) = regex_syntax::Parser::new()
            .parse(&format!("(?i){letter}"))
            .map(Hir::into_kind)
        else {
            continue;
        };
        for range in class.ranges() {
            folds.extend((range.start().max('\u{80}')..=range.end()).map(|c| (c, letter)));
        }
    }
    folds.sort_unstable();
    folds
});

/// The ASCII letter (lower case) that `c`, outside ASCII, folds to.
pub fn fold(c: char) -> Option<char> {
    FOLDS
        .binary_search_by_key(&c, |&(f, _)| f)
        .ok()
        .map(|i| FOLDS[i].1)
}

/// Whether a first word's class holds a word character outside ASCII
/// that its reading leaves out: one that folds to no ASCII letter, or to
/// one the class does not hold.
fn is_wide(in_word: &ClassUnicode) -> bool {
    let holds = |c: char| {
        in_word
            .ranges()
            .iter()
            .any(|r| r.start() <= c && c <= r.end())
    };
    in_word.ranges().iter().any(|r| {
        let start = r.start().max('\u{80}');
        start <= r.end()
            && (start != r.end()
                || !fold(start).is_some_and(|a| holds(a) || holds(a.to_ascii_uppercase())))
    })
}

/// The readings after `hir` from each of `from`; `None` past the bounds.
fn step(hir: &Hir, from: &BTreeSet<Reading>, ctx: &mut Ctx) -> Option<BTreeSet<Reading>> {
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
                cur = step_class(&cur, &one, ctx)?;
            }
            cur
        }
        HirKind::Class(Class::Unicode(class)) => step_class(from, class, ctx)?,
        HirKind::Class(Class::Bytes(_)) => return None,
        HirKind::Look(look) => from.iter().map(|r| step_look(r, *look)).collect(),
        HirKind::Capture(cap) => step(&cap.sub, from, ctx)?,
        HirKind::Concat(subs) => {
            let mut cur = from.clone();
            for sub in subs {
                cur = step(sub, &cur, ctx)?;
            }
            cur
        }
        HirKind::Alternation(subs) => {
            let mut out = BTreeSet::new();
            for sub in subs {
                out.extend(step(sub, from, ctx)?);
            }
            out
        }
        HirKind::Repetition(rep) => {
            let mut cur = from.clone();
            for _ in 0..rep.min {
                cur = step(&rep.sub, &cur, ctx)?;
            }
            // Then any further number up to the maximum: the readings
            // reached, grown from the new ones until none are new.
            let mut all = cur.clone();
            let mut fresh = cur;
            let mut n = rep.min;
            while !fresh.is_empty() && rep.max.is_none_or(|max| n < max) {
                let next = step(&rep.sub, &fresh, ctx)?;
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
    ctx: &mut Ctx,
) -> Option<BTreeSet<Reading>> {
    let mut in_word = class.clone();
    in_word.intersect(ctx.word);
    let mut other = class.clone();
    other.difference(ctx.word);
    // A word character outside ASCII is left out: a line whose first word
    // holds one meets the wide alternatives (see [`Openers::is_match`]).
    let opens = from
        .iter()
        .any(|r| matches!(r, Reading::Before | Reading::In(_)));
    if opens && is_wide(&in_word) {
        *ctx.wide = true;
    }
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
    fn letters_outside_ascii_fold_to_ascii_ones() {
        assert_eq!(fold('ſ'), Some('s'));
        assert_eq!(fold('\u{212A}'), Some('k'));
        assert_eq!(fold('ü'), None);
        assert_eq!(fold('Ｓ'), None);
    }

    #[test]
    fn wide_alternatives_hold_letters_their_reading_leaves_out() {
        let wide = |pattern: &str| read_first_words(pattern).map(|(_, wide)| wide);
        // "s" and "k" fold from "ſ" and the Kelvin sign, which read as them.
        assert_eq!(wide(r"share this\b"), Some(false));
        assert_eq!(wide(r"ask me"), Some(false));
        assert_eq!(wide(r"(?-i:ſ)tory"), Some(true));
        assert_eq!(wide(r"caf[eé]\b"), Some(true));
        // Unicode digits are more than the ASCII ones read as "#".
        assert_eq!(wide(r"\d+ comments"), Some(true));
        // Only the first word counts.
        assert_eq!(wide(r"read more: \w+"), Some(false));
        assert_eq!(wide(r"«quoted»"), Some(false));
    }
}
