//! Page clutter by lines: each gold `boilerplate[]` line should lie in a
//! boilerplate region (or be gone from the loaded text, as the web-page
//! extractor drops furniture), and no other line of the text should.

use crate::model::{Analysis, Counts};

/// Lines compared trimmed, with runs of white space as one space.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Clutter lines marked (tp), clutter lines left in the body (fn), body
/// lines marked as clutter (fp); the notes name the wrong ones.
pub fn score_lines(a: &Analysis, gold_lines: &[String]) -> (Counts, Vec<String>) {
    let text = a.document.text.as_str();
    let gold: Vec<String> = gold_lines.iter().map(|l| squash(l)).collect();
    let mut counts = Counts::default();
    let mut notes = Vec::new();
    let mut seen = vec![false; gold.len()];
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let start = at;
        at += raw.len();
        let line = squash(raw);
        if line.is_empty() {
            continue;
        }
        let offset = start + (raw.len() - raw.trim_start().len());
        let marked = a.document.is_boilerplate(offset);
        match gold.iter().position(|g| *g == line) {
            Some(g) => {
                seen[g] = true;
                if marked {
                    counts.tp += 1;
                } else {
                    counts.fn_ += 1;
                    notes.push(format!("clutter line left in the body: {line}"));
                }
            }
            None if marked => {
                counts.fp += 1;
                notes.push(format!("body line marked as clutter: {line}"));
            }
            None => {}
        }
    }
    // Clutter the loader already left out of the text counts as found.
    counts.tp += seen.iter().filter(|s| !**s).count();
    (counts, notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Region, RegionKind, Span};

    #[test]
    fn lines_are_scored_against_the_regions() {
        let text = "Quayside buys two tugs.\nRelated\nOstra Wins Contract\n";
        let mut doc = Document::from_text("t.txt", text);
        let cut = text.find("Ostra").unwrap_or(0);
        doc.regions = vec![
            Region {
                kind: RegionKind::Body,
                span: Span::new(0, cut),
            },
            Region {
                kind: RegionKind::Boilerplate,
                span: Span::new(cut, text.len()),
            },
        ];
        let a = Analysis {
            document: doc,
            ..Analysis::default()
        };
        let gold = vec![
            "Related".to_owned(),
            "Ostra  Wins Contract".to_owned(),
            "Share this article".to_owned(),
        ];
        let (c, notes) = score_lines(&a, &gold);
        // "Ostra Wins Contract" marked, "Share…" gone from the text, "Related" missed.
        assert_eq!((c.tp, c.fn_, c.fp), (2, 1, 0), "{notes:?}");
        let (c, _) = score_lines(&a, &[]);
        assert_eq!(c.fp, 1);
    }
}
