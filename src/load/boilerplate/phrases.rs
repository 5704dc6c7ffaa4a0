//! The phrasing of page furniture, read from `assets/lang/en/clutter/`:
//! prompts (share, subscribe, comment, cookie, credit lines), the headers that
//! open lists of other stories, comment sections and author boxes, and the
//! shape of an author's bio. Each file is one regex alternative per line.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::anywhere::Anywhere;
use super::forward::{DFA_CACHE, Gated, LineRegex};
use super::line::short;
use super::openers::Openers;
use super::rare::{AS_WRITTEN, RARE, Rare, build, compile_rare};
use crate::load::needles::Split;

/// `(file, contents)` of the clutter lexicon, compiled in.
const PROMPTS: &str = include_str!("../../../assets/lang/en/clutter/prompts.re");
const ANYWHERE: &str = include_str!("../../../assets/lang/en/clutter/anywhere.re");
const LIST_HEADERS: &str = include_str!("../../../assets/lang/en/clutter/list-headers.re");
const TAIL_HEADERS: &str = include_str!("../../../assets/lang/en/clutter/tail-headers.re");
const AUTHOR_HEADERS: &str = include_str!("../../../assets/lang/en/clutter/author-headers.re");
const BIOS: &str = include_str!("../../../assets/lang/en/clutter/bios.re");
const CREDITS: &str = include_str!("../../../assets/lang/en/clutter/credits.re");
const BYLINES: &str = include_str!("../../../assets/lang/en/clutter/bylines.re");
pub(super) const STAMPS: &str = include_str!("../../../assets/lang/en/clutter/stamps.re");
pub(super) const RELATIVE_STAMPS: &str =
    include_str!("../../../assets/lang/en/clutter/relative-stamps.re");
const ITEMS: &str = include_str!("../../../assets/lang/en/clutter/items.re");
const END_MARKS: &str = include_str!("../../../assets/lang/en/clutter/end-marks.re");
const EMBEDS: &str = include_str!("../../../assets/lang/en/clutter/embeds.re");

/// What may stand between a line's opening punctuation and a prompt ("Or
/// create a free account…" opens a prompt as well as "Create…").
const CONNECTIVE: &str = r"(?:or|and)\s+";

/// The compiled lexicon.
pub struct Phrases {
    prompt: Openers,
    /// Furniture phrases found anywhere in a line.
    anywhere: Anywhere,
    list_header: LineRegex,
    tail_header: LineRegex,
    author_header: LineRegex,
    bio: Gated,
    first_name_bio: Gated,
    credit: Split,
    byline: LineRegex,
    stamp: LineRegex,
    relative_stamp: Gated,
    item: LineRegex,
    end_mark: LineRegex,
}

/// Whether a credit may end `line`. Each line of the credit lexicon closes
/// a bracket (after which a credit leaves only non-word characters: the
/// pattern ends in `\W*$`), or spells a colon, or a slash before a capital
/// with case kept ("AGENCY/First Last"); a test below checks that each line
/// does. Most lines of an article pass none of these, and the credit
/// pattern is costly on a line it has not seen: its bounded repeats make
/// the lazy DFA build hundreds of states per line. A line with a bracket,
/// colon or slash anywhere, the look-up before this one, left four times as
/// many lines to it on MEANTIME dev and wire-dev texts.
fn may_end_in_credit(line: &str) -> bool {
    // A letter, an ASCII digit or an underscore is a word character
    // wherever it stands (`\w` holds more, which only lets more lines by).
    let closed = line.rfind(')').is_some_and(|p| {
        !line[p + 1..]
            .chars()
            .any(|c| c.is_alphabetic() || c.is_ascii_digit() || c == '_')
    });
    closed
        || line.contains(':')
        || (line.contains('/')
            && line
                .as_bytes()
                .windows(2)
                .any(|w| w[0] == b'/' && w[1].is_ascii_uppercase()))
}

/// What every embed attribution holds: the handle's opening (the lexicon
/// file's lines each spell it; a test below checks). A line without it is
/// no attribution, so the pattern, the costliest of the lexicon to build
/// (a bounded repeat of every letter), is built only for a line with it.
const EMBED_MARK: &str = " (@";

