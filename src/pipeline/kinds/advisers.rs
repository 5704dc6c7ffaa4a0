//! Advisers on a deal: "Brightholm was advised by Hazelmere Lochrane",
//! "Evercore advised Telmarc", "hired Tarn Hale as financial adviser".
//! Deal news names the banks and law firms that advise; a name read as
//! a person's there, with no given name to open it, is a firm's.

use crate::lang::words_back;
use crate::model::Span;

use super::Kinds;

/// Most words between a verb of advising and the "by" of its agent, in
/// the same sentence ("was advised by the law firm Ravensby Hale and
/// Saltire by"): the ellipsis gives the later pairs the verb once.
const ADVISED_GAP_WORDS: usize = 12;
/// Most words between "as" and the noun of advising ("as its lead
/// financial adviser").
const AS_ADVISER_WORDS: usize = 3;

impl Kinds {
    /// True when the name at `span` advises on a deal: the agent after "by"
    /// of a verb of advising earlier in its sentence, the subject of a verb
    /// of advising right after it, or a name "as (…) adviser".
    pub(super) fn named_as_adviser(&self, text: &str, span: Span) -> bool {
        self.advising_agent(text, span.start)
            || self.advising_subject(text, span.end)
            || self.as_adviser(text, span.end)
    }

    /// "was advised by X", "and Saltire by X": "by" right before the name,
    /// a verb of advising at most [`ADVISED_GAP_WORDS`] words back, no
    /// sentence's end between.
    fn advising_agent(&self, text: &str, start: usize) -> bool {
        let Some((at, prev)) = super::word_start_before(text, start) else {
            return false;
        };
        if !self.words.passive_agent.contains(prev) {
            return false;
        }
        words_back(&text[..at])
            .take(ADVISED_GAP_WORDS)
            .take_while(|w| !w.ends_with(['.', ';', ':', '?', '!']))
            .any(|w| {
                self.words
                    .advise_verbs
                    .contains(w.trim_end_matches([',', ')']))
            })
    }

    /// "Evercore advised Telmarc", "with Orvo advising": a verb of
    /// advising right after the name.
    fn advising_subject(&self, text: &str, end: usize) -> bool {
        text[end..].strip_prefix(' ').is_some_and(|rest| {
            let word = rest.split(' ').next().unwrap_or("");
            self.words
                .advise_verbs
                .contains(word.trim_end_matches([',', '.', ';', ':']))
        })
    }

    /// "hired X as financial adviser", "with X as its advisers": "as", at
    /// most [`AS_ADVISER_WORDS`] words in small letters, a noun of advising.
    fn as_adviser(&self, text: &str, end: usize) -> bool {
        let mut words = text[end..]
            .strip_prefix(' ')
            .into_iter()
            .flat_map(|r| r.split(' '));
        if !words.next().is_some_and(|w| self.words.job_as.contains(w)) {
            return false;
        }
        words
            .take(AS_ADVISER_WORDS + 1)
            .map(|w| w.trim_end_matches([',', '.', ';', ':']))
            .take_while(|w| w.chars().all(char::is_lowercase))
            .any(|w| self.words.adviser_nouns.contains(w))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn an_adviser_named_like_two_surnames_is_a_firm() {
        let text = "Quarrow Ltd agreed to buy Tessmoor Mill. Quarrow was advised by \
                    Hazelwick Lochrane, and Tessmoor by Pendry Treglown. Orvane Capital \
                    advised the lenders, and Tessmoor hired Wyncote Cairns as its \
                    financial adviser.";
        assert_eq!(kind_of(text, "Hazelwick Lochrane"), Some(Org));
        assert_eq!(kind_of(text, "Pendry Treglown"), Some(Org));
        assert_eq!(kind_of(text, "Wyncote Cairns"), Some(Org));
    }

    #[test]
    fn an_adviser_with_a_given_name_or_put_somewhere_stays_what_it_was() {
        let text = "Quarrow Ltd agreed to buy Tessmoor Mill. Quarrow was advised by \
                    Margaret Holloway, a former minister, and hired David Renshaw as an \
                    adviser.";
        assert_eq!(kind_of(text, "Margaret Holloway"), Some(Person));
        assert_eq!(kind_of(text, "David Renshaw"), Some(Person));
        // Any space before the name, a wide one too, reads without a panic.
        let text = "Quarrow was advised by\u{a0}Hazelwick Lochrane and founded by\u{3000}Orvo; \
                    its stoves are made by\u{a0}Tarvik and bought from\u{a0}Kesmo.";
        let _ = kind_of(text, "Hazelwick Lochrane");
    }
}
