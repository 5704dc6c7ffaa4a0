//! Names of several words and their shorter forms: a surname of several
//! words said alone ("Vega Ruiz" after "María Luisa Vega Ruiz", "van
//! Rooyen" after "Jan Hendrik van Rooyen", "Suu Kyi" after "Aung San Suu
//! Kyi") is the person's; a company's name said again with "of" and its
//! country ("Orvane Motors of Canada") is a unit of it, no long form.

use crate::model::{AliasRule, EntityKind, Mention};
use crate::pipeline::kinds::Kinds;

use super::shared::Cluster;

/// True when `long` is `short` and "of" a place: "Orvane Motors of
/// Canada" after "Orvane Motors"; not when an institution's head word ends
/// `short` ("the National Library" of "National Library of Tarsia").
pub(super) fn of_place_after(kinds: &Kinds, short: &[String], long: &[String]) -> bool {
    long.starts_with(short)
        && !short.last().is_some_and(|w| kinds.heads_name_of_place(w))
        && long.get(short.len()).is_some_and(|w| w == kinds.of_word())
        && long.len() > short.len() + 1
        && kinds.is_country(&long[short.len() + 1..].join(" "))
}

/// What [`join_surnames`] reads: each cluster's fullest words and its kind.
pub(super) struct Named<'a> {
    pub(super) words: &'a [Vec<String>],
    pub(super) kinds_of: &'a [EntityKind],
}

/// Joins each name of two words or more that ends exactly one person's
/// fuller name into it, as its surname: a person's name, or one the
/// tagger read as a company's with no company word and no listed
/// company's name, whose mentions become a person's. The short name may
/// come first, in a headline written in sentence case ("Suu Kyi says …").
pub(super) fn join_surnames(
    kinds: &Kinds,
    named: &Named<'_>,
    clusters: &[Cluster],
    mentions: &mut [Mention],
    merged_into: &mut [Option<(usize, AliasRule)>],
) {
    let Named { words, kinds_of } = *named;
    for a in 0..clusters.len() {
        let wa = &words[a];
        let personal = match kinds_of[a] {
            EntityKind::Person => true,
            EntityKind::Org => {
                !wa.iter().any(|w| kinds.is_org_word(w)) && !kinds.is_listed_org(&wa.join(" "))
            }
            _ => false,
        };
        if merged_into[a].is_some() || wa.len() < 2 || !personal {
            continue;
        }
        let ends = |b: usize| {
            let wb = &words[b];
            wb.len() > wa.len()
                && wb[wb.len() - wa.len()..]
                    .iter()
                    .zip(wa)
                    .all(|(x, y)| x.to_lowercase() == y.to_lowercase())
        };
        let fuller: Vec<usize> = (0..clusters.len())
            .filter(|&b| kinds_of[b] == EntityKind::Person && merged_into[b].is_none() && ends(b))
            .collect();
        if let [b] = fuller.as_slice() {
            merged_into[a] = Some((*b, AliasRule::Surname));
            for &m in &clusters[a].mentions {
                mentions[m].kind = EntityKind::Person;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::analysis;

    /// The names of the entities of `text` of `kind`.
    fn named(text: &str, kind: EntityKind) -> Vec<String> {
        analysis(text)
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.name.clone())
            .collect()
    }

    #[test]
    fn a_surname_of_several_words_said_alone_is_the_persons() {
        let text = "Tarsvik chief executive Jan Hendrik van Roodewal spoke on Saturday. \
                    Opposition leader María Luisa Vega Ortuño was there too. Van Roodewal \
                    said the plan was sound, and Vega Ortuño said it was not.";
        assert_eq!(
            named(text, EntityKind::Person),
            ["Jan Hendrik van Roodewal", "María Luisa Vega Ortuño"]
        );
    }

    #[test]
    fn a_surname_two_people_share_stays_apart() {
        let text = "Ana María Vega Ortuño and José Luis Vega Ortuño spoke. Vega Ortuño \
                    said the plan was sound.";
        let people = named(text, EntityKind::Person);
        assert!(people.contains(&"Vega Ortuño".to_owned()), "{people:?}");
    }
}
