//! A printed page turned to text (an e-edition's PDF): each page's running
//! head and foot, set out in parts apart by wide gaps with the page number
//! at one end ("THE LUND LEDGER      Thursday, May 7, 2026      15"), the
//! section's head in capitals right under the running head ("BUSINESS"),
//! and the pages a story jumps over, from its "Continued on page 17" to its
//! "From page 15", which hold other stories, notices and adverts.

use super::Page;
use super::phrases::PHRASES;

/// A running head's parts other than its page number are at most this many
/// words each…
const MAX_PART_WORDS: usize = 6;
/// …and a page number has at most this many figures.
const MAX_PAGE_DIGITS: usize = 4;
/// A section's head under a running head is at most this many words.
const MAX_SECTION_WORDS: usize = 4;
/// A jump spans at most this many lines (a few pages of a tabloid).
const MAX_JUMP_LINES: usize = 400;
/// A pointer to another page is at most this many words.
const MAX_POINTER_WORDS: usize = 6;

/// The line's parts apart by two spaces or more (or a tab), when it has
/// such a gap: a printed page's columns.
fn gapped_parts(line: &str) -> Vec<&str> {
    let line = line.trim();
    if !line.contains("  ") && !line.contains('\t') {
        return Vec::new();
    }
    line.split("  ")
        .flat_map(|p| p.split('\t'))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// A running head or foot: two parts or more apart by wide gaps, one bare
/// page number, first or last, and the others short, with letters and no
/// sentence end ("15   THE LUND LEDGER   Thursday, May 7, 2026",
/// "lundledger.example      17").
fn is_running_head(line: &str) -> bool {
    let parts = gapped_parts(line);
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
        return false;
    };
    // One page number, at one end ("Lund  2  Brakvik  1" is a result).
    if parts.len() < 2
        || !(folio(first) || folio(last))
        || parts.iter().filter(|p| folio(p)).count() != 1
    {
        return false;
    }
    parts.iter().filter(|p| !folio(p)).all(|p| {
        (1..=MAX_PART_WORDS).contains(&p.split_whitespace().count())
            && p.chars().any(char::is_alphabetic)
            && !p.ends_with(['.', '!', '?'])
    })
}

/// A page number: a bare one ("15") or one a converter spells out ("Page
/// 2", "Page 2 of 3", "- 2 -").
fn folio(part: &str) -> bool {
    let number =
        |p: &str| (1..=MAX_PAGE_DIGITS).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    // Four words at most; a longer part (a paragraph) is read no further,
    // and nothing is allocated (every line of a page asks).
    let mut words = [""; 5];
    let mut count = 0;
    for w in part.split_whitespace().take(5) {
        words[count] = w;
        count += 1;
    }
    match &words[..count] {
        [n] => number(n),
        ["-" | "–" | "—", n, "-" | "–" | "—"] => number(n),
        [page, n] => page.eq_ignore_ascii_case("page") && number(n),
        [page, n, of, m] => {
            page.eq_ignore_ascii_case("page")
                && number(n)
                && of.eq_ignore_ascii_case("of")
                && number(m)
        }
        _ => false,
    }
}

/// What a running head or foot says besides its page number, when it has
/// one at an end: its other parts, apart by single spaces ("THE LEDGER —
/// Client Briefing, May 2026" of "THE LEDGER — Client Briefing, May 2026
/// Page 1 of 2"). The same words over a different number on another page
/// make it a running head whatever its length.
fn beside_folio(line: &str) -> Option<String> {
    let parts = gapped_parts(line);
    let (first, last) = (parts.first()?, parts.last()?);
    let rest = match (folio(first), folio(last)) {
        (true, false) => &parts[1..],
        (false, true) => &parts[..parts.len() - 1],
        _ => return None,
    };
    let words: Vec<&str> = rest.iter().flat_map(|p| p.split_whitespace()).collect();
    (!words.is_empty() && rest.iter().all(|p| p.chars().any(char::is_alphabetic)))
        .then(|| words.join(" "))
}

