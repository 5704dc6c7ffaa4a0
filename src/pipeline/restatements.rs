//! Restatements: an amount that states the one before it again, in another
//! currency or with its qualifier ("AU$52.5 million (US$40.4 million)",
//! "52 million crowns, or about €4.4 million"), is the same figure, with
//! its parties, read with it in the figures stage and again once every
//! payee reader has run.

use crate::lang::MoneyWords;
use crate::model::{Mention, MoneyFact};

/// True when the text between two amounts only opens a parenthesis or a
/// list ("AU$52.5 million (US$40.4 million)"): the second states the first
/// in another currency.
pub(super) fn restates(between: &str) -> bool {
    let t = between.trim();
    let marks = t
        .trim_end_matches(|c: char| c.is_ascii_uppercase())
        .trim_end();
    // "(US $2.63 billion)": a currency's country letters may open it.
    let letters = t.len() - marks.len();
    !marks.is_empty()
        && marks.len() <= 2
        && letters <= 3
        && marks.chars().all(|c| matches!(c, '(' | ',' | '/' | '['))
}

/// True when the text between two amounts is a comma and a word of
/// restating ("52 million crowns, or about €4.4 million"), the second
/// amount's `qualifier` left out.
pub(super) fn restates_in_words(
    words: &MoneyWords,
    between: &str,
    qualifier: Option<&str>,
) -> bool {
    let t = between.trim();
    let t = qualifier
        .and_then(|q| t.strip_suffix(q))
        .unwrap_or(t)
        .trim_end();
    t.strip_prefix(',')
        .map(str::trim_start)
        .is_some_and(|w| words.restatements.contains_lowercase(w))
}

/// Gives each figure that restates the one before it in another currency
/// ("€1 billion ($1.32 billion)") the parties of that figure where it
/// names none or the same: it is the same money, whichever step found the
/// first figure's parties after the two were read.
pub(super) fn restated_parties(
    words: &MoneyWords,
    text: &str,
    mentions: &[Mention],
    money: &mut [MoneyFact],
) {
    for k in 1..money.len() {
        let (done, rest) = money.split_at_mut(k);
        let (first, second) = (&done[k - 1], &mut rest[0]);
        let (Some(a), Some(b)) = (mentions.get(first.mention), mentions.get(second.mention)) else {
            continue;
        };
        let Some(between) = text.get(a.span.end..b.span.start) else {
            continue;
        };
        let q = second.qualifier.as_deref();
        let opened = q
            .filter(|_| between.trim_start().starts_with('('))
            .and_then(|q| between.trim_end().strip_suffix(q))
            .unwrap_or(between);
        let same = first.currency != second.currency
            && first.per.is_none()
            && second.per.is_none()
            && (restates(opened) || restates_in_words(words, between, q));
        let agree = |have: Option<usize>, new: Option<usize>| have.is_none() || have == new;
        if same
            && agree(second.investor, first.investor)
            && agree(second.recipient, first.recipient)
        {
            second.investor = first.investor;
            second.recipient = first.recipient;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as check;

    #[test]
    fn an_amount_restated_in_another_currency_has_the_first_ones_parties() {
        check(&[
            (
                "Norrvik Energy bought Kestrel Works for 52 million Norwegian crowns, or about €4.4 million.",
                &[
                    (
                        "52 million Norwegian crowns",
                        Some("Norrvik Energy"),
                        Some("Kestrel Works"),
                    ),
                    (
                        "€4.4 million",
                        Some("Norrvik Energy"),
                        Some("Kestrel Works"),
                    ),
                ],
            ),
            // The payee named past the brackets is the first amount's too.
            (
                "Kestrel Bank and Ostby Bank will lend C$2.1 billion (US$1.7 billion) to \
                 Halvik Motors, a minister said.",
                &[
                    ("C$2.1 billion", None, Some("Halvik Motors")),
                    ("US$1.7 billion", None, Some("Halvik Motors")),
                ],
            ),
            // In the same currency, "or" gives another figure.
            (
                "Norrvik Energy paid 95 crowns a share, or about 1.2 billion crowns in total.",
                &[
                    ("95 crowns", None, None),
                    ("1.2 billion crowns", Some("Norrvik Energy"), None),
                ],
            ),
        ]);
    }
}
