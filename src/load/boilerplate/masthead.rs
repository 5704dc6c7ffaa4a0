//! The site's name over its menu: the page's first line, a few words, with
//! furniture under it and the headline under that ("Freight & Logistics
//! Weekly" over "Ports  Shipping  Rail" over the story's headline), or a
//! name with its motto after a dash over the breadcrumb trail.

use super::Page;
use super::phrases::PHRASES;
use super::stamps::is_byline_or_stamp;

/// A site's name is at most this many words ("&" counts as one).
const MAX_NAME_WORDS: usize = 4;
/// The headline under the menu has at least this many words.
const MIN_HEADLINE_WORDS: usize = 5;

/// A site's motto after its name is at most this many words.
const MAX_MOTTO_WORDS: usize = 10;

/// A name and the motto after it, split at a dash set apart by spaces.
fn tagline(line: &str) -> Option<(&str, &str)> {
    [" — ", " – "].iter().find_map(|dash| {
        let (name, motto) = line.trim().split_once(dash)?;
        (!name.trim().is_empty() && !motto.trim().is_empty()).then(|| (name.trim(), motto.trim()))
    })
}

/// A breadcrumb trail: two or more short parts between `>`, `›`, `»` or a
/// slash set apart by spaces ("Front page > Economy > Food", "Home /
/// Business").
fn is_path(line: &str) -> bool {
    let line = line.replace(" / ", " > ");
    let parts: Vec<&str> = line.split(['>', '›', '»']).map(str::trim).collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| (1..=MAX_NAME_WORDS).contains(&p.split_whitespace().count()))
}

impl Page<'_> {
    /// The first line, when it is a short name (no figure, colon or
    /// sentence end) over one or more furniture lines that are no sentences,
    /// with a headline of [`MIN_HEADLINE_WORDS`] or more right under them. A
    /// short headline over a share bar has the byline or the body under the
    /// bar, never another headline.
    pub(super) fn mark_site_name(&mut self) {
        let Some(first) = (0..self.lines.len()).find(|&i| !self.shapes[i].blank) else {
            return;
        };
        let s = self.shapes[first];
        let line = self.line(first);
        let short_name = |name: &str| {
            name.split_whitespace().count() <= MAX_NAME_WORDS
                && !name.contains(':')
                && !name.chars().any(|c| c.is_ascii_digit())
                && !PHRASES.is_byline(name)
        };
        let name = short_name(line) && !s.stop && !s.dated && !s.sentence;
        // A name with its motto after a dash ("THE LUND LEDGER — news of
        // the Vexo valley") over a breadcrumb trail: a headline with a dash
        // has its byline, a share bar or the lead under it, never the path
        // to its own page.
        let tagged = || {
            tagline(line).is_some_and(|(name, motto)| {
                short_name(name) && motto.split_whitespace().count() <= MAX_MOTTO_WORDS
            }) && !s.stop
                && self.next(first).is_some_and(|j| is_path(self.line(j)))
        };
        if !(name || tagged()) || self.clutter[first] {
            return;
        }
        let mut at = first;
        let mut menu = 0;
        // A menu of short parts set apart by dots ("News · Business ·
        // Sport") is marked later, with the trails above the headline.
        while let Some(j) = self.next(at)
            && (self.clutter[j] || self.shapes[j].crumbs)
            && !self.shapes[j].sentence
        {
            // A byline or stamp under a short headline is no site menu.
            if !is_byline_or_stamp(self.line(j)) {
                menu += 1;
            }
            at = j;
        }
        let headline = self.next(at).is_some_and(|j| {
            let h = self.shapes[j];
            h.headline && !self.clutter[j] && h.words >= MIN_HEADLINE_WORDS
        });
        if menu > 0 && headline {
            self.clutter[first] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{BODY, boiler_text};

    #[test]
    fn a_site_name_over_its_menu_is_cut() {
        let text = format!(
            "Tugs & Harbours Monthly\nPorts   Ferries   Yards   Jobs\nQuayside buys two electric tugs from Ostra\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("Tugs & Harbours Monthly") && b[0].ends_with("Jobs"),
            "{b:?}"
        );
        // Its menu may be set apart by dots.
        let text = format!(
            "Tugs & Harbours Monthly\nPorts · Ferries · Yards · Jobs\n\nQuayside buys two electric tugs from Ostra\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert_eq!(
            b,
            ["Tugs & Harbours Monthly\nPorts · Ferries · Yards · Jobs"],
            "{b:?}"
        );
        // A name with its motto, over the path to the page.
        let text = format!(
            "THE LUND LEDGER — news of the Vexo valley\nHome > Business > Shipping\nQuayside buys two electric tugs from Ostra\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert!(
            b.len() == 1 && b[0].starts_with("THE LUND LEDGER") && b[0].ends_with("Shipping"),
            "{b:?}"
        );
        // The path may be set apart by slashes.
        let text = format!(
            "Vexo Valley Post — Nyheter · News\nHome / Business / Shipping\nQuayside buys two electric tugs from Ostra\n\n{BODY}"
        );
        let b = boiler_text(&text);
        assert!(
            b.len() == 1 && b[0].starts_with("Vexo Valley Post") && b[0].ends_with("Shipping"),
            "{b:?}"
        );
        // A headline with a dash over a share bar stays.
        let text = format!(
            "Quayside buys tugs — and Ostra gains\nShare | Tweet | Email\nThe ferry firm's boldest order in a decade\n\n{BODY}"
        );
        assert!(
            !boiler_text(&text)
                .iter()
                .any(|l| l.contains("Quayside buys")),
            "{:?}",
            boiler_text(&text)
        );
        // A short headline over a share bar stays.
        let text = format!("Quayside Buys Ostra Tugs\nShare | Tweet | Email\n\n{BODY}");
        assert!(
            !boiler_text(&text).iter().any(|l| l.contains("Buys")),
            "{:?}",
            boiler_text(&text)
        );
    }
}
