//! Families: "the Tarnow family owns 40%" names a family, and a family is
//! no entity of its own (the gold guide annotates people, companies and
//! places, not households). Takes the tagger's candidates before names are
//! propagated; gives them back without the surnames that only modify a
//! family noun. Propagation brings such a surname back where the same name
//! is an entity elsewhere in the text (a company "Tarnow", a person "Ada
//! Tarnow").

use crate::lang::TagWords;
use crate::model::EntityKind;

use super::candidate::Candidate;
use super::kinds::Kinds;

/// Drops every name right before a family noun ("the Tarnow family"),
/// save a listed place's ("the Zug family office"), a nationality word's
/// and a name with a digit (an aircraft family).
pub fn drop_family_names(
    words: &TagWords,
    kinds: &Kinds,
    text: &str,
    candidates: &mut Vec<Candidate>,
) {
    candidates.retain(|c| {
        let m = &c.mention;
        // A nationality ("a Dutch family") and a product line ("the Tarvo
        // T-9 family") are no surnames.
        let surname_kind = matches!(
            m.kind,
            EntityKind::Person | EntityKind::Org | EntityKind::Loc | EntityKind::Misc
        );
        if !surname_kind || m.nominal || m.span.slice(text).contains(|ch: char| ch.is_numeric()) {
            return true;
        }
        let next = text[m.span.end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|ch: char| !ch.is_alphabetic()).next())
            .unwrap_or("");
        let name = m.span.slice(text);
        !words.family_nouns.contains(next) || kinds.is_place(name) || kinds.is_nationality(name)
    });
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_surname_that_only_names_a_family_is_no_entity() {
        let text = "Ostrel Glas, which is owned by the Brackwater family and based in Linz, \
                    sold a stake to Tellmar Capital.";
        assert_eq!(kind_of(text, "Brackwater"), None);
        assert!(kind_of(text, "Ostrel Glas").is_some());
        let text = "Tarvo sold 40 jets of the TV-90 family to a Dutch family firm.";
        assert!(kind_of(text, "TV-90").is_some());
        assert_eq!(
            kind_of(text, "Dutch"),
            Some(crate::model::EntityKind::Nationality)
        );
        // The same surname of a person named in the text stays a person's.
        let text = "Ostrel Glas is owned by the Brackwater family. Its chairman, \
                    Jonas Brackwater, said Brackwater would keep the stake.";
        assert_eq!(
            kind_of(text, "Jonas Brackwater"),
            Some(crate::model::EntityKind::Person)
        );
    }
}
