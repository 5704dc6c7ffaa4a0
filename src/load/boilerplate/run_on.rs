//! A line that runs on into the next: it ends in a word no line of its
//! own ends in, as the first part of a wrapped headline or sentence does.

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
    words.count() + 1 >= MIN_RUN_ON_WORDS
        && RUN_ON_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .any(|w| w.eq_ignore_ascii_case(last))
}

/// A line that runs on has at least this many words.
const MIN_RUN_ON_WORDS: usize = 4;
