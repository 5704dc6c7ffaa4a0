//! A captured page's byline and date stamps above the lead ("By Ada Lind,
//! Markets Correspondent", "Published 3 March 2025, 14:02 GMT", "Ada Lind ·
//! Lund · 4 May 2025", "June 4, 2024"): page furniture, dimmed with the
//! rest. The reporters they name stay entities of the article (the tagger
//! keeps the people of a byline, see [`is_byline_or_stamp`]); a wire
//! dateline that opens the first sentence is the body's.

use std::sync::LazyLock;

use super::Page;
use super::bars::is_short_bar;
use super::forward::LineRegex;
use super::forward::on_demand;
use super::phrases::whole_line_pattern;
use super::phrases::{PHRASES, alternation, alternatives, compile, normal, whole_line};
use super::run_on::runs_on;
use super::signatures::{is_agent_line, is_bare_signature, is_clock_stamp, is_signature};

pub(super) const DATE_LINES: &str = include_str!("../../../assets/lang/en/clutter/date-lines.re");

pub(super) static DATE_LINE: LazyLock<LineRegex> = LazyLock::new(|| whole_line(DATE_LINES));

pub(super) const APPARATUS_LINES: &str =
    include_str!("../../../assets/lang/en/clutter/apparatus.re");

/// A text's own sources header or credit after its story.
pub(super) static APPARATUS: LazyLock<LineRegex> = LazyLock::new(|| {
    let lines = alternatives(APPARATUS_LINES).join("|");
    on_demand(&format!(r"(?i)^\W*(?:{lines})"))
});

pub(super) const AUTHOR_LINKS: &str =
    include_str!("../../../assets/lang/en/clutter/author-links.re");

/// A line that is wholly a Markdown link to a writer's page.
pub(super) static AUTHOR_LINK: LazyLock<LineRegex> = LazyLock::new(|| {
    let paths = alternatives(AUTHOR_LINKS).join("|");
    compile(&format!(r"(?i)^\[[^\[\]]+\]\([^ ()]*(?:{paths})[^ ()]*\)$"))
});

/// Compiles the date lines and author links now (see [`super::warm_up`]):
/// nearly every page has a short line at its top that asks.
pub(super) fn warm_up() {
    LazyLock::force(&DATE_LINE);
    LazyLock::force(&AUTHOR_LINK);
}

pub(super) const REPORTER_TITLES: &str =
    include_str!("../../../assets/lang/en/clutter/reporter-titles.re");

pub(super) static REPORTER_TITLE: LazyLock<LineRegex> =
    LazyLock::new(|| on_demand(&whole_line_pattern(&alternation(REPORTER_TITLES))));

/// A reporter's job title alone ("Technology Correspondent"): on a byline,
/// no person, however capitalised.
pub fn is_reporter_title(name: &str) -> bool {
    REPORTER_TITLE.is_match(&normal(name))
}

/// A byline or a stamp has at most this many words (but see [`is_short_bar`]).
const MAX_STAMP_WORDS: usize = 16;
/// A sentence of this many words or more ending as sentences end is no
/// stamp, whatever it opens with ("By 2030 the plant will …").
const MIN_SENTENCE_WORDS: usize = 6;
/// The lead: the first body sentence of at least this many words. Bylines
/// and stamps stand above it.
const LEAD_WORDS: usize = 12;
/// A wrapped text's lead line, and the line its sentence runs on into,
/// have at least this many words.
const WRAPPED_LEAD_WORDS: usize = 6;

/// A byline block's reporter titles between the name and the stamp.
const MAX_TITLE_LINES: usize = 1;

/// A sources header is at most this many words ("Sources", "Notes").
const MAX_HEADER_WORDS: usize = 2;

/// What sets apart the parts of a byline ("Ada Lind · Lund · 4 May 2025",
/// "Lund | 4 May 2025 | by Ada Lind").
const PART_SEPARATORS: [char; 3] = ['·', '|', '•'];

