//! Nationality words of regions and towns the gazetteer of nationalities
//! lacks: "the Cretan cooperative", "a South Tyrolean maker", "the central
//! Cretan town of Orvaki". The tagger reads such a word as an organisation,
//! an "other" name or, before a town, a place; the language's
//! demonym endings make it from a listed place ("Cretan" of "Crete"), and a
//! lower-case noun after it shows it is used as an adjective.

use crate::model::EntityKind;
use crate::pipeline::candidate::Candidate;

use super::Kinds;

impl Kinds {
    /// Marks as nationality words the organisation, "other" or place names that
    /// are a listed place's demonym (after compass words: "South
    /// Tyrolean") used before a lower-case noun; no first name, listed
    /// place or listed organisation is one.
    pub(super) fn mark_demonym_adjectives(&self, text: &str, candidates: &mut [Candidate]) {
        // "Cretan Pharma … the Cretan agreement": a company's first word is
        // its short name, whatever it looks like.
        let company_firsts: Vec<&str> = candidates
            .iter()
            .filter(|c| c.mention.kind == EntityKind::Org && !c.mention.nominal)
            .filter_map(|c| c.mention.span.slice(text).split_once(' '))
            .map(|(first, _)| first)
            .collect();
        for c in candidates.iter_mut() {
            let m = &mut c.mention;
            // A place is one too: "Cretan" is no listed place, and a listed
            // place ("Texas plant") is kept below.
            let kinds = [EntityKind::Org, EntityKind::Misc, EntityKind::Loc];
            if m.nominal || !kinds.contains(&m.kind) {
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
                && !company_firsts.contains(&name)
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
    fn a_demonym_read_as_a_place_before_a_noun_is_a_nationality_word() {
        let text = "Orvaki Pumps, based in the central Cretan town of Tarsk, makes \
                    valves. The Texas plant of Velmar is shut.";
        assert_eq!(kind_of(text, "Cretan"), Some(EntityKind::Nationality));
        assert_eq!(kind_of(text, "Texas"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_company_s_short_name_is_no_nationality_word() {
        let text = "Orvaki Pumps signed with Tarsk-based Cretan Pharma. The Cretan \
                    agreement brings Orvaki $12 million.";
        assert_eq!(kind_of(text, "Cretan Pharma"), Some(EntityKind::Org));
        assert_ne!(kind_of(text, "Cretan"), Some(EntityKind::Nationality));
    }

    #[test]
    fn a_first_name_or_a_demonym_alone_is_no_nationality_word() {
        let text = "Adrian Kessler joined Velmar. Adrian said the Tyrolean Alps were busy.";
        assert_eq!(kind_of(text, "Adrian Kessler"), Some(EntityKind::Person));
    }
}
