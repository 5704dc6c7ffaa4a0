//! Word lists and tables read from a language's files.

use std::borrow::Cow;

use rustc_hash::FxHashSet;

use super::short_words::{SHORT as SHORT_WORD, ShortWords};
use super::{LangError, Source};

/// An ordered list of words or phrases with O(1) membership.
///
/// Order is the file's: stages that try entries in turn (longest first, say)
/// keep the order the file gives.
#[derive(Debug, Clone, Default)]
pub struct WordList {
    entries: Vec<String>,
    /// The entries as sets, boxed: a language holds hundreds of lists,
    /// and a list small to move keeps a debug build's frames small.
    lookup: Box<Lookup>,
    /// The byte lengths and first bytes of the entries: most words a stage
    /// asks about have neither, and are turned away before hashing (the
    /// relation patterns ask every list about every word of a sentence).
    shape: Shape,
}

/// The entries of a [`WordList`] for look-ups.
#[derive(Debug, Clone, Default)]
struct Lookup {
    set: FxHashSet<String>,
    /// The entries of at most eight bytes again, each as one integer: the
    /// look-up of a short word (most words asked about) compares integers.
    short: ShortWords,
}

/// A cheap over-approximation of a set of strings: bit `n` of `lengths`
/// for every entry of `n` bytes (63 for any longer), bit `b` of `firsts`
/// for every entry's first byte `b` and of `lasts` for its last byte (the
/// empty string has neither).
#[derive(Debug, Clone, Copy, Default)]
struct Shape {
    lengths: u64,
    firsts: [u64; 4],
    lasts: [u64; 4],
}

impl Shape {
    fn length_bit(len: usize) -> u64 {
        1 << len.min(63)
    }

