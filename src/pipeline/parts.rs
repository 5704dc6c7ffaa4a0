//! Parts of a whole: "The contract is worth $N, of which S is paying $M
//! for the slopes": an amount whose clause names only its payer, told as a
//! part of an amount before it in its sentence, is paid to whoever that
//! amount is paid to. Part of the figures stage.

use crate::lang::Language;
use crate::model::{Mention, MoneyFact, Span};

use super::prices::words_around;
use super::segment::Segmentation;

/// Gives the figure `fact` of the amount at `span` in sentence `s` the
/// payee of the figure its clause tells a part of ("$N, of which S is
/// paying $M"): the last figure before the clause's opening words in the
/// sentence, larger, in the same currency, paid to someone other than the
/// part's payer.
pub(super) fn payee_of_whole(
    (lang, text, seg, mentions): (&Language, &str, &Segmentation, &[Mention]),
    (s, span): (usize, Span),
    out: &[MoneyFact],
    fact: &mut MoneyFact,
) {
    let Some(payer) = fact.investor else {
        return;
    };
    if fact.recipient.is_some() || fact.relation.is_some() {
        return;
    }
    let Some((before, _)) = words_around(text, seg, s, span, 0) else {
        return;
    };
    let Some(sentence) = seg.sentences.get(s) else {
        return;
    };
    let opens = lang.money.part_of_whole.iter().any(|phrase| {
        let phrase: Vec<&str> = phrase.split_whitespace().collect();
        before
            .windows(phrase.len().max(1))
            .any(|w| w.iter().zip(&phrase).all(|(a, b)| a == b))
    });
    if !opens {
        return;
    }
    let whole = out.iter().rev().find(|f| {
        mentions
            .get(f.mention)
            .is_some_and(|x| x.span.within(sentence.span) && x.span.end <= span.start)
    });
    fact.recipient = whole
        .filter(|f| f.per.is_none() && f.currency == fact.currency && f.value > fact.value)
        .and_then(|f| f.recipient)
        .filter(|&r| r != payer);
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as check;

    #[test]
    fn a_part_of_a_whole_is_paid_to_whoever_the_whole_is_paid_to() {
        check(&[(
            "The Tarvel canton has hired Brenmoor Sprengtechnik AG under a contract worth \
             20 million Swiss francs, of which Ostby Railways is paying 3 million Swiss francs for the slopes above its tracks.",
            &[
                (
                    "20 million Swiss francs",
                    None,
                    Some("Brenmoor Sprengtechnik AG"),
                ),
                (
                    "3 million Swiss francs",
                    Some("Ostby Railways"),
                    Some("Brenmoor Sprengtechnik AG"),
                ),
            ],
        )]);
    }
}
