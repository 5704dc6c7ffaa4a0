//! A byline and its stamp in any language, told by their shape rather than
//! their words: a stamp is a short line that is a date and a clock time
//! with a few words around them ("Geplaatst 30.11.2026 om 08:15", "Stand:
//! 02.12.2026, 17:45 Uhr", "Last modified Tue 1 Dec 2026 09:14"); a
//! signature is a short line that names a person, maybe after a label and
//! a colon and before a short description ("Autorin: Ada Lind", "— Ada
//! Lind, economy desk"), and it is a byline when a byline or stamp
//! stands next to it above the lead. So is a name after a few words that
//! say who did what, in whatever language ("Filed by Ada Lind", "Escrito
//! por Ada Lind"): an agent line.

use std::sync::LazyLock;

use regex_automata::meta::Regex;

use super::phrases::{alternation, normal};
use super::rare::compile_rare;
use crate::load::prebuilt::AsciiDfa;

/// A stamp is at most this many words in all…
const MAX_STAMP_WORDS: usize = 12;
/// …of which at most this many are words of letters (labels, a weekday, a
/// month, a time zone).
const MAX_STAMP_LETTER_WORDS: usize = 6;
/// A signature is at most this many words.
const MAX_SIGNATURE_WORDS: usize = 9;
/// A reporter's name is two to this many capitalised words.
const MAX_NAME_WORDS: usize = 4;
/// A label before the name and its colon ("Autorin:") is at most this many words.
const MAX_LABEL_WORDS: usize = 2;
/// A description after the name and a comma ("economy desk") is at most
/// this many words.
const MAX_DESCRIPTION_WORDS: usize = 4;

/// An agent line's words before the name are at most this many…
const MAX_AGENT_WORDS: usize = 3;
/// …the last of them, the agent word ("by", "por", "von"), at most this
/// many letters.
const MAX_AGENT_WORD_CHARS: usize = 5;

/// A particle inside a name ("de", "van", "da") is at most this many letters.
const MAX_PARTICLE_CHARS: usize = 3;

/// What a word of a stamp is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum StampWord {
    /// A clock time ("08:15", "17:45:02", "08h15").
    Time,
    /// A clock time written with a full stop ("17.45", "09.12"): a time
    /// only where nothing but words follows it in the line ("17.45 Uhr"),
    /// since inside a line it may be an amount.
    DottedTime,
    /// A date in figures ("30.11.2026", "26/11/2026", "2026-12-02").
    Date,
    /// A four-figure year ("2026").
    Year,
    /// A day of the month ("1", "30.").
    Day,
    /// A word of letters.
    Letters,
    /// Any other figure (a level, an amount, a count): no stamp has one.
    Figure,
}

/// Digit groups of a word split at `sep`, when the word is only those.
fn groups(word: &str, sep: &[char]) -> Option<Vec<usize>> {
    let parts: Vec<&str> = word.split(sep).collect();
    parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        .then(|| parts.iter().map(|p| p.len()).collect())
}

/// The kind of one word of a stamp, its surrounding punctuation left out.
fn stamp_word(raw: &str) -> StampWord {
    let w = raw.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']'));
    if !w.chars().any(|c| c.is_ascii_digit()) {
        return StampWord::Letters;
    }
    let day = w.strip_suffix('.').unwrap_or(w);
    if let Some([1 | 2, 2] | [1 | 2, 2, 2]) = groups(w, &[':']).as_deref() {
        return StampWord::Time;
    }
    // "08h15", "17h05": hours and minutes around an "h".
    if let Some((h, m)) = w.split_once('h')
        && is_clock(h, m, 1)
    {
        return StampWord::Time;
    }
    if let Some((h, m)) = w.split_once('.')
        && is_clock(h, m, 2)
    {
        return StampWord::DottedTime;
    }
    match groups(w, &['.', '/', '-']).as_deref() {
        Some([1 | 2, 1 | 2, 2 | 4] | [4, 2, 2]) => return StampWord::Date,
        Some([4]) if w.starts_with("19") || w.starts_with("20") => return StampWord::Year,
        _ => {}
    }
    match groups(day, &['.']).as_deref() {
        Some([1 | 2]) if day.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)) => StampWord::Day,
        _ => StampWord::Figure,
    }
}

