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
/// first figure's parties after the two were read. The amount before may
/// be a repeat of an earlier figure (a headline's "A$2.1 billion" told
/// again in the body as "2.1 billion Australian dollars ($1.32 billion)").
pub(super) fn restated_parties(
    words: &MoneyWords,
    text: &str,
    mentions: &[Mention],
    money: &mut [MoneyFact],
) {
    // Every amount told, first or repeated, with its figure, in the order
    // they end in the text (a stable sort: ties keep the figures' order).
    let mut told: Vec<(usize, &Mention)> = money
        .iter()
        .enumerate()
        .flat_map(|(i, f)| {
            std::iter::once(f.mention)
                .chain(f.repeats.iter().copied())
                .filter_map(move |m| mentions.get(m).map(|m| (i, m)))
        })
        .collect();
    told.sort_by_key(|(_, m)| m.span.end);
    for k in 0..money.len() {
        let Some(b) = mentions.get(money[k].mention) else {
            continue;
        };
        // The figure whose amount, first told or repeated, ends nearest
        // before this one (the last so told, where two end together).
        let before = told.partition_point(|(_, m)| m.span.end <= b.span.start);
        let Some(&(first, a)) = told[..before].iter().rev().find(|&&(i, _)| i != k) else {
            continue;
        };
        let Some(between) = text.get(a.span.end..b.span.start) else {
            continue;
        };
        let (first, second) = (&money[first], &money[k]);
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
            let (investor, recipient) = (first.investor, first.recipient);
            money[k].investor = investor;
            money[k].recipient = recipient;
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
            // The amount before is a headline's figure told again.
            (
                "Norrvik Energy to buy Kestrel Works for A$2.1 billion\n\n\
                 Norrvik Energy agreed on Tuesday to buy Kestrel Works for 2.1 billion \
                 Australian dollars ($1.32 billion) in cash, the company said.",
                &[
                    (
                        "A$2.1 billion",
                        Some("Norrvik Energy"),
                        Some("Kestrel Works"),
                    ),
                    (
                        "$1.32 billion",
                        Some("Norrvik Energy"),
                        Some("Kestrel Works"),
                    ),
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
