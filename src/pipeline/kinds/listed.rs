//! What the gazetteers list, as kind repair asks it: a company listed
//! without the hyphen a text writes ("Kel-Mart" for "KelMart"), and listed
//! places the tagger read as organisations (a place preposition before a
//! name, "a conference in Ostrava, the bank chief said", says it is the
//! place, unless company words stand around it).

use super::Kinds;
use crate::lang::words_back;

impl Kinds {
    /// "in Ostrava": a place preposition right before the name, and no
    /// possessive after it ("in Ostrava's bank").
    pub(super) fn after_place_preposition(&self, text: &str, span: crate::model::Span) -> bool {
        !text[span.end..].starts_with(['\'', '’'])
            && text[..span.start]
                .strip_suffix(' ')
                .and_then(|before| before.split_whitespace().next_back())
                .is_some_and(|w| self.words.place_prepositions.contains_lowercase(w))
    }

    /// "a factory in Tarnow", "a barn outside Orvik": a site noun before the
    /// place preposition before the name puts the name as the place.
    pub(super) fn sited(&self, text: &str, span: crate::model::Span) -> bool {
        self.after_place_preposition(text, span)
            && text[..span.start]
                .split_whitespace()
                .nth_back(1)
                .is_some_and(|w| self.words.site_nouns.contains(w))
    }

    /// "the German state of Nordwestfalen", "the city of Tarnow": a
    /// lower-case noun of places and "of" right before the name.
    pub(super) fn place_noun_of_before(&self, text: &str, span: crate::model::Span) -> bool {
        let mut before = words_back(&text[..span.start]);
        before.next() == Some(self.words.of.as_str())
            && before
                .next()
                .is_some_and(|w| self.words.place_nouns_of.contains(w))
    }

    /// True when a place preposition follows at `end` ("B in Tokyo").
    pub(super) fn before_place_preposition(&self, text: &str, end: usize) -> bool {
        text[end..].strip_prefix(' ').is_some_and(|rest| {
            rest.split_whitespace()
                .next()
                .is_some_and(|w| self.words.place_prepositions.contains_lowercase(w))
        })
    }

    /// "its Dundee base", "the Dundee plant": a site noun right after the
    /// name.
    pub(super) fn before_site_noun(&self, text: &str, span: crate::model::Span) -> bool {
        text[span.end..].strip_prefix(' ').is_some_and(|rest| {
            rest.split_whitespace()
                .next()
                .map(|w| w.trim_end_matches([',', '.', ';', ':']))
                .is_some_and(|w| self.words.site_nouns.contains(w))
        })
    }

    /// "Tarsia's Velden district", "the Velden region.": a lower-case noun
    /// of places right after the name, closing its phrase (a mark, a
    /// preposition, a compass word — "the Velden region north of Orvik" —
    /// or the end after it), says the name is the place.
    pub(super) fn before_place_noun(&self, text: &str, span: crate::model::Span) -> bool {
        let mut after = text[span.end..].split_whitespace();
        let Some(noun) = text[span.end..].strip_prefix(' ').and(after.next()) else {
            return false;
        };
        let bare = noun.trim_end_matches([',', '.', ';', ':']);
        self.words.place_nouns_of.contains(bare)
            && (bare.len() < noun.len()
                || after.next().is_none_or(|w| {
                    self.names.prepositions.contains(&w.to_lowercase())
                        || self
                            .words
                            .compass_words
                            .iter()
                            .any(|c| c.eq_ignore_ascii_case(w))
                }))
    }

    /// True for a name of a first name and a listed surname ("Anna
    /// Banks"): no place's, whatever list it stands in ("North Velden").
    pub(super) fn is_full_personal_name(&self, name: &str) -> bool {
        self.starts_with_first_name(name)
            && name
                .rsplit(' ')
                .next()
                .is_some_and(|last| self.person_names.contains(&last.to_lowercase()))
    }

    /// True when the name key `key` is listed as a place and not as an
    /// organisation.
    pub(super) fn is_unlisted_org_place(&self, key: &str) -> bool {
        self.places.contains(key) && !self.is_listed_org_key(key)
    }

    /// True when the name key `key` is listed as an organisation, as
    /// written or with its hyphens closed up ("kel-mart" for "kelmart").
    pub(super) fn is_listed_org_key(&self, key: &str) -> bool {
        self.orgs.contains(key) || (key.contains('-') && self.orgs.contains(&key.replace('-', "")))
    }
}

impl Kinds {
    /// True for a name key of one word that is no given name, or of two
    /// that are neither given names nor surnames ("tissages bellecour").
    pub(super) fn no_personal_name(&self, key: &str) -> bool {
        match key.split_once(' ') {
            None => !self.first_names.contains(key),
            Some((first, last)) => {
                !last.contains(' ')
                    && !self.person_names.contains(first)
                    && !self.person_names.contains(last)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::{analysis, kind_of};

    #[test]
    fn a_listed_company_is_listed_with_a_hyphen_too() {
        let lang = crate::lang::Language::english().expect("English loads");
        let k = super::Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        assert!(k.is_listed_org("Jet-Blue"));
        assert!(k.is_listed_org("JetBlue"));
        assert!(!k.is_listed_org("Jet-Blau"));
    }

    #[test]
    fn a_listed_place_after_in_is_no_bank() {
        let text = "Speaking at a conference in Nebraska, the bank chief said that growth \
                    would return.";
        assert_eq!(kind_of(text, "Nebraska"), Some(EntityKind::Loc));
        // "the bank" describes no place.
        let a = analysis(text);
        let place = a.entities.iter().find(|e| e.name == "Nebraska");
        assert_eq!(place.map(|e| e.mentions.len()), Some(1), "{:?}", a.entities);
    }

    #[test]
    fn a_company_s_short_form_stays_the_company() {
        let text = "Denver Naval Systems won a £1bn contract from the navy.\n\
                    Denver beat a rival bid, said Jo Hale, Denver’s chief executive.\n\
                    Shares in Denver rose 5% in London.\n";
        let a = analysis(text);
        let company = a.entities.iter().find(|e| e.name == "Denver Naval Systems");
        assert_eq!(
            company.map(|e| e.mentions.len()),
            Some(4),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn a_place_named_before_a_site_or_a_place_noun_or_among_places_is_one() {
        for (text, name, kind) in [
            (
                "Velmar flies crews from its Inverness base.",
                "Inverness",
                EntityKind::Loc,
            ),
            (
                "Velmar Cranes, the Inverness crane hire company, grew.",
                "Inverness",
                EntityKind::Loc,
            ),
            (
                "Velmar will build a kitchen in Leeds's Harnwick district for €11m.",
                "Harnwick",
                EntityKind::Loc,
            ),
            (
                "Velmar makes beds at plants in Leeds and Harnsbeke.",
                "Harnsbeke",
                EntityKind::Loc,
            ),
            (
                "Velmar paid €18m for Sligo-based Tarn Valley Linen.",
                "Tarn Valley Linen",
                EntityKind::Org,
            ),
        ] {
            assert_eq!(kind_of(text, name), Some(kind), "{text}");
        }
    }

    #[test]
    fn a_name_before_region_and_a_compass_word_is_the_place() {
        let text = "Velhof KG, one of the largest hop farms in the Tarnau region north of \
                    Munich, took a loan.";
        assert_eq!(kind_of(text, "Tarnau"), Some(EntityKind::Loc));
    }
}
