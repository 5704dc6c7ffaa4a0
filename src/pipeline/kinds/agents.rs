//! Names the tagger read across a passive's agent word: "the planned
//! takeover of Tarvo Federal by Orvell Financial", "Velmar was advised by
//! Lazmere, and Brixholm by Pelham Quay". The word ("by") joins a deed's
//! two parties, never two words of one company's name; each side is a
//! name of its own, of the kind the tagger gave the whole. So does a verb
//! of the relation lexicon in small letters, which a headline's capitals
//! lead the tagger to swallow ("Brimvale Foods names Ostrakai executive as
//! CEO", "Tarsia Bank advised Orvell on the sale").

use crate::model::{Mention, Provenance, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;
use super::described::is_capitalised_word;

impl Kinds {
    /// Splits every model name that holds an agent word or a verb of the
    /// relation lexicon in small letters between two runs of capitalised
    /// words into the two names (see the module documentation); the split
    /// names keep the tagger's kind and confidence.
    pub fn split_at_agents(&self, text: &str, candidates: &mut Vec<Candidate>) {
        let mut split = false;
        let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
        for c in candidates.drain(..) {
            match self.agent_in_name(text, &c.mention) {
                Some((left, right)) => {
                    split = true;
                    // The tagger that read past the verb may have stopped
                    // short before the name: "Kelmar Merchant [Bank advised
                    // Brixholm]" is "Kelmar Merchant Bank".
                    let floor = out.last().map_or(0, |p| p.mention.span.end);
                    let left = Span::new(self.name_words_before(text, left.start, floor), left.end);
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

    /// The two names around the first agent word or verb of a model name,
    /// each made of capitalised words ("Tarvo Federal", "Orvell Financial").
    fn agent_in_name(&self, text: &str, m: &Mention) -> Option<(Span, Span)> {
        if !m.kind.is_name() || m.nominal || m.source != Provenance::Model {
            return None;
        }
        let name = m.span.slice(text);
        let mut at = 0;
        for word in name.split(' ') {
            let start = at;
            at += word.len() + 1;
            if start == 0
                || !(self.words.passive_agent.contains(word)
                    || self.words.name_verbs.contains(word))
            {
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

impl Kinds {
    /// Where a name starting at `start` begins when the capitalised words
    /// right before it (a space apart, at most [`WORDS_BEFORE`], none a
    /// determiner, none before `floor`) are taken into it.
    fn name_words_before(&self, text: &str, start: usize, floor: usize) -> usize {
        let mut begin = start;
        for _ in 0..WORDS_BEFORE {
            let Some(before) = text[floor..begin].strip_suffix(' ') else {
                break;
            };
            let word_start = before.rfind([' ', '\n', '\t']).map_or(0, |i| i + 1);
            let word = &before[word_start..];
            if !is_capitalised_word(word)
                || self
                    .words
                    .determiners
                    .contains(&crate::lang::lowercase(word))
            {
                break;
            }
            begin = floor + word_start;
        }
        begin
    }
}

/// How many capitalised words before a split name may be taken into it.
const WORDS_BEFORE: usize = 3;

/// "SFPI", "BNP": a word of two capitals or more and no small letter.
fn is_acronym_word(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::Org;
    use crate::model::{Mention, Provenance, Span};
    use crate::pipeline::candidate::Candidate;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_name_read_across_by_is_the_two_parties() {
        let text = "The deal faces fewer hurdles than the planned takeover of Tarvo \
                    Federal by Orvell Financial, which regulators are still reviewing.";
        assert_eq!(kind_of(text, "Tarvo Federal"), Some(Org));
        assert_eq!(kind_of(text, "Orvell Financial"), Some(Org));
        assert_eq!(kind_of(text, "Tarvo Federal by Orvell Financial"), None);
    }

    #[test]
    fn a_name_read_across_a_verb_in_small_letters_is_the_two_parties() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = super::Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let split = |text: &str, name: &str| -> Vec<String> {
            let start = text.find(name).expect("the name is in the text");
            let mut candidates = vec![Candidate {
                mention: Mention::new(
                    Span::new(start, start + name.len()),
                    Org,
                    Provenance::Model,
                    0.6,
                ),
                head: None,
            }];
            kinds.split_at_agents(text, &mut candidates);
            candidates
                .iter()
                .map(|c| c.mention.span.slice(text).to_owned())
                .collect()
        };
        assert_eq!(
            split(
                "Brimvale Foods names Ostrakai executive as CEO",
                "Brimvale Foods names Ostrakai"
            ),
            ["Brimvale Foods", "Ostrakai"]
        );
        assert_eq!(
            split(
                "Kelmar Bank advised Brixholm Shoji on the sale.",
                "Kelmar Bank advised Brixholm Shoji"
            ),
            ["Kelmar Bank", "Brixholm Shoji"]
        );
        assert_eq!(
            split(
                "Tarvo Federal buys Orvell Financial",
                "Tarvo Federal buys Orvell Financial"
            ),
            ["Tarvo Federal", "Orvell Financial"]
        );
        // Capitalised words the tagger left out before the name are its
        // own, a determiner is not.
        assert_eq!(
            split(
                "Kelmar Merchant Bank advised Brixholm on the sale.",
                "Bank advised Brixholm"
            ),
            ["Kelmar Merchant Bank", "Brixholm"]
        );
        assert_eq!(
            split(
                "The Bank advised Brixholm on the sale.",
                "Bank advised Brixholm"
            ),
            ["Bank", "Brixholm"]
        );
        // Capitalised, the same word may be a name's ("Marta Sells"); a
        // small word that is no verb stays ("Banco de Orvell").
        assert_eq!(
            split("Analyst Marta Sells said so.", "Marta Sells"),
            ["Marta Sells"]
        );
        assert_eq!(
            split("Banco de Orvell said so.", "Banco de Orvell"),
            ["Banco de Orvell"]
        );
    }
}
