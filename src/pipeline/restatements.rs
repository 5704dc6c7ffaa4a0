//! Restatements: an amount that states the one before it again, in another
//! currency or with its qualifier ("AU$52.5 million (US$40.4 million)",
//! "52 million crowns, or about €4.4 million"), is the same figure, with
//! its parties. Part of the figures stage.

use crate::lang::MoneyWords;

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
