//! The words of a text read backwards from an end, the same words as
//! `text.split_whitespace().rev()`. Many steps read the few words before a
//! name ("analyst Jo Tarn of …"); the standard iterator decodes each
//! character and asks whether it is whitespace, where an ASCII byte (most
//! of an article) needs one compare.

/// The words of `text`, last first: `text.split_whitespace().rev()`.
pub fn words_back(text: &str) -> WordsBack<'_> {
    WordsBack { rest: text }
}

/// The last word of `text` and where it starts, when no line break comes
/// after it; `None` when one does, or `text` holds no word. The same as
/// trimming the whitespace off the end, looking for a line break in what
/// was trimmed and taking the first of [`words_back`], with the trailing
/// ASCII whitespace skipped a byte at a time (most words are followed by
/// one space): a character at a time only past whitespace outside ASCII.
pub fn last_word_on_line(text: &str) -> Option<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    let mut line_break = false;
    while end > 0 && ascii_space(bytes[end - 1]) {
        line_break |= bytes[end - 1] == b'\n';
        end -= 1;
    }
    if end > 0 && !bytes[end - 1].is_ascii() {
        end = text.trim_end().len();
        line_break = text[end..].contains('\n');
    }
    if line_break {
        return None;
    }
    let word = words_back(&text[..end]).next()?;
    Some((end - word.len(), word))
}

/// The iterator of [`words_back`].
#[derive(Debug, Clone)]
pub struct WordsBack<'t> {
    /// The text before the words given so far.
    rest: &'t str,
}

/// True for the ASCII whitespace of `char::is_whitespace` (which, unlike
/// `u8::is_ascii_whitespace`, counts the vertical tab).
#[inline]
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ')
}

impl<'t> Iterator for WordsBack<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let text = self.rest;
        let bytes = text.as_bytes();
        // The word's end: past the whitespace after it, skipped an ASCII
        // byte at a time, a character at a time outside ASCII.
        let mut end = bytes.len();
        loop {
            let Some(i) = bytes[..end].iter().rposition(|&b| !ascii_space(b)) else {
                self.rest = "";
                return None;
            };
            end = i + 1;
            if bytes[i].is_ascii() {
                break;
            }
            // What follows byte `i` is ASCII or nothing: a character ends there.
            let c = text[..end].chars().next_back()?;
            if !c.is_whitespace() {
                break;
            }
            end -= c.len_utf8();
        }
        // Its start: after the whitespace before it, or the text's start.
        let mut start = end;
        while start > 0 {
            let Some(i) = bytes[..start]
                .iter()
                .rposition(|&b| ascii_space(b) || !b.is_ascii())
            else {
                start = 0;
                break;
            };
            if bytes[i].is_ascii() {
                start = i + 1;
                break;
            }
            // What follows byte `i` is ASCII or the word: a character ends there.
            let c = text[..=i].chars().next_back()?;
            if c.is_whitespace() {
                start = i + 1;
                break;
            }
            start = i + 1 - c.len_utf8();
        }
        self.rest = &text[..start];
        Some(&text[start..end])
    }
}

#[cfg(test)]
mod tests {
    use super::{last_word_on_line, words_back};

    /// [`last_word_on_line`] as it was first written, trimming a
    /// character at a time.
    fn last_word_trimmed(text: &str) -> Option<(usize, &str)> {
        let end = text.trim_end().len();
        if text[end..].contains('\n') {
            return None;
        }
        let word = words_back(&text[..end]).next()?;
        Some((end - word.len(), word))
    }

    #[test]
    fn the_last_word_on_a_line_is_the_trimmed_texts() {
        let cases = [
            ("", None),
            ("  ", None),
            ("analyst Jo Tarn ", Some((11, "Tarn"))),
            ("the chief\n", None),
            ("the chief \t", Some((4, "chief"))),
            ("der Müller\u{A0}", Some((4, "Müller"))),
            ("der Müller\u{A0}\n ", None),
            ("café\u{3000}", Some((0, "café"))),
        ];
        for (text, want) in cases {
            assert_eq!(last_word_on_line(text), want, "{text:?}");
            assert_eq!(last_word_trimmed(text), want, "{text:?}");
        }
    }

    #[test]
    fn the_same_words_as_the_standard_split_reversed() {
        for text in [
            "",
            " ",
            "one",
            "analyst Jo Tarn of",
            "  two  spaces\tand a tab\n",
            "no\u{0B}vertical tab\u{0C}feed\rreturn",
            "non\u{A0}breaking and\u{2009}thin\u{3000}ideographic",
            "Müller’s café — naïve\u{85}next line",
            "\u{A0}\u{A0}",
            "ends with a space ",
        ] {
            let want: Vec<&str> = text.split_whitespace().rev().collect();
            let got: Vec<&str> = words_back(text).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn stops_when_asked_and_resumes_where_it_stopped() {
        let mut words = words_back("the Oslo shipowner Varnak");
        assert_eq!(words.next(), Some("Varnak"));
        assert_eq!(words.next(), Some("shipowner"));
        assert_eq!(words.clone().nth(1), Some("the"));
        assert_eq!(words.next(), Some("Oslo"));
        assert_eq!(words.next(), Some("the"));
        assert_eq!(words.next(), None);
        assert_eq!(words.next(), None);
    }

    #[test]
    fn the_same_words_on_mixed_spaces_letters_and_wide_characters() {
        let pieces = [
            "a", "B", " ", "\t", "\u{0B}", "\u{A0}", "é", "\u{2009}", "x", "\n", "’", "\u{85}",
            "\u{3000}", "--",
        ];
        // A fixed pseudo-random walk over the pieces: the same cases each run.
        let mut seed: u64 = 12345;
        let mut step = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for _ in 0..5000 {
            let text: String = (0..step() % 12)
                .map(|_| pieces[step() % pieces.len()])
                .collect();
            let want: Vec<&str> = text.split_whitespace().rev().collect();
            assert_eq!(words_back(&text).collect::<Vec<_>>(), want, "{text:?}");
            assert_eq!(
                last_word_on_line(&text),
                last_word_trimmed(&text),
                "{text:?}"
            );
        }
    }
}