/// A clock time as listings print it: "10:00", "08h15", or a bare hour
/// with an "h" ("21h"), its surrounding punctuation left out.
pub(super) fn is_clock_word(raw: &str) -> bool {
    if stamp_word(raw) == StampWord::Time {
        return true;
    }
    let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
    w.strip_suffix('h').is_some_and(|h| {
        (1..=2).contains(&h.len())
            && h.bytes().all(|b| b.is_ascii_digit())
            && h.parse::<u8>().is_ok_and(|h| h <= 23)
    })
}

/// Hours of `min_hour_digits` or two figures up to 23 and minutes of two
/// figures up to 59.
fn is_clock(hours: &str, minutes: &str, min_hour_digits: usize) -> bool {
    let figures = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    (min_hour_digits..=2).contains(&hours.len())
        && minutes.len() == 2
        && figures(hours)
        && figures(minutes)
        && hours.parse::<u8>().is_ok_and(|h| h <= 23)
        && minutes.parse::<u8>().is_ok_and(|m| m <= 59)
}

/// A short line that is a date and a clock time with a few words of
/// letters and no other figure, not a sentence: a page's publication or
/// update stamp in whatever language labels it.
pub(super) fn is_clock_stamp(line: &str) -> bool {
    let line = normal(line);
    if line.ends_with(['.', '!', '?']) {
        return false;
    }
    let mut words: Vec<StampWord> = line.split_whitespace().map(stamp_word).collect();
    // A time with a full stop ends the line, or only words follow it.
    for i in 0..words.len() {
        if words[i] == StampWord::DottedTime {
            let last = words[i + 1..].iter().all(|&k| k == StampWord::Letters);
            words[i] = if last {
                StampWord::Time
            } else {
                StampWord::Figure
            };
        }
    }
    let has = |k: StampWord| words.contains(&k);
    let letters = words.iter().filter(|&&k| k == StampWord::Letters).count();
    let dated = has(StampWord::Date) || (has(StampWord::Year) && has(StampWord::Day));
    (1..=MAX_STAMP_WORDS).contains(&words.len())
        && letters <= MAX_STAMP_LETTER_WORDS
        && dated
        && has(StampWord::Time)
        && !has(StampWord::Figure)
}

/// Last words of a publication's name: `assets/lang/en/clutter/publication-heads.txt`.
const PUBLICATION_HEADS: &str =
    include_str!("../../../assets/lang/en/clutter/publication-heads.txt");

/// The words of [`PUBLICATION_HEADS`], read from the file once (each
/// signature asked for its last word read the file again, line by line).
static HEADS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    PUBLICATION_HEADS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether `word` ends a publication's name ("Journal"), never a person's.
fn is_publication_head(word: &str) -> bool {
    HEADS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A word of a name: a capital and then letters, hyphens, apostrophes or
/// a full stop of an initial ("Verhelst-Dewulf", "O'Neill", "J.").
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
}

/// A line that names one person: maybe a label and a colon ("Autorin:"),
/// then two to four capitalised words, then maybe a comma and a short
/// description ("economy desk"); no figure, no sentence end.
pub fn is_signature(line: &str) -> bool {
    signature_name(&normal(line)).is_some()
}

/// A line that is a person's name and nothing else ("Ada Lind", "Ana de
/// Vega" aside): no label, no description. Under a captured page's
/// headline, its reporter's byline.
pub fn is_bare_signature(line: &str) -> bool {
    signature_name(&normal(line)).is_some() && !line.contains([':', ','])
}

/// A line that names one person after a few words saying who did what,
/// ending in a short lower-case agent word ("Filed by Ada Lind", "Escrito
/// por Ada Lind"): a byline when a stamp stands next to it above the lead.
pub(super) fn is_agent_line(line: &str) -> bool {
    agent_name(&normal(line)).is_some()
}

