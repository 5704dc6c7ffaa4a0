//! Place parties: a place that only says where a company is ("India's
//! Tarnfield Steel", "The Holmvik Co of the United States") is no party to
//! a payment; the company it modifies is. A place that only describes a
//! thing a headline leaves unnamed ("picks Manchester hatter", "buys
//! Yorkshire quarry") is not paid: the thing is. Read once every figure
//! has its parties.

use crate::lang::{MoneyWords, WordList};
use crate::model::{EntityKind, Mention, MentionPlaces, MoneyFact, Span};

use super::possessors::POSSESSIVES;
use super::segment::Segmentation;

/// Gives each figure whose payer or payee is a place written, in the
/// figure's sentence, as the possessor of a company right after it or after
/// "of" right after a company, that company instead, unless it is already
/// the other party; a payee place the sentence names only before a noun it
/// describes is no payee.
pub fn place_parties(
    words: &MoneyWords,
    function_words: &WordList,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    money: &mut [MoneyFact],
) {
    let places = MentionPlaces::new(mentions);
    for fact in money.iter_mut() {
        if fact.per.is_some() {
            continue;
        }
        let Some(amount) = mentions.get(fact.mention) else {
            continue;
        };
        let Some(sentence) = seg.sentences.get(seg.sentence_index(amount.span.start)) else {
            continue;
        };
        let sentence = sentence.span;
        let company = |place: usize| company_of(&words.place_of, text, &places, sentence, place);
        if let Some(c) = fact
            .investor
            .and_then(company)
            .filter(|&c| Some(c) != fact.recipient)
        {
            fact.investor = Some(c);
        }
        if let Some(c) = fact
            .recipient
            .and_then(company)
            .filter(|&c| Some(c) != fact.investor)
        {
            fact.recipient = Some(c);
        }
        if fact
            .recipient
            .is_some_and(|p| only_describes((words, function_words), text, &places, sentence, p))
        {
            fact.recipient = None;
        }
    }
}

/// True when entity `place` is named in `sentence`, always as a place and
/// always right before a lower-case noun it describes: "picks Manchester
/// hatter", "orders two ships from Gdańsk yard". A function word, a verb's "-s" or
/// "-ed" form or a plural after it ("Ohio will pay", "Kent receives",
/// "Luton hatters"), or anything but a space, leaves the place a party.
fn only_describes(
    (words, function_words): (&MoneyWords, &WordList),
    text: &str,
    places: &MentionPlaces<'_>,
    sentence: Span,
    place: usize,
) -> bool {
    let mut named = places
        .within(sentence)
        .filter(|m| m.entity == Some(place))
        .peekable();
    named.peek().is_some()
        && named.all(|m| {
            let word = text
                .get(m.span.end..)
                .and_then(|after| after.strip_prefix(' '))
                .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
                .unwrap_or("");
            m.kind == EntityKind::Loc
                && !word.is_empty()
                && word.chars().all(char::is_lowercase)
                && !function_words.contains(word)
                && !words.place_noun_not.iter().any(|end| word.ends_with(end))
        })
}

/// The one company entity that place entity `place` modifies in
/// `sentence`: "P's C" or "C of (the) P".
fn company_of(
    place_of: &WordList,
    text: &str,
    places: &MentionPlaces<'_>,
    sentence: Span,
    place: usize,
) -> Option<usize> {
    let org = |m: &Mention| m.kind == EntityKind::Org && !m.nominal;
    let mut found: Vec<usize> = places
        .within(sentence)
        .filter(|m| m.entity == Some(place) && m.kind == EntityKind::Loc)
        .filter_map(|p| {
            let after = text.get(p.span.end..).unwrap_or("");
            let possessed = POSSESSIVES
                .iter()
                .find(|s| after.starts_with(*s))
                .and_then(|s| places.first_starting(p.span.end + s.len(), org))
                .and_then(|m| m.entity);
            let before = text.get(..p.span.start).unwrap_or("");
            let of = place_of
                .iter()
                .map(|w| format!(" {w} "))
                .find(|s| before.ends_with(s.as_str()))
                .and_then(|s| p.span.start.checked_sub(s.len()))
                .and_then(|end| places.first_ending(end, org))
                .and_then(|m| m.entity);
            possessed.or(of)
        })
        .filter(|&c| c != place)
        .collect();
    found.sort_unstable();
    found.dedup();
    match found[..] {
        [c] => Some(c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::analysis;

    /// `(payer, payee)` names of every figure of `text`.
    fn parties(text: &str) -> Vec<(Option<String>, Option<String>)> {
        let a = analysis(text);
        let name = |e: Option<usize>| e.map(|e| a.entity_name(e).to_owned());
        a.money
            .iter()
            .map(|f| (name(f.investor), name(f.recipient)))
            .collect()
    }

    #[test]
    fn a_place_that_says_where_a_company_is_is_no_party() {
        assert_eq!(
            parties(
                "Belgium's Ostrava Bank has approved a $6.5 million loan to India's \
                 Tarnfield Steel Ltd to part-finance its plant."
            ),
            vec![(
                Some("Ostrava Bank".to_owned()),
                Some("Tarnfield Steel Ltd".to_owned())
            )]
        );
        assert_eq!(
            parties("The Holmvik Chemical Co of the United States will invest $4 billion."),
            vec![(Some("Holmvik Chemical Co".to_owned()), None)]
        );
    }

    #[test]
    fn a_place_that_only_describes_what_is_paid_is_no_payee() {
        let some = |s: &str| Some(s.to_owned());
        for (text, want) in [
            (
                "Kestrel Mounted Police picks Manchester hatter in C$4.3 million deal",
                vec![(some("Kestrel Mounted Police"), None)],
            ),
            (
                "Penwarden Minerals buys Yorkshire quarry for £34 million",
                vec![(some("Penwarden Minerals"), None)],
            ),
        ] {
            assert_eq!(parties(text), want, "{text}");
        }
        // A place that is paid stays the payee.
        let text = "Senators asked the president to reserve part of the $700 billion \
                    rescue package earmarked for Wall Street to assist carmakers.";
        let payees: Vec<_> = parties(text).into_iter().map(|(_, payee)| payee).collect();
        assert_eq!(payees, [some("Wall Street")], "{text}");
    }
}
