//! A lexicon pattern built when a line first asks for it, in one of two
//! forms: for a line all of ASCII (three lines of four), the pattern
//! without Unicode (`\W`, `\w`, `\b` and case folding by ASCII); for any
//! other line, the pattern as written.
//!
//! On a line of ASCII both forms give the same answer: every Unicode class
//! of the lexicon (`\w`, `\W`, `\s`, `\d`, `.`, case folding) holds the
//! same ASCII characters as its ASCII form, and a Unicode word boundary
//! falls where the ASCII one does. A pattern the ASCII form cannot spell
//! (a literal or a class outside ASCII, `\p{L}`) is built as written for
//! every line. The Unicode classes were most of the cost of building a
//! pattern (a `\W` is an automaton of hundreds of states, one per UTF-8
//! sequence, built again for each); the ASCII form is a byte class.

use std::sync::OnceLock;

use regex_automata::meta::Regex;

use crate::load::prebuilt::AsciiDfa;
use crate::model::ascii_run;

/// How a [`Rare`] pattern is built: `unicode` as written, for any line;
/// `ascii` without Unicode, for a line of ASCII, `None` where the pattern
/// cannot be built so.
#[derive(Clone, Copy)]
pub(super) struct Build {
    pub unicode: fn(&str) -> Regex,
    pub ascii: fn(&str) -> Option<Regex>,
}

/// [`compile_rare`] only, for every line (no ASCII form).
pub(super) const AS_WRITTEN: Build = Build::unicode(compile_rare);

impl Build {
    /// Only the pattern as written (no ASCII form).
    pub const fn unicode(unicode: fn(&str) -> Regex) -> Self {
        Self {
            unicode,
            ascii: |_| None,
        }
    }
}

/// A pattern and its two forms, each built when a line first needs it,
/// where its DFA built with the program cannot answer.
pub(super) struct Rare {
    pattern: String,
    /// The pattern's DFA built with the program, found when a line first
    /// asks (see `crate::load::prebuilt`).
    prebuilt: OnceLock<Option<AsciiDfa>>,
    unicode: OnceLock<Regex>,
    ascii: OnceLock<Option<Regex>>,
    /// Whether the pattern cannot tell an [`INERT`] character from
    /// [`STAND_IN`] (see [`Rare::stand_in`]).
    blind: bool,
}

/// Punctuation and symbols outside ASCII common in news text (quotation
/// marks, dashes, the middle dot, currency signs): none is a word
/// character, a space or a digit, and none has a case. A test below checks
/// each against the regex crate's classes.
/// The commonest first.
const INERT: &[char] = &[
    '“', '”', '—', '–', '·', '€', '£', '…', '•', '©', '„', '‚', '«', '»', '‹', '›', '‒', '―', '¥',
    '¢', '®', '™', '°', '§', '¶', '†', '‡', '′', '″', '×', '÷', '±', '¡', '¿', '−', '→', '←', '↑',
    '↓', '▲', '▼', '▶', '►', '★', '☆', '■', '□', '●', '○',
];

/// What an [`INERT`] character is read as: an ASCII control character,
/// likewise no word character, space or digit, and without a case.
const STAND_IN: char = '\u{1}';

/// Whether `pattern` reads every [`INERT`] character as it reads
/// [`STAND_IN`]: it names none of them, and nothing in it can (a Unicode
/// or POSIX class, an escaped code point, a control character, a range
/// ending outside ASCII, a flag other than case folding, which might turn
/// Unicode off and match bytes). Its classes of words, spaces and digits,
/// `.`, negated classes and word boundaries then take both alike.
pub(super) fn is_blind(pattern: &str) -> bool {
    let flags = pattern.replace("(?:", "").replace("(?i)", "");
    ascii_spells(pattern)
        && !flags.contains("(?")
        && !["\\p", "\\P", "[:"].iter().any(|e| pattern.contains(e))
        && !pattern.chars().any(|c| c < '\t' || INERT.contains(&c))
}

/// `line` with each [`INERT`] character as [`STAND_IN`], when all its
/// characters outside ASCII are inert (see [`Rare::stand_in`]).
pub(super) fn stand_in(line: &str) -> Option<String> {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    loop {
        // The run of ASCII before the next character outside it, copied
        // whole (a long line has a few quotation marks and dashes).
        let run = ascii_run(rest.as_bytes());
        out.push_str(&rest[..run]);
        let mut after = rest[run..].chars();
        let Some(c) = after.next() else {
            return Some(out);
        };
        if !INERT.contains(&c) {
            return None;
        }
        out.push(STAND_IN);
        rest = after.as_str();
    }
}

