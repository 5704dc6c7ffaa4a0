//! The end of the page: a comment section after the body, and everything
//! after the body's last sentence (headline lists, tags, bios, short notes
//! under a notice), save a table of figures the story sets out (a results
//! table under its note: "Net profit 6.08 vs 3.98"; a wire's terms table in
//! capitals, "STRIKE PRICE 25.00 DEM") and a note of the rate its figures
//! were converted at ("($1 = 8.3 yuan)").

use super::lists::MAX_TEASER_WORDS;
use super::phrases::PHRASES;
use super::runs::is_speech_turn;
use super::terms::{MAX_ROW_WORDS, is_capitals_row, is_contact_word, is_label_row, is_terms_row};
use super::wire::is_wire_sign_off;
use super::{Page, is_furniture};

/// A comment section's opening has a prompt among this many lines after it.
const COMMENT_PROMPT_WITHIN: usize = 8;
/// At most this many short sentences after furniture are its own.
const MAX_SHORT_AFTER_FURNITURE: usize = 3;
/// A bio by the first name stands at most this many lines under the
/// author's full name…
const MAX_BIO_NAME_GAP: usize = 3;
/// …of at most this many words.
const MAX_NAME_WORDS: usize = 4;
/// Rows of one table have at most this many other lines between them (a
/// sub-period's label, "6 MONTHS"; a pay date).
const MAX_ROW_GAP: usize = 2;
/// A table's heading lines right above its first row: at most this many,
/// of at most this many words each.
const MAX_HEADING_LINES: usize = 2;
const MAX_HEADING_WORDS: usize = 8;

/// A figure as a table prints it: digits with thousands commas or a decimal
/// point, maybe a currency before them ("C$0.04"), a percent sign after,
/// brackets around a loss ("(1,461)"); or "N/A". A telephone number's or a
/// date's hyphenated groups are none.
fn is_table_figure(word: &str) -> bool {
    let w = word
        .trim_start_matches('(')
        .trim_end_matches([')', ',', ';']);
    if w == "N/A" {
        return true;
    }
    let w = match w.find(['$', '€', '£']) {
        Some(k) if w[..k].chars().all(|c| c.is_ascii_uppercase()) && k <= 3 => &w[k + 1..],
        _ => w,
    };
    let w = w.strip_suffix('%').unwrap_or(w);
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// A row of a table of figures: a label and figures, the last word a
/// figure, two figures or one beside "vs" ("Net profit 6.08 vs 3.98",
/// "Revs 41,752 35,711", "- Revenue N / A N / A"). Not a wire sign-off
/// ("-- Lund newsroom 555 0100") nor a contact line.
fn is_data_row(line: &str) -> bool {
    let line = line.trim().replace("N / A", "N/A");
    if line.starts_with("--") {
        return false;
    }
    let mut words: Vec<&str> = line.split_whitespace().collect();
    // A list's number ("2. Lund port to expand by 2030") is no figure.
    if words
        .first()
        .and_then(|w| w.strip_suffix('.'))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    {
        words.remove(0);
    }
    let contact = line
        .split(|c: char| !c.is_alphabetic())
        .any(is_contact_word);
    let figures = words.iter().filter(|w| is_table_figure(w)).count();
    let versus = words.iter().any(|w| w.eq_ignore_ascii_case("vs"));
    words.len() <= MAX_ROW_WORDS
        && !contact
        && words.last().is_some_and(|w| is_table_figure(w))
        && (figures >= 2 || versus)
}

/// A note on the rate a story's figures were converted at, in brackets
/// ("($1 = 8.3 yuan)", "(A$ 1 = US$ 0.79)"): the story's own.
fn is_rate_note(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('(')
        && t.ends_with(')')
        && t.contains('=')
        && t.bytes().any(|b| b.is_ascii_digit())
        && t.split_whitespace().count() <= MAX_HEADING_WORDS
}

/// Words of a notice that speaks to the reader.
const TO_READER: &[&str] = &[
    "you", "your", "yours", "you're", "you've", "you'll", "you'd", "we", "we're", "we've", "we'll",
    "our",
];

/// A short sentence that reports, as the story's last lines do ("Shares
/// rose 2.1% in Lund."): it has a figure or a name after its first word
/// and does not speak to the reader, as a notice's lines do ("Thank you
/// for your support.", "Need help?").
fn reports(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let to_reader = words.iter().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
            .to_lowercase();
        let w = w.replace('’', "'");
        TO_READER.contains(&w.as_str())
    });
    let figure = words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    let named = words.iter().skip(1).any(|w| {
        let mut letters = w.chars().filter(|c| c.is_alphabetic());
        letters.next().is_some_and(char::is_uppercase) && letters.next().is_some()
    });
    !to_reader && (figure || named)
}