/// A short line that is a byline or a date stamp by its shape: it opens
/// like a byline or publication stamp ("By …", "Updated …", "Live coverage
/// by …", "Ada Lind, Markets Correspondent"), it is wholly a date ("June 4,
/// 2024"), or one of its parts between "·" or "|" is a date or "By" and a
/// name ("Ada Lind · 4 May 2025 · 7 comments", "Ledger Daily · By Ada Lind
/// · 4 min read").
pub fn is_byline_or_stamp(line: &str) -> bool {
    // Words counted no further than one past the bound, and a long line
    // turned away before it is normalised (straightening its apostrophes
    // changes no word and no separator): most lines asked are paragraphs.
    let words = line.split_whitespace().take(MAX_STAMP_WORDS + 1).count();
    if words == 0 || (words > MAX_STAMP_WORDS && !is_short_bar(line, &PART_SEPARATORS)) {
        return false;
    }
    let line = normal(line);
    let end = line.trim_end_matches(['"', '\u{201d}', ')', '*', '_']);
    // A stamp's time of day may end in a full stop ("Published: Nov. 12,
    // 2026 at 6:05 p.m."), which ends no sentence.
    let ends = end.ends_with(['.', '!', '?']) && !is_labelled_clock_stamp(end);
    if ends && words >= MIN_SENTENCE_WORDS {
        return false;
    }
    PHRASES.is_byline(&line)
        || DATE_LINE.is_match(&line)
        || is_clock_stamp(&line)
        || AUTHOR_LINK.is_match(&line)
        || (line.contains(PART_SEPARATORS)
            && line.split(PART_SEPARATORS).any(|part| {
                let part = part.trim().trim_matches(['*', '_']).trim();
                DATE_LINE.is_match(part) || is_by_name(part) || is_stamp_part(part)
            }))
}

/// A label, a colon and a date ending in a time of day written with full
/// stops ("Published: Nov. 12, 2026 at 6:05 p.m."): a stamp, though its
/// last character is a full stop.
fn is_labelled_clock_stamp(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let clock = lower
        .strip_suffix("a.m.")
        .or_else(|| lower.strip_suffix("p.m."))
        .is_some_and(|rest| rest.trim_end().ends_with(|c: char| c.is_ascii_digit()));
    clock
        && line.split_once(':').is_some_and(|(label, date)| {
            (1..=2).contains(&label.split_whitespace().count())
                && label.chars().all(|c| c.is_alphabetic() || c == ' ')
                && DATE_LINE.is_match(date.trim())
        })
}

/// A part of a bar that is a dated publication stamp ("Ada Lind · Lund ·
/// Updated 4 May 2026, 17:40 CET"): a stamp's phrasing with a figure, not
/// "By" and a name (see [`is_by_name`]).
fn is_stamp_part(part: &str) -> bool {
    part.chars().any(|c| c.is_ascii_digit())
        && !part
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && PHRASES.is_byline(part)
}

/// A part of a bar that is "By" and a name ("Ledger Daily · By Ada Lind ·
/// 4 min read"): the byline among the bar's parts.
fn is_by_name(part: &str) -> bool {
    let mut words = part.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && words.next().is_some_and(|w| {
            w.trim_start_matches(['[', '*', '_'])
                .starts_with(char::is_uppercase)
        })
        && PHRASES.is_byline(part)
}

/// A line that is wholly a date ("June 4, 2024").
fn is_date_line(line: &str) -> bool {
    DATE_LINE.is_match(&normal(line))
}

