//! Names the tagger left untagged right after a description that says
//! what they are: "supplied by the Japanese maker Tarvo", "the Swiss
//! group Orlen", "the toy retailer Brix" (a lone capitalised word after a
//! company noun in small letters reads to the tagger as no name at all).

use crate::model::{EntityKind, Mention, Provenance, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;

/// Most words between the determiner and the company noun ("the Swiss
/// kitchen retailer").
const MAX_DESCRIPTION_WORDS: usize = 3;
/// Most words of a described name ("the maker Tarvo Nord Holm").
const MAX_NAME_WORDS: usize = 3;

impl Kinds {
    /// Adds an organisation for every run of capitalised words no candidate
    /// covers right after a determiner ("the"), up to three describing words
    /// (small letters, or a nationality: "Japanese") and a company noun in
    /// small letters that stands before names ("maker", "group"): "the
    /// Japanese maker Tarvo". The run is no listed place, and no date or
    /// other candidate overlaps it.
    pub fn add_described_names(
        &self,
        text: &str,
        tokens: &[Span],
        candidates: &mut Vec<Candidate>,
    ) {
        let covered = |s: Span, cs: &[Candidate]| cs.iter().any(|c| c.mention.span.overlaps(s));
        let mut added = Vec::new();
        for (i, noun) in tokens.iter().enumerate() {
            let word = noun.slice(text);
            if !word.starts_with(|c: char| c.is_lowercase())
                || !self.words.org_nouns_before.contains(word)
                || self.words.shared_nouns.contains(word)
            {
                continue;
            }
            if !self.opened_by_determiner(text, &tokens[..i]) {
                continue;
            }
            // The capitalised words right after the noun, one space apart.
            let mut end = i;
            while end + 1 < tokens.len()
                && end - i < MAX_NAME_WORDS
                && text.get(tokens[end].end..tokens[end + 1].start) == Some(" ")
                && is_capitalised_word(tokens[end + 1].slice(text))
            {
                end += 1;
            }
            if end == i {
                continue;
            }
            let span = Span::new(tokens[i + 1].start, tokens[end].end);
            let name = span.slice(text);
            if covered(span, candidates) || self.is_place(name) || self.is_nationality(name) {
                continue;
            }
            added.push(Candidate {
                mention: Mention::new(span, EntityKind::Org, Provenance::Model, 0.6),
                head: None,
            });
        }
        if !added.is_empty() {
            candidates.extend(added);
            candidates.sort_by_key(|c| c.mention.span.start);
        }
    }

    /// True when the words before a company noun (`before`, the tokens up
    /// to it) are a determiner and at most three describing words, each in
    /// small letters or a nationality ("the Swiss kitchen").
    fn opened_by_determiner(&self, text: &str, before: &[Span]) -> bool {
        for (k, t) in before
            .iter()
            .rev()
            .take(MAX_DESCRIPTION_WORDS + 1)
            .enumerate()
        {
            let w = t.slice(text);
            if self.words.determiners.contains_lowercase(w) {
                return true;
            }
            let describing = k < MAX_DESCRIPTION_WORDS
                && (w.chars().all(|c| c.is_lowercase() || c == '-') || self.is_nationality(w));
            if !describing {
                return false;
            }
        }
        false
    }
}

/// A word of a name: a capital, then letters (an inner hyphen or
/// apostrophe allowed), and at least one small letter ("Tarvo", not "A").
pub(super) fn is_capitalised_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_name_after_a_described_company_noun_is_an_organisation() {
        let text = "Its resin is supplied by the Japanese maker Sorvanto, and its \
                    boxes come from the packaging group Quellbrin. \
                    Harlo Vetch joined from the toy retailer Brixwold in 2024.";
        assert_eq!(kind_of(text, "Sorvanto"), Some(Org));
        assert_eq!(kind_of(text, "Quellbrin"), Some(Org));
        assert_eq!(kind_of(text, "Brixwold"), Some(Org));
    }

    #[test]
    fn a_place_or_a_date_after_a_company_noun_is_no_company() {
        let text = "The Orlavik kiln maker Sorvanto said the company Monday would be its last \
                    day in the group Tuesday.";
        assert_eq!(kind_of(text, "Orlavik"), Some(Loc));
        assert_ne!(kind_of(text, "Monday"), Some(Org));
        assert_ne!(kind_of(text, "Tuesday"), Some(Org));
    }
}