pub(super) static EMBED: LazyLock<Rare> =
    LazyLock::new(|| Rare::new(whole_line_pattern(&alternation(EMBEDS))));

/// The English lexicon, compiled once.
pub static PHRASES: LazyLock<Phrases> = LazyLock::new(|| Phrases {
    prompt: Openers::new(CONNECTIVE, &alternatives(PROMPTS), RARE, compile_every_line),
    anywhere: Anywhere::new(&alternatives(ANYWHERE), RARE),
    list_header: whole_line(LIST_HEADERS),
    tail_header: whole_line(TAIL_HEADERS),
    author_header: whole_line(AUTHOR_HEADERS),
    bio: bio(r"[A-Z][\p{L}'.-]+(?: [A-Z][\p{L}'.-]+){1,3}"),
    first_name_bio: bio(r"[A-Z][\p{L}'-]+"),
    credit: Split::new(&alternatives(CREDITS), credit, compile_rare),
    byline: compile(&format!(r"(?i)^\W*(?:{})", alternation(BYLINES))),
    stamp: whole_line(STAMPS),
    relative_stamp: Gated::new(
        &alternatives(RELATIVE_STAMPS),
        &whole_line_pattern(&alternation(RELATIVE_STAMPS)),
    ),
    item: compile(&format!(r"(?i)^\s*(?:{})", alternation(ITEMS))),
    end_mark: compile(&format!(r"(?i)^\s*(?:{})\s*$", alternation(END_MARKS))),
});

/// An author's bio: `name` (case kept), a bio phrase; tried only on lines with
/// the phrases' literals (its lazy DFA built states along every line).
fn bio(name: &str) -> Gated {
    let pattern = format!(r"(?i)^(?-i:{name}) (?:{})", alternation(BIOS));
    Gated::new(&alternatives(BIOS), &pattern)
}

/// Credit lines: a credit (an alternation of the lexicon) at the line's end.
/// Built by [`compile_rare`]: tried only on the few lines with its literals,
/// on each of which a reverse lazy DFA built new states (0.7 M instructions).
fn credit(alternation: &str) -> String {
    format!(r"(?i)(?:{alternation})\W*$")
}

/// The non-comment lines of a lexicon file.
pub(super) fn alternatives(source: &str) -> Vec<String> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// The non-comment lines of a lexicon file as one alternation.
pub(super) fn alternation(source: &str) -> String {
    alternatives(source)
        .iter()
        .map(|l| format!("(?:{l})"))
        .collect::<Vec<_>>()
        .join("|")
}

pub(super) fn whole_line(source: &str) -> LineRegex {
    compile(&whole_line_pattern(&alternation(source)))
}

/// A line that is wholly one of `alternation`, within non-word characters.
pub(super) fn whole_line_pattern(alternation: &str) -> String {
    format!(r"(?i)^\W*(?:{alternation})\W*$")
}

/// A lexicon pattern asked only whether a line matches it (see
/// [`LineRegex`]).
pub(super) fn compile(pattern: &str) -> LineRegex {
    LineRegex::new(pattern)
}

/// The regex crate's engines, with the lexicon's lazy-DFA cache, as a
/// [`regex_automata::meta::Regex`]: for a pattern built with the lexicon
/// and tried on every line, whose lazy DFA meets its own states again.
fn compile_every_line(pattern: &str) -> regex_automata::meta::Regex {
    build(
        pattern,
        regex_automata::meta::Config::new().hybrid_cache_capacity(DFA_CACHE),
    )
}

/// Curly apostrophes as straight ones, so the lexicon spells them once.
pub(super) fn normal(line: &str) -> Cow<'_, str> {
    let line = line.trim();
    // One byte search (`memchr`) for the marks' first byte: most lines
    // hold none; one character at a time was 0.36 M instructions an article.
    if super::line::has_curly(line) {
        Cow::Owned(super::line::straighten(line))
    } else {
        Cow::Borrowed(line)
    }
}

