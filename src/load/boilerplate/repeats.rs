//! A pull quote: a quotation set apart in large type that repeats, word for
//! word, what a paragraph of the story quotes. It is the page's design, not
//! a second statement. So is a reading app's highlight, a blockquote that
//! repeats a sentence of the story.

use super::Page;

/// Up to this many quotes, each is looked for line by line; more (a long
/// page) are looked for in one search of each line, whose automaton costs
/// more to build than a few searches.
const FEW_QUOTES: usize = 4;
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

/// The text of a Markdown blockquote line ("> We need the chips."), when
/// the line is one.
fn quoted_block(line: &str) -> Option<&str> {
    line.trim_start().strip_prefix('>').map(str::trim)
}

/// What a set-apart line quotes: a quotation (see [`quotation`]), or a
/// blockquote's whole text of at least [`MIN_QUOTE_WORDS`] words (a
/// reading app's highlight, "> The round values Ostra at $4 billion."),
/// lower-cased, without its closing punctuation.
fn set_apart(line: &str) -> Option<String> {
    let Some(block) = quoted_block(line) else {
        return quotation(line);
    };
    quotation(block).or_else(|| {
        let text = block
            .trim_matches(['*', '_'])
            .trim_end_matches(['.', '!', '?', ';', '…']);
        (text.split_whitespace().count() >= MIN_QUOTE_WORDS).then(|| lower(text))
    })
}

/// Lower-cased, with curly apostrophes straight.
fn lower(text: &str) -> String {
    text.to_lowercase().replace(['’', '‘'], "'")
}

/// A pull quote's credit on the line under it is at most this many words
/// ("— Ivo Grett, Ostra Marine").
const MAX_CITE_WORDS: usize = 8;

/// A credit set under a quote: a dash, then a capitalised name and perhaps
/// its firm, no sentence ("— Ivo Grett", "– Ada Lind, Lund Ledger").
fn is_cite(line: &str) -> bool {
    let Some(rest) = line.trim().strip_prefix(['—', '–', '-']) else {
        return false;
    };
    let rest = rest.trim();
    (1..=MAX_CITE_WORDS).contains(&rest.split_whitespace().count())
        && rest.starts_with(char::is_uppercase)
        && !rest.ends_with(['.', '!', '?'])
}

