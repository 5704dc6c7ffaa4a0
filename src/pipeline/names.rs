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
    // ASCII (most names, and the gazetteers built from them at start-up):
    // one lower-case copy instead of one per word; the same words.
    if s.is_ascii() {
        let lower = s.to_ascii_lowercase();
        return key_words(lang, lower.split_whitespace().collect());
    }
    key_words(lang, s.split_whitespace().map(str::to_lowercase).collect())
}

/// The lower-case words of a name joined, without a leading article or
/// trailing legal suffixes.
fn key_words<W: AsRef<str>>(lang: &ResolveWords, mut words: Vec<W>) -> String {
    if words
        .first()
        .is_some_and(|w| lang.name_articles.contains(w.as_ref()))
        && words.len() > 1
    {
        words.remove(0);
    }
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| lang.legal_suffixes.contains(w.as_ref()))
    {
        words.pop();
    }
    let mut key = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(w.as_ref());
    }
    key
}

/// The key two mentions share when they name one thing: the name key with
/// dotted initials closed up ("U.S." → "us") and a country's other names
/// read as its first ("America" → "united states").
pub fn resolve_key(lang: &ResolveWords, s: &str) -> String {
    let key: Vec<String> = name_key(lang, s)
        .split(' ')
        .map(|w| close_initials(w).unwrap_or_else(|| w.to_owned()))
        .collect();
    let key = key.join(" ");
    lang.place_aliases
        .iter()
        .find(|(alias, _)| *alias == key)
        .map_or(key, |(_, first)| first.clone())
}

/// "u.s." → "us": a word of single letters each followed by a dot.
fn close_initials(word: &str) -> Option<String> {
    let letters: String = word.chars().filter(|c| *c != '.').collect();
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|part| part.chars().count() <= 1 && part.chars().all(char::is_alphabetic));
    dotted.then_some(letters)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_initials_close_up_and_countries_have_one_key() {
        let lang = crate::lang::Language::english().expect("English loads");
        assert_eq!(close_initials("u.s.").as_deref(), Some("us"));
        assert_eq!(close_initials("inc."), None);
        assert_eq!(
            resolve_key(&lang.resolve, "the U.S."),
            resolve_key(&lang.resolve, "America")
        );
        assert_eq!(resolve_key(&lang.resolve, "U.S. Navy"), "us navy");
    }
}
