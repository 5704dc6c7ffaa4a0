//! Finds page furniture — related-article lists, share prompts, comment forms,
//! category tags, photo credits — so that nothing in it becomes an entity.
//!
//! General signals only: known furniture phrases, and the run of lines after
//! the last prose paragraph that are not prose themselves (headline lists,
//! stray tags). Nothing here knows any particular article.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Region, RegionKind, Span};

/// Phrases that open a line of page furniture, matched case-insensitively on
/// the trimmed line.
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    let phrases = [
        r"leave a (reply|comment)",
        r"your email address will not be published",
        r"required fields are marked",
        r"(articles|stories|posts|videos) (you may|you might|we think you('ll| will)) (like|enjoy|love)",
        r"you (may|might) (also )?(like|enjoy)",
        r"(related|recommended|popular|trending|latest|more) (articles|stories|posts|news|reads|from)",
        r"related:?$",
        r"read (more|next|also)\b",
        r"see also\b",
        r"(share|tweet|email|print)( this)?( article| story| post)?:?$",
        r"share (this|on)\b",
        r"follow us\b",
        r"sign up (for|to)\b",
        r"subscribe (to|now|for)\b",
        r"(photo|image|picture)( credit)?s?:",
        r"(tags|filed under|categories|category|topics):",
        r"advertisement$",
        r"(post(ed)?|add) (a )?comment",
        r"\d+ comments?$",
        r"copyright\b|©|all rights reserved",
        r"(we use|this (site|website) uses) cookies",
        r"click here\b",
        r"(previous|next) (article|post|story)\b",
    ];
    let pattern = format!(r"(?i)^\W*(?:{})", phrases.join("|"));
    Regex::new(&pattern).unwrap_or_else(|_| Regex::new("$^").unwrap_or_else(|_| unreachable!()))
});

/// One line of the text with its byte span (without the line break).
#[derive(Clone, Copy, Debug)]
struct Line {
    span: Span,
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            out.push(Line {
                span: Span::new(start, end),
            });
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(Line {
            span: Span::new(start, text.len()),
        });
    }
    out
}

/// A paragraph of running prose: enough words and a sentence end.
fn is_prose(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    let ends_sentence = line
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?', ':', ';']);
    (words >= 8 && ends_sentence) || words >= 40
}

/// True when a line opens with a known furniture phrase.
pub fn is_furniture(line: &str) -> bool {
    FURNITURE.is_match(line.trim())
}

/// Splits the text into body and boilerplate regions, sorted and covering the
/// whole text without gaps.
pub fn detect_regions(text: &str) -> Vec<Region> {
    let lines = lines(text);
    let mut boiler = vec![false; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        boiler[i] = is_furniture(line.span.slice(text));
    }
    // The trailing run of non-prose lines after the last prose paragraph:
    // headline lists, category tags, comment prompts.
    if let Some(last_prose) = lines
        .iter()
        .rposition(|l| is_prose(l.span.slice(text)) && !is_furniture(l.span.slice(text)))
    {
        let tail = &lines[last_prose + 1..];
        let non_empty = tail
            .iter()
            .filter(|l| !l.span.slice(text).trim().is_empty())
            .count();
        if non_empty > 0 {
            for flag in &mut boiler[last_prose + 1..] {
                *flag = true;
            }
        }
    }
    // A furniture line followed only by furniture or short lines ends the body too.
    regions_from_flags(text, &lines, &boiler)
}

fn regions_from_flags(text: &str, lines: &[Line], boiler: &[bool]) -> Vec<Region> {
    let mut regions: Vec<Region> = Vec::new();
    let mut push = |kind: RegionKind, span: Span| {
        if span.is_empty() {
            return;
        }
        match regions.last_mut() {
            Some(last) if last.kind == kind => last.span.end = span.end,
            _ => regions.push(Region { kind, span }),
        }
    };
    let mut cursor = 0;
    for (line, &is_boiler) in lines.iter().zip(boiler) {
        let blank = line.span.slice(text).trim().is_empty();
        if is_boiler && !blank {
            push(RegionKind::Body, Span::new(cursor, line.span.start));
            push(
                RegionKind::Boilerplate,
                Span::new(line.span.start, line.span.end),
            );
            cursor = line.span.end;
        }
    }
    push(RegionKind::Body, Span::new(cursor, text.len()));
    // Blank lines between two boilerplate lines belong to the boilerplate.
    let mut merged: Vec<Region> = Vec::new();
    for r in regions {
        let gap_is_blank = |prev: &Region| {
            r.kind == RegionKind::Boilerplate
                && prev.kind == RegionKind::Body
                && prev.span.slice(text).trim().is_empty()
        };
        if let [.., before, prev] = merged.as_slice()
            && before.kind == RegionKind::Boilerplate
            && gap_is_blank(prev)
        {
            let start = before.span.start;
            merged.pop();
            merged.pop();
            merged.push(Region {
                kind: RegionKind::Boilerplate,
                span: Span::new(start, r.span.end),
            });
            continue;
        }
        merged.push(r);
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boiler_text(text: &str) -> Vec<&str> {
        detect_regions(text)
            .into_iter()
            .filter(|r| r.kind == RegionKind::Boilerplate)
            .map(|r| r.span.slice(text))
            .collect()
    }

    #[test]
    fn trailing_headlines_and_comment_form_are_boilerplate() {
        let text = "Title of the piece\n\nThe council approved the budget on Monday after a long debate in Zürich.\n\n\
                    Politics\n\nMore Stories\n\nFive Things To Know About the Harbour Plan\nWhy Rents Keep Rising\n\n\
                    Leave a Comment\n\nYour email address will not be published.";
        let b = boiler_text(text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert!(
            b[0].starts_with("Politics") && b[0].ends_with("published."),
            "{b:?}"
        );
    }

    #[test]
    fn regions_cover_text_without_gaps() {
        let text = "Intro line\r\nA sentence that is long enough to count as prose in this test.\r\nShare this article\r\nTags: x\r\n";
        let regions = detect_regions(text);
        let mut at = 0;
        for r in &regions {
            assert_eq!(r.span.start, at);
            at = r.span.end;
        }
        assert_eq!(at, text.len());
        assert_eq!(boiler_text(text), vec!["Share this article\r\nTags: x"]);
    }

    #[test]
    fn headings_inside_the_body_stay_body() {
        let text = "Lead paragraph that runs for more than eight words in total.\n\nA Heading Here\n\nAnother paragraph of prose follows the heading right here.\n";
        assert!(boiler_text(text).is_empty());
    }
}