    fn add(&mut self, entry: &str) {
        self.lengths |= Self::length_bit(entry.len());
        if let Some(&b) = entry.as_bytes().first() {
            self.firsts[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        if let Some(&b) = entry.as_bytes().last() {
            self.lasts[usize::from(b >> 6)] |= 1 << (b & 63);
        }
    }

    /// False when no entry can be `word`; true when one may be. The last
    /// byte turns away nearly a third of the words a list's lengths and
    /// first bytes let by (585 K look-ups on 216 dev texts, now 413 K).
    #[inline]
    fn may_hold(&self, word: &[u8]) -> bool {
        self.may_hold_shape(word.len(), word.first().copied())
            && word.last().is_none_or(|&b| self.may_close(b))
    }

    /// [`Shape::may_hold`] of a word of `len` bytes starting with `first`.
    #[inline]
    fn may_hold_shape(&self, len: usize, first: Option<u8>) -> bool {
        self.lengths & Self::length_bit(len) != 0 && first.is_none_or(|b| self.may_open(b))
    }

    /// False when no entry opens with byte `b`.
    #[inline]
    fn may_open(&self, b: u8) -> bool {
        self.firsts[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }

    /// False when no entry ends with byte `b`.
    #[inline]
    fn may_close(&self, b: u8) -> bool {
        self.lasts[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }
}

impl WordList {
    /// Reads `path` from `source`.
    pub fn load(source: &dyn Source, path: &str) -> Result<Self, LangError> {
        Ok(Self::parse(&source.text(path)?))
    }

    /// Parses the text of a list file.
    pub fn parse(text: &str) -> Self {
        Self::from_entries(lines(text).map(|(_, l)| l.to_owned()))
    }

    /// A list of the given entries (tests, derived lists).
    pub fn from_entries(entries: impl IntoIterator<Item = String>) -> Self {
        let entries: Vec<String> = entries.into_iter().collect();
        let set = entries.iter().cloned().collect();
        let short = ShortWords::new(entries.iter().map(String::as_str));
        let mut shape = Shape::default();
        for entry in &entries {
            shape.add(entry);
        }
        Self {
            entries,
            lookup: Box::new(Lookup { set, short }),
            shape,
        }
    }

    /// True when `word` is an entry, compared exactly. The shape check is
    /// inlined where the list is asked: it turns most words away without a
    /// call.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.shape.may_hold(word.as_bytes()) && self.holds(word)
    }

    /// The hash look-up behind [`WordList::contains`], kept out of line.
    #[inline(never)]
    fn holds(&self, word: &str) -> bool {
        if word.len() <= SHORT_WORD {
            self.lookup.short.contains(word.as_bytes())
        } else {
            self.holds_long(word)
        }
    }

    /// The hash look-up of a word longer than the short table's.
    #[inline(never)]
    fn holds_long(&self, word: &str) -> bool {
        self.lookup.set.contains(word)
    }

    /// True when the lower case of `word` is an entry: the same answer as
    /// `contains(&word.to_lowercase())`, without allocating for a short
    /// ASCII word (where lower case is ASCII lower case). A word whose
    /// first byte, lowered, opens no entry is turned away here, inlined:
    /// an ASCII first character lowers to the first byte of the lower case.
    #[inline]
    pub fn contains_lowercase(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            Some(&b) if b.is_ascii() && !self.shape.may_open(b.to_ascii_lowercase()) => false,
            _ => self.holds_lowercase(word),
        }
    }

    /// The look-up behind [`WordList::contains_lowercase`], kept out of line.
    #[inline(never)]
    fn holds_lowercase(&self, word: &str) -> bool {
        const SHORT: usize = 32;
        if word.len() <= SHORT && word.is_ascii() {
            // ASCII lower case keeps the length: the shape of the lowered
            // word is known before it is made, and turns most words away.
            let first = word.as_bytes().first().map(u8::to_ascii_lowercase);
            let last = word.as_bytes().last().map(u8::to_ascii_lowercase);
            if !self.shape.may_hold_shape(word.len(), first)
                || last.is_some_and(|b| !self.shape.may_close(b))
            {
                return false;
            }
            let mut buf = [0u8; SHORT];
            let lowered = &mut buf[..word.len()];
            lowered.copy_from_slice(word.as_bytes());
            lowered.make_ascii_lowercase();
            return if lowered.len() <= SHORT_WORD {
                self.lookup.short.contains(lowered)
            } else {
                std::str::from_utf8(lowered).is_ok_and(|w| self.holds_long(w))
            };
        }
        // A short word outside ASCII only by punctuation without case (a
        // curly apostrophe: "Keltic’s") lowers as its ASCII bytes do: on
        // the stack, not in a new string.
        if word.len() <= SHORT && caseless_past_ascii(word) {
            let mut buf = [0u8; SHORT];
            let lowered = &mut buf[..word.len()];
            lowered.copy_from_slice(word.as_bytes());
            lowered.make_ascii_lowercase();
            return std::str::from_utf8(lowered).is_ok_and(|w| self.holds(w));
        }
        self.holds(&lowercase(word))
    }

    /// The entries in file order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(String::as_str)
    }

    /// The entries in file order.
    pub fn as_slice(&self) -> &[String] {
        &self.entries
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the list has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries joined as a regex alternation (`a|b|c`), each escaped,
    /// in file order — for stages that match the list with a regex.
    pub fn alternation(&self) -> String {
        self.entries
            .iter()
            .map(|e| regex::escape(e))
            .collect::<Vec<_>>()
            .join("|")
    }
}

/// True when every character of `word` outside ASCII is one of U+2000 to
/// U+203F (spaces, dashes, quotation marks, the curly apostrophe), which
/// have no case: its lower case is then its ASCII bytes lowered.
fn caseless_past_ascii(word: &str) -> bool {
    let b = word.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        i += match x {
            0..0x80 => 1,
            0xE2 if b.get(i + 1) == Some(&0x80) => 3,
            _ => return false,
        };
    }
    true
}

/// The lower case of `word`, the same as `word.to_lowercase()`: an ASCII
/// word (most words of an article) is copied and lowered a byte at a time,
/// without the character-by-character case mapping.
pub fn lowercase(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    }
}