impl Page<'_> {
    /// The last line of the article's core: the stretch of body sentences
    /// with the most words that no furniture line interrupts (subheadings
    /// and blank lines may).
    pub(super) fn core_end(&self) -> Option<usize> {
        let mut best = (0, None);
        let mut words = 0;
        for i in 0..self.lines.len() {
            let s = self.shapes[i];
            if s.blank {
                continue;
            }
            if self.clutter[i] {
                words = 0;
            } else if s.sentence {
                words += s.words;
                if words > best.0 {
                    best = (words, Some(i));
                }
            }
        }
        best.1
    }

    /// A comment section after the body: from its opening to the end.
    pub(super) fn mark_comment_section(&mut self) {
        let Some(start) = self.first_body_sentence() else {
            return;
        };
        // The opening is a prompt itself ("3 Comments", "Leave a Reply"), or
        // a prompt soon follows it ("Reply", the form): a table column named
        // "Comment" opens nothing.
        let opens = |i: usize| {
            !self.shapes[i].blank
                && PHRASES.is_tail_header(self.line(i))
                && (is_furniture(self.line(i))
                    || (i + 1..self.lines.len())
                        .filter(|&j| !self.shapes[j].blank)
                        .take(COMMENT_PROMPT_WITHIN)
                        .any(|j| is_furniture(self.line(j))))
        };
        // Comment counts by the byline open nothing: the opening comes after
        // the article's core.
        let after = self.core_end().map_or(start + 1, |c| c.max(start) + 1);
        if let Some(i) = (after..self.lines.len()).find(|&i| opens(i)) {
            for flag in &mut self.clutter[i..] {
                *flag = true;
            }
        }
    }

    /// The first of up to three short sentences ending at `last` that
    /// follow a furniture line.
    pub(super) fn short_lines_after_furniture(&self, last: usize, first: usize) -> Option<usize> {
        let mut from = last;
        for _ in 0..MAX_SHORT_AFTER_FURNITURE {
            let s = self.shapes[from];
            // A transcript's last turn after its ad break is the speaker's.
            if from <= first
                || s.prose
                || !s.stop
                || self.clutter[from]
                || reports(self.line(from))
                || is_speech_turn(self.line(from))
            {
                return None;
            }
            let p = self.prev(from)?;
            if self.clutter[p] {
                // Only a notice's phrasing takes them: under a list of
                // other stories or an ad slot they are the body's last
                // lines ("Shares rose 4% in Lund.").
                return self.reads_as_prompt(p).then_some(from);
            }
            from = p;
        }
        None
    }

    /// Two or more headline-and-teaser pairs that end the page after the
    /// body has begun, with no header: another site's story list. Gives the
    /// first headline's line.
    pub(super) fn teaser_pairs_ending_at(&self, last: usize, first: usize) -> Option<usize> {
        let mut pairs = 0;
        let mut from = None;
        let mut k = Some(last);
        while let Some(t) = k {
            let s = self.shapes[t];
            let Some(h) = self.prev(t) else { break };
            let hs = self.shapes[h];
            let pair = s.sentence
                && s.words <= MAX_TEASER_WORDS
                && hs.headline
                && !hs.sentence
                && !self.clutter[h]
                && h > first
                && self.may_head_a_teaser(h);
            if !pair {
                break;
            }
            pairs += 1;
            from = Some(h);
            k = self.prev(h);
        }
        from.filter(|_| pairs >= 2)
    }

    /// Everything after the last sentence of the body: headline lists, stray
    /// section names, tags, bios. An author's bio that ends the page is not
    /// the body's last sentence. Kept: a list or table the last sentence
    /// introduces, and a fact box with its title.
    pub(super) fn mark_tail(&mut self) {
        let Some(first) = self.first_body_sentence() else {
            return;
        };
        let last = loop {
            // Short sentences count here ("Shares were unchanged.").
            let Some(last) = (0..self.lines.len()).rev().find(|&i| {
                let s = self.shapes[i];
                !self.clutter[i]
                    && (s.sentence
                        || s.intro
                        || (s.stop && s.words >= 2 && !s.title_case)
                        || is_speech_turn(self.line(i)))
                    && !is_wire_sign_off(self.line(i))
            }) else {
                return;
            };
            if last > first && (PHRASES.is_bio(self.line(last)) || self.is_first_name_bio(last)) {
                self.clutter[last] = true;
                continue;
            }
            // Short sentences right after furniture ("Thank you for your
            // support. Need help?" under an ad-blocker notice) are the
            // furniture's.
            if let Some(from) = self.short_lines_after_furniture(last, first) {
                for flag in &mut self.clutter[from..=last] {
                    *flag = true;
                }
                continue;
            }
            if let Some(from) = self.teaser_pairs_ending_at(last, first) {
                for flag in &mut self.clutter[from..=last] {
                    *flag = true;
                }
                continue;
            }
            break last;
        };
        let mut i = last + 1;
        if self.shapes[last].intro {
            // The list or table the last sentence opens, on the next line or
            // after a blank one (a web page's blocks), runs to the next
            // blank line.
            if let Some(j) = self.next(last) {
                i = j;
            }
            while i < self.lines.len() && !self.shapes[i].blank && !self.clutter[i] {
                i += 1;
            }
        }
        let n = self.lines.len();
        let table = self.table_after(i);
        while i < n {
            if table.contains(&i) {
                i += 1;
                continue;
            }
            let s = self.shapes[i];
            let fact_box_title = !s.blank
                && !self.clutter[i]
                && s.words <= 6
                && self
                    .next(i)
                    .is_some_and(|j| self.shapes[j].fact && !self.clutter[j]);
            let fact = s.fact && !self.clutter[i] && self.in_fact_box(i);
            let note = !self.clutter[i] && is_rate_note(self.line(i));
            if !s.blank && !fact && !fact_box_title && !note {
                self.clutter[i] = true;
            }
            i += 1;
        }
    }

    /// A bio by the author's first name ("Mara covers shipping from
    /// Lund."), under the author's full name a few lines above ("Mara
    /// Lind", the employer's name between them).
    fn is_first_name_bio(&self, i: usize) -> bool {
        let line = self.line(i).trim();
        let Some((first_name, _)) = line.split_once(' ') else {
            return false;
        };
        if !PHRASES.is_first_name_bio(line) {
            return false;
        }
        let mut k = i;
        for _ in 0..MAX_BIO_NAME_GAP {
            let Some(p) = self.prev(k) else {
                return false;
            };
            let name: Vec<&str> = self.line(p).split_whitespace().collect();
            let full_name = (2..=MAX_NAME_WORDS).contains(&name.len())
                && name[0] == first_name
                && name
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            if full_name {
                return true;
            }
            k = p;
        }
        false
    }

    /// A fact after the body's end stands in a fact box, or under a
    /// results table ("Attendance: 1,800"), unless it stands alone under a
    /// prompt: one label and its value under "Sponsored" is the sponsor's
    /// ("Retire early: a planner's guide").
    fn in_fact_box(&self, i: usize) -> bool {
        let fact = |j: usize| self.shapes[j].fact;
        self.prev(i)
            .is_none_or(|p| !self.clutter[p] || fact(p) || !is_furniture(self.line(p)))
            || self.next(i).is_some_and(fact)
    }

    /// The lines of the tables of figures from line `from` on that the
    /// body's end leaves: two rows or more (or one comparing two figures,
    /// "Net 9.05 vs 6.03"), the few lines between them and their heading
    /// lines right above.
    fn table_after(&self, from: usize) -> Vec<usize> {
        let row = |i: usize| {
            !self.shapes[i].blank
                && !self.clutter[i]
                && (is_data_row(self.line(i)) || is_terms_row(self.line(i)))
        };
        // Once a table has begun, a terms table's rows without a figure
        // count too ("NOTES ISSUED OFF MTN PROGRAMME", "BORROWER - Lundby
        // Ports Ltd").
        let member = |i: usize| {
            row(i)
                || (!self.shapes[i].blank
                    && !self.clutter[i]
                    && (is_capitals_row(self.line(i)) || is_label_row(self.line(i))))
        };
        let mut kept = Vec::new();
        let mut i = from;
        let n = self.lines.len();
        while i < n {
            if !row(i) {
                i += 1;
                continue;
            }
            let (first, mut last, mut rows) = (i, i, 1);
            let mut gap = 0;
            let mut at = i;
            while let Some(j) = self.next(at) {
                if self.clutter[j] || gap > MAX_ROW_GAP {
                    break;
                }
                if member(j) {
                    rows += 1;
                    last = j;
                    gap = 0;
                } else {
                    gap += 1;
                }
                at = j;
            }
            let versus = self
                .line(first)
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("vs"));
            if rows >= 2 || versus {
                let mut top = first;
                // A row wrapped over two lines opens on the line above
                // ("Profit before extraordinaries," over "taxes 6.3 vs 21.0").
                if let Some(h) = first.checked_sub(1)
                    && h >= from
                    && !self.shapes[h].blank
                    && !self.clutter[h]
                    && self.runs_on(h)
                {
                    top = h;
                }
                for _ in 0..MAX_HEADING_LINES {
                    match top.checked_sub(1) {
                        Some(h) if h >= from && self.heads_table(h) => top = h,
                        _ => break,
                    }
                }
                kept.extend((top..=last).filter(|&k| !self.shapes[k].blank && !self.clutter[k]));
            }
            i = last + 1;
        }
        kept
    }

    /// A table's heading: a short line of its own right above it, no
    /// sentence ("Year to June 30", "(million A$ unless stated)").
    fn heads_table(&self, h: usize) -> bool {
        let s = self.shapes[h];
        !s.blank && !self.clutter[h] && !s.sentence && s.words <= MAX_HEADING_WORDS
    }
}

