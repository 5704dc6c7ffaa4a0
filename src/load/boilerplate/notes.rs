//! Notes on the story itself, set apart from the body under a header of
//! their own: a corrections box, an editor's note, a clarification. The
//! header and the paragraph under it are the publisher's, not the story's.
//! So is an announcement's contact block ("Enquiries:" over names and
//! telephone numbers), and a company profile box under "About <name>".

use std::sync::LazyLock;

use super::Page;
use super::forward::LineRegex;
use super::forward::on_demand;
use super::line::short;
use super::phrases::{alternation, normal, whole_line, whole_line_pattern};

pub(super) const NOTE_HEADERS: &str =
    include_str!("../../../assets/lang/en/clutter/note-headers.re");

pub(super) static NOTE_HEADER: LazyLock<LineRegex> = LazyLock::new(|| whole_line(NOTE_HEADERS));

pub(super) const CONTACT_HEADERS: &str =
    include_str!("../../../assets/lang/en/clutter/contact-headers.re");

pub(super) static CONTACT_HEADER: LazyLock<LineRegex> =
    LazyLock::new(|| on_demand(&whole_line_pattern(&alternation(CONTACT_HEADERS))));

/// A telephone number has at least this many digits.
const MIN_PHONE_DIGITS: usize = 8;
/// A contact block has at most this many lines under its header (a name,
/// a title, a telephone number, an e-mail address, for two people).
const MAX_CONTACT_LINES: usize = 8;

/// A line that gives a telephone number ("+44 (0)20 7946 0118") or an
/// e-mail address: a contact's line.
fn gives_contact(line: &str) -> bool {
    let digits = line.bytes().filter(u8::is_ascii_digit).count();
    let phone = digits >= MIN_PHONE_DIGITS
        && line
            .split_whitespace()
            .any(|w| w.starts_with('+') && w[1..].starts_with(|c: char| c.is_ascii_digit()));
    let mail = line.split_whitespace().any(|w| {
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    });
    phone || mail
}

/// Compiles the note headers now (see [`super::warm_up`]): nearly every
/// page has a short line that asks.
pub(super) fn warm_up() {
    LazyLock::force(&NOTE_HEADER);
}

/// The header of a note box ("Corrections", "Editor's note").
fn is_note_header(line: &str) -> bool {
    short(line) && NOTE_HEADER.is_match(&normal(line))
}

/// The name under a label that ends with "by" has at most this many words.
const MAX_LABEL_NAME_WORDS: usize = 6;

/// A profile box's header has at most this many words after "About".
const MAX_PROFILE_NAME_WORDS: usize = 5;

/// The name in a profile box's header, "About" and a name in capitals
/// ("About Ostra Marine" → "Ostra Marine"); not "About 300 jobs", not a
/// sentence.
fn profile_name(line: &str) -> Option<&str> {
    let name = line.trim().strip_prefix("About ")?.trim();
    let words = name.split_whitespace().count();
    let capitals = name.split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '&')
    });
    ((1..=MAX_PROFILE_NAME_WORDS).contains(&words)
        && capitals
        && !name.ends_with(['.', '!', '?', ':', ',']))
    .then_some(name)
}

