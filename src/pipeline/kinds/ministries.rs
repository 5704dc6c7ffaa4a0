//! A ministry named by its portfolio alone: "the finance ministry said", "a
//! grant from the agriculture ministry". No place or nationality word
//! stands before it (the groups' reading widens "the Tarsian industry
//! ministry" from its nationality word), yet it is a body of its own, a
//! lender or a party to a deal as any named one is; the tagger, reading
//! capitals, never finds it.

use crate::lang::words_back;
use crate::model::{EntityKind, Mention, Provenance, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;

/// Most portfolio words before the head ("the trade industry ministry").
const MAX_PORTFOLIO_WORDS: usize = 2;

/// Confidence of a ministry read from its portfolio.
const CONFIDENCE: f32 = 0.8;

impl Kinds {
    /// Adds an organisation for each "the PORTFOLIO ministry" no candidate
    /// covers (the name without "the": "finance ministry"); keeps
    /// `candidates` sorted by start.
    pub fn add_portfolio_ministries(&self, text: &str, candidates: &mut Vec<Candidate>) {
        let mut added = Vec::new();
        for head in self.words.portfolio_heads.iter() {
            for (at, _) in text.match_indices(head) {
                let end = at + head.len();
                if text[end..].starts_with(char::is_alphanumeric) || !text[..at].ends_with(' ') {
                    continue;
                }
                let Some(start) = self.portfolio_start(&text[..at]) else {
                    continue;
                };
                let span = Span::new(start, end);
                if candidates.iter().any(|c| c.mention.span.overlaps(span)) {
                    continue;
                }
                added.push(Candidate {
                    mention: Mention::new(span, EntityKind::Org, Provenance::Rule, CONFIDENCE),
                    head: None,
                });
            }
        }
        if !added.is_empty() {
            candidates.extend(added);
            candidates.sort_by_key(|c| c.mention.span.start);
        }
    }

    /// Where the portfolio words that `before` ends with start, when the
    /// article stands right before them ("… from the finance " → "finance").
    fn portfolio_start(&self, before: &str) -> Option<usize> {
        let mut start = None;
        let mut words = words_back(before);
        for _ in 0..=MAX_PORTFOLIO_WORDS {
            let word = words.next()?;
            if self.words.portfolios.contains(word) {
                start = Some(word_offset(before, word));
                continue;
            }
            return start.filter(|_| self.words.portfolio_articles.contains_lowercase(word));
        }
        None
    }
}

/// The byte offset of `word`, a slice of `text`, in `text`.
fn word_offset(text: &str, word: &str) -> usize {
    word.as_ptr() as usize - text.as_ptr() as usize
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_ministry_named_by_its_portfolio_is_a_body() {
        let text = "Tarsvik could run out of cash by the summer, the finance ministry \
                    said. The rest is a grant from the agriculture ministry, and the \
                    Velmarian industry ministry lends the rest.";
        assert_eq!(kind_of(text, "finance ministry"), Some(Org));
        assert_eq!(kind_of(text, "agriculture ministry"), Some(Org));
        assert_eq!(kind_of(text, "industry ministry"), None);
    }

    #[test]
    fn a_ministry_without_the_or_a_portfolio_is_no_name() {
        let text = "A finance ministry spokesman and the ministry declined to comment; \
                    its ministry of sound is a club.";
        assert_eq!(kind_of(text, "finance ministry"), None);
        assert_eq!(kind_of(text, "ministry"), None);
    }
}
