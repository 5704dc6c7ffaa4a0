//! Names the words around them show to be people's, whatever the tagger
//! read them as: a noun only a person is right before the name, or before
//! a comma and the name ("the geologist Aldous Tarn", "her husband, Jo
//! Velde", "opposition leader Mya Tun"), and an age set off after it
//! ("Ana Velde, 19, and …"). The tagger reads an unfamiliar given name
//! and surname as a company or a place often; these words are never a
//! company's or a place's.

use rustc_hash::FxHashSet;

use crate::lang::words_back;
use crate::model::Span;

use super::super::candidate::Candidate;
use super::Kinds;

/// Oldest age read in ", 19," after a name.
const MAX_AGE: u32 = 110;

impl Kinds {
    /// Keys of the names a person's noun before them or an age after them
    /// shows to be people's.
    pub(super) fn personal_names(&self, text: &str, candidates: &[Candidate]) -> FxHashSet<String> {
        candidates
            .iter()
            .filter(|c| c.mention.kind.is_name() && !c.mention.nominal)
            .filter(|c| {
                self.person_noun_before(text, c.mention.span) || age_after(text, c.mention.span)
            })
            .map(|c| self.key(c.mention.span.slice(text)))
            .collect()
    }

    /// True when a noun only a person is (`kinds/person-nouns.txt`), alone
    /// or with the word before it ("opposition leader"), stands right
    /// before the name at `span`, or before a comma and it.
    fn person_noun_before(&self, text: &str, span: Span) -> bool {
        let Some(before) = text.get(..span.start).and_then(|b| b.strip_suffix(' ')) else {
            return false;
        };
        let before = before.strip_suffix(',').unwrap_or(before);
        if before.ends_with(char::is_whitespace) {
            return false;
        }
        let mut words = words_back(before);
        let Some(noun) = words.next() else {
            return false;
        };
        if !noun.chars().all(char::is_lowercase) {
            return false;
        }
        self.words.person_nouns.contains(noun)
            || words.next().is_some_and(|w| {
                w.chars().all(char::is_lowercase)
                    && self.words.person_nouns.contains(&format!("{w} {noun}"))
            })
    }
}

/// True when an age is set off after the name at `span`: ", 19," (a
/// company's or a place's name is never followed so).
fn age_after(text: &str, span: Span) -> bool {
    let Some(rest) = text.get(span.end..).and_then(|r| r.strip_prefix(", ")) else {
        return false;
    };
    // ", 19, and": a comma and a space after the number ("6,000" is none).
    let Some((number, after)) = rest.split_once(',') else {
        return false;
    };
    after.starts_with(' ')
        && (1..=3).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && number
            .parse::<u32>()
            .is_ok_and(|n| (1..=MAX_AGE).contains(&n))
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_noun_only_a_person_is_before_a_name_makes_a_person() {
        let text = "Tarsvik was founded in 2016 by the geologist Aldous Penhaligan, who \
                    chairs it. It belongs to Ilze Grīnvalde, who runs it, and her husband, \
                    Māris Ozolkalns, who planted its first beds.";
        assert_eq!(kind_of(text, "Aldous Penhaligan"), Some(Person));
        assert_eq!(kind_of(text, "Māris Ozolkalns"), Some(Person));
    }

    #[test]
    fn a_leader_of_a_party_is_a_person_and_a_market_leader_a_company() {
        // The tagger reads this name as a place.
        let text = "Tarsia's democracy leader Aung San Suu Tin hit out at the government \
                    on Saturday. The market leader Brimwick Balloons said nothing.";
        assert_eq!(kind_of(text, "Aung San Suu Tin"), Some(Person));
        assert_eq!(kind_of(text, "Brimwick Balloons"), Some(Org));
    }

    #[test]
    fn an_age_set_off_after_a_name_makes_a_person() {
        let text = "The two girls, Rachel Legrand, 18, and Séverine Pottier-Ndiaye, 19, \
                    were found in Tarsvik on Saturday.";
        assert_eq!(kind_of(text, "Séverine Pottier-Ndiaye"), Some(Person));
        assert_eq!(kind_of(text, "Rachel Legrand"), Some(Person));
        // A figure with a thousands comma is no age.
        let text = "The force of 23,000 is made up of sailors and Marines, 6,000 troops \
                    and airmen.";
        assert_ne!(kind_of(text, "Marines"), Some(Person));
    }
}
