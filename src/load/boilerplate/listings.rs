//! Boxes of listings a local page sets among the story's paragraphs (church
//! services, what's on tonight, a snow report) and the rows of one box. A
//! listing is told by its clock time on a line that is no sentence ("Lund,
//! St. Olav: 10:00 Mass", "Harbour museum: open until 21h"), or by the
//! weekday in brackets after each of its names ("Market days: Lund
//! (Thursday), Brakvik (Saturday), Ostra (Sunday)"); the rows of a
//! box share one shape, names and figures aside ("Kvitfjell 92 cm · 24/28
//! lifts open" under "Hafjell 78 cm · 31/43 lifts open"); a list's items
//! go together, so a fact-shaped item of a list the page's end marks is
//! the end's too.

use super::Page;
use super::signatures::is_clock_word;

/// A box's heading over its listings is at most this many words.
const MAX_HEADING_WORDS: usize = 8;
/// A row whose shape other rows share has at least this many words…
const MIN_ROW_WORDS: usize = 3;
/// …and this many of letters (not a table of figures).
const MIN_ROW_LETTER_WORDS: usize = 2;
/// A listing has at least this many words of letters besides its time.
const MIN_LISTING_WORDS: usize = 3;
/// A listing by weekdays has at least this many bracketed weekdays.
const MIN_BRACKETED_DAYS: usize = 3;

/// English weekdays and their short forms, lower case.
const WEEKDAYS: [&str; 17] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// How many bracketed parts of a line are a weekday, maybe plural or with
/// a full stop ("(Thursday)", "(Sat.)", "(Sundays)").
fn bracketed_days(line: &str) -> usize {
    line.split('(')
        .skip(1)
        .filter_map(|rest| rest.split_once(')'))
        .filter(|(inner, _)| {
            let w = inner.trim().trim_end_matches('.').to_lowercase();
            let w = w
                .strip_suffix('s')
                .filter(|d| WEEKDAYS.contains(d))
                .unwrap_or(&w);
            WEEKDAYS.contains(&w)
        })
        .count()
}

/// The shape of a row: each run of capitalised words one `N`, each figure
/// its digits as `9` (so "24/28" and "31/43" agree), other words lower
/// case, list markers and separators kept.
fn row_shape(line: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for w in line.split_whitespace() {
        let token = if w.chars().any(|c| c.is_ascii_digit()) {
            let mut t = String::new();
            for c in w.chars() {
                let c = if c.is_ascii_digit() { '9' } else { c };
                if !(c == '9' && t.ends_with('9')) {
                    t.push(c);
                }
            }
            t
        } else if w.chars().next().is_some_and(char::is_uppercase) {
            "N".to_string()
        } else {
            w.to_lowercase()
        };
        if token == "N" && out.last().is_some_and(|l| l == "N") {
            continue;
        }
        out.push(token);
    }
    out.join(" ")
}

/// A line that is no sentence and holds a clock time among words that say
/// what happens then: a listing ("Lund, St. Olav: 10:00 Mass with Ada
/// Lind"). Not a table's row, a stamp ("[CORRECTED 13:12 GMT]") or a
/// race result's time ("1. Colonna 8:22:00"). Or names each with its
/// weekday in brackets, [`MIN_BRACKETED_DAYS`] or more ("Lund (Thursday),
/// Brakvik (Saturday), Ostra (Sunday)").
fn is_listing(line: &str) -> bool {
    let t = line.trim();
    let clock = |w: &str| is_clock_word(w) && w.matches(':').count() <= 1;
    !t.starts_with('|')
        && !t.ends_with(['.', '!', '?'])
        && (t.split_whitespace().any(clock) || bracketed_days(t) >= MIN_BRACKETED_DAYS)
        && letter_words(t) >= MIN_LISTING_WORDS
}

/// How many words of a line are letters only.
fn letter_words(line: &str) -> usize {
    line.split_whitespace()
        .filter(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.is_empty() && w.chars().all(char::is_alphabetic)
        })
        .count()
}