impl Phrases {
    /// A prompt, a credit or a furniture phrase: the whole line is furniture.
    pub fn is_prompt(&self, line: &str) -> bool {
        let line = normal(line);
        let credit = || may_end_in_credit(&line) && self.credit.is_match(&line);
        self.prompt.is_match(&line) || self.anywhere.is_match(&line) || credit()
    }

    /// The header of a list of other stories ("Related coverage", "Most read").
    pub fn is_list_header(&self, line: &str) -> bool {
        short(line) && self.list_header.is_match(&normal(line))
    }

    /// The opening of a comment section ("3 Comments", "Leave a Reply").
    pub fn is_tail_header(&self, line: &str) -> bool {
        line.split_whitespace().nth(20).is_none() && self.tail_header.is_match(&normal(line))
    }

    /// The header of an author box ("About the author").
    pub fn is_author_header(&self, line: &str) -> bool {
        short(line) && self.author_header.is_match(&normal(line))
    }

    /// An author's bio line ("Mara Lind is a reporter covering energy").
    pub fn is_bio(&self, line: &str) -> bool {
        self.bio.is_match(&normal(line))
    }

    /// A bio that names its author by the first name only ("Mara covers
    /// energy from Lund."): one only under the author's full name.
    pub fn is_first_name_bio(&self, line: &str) -> bool {
        self.first_name_bio.is_match(&normal(line))
    }

    /// A byline or publication stamp ("By Mara Lind", "Updated 10:42").
    pub fn is_byline(&self, line: &str) -> bool {
        self.byline.is_match(&normal(line))
    }

    /// A line that is only a time stamp or a running time ("16:41 GMT",
    /// "Updated 10:42", "2:14", "2h ago"): no date, nothing of the story.
    pub fn is_stamp(&self, line: &str) -> bool {
        let line = normal(line);
        self.stamp.is_match(&line) || self.relative_stamp.is_match(&line)
    }

    /// A line that opens like an item of a list of stories or notes,
    /// whatever follows: a date and a dash ("Nov 12, 2025 — X steps down"),
    /// a time, a note number ("[1] …").
    pub fn is_item_opener(&self, line: &str) -> bool {
        self.item.is_match(&normal(line))
    }

    /// The end mark of a press release or a wire story ("###", "-30-").
    pub fn is_end_mark(&self, line: &str) -> bool {
        self.end_mark.is_match(&normal(line))
    }

    /// The patterns whose DFAs the program may carry (see
    /// `super::dfa_list`).
    #[cfg(test)]
    pub fn patterns(&self) -> Vec<&str> {
        let mut out = Vec::from([&self.list_header, &self.tail_header].map(|r| r.pattern()));
        out.extend([&self.bio, &self.first_name_bio].map(|r| r.pattern()));
        out.extend([&self.byline, &self.stamp, &self.item].map(|r| r.pattern()));
        out.extend([&self.author_header, &self.end_mark].map(|r| r.pattern()));
        out.push(self.relative_stamp.pattern());
        out.extend(self.prompt.patterns());
        out.extend(self.anywhere.patterns());
        out
    }