/// Calls `f` with the lower case of `word` as [`lowercase`] gives it, made
/// on the stack for an ASCII word of at most 64 bytes (nearly every word a
/// gazetteer is asked about): the same answer without a copy on the heap.
#[inline]
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 64;
    if word.len() <= SHORT {
        // Copied and lowered in one pass, which also finds a byte outside
        // ASCII (then the word is lowered as `lowercase` does).
        let mut buf = [0u8; SHORT];
        let mut bytes = 0u8;
        for (to, &b) in buf.iter_mut().zip(word.as_bytes()) {
            bytes |= b;
            *to = b.to_ascii_lowercase();
        }
        // ASCII lowered is ASCII, so always UTF-8.
        if bytes.is_ascii()
            && let Ok(w) = std::str::from_utf8(&buf[..word.len()])
        {
            return f(w);
        }
    }
    f(&lowercase(word))
}

/// The lower case of `word` as [`lowercase`] gives it, borrowed where that
/// is `word` itself: an ASCII word without a capital (most words of a
/// sentence) is not copied.
pub fn lowered(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(lowercase(word))
    }
}

/// Rows of tab-separated fields, in file order.
#[derive(Debug, Clone, Default)]
pub struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    /// Reads `path` from `source`; every row must have `columns` fields.
    pub fn load(source: &dyn Source, path: &str, columns: usize) -> Result<Self, LangError> {
        Self::parse(&source.text(path)?, path, columns)
    }

    /// Parses the text of a table file named `path`.
    pub fn parse(text: &str, path: &str, columns: usize) -> Result<Self, LangError> {
        let mut rows = Vec::new();
        for (number, line) in lines(text) {
            let row: Vec<String> = line.split('\t').map(|f| f.trim().to_owned()).collect();
            if row.len() != columns {
                return Err(LangError::Malformed {
                    path: path.to_owned(),
                    line: number,
                    problem: format!("{} fields, expected {columns}", row.len()),
                });
            }
            rows.push(row);
        }
        Ok(Self { rows })
    }

    /// The rows in file order.
    pub fn rows(&self) -> impl Iterator<Item = &[String]> {
        self.rows.iter().map(Vec::as_slice)
    }
}

/// A regular expression kept as data: the file's entry lines (comments and
/// blank lines skipped, each line trimmed) joined without separator, so a
/// long pattern may be broken across lines at any point; `{NAME}`
/// placeholders (capitals and `_`, two or more) are filled from `fill`, in
/// order. Regex repetitions (`{2,5}`) never look like a placeholder.
pub fn pattern(
    source: &dyn Source,
    path: &str,
    fill: &[(&str, &str)],
) -> Result<String, LangError> {
    let text = source.text(path)?;
    let joined: String = lines(&text).map(|(_, l)| l).collect();
    filled(joined, path, 0, fill)
}

/// Several regular expressions kept as data, one per entry line, each
/// filled like [`pattern`].
pub fn patterns(
    source: &dyn Source,
    path: &str,
    fill: &[(&str, &str)],
) -> Result<Vec<String>, LangError> {
    let text = source.text(path)?;
    lines(&text)
        .map(|(n, l)| filled(l.to_owned(), path, n, fill))
        .collect()
}

