//! A wire story's own lines around its body. The dateline: the place in
//! capitals and the ISO date under the headline ("LUNDBY 2031-04-09"), on
//! one line or, when the region after the place is written out, on two
//! ("EAST LUNDBY, Ore." over "2031-04-09"); it is the story's, whatever
//! furniture stands around it, and a reporter's name alone between the
//! headline and it is the byline. The closing credit ("-- Ada Lind, Lundby
//! newsroom +46 8 555 0100"): furniture, never the body's last sentence,
//! even when it ends with a full stop.

use super::Page;
use super::signatures::is_bare_signature;

/// A wire dateline's region after the comma is at most this many words.
const MAX_DATELINE_REGION_WORDS: usize = 3;

/// Fewest digits of a telephone number in a wire's closing credit.
const MIN_PHONE_DIGITS: usize = 7;

/// A wire story's closing credit: two dashes, a reporter's name or a desk,
/// and a telephone number ending the line, maybe with a full stop ("--
/// Ada Lind 555-0100-22.", "-- Lundby newsroom, +46 8 555 0100"). A list
/// item after two dashes ("-- Lundby, Ore., $6.3 million bonds.") ends in
/// no such number.
pub(super) fn is_wire_sign_off(line: &str) -> bool {
    let Some(rest) = line.trim().strip_prefix("--") else {
        return false;
    };
    let digits: usize = rest
        .trim_end_matches('.')
        .split_whitespace()
        .rev()
        .take_while(|w| {
            w.bytes().any(|b| b.is_ascii_digit())
                && w.bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'(' | b')'))
        })
        .map(|w| w.bytes().filter(u8::is_ascii_digit).count())
        .sum();
    digits >= MIN_PHONE_DIGITS
}

/// A wire dateline on a line of its own: a place in capitals, maybe a
/// region after a comma, and an ISO date ("LUNDBY 2031-04-09", "EAST
/// LUNDBY, Ore. 2031-04-09").
pub(super) fn is_wire_dateline(line: &str) -> bool {
    let line = line.trim();
    let Some((place, date)) = line.rsplit_once(' ') else {
        return false;
    };
    is_iso_date(date) && is_dateline_place(place)
}

