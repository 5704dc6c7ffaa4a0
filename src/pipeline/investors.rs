//! Sentence investors: the investor of an amount no relation, payment or
//! frame claims is the sentence's subject when an investment or holding
//! word stands shortly before the amount ("S holds a stake worth $N"), and
//! when that subject stands before it or the amount opens the sentence in
//! a phrase put first ("With a goal to invest $N, S …"). Part of the
//! figures stage.

use crate::lang::Language;
use crate::model::{Mention, Span};

use super::segment::Segmentation;

/// True when sentence `s` opens with a preposition: a phrase put before
/// its subject.
pub(super) fn opens_with_preposition(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    s: usize,
) -> bool {
    seg.sentences.get(s).is_some_and(|x| {
        seg.tokens[x.tokens.clone()]
            .first()
            .is_some_and(|t| lang.resolve.prepositions.contains_lowercase(t.slice(text)))
    })
}

/// How many words before an amount the investment word that makes the
/// sentence's subject its investor may stand ("holds a stake worth $N").
const INVEST_REACH: usize = 5;

/// True when an investment or holding word stands shortly before `span` in
/// sentence `s`, not as a word of a name ("… Holdings").
pub(super) fn invests_before(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    s: usize,
    span: Span,
) -> bool {
    let Some(sentence) = seg.sentences.get(s) else {
        return false;
    };
    let relate = &lang.relate;
    seg.tokens[sentence.tokens.clone()]
        .iter()
        .filter(|t| t.end <= span.start)
        .filter(|t| {
            !mentions
                .iter()
                .any(|m| m.kind.is_name() && t.within(m.span))
        })
        .rev()
        .take(INVEST_REACH)
        .map(|t| t.slice(text))
        .any(|w| {
            relate.deals.invest.contains_lowercase(w) || relate.holdings.stake.contains_lowercase(w)
        })
}