/// A footnote of a printed page: a note's number (or mark) set apart from
/// its text by a wide gap ("1   Capacity figures are nameplate.").
fn is_footnote(line: &str) -> bool {
    let t = line.trim_start();
    let mark_len = t
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '*' | '†' | '‡')))
        .unwrap_or(t.len());
    (1..=MAX_NOTE_MARK).contains(&mark_len)
        && t[mark_len..].starts_with("  ")
        && t[mark_len..].trim_start().starts_with(char::is_alphabetic)
}

/// A footnote's mark is at most this many characters.
const MAX_NOTE_MARK: usize = 2;

/// A running head's second line, next to the one with the page number:
/// two parts or more apart by wide gaps, each short, with letters and no
/// sentence end ("BUSINESS        Thursday, 9 May 2026").
fn is_head_line(line: &str) -> bool {
    let parts = gapped_parts(line);
    parts.len() >= 2
        && parts.iter().all(|p| {
            (1..=MAX_PART_WORDS).contains(&p.split_whitespace().count())
                && p.chars().any(char::is_alphabetic)
                && !p.ends_with(['.', '!', '?'])
        })
}

/// A pointer to another page of the paper, on a line of its own: a few
/// words and "page 30" ("MARKET REPORT, PAGE 30", "See page 4", "Letters,
/// p. 22").
fn is_page_pointer(line: &str) -> bool {
    let t = line.trim().trim_end_matches(['.', ')']);
    let words: Vec<&str> = t.split_whitespace().collect();
    let [before @ .., page, n] = words.as_slice() else {
        return false;
    };
    let page = page.to_lowercase();
    words.len() <= MAX_POINTER_WORDS
        && matches!(page.as_str(), "page" | "p." | "pages" | "pp.")
        && n.split(['-', '–']).all(|p| {
            (1..=MAX_PAGE_DIGITS).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
        })
        && before
            .first()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
}

/// A section's head: a few words all in capitals, no figure ("BUSINESS",
/// "PUBLIC NOTICES").
fn is_section_head(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    (1..=MAX_SECTION_WORDS).contains(&words)
        && t.chars().any(char::is_alphabetic)
        && t.chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, '&' | '-' | '\''))
}

