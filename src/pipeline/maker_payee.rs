//! Maker payees: an amount whose sentence names, by a passive participle,
//! the maker of what it pays for ("Saltcote is buying a third tender, to
//! be built by the yard Y, for £N"; "N will pay for a line to be built by
//! the machine maker Y"; "to be delivered to A by Y for €N") is paid to
//! that maker, and by the client the delivery goes "to" where the figure
//! has no payer. Read for figures no deal carries and no frame gave a
//! payee, after the frames and deals.

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Span};

use super::deal_payee::open_figures;
use super::segment::Segmentation;

/// How many tokens after "by" the maker's name may start ("by the Irish
/// engineering firm Y", "by X's sister company Y").
const AGENT_REACH: usize = 8;

/// How many tokens before the participle a word of the past is read ("has
/// been built").
const PAST_REACH: usize = 2;

/// How many tokens after the maker's name a date makes the making a past
/// statement of its own ("built by Y in 1890").
const DATE_REACH: usize = 4;

/// Gives each figure without a payee, a deal or a unit, that is a payment
/// (no worth, market value or measure), the one maker its sentence names
/// after a participle of making and "by", unless that maker pays it; a
/// figure without a payer is paid by the client the delivery goes "to".
pub fn maker_payees(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    money: &mut [MoneyFact],
) {
    for (fact, amount) in open_figures(money, mentions) {
        let s = seg.sentence_index(amount.span.start);
        if !is_payment(lang, text, seg, s, amount.span) {
            continue;
        }
        let Some((maker, client)) = maker_of(lang, text, seg, mentions, (s, amount.span)) else {
            continue;
        };
        if fact.investor == Some(maker) {
            continue;
        }
        fact.recipient = Some(maker);
        if fact.investor.is_none() {
            fact.investor = client.filter(|&c| c != maker);
        }
    }
}

/// True when the amount at `span` of sentence `s` is no worth, market
/// value or measure: money that moves.
fn is_payment(lang: &Language, text: &str, seg: &Segmentation, s: usize, span: Span) -> bool {
    let words = &lang.money;
    !(super::valuations::is_valuation(words, text, seg, s, span)
        || super::valuations::is_market_value(words, text, seg, s, span)
        || super::measures::is_measure(words, text, seg, s, span))
}

/// `(maker, client)` of sentence `s`: the one organisation or person a
/// participle of making and "by" name ("built by the yard Y"), and the one
/// named after a "to" between them ("delivered to A by Y"); none where the
/// sentence names two makers, or the making is past ("was built by Y",
/// "built by Y in 1890").
fn maker_of(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    (s, amount): (usize, Span),
) -> Option<(usize, Option<usize>)> {
    let sentence = seg.sentences.get(s)?;
    let tokens = &seg.tokens[sentence.tokens.clone()];
    let word = |j: usize| tokens[j].slice(text);
    let mut found: Option<(usize, Option<usize>)> = None;
    for j in 0..tokens.len() {
        if !lang.money.maker_participles.contains_lowercase(word(j)) {
            continue;
        }
        let past = (j.saturating_sub(PAST_REACH)..j)
            .any(|k| lang.money.maker_past.contains_lowercase(word(k)));
        if past || amount_between(mentions, amount, tokens[j]) {
            continue;
        }
        let Some((by, client)) = agent_word(lang, text, mentions, tokens, j) else {
            continue;
        };
        let Some(maker) = agent(text, mentions, tokens, by) else {
            continue;
        };
        if dated_after(mentions, tokens, maker.span) {
            continue;
        }
        let maker = maker.entity?;
        match found {
            Some((m, _)) if m != maker => return None,
            _ => found = Some((maker, client)),
        }
    }
    found
}

/// The token of the "by" after the participle at `j`, right after it or
/// past a "to" and one name ("delivered to A by"), with the entity of
/// that name.
fn agent_word(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    tokens: &[Span],
    j: usize,
) -> Option<(usize, Option<usize>)> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.slice(text));
    let by = |k: usize| lang.relate.clause.passive_agent.contains_lowercase(word(k));
    if by(j + 1) {
        return Some((j + 1, None));
    }
    if !lang.relate.payments.to.contains_lowercase(word(j + 1)) {
        return None;
    }
    let after_to = tokens.get(j + 2)?.start;
    let limit = tokens
        .get(j + 2 + AGENT_REACH)
        .map_or(tokens.last()?.end, |t| t.start);
    let client = mentions
        .iter()
        .filter(|m| {
            matches!(m.kind, EntityKind::Org | EntityKind::Person)
                && m.span.start >= after_to
                && m.span.start < limit
        })
        .min_by_key(|m| m.span.start)?;
    let k = tokens.partition_point(|t| t.end <= client.span.end);
    let between = text.get(after_to..client.span.start)?;
    (by(k) && !between.contains([',', ';', '(', ')'])).then_some((k, client.entity))
}

