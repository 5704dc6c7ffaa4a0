//! Small helpers on parsed pages shared by the extractor's parts.

use scraper::Selector;

pub fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// Collapses runs of whitespace to one space and trims.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a class or id, lower-cased: split at white space, `-`, `_`
/// and camel-case humps (`relatedStories` → related, stories), each whole
/// token kept too (`mostread`).
pub fn class_words(attr: &str) -> Vec<String> {
    let mut out = Vec::new();
    for token in attr.split(|c: char| c.is_whitespace() || c == '-' || c == '_') {
        if token.is_empty() {
            continue;
        }
        out.push(token.to_ascii_lowercase());
        let mut word = String::new();
        let mut prev_lower = false;
        for c in token.chars() {
            if c.is_uppercase() && prev_lower && !word.is_empty() {
                out.push(std::mem::take(&mut word).to_ascii_lowercase());
            }
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
            word.push(c);
        }
        if word.len() < token.len() {
            out.push(word.to_ascii_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::class_words;

    #[test]
    fn class_words_split_at_humps_and_dashes() {
        assert_eq!(
            class_words("relatedStories most-read"),
            ["relatedstories", "related", "stories", "most", "read"]
        );
        assert!(class_words("shadowBox").iter().all(|w| w != "ad"));
    }
}
