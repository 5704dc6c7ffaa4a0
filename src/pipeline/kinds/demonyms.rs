//! Nationality words of regions and towns the gazetteer of nationalities
//! lacks: "the Cretan cooperative", "a South Tyrolean maker". The tagger
//! reads such a word as an organisation or an "other" name; the language's
//! demonym endings make it from a listed place ("Cretan" of "Crete"), and a
//! lower-case noun after it shows it is used as an adjective.

use crate::model::EntityKind;
use crate::pipeline::candidate::Candidate;

use super::Kinds;

impl Kinds {
    /// Marks as nationality words the organisation or "other" names that
    /// are a listed place's demonym (after compass words: "South
    /// Tyrolean") used before a lower-case noun; no first name, listed
    /// place or listed organisation is one.
    pub(super) fn mark_demonym_adjectives(&self, text: &str, candidates: &mut [Candidate]) {
        for c in candidates.iter_mut() {
            let m = &mut c.mention;
            if m.nominal || !matches!(m.kind, EntityKind::Org | EntityKind::Misc) {
                continue;
            }
            let name = m.span.slice(text);
            let words: Vec<&str> = name.split(' ').collect();
            let Some((last, opening)) = words.split_last() else {
                continue;
            };
            let before_noun = text[m.span.end..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(char::is_lowercase));
            if before_noun
                && opening.iter().all(|w| self.words.compass_words.contains(w))
                && !self.is_first_name(last)
                && !self.is_place(name)
                && !self.is_listed_org(name)
                && self.is_demonym_of_place(last)
            {
                m.kind = EntityKind::Nationality;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_demonym_of_a_listed_place_before_a_noun_is_a_nationality_word() {
        let text = "Velmar Honey competes with the Cretan cooperative Orvaki. The \
                    South Tyrolean maker Tarnhof Seilbahn won the order.";
        assert_eq!(kind_of(text, "Cretan"), Some(EntityKind::Nationality));
        assert_eq!(
            kind_of(text, "South Tyrolean"),
            Some(EntityKind::Nationality)
        );
        assert_eq!(kind_of(text, "Orvaki"), Some(EntityKind::Org));
    }

    #[test]
    fn a_first_name_or_a_demonym_alone_is_no_nationality_word() {
        let text = "Adrian Kessler joined Velmar. Adrian said the Tyrolean Alps were busy.";
        assert_eq!(kind_of(text, "Adrian Kessler"), Some(EntityKind::Person));
    }
}
