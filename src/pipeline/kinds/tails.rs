//! A product known by its shape with a name of its own words right after
//! it: "zPhone Music Store", "zPad Studio". The tagger splits them into a
//! product and an organisation; the whole is one product, the store or
//! edition of the product line. The tail is a name the tagger found, of one
//! or two capitalised words, no company or institution word in it, no
//! listed company or place, and not the short form of a longer name of the
//! text ("the zPhone Korvin sells" keeps the Korvin of "Korvin Systems").

use crate::model::{EntityKind, Mention, Provenance, Span};

use super::super::candidate::Candidate;
use super::super::model_shape::is_lower_camel;
use super::Kinds;

/// Most words of a tail joined to a product.
const TAIL_WORDS: usize = 2;

impl Kinds {
    /// Joins each product known by its shape with the name right after it
    /// (see the module documentation); `candidates` are sorted by start.
    /// Returns how many were joined.
    pub(super) fn join_product_tails(&self, text: &str, candidates: &mut Vec<Candidate>) -> usize {
        let mut joined = 0;
        let mut i = 0;
        while i + 1 < candidates.len() {
            let (a, b) = (&candidates[i].mention, &candidates[i + 1].mention);
            if self.is_product_tail(text, a, b) && !opens_a_name(text, candidates, b) {
                let span = Span {
                    start: a.span.start,
                    end: b.span.end,
                };
                let m = &mut candidates[i].mention;
                m.span = span;
                m.kind = EntityKind::Product;
                m.source = Provenance::Rule;
                candidates.remove(i + 1);
                joined += 1;
            }
            i += 1;
        }
        joined
    }

    /// True when `b` is the tail of product `a` (see the module documentation).
    fn is_product_tail(&self, text: &str, a: &Mention, b: &Mention) -> bool {
        let tail = b.span.slice(text);
        // Most pairs are no product and a name: the tail's words are read
        // only for those that are.
        if !(a.kind == EntityKind::Product
            && a.source == Provenance::Rule
            && !a.nominal
            && !b.nominal
            && matches!(b.kind, EntityKind::Org | EntityKind::Misc)
            && text.get(a.span.end..b.span.start) == Some(" ")
            && is_lower_camel(a.span.slice(text)))
        {
            return false;
        }
        let words: Vec<&str> = tail.split_whitespace().collect();
        (1..=TAIL_WORDS).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().all(char::is_alphabetic)
                    && !self.is_org_word(w)
                    && !self.words.body_words.contains(w)
            })
            && !self.is_listed_org(tail)
            && !self.is_place(tail)
    }
}

/// True when the tail `b` is the first words of another name of the text
/// ("Korvin" of "Korvin Systems"): a company's short name, no edition.
fn opens_a_name(text: &str, candidates: &[Candidate], b: &Mention) -> bool {
    let tail = b.span.slice(text);
    candidates.iter().any(|c| {
        c.mention
            .span
            .slice(text)
            .strip_prefix(tail)
            .is_some_and(|rest| rest.starts_with(' '))
    })
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;

    #[test]
    fn a_name_after_a_product_by_its_shape_joins_it() {
        let text = "Korvin Systems sells films through the online zTunes Film Store, and \
                    users of the zPad Korvin sells can shop there.";
        let a = crate::pipeline::tests::analysis(text);
        let kind = |name: &str| a.entities.iter().find(|e| e.name == name).map(|e| e.kind);
        assert_eq!(kind("zTunes Film Store"), Some(EntityKind::Product));
        assert_eq!(kind("Film Store"), None);
        assert_eq!(kind("zPad"), Some(EntityKind::Product));
        assert_eq!(kind("Korvin Systems"), Some(EntityKind::Org));
    }
}
