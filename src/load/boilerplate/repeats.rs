//! A pull quote: a quotation set apart in large type that repeats, word for
//! word, what a paragraph of the story quotes. It is the page's design, not
//! a second statement.

use super::Page;

/// A pull quote quotes at least this many words.
const MIN_QUOTE_WORDS: usize = 5;
/// Words outside the quotation marks (an attribution, "— Ivo Grett").
const MAX_ATTRIBUTION_WORDS: usize = 4;

/// The quotation of a line that opens with a quotation mark, lower-cased,
/// without its closing punctuation, when the rest of the line is short.
fn quotation(line: &str) -> Option<String> {
    let t = line.trim();
    let open = t.chars().next().filter(|c| matches!(c, '“' | '"' | '‘'))?;
    let rest = &t[open.len_utf8()..];
    let close = rest.find(['”', '"', '’']).filter(|&c| c > 0);
    let (quoted, after) = match close {
        Some(c) => (&rest[..c], &rest[c..]),
        None => (rest, ""),
    };
    let quoted = quoted
        .trim()
        .trim_end_matches([',', '.', '!', '?', ';', '…']);
    let attribution = after
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    (quoted.split_whitespace().count() >= MIN_QUOTE_WORDS && attribution <= MAX_ATTRIBUTION_WORDS)
        .then(|| lower(quoted))
}

/// Lower-cased, with curly apostrophes straight.
fn lower(text: &str) -> String {
    text.to_lowercase().replace(['’', '‘'], "'")
}

impl Page<'_> {
    /// A line that opens with a quotation mark and quotes what a longer
    /// sentence of the story, not furniture, quotes too. A headline that
    /// quotes the story stays, and says nothing of the story's lines.
    pub(super) fn mark_pull_quotes(&mut self) {
        let title = self.title_line();
        let quotes: Vec<(usize, String)> = (0..self.lines.len())
            .filter(|&i| !self.shapes[i].blank && !self.clutter[i] && Some(i) != title)
            .filter_map(|i| quotation(self.line(i)).map(|q| (i, q)))
            .collect();
        if quotes.is_empty() {
            return;
        }
        for (i, quote) in quotes {
            let repeated = (0..self.lines.len()).any(|j| {
                j != i
                    && Some(j) != title
                    && self.shapes[j].sentence
                    && !self.clutter[j]
                    && self.line(j).len() > self.line(i).len()
                    && lower(self.line(j)).contains(&quote)
            });
            if repeated {
                self.clutter[i] = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{LEAD, boiler_text};
    use super::*;

    #[test]
    fn a_pull_quote_repeating_the_story_is_cut() {
        let text = format!(
            "{LEAD}“Owning our tugs makes the harbour safer” — Ivo Grett\n\n“Owning our tugs makes the harbour safer, and cheaper,” Quayside's chief executive Ivo Grett told reporters.\n"
        );
        let b = boiler_text(&text);
        assert_eq!(b, ["“Owning our tugs makes the harbour safer” — Ivo Grett"]);
    }

    #[test]
    fn a_quotation_said_once_stays() {
        let text = format!(
            "{LEAD}“Owning our tugs makes the harbour safer and cheaper,” said Ivo Grett, Quayside's chief executive.\n\nOstra said the tugs would be built in Lund.\n"
        );
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
        let text = format!(
            "“Owning our tugs makes the harbour safer”: Quayside buys two\n\n{LEAD}“Owning our tugs makes the harbour safer,” said Ivo Grett.\n"
        );
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
        assert_eq!(quotation("“Too short,” he said."), None);
        assert_eq!(
            quotation("\"We will build them in Lund\""),
            Some("we will build them in lund".to_string())
        );
    }
}
