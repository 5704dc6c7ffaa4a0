//! Name keys: how two spellings of a name are compared (case, possessive,
//! legal suffix, leading article). Shared by kind repair, resolution and
//! evaluation.

use crate::lang::ResolveWords;

/// The surface of a name with a possessive clitic and surrounding "the" removed.
pub fn strip_possessive(s: &str) -> &str {
    let s = s.trim();
    let s = s
        .strip_suffix("’s")
        .or_else(|| s.strip_suffix("'s"))
        .unwrap_or(s);
    s.trim_end_matches(['’', '\''])
}

/// Comparison key of a name: lower case, no possessive, no legal suffix, no leading "the".
pub fn name_key(lang: &ResolveWords, s: &str) -> String {
    let s = strip_possessive(s);
    let mut words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    if words
        .first()
        .is_some_and(|w| lang.name_articles.contains(w))
        && words.len() > 1
    {
        words.remove(0);
    }
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| lang.legal_suffixes.contains(w))
    {
        words.pop();
    }
    words.join(" ")
}
