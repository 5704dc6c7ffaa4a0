//! One key for a nation's government however a text names it: "the US
//! government", "the United States federal government", "the US
//! administration" and "Russian authorities" beside "the Russian
//! government" name one body each.

use crate::lang::with_lowercase;
use crate::model::{EntityKind, Span};
use crate::pipeline::candidate::Candidate;
use crate::pipeline::names::resolve_key;

use super::Kinds;

impl Kinds {
    /// The resolution key of a government phrase made of a place or
    /// nationality word and words of [`crate::lang::KindWords::national_government`]
    /// alone ("united states government" for "U.S. federal government");
    /// `None` for any other name ("US Treasury", "state government").
    pub fn government_key(&self, text: &str, span: Span) -> Option<String> {
        let (part, kind) = self.government_part(text, span)?;
        if !matches!(kind, EntityKind::Loc | EntityKind::Nationality) || part.start != span.start {
            return None;
        }
        let words = &self.words.national_government;
        let rest = text.get(part.end..span.end)?;
        let head = words.iter().next()?;
        rest.split_whitespace()
            .all(|w| words.contains_lowercase(w))
            .then(|| format!("{} {head}", resolve_key(&self.names, part.slice(text))))
    }
}

impl Kinds {
    /// "the Ontarian provincial government": a word the tagger read as
    /// "other" that the language's demonym endings make from a listed place
    /// ("Ontarian" of "Ontaria"), before a government noun, is that place's
    /// nationality word, so the government phrase around it is one body.
    pub(super) fn mark_demonyms_of_governments(&self, text: &str, candidates: &mut [Candidate]) {
        for c in candidates.iter_mut() {
            let m = &mut c.mention;
            let word = m.span.slice(text);
            if m.kind == EntityKind::Misc
                && !m.nominal
                && !word.contains(' ')
                && self.is_demonym_of_place(word)
                && self.groups.government_follows(text, m.span.end)
            {
                m.kind = EntityKind::Nationality;
            }
        }
    }

    /// True when `word` ends as a nationality word of a listed place does:
    /// "Ontarian" with "Ontaria" listed.
    pub(super) fn is_demonym_of_place(&self, word: &str) -> bool {
        // One buffer for every place name tried (a `format!` each was
        // most of the cost).
        let mut place = String::new();
        with_lowercase(word, |lower| {
            self.names
                .demonym_endings
                .iter()
                .any(|(ending, replacement)| {
                    lower
                        .strip_suffix(ending.as_str())
                        .filter(|stem| stem.chars().count() >= 3)
                        .is_some_and(|stem| {
                            place.clear();
                            place.push_str(stem);
                            place.push_str(replacement);
                            self.places.contains(&place)
                        })
                })
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::analysis;

    #[test]
    fn a_nation_s_government_is_one_body_however_named() {
        let a = analysis(
            "The U.S. government will lend Velmar Motors $2 billion, the United States \
             federal government said. The US administration agreed. Peruvian authorities \
             and the Peruvian government disagreed, and the US Treasury and the Peruvian \
             state government stayed apart.",
        );
        let entity_of = |name: &str| {
            (0..a.mentions.len())
                .find(|&m| a.mention_text(m) == name)
                .and_then(|m| a.mentions[m].entity)
        };
        let us = entity_of("U.S. government");
        assert!(us.is_some(), "{:?}", a.entities);
        assert_eq!(entity_of("United States federal government"), us);
        assert_eq!(entity_of("US administration"), us);
        assert_ne!(entity_of("US Treasury"), us);
        let peruvian = entity_of("Peruvian government");
        assert!(peruvian.is_some(), "{:?}", a.entities);
        assert_eq!(entity_of("Peruvian authorities"), peruvian);
        assert_ne!(entity_of("Peruvian state government"), peruvian);
    }

    #[test]
    fn a_demonym_of_a_listed_state_makes_its_government_a_body() {
        let a = analysis("Further help will come from the Tasmanian state government.");
        let body = a
            .entities
            .iter()
            .find(|e| e.name == "Tasmanian state government");
        assert_eq!(
            body.map(|e| e.kind),
            Some(crate::model::EntityKind::Org),
            "{:?}",
            a.entities
        );
    }
}
