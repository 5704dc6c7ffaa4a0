//! The shape of a plain word: a small-letter describing word ("state-backed",
//! "drone", "pet-pharmacy"), as the stages test the words before a name or
//! between an article and its noun. A pure function of a token, shared by
//! kind repair, resolution and the relation patterns.

/// True when every letter of `word` is small or a hyphen: a describing word
/// ("state-backed", "drone"), not a name, a number or a mark. An empty word
/// passes, as callers that must reject it say.
pub fn is_describing_word(word: &str) -> bool {
    word.chars().all(|c| c.is_lowercase() || c == '-')
}

/// `word` with its first letter a capital ("eastern Europe" → "Eastern
/// Europe", "it" → "It"); empty for an empty word.
pub fn with_capital(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describing_words_are_small_letters_and_hyphens() {
        for w in ["drone", "state-backed", "zürcher", "-", ""] {
            assert!(is_describing_word(w), "{w}");
        }
        for w in ["Drone", "Zürich", "AI", "60-40", "co.", "x's", "ünd,"] {
            assert!(!is_describing_word(w), "{w}");
        }
    }

    #[test]
    fn a_capital_opens_the_word_and_nothing_else_changes() {
        assert_eq!(with_capital("eastern Europe"), "Eastern Europe");
        assert_eq!(with_capital("über"), "Über");
        assert_eq!(with_capital("ßa"), "SSa");
        assert_eq!(with_capital(""), "");
    }
}
