//! A country's name that names a currency with the noun after it: "the US
//! dollar rose against the yen", "a few hundred million US dollars". The
//! name there is a part of the currency's name, no mention of the place;
//! a place the story is about is named elsewhere too.

use crate::model::EntityKind;
use crate::pipeline::candidate::Candidate;

use super::Kinds;

impl Kinds {
    /// Drops the place names a currency noun follows (see the module
    /// documentation).
    pub(super) fn drop_currency_places(&self, text: &str, candidates: &mut Vec<Candidate>) {
        candidates.retain(|c| {
            let m = &c.mention;
            !(m.kind == EntityKind::Loc
                && !m.nominal
                && text[m.span.end..].strip_prefix(' ').is_some_and(|rest| {
                    let word = rest
                        .split(|ch: char| !ch.is_alphabetic())
                        .next()
                        .unwrap_or("");
                    self.words.currency_nouns.contains(word)
                }))
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_country_naming_a_currency_is_no_place() {
        let text = "The U.S. dollar rose against the yen on Tuesday, and Velmar Bank \
                    said the loss could reach a few hundred million US dollars.";
        assert_eq!(kind_of(text, "U.S."), None);
        assert_eq!(kind_of(text, "US"), None);
        // Named elsewhere, the place stays.
        let text = "Velmar Bank opened an office in the U.S. in May. The U.S. dollar fell.";
        assert_eq!(kind_of(text, "U.S."), Some(EntityKind::Loc));
    }
}
