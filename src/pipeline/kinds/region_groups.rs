//! Regions named by a regional word and a plural of nations: "the Baltic
//! states", "the Nordic countries", "the Gulf states". The tagger reads
//! the regional word alone, and the kind stage makes it a nationality (or
//! keeps the gulf a place); the whole names a place, and a relation or a
//! market "in the Baltic states" is in that region.
//!
//! Only regional and group words (the nationality-group list: "Baltic",
//! "Nordic", "Balkan") or a place of one word as the tagger read it
//! ("Gulf") and no country's short form open one: "European countries" or
//! "US states" stay a nationality or a country and a common noun.

use crate::model::{EntityKind, Span};
use crate::pipeline::candidate::{Candidate, stretch_to_place};
use crate::pipeline::names::resolve_key;

use super::Kinds;

impl Kinds {
    /// Widens a regional word before a lower-case plural of nations to the
    /// region, a place (see the module documentation).
    pub fn join_region_groups(&self, text: &str, candidates: &mut [Candidate]) {
        for i in 0..candidates.len() {
            let m = &candidates[i].mention;
            if m.nominal || !m.kind.is_name() {
                continue;
            }
            if matches!(m.kind, EntityKind::Person | EntityKind::Org) {
                continue;
            }
            let name = m.span.slice(text);
            // "US states" are the country's: no short form of a country.
            let short_form = || {
                let key = resolve_key(&self.names, name);
                self.names
                    .place_aliases
                    .iter()
                    .any(|(a, f)| *a == key || *f == key)
            };
            let regional = self.words.nationality_groups.contains(name)
                || m.kind == EntityKind::Loc && !name.contains(' ') && !short_form();
            let Some(rest) = text[m.span.end..].strip_prefix(' ').filter(|_| regional) else {
                continue;
            };
            let Some(noun) = self.words.region_group_nouns.iter().find(|n| {
                rest.strip_prefix(n)
                    .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
            }) else {
                continue;
            };
            let end = m.span.end + 1 + noun.len();
            stretch_to_place(candidates, i, end);
        }
    }

    /// Widens a place back over the lower-case compass word before it when
    /// the two, that word written with a capital, are a listed region:
    /// "eastern Europe", "east Asia" name a region as "Eastern Europe"
    /// does, not the continent. A region the list does not hold ("northern
    /// Italy", "central Europe") stays the place after the word.
    pub fn join_compass_regions(&self, text: &str, candidates: &mut [Candidate]) {
        for i in 0..candidates.len() {
            let m = &candidates[i].mention;
            if m.nominal || m.kind != EntityKind::Loc {
                continue;
            }
            let Some((start, word)) = super::word_start_before(text, m.span.start) else {
                continue;
            };
            if text.get(start + word.len()..m.span.start) != Some(" ")
                || i > 0 && candidates[i - 1].mention.span.end > start
            {
                continue;
            }
            let region = Span::new(start, m.span.end);
            if word.starts_with(char::is_lowercase) && self.is_region(region.slice(text)) {
                candidates[i].mention.span = region;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::{candidates_in_order, named_kinds, pipeline};

    #[test]
    fn a_regional_word_and_a_plural_of_nations_are_a_region() {
        let text = "Velmar sells in the Baltic states, the Nordic countries and the Gulf \
                    states, but not in European countries, US states or Tarsian states.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Velmar", EntityKind::Org),
                ("Baltic", EntityKind::Misc),
                ("Nordic", EntityKind::Nationality),
                ("Gulf", EntityKind::Loc),
                ("European", EntityKind::Nationality),
                ("US", EntityKind::Loc),
                ("Tarsian", EntityKind::Misc),
            ],
        );
        pipeline().kinds().join_region_groups(text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Velmar", EntityKind::Org),
            ("Baltic states", EntityKind::Loc),
            ("Nordic countries", EntityKind::Loc),
            ("Gulf states", EntityKind::Loc),
            // A continent's or a country's people are no region's word.
            ("European", EntityKind::Nationality),
            ("US", EntityKind::Loc),
            ("Tarsian", EntityKind::Misc),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }

    #[test]
    fn a_lower_case_compass_word_and_a_continent_listed_together_are_a_region() {
        let text = "Sales grew in eastern Europe and east Asia, fell in northern Italy \
                    and central Europe, and the south Europe desk closed.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Europe", EntityKind::Loc),
                ("Asia", EntityKind::Loc),
                ("Italy", EntityKind::Loc),
                ("Europe", EntityKind::Loc),
                ("Europe", EntityKind::Loc),
            ],
        );
        pipeline().kinds().join_compass_regions(text, &mut c);
        let names: Vec<&str> = c.iter().map(|c| c.mention.span.slice(text)).collect();
        assert_eq!(
            names,
            ["eastern Europe", "east Asia", "Italy", "Europe", "Europe"]
        );
    }

    #[test]
    fn a_regional_word_before_a_capitalised_word_or_a_longer_noun_stays() {
        let text = "The Baltic Statesman and the Nordic countryside are far apart.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Baltic Statesman", EntityKind::Org),
                ("Nordic", EntityKind::Nationality),
            ],
        );
        pipeline().kinds().join_region_groups(text, &mut c);
        assert_eq!(c[1].mention.span.slice(text), "Nordic");
    }
}