impl Rare {
    pub fn new(pattern: String) -> Self {
        Self {
            blind: is_blind(&pattern),
            pattern,
            prebuilt: OnceLock::new(),
            unicode: OnceLock::new(),
            ascii: OnceLock::new(),
        }
    }

    /// `line` with each [`INERT`] character as [`STAND_IN`], when that
    /// makes a line outside ASCII one of ASCII and the pattern cannot tell
    /// them apart ([`is_blind`]): the pattern matches it where it matches
    /// `line`, character for character, and its ASCII form answers for it
    /// (most lines outside ASCII are so only by their quotation marks and
    /// dashes, and the pattern as written costs three times the ASCII form
    /// to build).
    pub fn stand_in(&self, line: &str) -> Option<String> {
        if !self.blind || line.is_ascii() {
            return None;
        }
        stand_in(line)
    }

    /// The pattern's source.
    #[cfg(test)]
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// Builds the pattern as written now, for every line: a pattern tried
    /// on every line is built once, with the lexicon, by `build` (a lazy
    /// DFA, say), which then answers for lines of ASCII too.
    pub fn build_now(&self, build: fn(&str) -> Regex) {
        self.unicode.get_or_init(|| build(&self.pattern));
        let _ = self.ascii.set(None);
    }

    /// Whether the pattern matches `text` (`ascii`: the caller found
    /// `text` all of ASCII): the DFA built with the program answers where
    /// it can, else the regex [`Rare::regex`] builds.
    pub fn matches(&self, text: &str, ascii: bool, build: Build) -> bool {
        let prebuilt = self.prebuilt.get_or_init(|| AsciiDfa::of(&self.pattern));
        if let Some(found) = prebuilt.as_ref().and_then(|d| d.is_match(text)) {
            return found;
        }
        self.regex(ascii, build).is_match(text)
    }

    /// The regex that answers for `text`: its ASCII form when `ascii` (the
    /// caller found `text` all of ASCII) and the pattern has one.
    fn regex(&self, ascii: bool, build: Build) -> &Regex {
        if ascii && let Some(re) = self.ascii.get_or_init(|| (build.ascii)(&self.pattern)) {
            return re;
        }
        self.unicode.get_or_init(|| (build.unicode)(&self.pattern))
    }

    /// Whether the pattern matches `text`.
    #[cfg(test)]
    pub fn is_match(&self, text: &str, build: Build) -> bool {
        self.matches(text, text.is_ascii(), build)
    }
}

/// A regex built when a line first needs it and tried on few lines (an
/// opener group, `(?i)^…`, meets only lines that open with its words; an
/// anywhere phrase or an embed's attribution only lines with its
/// literals): the same matches as the regex crate's, by the engines that need
/// no reverse automaton (a bounded backtracker, the PikeVM). Most of
/// these are built for a line or two of a batch, and the lazy DFA's
/// reverse automaton was half of the build, its states for a line seldom
/// met again; a one-pass DFA, a tenth of the rest, saved less on those
/// few lines than it cost to build. Only whether a line
/// matches is asked, so the lexicon's groups are not captured: the PikeVM's
/// cache holds a slot per group for each automaton state, and zeroing it
/// for an opener group of a hundred groups was 5 M instructions a line.
pub(super) fn compile_rare(pattern: &str) -> regex_automata::meta::Regex {
    build(pattern, rare_config())
}

/// The engines of [`compile_rare`].
fn rare_config() -> regex_automata::meta::Config {
    regex_automata::meta::Config::new()
        .hybrid(false)
        .dfa(false)
        .onepass(false)
        .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit)
}

/// [`compile_rare`] of `pattern` without Unicode, for a line of ASCII
/// (see the module's note); `None` where the pattern cannot be spelled so.
pub(super) fn compile_rare_ascii(pattern: &str) -> Option<regex_automata::meta::Regex> {
    if !ascii_spells(pattern) {
        return None;
    }
    regex_automata::meta::Builder::new()
        .configure(rare_config())
        .syntax(
            regex_automata::util::syntax::Config::new()
                .unicode(false)
                .utf8(false),
        )
        .build(pattern)
        .ok()
}

