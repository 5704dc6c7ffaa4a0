//! Public bodies named for their purpose: "Federal Service for the
//! Financial Markets", "District Court for the Northern District of
//! Tarsia". The tagger reads the body and its purpose as two names; a name
//! ending in a body's head word, a purpose link ("for", "for the") and a
//! capitalised name that is no listed place are one organisation.
//!
//!
//! A stock exchange written in lower case after its place ("the Tarsby
//! stock exchange", "the Tarsby bourse") is the exchange's name: an
//! organisation, not the place.
//!
//! Takes the tagging stage's candidates (sorted by start, non-overlapping);
//! gives them back with such names joined.

use crate::lang::lowercase;
use crate::model::{EntityKind, Span};
use crate::pipeline::candidate::{Candidate, join_linked_names};

use super::Kinds;

/// Most words on either side of "and" in a body named for its purpose
/// ("Securities and Exchange Commission").
const MAX_PURPOSE_WORDS: usize = 3;

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

    /// True when the right part of a name the tagger read across "and" is
    /// legal forms alone: one company's name ("Kestrin Lund and Co Inc").
    pub fn legal_forms_alone(&self, right: &str) -> bool {
        right
            .split(' ')
            .all(|w| self.is_written_legal_suffix(w.trim_end_matches('.')))
    }

    /// True when a name the tagger read across "and" (`left`, `right`) is
    /// one body named for its purpose, not a list: the right part ends in
    /// a body's head word and the left part, no listed place or
    /// organisation and no body itself, is its purpose ("Securities and
    /// Markets Board", "Tarsian Fisheries and Forests Commission"); or the
    /// left part is a body "of" its purpose and the right part one more word
    /// of it ("Department of Enterprise and Employment").
    pub fn purpose_body_across_and(&self, left: &str, right: &str) -> bool {
        let body = |w: &str| self.words.body_words.contains(w);
        let left_words: Vec<&str> = left.split(' ').collect();
        let right_words: Vec<&str> = right.split(' ').collect();
        let purpose = right_words.len() >= 2
            && right_words.len() <= MAX_PURPOSE_WORDS
            && left_words.len() <= MAX_PURPOSE_WORDS
            && right_words.last().is_some_and(|w| body(w))
            && !left_words.iter().any(|w| body(w))
            && !self.is_listed_org(left)
            && !self.is_place(left);
        let body_of = right_words.len() == 1
            && !self.is_place(right)
            && left_words
                .windows(2)
                .any(|w| body(w[0]) && w[1] == self.of_word());
        purpose || body_of
    }

    /// Widens a place after a determiner ("the") and before a lower-case exchange noun
    /// ("the Tarsby stock exchange") to the exchange, an organisation.
    pub fn join_place_exchanges(&self, text: &str, candidates: &mut [Candidate]) {
        for c in candidates.iter_mut() {
            let m = &c.mention;
            if m.nominal || m.kind != EntityKind::Loc {
                continue;
            }
            let Some(rest) = text[m.span.end..].strip_prefix(' ') else {
                continue;
            };
            let Some(noun) = self.words.exchange_nouns.iter().find(|n| {
                rest.strip_prefix(n)
                    .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
            }) else {
                continue;
            };
            let after_the = text[..m.span.start]
                .trim_end_matches(' ')
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| self.words.determiners.contains(&lowercase(w)));
            if !after_the {
                continue;
            }
            // "the Tarsby bourse" beside "the Tarsby Stock Exchange": the
            // capitalised name is the exchange's; the place stays the place.
            let capitalised = |n: &str| {
                n.split(' ')
                    .map(|w| {
                        let mut cs = w.chars();
                        cs.next().map_or(String::new(), |f| {
                            f.to_uppercase().chain(cs).collect::<String>()
                        })
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let place = m.span.slice(text);
            let named_in_capitals = self
                .words
                .exchange_nouns
                .iter()
                .any(|n| text.contains(&format!("{place} {}", capitalised(n))));
            if !named_in_capitals {
                let end = m.span.end + 1 + noun.len();
                c.mention.span = Span::new(m.span.start, end);
                c.mention.kind = EntityKind::Org;
            }
        }
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

    #[test]
    fn a_place_before_a_lower_case_exchange_is_the_exchange() {
        let text = "Velmar shares rose on the Tarsby stock exchange and fell on the \
                    Kelmsby bourse; Tarsby stock exchange rules apply. The Mirnau bourse \
                    is the Mirnau Stock Exchange.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Velmar", EntityKind::Org),
                ("Tarsby", EntityKind::Loc),
                ("Kelmsby", EntityKind::Loc),
                ("Tarsby", EntityKind::Loc),
                ("Mirnau", EntityKind::Loc),
                ("Mirnau Stock Exchange", EntityKind::Org),
            ],
        );
        pipeline().kinds().join_place_exchanges(text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Velmar", EntityKind::Org),
            ("Tarsby stock exchange", EntityKind::Org),
            ("Kelmsby bourse", EntityKind::Org),
            ("Tarsby", EntityKind::Loc),
            ("Mirnau", EntityKind::Loc),
            ("Mirnau Stock Exchange", EntityKind::Org),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }
}
