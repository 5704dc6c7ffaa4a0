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

use crate::lang::SegmentWords;
use crate::model::Span;

mod wrap;
use wrap::{is_abbreviation, wraps_a_line};

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
// Angle brackets are the wire's mark for a company name or a ticker
// ("<Quarnby Holdings Inc> said", "Tellwick Corp <TLW>"): never part of a word.
const OPENERS: &[char] = &['"', '“', '‘', '\'', '(', '[', '{', '«', '„', '*', '<'];
const CLOSERS: &[char] = &[
    '"', '”', '’', '\'', ')', ']', '}', '»', '.', ',', ';', ':', '!', '?', '…', '*', '>',
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
                    | b'<'
                    | b'>'
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
            // The wire's angle brackets around a company name or a ticker.
            (
                "<Quarnby Holdings Inc> bid for Tellwick Corp <TLW>.",
                &[
                    "<", "Quarnby", "Holdings", "Inc", ">", "bid", "for", "Tellwick", "Corp", "<",
                    "TLW", ">", ".",
                ],
            ),
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
            "~",
        ] {
            assert!(is_plain(chunk), "{chunk}");
            let (mut plain, mut marked) = (Vec::new(), Vec::new());
            split_chunk(&words, chunk, 7, false, &mut plain);
            split_marked(&words, chunk, 7, false, &mut marked);
            assert_eq!(plain, marked, "{chunk}");
        }
        for chunk in [
            "Acme's", "U.S.", "(Acme", "Acme)", "Zürich", "a—b", "“A”", "x*", "<b>",
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
