//! Place parties: a place that only says where a company is ("India's
//! Tarnfield Steel", "The Holmvik Co of the United States") is no party to
//! a payment; the company it modifies is. Read once every figure has its
//! parties.

use crate::lang::WordList;
use crate::model::{EntityKind, Mention, MoneyFact, Span};

use super::possessors::POSSESSIVES;
use super::segment::Segmentation;

/// Gives each figure whose payer or payee is a place written, in the
/// figure's sentence, as the possessor of a company right after it or after
/// "of" right after a company, that company instead, unless it is already
/// the other party.
pub fn place_parties(
    place_of: &WordList,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    money: &mut [MoneyFact],
) {
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
        let company = |place: usize| company_of(place_of, text, mentions, sentence, place);
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
    }
}

/// The one company entity that place entity `place` modifies in
/// `sentence`: "P's C" or "C of (the) P".
fn company_of(
    place_of: &WordList,
    text: &str,
    mentions: &[Mention],
    sentence: Span,
    place: usize,
) -> Option<usize> {
    let org_at = |pick: &dyn Fn(&Mention) -> bool| {
        mentions
            .iter()
            .find(|m| m.kind == EntityKind::Org && !m.nominal && pick(m))
            .and_then(|m| m.entity)
    };
    let mut found: Vec<usize> = mentions
        .iter()
        .filter(|m| m.entity == Some(place) && m.kind == EntityKind::Loc && m.span.within(sentence))
        .filter_map(|p| {
            let after = text.get(p.span.end..).unwrap_or("");
            let possessed = POSSESSIVES
                .iter()
                .find(|s| after.starts_with(*s))
                .and_then(|s| org_at(&|m| m.span.start == p.span.end + s.len()));
            let before = text.get(..p.span.start).unwrap_or("");
            let of = place_of
                .iter()
                .map(|w| format!(" {w} "))
                .find(|s| before.ends_with(s.as_str()))
                .and_then(|s| org_at(&|m| m.span.end + s.len() == p.span.start));
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
}
