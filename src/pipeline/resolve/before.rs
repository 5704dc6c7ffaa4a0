//! The words right before a description ("of the Verona company", "the
//! Minneapolis-based company"): what governs it and the home it names.

use crate::lang::{ResolveWords, words_back};
use crate::model::{EntityKind, Mention, Span};
use crate::pipeline::word_shape::with_capital;

/// True when the words `before` a description end in a preposition, or in a
/// preposition, an article and a one-word place (`place_before`) between
/// it and the noun ("of the Verona company"): the description is no
/// subject, and its own sentence's subject is not what it means. A
/// sentence's whole opener that says whose word it is ("According to the
/// company's …") governs nothing.
pub(super) fn governed_by_preposition(
    lang: &ResolveWords,
    before: &str,
    place_before: bool,
) -> bool {
    const OPENER_WORDS: usize = 3;
    if before.split_whitespace().nth(OPENER_WORDS).is_none() {
        let opener: Vec<&str> = before.split_whitespace().collect();
        if lang
            .attribution_openers
            .contains_lowercase(&opener.join(" "))
        {
            return false;
        }
    }
    let mut words = words_back(before);
    let Some(last) = words.next() else {
        return false;
    };
    if lang.prepositions.contains_lowercase(last) {
        return true;
    }
    place_before
        && words
            .next()
            .is_some_and(|d| lang.description_determiners.contains_lowercase(d))
        && words
            .next()
            .is_some_and(|p| lang.prepositions.contains_lowercase(p))
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
        // Past the whole space, a wide one ("\u{a0}") too.
        let word_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[word_start..];
        if lang.description_determiners.contains_lowercase(word) {
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

/// The named organisation a description set off after it describes: in
/// "Ostlind, the Stuttgart publisher of the Merrow games" the description's
/// phrase (from `phrase`, its article) follows the name and a comma, and a
/// comma, a full stop or a word of `apposition_continuations` follows the
/// description (its span ends at `end`), not a verb ("…, the company said").
pub(super) fn set_off_after_name(
    lang: &ResolveWords,
    text: &str,
    before: &[Mention],
    phrase: usize,
    end: usize,
) -> Option<usize> {
    let name_end = text[..phrase].trim_end().strip_suffix(',')?.len();
    // Past a place or nationality inside the phrase ("the Stuttgart …").
    let name = before
        .iter()
        .rev()
        .take_while(|m| m.span.end >= name_end)
        .find(|m| m.span.end == name_end)
        .filter(|m| !m.nominal && matches!(m.kind, EntityKind::Org | EntityKind::Misc))?;
    let after = text[end..].trim_start_matches(['’', '\'', 's']);
    let closes = after.starts_with([',', '.', ';'])
        || after.split_whitespace().next().is_some_and(|w| {
            after.starts_with(char::is_whitespace)
                && lang.apposition_continuations.contains_lowercase(w)
        });
    closes.then_some(name.entity).flatten()
}

/// The named organisation set off right after a description as its
/// apposition: in "The Dongguan contractor, Jinhe Precision Co, has built
/// …" or "a loan from the local savings bank, Kestel Sparkasse." the name
/// (`next`, the mention after the description ending at `end`) follows a
/// comma and is closed by a comma, a full stop or a semicolon, with no
/// further name after that comma (a list: "the company, A, B and C"). A
/// possessive description ("the bank's chairman, P,") describes no name.
pub(super) fn name_set_off_after(text: &str, end: usize, next: Option<&Mention>) -> Option<usize> {
    let name = next.filter(|m| {
        !m.nominal
            && matches!(m.kind, EntityKind::Org | EntityKind::Misc)
            && m.span.start >= end
            && text[end..m.span.start] == *", "
    })?;
    let after = &text[name.span.end..];
    let closes = after.starts_with(['.', ';'])
        || after.strip_prefix(',').is_some_and(|rest| {
            !rest
                .trim_start()
                .starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        });
    closes.then_some(name.entity).flatten()
}

/// True when the words `before` a description end in a comma and a
/// conjunction that opens a new clause ("…, and the company will keep its
/// office", "…, as the company faced a recall"): the description is that
/// clause's subject and continues the subject of the clause before.
pub(super) fn opens_coordinated_clause(lang: &ResolveWords, before: &str) -> bool {
    let mut words = words_back(before);
    words.next().is_some_and(|w| {
        lang.clause_conjunctions.contains_lowercase(w) || lang.subordinators.contains_lowercase(w)
    }) && words.next().is_some_and(|w| w.ends_with(','))
}

/// True when the clause before `span`'s end has "it" as its subject: an "it"
/// not governed by a preposition, before any name.
pub(super) fn starts_with_subject_pronoun(lang: &ResolveWords, text: &str, span: Span) -> bool {
    let pronoun = lang.subject_pronoun.as_str();
    let capitalised = with_capital(pronoun);
    let mut prev = "";
    for word in span
        .slice(text)
        .split(|c: char| c.is_whitespace() || c == ',')
    {
        if word.is_empty() {
            continue;
        }
        if word.starts_with(char::is_uppercase) && !prev.is_empty() && word != capitalised {
            return false;
        }
        if word.eq_ignore_ascii_case(pronoun) {
            return !lang.prepositions.contains_lowercase(prev);
        }
        prev = word;
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::resolved;

    #[test]
    fn a_description_after_according_to_continues_the_previous_subject() {
        // "According to the company's …" opens the sentence: the subject
        // before, not the division named last.
        let text = "The Swedish carmaker Keltic Motors said it would cut 900 jobs at its Danish division, Orvo. \
                    According to the company's finance chief Jon Hale, the cuts will save $40 million.";
        assert_eq!(
            resolved(text, "the company").as_deref(),
            Some("Keltic Motors")
        );
    }

    #[test]
    fn a_description_set_off_after_a_name_is_that_name() {
        // "Orvo Verlag, the Bremen publisher of …": Orvo Verlag, not the
        // publisher the article is about.
        let text = "Keltic Spiele GmbH, the Bamberg publisher of board games, has named Jon Hale its chief executive. \
                    Keltic Spiele competes with Orvo Verlag, the Bremen publisher of the Tarn card games.";
        assert_eq!(
            resolved(text, "publisher of the Tarn").as_deref(),
            Some("Orvo Verlag")
        );
        // A verb after it makes it a speaker's tag, not an apposition.
        let text = "Keltic Spiele GmbH, the Bamberg publisher of board games, will sell its games through Orvo Verlag, \
                    the publisher said on Monday.";
        assert_eq!(
            resolved(text, "the publisher said").as_deref(),
            Some("Keltic Spiele GmbH")
        );
    }

    #[test]
    fn a_name_set_off_after_a_description_is_that_name() {
        // "The Tarn maker, Velmora Hobby Co, …": that name, not the
        // company the article is about.
        let text = "Keltic Models Ltd will move its carriages to Barrow. \
                    The Tarn maker, Velmora Hobby Co, has built its engines since 2004. \
                    The maker will go on making the wagons, the company said.";
        assert_eq!(
            resolved(text, "The Tarn maker").as_deref(),
            Some("Velmora Hobby Co")
        );
        let text = "Keltic Events AG is building a magazine near Orvo, paid for with a loan \
                    from the local savings bank, Sparkasse Tarnholm.";
        assert_eq!(
            resolved(text, "the local savings bank").as_deref(),
            Some("Sparkasse Tarnholm")
        );
        // A list after the description names none of its members.
        let text = "Keltic Events AG said the company, Velmora, Orvo and Tarn, had agreed.";
        assert_ne!(resolved(text, "the company").as_deref(), Some("Velmora"));
        // A speaker after the comma is no apposition.
        let text = "Keltic Events AG sold the unit to the company, Velmora AG said.";
        assert_ne!(resolved(text, "the company").as_deref(), Some("Velmora AG"));
    }

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
