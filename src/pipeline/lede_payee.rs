//! Lede payees: a price its payer pays in the sentence right after one that
//! names the payer and one other organisation, with no deal read there
//! ("T has its biggest order: twelve harps for the B foundation. The
//! foundation will pay £N for the instruments"), is paid to that other
//! organisation, the one the sentence before tells the payer deals with.
//! Read for figures that have a payer and no payee after the frames and
//! deals.

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Span};

use super::deal_payee::awaiting_payee;
use super::restatements::restates;
use super::segment::Segmentation;

/// How many tokens before the amount its verb of paying may stand ("will
/// pay about €N").
const VERB_REACH: usize = 2;

/// How many words after the amount (past a restatement in brackets) its
/// "for" may stand ("€N in cash for the work").
const FOR_REACH: usize = 3;

/// How many words after the amount are read for its "for".
const AFTER_WORDS: usize = 12;

/// Gives each figure with a payer and no payee, paid by a verb of paying
/// whose subject is the payer ("S will pay €N"), in a sentence that names
/// no other organisation, the one organisation besides the payer that the
/// sentence before names; an amount that restates it ("£N ($M)") has the
/// same payee.
pub fn lede_payees(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    money: &mut [MoneyFact],
) {
    let mut last: Option<(Span, usize, usize)> = None;
    for (fact, payer, amount) in awaiting_payee(money, mentions) {
        if let Some((at, p, q)) = last
            && p == payer
            && at.end <= amount.span.start
            && restates(&text[at.end..amount.span.start])
        {
            fact.recipient = Some(q);
            continue;
        }
        let s = seg.sentence_index(amount.span.start);
        let payee = s
            .checked_sub(1)
            .filter(|_| paid_by_subject(lang, text, seg, mentions, (s, amount.span), payer))
            .filter(|_| for_what_was_told(lang, text, seg, s, amount.span))
            .and_then(|b| other_party(seg, mentions, b, payer))
            .filter(|&q| !names_another(seg, mentions, s, payer, q));
        if let Some(q) = payee {
            fact.recipient = Some(q);
            last = Some((amount.span, payer, q));
        }
    }
}

/// True when the amount at `span` in sentence `s` follows a verb of paying
/// (a qualifier between: "pay about") and the payer is named before it.
pub(super) fn paid_by_subject(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    (s, span): (usize, Span),
    payer: usize,
) -> bool {
    let Some(sentence) = seg.sentences.get(s) else {
        return false;
    };
    let tokens = &seg.tokens[sentence.tokens.clone()];
    let k = tokens.partition_point(|t| t.end <= span.start);
    let verb = (k.saturating_sub(VERB_REACH)..k).rev().find(|&j| {
        lang.relate
            .payments
            .pay
            .contains_lowercase(tokens[j].slice(text))
            && text.get(tokens[j].end..span.start).is_some_and(|gap| {
                let gap = gap.trim();
                gap.is_empty() || lang.money.qualifiers.contains_lowercase(gap)
            })
    });
    verb.is_some_and(|v| {
        mentions.iter().any(|m| {
            m.entity == Some(payer)
                && m.span.start >= sentence.span.start
                && m.span.end <= tokens[v].start
        })
    })
}

/// True when a "for" shortly after the amount at `span` (past a
/// restatement in brackets) refers back to what was told ("£N ($M) for the
/// instruments"), not to something new ("for a new plant") or no "for" at
/// all ("spend €N on a plant").
fn for_what_was_told(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    s: usize,
    span: Span,
) -> bool {
    let Some((_, after)) = super::prices::words_around(text, seg, s, span, AFTER_WORDS) else {
        return false;
    };
    let from = if after.first().is_some_and(|w| w == "(") {
        after
            .iter()
            .position(|w| w == ")")
            .map_or(after.len(), |k| k + 1)
    } else {
        0
    };
    let rest = after.get(from..).unwrap_or_default();
    rest.iter()
        .take(FOR_REACH)
        .position(|w| lang.relate.payments.paid_for.contains(w))
        .and_then(|k| rest.get(k + 1))
        .is_some_and(|w| lang.money.reference_determiners.contains(w))
}

/// The one organisation besides `payer` that sentence `b` names, when it
/// names the payer too.
fn other_party(seg: &Segmentation, mentions: &[Mention], b: usize, payer: usize) -> Option<usize> {
    let sentence = seg.sentences.get(b)?.span;
    let orgs = || {
        mentions
            .iter()
            .filter(move |m| m.kind == EntityKind::Org && m.span.within(sentence))
            .filter_map(|m| m.entity)
    };
    if !orgs().any(|e| e == payer) {
        return None;
    }
    let mut others = orgs().filter(|&e| e != payer);
    let q = others.next()?;
    others.all(|e| e == q).then_some(q)
}

/// True when sentence `s` names an organisation other than `p` and `q`.
fn names_another(seg: &Segmentation, mentions: &[Mention], s: usize, p: usize, q: usize) -> bool {
    let Some(sentence) = seg.sentences.get(s) else {
        return true;
    };
    mentions.iter().any(|m| {
        m.kind == EntityKind::Org
            && m.span.within(sentence.span)
            && m.entity.is_some_and(|e| e != p && e != q)
    })
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as check;

    #[test]
    fn a_price_after_the_lede_goes_to_the_other_party_it_names() {
        check(&[(
            "Brellwick Organ Works Ltd, a workshop in the Cumbrian town of Kendal, has the \
             biggest order in its history: four chamber organs for the Orvane Music Trust, \
             which runs a concert hall in Leeds. The Orvane Music Trust will pay £2.2 million \
             ($2.9 million) for the instruments, the workshop said on Monday.",
            &[
                (
                    "£2.2 million",
                    Some("Orvane Music Trust"),
                    Some("Brellwick Organ Works Ltd"),
                ),
                (
                    "$2.9 million",
                    Some("Orvane Music Trust"),
                    Some("Brellwick Organ Works Ltd"),
                ),
            ],
        )]);
    }

    #[test]
    fn a_price_beside_a_third_organisation_has_no_payee_from_the_lede() {
        let got = crate::pipeline::tests::money_parties(
            "Brellwick Organ Works Ltd has the biggest order in its history: four chamber \
             organs for the Orvane Music Trust. The Orvane Music Trust will pay £2.2 million \
             to Kestrel Acoustics for the hall's new roof.",
        );
        assert_ne!(got[0].2.as_deref(), Some("Brellwick Organ Works Ltd"));
    }
}
