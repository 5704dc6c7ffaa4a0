//! Runs of short lines nobody introduced (menus, share bars, lists of
//! other stories) and the odd line such furniture boxes in.

use super::run_on::runs_on;
use super::stamps::is_byline_or_stamp;
use super::terms::is_label_row;
use super::{Page, is_furniture};

/// Runs of short lines that make a list: at least this many lines.
const MIN_RUN: usize = 3;
/// A hard-wrapped paragraph's first line has at least this many words.
const MIN_WRAPPED_WORDS: usize = 8;

/// How many words of a line hold a digit ("Lund 2 Brakvik 1" has two).
fn figures(line: &str) -> usize {
    line.split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
        .count()
}

/// A Markdown heading's underline: `=` alone, three or more.
fn is_underline(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3 && t.bytes().all(|b| b == b'=')
}

/// An interview's question or answer, or the heading over them ("Q: Why
/// now?", "**A:** Yes.", "Q&A: what happens next?"): the story's own
/// lines, never the headline of another story.
fn is_interview_line(line: &str) -> bool {
    let t = line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#'));
    ["Q&A", "Q:", "A:", "Q.", "A."].iter().any(|label| {
        t.strip_prefix(label)
            .is_some_and(|rest| rest.starts_with([' ', ':', '*']))
    })
}

/// A speaker's turn in a transcript, maybe after its time code: a
/// speaker's label in capitals and a colon, then speech that ends as a
/// sentence and has a word in lower case ("[00:06:45] MARA LIND: Ivo,
/// thank you."). A capitals label over a headline ("BREAKING: Ostra Buys
/// Tugs.") has no such word.
pub(super) fn is_speech_turn(line: &str) -> bool {
    let t = line.trim();
    let t = match t.strip_prefix('[').and_then(|r| r.split_once(']')) {
        Some((code, rest)) if code.chars().all(|c| c.is_ascii_digit() || c == ':') => {
            rest.trim_start()
        }
        _ => t,
    };
    let Some((label, speech)) = t.split_once(": ") else {
        return false;
    };
    let label_words = label.split_whitespace().count();
    (1..=3).contains(&label_words)
        && label.chars().any(char::is_alphabetic)
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '.'))
        && speech.trim_end().ends_with(['.', '!', '?'])
        && speech
            .split_whitespace()
            .any(|w| w.starts_with(char::is_lowercase))
}

/// A roster's name is at most this many words, and its post too.
const MAX_ROSTER_PART_WORDS: usize = 6;

/// A roster's row: a name of two to four capitalised words, a dash, and a
/// short post ("Ada Lind - Chief Executive Officer", "Ivo Grett — Analyst,
/// Lund Securities"), no figure.
fn is_roster_row(line: &str) -> bool {
    let Some((name, post)) = [" - ", " – ", " — "]
        .iter()
        .find_map(|d| line.trim().split_once(d))
    else {
        return false;
    };
    let name_words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&name_words.len())
        && name_words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
        && (1..=MAX_ROSTER_PART_WORDS).contains(&post.split_whitespace().count())
        && !line.chars().any(|c| c.is_ascii_digit())
        && !post.trim_end().ends_with(['.', '!', '?'])
}

