//! The gazetteer lists and word classes a new model is trained with,
//! compiled in from `assets/gazetteers/` (derived by `scripts/gazetteers.py`).

use super::lexicon::{Lexicon, LexiconBuilder};

/// `(list name, contents)` of every gazetteer list.
const LISTS: &[(&str, &str)] = &[
    (
        "loc_admin",
        include_str!("../../assets/gazetteers/loc_admin.txt"),
    ),
    (
        "loc_city",
        include_str!("../../assets/gazetteers/loc_city.txt"),
    ),
    (
        "loc_country",
        include_str!("../../assets/gazetteers/loc_country.txt"),
    ),
    (
        "loc_wordnet",
        include_str!("../../assets/gazetteers/loc_wordnet.txt"),
    ),
    (
        "misc_hand",
        include_str!("../../assets/gazetteers/misc_hand.txt"),
    ),
    (
        "misc_language",
        include_str!("../../assets/gazetteers/misc_language.txt"),
    ),
    (
        "misc_nationality",
        include_str!("../../assets/gazetteers/misc_nationality.txt"),
    ),
    (
        "org_company",
        include_str!("../../assets/gazetteers/org_company.txt"),
    ),
    (
        "org_compromise",
        include_str!("../../assets/gazetteers/org_compromise.txt"),
    ),
    (
        "org_factbook",
        include_str!("../../assets/gazetteers/org_factbook.txt"),
    ),
    (
        "org_hand",
        include_str!("../../assets/gazetteers/org_hand.txt"),
    ),
    (
        "org_wordnet",
        include_str!("../../assets/gazetteers/org_wordnet.txt"),
    ),
    (
        "per_compromise",
        include_str!("../../assets/gazetteers/per_compromise.txt"),
    ),
    (
        "per_first",
        include_str!("../../assets/gazetteers/per_first.txt"),
    ),
    (
        "per_last",
        include_str!("../../assets/gazetteers/per_last.txt"),
    ),
    (
        "per_wordnet",
        include_str!("../../assets/gazetteers/per_wordnet.txt"),
    ),
    ("title", include_str!("../../assets/gazetteers/title.txt")),
];

/// The gazetteer lists that the pipeline's kind repair reads, the same
/// compiled-in texts the tagger trains on (so they are bundled once).
#[derive(Debug, Clone, Copy)]
pub struct KindLists {
    /// First names (census and SSA lists).
    pub first_names: &'static str,
    /// Surnames (census list).
    pub surnames: &'static str,
    /// Organisations: company indices, hand list, compromise list.
    pub orgs: [&'static str; 3],
    /// Places: countries, regions, cities, WordNet places.
    pub places: [&'static str; 4],
    /// Nationality adjectives and nouns (Factbook, i18n-nationality).
    pub nationalities: &'static str,
}

impl KindLists {
    /// The place lists of countries and of their states and provinces (the
    /// first two of [`Self::places`]).
    pub fn countries_and_states(&self) -> &[&'static str] {
        &self.places[..2]
    }
}

/// See [`KindLists`].
pub fn kind_lists() -> KindLists {
    let list = |name: &str| {
        LISTS
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, text)| *text)
    };
    KindLists {
        first_names: list("per_first"),
        surnames: list("per_last"),
        orgs: [
            list("org_company"),
            list("org_hand"),
            list("org_compromise"),
        ],
        places: [
            list("loc_country"),
            list("loc_admin"),
            list("loc_city"),
            list("loc_wordnet"),
        ],
        nationalities: list("misc_nationality"),
    }
}

/// Word classes: zlib-compressed lines `word<TAB>row<TAB>k1024<TAB>k256<TAB>k64`.
const WORD_CLASSES: &[u8] = include_bytes!("../../assets/gazetteers/word-classes.tsv.zz");

/// Builds the lexicon for training from the bundled lists.
pub(crate) fn lexicon() -> Lexicon {
    let mut lex = LexiconBuilder::default();
    for (name, text) in LISTS {
        lex.add_list(name, text);
    }
    if let Ok(raw) = miniz_oxide::inflate::decompress_to_vec_zlib(WORD_CLASSES)
        && let Ok(text) = std::str::from_utf8(&raw)
    {
        lex.add_classes(text);
    }
    lex.build()
}