impl Page<'_> {
    /// Clutter that only a captured page has: any but a text's own
    /// apparatus after its last body sentence (a sources header and the
    /// list under it to the end, a credit line).
    fn shows_furniture(&self) -> bool {
        let n = self.lines.len();
        let last_body = (0..n).rev().find(|&i| self.body_sentence(i)).unwrap_or(n);
        let apparatus = |i: usize| APPARATUS.is_match(&normal(self.line(i)));
        let sources = (last_body..n)
            .find(|&i| self.clutter[i] && apparatus(i) && self.shapes[i].words <= MAX_HEADER_WORDS)
            .unwrap_or(n);
        (0..sources).any(|i| self.clutter[i] && (i < last_body || !apparatus(i)))
    }

    /// The lines above the lead, the first body sentence of some length.
    /// A standfirst is no lead: one sentence under the headline (with no
    /// other sentence between them) that a byline or a stamp follows.
    fn above_lead(&self) -> std::ops::Range<usize> {
        // Neither a list item (a summary's point) nor a Markdown heading
        // (a standfirst set as one) is the lead.
        let leads = |from: usize| {
            (from..self.lines.len()).find(|&i| {
                let s = self.shapes[i];
                self.body_sentence(i)
                    && s.words >= LEAD_WORDS
                    && !s.marked
                    && !self.opens_section(i)
            })
        };
        let Some(lead) = leads(0).or_else(|| self.wrapped_lead()) else {
            return 0..0;
        };
        let under_headline = self
            .title_line()
            .is_some_and(|t| t < lead && (t + 1..lead).all(|k| !self.body_sentence(k)));
        let stamped = self.next(lead).is_some_and(|n| {
            let line = self.line(n);
            is_byline_or_stamp(line) || is_date_line(line) || self.signs_stamp(n)
        });
        if under_headline && stamped {
            return 0..leads(lead + 1).unwrap_or(lead);
        }
        0..lead
    }

    /// The lead of a text whose lines are wrapped at a width (a printed
    /// page turned to text), where no line holds a whole sentence: the
    /// first line of some length, opening in capitals, whose sentence runs
    /// on into the next line
    /// ("Ostra Marine, the Lund yard that builds" over "electric tugs, has
    /// agreed …").
    fn wrapped_lead(&self) -> Option<usize> {
        (0..self.lines.len().saturating_sub(1)).find(|&i| {
            let (s, next) = (self.shapes[i], self.shapes[i + 1]);
            let runs_on = self
                .line(i + 1)
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            let opens = self
                .line(i)
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            !s.blank
                && opens
                && !self.clutter[i]
                && !s.marked
                && !s.stop
                && s.words >= WRAPPED_LEAD_WORDS
                && next.words >= WRAPPED_LEAD_WORDS
                && runs_on
                && !self.byline(i)
                && !self.byline(i + 1)
        })
    }

    /// Bylines and stamps above the lead, but a bare date line (see
    /// [`Page::mark_date_lines`]); a signature next to one of them; a
    /// reporter's title under a byline.
    pub(super) fn mark_bylines(&mut self) {
        for i in self.above_lead() {
            let line = self.line(i);
            // A reporter's title on a line of its own under the byline
            // ("Business Reporter").
            let titled = is_reporter_title(line)
                && self.prev(i).is_some_and(|p| {
                    self.clutter[p] && (self.byline(p) || is_bare_signature(self.line(p)))
                });
            // A stamp's word before a date is no place of a dateline
            // ("Published Thu, Mar 28 2024 9:41 AM EDT").
            let dateline = is_date_line(line) && !self.byline(i);
            if !self.shapes[i].blank
                && !dateline
                && (is_byline_or_stamp(line)
                    || self.is_signed_byline(i)
                    || self.signs_stamp(i)
                    || titled)
            {
                self.clutter[i] = true;
            }
        }
    }

    /// A reporter's bare name between the headline and the lead ("Ada
    /// Lind", nothing beside it, or a stamp under it) on a page that shows
    /// furniture. (A name
    /// with a stamp next to it is a signed byline, see
    /// [`Page::is_signed_byline`]; one over a reporter's title and links
    /// heads an author card.)
    pub(super) fn mark_bare_bylines(&mut self) {
        if !self.shows_furniture() {
            return;
        }
        let above = self.above_lead();
        let lead = above.end;
        for i in above {
            let line = self.line(i);
            if self.shapes[i].blank || self.clutter[i] || !is_bare_signature(line) {
                continue;
            }
            // A headline that runs on is wrapped, and the name its end.
            let under_headline = self.prev(i).is_some_and(|p| {
                !self.clutter[p]
                    && self.shapes[p].headline
                    && !is_bare_signature(self.line(p))
                    && !runs_on(self.line(p))
            });
            // A stamp may stand between the name and the lead (a reader
            // view's reading time, a date line).
            let before_lead = |j: usize| {
                j == lead
                    || (self.clutter[j]
                        && (is_byline_or_stamp(self.line(j))
                            || is_date_line(self.line(j))
                            || PHRASES.is_stamp(self.line(j)))
                        && self.next(j) == Some(lead))
            };
            if under_headline && self.next(i).is_some_and(before_lead) {
                self.clutter[i] = true;
            }
        }
    }

    /// A trail of short parts above the headline ("The Ledger · Energy ·
    /// Explainers"): the site's and the section's names.
    pub(super) fn mark_head_trails(&mut self) {
        let Some(title) = self.title_line() else {
            return;
        };
        for i in 0..title {
            if self.shapes[i].crumbs {
                self.clutter[i] = true;
            }
        }
    }

    /// A bare date line above the lead is a captured page's stamp when the
    /// page shows furniture elsewhere; in a text that has none (an article
    /// as a news corpus gives it: headline, date, story, perhaps its list of
    /// sources or its reporters' credit after the last paragraph, see
    /// [`Page::shows_furniture`]) it is the article's date line.
    pub(super) fn mark_date_lines(&mut self) {
        if !self.shows_furniture() {
            return;
        }
        for i in self.above_lead() {
            if !self.shapes[i].blank && is_date_line(self.line(i)) {
                self.clutter[i] = true;
            }
        }
    }
}

