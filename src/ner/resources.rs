//! The gazetteer lists and word classes a new model is trained with,
//! compiled in from `assets/gazetteers/` (derived by `scripts/gazetteers.py`).

use super::lexicon::Lexicon;

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

/// Word classes: zlib-compressed lines `word<TAB>row<TAB>k1024<TAB>k256<TAB>k64`.
const WORD_CLASSES: &[u8] = include_bytes!("../../assets/gazetteers/word-classes.tsv.zz");

/// Builds the lexicon for training from the bundled lists.
pub(crate) fn lexicon() -> Lexicon {
    let mut lex = Lexicon::default();
    for (name, text) in LISTS {
        lex.add_list(name, text);
    }
    if let Ok(raw) = miniz_oxide::inflate::decompress_to_vec_zlib(WORD_CLASSES)
        && let Ok(text) = std::str::from_utf8(&raw)
    {
        lex.add_classes(text);
    }
    lex
}