/// A date as a wire dateline gives it: `YYYY-MM-DD`.
fn is_iso_date(date: &str) -> bool {
    date.len() == 10
        && date.bytes().enumerate().all(|(k, b)| {
            if k == 4 || k == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

/// A dateline's place: a city in capitals, maybe a region after a comma
/// ("EAST LUNDBY, Ore.", "LUNDBY, New South Wales").
fn is_dateline_place(place: &str) -> bool {
    let (city, region) = place.split_once(',').unwrap_or((place, ""));
    let capitals = city.chars().any(char::is_alphabetic)
        && city
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\''));
    // The region is a few capitalised words or abbreviations ("Ore.",
    // "N.J.", "New South Wales").
    let region_words: Vec<&str> = region.split_whitespace().collect();
    let region_ok = region_words.len() <= MAX_DATELINE_REGION_WORDS
        && region_words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    capitals && region_ok
}

impl Page<'_> {
    /// A wire dateline on a line of its own is the story's, whatever
    /// furniture stands around it (a correction stamp above, a table with
    /// no sentence under it).
    pub(super) fn keep_wire_datelines(&mut self) {
        for i in 0..self.lines.len() {
            if self.clutter[i] && (is_wire_dateline(self.line(i)) || self.split_dateline_date(i)) {
                self.clutter[i] = false;
            }
        }
    }

    /// An ISO date alone on line `i`, right under its place in capitals
    /// with the region written out ("KIRKLAND, Wash." over "2031-04-09"):
    /// the second half of a wire dateline, not a page's date stamp.
    fn split_dateline_date(&self, i: usize) -> bool {
        is_iso_date(self.line(i).trim())
            && i.checked_sub(1).is_some_and(|p| {
                let place = self.line(p).trim();
                place.contains(',') && is_dateline_place(place)
            })
    }

    /// A person's name alone on the line between a wire story's headline
    /// and its dateline on a line of its own ("Ada Lind" over "LUNDBY
    /// 2031-04-09"): the reporter's byline.
    pub(super) fn mark_wire_bylines(&mut self) {
        let Some(first) = (0..self.lines.len()).find(|&j| !self.shapes[j].blank) else {
            return;
        };
        let Some(i) = self.next(first) else {
            return;
        };
        if !self.clutter[i]
            && is_bare_signature(self.line(i))
            && self.next(i).is_some_and(|d| is_wire_dateline(self.line(d)))
        {
            self.clutter[i] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::boiler_text;

    const LEAD: &str = "Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\n";

    #[test]
    fn a_wire_byline_over_its_dateline_is_furniture_and_the_dateline_stays() {
        let text = format!("Ostra Marine to build tugs.\nAda Lind\nLUNDBY 2031-04-09\n{LEAD}");
        assert_eq!(boiler_text(&text), ["Ada Lind"]);
        // Not a name that opens the story, nor one without a dateline under it.
        let text = format!("Ostra Marine to build tugs.\nAda Lind\n{LEAD}");
        assert!(!boiler_text(&text).concat().contains("Ada Lind"));
        assert!(super::is_wire_dateline("NEW YORK 2031-04-09"));
        assert!(!super::is_wire_dateline("New York 2031-04-09"));
        assert!(!super::is_wire_dateline("LUNDBY 2031-4-9"));
        assert!(super::is_wire_dateline("EAST LUNDBY, Ore. 2031-04-09"));
        assert!(!super::is_wire_dateline(
            "EAST LUNDBY, the port said on 2031-04-09"
        ));
    }

    #[test]
    fn a_wire_correction_stamp_under_the_headline_goes_and_the_dateline_stays() {
        for stamp in ["[ CORRECTED 18:00 GMT ]", "[UPDATED 09:15 BST]"] {
            for dateline in ["LUNDBY 2031-04-09", "EAST LUNDBY, Oregon 2031-04-09"] {
                let text = format!("Ostra Marine to build tugs.\n{stamp}\n{dateline}\n{LEAD}");
                assert_eq!(boiler_text(&text), [stamp]);
                // Over a lead the line ends in mid-sentence too.
                let text = format!(
                    "RESULTS AT THE OSTRA CLASSIC.\n{stamp}\n{dateline}\nResults from the\n\
                     Ostra Classic on Thursday (prefix number denotes seeding):\n\
                     1 - Ada Lind (Ostria) beat Bo Sand (Lundia) 6-3 6-2\n"
                );
                assert_eq!(boiler_text(&text), [stamp]);
            }
        }
    }

    #[test]
    fn a_closing_credit_is_told_from_a_list_item_after_two_dashes() {
        for yes in [
            "-- Ada Lind 555-0100-22.",
            "-- Lundby newsroom, +46 8 555 0100",
            "-- Åsa Öberg, Lundby Newsroom (46 8) 555 0100",
        ] {
            assert!(super::is_wire_sign_off(yes), "{yes}");
        }
        for no in [
            "-- Lundby, Ore., $6.31 million improvement bonds.",
            "-- Lundby School District No 7, Ore.",
            "Call 555-0100-22.",
        ] {
            assert!(!super::is_wire_sign_off(no), "{no}");
        }
        let text = format!(
            "Ostra Marine files its plan.\nLUNDBY 2031-04-09\n{LEAD}-- Ada Lind 555-0100-22.\n"
        );
        assert_eq!(boiler_text(&text), ["-- Ada Lind 555-0100-22."]);
    }

    #[test]
    fn a_dateline_split_over_two_lines_stays_under_a_correction_and_a_sign_off() {
        let text = format!(
            "Ostra Marine files its plan.\n[CORRECTED 18:00 GMT]\nEAST LUNDBY, Ore.\n2031-04-09\n{LEAD}-- Lundby newsroom +46 8 555 0100\n"
        );
        assert_eq!(
            boiler_text(&text),
            ["[CORRECTED 18:00 GMT]", "-- Lundby newsroom +46 8 555 0100"]
        );
        // A date under a headline with no comma is a page's stamp still.
        let text = format!(
            "Ostra Marine files its plan\nBy Ada Lind\n2031-04-09\n{LEAD}Share this article\n"
        );
        assert!(boiler_text(&text).concat().contains("2031-04-09"));
    }
}
