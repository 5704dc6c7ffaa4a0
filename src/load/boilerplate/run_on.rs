//! A line that runs on into the next: it ends in a word no line of its
//! own ends in, as the first part of a wrapped headline or sentence does.

use std::sync::LazyLock;

/// Words that do not end a line of their own:
/// `assets/lang/en/clutter/run-on-words.txt`, one word a line.
const RUN_ON_WORDS: &str = include_str!("../../../assets/lang/en/clutter/run-on-words.txt");

/// A line of a few words or more that ends in a word no line ends in (see
/// [`RUN_ON_WORDS`]): the first part of a wrapped headline or sentence,
/// no menu entry or stray tag.
pub(super) fn runs_on(line: &str) -> bool {
    let mut words = line.split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    last.len() <= RUN_ON.0
        && words.count() + 1 >= MIN_RUN_ON_WORDS
        && RUN_ON.1.iter().any(|w| w.eq_ignore_ascii_case(last))
}

/// The words of [`RUN_ON_WORDS`], read once, and the longest one's length:
/// every line of a page asks, so the list is not parsed per line.
static RUN_ON: LazyLock<(usize, Vec<&'static str>)> = LazyLock::new(|| {
    let words: Vec<&'static str> = RUN_ON_WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    (words.iter().map(|w| w.len()).max().unwrap_or(0), words)
});

/// A line that runs on has at least this many words.
const MIN_RUN_ON_WORDS: usize = 4;