/// The organisation or person named shortly after the "by" at token `by`,
/// past a description and a possessor ("by the yard Y", "by X's sister
/// company Y"), with no comma or bracket before it.
fn agent<'m>(
    text: &str,
    mentions: &'m [Mention],
    tokens: &[Span],
    by: usize,
) -> Option<&'m Mention> {
    let from = tokens.get(by)?.end;
    let end = tokens.last()?.end;
    let limit = tokens.get(by + AGENT_REACH).map_or(end, |t| t.end);
    let mut named: Vec<&Mention> = mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Org | EntityKind::Person))
        .filter(|m| m.span.start > from && m.span.end <= limit && m.entity.is_some())
        .collect();
    named.sort_by_key(|m| m.span.start);
    named
        .into_iter()
        .take_while(|m| {
            text.get(from..m.span.start)
                .is_some_and(|gap| !gap.contains([',', ';', '(', ')', ':']))
        })
        .find(|m| !text[m.span.end..].starts_with(['\'', '’']))
}

/// True when another amount stands between the amount at `amount` and the
/// participle at `verb` ("a £N loan, of which £M will pay for a line built
/// by Y": Y is paid the part, not the loan).
fn amount_between(mentions: &[Mention], amount: Span, verb: Span) -> bool {
    let (from, to) = if amount.end <= verb.start {
        (amount.end, verb.start)
    } else {
        (verb.end, amount.start)
    };
    mentions
        .iter()
        .any(|m| m.kind == EntityKind::Money && m.span.start >= from && m.span.end <= to)
}

/// True when a date is named within a few tokens after the maker's name at
/// `span` ("built by Y in 1890").
fn dated_after(mentions: &[Mention], tokens: &[Span], span: Span) -> bool {
    let k = tokens.partition_point(|t| t.end <= span.end);
    let end = tokens.last().map_or(span.end, |t| t.end);
    let limit = tokens.get(k + DATE_REACH).map_or(end, |t| t.end);
    mentions
        .iter()
        .any(|m| m.kind == EntityKind::Date && m.span.start >= span.end && m.span.end <= limit)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties;

    #[test]
    fn the_maker_of_what_an_amount_pays_for_is_paid() {
        check_money_parties(&[
            (
                "To handle the work Quarrow Marine Ltd is buying a third tender, to be built \
                 by the Norfolk yard Tessbury Workboats for £6.8 million.",
                (
                    "£6.8 million",
                    Some("Quarrow Marine Ltd"),
                    Some("Tessbury Workboats"),
                ),
            ),
            (
                "Enough stone wool for 9,000 homes is to be delivered to the housing \
                 association Woonstichting Veldhaven by Keltenwol BV, a Roermond maker, \
                 for 31 million euros.",
                (
                    "31 million euros",
                    Some("Woonstichting Veldhaven"),
                    Some("Keltenwol BV"),
                ),
            ),
            (
                "Zürich's Brantmoor AG will spend a further 9 million francs on new linings, \
                 to be fitted by Brantmoor's sister company Ofenbau Keller GmbH.",
                (
                    "9 million francs",
                    Some("Brantmoor AG"),
                    Some("Ofenbau Keller GmbH"),
                ),
            ),
        ]);
    }

    #[test]
    fn a_past_making_is_no_payee() {
        for text in [
            "Quarrow Marine Ltd paid £6.8 million for the old mill, which was built by \
             Tessbury Works.",
            "Quarrow Marine Ltd paid £6.8 million for a mill built by Tessbury Works in 1890.",
            "Quarrow Marine Ltd paid £6.8 million for tenders built by Tessbury Workboats \
             and engines made by Keltic Motors.",
        ] {
            let got = crate::pipeline::tests::money_parties(text);
            assert_eq!(got[0].2, None, "{text}");
        }
    }
}
