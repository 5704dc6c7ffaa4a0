//! A capture's own header and toolbar above the page it holds: a web
//! archive's or a cache's first line names the address it captured ("The
//! Wayback Machine - https://…"), and the short lines under it, down to the
//! page's own first furniture (a count of captures, a calendar, "About this
//! capture"), are the capturer's, not the article's. A news text never
//! opens with a bare address, so the rule leaves plain news alone.

use super::Page;

/// A capturer's toolbar is at most this many lines.
const MAX_TOOLBAR_LINES: usize = 16;

/// The line names an address outside a Markdown link: a word that opens
/// with `http://` or `https://`, maybe in angle brackets.
fn has_bare_address(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let w = w.trim_start_matches('<');
        w.starts_with("https://") || w.starts_with("http://")
    })
}

impl Page<'_> {
    /// The first line, when it names an address and is no sentence, and
    /// the lines under it down to the first furniture line, when none of
    /// them is a sentence or the headline and there are at most
    /// [`MAX_TOOLBAR_LINES`]. With no furniture under the toolbar before
    /// the headline, nothing says where the capturer's lines end, and
    /// nothing is marked.
    pub(super) fn mark_capture_toolbar(&mut self) {
        let Some(first) = (0..self.lines.len()).find(|&i| !self.shapes[i].blank) else {
            return;
        };
        if self.shapes[first].sentence || !has_bare_address(self.line(first)) {
            return;
        }
        let title = self.title_line();
        let mut block = vec![first];
        let mut at = first;
        loop {
            let Some(j) = self.next(at) else { return };
            if self.clutter[j] {
                break;
            }
            if self.shapes[j].sentence || Some(j) == title || block.len() > MAX_TOOLBAR_LINES {
                return;
            }
            block.push(j);
            at = j;
        }
        for i in block {
            self.clutter[i] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{BODY, boiler_text};
    use super::has_bare_address;

    #[test]
    fn addresses_outside_links() {
        assert!(has_bare_address(
            "Page Keeper - https://keeper.example/2026/https://lundledger.example/tugs"
        ));
        assert!(has_bare_address(
            "Cached copy of <http://lundledger.example/tugs>"
        ));
        assert!(!has_bare_address(
            "[Home](https://lundledger.example/) | [News](https://lundledger.example/news)"
        ));
        assert!(!has_bare_address("Quayside Ferries buys two tugs"));
    }

    #[test]
    fn a_capturers_toolbar_down_to_the_pages_furniture() {
        let text = format!(
            "Page Keeper - https://keeper.example/2026/https://lundledger.example/tugs\n41 snapshots\n2 Feb 2021 - 9 May 2026\nAPR\tMAY\tJUN\nAbout this snapshot\nSkip to main content\nLund Ledger\nHome › Business\nQuayside buys two electric tugs from Ostra\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert!(
            b[0].starts_with("Page Keeper") && b[0].contains("About this snapshot"),
            "{b:?}"
        );
        assert!(!b.iter().any(|l| l.contains("electric tugs")), "{b:?}");
        // With nothing of the page's own between the toolbar and the
        // headline, the toolbar's end is not known: nothing is marked.
        let text = format!(
            "Page Keeper - https://keeper.example/2026/https://lundledger.example/tugs\n41 snapshots\nQuayside buys two electric tugs from Ostra\n\n{BODY}"
        );
        assert!(!boiler_text(&text).iter().any(|l| l.contains("snapshots")));
    }
}