impl Page<'_> {
    /// A reporter's bare name over a stamp or a date line, maybe with the
    /// reporter's title between ("Ada Lind" / "Shipping reporter" /
    /// "Updated May 4, 2026 – 4.52pm"): a byline block, which may stand
    /// under a standfirst; never the text's first line, its headline
    /// ("Ostra Marine" over "Stand: 02.12.2026").
    fn signs_stamp(&self, i: usize) -> bool {
        if self.shapes[i].blank || !is_bare_signature(self.line(i)) || self.prev(i).is_none() {
            return false;
        }
        let mut at = i;
        for _ in 0..=MAX_TITLE_LINES {
            let Some(j) = self.next(at) else {
                return false;
            };
            let line = self.line(j);
            if is_reporter_title(line) {
                at = j;
                continue;
            }
            return (is_byline_or_stamp(line) && !is_signature(line)) || is_date_line(line);
        }
        false
    }

    /// A signature or an agent line ("Escrito por Ada Lind") above the lead
    /// with a byline or stamp next to it (not the text's first line, its
    /// headline): the byline of a page in any language.
    fn is_signed_byline(&self, i: usize) -> bool {
        let first = (0..self.lines.len()).find(|&j| !self.shapes[j].blank);
        let stamp = |j: usize| {
            let line = self.line(j);
            is_byline_or_stamp(line) && !is_signature(line)
        };
        Some(i) != first
            && (is_signature(self.line(i)) || is_agent_line(self.line(i)))
            && (self.prev(i).is_some_and(|p| Some(p) != first && stamp(p))
                || self.next(i).is_some_and(stamp))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::boiler_text;
    use super::{is_byline_or_stamp, is_reporter_title};

    #[test]
    fn a_byline_and_a_date_under_the_standfirst() {
        let text = "Lund Daily\nMarkets\nShipping\nOstra Marine to buy Lund tug yard\nThe Swedish shipbuilder is betting that harbours will need more electric tugs this decade.\nBy Ada Lind\nMay 4, 2025 7:42 AM GMT\nOstra Marine agreed on Tuesday to buy the Lund tug yard from its founders for €18 million, the companies said.\nThe yard will build four electric tugs a year from 2027, Ostra's chief executive Ivo Grett told reporters.\nShare this article\n";
        let b = boiler_text(text).join("\n");
        assert!(
            b.contains("By Ada Lind") && b.contains("May 4, 2025"),
            "{b}"
        );
        assert!(!b.contains("betting") && !b.contains("agreed"), "{b}");
    }

    #[test]
    fn a_bar_with_a_byline_among_its_parts_is_a_byline() {
        assert!(is_byline_or_stamp(
            "Ledger Daily · By Ada Lind · 4 min read"
        ));
        assert!(is_byline_or_stamp(
            "**ledger.example** · by Ada Lind · 8 min read"
        ));
        assert!(!is_byline_or_stamp("Markets · By the numbers"));
        let text = "Ostra Marine to buy Lund tug yard for €18 million\n\nLedger Daily · By Ada Lind · 4 min read\n\nOstra Marine agreed on Tuesday to buy the Lund tug yard from its founders for €18 million, the companies said.\n\nThe yard will build four electric tugs a year from 2027, Ostra's chief executive Ivo Grett told reporters.\n";
        assert_eq!(
            boiler_text(text),
            ["Ledger Daily · By Ada Lind · 4 min read"]
        );
    }

    #[test]
    fn a_reporter_s_title_is_no_name() {
        for t in ["Technology Correspondent", "Senior Editor", "staff writers"] {
            assert!(is_reporter_title(t), "{t}");
        }
        for t in ["Ada Lind", "Editor Lind Holdings", "Ostra Marine"] {
            assert!(!is_reporter_title(t), "{t}");
        }
    }

    const LEAD: &str = "Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\n";

    #[test]
    fn a_bare_name_between_headline_and_lead_is_the_byline() {
        let page = format!(
            "Home | Business | Sport\n\nOstra Marine wins an order for six harbour tugs\n\nMara Lindqvist-Øberg\n\n{LEAD}\nShare this story\n"
        );
        let b = boiler_text(&page).join("\n");
        assert!(b.contains("Mara Lindqvist-Øberg"), "{b}");
        assert!(!b.contains("harbour tugs"), "{b}");
        // A reader view's reading time under the name.
        let page = format!(
            "lundledger.example\nOstra Marine wins an order for six harbour tugs\nMara Lindqvist-Øberg\n4–5 minutes\n{LEAD}"
        );
        let b = boiler_text(&page).join("\n");
        assert!(b.contains("Mara Lindqvist-Øberg\n4–5 minutes"), "{b}");
        assert!(!b.contains("harbour tugs"), "{b}");
        // A text with no furniture keeps the line.
        let plain = format!(
            "Ostra Marine wins an order for six harbour tugs\n\nMara Lindqvist-Øberg\n\n{LEAD}"
        );
        assert!(boiler_text(&plain).is_empty(), "{:?}", boiler_text(&plain));
    }

    #[test]
    fn a_byline_block_under_the_standfirst() {
        let page = "Lund Daily\nSubscribe\nOstra Marine to buy Lund tug yard\nThe Swedish shipbuilder is betting that harbours will need more electric tugs.\nAda Lind\nShipping reporter\nUpdated May 4, 2025 – 4.52pm\nShare\nOstra Marine agreed on Tuesday to buy the Lund tug yard from its founders for €18 million, the companies said.\nThe yard will build four electric tugs a year from 2027, Ostra's chief executive Ivo Grett told reporters.\n";
        let b = boiler_text(page).join("\n");
        assert!(
            b.contains("Ada Lind\nShipping reporter\nUpdated May 4"),
            "{b}"
        );
        assert!(!b.contains("betting") && !b.contains("agreed"), "{b}");
        // A bar of a name, a place and a dated stamp.
        assert!(is_byline_or_stamp(
            "Ada Lind · Lund · Updated 8 December 2026, 17:40 CET"
        ));
        assert!(!is_byline_or_stamp("Markets · By the numbers · 2026"));
    }

    #[test]
    fn bylines_and_stamps_by_their_shape() {
        for line in [
            "By Ada Lind, Markets Correspondent",
            "By Ada Lind in Lund | 5 May 2026",
            "**By Ada Lind** | 9 October 2025 | 6 min read",
            "Published 3 March 2025, 14:02 GMT",
            "Updated 4 May 2026, 14:05 CET: adds analyst comment in final paragraph",
            "Published 19 February 2026 by Ada Lind",
            "Live coverage by Ada Lind and Bo Sand",
            "Ada Lind, Shipping Correspondent",
            "Ada Lind · 24 June 2025 ·",
            "Brakvik, 20 November 2024 · Ada Lind",
            "Lund | 30 September 2025 | by Ada Lind",
            "June 4, 2024",
            "Wednesday 11 March 2026",
            "Wed Sep 11 2024 - 06:00",
            "October 7, 2024 at 7:02 AM GMT+1",
            "Lund - 15 May 2024 - 09:40 CEST",
            "2024-09-17T07:30:00+01:00",
            "[Ada Lind](https://ledger.example/@ada)",
            "[Ada Lind](https://ledger.example/authors/ada-lind)",
            "Words: Ada Lind",
            "Text: Ada Lind and Bo Sand",
            "Ada Lind | Senior Editor, Energy Markets",
            "Ada Lind · Shipping Correspondent",
            "Reporter: Märta Ölund",
            "Reporter Märta Ölund",
            "Correspondent Ada Lind",
            "Published: Nov. 12, 2026 at 6:05 p.m.",
            "Updated: Dec. 3, 2026 at 9:40 a.m.",
        ] {
            assert!(is_byline_or_stamp(line), "{line}");
        }
        for line in [
            "LUND, May 4 (Reuters) -",
            "Ostra Marine bought by Quayside Ferries",
            "By 2030 the yard will build six tugs a year for Quayside.",
            "The deal closed on June 4, 2024 in Lund.",
            "Ostra Marine, a Lund yard",
            "Ada Lind, chief executive of Ostra Marine",
            "[Ostra Marine](https://ostra.example/about)",
            "Ada Lind, the editor, said the yard would close.",
            "Ada Lind, the editor, says Lund",
            "Text: 1998",
            "Words: the yard's order book",
            "Reporter Ada Lind said the yard would close.",
            "Published figures show the yard closed at 6 p.m.",
            "Correspondent banking grows",
        ] {
            assert!(!is_byline_or_stamp(line), "{line}");
        }
    }

    #[test]
    fn a_publication_stamp_with_a_weekday_is_no_dateline() {
        let text = format!(
            "Ostra Marine to build tugs for Quayside\nPublished Thu, Mar 28 2024 9:41 AM EDT\n{LEAD}"
        );
        assert_eq!(
            boiler_text(&text),
            ["Published Thu, Mar 28 2024 9:41 AM EDT"]
        );
    }

    #[test]
    fn a_byline_in_capitals_over_a_wrapped_lead() {
        // A printed page's lines, wrapped at a width: no line holds a
        // sentence of the lead's length.
        let text = "Ostra Marine agrees\nto build Quayside tugs\nBY ADA LIND\nSHIPPING CORRESPONDENT\n\nOstra Marine, the Lund yard that builds\nelectric tugs, has agreed to sell two of\nthem to Quayside Ferries for €18 million.\nThe tugs will enter service in Brakvik\nnext spring, the yard said on Tuesday.\n";
        let b = boiler_text(text).join("\n");
        assert!(
            b.contains("BY ADA LIND") && b.contains("SHIPPING CORRESPONDENT"),
            "{b:?}"
        );
        assert!(!b.contains("Ostra") && !b.contains("tugs"), "{b:?}");
    }

    #[test]
    fn a_byline_and_date_above_the_lead_are_furniture_and_the_dateline_stays() {
        let text = format!(
            "Ostra Marine to build tugs for Quayside\n\nBy Ada Lind, Shipping Correspondent\n\nJune 4, 2024\n\n{LEAD}"
        );
        let b = boiler_text(&text).concat();
        assert!(
            b.contains("By Ada Lind") && b.contains("June 4, 2024"),
            "{b:?}"
        );
        assert!(!b.contains("Ostra") && !b.contains("agreed"), "{b:?}");
        // A date line alone, in a text with no furniture, is the article's.
        // A short headline over its byline is no site name over a menu.
        let text = format!(
            "Ostra builds tugs\n\nWords: Ada Lind\n\nFirst export order for the Lund yard\n\n{LEAD}"
        );
        assert_eq!(boiler_text(&text), ["Words: Ada Lind"]);
        let text = format!("Ostra Marine to build tugs for Quayside\nJune 4, 2024\n{LEAD}");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
        // Nor do its list of sources and its credit after the story make it
        // a captured page; a list of other stories does.
        let tail = "Sources\n\"Quayside buys tugs\" - Lund Ledger, June 3, 2024\n";
        let text =
            format!("Ostra Marine to build tugs for Quayside\n\nJune 4, 2024\n\n{LEAD}\n{tail}");
        assert_eq!(
            boiler_text(&text).concat().matches("June 4").count(),
            0,
            "{:?}",
            boiler_text(&text)
        );
        let text = format!(
            "Ostra Marine to build tugs for Quayside\n\nJune 4, 2024\n\n{LEAD}\nRelated coverage\nBrakvik port grows as freight returns\nLund yard names a new finance chief\n"
        );
        assert!(
            boiler_text(&text).concat().contains("June 4, 2024"),
            "{:?}",
            boiler_text(&text)
        );
        let text = format!(
            "Ostra Marine to build tugs for Quayside\n\nLUND, May 4 (Reuters) -\n{LEAD}June 4, 2024\n"
        );
        assert!(
            !boiler_text(&text).iter().any(|b| b.contains("LUND")),
            "{:?}",
            boiler_text(&text)
        );
    }
}
