//! The words right before a description ("of the Verona company", "the
//! Minneapolis-based company"): what governs it and the home it names.

use crate::lang::{ResolveWords, lowercase};

/// True when the words `before` a description end in a preposition, or in a
/// preposition, an article and a one-word place (`place_before`) between
/// it and the noun ("of the Verona company"): the description is no
/// subject, and its own sentence's subject is not what it means.
pub(super) fn governed_by_preposition(
    lang: &ResolveWords,
    before: &str,
    place_before: bool,
) -> bool {
    let mut words = before.split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    if lang.prepositions.contains(&lowercase(last)) {
        return true;
    }
    place_before
        && words
            .next()
            .is_some_and(|d| lang.description_determiners.contains(&lowercase(d)))
        && words
            .next()
            .is_some_and(|p| lang.prepositions.contains(&lowercase(p)))
}

/// How many capitalised words a description's span may leave out before
/// its noun ("the Czech drinks group", "the Düsseldorf-based buyer").
const CAPITALS_BEFORE: usize = 2;

/// Where a description's phrase starts: at the article before capitalised
/// words its span leaves out ("the Portuguese company", "the Lyon group"),
/// else at `start`, so "…, the Portuguese company said" reads like "…, the
/// company said".
pub(super) fn phrase_start(lang: &ResolveWords, text: &str, start: usize) -> usize {
    let mut at = start;
    for _ in 0..=CAPITALS_BEFORE {
        let before = text[..at].trim_end();
        let word_start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let word = &before[word_start..];
        if lang.description_determiners.contains(&lowercase(word)) {
            return word_start;
        }
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        at = word_start;
    }
    start
}

/// The home the word right before a description names with a suffix of
/// `lang.home_suffixes`: "minneapolis" for "the Minneapolis-based" before
/// "company".
pub(super) fn home_of(lang: &ResolveWords, before: &str) -> Option<String> {
    let word = before.split_whitespace().last()?.to_lowercase();
    lang.home_suffixes
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .filter(|h| !h.is_empty())
        .map(str::to_owned)
}

/// True when the words `before` a description end in a comma and a
/// conjunction that opens a new clause ("…, and the company will keep its
/// office"): the description is that clause's subject and continues the
/// subject of the clause before.
pub(super) fn opens_coordinated_clause(lang: &ResolveWords, before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    words
        .next()
        .is_some_and(|w| lang.clause_conjunctions.contains_lowercase(w))
        && words.next().is_some_and(|w| w.ends_with(','))
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::resolved;

    #[test]
    fn a_tag_after_a_comma_is_the_speaker_past_a_nationality() {
        // "…, the Portuguese company said": the subject that said it, not
        // the customer named last.
        let text = "Brask Corks, a cork maker from Porto, will supply 600 million stoppers \
                    to the Champagne house Maison Keltic SA, the Portuguese company said on Monday.";
        assert_eq!(
            resolved(text, "company said").as_deref(),
            Some("Brask Corks")
        );
    }
}