impl Page<'_> {
    /// A contact block: its header and the lines right under it, when one
    /// of them gives a telephone number or an e-mail address. The block
    /// ends at a blank line, at a sentence of running text, or after
    /// [`MAX_CONTACT_LINES`] lines: a page copied without blank lines (a
    /// menu's "Contact" entry over the whole page) has no more contacts
    /// than that under one header.
    pub(super) fn mark_contact_blocks(&mut self) {
        for i in 0..self.lines.len() {
            let line = self.line(i);
            if self.shapes[i].blank
                || !self.shapes[i].short
                || !CONTACT_HEADER.is_match(&normal(line))
            {
                continue;
            }
            let end = (i + 1..self.lines.len())
                .find(|&k| self.shapes[k].blank || self.shapes[k].prose)
                .unwrap_or(self.lines.len())
                .min(i + 1 + MAX_CONTACT_LINES);
            if (i + 1..end).any(|k| gives_contact(self.line(k))) {
                for flag in &mut self.clutter[i..end] {
                    *flag = true;
                }
            }
        }
    }

    /// A company profile box set after the story's lead: "About" and a
    /// name on a short line of its own ("About Ostra Marine"), over a
    /// paragraph of running text that names the company again ("Ostra
    /// Marine builds tugs…"). The site's stock text on the company, not the
    /// article: the header and that paragraph.
    pub(super) fn mark_profile_boxes(&mut self) {
        let Some(lead) = self.first_body_sentence() else {
            return;
        };
        for i in lead + 1..self.lines.len() {
            let Some(name) = profile_name(self.line(i)) else {
                continue;
            };
            let Some(j) = self.next(i) else {
                continue;
            };
            let first = name.split_whitespace().next().unwrap_or(name);
            if self.body_sentence(j) && self.line(j).contains(first) {
                self.clutter[i] = true;
                self.clutter[j] = true;
            }
        }
    }

    /// A furniture label that ends with "by" and leaves its name to the
    /// next line ("News provided by" over the issuer's name, "Sponsored
    /// by" over the sponsor's): that short line, no sentence, is the
    /// label's, also when a legal form's stop ends it ("Ostra Marine,
    /// Inc."): every word capitalised, no sentence.
    pub(super) fn mark_label_names(&mut self) {
        for i in 0..self.lines.len() {
            let label = self.line(i).trim().trim_end_matches([':', ' ']);
            let dangling = label
                .rsplit_once(' ')
                .is_some_and(|(_, last)| last.eq_ignore_ascii_case("by"));
            if !self.clutter[i] || !dangling {
                continue;
            }
            let Some(j) = self.next(i) else {
                continue;
            };
            let s = self.shapes[j];
            // Every word capitalised: a name, whatever stop ends it.
            let named = self.line(j).split_whitespace().all(|w| {
                w.chars()
                    .find(|c| c.is_alphanumeric())
                    .is_some_and(char::is_uppercase)
            });
            let unstopped = !s.stop || named;
            if !self.clutter[j] && !s.sentence && unstopped && s.words <= MAX_LABEL_NAME_WORDS {
                self.clutter[j] = true;
            }
        }
    }

    /// A note box: its header and the paragraph right under it, when that
    /// paragraph is running text (a header over more headers or a list is
    /// left to the other rules).
    pub(super) fn mark_note_boxes(&mut self) {
        for i in 0..self.lines.len() {
            if self.shapes[i].blank || !self.shapes[i].short || !is_note_header(self.line(i)) {
                continue;
            }
            let Some(j) = self.next(i) else {
                continue;
            };
            if !self.shapes[j].sentence {
                continue;
            }
            self.clutter[i] = true;
            let mut k = j;
            while k < self.lines.len() && !self.shapes[k].blank {
                self.clutter[k] = true;
                k += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{BODY, boiler_text};
    use super::*;

    #[test]
    fn a_contact_block_goes_with_its_header() {
        let text = format!(
            "{BODY}\nEnquiries:\nOstra Marine    +46 (0)8 555 0142\nIvo Grett, Chief Executive\nPia Lund / Bo Sand\n\nThe End.\n"
        );
        let b = boiler_text(&text).join("\n");
        assert!(
            b.starts_with("Enquiries:") && b.contains("Pia Lund / Bo Sand"),
            "{b}"
        );
        // A contacts header over a list with no number or address is left.
        let text = format!(
            "{BODY}\nContacts:\nIvo Grett, Chief Executive\n\nOstra Marine will deliver the first tug in March, its chief said.\n"
        );
        assert!(!boiler_text(&text).join("\n").contains("Contacts"));
        // A page copied without blank lines: a menu's "Contact" entry is
        // no header over the whole page, and the release's own contact
        // block ends its block.
        let text = format!(
            "Wirehouse\nNews\nContact\nSign Up\nOstra Marine to buy Lund tug yard\n{}\nMedia contact:\nIvo Grett, Head of Press\npress@ostra.example\n+46 8 555 010 10\n",
            BODY.trim().replace("\n\n", "\n")
        );
        let b = boiler_text(&text).join("\n");
        assert!(!b.contains("agreed"), "{b}");
        assert!(
            b.contains("Media contact:") && b.contains("+46 8 555"),
            "{b}"
        );
        assert!(gives_contact("Press office: press@ostra.example"));
        assert!(!gives_contact("Sales rose 12% to €4.1bn in 2025"));
    }

    #[test]
    fn a_release_service_s_label_takes_the_issuer_s_name_under_it() {
        let text = format!(
            "Ostra Marine to buy Lund tug yard\nNews provided by\nOstra Marine AB\nMay 4, 2026, 07:00 ET\n{BODY}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("Ostra Marine AB"), "{b}");
        assert!(!b.contains("to buy Lund") && !b.contains("Quayside"), "{b}");
        // A legal form's stop ends the name: no sentence's.
        let text = format!(
            "Ostra Marine to buy Lund tug yard\nNEWS PROVIDED BY\nOstra Marine, Inc.\nMay 4, 2026, 07:00 ET\n{BODY}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("Ostra Marine, Inc."), "{b}");
        assert!(!b.contains("to buy Lund") && !b.contains("Quayside"), "{b}");
        // A sentence under such a label stays.
        let text = format!("Sponsored by\nOstra pays for this.\n{BODY}");
        assert!(!boiler_text(&text).join("\n").contains("Ostra pays"));
    }

    #[test]
    fn a_release_s_forward_looking_statements_are_a_note() {
        let text = format!(
            "{BODY}\nForward-Looking Statements\nThis press release contains forward-looking statements within the meaning of the Lund Securities Act, and actual results may differ materially.\n\nThe End.\n"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("Lund Securities Act"), "{b}");
        assert!(!b.contains("Quayside"), "{b}");
    }

    #[test]
    fn a_profile_box_after_the_story_is_cut() {
        let text = format!(
            "{BODY}\nAbout Ostra Marine\nOstra Marine builds tugs and pilot boats. It was founded in 1931 in Vendel and is owned by the Sund Trust.\n\nTopics\n"
        );
        let b = boiler_text(&text).join("\n");
        assert!(
            b.starts_with("About Ostra Marine") && b.contains("Sund Trust"),
            "{b}"
        );
        assert!(!b.contains("Quayside"), "{b}");
        // A subheading over a paragraph on something else stays, and so
        // does a line that opens with "About" and a figure.
        for header in ["About Brakvik", "About 300 Jobs"] {
            let text = format!(
                "{BODY}\n{header}\nThe port will double its ferry berths by 2027, the council said.\n"
            );
            assert!(boiler_text(&text).is_empty(), "{header}");
        }
        assert_eq!(profile_name("About Ostra Marine"), Some("Ostra Marine"));
        assert_eq!(profile_name("About the author"), None);
    }

    #[test]
    fn note_headers() {
        for line in [
            "Corrections",
            "Correction",
            "Clarification",
            "Editor's note",
            "Editor’s Note:",
            "EDITORS' NOTE",
            "Corrections & clarifications",
        ] {
            assert!(is_note_header(line), "{line}");
        }
        assert!(!is_note_header(
            "Corrections to the Ostra accounts were filed on Friday."
        ));
        assert!(!is_note_header("The editor"));
    }

    #[test]
    fn a_corrections_box_between_body_paragraphs_is_cut() {
        let text = format!(
            "{BODY}\nCorrection\nA previous version of this story misspelled the name of Ostra's yard in Lund. It is Nordvarv, not Nordvark.\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("Correction\n") && b[0].ends_with("Nordvark."),
            "{b:?}"
        );
    }

    #[test]
    fn an_editors_note_at_the_top_is_cut_but_not_a_subheading() {
        let text = format!(
            "Quayside buys two electric tugs from Ostra\n\nEditor's note\nThe Harbour Ledger's owner, Pell Media, holds a small stake in Quayside Ferries.\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("Editor's note") && b[0].ends_with("Ferries."),
            "{b:?}"
        );
        // A header over a short label, not running text, is left alone here.
        let text = format!("{BODY}\nCorrections\nPolicy\n\n{BODY}");
        assert!(!boiler_text(&text).iter().any(|l| l.contains("Quayside")));
    }
}
