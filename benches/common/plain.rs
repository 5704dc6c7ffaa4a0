//! Plain text as sentences of words, for the benches that tag or parse
//! running text.

/// Sentences of words: whitespace-separated, trailing punctuation split off.
pub fn sentences(text: &str) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    let mut sent = Vec::new();
    for word in text.split_whitespace() {
        let trimmed = word.trim_end_matches(['.', ',', ';', ':', '!', '?']);
        if !trimmed.is_empty() {
            sent.push(trimmed);
        }
        if trimmed.len() < word.len() {
            sent.push(&word[trimmed.len()..]);
            if word.ends_with(['.', '!', '?']) {
                out.push(std::mem::take(&mut sent));
            }
        }
    }
    if !sent.is_empty() {
        out.push(sent);
    }
    out
}
