//! A business named by its owner: "Tetra Pak's Hoyer unit", "Keltic's
//! Orvo Marine subsidiary". Only a company owns a unit, so the possessor is
//! one whatever the tagger read (it often takes a two-word owner for a
//! person); the capitalised words between are the unit's own name, an
//! organisation, which the tagger leaves untagged or reads as a surname.

use crate::model::{EntityKind, Mention, Provenance, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;
use super::described::is_capitalised_word;

/// Most words of a unit's name ("the Orvo Marine Systems unit").
const MAX_UNIT_WORDS: usize = 3;

impl Kinds {
    /// Retypes each name before a possessive and a unit noun, past at most
    /// three capitalised words, to an organisation, and those words too
    /// (added when no candidate covers them). A listed place that owns
    /// ("Tarsia's Orvo unit") and a name opened by a first name are left
    /// alone; so is a unit's name that is a place or a nationality. First
    /// the owner or place glued to a suffix at a sentence's start is added
    /// ("Keltic-owned Brisk Air", `glued`).
    pub fn type_owned_units(&self, text: &str, candidates: &mut Vec<Candidate>) {
        self.add_glued_names(text, candidates);
        let mut added = Vec::new();
        for i in 0..candidates.len() {
            let owner = &candidates[i].mention;
            if !owner.kind.is_name() || owner.nominal {
                continue;
            }
            let Some(unit) = self.owned_unit_after(text, owner.span.end) else {
                continue;
            };
            let name = owner.span.slice(text);
            if self.is_place(name) || self.starts_with_first_name(name) {
                continue;
            }
            candidates[i].mention.kind = EntityKind::Org;
            let Some(unit) = unit else { continue };
            let unit_name = unit.slice(text);
            if self.is_place(unit_name) || self.is_nationality(unit_name) {
                continue;
            }
            match candidates
                .iter_mut()
                .find(|c| c.mention.span.overlaps(unit))
            {
                Some(c) if c.mention.span == unit && c.mention.kind.is_name() => {
                    c.mention.kind = EntityKind::Org;
                }
                Some(_) => {}
                None => added.push(Candidate {
                    mention: Mention::new(unit, EntityKind::Org, Provenance::Rule, 0.6),
                    head: None,
                }),
            }
        }
        if !added.is_empty() {
            candidates.extend(added);
            candidates.sort_by_key(|c| c.mention.span.start);
        }
    }

    /// True for a noun of a business another owns ("unit", "subsidiary",
    /// "arm"), lower case.
    pub fn is_unit_noun(&self, word: &str) -> bool {
        self.words.unit_nouns.contains(word)
    }

    /// After a name ending at `end`: a possessive, at most three capitalised
    /// words one space apart and a unit noun. Gives the words' span, if
    /// any ("'s Hoyer unit"), or `Some(None)` for none ("'s unit").
    fn owned_unit_after(&self, text: &str, end: usize) -> Option<Option<Span>> {
        let rest = &text[end..];
        let skip = ["'s ", "’s ", "' ", "’ "]
            .into_iter()
            .find(|p| rest.starts_with(p))?
            .len();
        let start = end + skip;
        let mut at = start;
        for (words, word) in text[start..].split(' ').enumerate() {
            let bare = word.trim_end_matches([',', '.', ';', ':']);
            if self.words.unit_nouns.contains(bare) {
                return Some((words > 0).then(|| Span::new(start, at - 1)));
            }
            if words == MAX_UNIT_WORDS || word != bare || !is_capitalised_word(word) {
                return None;
            }
            at += word.len() + 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn the_owner_of_a_unit_and_the_unit_are_companies() {
        let text = "The lines are being built by Tetra Quellpak's Holvera unit and will be \
                    paid for with a loan, she said. Orsk Marit's Vendel Bryggeri subsidiary \
                    makes the cans.";
        assert_eq!(kind_of(text, "Tetra Quellpak"), Some(Org));
        assert_eq!(kind_of(text, "Holvera"), Some(Org));
        assert_eq!(kind_of(text, "Orsk Marit"), Some(Org));
        assert_eq!(kind_of(text, "Vendel Bryggeri"), Some(Org));
    }

    #[test]
    fn places_people_and_other_nouns_are_left_alone() {
        // A listed place that owns, a person's name, a unit that is a place,
        // and a possessive before no unit noun.
        let text = "Germany's Orvalt unit grew. Anna Berg's team won. Kelvaro's Brazil \
                    unit lost money. Jo Tarn's Velmar shares rose.";
        assert_eq!(kind_of(text, "Germany"), Some(Loc));
        assert_eq!(kind_of(text, "Anna Berg"), Some(Person));
        assert_eq!(kind_of(text, "Brazil"), Some(Loc));
        assert_eq!(kind_of(text, "Jo Tarn"), Some(Person));
    }
}
