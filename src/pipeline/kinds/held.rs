//! What is held, bought or run as a part: a name after a noun of holdings,
//! of deals or of a company's parts and its preposition ("a 9.9% stake in
//! Ribera", "the bid for Kempen", "a unit of Tarvo") is a company's. A
//! place is held by no one, bid for by no one and has no units; "invested
//! in Spain" says nothing (investing is not among these nouns).

use crate::lang::words_back;
use crate::model::Span;

use super::Kinds;

impl Kinds {
    /// True when the name at `span` is the object of a holding, a deal or
    /// a company's part: its noun and preposition right before it ("a
    /// stake in Tarvo and …"), or before a determiner before it ("a bid for
    /// the Tarvo Group"). A name that owns what follows it, or that a
    /// determiner opens with a noun after it, modifies that noun and is
    /// not the object ("a unit of Tarsia's rail firm", "a bid for the Oslo
    /// job").
    pub(super) fn object_of_holding(&self, text: &str, span: Span) -> bool {
        let rest = &text[span.end..];
        if rest.starts_with(['\'', '’']) {
            return false;
        }
        let mut back = words_back(&text[..span.start]).peekable();
        if back
            .peek()
            .is_some_and(|w| self.words.determiners.contains_lowercase(w))
        {
            let modifies = rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_lowercase));
            if modifies {
                return false;
            }
            back.next();
        }
        let (Some(preposition), Some(noun)) = (back.next(), back.next()) else {
            return false;
        };
        // Both in small letters: "Bid For Tarvo" is a headline's capitals.
        self.words
            .held_objects
            .iter()
            .any(|(nouns, prepositions)| prepositions.contains(preposition) && nouns.contains(noun))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{EntityKind, Span};
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_name_held_bid_for_or_owning_a_unit_is_the_object_of_a_holding() {
        let lang = crate::lang::Language::english().expect("English loads");
        let k = super::Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let held = |text: &str, name: &str| {
            let start = text.rfind(name).expect("name in text");
            k.object_of_holding(text, Span::new(start, start + name.len()))
        };
        assert!(held("Orvo bought a 9.9% stake in Ribera.", "Ribera"));
        assert!(held("It made a bid for the Kempen Group.", "Kempen"));
        assert!(held(
            "Orvo built a 9% stake in Marlow and is urging a sale.",
            "Marlow"
        ));
        assert!(held("Velmar Leasing is a unit of Hasselt.", "Hasselt"));
        assert!(held("the takeover of Tarvo", "Tarvo"));
        assert!(!held("Orvo invested in Ribera last year.", "Ribera"));
        assert!(!held("a factory in Ribera", "Ribera"));
        assert!(!held("the mayor of Hasselt", "Hasselt"));
        assert!(!held("Orvo also bid for the Oslo job.", "Oslo"));
        assert!(!held("a division of Tarsia's rail firm", "Tarsia"));
    }

    #[test]
    fn a_listed_town_a_company_s_marks_name_twice_is_a_company() {
        // Ribera and Kempen are listed towns; here they are a bank and an
        // insurer: held, with a board, with shares.
        let text = "MADRID, June 2 - The German insurer Aalen has bought a 9.9% stake in \
                    Ribera, the lender said on Monday. Ribera's board backed the sale, and \
                    Ribera shares rose 3% in Madrid.";
        assert_eq!(kind_of(text, "Ribera"), Some(EntityKind::Org));
        // A town its council speaks for, that pays and says, stays a town.
        let text = "Galway approves harbour plan\n\nGALWAY, March 3 - Galway said on \
                    Monday it would build a new harbour wall. The city council approved the \
                    plan after a vote. Galway will pay for half of the work, and the rest \
                    comes from a grant, the council said.";
        assert_eq!(kind_of(text, "Galway"), Some(EntityKind::Loc));
    }
}
