//! Public bodies named for their purpose: "Federal Service for the
//! Financial Markets", "District Court for the Northern District of
//! Tarsia". The tagger reads the body and its purpose as two names; a name
//! ending in a body's head word, a purpose link ("for", "for the") and a
//! capitalised name that is no listed place are one organisation.
//!
//! Takes the tagging stage's candidates (sorted by start, non-overlapping);
//! gives them back with such names joined.

use crate::model::EntityKind;
use crate::pipeline::candidate::{Candidate, join_linked_names};

use super::Kinds;

impl Kinds {
    /// Joins public bodies and their purposes among `candidates` (see the
    /// module documentation).
    pub fn join_purpose_bodies(&self, text: &str, candidates: &mut Vec<Candidate>) {
        join_linked_names(text, candidates, |a, gap, c| {
            let body = a.mention.span.slice(text);
            let purpose = c.mention.span.slice(text);
            self.words.purpose_links.contains(gap.trim())
                && body
                    .rsplit(' ')
                    .next()
                    .is_some_and(|head| self.words.body_words.contains(head))
                && purpose.starts_with(char::is_uppercase)
                && c.mention.kind != EntityKind::Person
                && !self.is_place(purpose)
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::{candidates_in_order, named_kinds, pipeline};

    #[test]
    fn a_body_and_its_purpose_are_one_organisation() {
        let text = "The Federal Service for the Fish Markets and the District Court for the \
                    Western District of Tarsia agreed; the Office for Oslo said nothing.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Federal Service", EntityKind::Org),
                ("Fish Markets", EntityKind::Misc),
                ("District Court", EntityKind::Org),
                ("Western District of Tarsia", EntityKind::Loc),
                ("Office", EntityKind::Org),
                ("Oslo", EntityKind::Loc),
            ],
        );
        pipeline().kinds().join_purpose_bodies(text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Federal Service for the Fish Markets", EntityKind::Org),
            (
                "District Court for the Western District of Tarsia",
                EntityKind::Org,
            ),
            ("Office", EntityKind::Org),
            ("Oslo", EntityKind::Loc),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }
}