/// Whether `pattern` without Unicode matches a line of ASCII where the
/// pattern does. A character outside ASCII never matches one, in either
/// form, but for the two that fold to ASCII letters ("ſ" to "s", the
/// Kelvin sign to "k"), which a range or an escape may also hold: a
/// pattern with one of them, with a character outside ASCII at a range's
/// end, or with an escaped code point has no ASCII form.
fn ascii_spells(pattern: &str) -> bool {
    if ["\\x", "\\u", "\\U"].iter().any(|e| pattern.contains(e)) {
        return false;
    }
    let chars: Vec<char> = pattern.chars().collect();
    chars.iter().enumerate().all(|(i, &c)| {
        c.is_ascii()
            || !(matches!(c, 'ſ' | '\u{212A}')
                || (i > 0 && chars[i - 1] == '-')
                || chars.get(i + 1) == Some(&'-'))
    })
}

/// How the rare patterns are built: [`compile_rare`], and its ASCII form
/// for a line of ASCII.
pub(super) const RARE: Build = Build {
    unicode: compile_rare,
    ascii: compile_rare_ascii,
};

/// A broken lexicon line matches nothing (as the lexicon's other
/// patterns do).
pub(super) fn build(
    pattern: &str,
    config: regex_automata::meta::Config,
) -> regex_automata::meta::Regex {
    use regex_automata::meta;
    match meta::Builder::new().configure(config).build(pattern) {
        Ok(regex) => regex,
        Err(_) => meta::Regex::new_many::<&str>(&[]).unwrap_or_else(|_| unreachable!()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILD: Build = Build {
        unicode: compile_rare,
        ascii: compile_rare_ascii,
    };

    #[test]
    fn both_forms_answer_alike_on_ascii() {
        let patterns = [
            r"(?i)^\W*(?:share( this)?( article| story)?)\W*$",
            r"(?i)^(?:(?:or|and)\s+)?(?:follow .{1,60}@\w+)",
            r"(?i)(?:\bopens in (a )?new (tab|window)\b)",
            r"(?i)^\W*(?:\d+ comments?\b)",
            r"(?i)(?:all rights reserved)",
            r"(?i)(?:skip|kelvin) \S+\s*$",
            r"(?i)^(?:(anzeige|publicité|pubblicità)\W*$)",
            r"(?i)^\s*(?:[^b|·•:][^|·•:]{0,29})[·|•]\s*[0-9]{1,3}\s*(min|mins)",
        ];
        let lines = [
            "Share this article",
            "  -- SHARE THIS STORY --",
            "Shared this",
            "Follow Ada Lind on X @adalind",
            "or follow the desk @ledger_desk now",
            "Link opens in a new tab.",
            "Link opensin a new tab",
            "12 comments",
            "12comments",
            "(c) 2026 Ledger. All Rights Reserved",
            "KELVIN x",
            "skip_to content",
            "Anzeige --",
            "publicit",
            "Markets | 5 min read",
            "b| 5 min",
            "",
            "_",
        ];
        for p in patterns {
            let unicode = compile_rare(p);
            // A pattern outside ASCII may have no ASCII form (a class
            // outside ASCII cannot be spelled in bytes): it is built as
            // written for every line then.
            let Some(ascii) = compile_rare_ascii(p) else {
                assert!(!p.is_ascii(), "{p}");
                eprintln!("no ASCII form: {p}");
                continue;
            };
            for line in lines {
                assert_eq!(unicode.is_match(line), ascii.is_match(line), "{p} {line}");
            }
        }
    }

    #[test]
    fn a_line_past_ascii_meets_the_pattern_as_written() {
        let rare = Rare::new(r"(?i)^\W*(?:share this)\W*$".to_string());
        // "ſ" folds to "s" and "—" is no word character, only in Unicode.
        assert!(rare.is_match("ſhare this", BUILD));
        assert!(rare.is_match("— share this —", BUILD));
        assert!(rare.is_match("Share this", BUILD));
        assert!(!rare.is_match("Share thisé", BUILD));
    }

    #[test]
    fn a_pattern_without_an_ascii_form_is_built_as_written() {
        // "ſ" and the Kelvin sign fold to ASCII letters; a range or an
        // escape may hold them.
        for p in [
            r"(?i)^(?:ſhare)\W*$",
            "(?i)^(?:\u{212A}elvin)",
            r"(?i)^(?:[à-ž]+ by)",
            r"(?i)^(?:[\x{100}-\x{200}]+)",
            r"(?i)^[\p{L}'.-]+ by",
        ] {
            assert!(compile_rare_ascii(p).is_none(), "{p}");
        }
        let rare = Rare::new(r"(?i)^(?:[\p{L}'.-]+ )by\b".to_string());
        assert!(rare.is_match("Filed by", BUILD));
        assert!(rare.is_match("Zürich by", BUILD));
        assert!(!rare.is_match("by", BUILD));
        // "ſ" of the pattern matches an ASCII "s", as written.
        let long_s = Rare::new(r"(?i)^(?:ſhare)\W*$".to_string());
        assert!(long_s.is_match("SHARE", BUILD));
    }

    #[test]
    fn a_stand_in_replaces_each_inert_character_and_nothing_else() {
        let long = format!("{}“{}”", "a".repeat(40), "b".repeat(70));
        assert_eq!(stand_in(&long), Some(long.replace(['“', '”'], "\u{1}")));
        assert_eq!(
            stand_in("“x” — y…"),
            Some("\u{1}x\u{1} \u{1} y\u{1}".to_string())
        );
        assert_eq!(stand_in("plain"), Some("plain".to_string()));
        assert_eq!(stand_in(""), Some(String::new()));
        assert_eq!(stand_in("“Zürich”"), None);
        assert_eq!(stand_in(&format!("{}é", "a".repeat(64))), None);
    }

    #[test]
    fn inert_characters_are_read_as_the_stand_in() {
        // Neither is a word character, a space or a digit, nor has a case.
        let classes: Vec<regex::Regex> = [r"^\W$", r"^\S$", r"^\D$", r"^.$", r"(?i)^[^a-z]$"]
            .iter()
            .map(|class| regex::Regex::new(class).expect("class"))
            .collect();
        let boundary = regex::Regex::new(r"\b").expect("b");
        for c in INERT.iter().copied().chain([STAND_IN]) {
            let one = c.to_string();
            for class in &classes {
                assert!(class.is_match(&one), "{c} {class}");
            }
            assert!(!boundary.is_match(&one), "{c}");
            let folded = regex_syntax::parse(&format!("(?i){}", regex::escape(&one))).expect("hir");
            assert_eq!(
                folded,
                regex_syntax::parse(&regex::escape(&one)).expect("hir"),
                "{c}"
            );
        }
    }

    #[test]
    fn a_line_of_inert_characters_meets_the_ascii_form() {
        let patterns = [
            r"(?i)^\W*(?:share( this)?( article| story)?)\W*$",
            r"(?i)^(?:(?:or|and)\s+)?(?:follow .{1,60}@\w+)",
            r"(?i)\bopens in (a )?new (tab|window)\b",
            r"(?i)(?:skip|kelvin) \S+\s*$",
            r"(?i)^\s*(?:[^b|:][^|:]{0,29})[|]\s*[0-9]{1,3}\s*(min|mins)",
            r"(?i)^(?:\W{2}\w)",
        ];
        let lines = [
            "“Share this article”",
            "— SHARE THIS STORY —",
            "Share this —story",
            "Follow “Ada Lind” on X @adalind",
            "Link opens in a new tab…",
            "Link opens in a new tab·x",
            "skip “x”",
            "skip “x” y",
            "Markets — € | 5 min read",
            "“—x",
            "“x",
            "€",
        ];
        for p in patterns {
            let rare = Rare::new(p.to_string());
            assert!(rare.blind, "{p}");
            let whole = compile_rare(p);
            for line in lines {
                let stand_in = rare.stand_in(line).expect("inert only");
                assert!(stand_in.is_ascii());
                let ascii = rare.regex(true, BUILD);
                assert_eq!(
                    whole.is_match(line),
                    ascii.is_match(&stand_in),
                    "{p} {line}"
                );
            }
            assert!(rare.stand_in("Zürich “x”").is_none());
            assert!(rare.stand_in("plain").is_none());
        }
        for p in [
            r"(?i)^[·|•]",
            r"(?i)^\p{P}",
            r"(?i)^[[:^alpha:]]",
            r"(?-u:.)",
            r"(?s)x",
        ] {
            assert!(!Rare::new(p.to_string()).blind, "{p}");
        }
    }

    #[test]
    fn a_pattern_built_now_answers_every_line() {
        let rare = Rare::new(r"(?i)^\W*(?:share this)".to_string());
        rare.build_now(compile_rare);
        assert!(rare.ascii.get().is_some_and(Option::is_none));
        assert!(rare.is_match("-- Share this", BUILD));
    }
}