    /// The attribution under an embedded social post.
    pub fn is_embed_attribution(&self, line: &str) -> bool {
        let line = normal(line);
        line.contains(EMBED_MARK) && EMBED.matches(&line, line.is_ascii(), AS_WRITTEN)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_file_compiles() {
        for (name, source) in [
            ("prompts", PROMPTS),
            ("anywhere", ANYWHERE),
            ("list-headers", LIST_HEADERS),
            ("tail-headers", TAIL_HEADERS),
            ("author-headers", AUTHOR_HEADERS),
            ("bios", BIOS),
            ("credits", CREDITS),
            ("bylines", BYLINES),
            ("stamps", STAMPS),
            ("relative-stamps", RELATIVE_STAMPS),
            ("items", ITEMS),
            ("end-marks", END_MARKS),
            ("embeds", EMBEDS),
            ("summary-labels", super::super::guards::SUMMARY_LABELS),
            ("note-headers", super::super::notes::NOTE_HEADERS),
            ("contact-headers", super::super::notes::CONTACT_HEADERS),
            ("date-lines", super::super::stamps::DATE_LINES),
            ("author-links", super::super::stamps::AUTHOR_LINKS),
            ("reporter-titles", super::super::stamps::REPORTER_TITLES),
            ("reporter-agents", super::super::signatures::REPORTER_AGENTS),
            ("summary-notes", super::super::summary_notes::SUMMARY_NOTES),
            ("promo-labels", super::super::promos::PROMO_LABELS),
            ("data-notes", super::super::tables::DATA_NOTES),
        ] {
            for line in source.lines().map(str::trim) {
                if !line.is_empty() && !line.starts_with('#') {
                    assert!(regex::Regex::new(line).is_ok(), "{name}: {line}");
                }
            }
        }
    }

    /// Lines of every kind: the page fixtures' and the tests' own, with
    /// ones that open oddly.
    fn sample_lines() -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pages");
        let mut lines: Vec<String> = std::fs::read_dir(dir)
            .map(|d| d.flatten().map(|e| e.path()).collect::<Vec<_>>())
            .unwrap_or_default()
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .flat_map(|t| t.lines().map(str::to_string).collect::<Vec<_>>())
            .collect();
        let own = include_str!("phrases.rs");
        lines.extend(own.lines().filter_map(|l| {
            let l = l.trim().strip_prefix('"')?;
            Some(l.split_once('"')?.0.to_string())
        }));
        for odd in [
            "Or sign up for the Ledger briefing",
            "“And share this article”",
            "AND 12 comments",
            "© 2026 Ledger Media",
            "(c) 2026 Ledger Media",
            "COPYRIGHT(C)2026",
            "________",
            "___ The end",
            "Staff disclosures: none",
            "Webinars__: Tuesday",
            "ſhare this article",
            "Ｓhare this article",
            "Zürich — share this",
            "And ſhare this article",
            "Or Zürich share this",
            "٣ comments",
            "12٣ comments",
            "Ｆollow us",
            "Tweetä this",
            "Photoé: Ledger",
            "«Subscribe»",
            "3 min read",
            "(Adds quote in paragraph 4)",
            "Or, and share",
            "",
            "—",
        ] {
            lines.push(odd.to_string());
        }
        lines
    }

    #[test]
    fn split_lexicons_answer_as_their_whole_regexes() {
        let whole = compile(&format!(
            r"(?i)^\W*(?:{CONNECTIVE})?(?:{})",
            alternation(PROMPTS)
        ));
        let p = &*PHRASES;
        let lines = sample_lines();
        let mut prompts = 0;
        for line in &lines {
            let line = normal(line);
            let expected = whole.is_match(&line);
            assert_eq!(p.prompt.is_match(&line), expected, "{line}");
            prompts += usize::from(expected);
        }
        assert!(
            lines.len() > 1000 && prompts > 100,
            "{} {prompts}",
            lines.len()
        );
        let whole_credit = compile(&credit(&alternation(CREDITS)));
        let mut credits = 0;
        for line in &lines {
            let line = normal(line);
            let expected = whole_credit.is_match(&line);
            assert_eq!(p.credit.is_match(&line), expected, "{line}");
            credits += usize::from(expected);
        }
        assert!(credits > 10, "{credits}");
        // A line whose first word cannot be read is tried on every line
        // (correct, only slower): few are.
        let unread = p.prompt.unread_pattern().unwrap_or_default();
        assert!(unread.len() < 120, "{unread}");
    }

    #[test]
    fn anywhere_one_alternative_at_a_time_answers_as_the_whole_regex() {
        let whole = compile(&format!(r"(?i)(?:{})", alternation(ANYWHERE)));
        let p = &*PHRASES;
        assert!(p.anywhere.is_searching());
        let mut found = 0;
        for line in sample_lines() {
            let line = normal(&line);
            let expected = whole.is_match(&line);
            assert_eq!(p.anywhere.is_match(&line), expected, "{line}");
            found += usize::from(expected);
        }
        assert!(found > 20, "{found}");
    }

