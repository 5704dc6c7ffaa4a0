//! Exchange-rate notes: "(A$1 = US$0.79)", "($=1,000 Guinean francs)",
//! "$1 = 1.5 marks" state what one currency is worth in another, no amount
//! of money anyone pays, earns or holds. Part of the figures stage.
//!
//! Takes the text and a MONEY mention's span; tells whether the amount is
//! one side of such an equation.

use crate::model::Span;

/// The sign that joins the two sides of a rate.
const EQUALS: char = '=';

/// True when the amount at `span` stands right beside an equals sign, only
/// spaces between: one side of an exchange rate.
pub(crate) fn in_rate_note(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or_default();
    let after = text.get(span.end..).unwrap_or_default();
    before.trim_end_matches([' ', '\u{a0}']).ends_with(EQUALS)
        || after
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with(EQUALS)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::analysis;

    fn figures(text: &str) -> Vec<String> {
        let a = analysis(text);
        a.money
            .iter()
            .map(|f| a.mention_text(f.mention).to_owned())
            .collect()
    }

    #[test]
    fn both_sides_of_a_rate_note_are_no_figures() {
        for (text, want) in [
            (
                "Brenmoor Media's net profit rose to A$54 million. (A$1 = US$0.79)",
                vec!["A$54 million"],
            ),
            (
                "Kestrune Mining will pay 9 billion Guinean francs for the licence. ($=1,000 Guinean francs)",
                vec!["9 billion Guinean francs"],
            ),
            (
                "Tolvik Trucks earned 40 million yuan in the half. ($1 = 8.3 yuan)",
                vec!["40 million yuan"],
            ),
            ("At the time $1 = 1.5 marks, the bank said.", vec![]),
            // An amount with no equals sign beside it stays a figure.
            (
                "Ostby Bank lent Valdessa $5 million (about 40 million crowns).",
                vec!["$5 million", "40 million crowns"],
            ),
        ] {
            assert_eq!(figures(text), want, "{text}");
        }
    }
}
