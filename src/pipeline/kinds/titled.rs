//! Context that outweighs the tagger's reading of a name as one kind:
//!
//! - a title right before it makes it a person: "Spokeswoman Jo Tarn",
//!   "the company president and CEO Ana Vell" (the tagger often reads a
//!   foreign surname, or one that is also a town, as a company or place);
//! - a company or publication noun right before it makes it an
//!   organisation even when its first word is also a given name:
//!   "packaging maker Otto Fenwick", "German magazine Der Blick" (the
//!   given-name lists hold rare names such as "Der" or "Otto").

use rustc_hash::FxHashSet;

use crate::lang::with_lowercase;
use crate::model::EntityKind;

use super::super::candidate::Candidate;
use super::Kinds;

/// Fewest letters of an unlisted single word a title makes a surname.
const MIN_SURNAME_LETTERS: usize = 4;

impl Kinds {
    /// Keys of the names a title stands right before, one space between.
    pub(super) fn titled_names(&self, text: &str, candidates: &[Candidate]) -> FxHashSet<String> {
        let title_ends: FxHashSet<usize> = candidates
            .iter()
            .filter(|c| c.mention.kind == EntityKind::Title)
            .map(|c| c.mention.span.end)
            .collect();
        candidates
            .iter()
            .filter(|c| c.mention.kind.is_name() && !c.mention.nominal)
            .filter(|c| {
                let start = c.mention.span.start;
                start > 0
                    && text.get(start - 1..start) == Some(" ")
                    && title_ends.contains(&(start - 1))
            })
            .map(|c| self.key(c.mention.span.slice(text)))
            .collect()
    }

    /// True when a titled name may be a person: no company name, nor a
    /// listed organisation or place; a single word only when it is a
    /// listed given name or surname, or written as a surname is (a capital,
    /// then small letters only, or two such parts joined by a hyphen:
    /// "President Harjono", "CEO Okonjo-Ferreira"; not "CEO ORVO").
    pub(super) fn may_be_titled_person(&self, key: &str, name: &str) -> bool {
        // "Harjono", and a double-barrelled "Okonjo-Ferreira".
        let part_shape = |w: &str| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && w.len() > 1 && cs.all(char::is_lowercase)
        };
        let surname_shape =
            |w: &str| w.chars().count() >= MIN_SURNAME_LETTERS && w.split('-').all(part_shape);
        !self.is_company_name(name)
            && !self.orgs.contains(key)
            && !self.places.contains(key)
            && (key.contains(' ') || self.person_names.contains(key) || surname_shape(name))
    }

    /// True when a noun that only a company or publication is stands right
    /// before the name ("maker", "magazine"; not "developer", which a
    /// person may be).
    /// The noun is written in small letters: "Acme Group Jo Tarn" is a
    /// company's name before a person's.
    pub(super) fn named_by_company_noun(&self, text: &str, span: crate::model::Span) -> bool {
        let written = super::word_before(text, span.start);
        if !written.starts_with(|c: char| c.is_lowercase()) {
            return false;
        }
        with_lowercase(written, |prev| {
            (self.is_org_noun_before(prev) || self.words.publication_nouns.contains(prev))
                && !self.words.shared_nouns.contains(prev)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_title_before_a_name_makes_a_person() {
        let text = "Spokeswoman Sandy Vouziers said the plant would close. \
                    The company president and CEO Louis Gallant said profits rose.";
        assert_eq!(kind_of(text, "Sandy Vouziers"), Some(Person));
        assert_eq!(kind_of(text, "Louis Gallant"), Some(Person));
    }

    #[test]
    fn a_title_outweighs_a_relative_clause_of_things_after_the_name() {
        // The clause is the carmaker's; the title says who Harjono is.
        let text = "The cars are made by Orvana Motor, a company run by a son of \
                    President Harjono, which plans to export them next year.";
        assert_eq!(kind_of(text, "Harjono"), Some(Person));
        assert_eq!(kind_of(text, "Orvana Motor"), Some(Org));
    }

    #[test]
    fn a_title_before_one_word_written_as_a_surname_makes_a_person() {
        let text = "Deputy Secretary Harjono defended the tanker deal on Monday.";
        assert_eq!(kind_of(text, "Harjono"), Some(Person));
    }

    #[test]
    fn a_company_noun_before_a_name_outweighs_a_rare_given_name() {
        let text = "Vellmar Capital bought packaging maker Roth Verpackung in March. \
                    German magazine Der Blick reported the deal first, and \
                    Mara Tell, a strategist for Delmar Tabak, called it cheap. \
                    Chief investment officer at Vellmar Group Charlie Smith agreed.";
        assert_eq!(kind_of(text, "Roth Verpackung"), Some(Org));
        assert_eq!(kind_of(text, "Der Blick"), Some(Org));
        assert_eq!(kind_of(text, "Delmar Tabak"), Some(Org));
        assert_eq!(kind_of(text, "Charlie Smith"), Some(Person));
    }
}