    #[test]
    fn every_embed_line_spells_the_mark_the_look_up_asks_for_first() {
        let escaped = regex::escape(EMBED_MARK);
        for line in EMBEDS.lines().map(str::trim) {
            if !line.is_empty() && !line.starts_with('#') {
                assert!(line.contains(&escaped) && !line.contains('|'), "{line}");
            }
        }
        let p = &*PHRASES;
        assert!(p.is_embed_attribution("— Mara Lind (@maralind) November 3, 2025"));
        assert!(!p.is_embed_attribution("Mara Lind @maralind November 3, 2025"));
    }

    #[test]
    fn every_credit_line_spells_what_the_look_up_asks_for_first() {
        for line in CREDITS.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let case_kept = line.strip_prefix("(?-i:");
            let closes = line.ends_with(r"\)");
            let colon = case_kept.unwrap_or(line).contains(':');
            let slash = case_kept.is_some_and(|l| l.contains("/[A-Z]"));
            assert!(closes || colon || slash, "{line}");
        }
    }

    #[test]
    fn a_credit_is_looked_for_only_where_one_may_end_the_line() {
        let p = &*PHRASES;
        for credit in [
            "Workers at the plant. (Photo: Mara Lind)",
            "Workers at the plant (Keltic/Mara Lind).",
            "The new plant (Keltic Images)",
            "Photo: Mara Lind for the Herald",
            "The new plant. KELTIC/Mara Lind",
            "The new plant. Mara Lind/Keltic",
        ] {
            assert!(may_end_in_credit(credit), "{credit}");
            assert!(p.is_prompt(credit), "{credit}");
        }
        for text in [
            "Zephyr (ZPH) said on Monday it would buy Quantix.",
            "Sales rose 4% (to $2 billion) in the quarter",
            "It sells 30 of them a year and/or leases more.",
        ] {
            assert!(!may_end_in_credit(text), "{text}");
            assert!(!p.is_prompt(text), "{text}");
        }
    }

    #[test]
    fn lines_outside_ascii_are_read_as_others() {
        let p = &*PHRASES;
        for line in [
            "Share this article — now",
            "The “new” ferry at the quay. (Photo: Léna Marsh/Northwire)",
            "Workers at the Østra plant (Harbour Images)",
            "Get the morning briefing delivered to your inbox — every weekday.",
        ] {
            assert!(p.is_prompt(line), "{line}");
        }
        for line in [
            "Shares in Østra rose 4% — after the results.",
            "Senator Vale Ostrom (R-AZ) spoke against the “deal”.",
        ] {
            assert!(!p.is_prompt(line), "{line}");
        }
    }

    #[test]
    fn prompts_of_every_family() {
        let p = &*PHRASES;
        for line in [
            "Share this article",
            "Share on Facebook",
            "Sign up for our newsletter",
            "Subscribe",
            "Get the morning briefing delivered to your inbox every weekday.",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Post a comment",
            "14 comments",
            "Photo: Lena Marsh/Northwire",
            "Image credit: Tollund Press",
            "The new ferry at the quay in Brakvik. (Photo: Lena Marsh/Northwire)",
            "Workers at the Ostra plant (Harbour Images)",
            "NORTHWIRE/Lena Marsh",
            "Tags: shipping, ferries, Brakvik",
            "Filed under Business",
            "We use cookies to improve your experience.",
            "Advertisement",
            "Read more: Quayside Buys Two Tugs",
            "© 2026 The Harbour Ledger. All rights reserved.",
            "Copyright 2026 Ledger Media",
            "Reporting by Ola Brenn; Editing by Kit Sand",
            "About the author",
            "Comments are closed.",
            "Write to Mara Lind at mara.lind@ledger.example",
            "Follow Mara on X @maralind",
            "Click to share on LinkedIn (Opens in new window)",
            "Watch: How Ostra builds a tug in ninety days",
            "This article was originally published by The Harbour Ledger.",
            "Listen to this article",
            "Gift this article",
            "Trending: Ostra Marine, Brakvik port",
            "Also read: Ostra's second yard",
            "Continue reading the main story",
            "ADVERTISEMENT - SCROLL TO CONTINUE",
            "Photo by Lena Marsh on Harbourshots",
            "Credit...Lena Marsh for The Ledger",
            "The best of shipping news, in your inbox on Fridays",
            "A tug at the Ostra yard in Brakvik, March 3, 2025. NORTHWIRE/Lena Marsh/File Photo",
            "[1/2] A tug at the Ostra yard. Purchase Licensing Rights, opens new tab",
            "Harbour Wire writer Kit Sand in Lund contributed to this report.",
            "A version of this article appears in print on March 4, 2025.",
            "Related article Ostra Marine wins a ferry order",
            "Related: Brakvik port to double its ferry berths",
            "RELATED: Brakvik port to double its ferry berths",
            "Posted in Shipping | Tagged Ostra, tugs",
            "Reuse this content",
            "FILE PHOTO: A tug at the Ostra yard",
        ] {
            assert!(p.is_prompt(line), "{line}");
        }
        for line in [
            "Shares in Quayside rose 4% after the results.",
            "The deal was read more widely as a bet on electric ferries.",
            "Subscribers to the service pay €12 a month.",
            "Published in 2019, the report found the yard was losing money.",
            "Watchers of the harbour expect more orders.",
            "Related parties hold 12% of the shares, the filing showed.",
            "Related to the order: two tugs for Brakvik.",
            "Tagged containers are checked by customs in Lund.",
            "Copyright lawsuits against Ostra Media have piled up this year.",
            "Senator Vale Ostrom (R-AZ) spoke against the deal.",
            "Harbour Regulators/Board Members Meet Again",
            "US/China Trade",
            "Competitive Tensions and Future Directions",
        ] {
            assert!(!p.is_prompt(line), "{line}");
        }
    }

    #[test]
    fn headers_open_lists_comments_and_author_boxes() {
        let p = &*PHRASES;
        for line in [
            "Related coverage",
            "Related stories:",
            "Most read",
            "Most popular this week",
            "More from Business",
            "You may also like",
            "Articles You May Like",
            "Trending now",
            "Recommended for you",
            "Editor’s picks",
            "Read next",
            "Keep reading",
            "Recent posts",
            "In other news",
            "Stories for you",
        ] {
            assert!(p.is_list_header(line), "{line}");
        }
        assert!(!p.is_list_header("More ferries are planned for the northern route next year"));
        assert!(!p.is_list_header("A crowded harbour"));
        for line in [
            "3 Comments",
            "Comments (12)",
            "Leave a Reply",
            "Join the conversation",
        ] {
            assert!(p.is_tail_header(line), "{line}");
        }
        assert!(!p.is_tail_header("Comments from the regulator were expected on Friday."));
        assert!(p.is_author_header("About the author"));
        assert!(p.is_author_header("Author bio"));
        assert!(!p.is_author_header("The author of the report, Ivo Grett, disagreed."));
    }

    #[test]
    fn bios_and_bylines() {
        let p = &*PHRASES;
        assert!(p.is_bio(
            "Mara Lindqvist is a senior reporter at The Harbour Ledger covering shipping."
        ));
        assert!(p.is_bio("Ola Brenn covers energy and transport for the Ledger."));
        assert!(p.is_bio("Kit Sand is business editor of the Harbour Ledger."));
        assert!(!p.is_bio("Kit Sand is chief executive of Ostra Marine."));
        assert!(!p.is_bio("Mara Lindqvist is a partner at Harbour Capital."));
        assert!(p.is_first_name_bio("Mara covers shipping from Lund."));
        assert!(!p.is_first_name_bio("Ostra is the largest yard in Lund."));
        // Reporters with the cities they filed from, no "By".
        assert!(p.is_byline("Ada Lind in Lund and Bo Sand in Oslo"));
        assert!(p.is_byline("Ada Lind in Lund, Bo Sand in Oslo and Eva Holm in New Riga"));
        assert!(!p.is_byline("Storm Damage in Lund"));
        assert!(!p.is_byline("Ada Lind in Lund and Bo Sand in Oslo agreed to buy the yard."));
        assert!(!p.is_bio("The company is a leading writer of insurance policies."));
        assert!(p.is_byline("By Mara Lindqvist and Ola Brenn"));
        assert!(p.is_byline("Updated 10:42 GMT"));
        assert!(!p.is_byline("Byproducts of the plant are sold to Ostra."));
    }
}
