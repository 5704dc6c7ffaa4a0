//! An article that reached the page inside an e-mail: the message's header
//! fields ("From: …", "To: …", "Subject: …"), the subject over them as the
//! message's title ("Fwd: …"), and, in a forwarded message, everything
//! above the mail program's separator ("---------- Forwarded message
//! ---------"): the forwarder's note, sign-off and signature. None of it is
//! the article's, though the note may read as sentences and name the
//! story's firms.

use std::sync::LazyLock;

use super::Page;
use super::forward::LineRegex;
use super::phrases::{alternation, compile, normal, whole_line};

const MAIL_HEADERS: &str = include_str!("../../../assets/lang/en/clutter/mail-headers.re");
const FORWARD_MARKS: &str = include_str!("../../../assets/lang/en/clutter/forward-marks.re");

pub(super) static MAIL_HEADER: LazyLock<LineRegex> =
    LazyLock::new(|| compile(&format!(r"(?i)^(?:{})\s*:", alternation(MAIL_HEADERS))));
pub(super) static FORWARD_MARK: LazyLock<LineRegex> = LazyLock::new(|| whole_line(FORWARD_MARKS));

/// A message's header is at least this many field lines in a row.
const MIN_HEADER_FIELDS: usize = 3;

/// A subject's prefix in a reply or a forward, in the languages mail
/// programs write it ("Fwd:", "Re:", "WG:", "TR:").
const SUBJECT_PREFIXES: [&str; 6] = ["fwd:", "fw:", "re:", "wg:", "tr:", "aw:"];

/// Compiles the header fields now (see [`super::warm_up`]): every line
/// with a colon asks.
pub(super) fn warm_up() {
    LazyLock::force(&MAIL_HEADER);
    LazyLock::force(&FORWARD_MARK);
}

fn is_mail_header(line: &str) -> bool {
    MAIL_HEADER.is_match(&normal(line))
}

fn is_forward_mark(line: &str) -> bool {
    FORWARD_MARK.is_match(&normal(line))
}

fn is_reply_subject(line: &str) -> bool {
    let t = line.trim().to_lowercase();
    SUBJECT_PREFIXES.iter().any(|p| t.starts_with(p))
}

impl Page<'_> {
    /// Marks each run of [`MIN_HEADER_FIELDS`] or more header fields, with
    /// a reply's or a forward's subject right above it, and every line
    /// above a forward's separator (or down to the last of two or more
    /// headers) when body sentences follow it.
    pub(super) fn mark_mail(&mut self) {
        let n = self.lines.len();
        // The end of each message header found.
        let mut headers = Vec::new();
        let mut i = 0;
        while i < n {
            if self.shapes[i].blank || !is_mail_header(self.line(i)) {
                i += 1;
                continue;
            }
            let mut end = i;
            while end + 1 < n && !self.shapes[end + 1].blank && is_mail_header(self.line(end + 1)) {
                end += 1;
            }
            if end + 1 - i >= MIN_HEADER_FIELDS {
                headers.push(end);
                for flag in &mut self.clutter[i..=end] {
                    *flag = true;
                }
                if let Some(p) = self.prev(i)
                    && is_reply_subject(self.line(p))
                {
                    self.clutter[p] = true;
                }
            }
            i = end + 1;
        }
        // A forward's separator, or the header of the message forwarded
        // under the forward's own (a mail program that draws a rule or
        // nothing between them).
        let mark = (0..n)
            .find(|&i| !self.shapes[i].blank && is_forward_mark(self.line(i)))
            .or(headers.get(1..).and_then(<[usize]>::last).copied());
        let Some(mark) = mark else {
            return;
        };
        if (mark + 1..n).any(|j| self.body_sentence(j)) {
            for flag in &mut self.clutter[..=mark] {
                *flag = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::boiler_text;

    const STORY: &str = "Quayside buys two electric tugs from Ostra\n\nQuayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for €18 million, the companies said.\n\nThe tugs will enter service in Brakvik next spring, Quayside's chief executive Ivo Grett told reporters.\n";

    #[test]
    fn a_forwarded_message_keeps_only_the_story() {
        let text = format!(
            "Fwd: tug news\nFrom: Pia Lund <pia@lundyard.example>\nTo: Team <team@lundyard.example>\nDate: Mon, 4 May 2026 at 09:12\nSubject: Fwd: tug news\n\nHi all, Quayside is our best customer in Brakvik, so read this.\n\nPia\n\n---------- Forwarded message ---------\nFrom: Tug Weekly <news@tugweekly.example>\nDate: Sun, 3 May 2026\nSubject: Quayside buys two tugs\n\n{STORY}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(
            b.starts_with("Fwd: tug news") && b.contains("read this"),
            "{b}"
        );
        assert!(b.ends_with("Subject: Quayside buys two tugs"), "{b}");
        assert!(!b.contains("electric tugs"), "{b}");
    }

    #[test]
    fn a_forward_with_a_rule_between_the_headers() {
        let text = format!(
            "From: Pia Lund <pia@lundyard.example>\nSent: Monday, 4 May 2026 09:12\nTo: Harbour team\nSubject: FW: Tug order\n\nWorth reading, Quayside is our biggest customer in Brakvik.\n\nPia Lund\nHead of Sales, Lund Yard AB\n\n________________________________\nFrom: Tug Weekly <news@tugweekly.example>\nSent: Sunday, 3 May 2026 17:30\nTo: Pia Lund\nSubject: Quayside buys two tugs\n\n{STORY}"
        );
        let b = boiler_text(&text).join("\n");
        assert!(
            b.starts_with("From: Pia Lund") && b.contains("Worth reading"),
            "{b}"
        );
        assert!(!b.contains("electric tugs"), "{b}");
    }

    #[test]
    fn two_fields_or_a_mark_with_nothing_after_are_no_mail() {
        // A fact box with a date and a subject stays; a story that quotes
        // the words of a separator at its end keeps its sentences.
        let text = format!("{STORY}\nDate: 4 May 2026\nSubject: tug orders\n");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
        let text = format!("{STORY}\nOriginal message\n");
        assert!(
            !boiler_text(&text).iter().any(|l| l.contains("tugs")),
            "{:?}",
            boiler_text(&text)
        );
    }
}
