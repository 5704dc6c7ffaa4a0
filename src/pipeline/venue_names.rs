//! Venues named by a name and a lower-case venue noun: "New York's John F.
//! Kennedy airport", "the Orvale airport". The tagger reads the name alone,
//! often as a person's; the whole is the place, written as the text gives
//! it (the annotation guide's fullest name), as a capitalised "Orvale
//! Airport" already is.
//!
//! A listed place before the noun ("Geneva airport", "Paphos airports")
//! stays the town: the airport is only described by it. Nationality words
//! ("the Greek airport") stay what they are.
//!
//! Takes the tagging stage's candidates (sorted by start, non-overlapping)
//! and the language's venue nouns; gives them back with such names widened.

use crate::lang::WordList;
use crate::model::EntityKind;

use super::candidate::{Candidate, stretch_to_place};
use super::kinds::Kinds;

/// Widens among `candidates` the names right before a lower-case noun of
/// `venues` over that noun, as places (see the module documentation).
pub fn join_venue_names(
    kinds: &Kinds,
    venues: &WordList,
    text: &str,
    candidates: &mut [Candidate],
) {
    for i in 0..candidates.len() {
        let m = &candidates[i].mention;
        if m.nominal
            || !matches!(
                m.kind,
                EntityKind::Person | EntityKind::Org | EntityKind::Loc | EntityKind::Misc
            )
        {
            continue;
        }
        let name = m.span.slice(text);
        if kinds.is_place(name) || kinds.is_nationality(name) {
            continue;
        }
        let Some(rest) = text[m.span.end..].strip_prefix(' ') else {
            continue;
        };
        let len = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let noun = &rest[..len];
        if !noun.starts_with(char::is_lowercase) || !venues.contains(noun) {
            continue;
        }
        let end = m.span.end + 1 + len;
        stretch_to_place(candidates, i, end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::tests::{candidates_in_order, named_kinds};

    #[test]
    fn a_name_and_a_venue_noun_are_one_place_but_a_town_stays_a_town() {
        use EntityKind::*;
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let venues = &lang.relate.places.venues;
        let text = "Velmar Air flies from Tarsia's Anna Kessler airport and from Geneva \
                    airport; the Orvale Airport hub and Greek airports grow.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Velmar Air", Org),
                ("Tarsia", Loc),
                ("Anna Kessler", Person),
                ("Geneva", Loc),
                ("Orvale Airport", Org),
                ("Greek", Nationality),
            ],
        );
        join_venue_names(&kinds, venues, text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Velmar Air", Org),
            ("Tarsia", Loc),
            ("Anna Kessler airport", Loc),
            ("Geneva", Loc),
            ("Orvale Airport", Org),
            ("Greek", Nationality),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }
}