#[cfg(test)]
mod tests {
    use super::super::is_furniture;
    use super::super::tests::{BODY, LEAD, MORE_LINE, boiler_text};
    use super::{is_data_row, is_rate_note};

    #[test]
    fn rows_of_figures_are_told_from_sign_offs_and_lists() {
        for row in [
            "Net profit 6.08 vs 3.98",
            "Revs 41,752 35,711",
            "- Revenue N / A N / A",
            "Shr C$0.04 C$0.08",
            "Working capital $5,755 ($881)",
        ] {
            assert!(is_data_row(row), "{row}");
        }
        for no in [
            "-- Lundby newsroom +46 8 555 0100",
            "Fax: (0123) 456 7890",
            "TELEPHONE 0123 456 7890",
            "Lundby Bureau 555 0100 555 0101",
            "2. Lund port to expand by 2030",
            "Page 1 of",
            "Shares rose 4 percent to 12.50 crowns on Tuesday in heavy trade.",
        ] {
            assert!(!is_data_row(no), "{no}");
        }
    }

    #[test]
    fn an_author_box_whose_bio_names_the_author_by_first_name() {
        let text = format!(
            "Quayside buys two tugs\n{BODY}Ada Lindqvist\nLund Ledger\nAda covers shipping and ports from Lund. She previously reported on carmakers from Brakvik.\nRead Next\n"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("Ada covers shipping"), "{b}");
        assert!(!b.contains("Ivo Grett"), "{b}");
        // A one-word company opening the story's last sentence is no
        // author's first name.
        let text = format!("Quayside buys two tugs\n{BODY}Ostra covers the cost of the refit.\n");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }

    #[test]
    fn a_lone_label_and_value_under_furniture_after_the_body() {
        let text = format!(
            "Quayside buys two tugs\n{BODY}Sponsored\nRetire with confidence: Harbour Wealth's three-step plan\n"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("Harbour Wealth"), "{b}");
        // A fact box after the story stays.
        let text = format!("Quayside buys two tugs\n{BODY}Founded: 1998\nStaff: 2,300\n");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }

    #[test]
    fn a_results_table_after_the_last_sentence_stays_and_the_sign_off_goes() {
        let text = format!(
            "Ostra Marine half-year profit rises.\nLUNDBY 2031-04-09\n{BODY}\
             Note - Ostra Marine builds tugs and ferries.\nSix months to June 30\n\
             Sales 148.29 vs 133.82\nPay date Nov 25\nTax 3.67 vs 1.82\n\
             -- Lundby newsroom +46 8 555 0100\n"
        );
        assert_eq!(boiler_text(&text), ["-- Lundby newsroom +46 8 555 0100"]);
    }

    #[test]
    fn a_terms_table_and_a_rate_note_after_the_last_sentence_stay() {
        let text = format!(
            "Ostra Marine sets warrants on Lundby Ports.\nLUNDBY 2031-04-09\n{BODY}\
             STRIKE PRICE 25.00 SEK PREMIUM 10.12 PCT\nISSUE PRICE 2.42 SEK GEARING 10.29 X\n\
             EXERCISE PERIOD 02.SEP.31-21.NOV.32 PAYDATE 30.AUG.31\nSPOT REFERENCE 24.90 SEK\n\
             ($1 = 8.3 crowns)\n-- Lundby newsroom +46 8 555 0100\n"
        );
        assert_eq!(boiler_text(&text), ["-- Lundby newsroom +46 8 555 0100"]);
        assert!(is_rate_note("(A$ 1 = US$ 0.79)"));
        assert!(!is_rate_note("(Reporting by Ada Lind)"));
    }

