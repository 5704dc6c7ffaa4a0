//! A gallery's captions: the line between a slide counter ("2 of 5") and
//! the photo's credit ("Photo: Ada Lind/Lund Ledger") describes the
//! picture. Captions are furniture on every page that has an article
//! besides its pictures: the analyst reads the story, and the view dims
//! what is said under a photo, the story's people named there included.

use super::Page;

/// A caption is at most this many words.
const MAX_CAPTION_WORDS: usize = 60;

/// A slide counter alone on its line ("2 of 5", "Image 3 of 12").
fn is_slide_counter(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let number = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [n, of, m] => number(n) && of.eq_ignore_ascii_case("of") && number(m),
        [label, n, of, m] => {
            ["slide", "image", "photo", "picture"]
                .iter()
                .any(|l| label.eq_ignore_ascii_case(l))
                && number(n)
                && of.eq_ignore_ascii_case("of")
                && number(m)
        }
        _ => false,
    }
}

/// A photo's credit line ("Photo: Ada Lind/Lund Ledger", "Credit: Bo
/// Sand", "Photograph by Bo Sand").
fn is_photo_credit(line: &str) -> bool {
    let t = line.trim();
    let Some(first) = t.split([' ', ':']).next() else {
        return false;
    };
    let label = [
        "photo",
        "photos",
        "photograph",
        "image",
        "picture",
        "credit",
    ]
    .iter()
    .any(|l| first.eq_ignore_ascii_case(l));
    let rest = t[first.len()..].trim_start();
    label && (rest.starts_with(':') || rest.get(..3).is_some_and(|b| b.eq_ignore_ascii_case("by ")))
}

impl Page<'_> {
    /// Each caption between its slide counter and its photo's credit, both
    /// already furniture.
    pub(super) fn mark_gallery_captions(&mut self) {
        for i in 0..self.lines.len() {
            if self.shapes[i].blank || self.clutter[i] || self.shapes[i].words > MAX_CAPTION_WORDS {
                continue;
            }
            let counted = self
                .prev(i)
                .is_some_and(|p| self.clutter[p] && is_slide_counter(self.line(p)));
            let credited = self
                .next(i)
                .is_some_and(|n| self.clutter[n] && is_photo_credit(self.line(n)));
            if counted && credited {
                self.clutter[i] = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{LEAD, MORE_LINE, boiler_text};
    use super::{is_photo_credit, is_slide_counter};

    #[test]
    fn a_caption_between_its_counter_and_its_credit_is_cut() {
        let gallery = "1 of 2\nQuayside chief executive Ivo Grett at the Brakvik berth.\nPhoto: Ada Lind/Lund Ledger\n2 of 2\nThe first electric tug leaves the Lund yard.\nPhoto: Courtesy of Ostra Marine\n\n";
        let text = format!("{LEAD}{gallery}{MORE_LINE}");
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("Ivo Grett at the Brakvik berth"), "{b}");
        assert!(b.contains("leaves the Lund yard"), "{b}");
        assert!(
            !b.contains("told reporters") && !b.contains("€18 million"),
            "{b}"
        );
        assert!(is_slide_counter("Image 3 of 12") && !is_slide_counter("3 of the 12"));
        assert!(
            is_photo_credit("Photograph by Bo Sand") && !is_photo_credit("Photos show the yard.")
        );
    }
}
