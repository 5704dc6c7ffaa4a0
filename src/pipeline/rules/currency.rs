//! Currencies in the MONEY rule: pence glued to the number ("312p") are
//! money unless the words after make the number a picture's resolution
//! ("1080p video"), and a year written alone before a currency word that is
//! also a verb is none ("1996 marks the …"); the tests check the world's
//! currencies as the rule finds them.

use crate::lang::RuleWords;
use crate::model::Span;

/// True when a match ending in "p" glued to its number is a resolution:
/// one of the words after it follows ("1080p video").
pub(super) fn is_resolution(words: &RuleWords, s: &str, after: &str) -> bool {
    let glued_p = s.ends_with('p') && s[..s.len() - 1].ends_with(|c: char| c.is_ascii_digit());
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    glued_p && words.pence_not_before.contains(&next)
}

/// The span of a money match that opens with the word of a range
/// ("between 4 and 5 billion euros") without that word and the space after
/// it; any other span as it is.
pub(super) fn past_range_word(range: &str, text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let Some(head) = s
        .get(..range.len())
        .filter(|h| h.eq_ignore_ascii_case(range))
    else {
        return span;
    };
    let rest = &s[head.len()..];
    let number = rest.trim_start();
    if range.is_empty()
        || rest.len() == number.len()
        || !number.starts_with(|c: char| c.is_ascii_digit())
    {
        return span;
    }
    Span::new(span.end - number.len(), span.end)
}

/// True when a match is a year written alone and a currency word that is
/// also a verb after a year ("1996 marks"): a sentence's subject and verb.
pub(super) fn is_year_and_verb(words: &RuleWords, s: &str) -> bool {
    s.split_once(' ').is_some_and(|(number, word)| {
        let year = number.len() == 4
            && number.bytes().all(|b| b.is_ascii_digit())
            && matches!(number.as_bytes()[0], b'1' | b'2');
        year && words.year_not_before.contains(word)
    })
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;

    /// The MONEY matches in `text`.
    fn money(text: &str) -> Vec<&str> {
        super::super::tests::kinds(text, EntityKind::Money)
    }

    #[test]
    fn currencies_by_name_code_sign_and_minor_unit() {
        let cases: &[(&str, &[&str])] = &[
            // The world's currencies: names after the number, codes, signs,
            // minor units; pence glued to the number, but no resolution.
            (
                "rose 2.1% to 84.60 Swiss francs, a grant of 4 million Swiss francs",
                &["84.60 Swiss francs", "4 million Swiss francs"],
            ),
            (
                "closed at 142.10 rand; a 2.2 billion zloty loan; 61.30 zlotys",
                &["142.10 rand", "2.2 billion zloty", "61.30 zlotys"],
            ),
            ("Shares rose 4p to 312p in Zürich", &["4p", "312p"]),
            ("streams 1080p video and 4K", &[]),
            (
                "paid ZAR 3bn and ₺120 and NT$5 billion",
                &["ZAR 3bn", "₺120", "NT$5 billion"],
            ),
            (
                "a fee of 80 kopecks, 9.5 billion Turkish lira",
                &["80 kopecks", "9.5 billion Turkish lira"],
            ),
            ("the COP28 summit and RON 95 fuel", &[]),
            // Older news: the currencies before the euro and the wire's marks;
            // a level is no mark.
            (
                "profit of 21.8 million French francs and 1.2 bln SKR",
                &["21.8 million French francs", "1.2 bln SKR"],
            ),
            (
                "rose to 2,555 lire; 4.50 marks a share",
                &["2,555 lire", "4.50 marks"],
            ),
            ("the index crossed the 10,000 mark", &[]),
            // Wire copy: pre-euro currencies, abbreviations, a sign apart
            // from its number, amounts hyphened before a noun.
            (
                "a profit of 72 million marks, 1.4 billion French francs and 610 pesetas",
                &[
                    "72 million marks",
                    "1.4 billion French francs",
                    "610 pesetas",
                ],
            ),
            (
                "84.5 million schillings, 2,555 lire, 110 million guilder, 215 stg a tonne",
                &[
                    "84.5 million schillings",
                    "2,555 lire",
                    "110 million guilder",
                    "215 stg",
                ],
            ),
            (
                "offers 22 dlrs a share, or 45.5 mln dlrs, one dlr more, 1.2 billion Dlrs; 52 MLN DLRS",
                &[
                    "22 dlrs",
                    "45.5 mln dlrs",
                    "one dlr",
                    "1.2 billion Dlrs",
                    "52 MLN DLRS",
                ],
            ),
            (
                "wins a 1.2 bln SKR order for $900 mln; NZ$ 524 million and A$ 3.75",
                &["1.2 bln SKR", "$900 mln", "NZ$ 524 million", "A$ 3.75"],
            ),
            (
                "a 25-million-zloty issue, a 50-cent dividend",
                &["25-million-zloty", "50-cent"],
            ),
            (
                "1996 marks the tenth year of its 300 million marks fund",
                &["300 million marks"],
            ),
            // Local markers glued on, before a scale or a number no road
            // or round is named with.
            (
                "paid Sh2.9 billion, KSh 300 million and Dh3.84 a share",
                &["Sh2.9 billion", "KSh 300 million", "Dh3.84"],
            ),
            (
                "a N150 billion bond, a R2.1bn stake and R450,000 in fees",
                &["N150 billion", "R2.1bn", "R450,000"],
            ),
            ("the R2 road, N95 masks, round R3 and Sh 40 in Zürich", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(&money(text), want, "{text}");
        }
    }
}