impl Page<'_> {
    /// Runs of short lines nobody introduced: menus and share bars (three or
    /// more one-to-three-word lines or breadcrumbs), and lists of other
    /// stories (three or more headlines after the body has begun, in title
    /// case or each naming something). A list a
    /// sentence introduces with a colon stays.
    pub(super) fn mark_runs(&mut self) {
        let body_start = self.first_body_sentence();
        // A heading's "=====" underline is no menu entry.
        let menu = |p: &Self, j: usize| {
            p.shapes[j].nav && !p.byline(j) && !p.opens_section(j) && !is_underline(p.line(j))
        };
        // A line whose sentence runs on into the next (a printed page's
        // wrapped text) is no headline.
        let stories = |p: &Self, j: usize| {
            let s = p.shapes[j];
            s.headline
                && s.words >= 4
                && body_start.is_some_and(|b| j > b)
                && !is_interview_line(p.line(j))
                && !p.runs_on(j)
        };
        // One short line that heads the block right under it (an
        // announcement's issuer over its title, a digest's newspaper over
        // its first story, with or without a blank line between) is no
        // menu, whatever furniture stands above it.
        self.mark_runs_of(&menu, |p, run| {
            run.len() > 1 || !(p.heads_block(run[0]) || p.heads_paragraph(run[0]))
        });
        // Headlines in title case, or each naming something with no list
        // marker and five words or more ("Ostra wins a contract in Lund").
        self.mark_runs_of(&stories, |p, run| {
            let title = run.iter().filter(|&&j| p.shapes[j].title_case).count();
            let named = run.iter().all(|&j| {
                let s = p.shapes[j];
                s.named && !s.marked && s.words >= 5
            });
            // Rows that each carry two figures or more are a data table
            // (results, prices), not headlines; so are a terms table's rows,
            // labels in capitals and their values ("BORROWER - Lundby Ports
            // Ltd", "AMT $300 MLN SPREAD - 12.5 BP").
            let rows = run
                .iter()
                .filter(|&&j| figures(p.line(j)) >= 2 || is_label_row(p.line(j)))
                .count();
            // A roster, each line a name and a post ("Ada Lind - Chief
            // Executive Officer"), gives the story's people, not headlines.
            let roster = run.iter().all(|&j| is_roster_row(p.line(j)));
            (title * 3 >= run.len() * 2 || named) && rows * 2 < run.len() && !roster
        });
    }

    /// The line's sentence runs on into the next line, with no blank line
    /// between: it ends with no sentence end and the next line opens in
    /// lower case ("Shares in Ostra closed up 31 per cent" over "on the
    /// Lund exchange.").
    pub(super) fn runs_on(&self, i: usize) -> bool {
        let j = i + 1;
        !self.shapes[i].stop
            && j < self.lines.len()
            && self
                .line(j)
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    }

    /// The line has a line of running text or a heading right under it,
    /// with no blank line between: no furniture and no menu entry.
    fn heads_block(&self, i: usize) -> bool {
        let j = i + 1;
        j < self.lines.len()
            && !self.shapes[j].blank
            && !self.clutter[j]
            && !self.shapes[j].nav
            && !self.shapes[j].crumbs
    }

    /// The next line after `i`, past a blank one, is running text of the
    /// body: `i` is its heading.
    fn heads_paragraph(&self, i: usize) -> bool {
        // A hard-wrapped paragraph's first line runs on into the next.
        self.next(i).is_some_and(|j| {
            (self.body_sentence(j) && self.shapes[j].prose)
                || (!self.clutter[j]
                    && self.shapes[j].words >= MIN_WRAPPED_WORDS
                    && self.runs_on(j))
        })
    }

    /// Marks each run of lines that `member` accepts, [`MIN_RUN`] or more
    /// with the furniture lines among and just before them, when `accept`
    /// agrees and no sentence introduces it.
    pub(super) fn mark_runs_of(
        &mut self,
        member: &dyn Fn(&Self, usize) -> bool,
        accept: impl Fn(&Self, &[usize]) -> bool,
    ) {
        let n = self.lines.len();
        let mut i = 0;
        while i < n {
            if self.shapes[i].blank || self.clutter[i] || !member(self, i) {
                i += 1;
                continue;
            }
            let mut run = vec![i];
            let mut all = vec![i];
            let mut at = i;
            while let Some(j) = self.next(at) {
                if self.clutter[j] && !self.shapes[j].sentence {
                    all.push(j);
                } else if member(self, j) {
                    run.push(j);
                    all.push(j);
                } else {
                    break;
                }
                at = j;
            }
            let introduced = self
                .prev(i)
                .is_some_and(|p| self.shapes[p].intro && !self.clutter[p]);
            // Furniture lines just before the run count towards it ("Share").
            let mut before = 0;
            let mut k = i;
            while let Some(p) = self.prev(k)
                && self.clutter[p]
                && !self.shapes[p].sentence
            {
                before += 1;
                k = p;
            }
            if all.len() + before >= MIN_RUN && !introduced && accept(self, &run) {
                for &j in &all {
                    self.clutter[j] = true;
                }
            }
            i = at + 1;
        }
    }

    /// A line between two furniture lines (or a furniture line and a menu
    /// entry) that is no sentence, fact or list introduction ("Work at the
    /// Ledger" in a menu, a stray tag) is furniture too. The headline is never: it may sit between a menu and a
    /// share bar.
    pub(super) fn mark_sandwiched(&mut self) {
        let title = self.title_line();
        // Twice, so that a menu entry next to the line counts on the second.
        for _ in 0..2 {
            for i in 0..self.lines.len() {
                let s = self.shapes[i];
                // A sentence a prompt introduces with a colon ("Before you
                // buy, consider this:") and furniture closes is the prompt's.
                let prompted = s.sentence
                    && self.prev(i).is_some_and(|p| {
                        self.clutter[p]
                            && is_furniture(self.line(p))
                            && self.line(p).trim_end().ends_with(':')
                    });
                if s.blank
                    || self.clutter[i]
                    || runs_on(self.line(i))
                    || (s.sentence && !prompted)
                    || s.fact
                    || s.intro
                    || Some(i) == title
                    || self.byline(i)
                    || is_speech_turn(self.line(i))
                {
                    continue;
                }
                // A byline or stamp is furniture, but a line beside it (a
                // headline, a standfirst) is not boxed in by it.
                let boxing = |j: usize| self.clutter[j] && !is_byline_or_stamp(self.line(j));
                let prev = self.prev(i).is_some_and(boxing);
                // A byline is shaped like a menu entry ("By Mara Lind").
                let next = self.next(i).is_some_and(|n| {
                    boxing(n) || (self.shapes[n].nav && Some(n) != title && !self.byline(n))
                });
                if prev && next {
                    self.clutter[i] = true;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::run_on::runs_on;
    use super::super::tests::{LEAD, MORE_LINE, boiler_text};
    use super::is_speech_turn;

    #[test]
    fn a_wrapped_headline_s_first_line_is_not_sandwiched() {
        assert!(runs_on("Quayside agrees sale of its tug fleet to"));
        assert!(!runs_on("Work at the Ledger"));
        assert!(!runs_on("Go to"));
        let text = format!(
            "Skip to main content\nQuayside agrees €18 million sale of its harbour tugs to\nOstra Marine\n\n{LEAD}{MORE_LINE}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(!b.contains("harbour tugs to"), "{b}");
    }

    #[test]
    fn a_transcript_s_last_turn_between_furniture_stays() {
        assert!(is_speech_turn("[00:06:45] MARA LIND: Ivo, thank you."));
        assert!(is_speech_turn("IVO GRETT: Yes, we will build four tugs."));
        assert!(!is_speech_turn("BREAKING: Ostra Buys Two Tugs."));
        assert!(!is_speech_turn("Mara Lind: Ivo, thank you."));
        assert!(!is_speech_turn("[Photo] MARA LIND: Ivo, thank you."));
        let lead = "[00:00:12] MARA LIND: Welcome back. Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine.\n\n";
        let text = format!(
            "{lead}[AD BREAK]\n\n[00:06:45] MARA LIND: Ivo Grett, thank you.\n\nMore episodes\n\nEpisode 211: Ostra's new yard\n"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("[AD BREAK]"), "{b}");
        assert!(!b.contains("thank you"), "{b}");
    }

    #[test]
    fn a_digests_newspaper_under_its_furniture_heads_its_story() {
        // Paragraphs with blank lines between, and one line each.
        let digest = [
            "PRESS DIGEST - Ostrian newspapers - May 4.",
            "The agency has not checked the stories and does not guarantee their accuracy.",
            "Telephone: (0123) 555-0142.",
            "Fax: (0123) 555-0143.",
            "LUNDBY TIMES",
            "Ostra Marine will build two electric tugs for the port of Brakvik, the paper said.",
        ];
        for sep in ["\n\n", "\n"] {
            let text = digest.join(sep) + "\n";
            let b = boiler_text(&text).concat();
            assert!(b.contains("Fax") && !b.contains("LUNDBY TIMES"), "{b:?}");
        }
    }

    #[test]
    fn gallery_counters_transcript_notes_and_a_holder_s_copyright_are_cut() {
        let text = format!(
            "{LEAD}2 of 5\n\nQuayside chief executive Ivo Grett at the quay.\n\nTranscript\n\nThis transcript was generated automatically and may contain errors.\n\n{MORE_LINE}\n[AD BREAK]\n\n{MORE_LINE}\n(c) The Lund Ledger 2024. Reproduced under licence.\n"
        );
        let b = boiler_text(&text).join("\n");
        for furniture in [
            "2 of 5",
            "Transcript\n",
            "This transcript was generated",
            "[AD BREAK]",
            "(c) The Lund Ledger 2024",
        ] {
            assert!(b.contains(furniture), "{furniture}: {b}");
        }
        assert!(!b.contains("at the quay") && !b.contains("Brakvik"), "{b}");
        // A sentence about a transcript, a count in a sentence, and an item
        // (c) of a list stay.
        for body in [
            "The court released a transcript of the hearing on Monday, the yard said.",
            "Quayside won 2 of 5 tenders for harbour tugs in Brakvik last year.",
            "(c) the buyer pays the yard in three parts, the contract says.",
        ] {
            let text = format!("{LEAD}{body}\n\n{MORE_LINE}");
            assert!(boiler_text(&text).is_empty(), "{body}");
        }
    }

    #[test]
    fn a_roster_of_names_and_posts_stays() {
        assert!(super::is_roster_row("Ada Lind - Chief Executive Officer"));
        assert!(super::is_roster_row("Ivo Grett — Analyst, Lund Securities"));
        assert!(!super::is_roster_row(
            "Ostra Marine - the yard that builds tugs for Lund and Brakvik"
        ));
        assert!(!super::is_roster_row("Ostra Marine buys Lund tugs"));
        let text = format!(
            "{LEAD}Call participants\nAda Lind - Chief Executive Officer\nIvo Grett - Chief Financial Officer\nMara Holm - Analyst, Brakvik Securities\n{MORE_LINE}"
        );
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }

    #[test]
    fn a_heading_over_a_wrapped_paragraph_stays() {
        let text = "OSTRA MARINE PLC      Annual Report 2024      12\n\nChief Executive's review\n\n2024 was a good year for Ostra. Group revenue rose 9%\nto €1.4 billion, and in July we bought the Lund tug yard.\n";
        let b = boiler_text(text).join("\n");
        assert!(!b.contains("review"), "{b}");
    }

    #[test]
    fn a_staff_byline_is_cut_but_a_headline_on_staff_stays() {
        let text = format!("Quayside buys two tugs\nNorthwire staff\n\n{LEAD}{MORE_LINE}");
        assert_eq!(boiler_text(&text), ["Northwire staff"]);
        let text = format!("Quayside Cuts Staff\n\n{LEAD}{MORE_LINE}");
        assert!(boiler_text(&text).is_empty());
    }
}