/// Where the person's name of a signature or a labelled byline stands in
/// `line` (a byte range): "Ada Lind" of "Testo: Ada Lind". Not an agent
/// line's: its words may say the person did something other than write
/// the story ("Translated by Ada Lind"), so its name is left to the tagger.
pub fn signed_name(line: &str) -> Option<std::ops::Range<usize>> {
    let name = signature_name(line)?;
    let start = name.as_ptr() as usize - line.as_ptr() as usize;
    Some(start..start + name.len())
}

/// The words before a reporter's name on a byline line (the file says).
pub(super) const REPORTER_AGENTS: &str =
    include_str!("../../../assets/lang/en/clutter/reporter-agents.re");

/// The agent's words and the spaces after them, at a line's start.
pub(super) static REPORTER_AGENT_PATTERN: LazyLock<String> =
    LazyLock::new(|| format!(r"(?i)^(?:{})\s+", alternation(REPORTER_AGENTS)));

/// Its DFA built with the program (see `crate::load::prebuilt`), which
/// answers for a line of ASCII.
static REPORTER_AGENT_DFA: LazyLock<Option<AsciiDfa>> =
    LazyLock::new(|| AsciiDfa::of(&REPORTER_AGENT_PATTERN));

/// Built by [`compile_rare`] where the DFA gives up (asked of few lines,
/// for where a match anchored at the start ends: no reverse automaton or
/// DFA is needed, and they were half of its build).
static REPORTER_AGENT: LazyLock<Regex> = LazyLock::new(|| compile_rare(&REPORTER_AGENT_PATTERN));

/// Where the agent's words and the spaces after them end, when `text`
/// opens with them.
fn agent_end(text: &str) -> Option<usize> {
    match REPORTER_AGENT_DFA.as_ref().and_then(|d| d.find_end(text)) {
        Some(end) => end,
        None => REPORTER_AGENT.find(text).map(|m| m.end()),
    }
}

/// What ends a byline's name before a stamp or a title ("Par Ada Lind —
/// Mis à jour …", "Von Ada Lind | Lund").
const NAME_ENDS: [char; 8] = ['—', '–', '|', '·', '•', ',', ';', '('];

/// What joins a byline's name to a second reporter or to where and for
/// whom they wrote.
const NAME_JOINS: [&str; 6] = [" and ", " & ", " in ", " at ", " for ", " with "];

/// Where the reporter's name of a byline that says who reported the story
/// stands in `line` (a byte range): "Ada Lind" of "Filed by Ada Lind",
/// "Von Ada Lind", "Par Ada Lind — Mis à jour le 02/12/2026 à 09h14", "Ein
/// Beitrag von Ada Lind". Two to four capitalised words (short lower-case
/// particles between them: "Ana de la Vega") after the agent's words of
/// `reporter-agents.re`, then the line's end or a separator.
pub fn credited_name(line: &str) -> Option<std::ops::Range<usize>> {
    let lead = line.len()
        - line
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    let mut from = lead + agent_end(&line[lead..])?;
    // A Markdown link's text ("By [Ada Lind](https://…) · 4 May").
    if line[from..].starts_with('[') {
        from += 1;
    }
    let after = link_label(&line[from..]);
    // The first of two reporters ("Ada Lind and Bo Sand"), without the
    // place or the desk after the name ("Ada Lind in Lund").
    let cut = NAME_JOINS
        .iter()
        .filter_map(|j| after.find(j))
        .chain(after.find(NAME_ENDS))
        .min()
        .unwrap_or(after.len());
    let name = after[..cut].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    let words: Vec<&str> = name.split_whitespace().collect();
    let lower = |w: &&str| w.chars().all(char::is_lowercase);
    let particle = |w: &&str| w.chars().count() <= MAX_PARTICLE_CHARS && lower(w);
    let capitals = words.iter().filter(|w| is_name_word(w)).count();
    let ok = (2..=MAX_NAME_WORDS).contains(&capitals)
        && words.first().is_some_and(|w| is_name_word(w))
        && words.last().is_some_and(|w| is_name_word(w))
        && words.iter().all(|w| is_name_word(w) || particle(w));
    ok.then(|| from..from + name.len())
}

