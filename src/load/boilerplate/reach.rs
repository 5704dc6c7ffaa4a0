//! How many word characters a line may hold to match a whole-line
//! pattern: `^\W*(?:X)\W*$` holds the line's every word character inside
//! its core `X`, so a line with more word characters than a match of `X`
//! can hold is none of its matches. A lexicon of headers and stamps holds
//! a few words (its runs of white space and punctuation unbounded); most
//! lines of an article are paragraphs, which this turns away after
//! counting their first few words, without a literal search or a step of
//! the automaton.

use std::sync::LazyLock;

use regex_syntax::hir::{Class, ClassUnicode, Hir, HirKind, Look};

/// `\w`, as the regex crate reads it; `None` without Unicode's tables.
static WORD: LazyLock<Option<ClassUnicode>> = LazyLock::new(|| {
    regex_syntax::try_is_word_character('a').ok()?;
    let hir = regex_syntax::Parser::new().parse(r"\w").ok()?;
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => Some(class.clone()),
        _ => None,
    }
});

/// The most word characters a line matching `pattern` can hold: `Some`
/// for a pattern anchored at both ends (not line by line) whose core
/// stands between runs of non-word characters and holds a bounded number
/// of word characters.
pub(super) fn word_reach(pattern: &str) -> Option<usize> {
    let word = WORD.as_ref()?;
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    let [start, lead, core @ .., trail, end] = parts.as_slice() else {
        return None;
    };
    let anchored = matches!(start.kind(), HirKind::Look(Look::Start))
        && matches!(end.kind(), HirKind::Look(Look::End));
    if !anchored || words_in(lead, word) != Some(0) || words_in(trail, word) != Some(0) {
        return None;
    }
    core.iter()
        .try_fold(0usize, |sum, h| sum.checked_add(words_in(h, word)?))
}

/// The most word characters a match of `hir` holds (`None`: unbounded).
fn words_in(hir: &Hir, word: &ClassUnicode) -> Option<usize> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(0),
        HirKind::Literal(lit) => Some(match std::str::from_utf8(&lit.0) {
            Ok(s) => s.chars().filter(|&c| is_word(c)).count(),
            Err(_) => lit.0.len(),
        }),
        HirKind::Class(Class::Unicode(class)) => {
            let mut both = class.clone();
            both.intersect(word);
            Some(usize::from(!both.ranges().is_empty()))
        }
        HirKind::Class(Class::Bytes(_)) => Some(1),
        HirKind::Capture(cap) => words_in(&cap.sub, word),
        HirKind::Repetition(rep) => match (words_in(&rep.sub, word)?, rep.max) {
            (0, _) => Some(0),
            (n, Some(max)) => n.checked_mul(usize::try_from(max).ok()?),
            (_, None) => None,
        },
        HirKind::Concat(subs) => subs
            .iter()
            .try_fold(0usize, |sum, h| sum.checked_add(words_in(h, word)?)),
        HirKind::Alternation(subs) => subs
            .iter()
            .try_fold(0usize, |most, h| Some(most.max(words_in(h, word)?))),
    }
}

/// Whether `c` is a word character as the regex crate reads `\w`.
fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        regex_syntax::try_is_word_character(c).unwrap_or(true)
    }
}

/// Whether `line` holds at most `reach` word characters (see
/// [`word_reach`]): always, for a pattern without a reach. Counted no
/// further than the bound, a byte at a time where it is ASCII.
pub(super) fn within(reach: Option<usize>, line: &str) -> bool {
    let Some(reach) = reach else {
        return true;
    };
    let mut words = 0;
    for c in line.chars() {
        if is_word(c) {
            words += 1;
            if words > reach {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_line_pattern_reaches_as_far_as_its_core_s_words() {
        assert_eq!(word_reach(r"(?i)^\W*(?:share this)\W*$"), Some(9));
        assert_eq!(word_reach(r"(?i)^\W*(?:ab|cdef)\W*$"), Some(4));
        assert_eq!(word_reach(r"(?i)^\W*(?:\d{1,2}:\d{2})\W*$"), Some(4));
        // Runs of white space and punctuation hold no word character.
        assert_eq!(word_reach(r"(?i)^\W*(?:by\s+\w{1,3}[.,—]*)\W*$"), Some(5));
        assert_eq!(word_reach(r"(?i)^\s*(?:share this)\s*$"), Some(9));
        // Unbounded, not anchored at both ends, or its ends may hold words.
        assert_eq!(word_reach(r"(?i)^\W*(?:updated .+)\W*$"), None);
        assert_eq!(word_reach(r"(?i)^\W*(?:share this)"), None);
        assert_eq!(word_reach(r"(?i)^.*(?:share this)\W*$"), None);
        assert_eq!(word_reach(r"(?im)^\W*(?:share this)\W*$"), None);
        assert_eq!(word_reach(r"(?i)^\W*(?:share"), None);
    }

    #[test]
    fn word_characters_are_counted_as_the_regex_crate_reads_them() {
        let within = |reach, line| within(Some(reach), line);
        assert!(within(0, ""));
        assert!(within(0, " — … ! "));
        assert!(within(9, "“Share this”"));
        assert!(!within(8, "“Share this”"));
        assert!(within(6, "— Zürich —"));
        assert!(!within(5, "— Zürich —"));
        assert!(within(3, "_x_"));
        assert!(within(4, "€5 млн."));
        assert!(!within(3, "€5 млн."));
    }

    #[test]
    fn a_line_past_the_reach_is_no_match() {
        let lines = crate::load::fixture_lines(&[
            "“Share this”",
            "— share this —",
            "Share this article with a friend",
            "12:41",
            "Updated 10:42 · Lund",
            "ſhare this",
            "",
        ]);
        for pattern in [
            r"(?i)^\W*(?:share this|related|\d{1,2}:\d{2}|updated \d{1,2}:\d{2})\W*$",
            r"(?i)^\W*(?:most read|(?:don'?t miss( this| these\b.{0,40})?))\W*$",
        ] {
            let regex = regex::Regex::new(pattern).expect("compiles");
            let reach = word_reach(pattern);
            assert!(reach.is_some(), "{pattern}");
            for line in &lines {
                if regex.is_match(line) {
                    assert!(within(reach, line), "{pattern}: {line}");
                }
            }
        }
    }
}
