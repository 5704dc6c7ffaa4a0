//! Two late signals: a bar of short parts set apart by `·` or `|` one of
//! which is furniture ("Saved to Reading list · Archive · Share", "Saved 3
//! Feb · 🎧 Listen to this article"), a reading app's or a page's tool bar;
//! and a Markdown rule ("---") under which every line is furniture, which
//! sets the furniture off from the story.

use super::phrases::PHRASES;
use super::{Page, is_furniture};

/// A part of a bar is at most this many words.
const MAX_PART_WORDS: usize = 6;

/// A bar of two or more short parts split by `·` or `|`, none a sentence
/// nor a byline ("by Ada Lind", whose reporter the credits read), one of
/// them furniture by its phrasing.
fn is_tool_bar(line: &str) -> bool {
    let t = line.trim_start().trim_start_matches('>').trim();
    if !t.contains(['·', '|']) {
        return false;
    }
    let parts: Vec<&str> = t
        .split(['·', '|'])
        .map(|p| p.trim().trim_matches(['*', '_']).trim())
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            p.split_whitespace().count() <= MAX_PART_WORDS
                && !p.ends_with(['.', '!', '?'])
                && !PHRASES.is_byline(p)
        })
        && parts.iter().any(|p| is_furniture(p))
}

/// A Markdown thematic break alone on its line.
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3
        && ["-", "*", "_"]
            .iter()
            .any(|m| t.split(*m).all(|s| s.trim().is_empty()))
}

/// A bar of short parts may run to this many words in all, each part at
/// most this many ("By Ada Lind | Photographs by Bo Sand | From the May
/// 2025 issue | 9 min read").
const MAX_BAR_WORDS: usize = 28;
const MAX_BAR_PART_WORDS: usize = 7;

/// A line set out in short parts between `separators`, not too long in all.
/// One pass counts the line's words (a separator glued to a word is of
/// it) and the current part's, and stops at the first bound passed: a
/// paragraph without a separator is turned away at its eighth word (one
/// part too long), where three passes read its first 29 words, then the
/// line for a separator, then its parts.
pub(super) fn is_short_bar(line: &str, separators: &[char]) -> bool {
    let (mut words, mut part_words) = (0, 0);
    let (mut in_word, mut in_part_word, mut parted) = (false, false, false);
    for c in line.chars() {
        if c.is_whitespace() {
            (in_word, in_part_word) = (false, false);
            continue;
        }
        if !in_word {
            in_word = true;
            words += 1;
            if words > MAX_BAR_WORDS {
                return false;
            }
        }
        if separators.contains(&c) {
            (parted, part_words, in_part_word) = (true, 0, false);
        } else if !in_part_word {
            in_part_word = true;
            part_words += 1;
            if part_words > MAX_BAR_PART_WORDS {
                return false;
            }
        }
    }
    parted
}

impl Page<'_> {
    /// Each tool bar (see [`is_tool_bar`]) not yet marked.
    pub(super) fn mark_tool_bars(&mut self) {
        for i in 0..self.lines.len() {
            if !self.shapes[i].blank
                && !self.clutter[i]
                && !self.shapes[i].sentence
                && is_tool_bar(self.line(i))
            {
                self.clutter[i] = true;
            }
        }
    }

    /// A rule with furniture under it and nothing else.
    pub(super) fn mark_trailing_rules(&mut self) {
        let mut furniture_after = false;
        for i in (0..self.lines.len()).rev() {
            if self.shapes[i].blank {
                continue;
            }
            if !self.clutter[i] {
                if furniture_after && is_rule(self.line(i)) {
                    self.clutter[i] = true;
                } else {
                    return;
                }
            }
            furniture_after = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{BODY, boiler_text};
    use super::*;

    #[test]
    fn a_tool_bar_with_a_prompt_among_its_parts_is_cut() {
        assert!(is_tool_bar(
            "> Saved to **Reading list** · Archive · Favourite · Share"
        ));
        assert!(is_tool_bar("Saved 3 Feb 2025 · 🎧 Listen to this article"));
        assert!(!is_tool_bar("By Ada Lind · 4 min read"));
        assert!(!is_tool_bar("| Ostra Marine | 51% | $612 million |"));
        assert!(!is_tool_bar("Ostra rose 3%. Share this · Lund"));
        let text = format!("Saved 3 Feb 2025 · Listen to this article\n\n{BODY}");
        assert_eq!(
            boiler_text(&text),
            ["Saved 3 Feb 2025 · Listen to this article"]
        );
    }

    /// The three passes [`is_short_bar`] makes in one.
    fn short_bar_in_passes(line: &str, separators: &[char]) -> bool {
        line.split_whitespace().nth(MAX_BAR_WORDS).is_none()
            && line.contains(separators)
            && line
                .split(separators)
                .all(|part| part.split_whitespace().count() <= MAX_BAR_PART_WORDS)
    }

    #[test]
    fn a_short_bar_is_read_in_one_pass_as_in_three() {
        let seps = ['·', '|', '•'];
        let eight = "one two three four five six seven eight";
        let long = "word ".repeat(28);
        let lines = [
            "By Ada Lind | Photographs by Bo Sand | From the May 2025 issue | 9 min read",
            "By Ada Lind|Lund•Updated 4 May 2026, 17:40 CET",
            "Ostra Marine rose three per cent on Tuesday after the bank said",
            "a|b c d e f g h",
            "|a b c d e f g",
            "a b c d e f g h · i",
            "i · a b c d e f g h",
            "\u{a0}Lund\u{2003}·\u{a0}4 min read\u{3000}",
            "·",
            " | ",
            "",
            "no separator",
            &format!("{eight} | x"),
            &format!("{long}| x"),
            &format!("{}| x", "word ".repeat(27)),
            &format!("{}·", "a · ".repeat(14)),
            &format!("{}·", "a · ".repeat(15)),
        ];
        for line in lines {
            assert_eq!(
                is_short_bar(line, &seps),
                short_bar_in_passes(line, &seps),
                "{line:?}"
            );
        }
        assert!(is_short_bar("By Ada Lind · 4 min read", &seps));
        assert!(!is_short_bar(&format!("{eight} | x"), &seps));
    }

    #[test]
    fn a_rule_over_furniture_only_is_cut() {
        let text = format!("{BODY}\n---\n\nShare this article\n");
        assert_eq!(boiler_text(&text), ["---\n\nShare this article"]);
        // A rule between two parts of the story stays.
        let text = format!("{BODY}\n---\n\n{BODY}");
        assert!(boiler_text(&text).is_empty());
        assert!(is_rule("---") && is_rule("* * *") && !is_rule("-"));
    }
}
