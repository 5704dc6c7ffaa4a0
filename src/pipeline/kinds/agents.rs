//! Names the tagger read across a passive's agent word: "the planned
//! takeover of Tarvo Federal by Orvell Financial", "Velmar was advised by
//! Lazmere, and Brixholm by Pelham Quay". The word ("by") joins a deed's
//! two parties, never two words of one company's name; each side is a
//! name of its own, of the kind the tagger gave the whole.

use crate::model::{Mention, Provenance, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;
use super::described::is_capitalised_word;

impl Kinds {
    /// Splits every model name that holds an agent word in small letters
    /// between two runs of capitalised words into the two names (see the
    /// module documentation); the split names keep the tagger's kind and
    /// confidence.
    pub fn split_at_agents(&self, text: &str, candidates: &mut Vec<Candidate>) {
        let mut split = false;
        let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
        for c in candidates.drain(..) {
            match self.agent_in_name(text, &c.mention) {
                Some((left, right)) => {
                    split = true;
                    for span in [left, right] {
                        out.push(Candidate {
                            mention: Mention::new(
                                span,
                                c.mention.kind,
                                c.mention.source,
                                c.mention.confidence,
                            ),
                            head: None,
                        });
                    }
                }
                None => out.push(c),
            }
        }
        if split {
            out.sort_by_key(|c| c.mention.span.start);
        }
        *candidates = out;
    }

    /// The two names around the first agent word of a model name, each
    /// made of capitalised words ("Tarvo Federal", "Orvell Financial").
    fn agent_in_name(&self, text: &str, m: &Mention) -> Option<(Span, Span)> {
        if !m.kind.is_name() || m.nominal || m.source != Provenance::Model {
            return None;
        }
        let name = m.span.slice(text);
        let mut at = 0;
        for word in name.split(' ') {
            let start = at;
            at += word.len() + 1;
            if start == 0 || !self.words.passive_agent.contains(word) {
                continue;
            }
            let (left, right) = (&name[..start - 1], name.get(at..)?);
            let names = |s: &str| {
                !s.is_empty()
                    && s.split(' ')
                        .next()
                        .is_some_and(|w| is_capitalised_word(w) || is_acronym_word(w))
            };
            if names(left) && names(right) {
                let left = Span::new(m.span.start, m.span.start + left.len());
                let right = Span::new(m.span.start + at, m.span.end);
                return Some((left, right));
            }
            return None;
        }
        None
    }
}

/// "SFPI", "BNP": a word of two capitals or more and no small letter.
fn is_acronym_word(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::Org;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_name_read_across_by_is_the_two_parties() {
        let text = "The deal faces fewer hurdles than the planned takeover of Tarvo \
                    Federal by Orvell Financial, which regulators are still reviewing.";
        assert_eq!(kind_of(text, "Tarvo Federal"), Some(Org));
        assert_eq!(kind_of(text, "Orvell Financial"), Some(Org));
        assert_eq!(kind_of(text, "Tarvo Federal by Orvell Financial"), None);
    }
}
