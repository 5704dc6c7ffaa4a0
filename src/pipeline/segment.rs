//! Sentences and tokens with byte offsets into the unaltered text.
//!
//! Tokens follow CoNLL conventions so the tagger sees what it was trained on:
//! punctuation is split off, a possessive `’s` / `'s` is its own token, and
//! abbreviations keep their period (`U.S.`, `Inc.`). A line break ends a
//! sentence: in news text a line is a headline, a paragraph or a list item.
//! A hard-wrapped paragraph (a PDF or a mail turned to text) is the
//! exception: a line that ends in no sentence mark and goes on in lower
//! case ("… rose 9%\nto £1.42 billion", "soft-\nware"), or on a name or
//! figure inside a paragraph whose lines run on, does not end one.
//!
//! Takes the text (and the language's abbreviations); gives a
//! [`Segmentation`]: sorted token spans and sentences.

use crate::lang::{SegmentWords, lowercase};
use crate::model::Span;

/// A sentence: its span and the range of its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From the first token's start to the last token's end.
    pub span: Span,
    /// Indices into the token list.
    pub tokens: std::ops::Range<usize>,
}

/// Tokens and sentences of a text.
#[derive(Clone, Debug, Default)]
pub struct Segmentation {
    /// Token spans, sorted.
    pub tokens: Vec<Span>,
    /// Sentences, sorted.
    pub sentences: Vec<Sentence>,
}

impl Segmentation {
    /// Index of the first sentence that ends after `offset`: the sentence
    /// holding it, or the next one after a gap; `sentences.len()` past the last.
    pub fn sentence_index(&self, offset: usize) -> usize {
        self.sentences.partition_point(|s| s.span.end <= offset)
    }
}

// A Markdown emphasis mark (`*`) opens and closes too: "**Founded:** 1998"
// is a label and its value, never one word "**Founded:**".
const OPENERS: &[char] = &['"', '“', '‘', '\'', '(', '[', '{', '«', '„', '*'];
const CLOSERS: &[char] = &[
    '"', '”', '’', '\'', ')', ']', '}', '»', '.', ',', ';', ':', '!', '?', '…', '*',
];
const DASHES: &[char] = &['—', '–'];

/// Emoji and other pictographs (astral-plane symbols, the dingbats, the
/// joiner and variation selector that bind emoji sequences): each is a
/// token of its own, so "🎉Acme" is a symbol and a name, never one word.
fn is_pictograph(c: char) -> bool {
    let u = u32::from(c);
    (u > 0xFFFF && !c.is_alphanumeric())
        || (0x2600..=0x27BF).contains(&u)
        || u == 0x200D
        || u == 0xFE0F
}

/// A character that stands alone whatever touches it: a dash or a pictograph.
fn splits(c: char) -> bool {
    !c.is_ascii() && (DASHES.contains(&c) || is_pictograph(c))
}

fn is_abbreviation(words: &SegmentWords, word: &str) -> bool {
    let w = lowercase(word.trim_end_matches('.'));
    // Internal periods: U.S., U.K., a.m.
    (word.len() >= 3
        && word[..word.len() - 1].contains('.')
        && word.chars().filter(|c| c.is_alphabetic()).count() <= 5)
        || words.abbreviations.contains(&w)
        || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        || (word.chars().count() == 2 && word.chars().next().is_some_and(char::is_uppercase))
}

/// An abbreviated state or province with its period ("Fla.", "Calif."):
/// a word of its own after a place and a comma ("Tampa, Fla., said").
fn is_region_abbreviation(words: &SegmentWords, word: &str) -> bool {
    word.strip_suffix('.')
        .is_some_and(|w| words.region_abbreviations.contains(w))
}