    #[test]
    fn a_wire_table_with_no_sentence_keeps_its_dateline_and_rows() {
        let text = "Ostra Marine sets quarterly payout.\nEAST LUNDBY, Ore. 2031-04-09\n\
                    Second quarter\nShr $0.69 vs $0.55\nNet 1,196 vs 2,232\n\
                    -- Lundby newsdesk 555 0100\n";
        assert_eq!(boiler_text(text), ["-- Lundby newsdesk 555 0100"]);
    }

    #[test]
    fn a_short_report_under_a_podcast_prompt_is_the_story_s() {
        let text = format!(
            "{LEAD}{MORE_LINE}\nPodcast: The Ledger Weekly with guest Ada Lind\nSubscribe on Apple Podcasts | Spotify\nOstra shares rose 2.1% in Lund.\n"
        );
        let b = boiler_text(&text).concat();
        assert!(b.contains("Subscribe on Apple Podcasts"), "{b:?}");
        assert!(!b.contains("Ostra shares rose"), "{b:?}");
    }

    #[test]
    fn syndication_notices_and_a_player_s_clock_are_furniture() {
        for line in [
            "Syndicated from Ledger Wire. Views expressed are those of the author and not of this publication.",
            "This article was syndicated from The Lund Post. Republication requires a licence.",
            "The views expressed here are those of the author.",
            "0:00 / 5:12",
            "1:02:10 / 1:15:00",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "The $2 billion loan was syndicated by Ostra Bank and Lund Savings.",
            "The score was 2:1 at half time / full time.",
            "Views expressed at the meeting were mixed, Grett said.",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }
}
