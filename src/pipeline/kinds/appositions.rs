//! Appositions headed by a company noun: ", another US carmaker,", "the
//! investment bank advising it", "the Austrian market leader".

use super::{APPOSITION_WORDS, Kinds};

impl Kinds {
    /// ", another US carmaker,": an apposition after `end` whose last word,
    /// before the comma or stop that closes it, a clause that opens ("the
    /// analytics firm he co-founded", "the firm that"), the "of" of its
    /// complement ("the lending arm of …") or a place preposition ("the
    /// 140-year-old rope maker in Tarnow"), is a company noun, and no noun
    /// a person's job may be too ("a property developer,").
    pub fn company_headed_apposition(&self, text: &str, end: usize) -> bool {
        let Some(words) = self.apposition_after(text, end) else {
            return false;
        };
        let words: Vec<&str> = words.take(APPOSITION_WORDS).collect();
        // "Hokkaido, the two said on Monday. The venture, …": no apposition
        // runs past its sentence's end ("another U.S. car maker" runs on).
        let end = words
            .iter()
            .position(|w| {
                w.strip_suffix(['.', '!', '?'])
                    .is_some_and(|w| w.chars().nth(1).is_some() && !w.contains('.'))
            })
            .map_or(words.len(), |p| p + 1);
        let words = &words[..end];
        words
            .iter()
            .enumerate()
            .find(|&(i, w)| {
                w.ends_with([',', ';'])
                    || w.ends_with('.') && !w.contains(|c: char| c.is_uppercase())
                    || words.get(i + 1).is_some_and(|next| {
                        self.words.clause_pronouns.contains(next)
                            || *next == self.words.of
                            || self.words.place_prepositions.contains(next)
                            // "the lift maker based in …": a participle of place.
                            || self.words.based_verbs.contains(next)
                            // "the investment bank advising it": a company
                            // noun a present participle's clause follows.
                            || self.nominal_heads.contains(w) && self.is_present_participle(next)
                    })
            })
            .is_some_and(|(i, w)| {
                let head = w.trim_end_matches([',', '.', ';']);
                // "the Austrian market leader,": a company's two-word head.
                let compound = i
                    .checked_sub(1)
                    .and_then(|p| words.get(p))
                    .is_some_and(|before| {
                        self.words
                            .company_compound_heads
                            .contains(&format!("{before} {head}"))
                    });
                compound
                    || self.nominal_heads.contains(head)
                    || self.words.org_nouns_before.contains(head)
                        && !self.words.shared_nouns.contains(head)
            })
    }

    /// ", a small wireless charging company": an apposition after `end`
    /// that describes a company, headed by a company noun or with one in
    /// its first words.
    pub fn describes_company_after(&self, text: &str, end: usize) -> bool {
        self.company_headed_apposition(text, end) || self.company_apposition(text, end)
    }

    /// "advising", "running": a lower-case word of five letters or more
    /// with a participle's ending (it opens a clause after a noun).
    fn is_present_participle(&self, word: &str) -> bool {
        word.len() > 4
            && word.chars().all(char::is_lowercase)
            && self
                .words
                .participle_endings
                .iter()
                .any(|e| word.ends_with(e))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_company_noun_a_participles_clause_follows_heads_an_apposition() {
        let text = "Velmar Foods will pay with new loans from Halvard Keane, the \
                    investment bank advising it on the deal.";
        assert_eq!(kind_of(text, "Halvard Keane"), Some(EntityKind::Org));
        let text = "The deal was signed by Anna Keane, the lawyer advising Velmar Foods.";
        assert_eq!(kind_of(text, "Anna Keane"), Some(EntityKind::Person));
    }

    #[test]
    fn a_name_before_a_describing_word_and_a_product_noun_is_a_product() {
        let text = "Korvin Systems said the Quarlo mobile device is still the most \
                    popular handset. Brisk Labs makes chips in Oslo.";
        assert_eq!(kind_of(text, "Quarlo"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Brisk Labs"), Some(EntityKind::Org));
    }

    #[test]
    fn a_possessive_opens_the_noun_phrase_of_a_product_as_the_does() {
        let text = "Korvin Systems said sales of its Quarlo games console fell. \
                    Brisk Labs added the Telvo chat service to Korvin's Pemmit \
                    instant messenger.";
        assert_eq!(kind_of(text, "Quarlo"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Pemmit"), Some(EntityKind::Product));
        // A verb after the name: no noun phrase.
        let text = "Korvin Systems said its Brisk unit makes chips in Oslo.";
        assert_ne!(kind_of(text, "Brisk"), Some(EntityKind::Product));
    }
}