impl Page<'_> {
    /// Listings among the story's paragraphs, with their box's heading: a
    /// body sentence before and after, and no sentence introducing them
    /// with a colon.
    pub(super) fn mark_listings(&mut self) {
        let Some(first) = self.first_body_sentence() else {
            return;
        };
        let Some(last) = (0..self.lines.len()).rev().find(|&i| self.body_sentence(i)) else {
            return;
        };
        for i in first + 1..last {
            let s = self.shapes[i];
            if s.blank || s.sentence || s.fact || self.clutter[i] || !is_listing(self.line(i)) {
                continue;
            }
            let Some(p) = self.prev(i) else { continue };
            let ps = self.shapes[p];
            if self.introduced(i) {
                continue;
            }
            self.clutter[i] = true;
            let heading = !ps.sentence
                && !ps.stop
                && !ps.blank
                && ps.words <= MAX_HEADING_WORDS
                && !self.byline(p);
            if heading {
                self.clutter[p] = true;
            }
        }
    }

    /// A line of a list that a sentence introduces with a colon: above it
    /// only other items or listings, maybe a blank line, then the
    /// sentence.
    fn introduced(&self, i: usize) -> bool {
        let mut k = i;
        while let Some(p) = self.prev(k) {
            let s = self.shapes[p];
            if s.intro && !self.clutter[p] {
                return true;
            }
            if !(s.marked || s.fact || is_listing(self.line(p))) || s.sentence {
                return false;
            }
            k = p;
        }
        false
    }

    /// A line next to a furniture line (no blank line between) that is no
    /// sentence and has the same row shape with a figure in it is another
    /// row of the same box; and an item of a list is furniture when the
    /// item next to it with the same list marker is.
    pub(super) fn mark_rows(&mut self) {
        let n = self.lines.len();
        let shapes: Vec<Option<String>> = (0..n)
            .map(|i| {
                let s = self.shapes[i];
                let line = self.line(i);
                (!s.blank
                    && !s.sentence
                    && s.words >= MIN_ROW_WORDS
                    && letter_words(line) >= MIN_ROW_LETTER_WORDS
                    && line.chars().any(|c| c.is_ascii_digit()))
                .then(|| row_shape(line))
            })
            .collect();
        let markers: Vec<Option<char>> = (0..n)
            .map(|i| {
                self.shapes[i]
                    .marked
                    .then(|| self.line(i).trim_start().chars().next())
                    .flatten()
            })
            .collect();
        // Items of a list go together only after the story's last
        // sentence, where the page's end marks all but its facts.
        let end = (0..n).rev().find(|&i| self.body_sentence(i)).unwrap_or(n);
        let mut changed = true;
        while changed {
            changed = false;
            for i in 0..n {
                if !self.clutter[i] || self.shapes[i].blank || self.shapes[i].sentence {
                    continue;
                }
                for j in [i.wrapping_sub(1), i + 1] {
                    if j >= n || self.clutter[j] || self.shapes[j].sentence {
                        continue;
                    }
                    let same_row = shapes[i].is_some() && shapes[i] == shapes[j];
                    let same_list = j > end && markers[i].is_some() && markers[i] == markers[j];
                    if same_row || same_list {
                        self.clutter[j] = true;
                        changed = true;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{LEAD, boiler_text};
    use super::*;

    #[test]
    fn rows_share_a_shape_names_and_figures_aside() {
        assert_eq!(
            row_shape("Kvitfjell 92 cm · 24/28 lifts open"),
            row_shape("Hafjell Øst 78 cm · 31/43 lifts open")
        );
        assert_ne!(
            row_shape("Kvitfjell 92 cm · 24/28 lifts open"),
            row_shape("Ostra Marine sold 12 tugs")
        );
    }

    #[test]
    fn listings_by_their_clock_times() {
        assert!(is_listing("Brakvik, St. Olav: 10:00 Mass with Pia Lund"));
        assert!(is_listing(
            "> **Ce soir** — Musée de la Marine : ouvert jusqu'à 21h, entrée 6 €"
        ));
        assert!(!is_listing(
            "The vote is due at 10:00 on Friday, the council said."
        ));
        assert!(!is_listing("| 10:00 | Doors open |"));
        assert!(!is_listing("[CORRECTED 13:12 GMT]"));
        assert!(!is_listing("1. Colonna 8:22:00 at Brakvik"));
        assert!(!is_listing("Quayside buys two tugs from Ostra"));
    }

    #[test]
    fn listings_by_their_bracketed_weekdays() {
        assert!(is_listing(
            "Market days this week: Lund (Thursday), Brakvik (Sat.), Östra Vik (Sundays)"
        ));
        // Names with their countries are a sentence's list, not a listing.
        assert!(!is_listing(
            "Its buyers: Quayside (Sweden), Ostra Marine (Norway), Kvarn (Finland)"
        ));
        // Two weekdays are no listing.
        assert!(!is_listing(
            "Lund (Thursday) and Brakvik (Saturday) markets"
        ));
        let text = format!(
            "{LEAD}\nMarket days this week: Lund (Thursday), Brakvik (Sat.), Östra Vik (Sundays)\n{LEAD}"
        );
        assert_eq!(
            boiler_text(&text),
            ["Market days this week: Lund (Thursday), Brakvik (Sat.), Östra Vik (Sundays)"]
        );
    }

    #[test]
    fn a_box_of_listings_among_the_paragraphs_goes_and_the_story_stays() {
        let text = format!(
            "{LEAD}Services this Sunday\nBrakvik, St. Olav: 10:00 Mass with Pia Lund\n\
             Ostra Marine will deliver the first tug to Quayside Ferries in March, its chief said.\n"
        );
        let b = boiler_text(&text);
        assert_eq!(
            b,
            ["Services this Sunday\nBrakvik, St. Olav: 10:00 Mass with Pia Lund"]
        );
        // A list a sentence introduces keeps its times.
        let text = format!(
            "{LEAD}The tugs will sail on this timetable from May:\n\
             - Brakvik: 06:15 and 18:40\n- Lund: 07:05 and 19:30\n\n\
             Ostra Marine will deliver the first tug to Quayside Ferries in March, its chief said.\n"
        );
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }

    #[test]
    fn a_row_goes_with_the_box_it_shares_a_shape_with() {
        let text = format!(
            "Snow report · today 07:00\nKvitfjell 92 cm · 24/28 lifts open\n\
             Hafjell Øst 78 cm · 31/43 lifts open\nQuayside buys two electric tugs from Ostra\n{LEAD}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("Hafjell Øst 78 cm"), "{b}");
        assert!(!b.contains("Quayside buys"), "{b}");
    }

    #[test]
    fn a_list_whose_item_is_furniture_goes_whole() {
        let text = format!(
            "{LEAD}Ostra Marine will deliver the first tug to Quayside Ferries in March, its chief said.\n\n\
             **Bin collection this week**\n- Monday: Brakvik centre, along the old harbour road\n\
             - Wednesday: Lund, Kell Street\n\n© Brakvik Post 2026\n"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("Wednesday: Lund"), "{b}");
        // A fact box at the end stays.
        let text = format!(
            "{LEAD}Ostra Marine will deliver the first tug to Quayside Ferries in March, its chief said.\n\n\
             **Ostra Marine**\n- Founded: 1968\n- Staff: 2,300\n"
        );
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
    }
}
