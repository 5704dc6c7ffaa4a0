//! Names glued to a suffix at a sentence's start: "Toronto-based Kelvaro
//! Mining said", "Keltic-owned Brisk Air will". The tagger reads a
//! sentence's capitalised first word as no name (its capital tells
//! nothing there), so the place that locates the company, or the owner
//! that holds it, is lost unless the text names it again in a sentence.
//! A glued word at a sentence's start before a name is added here: a
//! listed place before "-based", a name before an owning suffix that the
//! text writes elsewhere on its own ("Keltic") or that is a listed
//! company. A common word so capitalised ("Family-controlled", "State-owned")
//! is neither and stays out.

use crate::model::{EntityKind, Mention, Provenance, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;

/// Most capitalised words of a glued place ("San Diego-based", "St.
/// Louis-based").
const MAX_PLACE_WORDS: usize = 3;

impl Kinds {
    /// Adds the place or owner glued to a suffix at a sentence's start,
    /// right before a name, when no candidate covers it (see the module
    /// documentation).
    pub fn add_glued_names(&self, text: &str, candidates: &mut Vec<Candidate>) {
        let mut added: Vec<Candidate> = Vec::new();
        for c in candidates.iter() {
            let m = &c.mention;
            if !m.kind.is_name() || m.nominal {
                continue;
            }
            let Some(found) = self.glued_before(text, m.span.start) else {
                continue;
            };
            let free = candidates
                .iter()
                .chain(added.iter())
                .all(|o| !o.mention.span.overlaps(found.0));
            if free {
                added.push(Candidate {
                    mention: Mention::new(found.0, found.1, Provenance::Rule, 0.8),
                    head: None,
                });
            }
        }
        if !added.is_empty() {
            candidates.extend(added);
            candidates.sort_by_key(|c| c.mention.span.start);
        }
    }

    /// The span and kind of the name glued to a suffix right before the
    /// name starting at `start`, at a sentence's start.
    fn glued_before(&self, text: &str, start: usize) -> Option<(Span, EntityKind)> {
        let before = text[..start].strip_suffix(' ')?;
        let word = before.rsplit(' ').next()?;
        let word_start = before.len() - word.len();
        let based = word.strip_suffix(self.words.based.as_str());
        let owner = self
            .words
            .owner_suffixes
            .iter()
            .find_map(|s| word.strip_suffix(s));
        let (stem, kind) = match (based, owner) {
            (Some(stem), _) => (stem, EntityKind::Loc),
            (None, Some(stem)) => (stem, EntityKind::Org),
            (None, None) => return None,
        };
        if !stem.starts_with(char::is_uppercase) || stem.contains('-') {
            return None;
        }
        // The glued word and up to two capitalised words before it ("San
        // Diego-based"); the name opens the sentence.
        let mut from = word_start;
        for _ in 0..MAX_PLACE_WORDS {
            let span = Span::new(from, word_start + stem.len());
            let name = span.slice(text);
            if opens_sentence(text, from) {
                let fits = match kind {
                    EntityKind::Loc => self.is_place(name) && !self.is_nationality(name),
                    _ => {
                        !self.is_place(name)
                            && !self.is_nationality(name)
                            && (self.is_listed_org(name) || named_alone(text, name))
                    }
                };
                return fits.then_some((span, kind));
            }
            let lead = text[..from].strip_suffix(' ')?;
            let prior = lead.rsplit(' ').next()?;
            if kind != EntityKind::Loc || !prior.starts_with(char::is_uppercase) {
                return None;
            }
            from = lead.len() - prior.len();
        }
        None
    }
}

/// True when the text before `at` ends a sentence (or there is none).
fn opens_sentence(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end()
        .chars()
        .last()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '\n'))
}

/// True when the text writes `name` as a word of its own somewhere not at a
/// sentence's start, where a capital tells it is a name: not glued to a
/// hyphen or a letter, and not opening a sentence.
fn named_alone(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(i, _)| {
        let after = &text[i + name.len()..];
        !text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '-')
            && !after.starts_with(|c: char| c.is_alphanumeric() || c == '-')
            && !opens_sentence(text, i)
    })
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_place_glued_to_based_at_a_sentence_start_is_a_place() {
        let text = "Toronto-based Kelvaro Mining said on Monday it would cut jobs. \
                    San Diego-based Ostrin Labs rose.";
        assert_eq!(kind_of(text, "Toronto"), Some(Loc));
        assert_eq!(kind_of(text, "San Diego"), Some(Loc));
    }

    #[test]
    fn an_owner_named_elsewhere_glued_to_owned_is_a_company() {
        let text = "Keltic-controlled Brisk Air will add routes. Shares in Keltic fell. \
                    Family-controlled Velmar Foods grew. Tarnby-owned Orvo Bakery shut.";
        assert_eq!(kind_of(text, "Keltic"), Some(Org));
        // A common word capitalised at the start, and an owner the text
        // names nowhere else, are no names.
        assert_eq!(kind_of(text, "Family"), None);
        assert_eq!(kind_of(text, "Tarnby"), None);
    }
}