impl Page<'_> {
    /// Pull quotes (see [`Page::mark_pull_quote_lines`]) and the credit
    /// set on the line under each ("— Ivo Grett").
    pub(super) fn mark_pull_quotes(&mut self) {
        let before = self.clutter.clone();
        self.mark_pull_quote_lines();
        for (i, was) in before.iter().enumerate() {
            if !self.clutter[i] || *was {
                continue;
            }
            if let Some(n) = self.next(i).filter(|&n| is_cite(self.line(n))) {
                self.clutter[n] = true;
            }
        }
    }

    /// A line that opens with a quotation mark and quotes what a longer
    /// sentence of the story, not furniture, quotes too. A headline that
    /// quotes the story stays, and says nothing of the story's lines.
    fn mark_pull_quote_lines(&mut self) {
        let title = self.title_line();
        let quotes: Vec<(usize, String)> = (0..self.lines.len())
            .filter(|&i| !self.shapes[i].blank && !self.clutter[i] && Some(i) != title)
            .filter_map(|i| set_apart(self.line(i)).map(|q| (i, q)))
            .collect();
        if quotes.is_empty() {
            return;
        }
        // A blockquote is measured by its quotation alone: a reading app's
        // highlight repeats a sentence without quotation marks.
        let shortest = |page: &Self, i: usize, quote: &str| {
            if quoted_block(page.line(i)).is_some() {
                quote.len()
            } else {
                page.line(i).len()
            }
        };
        if quotes.len() <= FEW_QUOTES {
            for (i, quote) in quotes {
                let shortest = shortest(self, i, &quote);
                let repeated = (0..self.lines.len()).any(|j| {
                    j != i
                        && Some(j) != title
                        && self.shapes[j].sentence
                        && !self.clutter[j]
                        && quoted_block(self.line(j)).is_none()
                        && self.line(j).len() > shortest
                        && lower(self.line(j)).contains(&quote)
                });
                if repeated {
                    self.clutter[i] = true;
                }
            }
            return;
        }
        // Each line that may repeat a quote is lower-cased once and searched
        // once for every quote at a time: a scan of every line per quote was
        // quadratic in a long page's length.
        let mut patterns: Vec<&str> = Vec::new();
        let mut holders: Vec<Vec<usize>> = Vec::new();
        let mut ids: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
        for (k, (_, quote)) in quotes.iter().enumerate() {
            let id = *ids.entry(quote.as_str()).or_insert_with(|| {
                patterns.push(quote.as_str());
                holders.push(Vec::new());
                patterns.len() - 1
            });
            holders[id].push(k);
        }
        // A contiguous NFA: built for one page and read over its sentences
        // once, where the default (a DFA for few quotes) cost more to
        // build than the search it sped up.
        let searcher = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(&patterns);
        let Ok(searcher) = searcher else {
            return;
        };
        let shortest: Vec<usize> = quotes.iter().map(|(i, q)| shortest(self, *i, q)).collect();
        // For each quote, the lines that repeat it, in any order.
        let mut repeats: Vec<Vec<usize>> = vec![Vec::new(); quotes.len()];
        for j in 0..self.lines.len() {
            if Some(j) == title
                || !self.shapes[j].sentence
                || self.clutter[j]
                || quoted_block(self.line(j)).is_some()
            {
                continue;
            }
            let line = self.line(j);
            let lowered = lower(line);
            let mut found: Vec<usize> = searcher
                .find_overlapping_iter(&lowered)
                .map(|m| m.pattern().as_usize())
                .collect();
            found.sort_unstable();
            found.dedup();
            for id in found {
                for &k in &holders[id] {
                    let i = quotes[k].0;
                    if j != i && line.len() > shortest[k] {
                        repeats[k].push(j);
                    }
                }
            }
        }
        // In text order: a quote already cut repeats no later one.
        for (k, (i, _)) in quotes.iter().enumerate() {
            if repeats[k].iter().any(|&j| !self.clutter[j]) {
                self.clutter[*i] = true;
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
    fn a_pull_quote_s_credit_under_it_goes_with_it() {
        let text = format!(
            "{LEAD}“Owning our tugs makes the harbour safer”\n— Ivo Grett, Quayside Ferries\n\n“Owning our tugs makes the harbour safer, and cheaper,” Quayside's chief executive Ivo Grett told reporters.\n\n— Ostra Marine said the tugs would be built in Lund.\n"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("— Ivo Grett, Quayside Ferries"), "{b}");
        assert!(
            !b.contains("told reporters") && !b.contains("built in Lund"),
            "{b}"
        );
        assert!(super::is_cite("– Ada Lind"));
        assert!(!super::is_cite("- the yard said."));
    }

    #[test]
    fn a_highlight_repeating_the_story_is_cut() {
        let text = format!(
            "{LEAD}Ostra will build the tugs in Lund. The yard employs 300 people.\n\n---\n\n> Ostra will build the tugs in Lund.\n\n> \"Owning our tugs makes the harbour safer\"\n\n\"Owning our tugs makes the harbour safer,\" Ivo Grett said.\n"
        );
        let b = boiler_text(&text).join("\n");
        assert!(b.contains("> Ostra will build"), "{b}");
        assert!(b.contains("> \"Owning"), "{b}");
        // A blockquote said once stays.
        let text = format!("{LEAD}> Ostra will build the tugs in Lund next year.\n");
        assert!(boiler_text(&text).is_empty(), "{:?}", boiler_text(&text));
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