/// Whether `text` lower-cased opens with `prefix`, without lower-casing
/// it (every line of a page asks): `prefix` is ASCII in lower case, with
/// no "k" (the Kelvin sign lowers to one) and no "i" at its end ("İ"
/// lowers to an "i" and a combining dot), so only ASCII letters of `text`
/// in either case lower to it.
fn opens_with(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// "Continued on page 17": the story leaves the page.
fn jumps_out(line: &str) -> bool {
    let l = line.trim();
    opens_with(l, "continued on page") || opens_with(l, "continued on p.")
}

/// "From page 15", "Continued from page 15": the story comes back.
fn jumps_in(line: &str) -> bool {
    let l = line.trim();
    let l = if opens_with(l, "continued ") {
        &l["continued ".len()..]
    } else {
        l
    };
    opens_with(l, "from page") || opens_with(l, "from p.")
}

impl Page<'_> {
    /// Running heads and feet, the section's head under a running head,
    /// and every line a story jumps over between its jump lines (both must
    /// be there, the way out first, both furniture by their phrasing).
    pub(super) fn mark_print_pages(&mut self) {
        let n = self.lines.len();
        if self.mark_running_heads() {
            for i in 0..n {
                if !self.shapes[i].blank
                    && (is_page_pointer(self.line(i)) || self.bare_folio_at_break(i))
                {
                    self.clutter[i] = true;
                }
            }
        }
        let mut i = 0;
        while i < n {
            let line = self.line(i);
            if self.shapes[i].blank || !jumps_out(line) || !PHRASES.is_prompt(line) {
                i += 1;
                continue;
            }
            let back = (i + 1..n.min(i + MAX_JUMP_LINES))
                .find(|&j| jumps_in(self.line(j)) && PHRASES.is_prompt(self.line(j)));
            let Some(back) = back else {
                i += 1;
                continue;
            };
            for k in i..=back {
                self.clutter[k] = true;
            }
            i = back + 1;
        }
    }

    /// A bare page number on a line of its own where the page ends: the
    /// text's end or a form feed comes next ("12" over "\u{c}THE LUND
    /// LEDGER …"), as a PDF's text has it.
    fn bare_folio_at_break(&self, i: usize) -> bool {
        let t = self.line(i).trim_matches(|c: char| c.is_whitespace());
        if !folio(t) || !t.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let upto = self.next(i).unwrap_or(self.lines.len() - 1);
        self.next(i).is_none() || (i + 1..=upto).any(|k| self.line(k).contains('\u{c}'))
    }

    /// Marks each running head and foot, with its other line and the
    /// section's head under it: a head with its page number, a page
    /// number spelt out on a line of its own ("Page 1 of 2", "- 2 -"),
    /// and a head line without its number that repeats word for word on
    /// a later page ("THE LUND LEDGER      Thursday, May 7, 2026"). True
    /// when the text is a printed page.
    fn mark_running_heads(&mut self) -> bool {
        let n = self.lines.len();
        let squashed = |l: &str| l.split_whitespace().collect::<Vec<_>>().join(" ");
        let head_lines: Vec<(usize, String)> = (0..n)
            .filter(|&i| !self.shapes[i].blank && is_head_line(self.line(i)))
            .map(|i| (i, squashed(self.line(i))))
            .collect();
        let repeated =
            |i: usize, l: &str| head_lines.iter().any(|(j, m)| *j != i && m.as_str() == l);
        let numbered: Vec<(usize, String)> = (0..n)
            .filter(|&i| !self.shapes[i].blank)
            .filter_map(|i| beside_folio(self.line(i)).map(|k| (i, k)))
            .collect();
        let renumbered = |i: usize| {
            numbered
                .iter()
                .find(|(j, _)| *j == i)
                .is_some_and(|(_, k)| numbered.iter().any(|(j, m)| *j != i && m == k))
        };
        let mut printed = false;
        for i in 0..n {
            let line = self.line(i);
            if self.shapes[i].blank {
                continue;
            }
            let spelt_folio = {
                let t = line.trim();
                folio(t) && !t.bytes().all(|b| b.is_ascii_digit())
            };
            let head = is_running_head(line)
                || renumbered(i)
                || head_lines
                    .iter()
                    .any(|(j, l)| *j == i && repeated(i, l.as_str()));
            if !head && !spelt_folio {
                continue;
            }
            printed = true;
            self.clutter[i] = true;
            if !head {
                continue;
            }
            // The head's other line, above or under it.
            for j in [self.prev(i), self.next(i)].into_iter().flatten() {
                if is_head_line(self.line(j)) {
                    self.clutter[j] = true;
                }
            }
            if let Some(j) = self.next(i)
                && is_section_head(self.line(j))
            {
                self.clutter[j] = true;
            }
            // A footnote right above the page's foot.
            if beside_folio(line).is_some()
                && let Some(j) = self.prev(i)
                && is_footnote(self.line(j))
            {
                self.clutter[j] = true;
            }
        }
        printed
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::boiler_text;
    use super::{
        is_head_line, is_page_pointer, is_running_head, is_section_head, jumps_in, jumps_out,
    };

    #[test]
    fn a_bare_page_number_at_a_page_break_is_cut() {
        let head = "OSTRA MARINE PLC          Annual Report 2024";
        let para =
            "Ostra Marine agreed to buy the Lund tug yard for €18 million in July, the board said.";
        let text = format!("{head}\n\n{para}\n\n12\n\n\u{c}{head}\n\n{para}\n\n13\n\u{c}");
        let b = boiler_text(&text);
        let numbered = |b: &[&str]| b.iter().any(|l| l.lines().any(|x| x.trim() == "12"));
        assert!(numbered(&b), "{b:?}");
        // A count on a line of its own inside a page stays.
        let text = format!("{head}\n\n{para}\n\n12\n\n{para}\n\n\u{c}{head}\n");
        let b = boiler_text(&text);
        assert!(!numbered(&b), "{b:?}");
    }

    #[test]
    fn jump_lines_read_as_lower_case() {
        // As the line lower-cased reads them, in any case.
        let lowered_out = |l: &str| {
            let l = l.trim().to_lowercase();
            l.starts_with("continued on page") || l.starts_with("continued on p.")
        };
        let lowered_in = |l: &str| {
            let l = l.trim().to_lowercase();
            let l = l.strip_prefix("continued ").unwrap_or(&l);
            l.starts_with("from page") || l.starts_with("from p.")
        };
        for line in [
            "Continued on page 17",
            "  CONTINUED ON P. 4",
            "continued On Page",
            "Continued from page 15",
            "CONTINUED FROM P. 2",
            "From page 15",
            "From Page",
            "from p.",
            "Continued",
            "Continued from Lund",
            "Contínued on page 3",
            "Continued on pagé 3",
            "From pagé 3",
            "\u{130}",
            "",
        ] {
            assert_eq!(jumps_out(line), lowered_out(line), "{line}");
            assert_eq!(jumps_in(line), lowered_in(line), "{line}");
        }
        assert!(jumps_out("Continued on page 17") && jumps_in("Continued from P. 2"));
    }

    #[test]
    fn running_heads_by_their_gaps_and_page_numbers() {
        for line in [
            "THE LUND LEDGER        Thursday, May 7, 2026        15",
            "\u{c}16        THE LUND LEDGER        Thursday, May 7, 2026",
            "lundledger.example                              17",
            "Business\t23",
        ] {
            assert!(is_running_head(line), "{line}");
        }
        for line in [
            "THE LUND LEDGER Thursday, May 7, 2026 15",
            "Quayside buys two tugs  for 15",
            "Ostra Marine sold 12 tugs to Quayside, the yard said.   15",
            "Lund  2  Brakvik  1",
            "15   16",
        ] {
            assert!(!is_running_head(line), "{line}");
        }
        // A converter's page numbers, spelt out.
        assert!(is_running_head(
            "lundledger.example/business           Page 2 of 3"
        ));
        assert!(is_running_head("LUND LEDGER        - 4 -"));
        assert!(!is_running_head("Ostra Marine        Page 2 of the report"));
        assert!(is_head_line("BUSINESS              Thursday, May 7, 2026"));
        assert!(!is_head_line(
            "Ostra Marine sold 12 tugs.    Quayside bought them."
        ));
        assert!(is_page_pointer("MARKET REPORT, PAGE 30"));
        assert!(is_page_pointer("See page 4"));
        assert!(is_page_pointer("Letters, p. 22"));
        assert!(!is_page_pointer(
            "Ostra Marine said the tugs were listed on page 30 of its report"
        ));
        assert!(!is_page_pointer("page 30"));
        assert!(is_section_head("PUBLIC NOTICES"));
        assert!(!is_section_head("Quayside buys tugs"));
        assert!(!is_section_head("LUND 2024 RESULTS"));
    }

    #[test]
    fn a_long_foot_renumbered_on_each_page_and_its_footnote_are_cut() {
        let foot = |n: usize| {
            format!("LUND & LIND LLP — Client Briefing, May 2026                 Page {n} of 2")
        };
        let text = format!(
            "Ostra Marine agrees to buy Quayside's tug yard\n\nOstra Marine said on May 4, 2026 that it had agreed to buy\nthe Quayside tug yard for €18 million.\n\n1   Tug counts are as reported by the seller.\n{}\n\nOstra employs about 3,200 people, the\nyard said.\n\n{}\n",
            foot(1),
            foot(2)
        );
        let b = boiler_text(&text).join("\n");
        assert!(
            b.contains("Page 1 of 2") && b.contains("Page 2 of 2"),
            "{b}"
        );
        assert!(b.contains("Tug counts"), "{b}");
        assert!(!b.contains("3,200") && !b.contains("€18 million"), "{b}");
        assert!(super::is_footnote("12  Nameplate capacity."));
        assert!(!super::is_footnote("2025  was a good year"));
        assert!(!super::is_footnote("1 Capacity"));
    }

    #[test]
    fn wrapped_lines_after_a_jump_and_a_page_s_foot_are_the_story_s() {
        let text = "THE LUND LEDGER                     BUSINESS\nThursday, May 7, 2026                     15\n\nOstra Marine agrees\nto build Quayside tugs\n\nOstra Marine, the Lund yard that builds\nelectric tugs, has agreed to sell two of\nthem to Quayside Ferries for €18 million.\nContinued on page 16\n\nlundledger.example                     Page 1 of 2\n\u{c}16                     THE LUND LEDGER\nBUSINESS                     Thursday, May 7, 2026\n\nContinued from page 15\nOstra employs about 3,200 people. Its sales\nrose to €740 million last year, the yard said.\n\nMARKET REPORT, PAGE 30\n\nlundledger.example                     Page 2 of 2\n";
        let b = boiler_text(text).join("\n");
        assert!(!b.contains("3,200") && !b.contains("€740"), "{b}");
        for furniture in [
            "BUSINESS\n",
            "MARKET REPORT",
            "Page 2 of 2",
            "Thursday, May 7, 2026  ",
        ] {
            assert!(b.contains(furniture), "{furniture}: {b}");
        }
    }

    #[test]
    fn a_head_without_its_number_repeats_and_the_page_number_stands_alone() {
        let head = "THE LUND LEDGER                    Tuesday 24 September 2024";
        let text = format!(
            "{head}\nBUSINESS\n\nOstra Marine agrees\nto buy Quayside tugs\n\nLUND - Ostra Marine, the yard that builds\nelectric tugs, has agreed to buy two of\nQuayside's older tugs for €18 million.\n\n                              Page 1 of 2\n{head}\n\nOstra employs about 3,200 people, the\nyard said.\n\n                              - 2 -\n"
        );
        let b = boiler_text(&text).join("\n");
        assert_eq!(b.matches("THE LUND LEDGER").count(), 2, "{b}");
        for furniture in ["BUSINESS", "Page 1 of 2", "- 2 -"] {
            assert!(b.contains(furniture), "{furniture}: {b}");
        }
        assert!(
            !b.contains("3,200")
                && !b.contains("electric tugs")
                && !b.contains("buy Quayside tugs"),
            "{b}"
        );
        // Once, without a page number anywhere, a gapped line is left alone.
        let text = format!(
            "{head}\n\nOstra Marine, the yard that builds electric tugs, has agreed to buy two of Quayside's older tugs.\n"
        );
        assert!(boiler_text(&text).join("\n").find("LUND LEDGER").is_none());
    }

    const PART_ONE: &str = "Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\n";
    const PART_TWO: &str = "The tugs will enter service in Brakvik next spring, Quayside's chief executive Ivo Grett told reporters.\n";

    #[test]
    fn a_printed_story_with_its_running_heads_and_the_page_it_jumps() {
        let text = format!(
            "THE LUND LEDGER        Thursday, May 7, 2026        15\nBUSINESS\nQuayside buys two electric tugs\n{PART_ONE}Continued on page 17\n\u{c}16        THE LUND LEDGER        Thursday, May 7, 2026\nPUBLIC NOTICES\nNotice is given that Kvarn Haulage has applied to Lund council for a depot at Mill Road.\n\u{c}Thursday, May 7, 2026        THE LUND LEDGER        17\nBUSINESS\nFrom page 15\n{PART_TWO}lundledger.example                 17\n"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("BUSINESS"), "{b}");
        assert!(b.contains("Kvarn Haulage"), "{b}");
        assert!(b.contains("From page 15"), "{b}");
        assert!(b.contains("lundledger.example"), "{b}");
        assert!(
            !b.contains("electric tugs") && !b.contains("Brakvik"),
            "{b}"
        );
        // A jump with no way back marks only its own line.
        let text = format!("Quayside buys two electric tugs\n{PART_ONE}Continued on page 17\n");
        assert_eq!(boiler_text(&text), ["Continued on page 17"]);
    }
}
