//! Names a post shows to be people's, whatever the tagger read them as: a
//! title set off after the name and tied to an organisation ("Lund,
//! chairman of Keltic"), or a post given "as" after a verb of appointment
//! ("named Lund as chairman"). Only titles a person alone holds count
//! (`kinds/person-title-stems.txt`): a company may be named "as adviser".

use rustc_hash::FxHashSet;

use crate::model::{EntityKind, Span};

use super::super::candidate::Candidate;
use super::Kinds;

/// How many lower-case words may stand before the title ("as its new
/// chief executive", ", the former chairman of").
const TITLE_LEAD: usize = 2;

impl Kinds {
    /// Keys of the names a post set off after them, or given "as" after a
    /// verb of appointment, shows to be people's.
    pub(super) fn posted_names(&self, text: &str, candidates: &[Candidate]) -> FxHashSet<String> {
        let mut titles: Vec<Span> = candidates
            .iter()
            .filter(|c| c.mention.kind == EntityKind::Title)
            .map(|c| c.mention.span)
            .collect();
        // By start, stably: `title_after` looks one up by where it starts.
        titles.sort_by_key(|t| t.start);
        candidates
            .iter()
            .filter(|c| c.mention.kind.is_name() && !c.mention.nominal)
            .filter(|c| self.posted(text, c.mention.span, &titles))
            .map(|c| self.key(c.mention.span.slice(text)))
            .collect()
    }

    /// True when a person's post follows the name at `span`: ", chairman
    /// of", ", the chief executive at", or "as chairman" after a verb of
    /// appointment before the name.
    fn posted(&self, text: &str, span: Span, titles: &[Span]) -> bool {
        let rest = text.get(span.end..).unwrap_or("");
        let (after, tied) = if let Some(after) = rest.strip_prefix(", ") {
            (after, true)
        } else if let Some(after) = rest.strip_prefix(' ')
            && let Some((link, after)) = after.split_once(' ')
            && self.words.job_as.contains(link)
            && with_verb_before(self, text, span.start)
        {
            (after, false)
        } else {
            return false;
        };
        let start = text.len() - after.len();
        let Some(title) = self.title_after(text, start, titles) else {
            return false;
        };
        // A set-off title must be tied to an organisation: "Lund, chairman
        // of Keltic", not "Keltic, chairman Lund said".
        let next = text.get(title.end..).unwrap_or("");
        !tied
            || next
                .strip_prefix(' ')
                .and_then(|n| n.split_once(' '))
                .is_some_and(|(w, _)| w == self.words.of || self.words.at.contains(w))
    }

    /// The title that starts at `start` past at most [`TITLE_LEAD`]
    /// lower-case words, when it is one only a person holds.
    fn title_after(&self, text: &str, start: usize, titles: &[Span]) -> Option<Span> {
        let mut at = start;
        for _ in 0..=TITLE_LEAD {
            let first = titles.partition_point(|t| t.start < at);
            if let Some(&t) = titles.get(first).filter(|t| t.start == at) {
                let words = t.slice(text).to_lowercase();
                let personal = words
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .any(|w| self.words.person_title_stems.contains(w));
                return personal.then_some(t);
            }
            let rest = text.get(at..)?;
            let (word, _) = rest.split_once(' ')?;
            if word.is_empty() || !word.chars().all(char::is_lowercase) {
                return None;
            }
            at += word.len() + 1;
        }
        None
    }
}

/// True when a verb of appointment stands right before the name at
/// `start` ("named Lund").
fn with_verb_before(kinds: &Kinds, text: &str, start: usize) -> bool {
    let before = super::word_before(text, start);
    kinds.words.appoint_verbs.contains(before)
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_post_given_as_after_a_verb_of_appointment_makes_a_person() {
        // The tagger reads these names as a place and a company.
        let text = "Tom Berg named Okonjo-Ferreira as chairman of Keltic Finance. \
                    Keltic Corp. appointed Sandoval-Kruger as its chief financial officer.";
        assert_eq!(kind_of(text, "Okonjo-Ferreira"), Some(Person));
        assert_eq!(kind_of(text, "Sandoval-Kruger"), Some(Person));
    }

    #[test]
    fn a_post_set_off_after_a_name_and_tied_to_an_organisation_makes_a_person() {
        let text = "Okonjo-Ferreira, chairman of Keltic Finance, said sales rose.";
        assert_eq!(kind_of(text, "Okonjo-Ferreira"), Some(Person));
        // A title set off but tied to nothing says nothing.
        let text = "Keltic Finance, chairman Jon Hale said, will grow.";
        assert_eq!(kind_of(text, "Keltic Finance"), Some(Org));
    }

    #[test]
    fn a_role_a_company_may_hold_makes_no_person() {
        let text = "Keltic Corp. named Westbrook Holdings as adviser on the sale.";
        assert_eq!(kind_of(text, "Westbrook Holdings"), Some(Org));
    }
}
