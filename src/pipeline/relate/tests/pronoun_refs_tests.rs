//! Which entity each pronoun of an invented text stands for.

use super::analysis;

/// The name of the entity the `nth` (from 0) occurrence of the pronoun
/// `word` in `text` stands for, if any.
fn referent(text: &str, word: &str, nth: usize) -> Option<String> {
    let a = analysis(text);
    let at = text
        .match_indices(word)
        .filter(|&(i, _)| {
            !text[..i].ends_with(char::is_alphanumeric)
                && !text[i + word.len()..].starts_with(char::is_alphanumeric)
        })
        .nth(nth)?
        .0;
    a.mentions
        .iter()
        .find(|m| m.span.start == at && m.span.slice(text) == word)
        .and_then(|m| m.entity)
        .map(|e| a.entities[e].name.clone())
}

#[test]
fn a_possessive_in_a_relative_clause_is_the_relative_pronouns_antecedent() {
    // "…, which raised its holding": the name before "which", not the
    // sentence's subject.
    let text = "Thessal Cement runs two kilns.\n\
                It is 51% owned by the Swiss group Alpstein Baustoffe AG, which raised its holding from 30% in 2020.\n";
    assert_eq!(
        referent(text, "its", 0).as_deref(),
        Some("Alpstein Baustoffe AG")
    );
}

#[test]
fn a_persons_relative_clause_or_a_semicolon_leaves_the_possessive_the_subject() {
    // "who" is the manager's, not the company named before it.
    let text = "Orvo Recycling NV is run by Sophie Lambrecht, a former manager at the chemicals group Solvay, who became its chief executive in 2022.\n";
    assert_eq!(
        referent(text, "its", 0).as_deref(),
        Some("Orvo Recycling NV")
    );
    // Past a semicolon the relative clause is over.
    let text = "Keltic Ebauches SA makes watch movements.\n\
                It buys hairsprings from Brask, the company that makes most of the world's; its dials come from the Biel firm Cadran Orvo.\n";
    assert_eq!(
        referent(text, "its", 0).as_deref(),
        Some("Keltic Ebauches SA")
    );
}
