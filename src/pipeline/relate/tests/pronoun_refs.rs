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
fn a_place_tied_to_the_name_by_of_leaves_the_speaker_the_name() {
    // "X of the United States said it …": X, not the sentence before's
    // subject.
    let text = "Brask Ltd fell 2 percent.\n\
                Keltic Optics gained 3 percent after Orvo Inc of the United States said it had won an option on the plant.\n";
    assert_eq!(referent(text, "it", 0).as_deref(), Some("Orvo Inc"));
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
fn a_possessive_in_a_subordinate_clause_is_that_clauses_subject() {
    // "after B raised its offer": B, not the sentence's subject.
    let text = "Keltic Foods Plc agreed to a takeover by Brask Packaging Inc after Brask Packaging Inc raised its offer.\n";
    assert_eq!(
        referent(text, "its", 0).as_deref(),
        Some("Brask Packaging Inc")
    );
    // "on news that B had sold its unit".
    let text =
        "Orvo Re gained 2 percent on news that Keltic Insurance had sold its reinsurance unit.\n";
    assert_eq!(
        referent(text, "its", 0).as_deref(),
        Some("Keltic Insurance")
    );
    // A name a preposition governs opens no clause of its own: the
    // sentence's subject.
    let text = "Orvo Re rose after the deal with Keltic Insurance lifted its profit.\n";
    assert_ne!(
        referent(text, "its", 0).as_deref(),
        Some("Keltic Insurance")
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

#[test]
fn a_name_that_qualifies_a_person_is_no_subordinate_subject() {
    // "while Oriel purchasing chief Sandra Velez will chair its board":
    // not Oriel.
    let text = "Lakeshore Cell Works will be run by Daniel Moon, while Oriel Motors purchasing chief Sandra Velez will chair its board.\n";
    assert_ne!(referent(text, "its", 0).as_deref(), Some("Oriel Motors"));
}

#[test]
fn a_possessive_after_a_verb_of_joining_is_not_the_joiner() {
    // "as B joins its backers": A's backers.
    let text = "Keltic Labs raised $600 million on Monday as Brask Cloud joins its backers.\n";
    assert_ne!(referent(text, "its", 0).as_deref(), Some("Brask Cloud"));
}