fn filled(
    mut out: String,
    path: &str,
    line: usize,
    fill: &[(&str, &str)],
) -> Result<String, LangError> {
    for (name, value) in fill {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    let placeholder = |s: &str| {
        let b = s.as_bytes();
        b.len() >= 2 && b.iter().all(|c| c.is_ascii_uppercase() || *c == b'_')
    };
    if let Some(open) = out.match_indices('{').map(|(i, _)| i).find(|&i| {
        out[i + 1..]
            .find('}')
            .is_some_and(|close| placeholder(&out[i + 1..i + 1 + close]))
    }) {
        return Err(LangError::Malformed {
            path: path.to_owned(),
            line,
            problem: format!("unfilled placeholder at byte {open}"),
        });
    }
    Ok(out)
}

/// `(1-based line number, trimmed line)` of every entry line.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_look_up_agrees_with_lowering_first() {
        let list = WordList::parse("the\nstraße\nσοφία\nkeltic’s\nvale–orm\n");
        for word in [
            "The",
            "THE",
            "the",
            "Thee",
            "STRASSE",
            "Straße",
            "ΣΟΦΊΑ",
            "Σοφία",
            "",
            "Keltic’s",
            "KELTIC’S",
            "Keltic’S",
            "Vale–Orm",
            "VALE—ORM",
            "“The”",
            "Café’s",
        ] {
            assert_eq!(
                list.contains_lowercase(word),
                list.contains(&word.to_lowercase()),
                "{word}"
            );
        }
        assert!(list.contains_lowercase("The"));
        assert!(list.contains_lowercase("Straße"));
        assert!(list.contains_lowercase("KELTIC’S") && list.contains_lowercase("Vale–Orm"));
        assert!(caseless_past_ascii("Keltic’s “x” —") && !caseless_past_ascii("Café’s"));
    }

    #[test]
    fn lowering_on_the_stack_agrees_with_lowering_on_the_heap() {
        let long = "Quorvanta".repeat(9);
        for word in [
            "",
            "a",
            "Quorvel",
            "QUORVEL-ARNE",
            "Ærøvik",
            "İstel",
            "ΣΟΦΙΑ",
            long.as_str(),
        ] {
            assert_eq!(
                with_lowercase(word, str::to_owned),
                lowercase(word),
                "{word}"
            );
        }
    }

    #[test]
    fn lower_case_agrees_with_the_standard_library() {
        for word in [
            "Zürich",
            "ΣΟΦΊΑ",
            "ÖL-Preis",
            "MiXeD-Case 42",
            "",
            "İstanbul",
            "ǅ",
            "plain",
        ] {
            assert_eq!(lowercase(word), word.to_lowercase(), "{word}");
            assert_eq!(lowered(word), word.to_lowercase(), "{word}");
        }
        assert!(matches!(lowered("plain words"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_shape_filter_never_turns_an_entry_away() {
        let long = "a".repeat(70);
        let list = WordList::from_entries(
            ["", "x", "über", "pour", "poured", long.as_str()].map(str::to_owned),
        );
        for entry in list.as_slice() {
            assert!(list.contains(entry), "{entry}");
        }
        for word in ["y", "pours", "Über", "xx", &"a".repeat(69), &"b".repeat(70)] {
            assert!(!list.contains(word), "{word}");
        }
        assert!(list.contains_lowercase("POURED"));
        assert!(!WordList::default().contains(""));
    }

    #[test]
    fn the_last_byte_turns_away_what_the_length_and_first_byte_let_by() {
        let list = WordList::parse("bank\nbond\n");
        for (word, held) in [
            ("bank", true),
            ("bond", true),
            ("bang", false),
            ("bonk", false),
            ("bans", false),
            ("band", false),
        ] {
            assert_eq!(list.contains(word), held, "{word}");
            assert_eq!(
                list.contains_lowercase(&word.to_uppercase()),
                held,
                "{word}"
            );
        }
        assert!(list.contains_lowercase("BanK"));
        assert!(!list.contains_lowercase("BanG"));
    }

    #[test]
    fn lists_keep_file_order_and_skip_comments() {
        let list = WordList::parse("# triggers\ninvested\n\n  poured \nZürich-based\n");
        assert_eq!(list.as_slice(), ["invested", "poured", "Zürich-based"]);
        assert!(list.contains("poured"));
        assert!(!list.contains("Poured"));
        assert_eq!(list.alternation(), "invested|poured|Zürich\\-based");
    }

    #[test]
    fn tables_check_their_width() {
        let t = Table::parse("ceo\tceo_of\n# c\nchair\tchairman_of\n", "roles.tsv", 2)
            .expect("well formed");
        assert_eq!(t.rows().count(), 2);
        let err = Table::parse("ceo\n", "roles.tsv", 2).expect_err("one field");
        assert_eq!(err.to_string(), "line 1: 1 fields, expected 2: roles.tsv");
    }
}
