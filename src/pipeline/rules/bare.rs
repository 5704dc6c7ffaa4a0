//! Bare amounts in the MONEY rule: a number with a scale word and no
//! currency ("35 million", "the remaining 30 million") is money when an
//! amount with a currency stands before it in its sentence ("Jyske lends
//! K 80 million crowns, A and B 35 million each") and no noun follows it
//! ("35 million shares" counts shares). The figures stage gives it the
//! currency of the amount before it.

use crate::lang::RuleWords;
use crate::model::{EntityKind, Span};

use super::RuleMatch;

/// How many bytes after an amount a bare one may stand.
const REACH: usize = 240;

/// The bare amounts after the MONEY matches of `found`, each once.
pub(super) fn bare_amounts(words: &RuleWords, text: &str, found: &[RuleMatch]) -> Vec<RuleMatch> {
    let money: Vec<Span> = found
        .iter()
        .filter(|m| m.kind == EntityKind::Money)
        .map(|m| m.span)
        .collect();
    let mut out: Vec<RuleMatch> = Vec::new();
    for m in &money {
        let mut end = (m.end + REACH).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let rest = &text[m.end..end];
        let rest = &rest[..sentence_end(rest)];
        let tokens: Vec<(usize, &str)> = rest
            .split_whitespace()
            .map(|t| (t.as_ptr() as usize - text.as_ptr() as usize, t))
            .collect();
        for (k, &(at, number)) in tokens.iter().enumerate() {
            let Some(&(scale_at, scale)) = tokens.get(k + 1) else {
                break;
            };
            let word = scale.trim_end_matches(|c: char| !c.is_alphanumeric());
            let closed = word.len() < scale.len();
            let next = tokens.get(k + 2).map(|(_, w)| {
                w.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            });
            let ends = closed
                || next.as_deref().is_none_or(|w| {
                    words.function_words.contains(w) || words.bare_money_after.contains(w)
                });
            let span = Span::new(at, scale_at + word.len());
            if is_number(number)
                && words.bare_scales.contains_lowercase(word)
                && ends
                && !money
                    .iter()
                    .any(|x| x.start < span.end && span.start < x.end)
                && !out.iter().any(|x| x.span == span)
            {
                out.push(RuleMatch {
                    span,
                    kind: EntityKind::Money,
                    head: None,
                });
            }
        }
    }
    out
}

/// Where the sentence that `rest` continues ends: at a line break or a
/// full stop, question or exclamation mark before a space.
fn sentence_end(rest: &str) -> usize {
    let b = rest.as_bytes();
    (0..b.len())
        .find(|&i| {
            b[i] == b'\n'
                || matches!(b[i], b'.' | b'!' | b'?')
                    && b.get(i + 1).is_none_or(u8::is_ascii_whitespace)
        })
        .unwrap_or(b.len())
}

/// True for a number as news writes it ("35", "1.5", "16,189").
fn is_number(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.ends_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;

    /// The MONEY matches in `text`.
    fn money(text: &str) -> Vec<&str> {
        super::super::tests::kinds(text, EntityKind::Money)
    }

    #[test]
    fn a_bare_amount_after_one_with_a_currency_is_money() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Ostby Bank lends Tarvel 80 million crowns, Brenn Bank and Kolby Bank \
                 35 million each, and the state fund the remaining 30 million.",
                &["80 million crowns", "35 million", "30 million"],
            ),
            (
                "Of the 18 million euros, 10 million is for new shares and 8 million to the founders.",
                &["18 million euros", "10 million", "8 million"],
            ),
            (
                "Sales fell to 211 million euros from 340 million in 2021.",
                &["211 million euros", "340 million"],
            ),
            (
                "Quennel posted a profit of 176 million rand from 281 million previously.",
                &["176 million rand", "281 million"],
            ),
            // A noun after it counts something else; a new sentence has
            // no amount before it.
            (
                "It paid $40 million for 12 million shares. It has 3 million customers, up from 2 million.",
                &["$40 million"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&money(text), want, "{text}");
        }
    }
}