/// A Markdown link's text, when the line opens with one whose `[` is cut
/// off ("Ada Lind](https://…) · 4 May" → "Ada Lind"): the name a byline
/// links to its author's page.
fn link_label(line: &str) -> &str {
    match line.find("](") {
        Some(end) if !line[..end].contains('[') => &line[..end],
        _ => line,
    }
}

/// The name of a signature, a slice of `line` (see [`is_signature`]).
fn signature_name(line: &str) -> Option<&str> {
    let line = line
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    if line.ends_with(['.', '!', '?', ':'])
        || line.chars().any(|c| c.is_ascii_digit())
        || line.split_whitespace().count() > MAX_SIGNATURE_WORDS
    {
        return None;
    }
    let line = link_label(line);
    let (head, description) = line.split_once(',').unwrap_or((line, ""));
    if description.contains([',', ':'])
        || description.split_whitespace().count() > MAX_DESCRIPTION_WORDS
    {
        return None;
    }
    let name = match head.split_once(':') {
        Some((label, name)) => {
            if !(1..=MAX_LABEL_WORDS).contains(&label.split_whitespace().count()) {
                return None;
            }
            name
        }
        None => head,
    };
    // Without a colon, every word is the name's: a label the lexicon does
    // not know may say what the person did other than write the story
    // ("Translated by Ada Lind", "Photos by Ada Lind").
    let words: Vec<&str> = name.split_whitespace().collect();
    // A publication's name ("Harbour Street Journal" under a portal's
    // headline) is a source's credit, not a reporter's.
    let publication = words.last().is_some_and(|w| is_publication_head(w));
    ((2..=MAX_NAME_WORDS).contains(&words.len())
        && words.iter().all(|w| is_name_word(w))
        && !publication)
        .then_some(name.trim())
}

