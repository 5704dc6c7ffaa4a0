//! Issue payees: an amount of securities a company issues ("X will issue
//! bonds worth N", "shareholders of X approved a N convertible issue", "X's
//! N bond issue") is money the issuer raises: the issuer is paid, by buyers
//! the sentence does not name. Read once the frames, deals and payees have
//! run, for figures no deal carries whose payer, if any, is the issuer
//! itself (the frame reads "approved" or "launched" as giving).

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Span};

use super::deal_payee::open_figures;
use super::segment::Segmentation;

/// How many tokens after an amount its noun of securities may stand ("a N,
/// five-year convertible issue").
const NOUN_AFTER: usize = 7;
/// How many tokens before an amount the verb of issuing may stand ("will
/// issue bonds worth N").
const VERB_BEFORE: usize = 6;
/// How many tokens may stand between the issuer and its verb ("X will
/// shortly issue").
const SUBJECT_GAP: usize = 3;

/// Makes the issuer the payee of each figure that is an issue of
/// securities, and no payer.
pub fn issue_payees(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    money: &mut [MoneyFact],
) {
    for (f, amount) in open_figures(money, mentions) {
        let Some(sentence) = seg.sentences.get(seg.sentence_index(amount.span.start)) else {
            continue;
        };
        let tokens = &seg.tokens[sentence.tokens.clone()];
        let at = tokens.partition_point(|t| t.end <= amount.span.start);
        let past = tokens.partition_point(|t| t.start < amount.span.end);
        if !issued(lang, text, tokens, at, past) {
            continue;
        }
        let Some(issuer) = possessor(text, mentions, amount.span, sentence.span)
            .or_else(|| subject(lang, text, mentions, tokens, at))
        else {
            continue;
        };
        if f.investor.is_none_or(|p| p == issuer) {
            f.investor = None;
            f.recipient = Some(issuer);
        }
    }
}

/// True when the amount (tokens `at..past`) names securities issued: a
/// noun of them a few words after it ("a N convertible issue", "N of
/// bonds") or right before a link ("bonds worth N").
fn issued(lang: &Language, text: &str, tokens: &[Span], at: usize, past: usize) -> bool {
    let words = &lang.money;
    let word = |j: usize| tokens[j].slice(text);
    let after = tokens
        .iter()
        .enumerate()
        .skip(past)
        .take(NOUN_AFTER)
        .map(|(j, _)| word(j))
        .take_while(|w| !words.issue_stops.contains_lowercase(w))
        .any(|w| words.issue_nouns.contains_lowercase(w));
    let before = at >= 2
        && words.issue_links.contains_lowercase(word(at - 1))
        && words.issue_nouns.contains_lowercase(word(at - 2));
    after || before
}

/// The organisation whose possessive stands right before the amount ("X's
/// N bond issue").
fn possessor(text: &str, mentions: &[Mention], amount: Span, sentence: Span) -> Option<usize> {
    mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org && m.span.within(sentence))
        .filter(|m| m.span.end <= amount.start)
        .find(|m| {
            let gap = text[m.span.end..amount.start].trim();
            gap == "'s" || gap == "’s"
        })
        .and_then(|m| m.entity)
}

/// The organisation that is the subject of the verb of issuing a few
/// tokens before the amount at token `at`: the nearest named right before
/// the verb, a few words between at most and no comma.
fn subject(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    tokens: &[Span],
    at: usize,
) -> Option<usize> {
    let word = |j: usize| tokens[j].slice(text);
    let verb = (at.saturating_sub(VERB_BEFORE)..at)
        .rev()
        .take_while(|&j| !lang.money.issue_stops.contains_lowercase(word(j)) && word(j) != ",")
        .find(|&j| lang.money.issue_verbs.contains_lowercase(word(j)))?;
    let start = tokens.first()?.start;
    let m = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org)
        .filter(|m| m.span.start >= start && m.span.end <= tokens[verb].start)
        .max_by_key(|m| m.span.end)?;
    let first_after = tokens.partition_point(|t| t.start < m.span.end);
    let gap = &tokens[first_after..verb];
    (gap.len() <= SUBJECT_GAP && !gap.iter().any(|t| t.slice(text) == ","))
        .then_some(m.entity)
        .flatten()
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties;

    #[test]
    fn the_issuer_of_securities_is_paid() {
        check_money_parties(&[
            (
                "The Quennel Housing Bank will issue bonds worth three billion baht, a banker said.",
                ("three billion baht", None, Some("Quennel Housing Bank")),
            ),
            (
                "Shareholders of the construction firm Brennick Holding SA approved a \
                 25-million-zloty, five-year convertible issue on Saturday.",
                ("25-million-zloty", None, Some("Brennick Holding SA")),
            ),
        ]);
    }

    #[test]
    fn a_buyer_of_securities_is_no_issuer() {
        let got = crate::pipeline::tests::money_parties(
            "Tellmark Capital bought $40 million of bonds last week.",
        );
        assert_ne!(got[0].2.as_deref(), Some("Tellmark Capital"));
    }
}
