//! Rivals: "competes with A and with B", "its main rivals are A and B",
//! "A and B, its two main rivals,": the names a word of competition
//! gives are companies (read for lists by [`Kinds::agree_lists`]).

use crate::lang::words_back;
use crate::model::EntityKind;

use super::Kinds;

/// Most words between a preposition of competition and the rivals
/// ("with the larger Spanish chains such as").
const RIVAL_GAP_WORDS: usize = 6;

/// Most words between a word of competition and its preposition
/// ("competes for milk with").
const RIVAL_VERB_GAP_WORDS: usize = 3;

impl Kinds {
    /// The rivals a word of competition names (see [`Self::rivals_by_preposition`]
    /// and [`Self::rivals_as_subject`]): companies.
    pub(super) fn rival_head(&self, text: &str, start: usize) -> Option<EntityKind> {
        self.rivals_by_preposition(text, start)
            .or_else(|| self.rivals_as_subject(text, start))
    }

    /// "its main rivals in Grasse are A and B", "competitors include A",
    /// "the two makers' main rivals, A and B,": a noun of competition,
    /// the clause's subject, a few words before a linking verb right before
    /// the names (a determiner between), or the noun itself in apposition.
    fn rivals_as_subject(&self, text: &str, start: usize) -> Option<EntityKind> {
        let mut words = words_back(&text[..start])
            .take(RIVAL_GAP_WORDS + 2)
            .take_while(|w| !w.ends_with(['.', ';', ':', '?', '!']));
        let mut link = words.next()?;
        if self.words.determiners.contains_lowercase(link) {
            link = words.next()?;
        }
        if let Some(noun) = link.strip_suffix(',') {
            return self
                .words
                .rival_nouns
                .contains_lowercase(noun)
                .then_some(EntityKind::Org);
        }
        (self.words.rival_links.contains_lowercase(link)
            && words
                .take(RIVAL_GAP_WORDS)
                .any(|w| self.words.rival_nouns.contains_lowercase(w)))
        .then_some(EntityKind::Org)
    }

    /// "A and B, its two main Italian rivals,": a noun of competition
    /// heading the apposition (its last word, before a comma or a stop)
    /// right after the names, which ends at `end`.
    pub(super) fn rivals_in_apposition(&self, text: &str, end: usize) -> Option<EntityKind> {
        let rest = text[end..].strip_prefix(", ")?;
        let mut words = rest.split_whitespace().take(RIVAL_GAP_WORDS);
        if !words.next()?.starts_with(char::is_lowercase) {
            return None;
        }
        let head = rest
            .split_whitespace()
            .take(RIVAL_GAP_WORDS)
            .find(|w| w.ends_with([',', '.', ';', ':']))?;
        self.words
            .rival_nouns
            .contains_lowercase(head.trim_end_matches([',', '.', ';', ':']))
            .then_some(EntityKind::Org)
    }

    /// "competes with", "in competition against the larger": a word of
    /// competition, a preposition of it a few words on, then the names;
    /// "competes with A and with B": the preposition said again after a
    /// list word reads the words before the first.
    fn rivals_by_preposition(&self, text: &str, start: usize) -> Option<EntityKind> {
        // Read back only as far as needed: most names have no preposition
        // of competition before them.
        let mut words = words_back(&text[..start])
            .take(2 * RIVAL_GAP_WORDS + RIVAL_VERB_GAP_WORDS + 2)
            .take_while(|w| !w.ends_with(['.', ';', ':', '?', '!']));
        let is_preposition = |w: &str| {
            self.words
                .rival_prepositions
                .contains_lowercase(w.trim_end_matches(','))
        };
        words
            .by_ref()
            .take(RIVAL_GAP_WORDS)
            .position(is_preposition)?;
        let mut verb = words.clone().take(RIVAL_VERB_GAP_WORDS);
        if verb.any(|w| self.words.rival_words.contains_lowercase(w)) {
            return Some(EntityKind::Org);
        }
        // "and with": the names of the preposition said first lie before it.
        if !words
            .next()
            .is_some_and(|w| self.words.list_joins.contains(w))
        {
            return None;
        }
        words
            .by_ref()
            .take(RIVAL_GAP_WORDS)
            .position(is_preposition)?;
        words
            .take(RIVAL_VERB_GAP_WORDS)
            .any(|w| self.words.rival_words.contains_lowercase(w))
            .then_some(EntityKind::Org)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn names_a_noun_of_competition_stands_after_in_apposition_are_companies() {
        let text = "Sales at Velmoro fell 3% last year, while Tarsetti and Ruvello \
                    Manca, its two main Italian rivals, both grew.";
        assert_eq!(kind_of(text, "Ruvello Manca"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Tarsetti"), Some(EntityKind::Org));
        // A person in apposition to a post is no rival.
        let text = "Velmoro hired Anna Varga, its new chief executive, in May.";
        assert_eq!(kind_of(text, "Anna Varga"), Some(EntityKind::Person));
    }

    #[test]
    fn a_rival_after_a_preposition_of_competition_said_again_is_a_company() {
        let text = "Velmoro competes with the German makers Tarsell and Ubrand and with \
                    Lemark Vauxe of London, which together equip most fencers.";
        assert_eq!(kind_of(text, "Lemark Vauxe"), Some(EntityKind::Org));
        let text = "Velmoro competes with Tarsell and with Lemark Vauxe, whose bears are made \
                    in Hirschaid.";
        assert_eq!(kind_of(text, "Lemark Vauxe"), Some(EntityKind::Org));
    }
}
