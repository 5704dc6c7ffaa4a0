//! Works' names: "at its Dexter Factory" is a site, a place; "Dorrow
//! Mills" and "Penwith Foam Works" are companies unless put somewhere.

use crate::lang::words_back;
use crate::model::{EntityKind, Span};

use super::Kinds;

impl Kinds {
    /// The kind of a "person" or "other" name of several words ending in a
    /// works word: a company for a company's works word ("Dorrow Mills")
    /// not put somewhere ("at its Dexter Works" is the site), else (a
    /// "person" only) the site, a place.
    pub(super) fn works_kind(
        &self,
        text: &str,
        span: Span,
        kind: EntityKind,
    ) -> Option<EntityKind> {
        let (_, last) = span.slice(text).rsplit_once(' ')?;
        if !self.is_facility_word(last) {
            return None;
        }
        let company = self.words.company_works_words.contains(last)
            && !self.after_place_preposition(text, span)
            && !self.after_place_preposition_past_determiner(text, span);
        match kind {
            EntityKind::Person | EntityKind::Misc if company => Some(EntityKind::Org),
            EntityKind::Person => Some(EntityKind::Loc),
            _ => None,
        }
    }

    /// "in the Dexter Works": a place preposition and a determiner right
    /// before the name.
    fn after_place_preposition_past_determiner(&self, text: &str, span: Span) -> bool {
        let mut back = words_back(&text[..span.start]);
        back.next()
            .is_some_and(|w| self.words.determiners.contains_lowercase(w))
            && back
                .next()
                .is_some_and(|w| self.words.place_prepositions.contains_lowercase(w))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_persons_name_ending_in_mills_or_works_is_a_company_unless_put_somewhere() {
        let text = "Velmar Group bought Dorran Mills, which weaves wool, and Penwick Foam \
                    Works. Its looms stand in the Tessa Mills near Oslo.";
        assert_eq!(kind_of(text, "Dorran Mills"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Penwick Foam Works"), Some(EntityKind::Org));
        assert_ne!(kind_of(text, "Tessa Mills"), Some(EntityKind::Org));
    }
}