/// Whether a chunk is one token as it stands: all ASCII, with no
/// opener, closer or apostrophe anywhere (most words of an article). Such
/// a chunk opens with no opener, ends with no closer, stop or possessive,
/// and holds no dash or pictograph, so [`split_marked`] gives it whole.
fn is_plain(chunk: &str) -> bool {
    chunk.bytes().all(|b| {
        b.is_ascii()
            && !matches!(
                b,
                b'"' | b'\''
                    | b'('
                    | b')'
                    | b'['
                    | b']'
                    | b'{'
                    | b'}'
                    | b'*'
                    | b'.'
                    | b','
                    | b';'
                    | b':'
                    | b'!'
                    | b'?'
            )
    })
}

/// Splits one whitespace-free chunk at `offset` into tokens; `after_comma`
/// when the chunk before it ends in a comma.
fn split_chunk(
    words: &SegmentWords,
    text: &str,
    offset: usize,
    after_comma: bool,
    out: &mut Vec<Span>,
) {
    if is_plain(text) {
        out.push(Span::new(offset, offset + text.len()));
    } else {
        split_marked(words, text, offset, after_comma, out);
    }
}

/// [`split_chunk`] of a chunk with punctuation or a character outside ASCII.
fn split_marked(
    words: &SegmentWords,
    text: &str,
    offset: usize,
    after_comma: bool,
    out: &mut Vec<Span>,
) {
    let mut start = offset;
    let mut end = offset + text.len();
    let full = |s: usize, e: usize| &text[s - offset..e - offset];
    // Leading openers, each its own token.
    while start < end {
        let Some(c) = full(start, end).chars().next() else {
            break;
        };
        if OPENERS.contains(&c) || splits(c) {
            out.push(Span::new(start, start + c.len_utf8()));
            start += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing closers, collected in reverse.
    let mut trailing: Vec<Span> = Vec::new();
    while start < end {
        let word = full(start, end);
        let Some(c) = word.chars().next_back() else {
            break;
        };
        let before = &word[..word.len() - c.len_utf8()];
        if c == '.'
            && !before.is_empty()
            && !before.ends_with('.')
            && (is_abbreviation(words, word)
                || after_comma && start == offset && is_region_abbreviation(words, word))
        {
            break;
        }
        if (c == '’' || c == '\'') && before.ends_with(['s', 'S']) && before.chars().count() > 1 {
            // Plural possessive "States’": the apostrophe is the possessive.
            trailing.push(Span::new(end - c.len_utf8(), end));
            end -= c.len_utf8();
            continue;
        }
        if CLOSERS.contains(&c) || splits(c) {
            trailing.push(Span::new(end - c.len_utf8(), end));
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    if start < end {
        let word = full(start, end);
        // Possessive clitic.
        let clitic = ["’s", "'s", "’S", "'S"]
            .iter()
            .find(|p| word.len() > p.len() && word.ends_with(*p));
        // Inner dashes split words ("Microsoft—OpenAI"), hyphens do not;
        // pictographs split them too ("Acme🚀Labs").
        let core_end = clitic.map_or(end, |p| end - p.len());
        let mut piece_start = start;
        for (i, c) in full(start, core_end).char_indices() {
            if splits(c) {
                let at = start + i;
                if at > piece_start {
                    out.push(Span::new(piece_start, at));
                }
                out.push(Span::new(at, at + c.len_utf8()));
                piece_start = at + c.len_utf8();
            }
        }
        if core_end > piece_start {
            out.push(Span::new(piece_start, core_end));
        }
        if let Some(p) = clitic {
            out.push(Span::new(core_end, core_end + p.len()));
        }
    }
    out.extend(trailing.into_iter().rev());
}

/// Tokenises a text.
pub fn tokenize(words: &SegmentWords, text: &str) -> Vec<Span> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chunk_start: Option<usize> = None;
    let mut after_comma = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // An ASCII byte is read as itself (whitespace as `char::is_whitespace`
        // has it in ASCII); a character outside ASCII is decoded.
        let (white, len) = if b.is_ascii() {
            (matches!(b, b' ' | b'\t'..=b'\r'), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if white {
            if let Some(s) = chunk_start.take() {
                split_chunk(words, &text[s..i], s, after_comma, &mut tokens);
                after_comma = text[s..i].ends_with(',');
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
        i += len;
    }
    if let Some(s) = chunk_start {
        split_chunk(words, &text[s..], s, after_comma, &mut tokens);
    }
    tokens
}

/// Splits a text into sentences and tokens.
pub fn segment(words: &SegmentWords, text: &str) -> Segmentation {
    let tokens = tokenize(words, text);
    let mut sentences = Vec::new();
    let mut first = 0;
    for i in 0..tokens.len() {
        if ends_sentence(words, text, &tokens, first, i) {
            sentences.push(Sentence {
                span: Span::new(tokens[first].start, tokens[i].end),
                tokens: first..i + 1,
            });
            first = i + 1;
        }
    }
    Segmentation { tokens, sentences }
}

/// True when token `i` is the last of the sentence that began at `first`.
fn ends_sentence(
    words: &SegmentWords,
    text: &str,
    tokens: &[Span],
    first: usize,
    i: usize,
) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return true;
    };
    let tok = tokens[i].slice(text);
    let after = next.slice(text);
    let gap = &text[tokens[i].end..next.start];
    if gap.contains('\n') {
        // "The Walt Disney Co.\nsaid Thursday": wire copy wrapped after an
        // abbreviation goes on in lower case on the next line.
        let wrapped = gap.matches('\n').count() == 1
            && tok.ends_with('.')
            && is_abbreviation(words, tok)
            && after.starts_with(|c: char| c.is_lowercase());
        return !wrapped && !wraps_a_line(words, text, tokens[i], (tok, after), gap);
    }
    let stop = matches!(tok, "." | "!" | "?" | "…");
    let abbreviation_stop = tok.ends_with('.')
        && (is_abbreviation(words, tok) || is_region_abbreviation(words, tok))
        && !words
            .never_final
            .contains_lowercase(tok.trim_end_matches('.'))
        && words.strong_openers.contains(after);
    // Closing quotes or brackets right after the stop stay in the sentence.
    let closer_follows = matches!(after, "”" | "\"" | "’" | "'" | ")" | "]");
    let quoted_stop = matches!(tok, "”" | "\"" | "’" | ")")
        && i > first
        && matches!(tokens[i - 1].slice(text), "." | "!" | "?");
    ((stop || abbreviation_stop) && !closer_follows || quoted_stop) && starts_sentence(after)
}

/// A hard-wrapped line is at most this many characters long (a printed
/// page's column, a mail's 72); a paragraph set on one line is longer.
const MAX_WRAPPED_CHARS: usize = 100;
/// A wrapped line that shows its wrap by itself (a sentence ends inside
/// it, or inside the next) has at least this many characters…
const MIN_WRAPPED_CHARS: usize = 45;
/// …and one the line above shows wrapped at least this many.
const MIN_SHORT_WRAPPED_CHARS: usize = 20;

/// "… rose 9%\nto £1.42 billion", "… Ashgrove's managing partner,
/// Eleanor\nWhitfield-Brandt, said …": a sentence of a hard-wrapped
/// paragraph (a PDF or a mail turned to text) broken at a line end, read as
/// one. The line runs on: it is no longer than such lines are and ends in
/// a word, a comma or a figure, no sentence mark. It goes on when it ends
/// in a word that leaves a sentence open ("for", "the"), when the next
/// line opens with a word in lower case ("to", "ware" of "soft-\nware")
/// that is no label ("date: …"), or — for a name broken in two, or a
/// figure, on the next line — when a sentence ends inside the line, or
/// inside the next line or the line above when that runs on too; a
/// headline over a standfirst, a date line or a lead is none of these, and
/// a word that opens sentences ("The") on the next line opens one.
fn wraps_a_line(
    words: &SegmentWords,
    text: &str,
    tok_span: Span,
    (tok, after): (&str, &str),
    gap: &str,
) -> bool {
    let word_end = tok
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '-' | '%'));
    if gap.matches('\n').count() != 1 || !word_end {
        return false;
    }
    let start = text[..tok_span.start].rfind('\n').map_or(0, |n| n + 1);
    let line = &text[start..tok_span.end];
    if !runs_on(line, MIN_SHORT_WRAPPED_CHARS) || is_menu_line(line) {
        return false;
    }
    let next_start = tok_span.end + gap.len();
    let next = text[next_start..].split('\n').next().unwrap_or("");
    let label = next.get(after.len()..).is_some_and(|r| r.starts_with(':'));
    if (lower_word(after) && !label) || words.open_ends.contains(tok) {
        return true;
    }
    let figure = after
        .trim_start_matches(['$', '€', '£', '¥'])
        .starts_with(|c: char| c.is_ascii_digit());
    if !((capitalised(tok) && capitalised(after)) || figure) || words.strong_openers.contains(after)
    {
        return false;
    }
    let above = (start > 0).then(|| {
        let above_end = start - 1;
        let above_start = text[..above_end].rfind('\n').map_or(0, |n| n + 1);
        &text[above_start..above_end]
    });
    let long = line.trim().chars().count() >= MIN_WRAPPED_CHARS;
    (long
        && (inner_end(words, line) || (runs_on(next, MIN_WRAPPED_CHARS) && inner_end(words, next))))
        || above.is_some_and(|a| runs_on(a, MIN_SHORT_WRAPPED_CHARS) && inner_end(words, a))
}

/// A menu's or a card's line: parts set apart by bars, dots, arrows or
/// runs of spaces ("Home | Markets | Log in", "Subscribe    Sign in"),
/// never a line of a paragraph.
fn is_menu_line(line: &str) -> bool {
    ["  ", "\t", " | ", " · ", " • ", " › ", " » "]
        .iter()
        .any(|sep| line.contains(sep))
}

/// A word of a name: a capital, a letter in lower case, letters and
/// hyphens only ("Whitfield-Brandt").
fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().any(char::is_lowercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
}

/// A line of a hard-wrapped paragraph that does not end its sentence: at
/// least `least` characters, no longer than such lines are, and no
/// sentence mark, colon or closing quote at its end.
fn runs_on(line: &str, least: usize) -> bool {
    (least..=MAX_WRAPPED_CHARS).contains(&line.trim().chars().count())
        && !line
            .trim_end()
            .ends_with(['.', '!', '?', ':', ';', '"', '”', ')'])
}

/// A word all in lower case ("to", "ware", "low-margin"): it goes on a
/// sentence, where a name ("iPhone") or a figure may open one.
fn lower_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
}

/// A sentence ends inside the line: a full stop after a word in lower case
/// that is no abbreviation ("St. Martin"), a space and a capital ("… the
/// farms. The deal …").
fn inner_end(words: &SegmentWords, line: &str) -> bool {
    line.match_indices(". ").any(|(at, _)| {
        let word = line[..=at].rsplit(char::is_whitespace).next().unwrap_or("");
        line[..at].chars().last().is_some_and(char::is_lowercase)
            && !is_abbreviation(words, word)
            && line[at + 2..].starts_with(char::is_uppercase)
    })
}

fn starts_sentence(word: &str) -> bool {
    word.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_numeric() || OPENERS.contains(&c) || !c.is_alphabetic() && c != ','
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> SegmentWords {
        crate::lang::Language::english()
            .expect("English loads")
            .segment
    }

    fn toks(text: &str) -> Vec<&str> {
        tokenize(&words(), text)
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn tokens_follow_conll_conventions() {
        let cases: &[(&str, &[&str])] = &[
            ("OpenAI’s cloud.", &["OpenAI", "’s", "cloud", "."]),
            ("the U.S. market", &["the", "U.S.", "market"]),
            (
                "(Reuters) said: “yes”",
                &["(", "Reuters", ")", "said", ":", "“", "yes", "”"],
            ),
            (
                "the United States’ position",
                &["the", "United", "States", "’", "position"],
            ),
            ("Coca-Cola Co. rose 5%", &["Coca-Cola", "Co.", "rose", "5%"]),
            // A capitalised state keeps its period; a lower-case word not.
            ("Tampa, Fla., said", &["Tampa", ",", "Fla.", ",", "said"]),
            ("fell ill.", &["fell", "ill", "."]),
            ("Sole 24 Ore.", &["Sole", "24", "Ore", "."]),
            ("Zürich—Genève", &["Zürich", "—", "Genève"]),
            ("$1 billion, €2m", &["$1", "billion", ",", "€2m"]),
            // Emoji never glue onto a word, whichever side they touch.
            ("🎉Acme Labs", &["🎉", "Acme", "Labs"]),
            ("Acme🚀 rose", &["Acme", "🚀", "rose"]),
            ("Zürich👍🏽Bank", &["Zürich", "👍", "🏽", "Bank"]),
            ("a ❤\u{fe0f}Acme", &["a", "❤", "\u{fe0f}", "Acme"]),
            ("𝐀cme", &["𝐀cme"]),
            // Markdown emphasis around a label and a name.
            (
                "**Seat:** Brakvik *Øst*",
                &["*", "*", "Seat", ":", "*", "*", "Brakvik", "*", "Øst", "*"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&toks(text), want, "{text}");
        }
    }

    #[test]
    fn sentences_split_at_stops_and_lines() {
        let text =
            "Mr. Smith met Dr. Jones in the U.S. on Monday. It rained.\r\nHeadline Here\nLast one?";
        let seg = segment(&words(), text);
        let got: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(text)).collect();
        assert_eq!(
            got,
            vec![
                "Mr. Smith met Dr. Jones in the U.S. on Monday.",
                "It rained.",
                "Headline Here",
                "Last one?"
            ]
        );
    }

    #[test]
    fn a_line_wrapped_after_an_abbreviation_goes_on() {
        let text =
            "Brandt & Co.\nsaid it won.\nThe Kelvane Co.\n\nwhat next\nKelvane Inc.\nTarn Ltd.";
        let seg = segment(&words(), text);
        let got: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(text)).collect();
        assert_eq!(
            got,
            vec![
                "Brandt & Co.\nsaid it won.",
                "The Kelvane Co.",
                "what next",
                "Kelvane Inc.",
                "Tarn Ltd."
            ]
        );
    }

    #[test]
    fn a_name_wrapped_over_a_printed_column_s_line_end_is_one_sentence() {
        let text = "Ostra Marine will buy the yard for $18 million. Its chair, Ingrid\nMaddox-Whyte, said the deal was done.\nThe yard has built tugs for years. The filing was made by its\nowners and its lender, Pieter\nVan Dam, who advised them.\nQuayside was set up in 2017 by the brothers Ivo and Anders\nGrett in Lund. Ostra Marine bought the yard from them in\n2024.\n";
        let seg = segment(&words(), text);
        let got: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(text)).collect();
        assert!(
            got.contains(&"Its chair, Ingrid\nMaddox-Whyte, said the deal was done."),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|s| s.ends_with("Pieter\nVan Dam, who advised them.")),
            "{got:?}"
        );
        assert!(
            got.iter().any(|s| s.ends_with("Anders\nGrett in Lund.")),
            "{got:?}"
        );
        // A headline over its standfirst, and that over a date line, stay
        // apart.
        let text = "Ostra Marine sells half of its Lund tug yard to Quayside for €18 million\nThe Lund group will use the money to build tugs in Brakvik and Tarn\nLund - 15 May 2024 - 09:40 CEST\n";
        assert_eq!(segment(&words(), text).sentences.len(), 3);
        // A headline over a lead of two sentences stays apart.
        let text = "Tug maker Ostra Marine wins order from Norway's Quayside\nOstra Marine will build four tugs for the ferry line Quayside. Quayside runs 30 ferries.\n";
        assert_eq!(segment(&words(), text).sentences.len(), 3);
        // An abbreviation's full stop ends no sentence inside the line.
        let text = "Church services this Sunday\nLund, St. Martin church: 10:00 Mass in Romansh with Ivo Grett\nOstra beat the incumbent, the Lund blasting firm Tarn Spreng AG, which had held the contract since 2012.\n";
        assert_eq!(segment(&words(), text).sentences.len(), 3);
        // A credit's name ends its line when the next opens a sentence.
        let text = "Photo: A stack at the Boden test site of the yard. Credit: Ostra Marine\nThe Lund Energy Agency pledged 1.1 billion crowns.\n";
        let seg = segment(&words(), text);
        assert_eq!(seg.sentences.len(), 3, "{:?}", seg.sentences);
    }

    #[test]
    fn a_printed_paragraph_s_line_ends_go_on_in_lower_case() {
        let text = "2024 was a good year for Ostra. Group revenue rose 9%\nto €1.4 billion, and in July we bought Brakvik Data, a provider of soft-\nware for insurers.\n\nIn March we sold our print division to Tarn Partners for\n€48 million, completing our exit from low-\nmargin work.\n";
        let seg = segment(&words(), text);
        let got: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(text)).collect();
        assert_eq!(
            got,
            vec![
                "2024 was a good year for Ostra.",
                "Group revenue rose 9%\nto €1.4 billion, and in July we bought Brakvik Data, a provider of soft-\nware for insurers.",
                "In March we sold our print division to Tarn Partners for\n€48 million, completing our exit from low-\nmargin work."
            ]
        );
        let text = "Its chair said the group would invest in its yards in\nLund and Brakvik and had no plans to close any.\n";
        assert_eq!(segment(&words(), text).sentences.len(), 1);
        // A short line, a line with a sentence mark, a name in lower case
        // ("iPhone") and a blank line between end their sentences.
        for text in [
            "Share this\nemail the editor\n",
            "Ostra Marine buys the Lund yard.\nthe deal closes in May.\n",
            "Ostra Marine buys the Lund tug yard\niPhone maker Tarn sells its stake\n",
            "Ostra Marine buys the Lund tug yard for\n\nthe deal closes in May.\n",
            "author: Ada Lind of the Lund Ledger\ndate: 2024-05-04\n",
            "Home | Markets | Companies | Log in\nOstra Marine buys the Lund yard\n",
            "Surselva Post · Menu · Search · Log in\nsnow report for today\n",
        ] {
            assert_eq!(segment(&words(), text).sentences.len(), 2, "{text}");
        }
    }

    #[test]
    fn spans_are_char_boundaries() {
        let text = "東京 😀 e\u{301}tude, “x”.";
        for s in tokenize(&words(), text) {
            assert!(Span::checked(text, s.start, s.end).is_some());
        }
    }

    #[test]
    fn plain_chunks_split_as_marked_ones_do() {
        let words = words();
        for chunk in [
            "Acme",
            "2026",
            "well-known",
            "-",
            "--",
            "a/b",
            "$5",
            "5%",
            "R&D",
            "#1",
            "x_y",
            "@ada",
            "<b>",
            "~",
        ] {
            assert!(is_plain(chunk), "{chunk}");
            let (mut plain, mut marked) = (Vec::new(), Vec::new());
            split_chunk(&words, chunk, 7, false, &mut plain);
            split_marked(&words, chunk, 7, false, &mut marked);
            assert_eq!(plain, marked, "{chunk}");
        }
        for chunk in [
            "Acme's", "U.S.", "(Acme", "Acme)", "Zürich", "a—b", "“A”", "x*",
        ] {
            assert!(!is_plain(chunk), "{chunk}");
        }
        // Whitespace outside ASCII parts chunks as it did.
        let text = "Ostra\u{a0}Bank\u{2003}rose  \u{b}\u{c}Lind\u{85}x\u{1f}y";
        let expected: Vec<&str> = text
            .split(char::is_whitespace)
            .filter(|w| !w.is_empty())
            .collect();
        assert_eq!(toks(text), expected);
    }
}
