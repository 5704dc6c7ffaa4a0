//! A politician's party tag: "Sen. Ana Ruiz, D-Ohio, said", "Rep. Jon
//! Marr (R-Texas) voted". A party's initial, a hyphen and a state or
//! district abbreviate "Democrat of Ohio"; the tagger reads the capitals as
//! a person, a place or an organisation, yet the tag is no name of its own.

use crate::lang::WordList;
use crate::pipeline::candidate::Candidate;

use super::Kinds;

/// Most bytes of the state or district part ("Calif.", "N.Y.", "Texas").
const MAX_STATE: usize = 16;

impl Kinds {
    /// Drops the names that are party tags (see the module documentation).
    pub(super) fn drop_party_tags(&self, text: &str, candidates: &mut Vec<Candidate>) {
        candidates.retain(|c| {
            let m = &c.mention;
            !(m.kind.is_name()
                && !m.nominal
                && is_party_tag(m.span.slice(text), &self.words.party_initials)
                && tag_context(&text[..m.span.start]))
        });
    }
}

/// True for "D-Ohio", "R-Calif", "I-Vt.", "R-AZ": a listed initial, a
/// hyphen, then a capitalised word of letters and stops.
fn is_party_tag(name: &str, initials: &WordList) -> bool {
    let Some((initial, state)) = name.split_once('-') else {
        return false;
    };
    initials.contains(initial)
        && (2..=MAX_STATE).contains(&state.len())
        && state.starts_with(|c: char| c.is_uppercase())
        && state.chars().all(|c| c.is_alphabetic() || c == '.')
}

/// True when the text before a tag ends with the comma or bracket that
/// sets it after a name.
fn tag_context(before: &str) -> bool {
    before.trim_end().ends_with([',', '('])
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_party_tag_after_a_politician_is_no_name() {
        let text = "Sen. Harlan Vostrey, D-Ohio, said the bill would pass. \
                    Rep. Tobin Ashgrove (R-Texas) and Sen. Mara Quell, I-Vt., voted \
                    against it in Ohio.";
        for tag in ["D-Ohio", "R-Texas", "I-Vt.", "I-Vt"] {
            assert_eq!(kind_of(text, tag), None, "{tag}");
        }
        assert_eq!(kind_of(text, "Harlan Vostrey"), Some(EntityKind::Person));
        assert_eq!(kind_of(text, "Tobin Ashgrove"), Some(EntityKind::Person));
        assert_eq!(kind_of(text, "Ohio"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_hyphenated_name_is_no_party_tag() {
        let initials = crate::lang::Language::english()
            .expect("English loads")
            .kinds
            .party_initials
            .clone();
        assert!(super::is_party_tag("D-Ohio", &initials));
        assert!(super::is_party_tag("R-N.Y.", &initials));
        assert!(!super::is_party_tag("Rolls-Royce", &initials));
        assert!(!super::is_party_tag("X-Lion", &initials));
        assert!(!super::is_party_tag("D-95", &initials));
        assert!(super::tag_context("Ana Ruiz, "));
        assert!(!super::tag_context("the "));
    }
}
