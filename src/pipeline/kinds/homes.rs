//! A maker named by its home town: "won against Tarvel of Bonn", "made by
//! the joinery Holmveld Ostrand of Deventer". News names a rival or a
//! supplier this way far more often than a person; the tagger, seeing a
//! capitalised word or two with no company word, reads a person. A name
//! read as a person, opened by no known first name and followed by "of"
//! and a place, is a company.

use crate::model::EntityKind;
use crate::pipeline::candidate::Candidate;

use super::Kinds;

impl Kinds {
    /// True when the candidate at `i` is a person's name, opened by no
    /// listed first name, right before "of" and a place's name.
    pub(super) fn company_of_home(&self, text: &str, candidates: &[Candidate], i: usize) -> bool {
        let m = &candidates[i].mention;
        if m.kind != EntityKind::Person || m.nominal {
            return false;
        }
        let Some(next) = candidates.get(i + 1).map(|n| &n.mention) else {
            return false;
        };
        let name = m.span.slice(text);
        let gap = text.get(m.span.end..next.span.start);
        next.kind == EntityKind::Loc
            && !next.nominal
            && gap
                .and_then(|g| g.strip_prefix(' '))
                .and_then(|g| g.strip_suffix(' '))
                == Some(self.words.of.as_str())
            && !self.starts_with_first_name(name)
            && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_name_of_a_home_town_without_a_first_name_is_a_company() {
        let text = "The Bergen order was won against Tarvelk of Hamburg and the builder \
                    Rammel. The case is made by Holmveld Ostrand of Deventer, and Anna \
                    Marsh of Leeds said the deal was good.";
        assert_eq!(kind_of(text, "Tarvelk"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Holmveld Ostrand"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Anna Marsh"), Some(EntityKind::Person));
    }
}