/// The name of an agent line (see [`is_agent_line`]), a slice of `line`:
/// a capitalised first word, then lower-case words, the last of them
/// short, then two to four capitalised words and nothing else.
fn agent_name(line: &str) -> Option<&str> {
    let line = line.trim();
    if line.ends_with(['.', '!', '?', ':'])
        || line.contains([',', ':'])
        || line.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let first_name =
        (1..words.len()).find(|&i| words[i].chars().next().is_some_and(char::is_uppercase))?;
    let (agent, name) = words.split_at(first_name);
    let lower = |w: &&str| w.chars().all(char::is_lowercase);
    let agent_word = agent.last()?;
    let agent_ok = (2..=MAX_AGENT_WORDS).contains(&agent.len())
        && agent[0].chars().next().is_some_and(char::is_uppercase)
        && agent[0].chars().skip(1).all(char::is_lowercase)
        && agent[1..].iter().all(lower)
        && agent_word.chars().count() <= MAX_AGENT_WORD_CHARS;
    // Short lower-case particles may stand inside the name ("Ana de la
    // Vega"), not at its ends.
    let particle = |w: &&str| w.chars().count() <= MAX_PARTICLE_CHARS && lower(w);
    let capitals = name.iter().filter(|w| is_name_word(w)).count();
    let name_ok = (2..=MAX_NAME_WORDS).contains(&capitals)
        && name.last().is_some_and(|w| is_name_word(w))
        && name.iter().all(|w| is_name_word(w) || particle(w));
    if !(agent_ok && name_ok) {
        return None;
    }
    let start = name[0].as_ptr() as usize - line.as_ptr() as usize;
    Some(line[start..].trim_end())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{LEAD, boiler_text};
    use super::*;

    #[test]
    fn a_publication_s_name_is_no_signature() {
        assert!(is_bare_signature("Ada Lind"));
        assert!(!is_bare_signature("Brakvik Street Journal"));
        assert!(!is_bare_signature("Lund Evening Post"));
    }

    /// The lexicon's letter classes outside case folding
    /// (`reporter-agents.re`, `bylines.re`) hold what folding gives.
    #[test]
    fn a_letter_class_outside_case_folding_holds_what_folding_adds() {
        use regex_syntax::hir::{Class, HirKind};
        let class = |p: &str| match regex_syntax::Parser::new().parse(p).map(|h| h.into_kind()) {
            Ok(HirKind::Class(Class::Unicode(c))) => c,
            other => panic!("{p}: {other:?}"),
        };
        assert_eq!(
            class(r"(?i)[\p{L}'.-]"),
            class(r"(?i)(?-i:[\p{L}\x{345}'.-])")
        );
        assert_eq!(class(r"(?i)[\p{L}-]"), class(r"(?i)(?-i:[\p{L}\x{345}-])"));
        // Folding adds that mark, so it had to be spelled.
        assert_ne!(class(r"(?i)[\p{L}-]"), class(r"[\p{L}-]"));
    }

    #[test]
    fn reporters_named_after_the_words_that_credit_them() {
        for (line, name) in [
            (
                "Filed by Áine Nic Giolla Brennan",
                "Áine Nic Giolla Brennan",
            ),
            ("Von Wiebke Lindqvist-Aro", "Wiebke Lindqvist-Aro"),
            (
                "*Par Hélène Vasquez-Lund — Mis à jour le 02/12/2026 à 09h14*",
                "Hélène Vasquez-Lund",
            ),
            ("Ein Beitrag von Torben Ostby-Kell", "Torben Ostby-Kell"),
            (
                "From our correspondent Mirela Brakvik-Tessaro",
                "Mirela Brakvik-Tessaro",
            ),
            ("By Ana de la Vega | Lund", "Ana de la Vega"),
            ("By Ada Lind and Bo Sand", "Ada Lind"),
            ("By Kavita Lund in Brakvik", "Kavita Lund"),
            (
                "Story filed from Brakvik by Ada Lind, 9 May 2026",
                "Ada Lind",
            ),
            ("Sent in from Quenmoor by Bo Sand-Orvik", "Bo Sand-Orvik"),
            ("Text — Ada Lind · Photographs — Bo Sand", "Ada Lind"),
            // A Markdown page's byline links the name to the author's page.
            (
                "By [Ada Lind](https://lund.example/authors/ada-lind) · May 4, 2026",
                "Ada Lind",
            ),
        ] {
            let got = credited_name(line).map(|r| &line[r]);
            assert_eq!(got, Some(name), "{line}");
        }
        for line in [
            "Translated by Ada Lind",
            "Photos by Ada Lind",
            "By 2030 the plant will run on hydrogen",
            "Par 72 on the Brakvik course",
            "By Ada",
            "Von Ostra said it would buy two tugs",
        ] {
            assert_eq!(credited_name(line), None, "{line}");
        }
    }

    #[test]
    fn stamps_by_their_date_and_time() {
        for line in [
            "Geplaatst 30.11.2026 om 08:15",
            "Stand: 02.12.2026, 17:45 Uhr",
            "Actualizado el 26/11/2026 a las 11:20",
            "Last modified Tue 1 Dec 2026 09:14",
            "Mis à jour le 3 mars 2026 à 14:02",
            "2026-03-04 14:02",
            "Publicado às 08h15 de 30/11/2026",
            "Aktualisiert am 2.12.2026, 17.45 Uhr",
            "Julkaistu 1.12.2026 09.12",
        ] {
            assert!(is_clock_stamp(line), "{line}");
        }
        for line in [
            "Rhine level at Brakvik: 3.42 m at 08:00 on 2.12.2026",
            "Shares closed at 14:30 on 2.12.2026.",
            "Ostra Marine 08:15",
            "30.11.2026",
            "Shares rose 12.50 on 2.12.2026 at 17:45",
            "Level 12.45 on 2.12.2026 at 08h15",
            "Stand 2.12.2026, 24.30 Uhr",
            "Quayside Ferries and Ostra Marine signed the deal on 1 Dec 2026 at 09:14 in the port of Lund",
        ] {
            assert!(!is_clock_stamp(line), "{line}");
        }
    }

    #[test]
    fn signatures_name_one_person() {
        for line in [
            "— Ada Lind, economy desk",
            "Autorin: Märta Ölund",
            "Redacción: Ada Lind Arrieta",
            "Ada Lind",
        ] {
            assert!(is_signature(line), "{line}");
        }
        for line in [
            "Quayside Ferries agreed to buy Ostra Marine",
            "Chief executive: Ivo Grett, since 2019",
            "Founded: 1998",
            "Translated by Ada Lind",
            "Lund",
            "The tugs arrive next spring.",
            "Ostra Marine, Lund, Brakvik and Vexo",
        ] {
            assert!(!is_signature(line), "{line}");
        }
    }

    #[test]
    fn agent_lines_name_one_person_after_what_they_did() {
        for line in [
            "Filed by Ada Lind",
            "Escrito por Ana de la Vega",
            "Geschrieben von Märta Ölund",
            "Un reportage par Ada Lind Arrieta",
            "Texto de Ana de la Vega",
        ] {
            assert!(is_agent_line(line), "{line}");
        }
        for line in [
            "By Ada Lind",
            "Ada Lind",
            "Ostra Marine bought by Quayside Ferries",
            "Filed by Ada Lind in Lund, 4 May",
            "Filed by Ada",
            "Tugs were ordered from Ostra Marine",
            "The yard was sold to Ada Lind.",
            "Filed by Ada Lind de",
        ] {
            assert!(!is_agent_line(line), "{line}");
        }
        assert_eq!(signed_name("Translated by Ada Lind"), None);
    }

    #[test]
    fn an_agent_line_over_a_stamp_is_the_byline() {
        let text = format!(
            "Quayside buys two tugs from the Lund yard\n\nEscrito por Ada Lind Arrieta\n\nPublicado às 08h15 de 30/11/2026\n\n{LEAD}"
        );
        assert_eq!(
            boiler_text(&text),
            ["Escrito por Ada Lind Arrieta\n\nPublicado às 08h15 de 30/11/2026"]
        );
        // Alone under the headline it is the story's line.
        let text =
            format!("Quayside buys two tugs from the Lund yard\n\nFiled by Ada Lind\n\n{LEAD}");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }

    #[test]
    fn the_name_of_a_signature_is_found_in_its_line() {
        let line = "Testo: Ada Lind";
        assert_eq!(signed_name(line).map(|r| &line[r]), Some("Ada Lind"));
        let line = "— Märta Ölund, economy desk";
        assert_eq!(signed_name(line).map(|r| &line[r]), Some("Märta Ölund"));
        assert_eq!(signed_name("Founded: 1998"), None);
        // A name linked to the author's page: the link's text.
        let line = "[Ada Lind](https://lund.example/author/ada-lind/)";
        assert_eq!(signed_name(line).map(|r| &line[r]), Some("Ada Lind"));
    }

    #[test]
    fn a_signature_over_a_stamp_is_the_byline() {
        let text = format!(
            "Quayside buys two tugs from the Lund yard\n\n— Ada Lind, economy desk\n\nGeplaatst 30.11.2026 om 08:15\n\n{LEAD}"
        );
        assert_eq!(
            boiler_text(&text),
            ["— Ada Lind, economy desk\n\nGeplaatst 30.11.2026 om 08:15"]
        );
        // A name alone under the headline, with no stamp by it, stays.
        let text = format!("Quayside buys two tugs from the Lund yard\n\nAda Lind\n\n{LEAD}");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
        // Nor is a short headline over a stamp a signature.
        let text = format!("Ostra Marine\n\nStand: 02.12.2026, 17:45 Uhr\n\n{LEAD}");
        assert_eq!(boiler_text(&text), ["Stand: 02.12.2026, 17:45 Uhr"]);
    }
}
