//! A partnership named by its partners, a comma between the first two:
//! "Velk, Tarnow & Co.", "Orsby, Kelm & Co". The tagger reads the first
//! partner alone and the rest as a company; the whole is one company when
//! the first is one capitalised word named nowhere else alone, no listed
//! place or company, and the rest is one word, "&" and a legal suffix.
//!
//! Takes the tagging stage's candidates (sorted by start); gives them back
//! with such names joined.

use crate::model::{EntityKind, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;

impl Kinds {
    /// Joins partnerships named by their partners among `candidates` (see
    /// the module documentation); returns how many were joined.
    pub fn join_partner_names(&self, text: &str, candidates: &mut Vec<Candidate>) -> usize {
        let mut joined = 0;
        let mut i = 0;
        while i + 1 < candidates.len() {
            let (a, c) = (&candidates[i].mention, &candidates[i + 1].mention);
            let first = a.span.slice(text);
            let gap = text.get(a.span.end..c.span.start).unwrap_or("");
            if a.kind.is_name()
                && !a.nominal
                && !c.nominal
                && c.kind == EntityKind::Org
                && gap == ", "
                && self.is_partners_tail(c.span.slice(text))
                && self.is_partner(text, first)
            {
                let span = Span::new(a.span.start, c.span.end);
                let m = &mut candidates[i].mention;
                m.span = span;
                m.kind = EntityKind::Org;
                candidates.remove(i + 1);
                joined += 1;
            }
            i += 1;
        }
        joined
    }

    /// True for a first partner: one capitalised word of letters, no listed
    /// place or company, and never written alone but before its comma.
    fn is_partner(&self, text: &str, word: &str) -> bool {
        word.starts_with(char::is_uppercase)
            && word.chars().all(char::is_alphabetic)
            && !self.is_place(word)
            && !self.is_listed_org(word)
            && text.match_indices(word).all(|(i, _)| {
                let before = text[..i].chars().next_back();
                let after = &text[i + word.len()..];
                before.is_some_and(char::is_alphanumeric)
                    || after.starts_with(char::is_alphanumeric)
                    || after.starts_with(", ")
            })
    }

    /// True for "Tarnow & Co.": one capitalised word, "&", and a legal
    /// suffix written with a capital.
    fn is_partners_tail(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split(' ').collect();
        matches!(words.as_slice(), [partner, "&", suffix]
            if partner.starts_with(char::is_uppercase)
                && self.is_written_legal_suffix(suffix.trim_end_matches('.')))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::{candidates_in_order, named_kinds, pipeline};

    #[test]
    fn partners_before_and_co_are_one_company() {
        let text = "Ana Berg, an analyst for Velk, Tarnow & Co., said Orsby, Kelm & Co gained. \
                    Orsby rose.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Ana Berg", EntityKind::Person),
                ("Velk", EntityKind::Org),
                ("Tarnow & Co.", EntityKind::Org),
                ("Orsby", EntityKind::Org),
                ("Kelm & Co", EntityKind::Org),
                ("Orsby", EntityKind::Org),
            ],
        );
        assert_eq!(pipeline().kinds().join_partner_names(text, &mut c), 1);
        let want: Vec<(String, EntityKind)> = [
            ("Ana Berg", EntityKind::Person),
            ("Velk, Tarnow & Co.", EntityKind::Org),
            ("Orsby", EntityKind::Org),
            ("Kelm & Co", EntityKind::Org),
            ("Orsby", EntityKind::Org),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }
}
