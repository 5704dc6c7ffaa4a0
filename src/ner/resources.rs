//! The gazetteer lists and word classes a new model is trained with,
//! compiled in from `assets/gazetteers/` (derived by `scripts/gazetteers.py`).

use super::lexicon::Lexicon;

/// `(list name, contents)` of every gazetteer list.
const LISTS: &[(&str, &str)] = &[];

/// Builds the lexicon for training from the bundled lists.
pub(crate) fn lexicon() -> Lexicon {
    let mut lex = Lexicon::default();
    for (name, text) in LISTS {
        lex.add_list(name, text);
    }
    lex
}
