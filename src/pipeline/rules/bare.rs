//! Bare amounts in the MONEY rule: a number with a scale word and no
//! currency ("35 million", "the remaining 30 million", "four billion") is
//! money when an amount with a currency stands before it in its sentence
//! ("Jyske lends K 80 million crowns, A and B 35 million each"), or after
//! it with the same scale ("to 46 billion from 50 billion rupiah"), and no
//! noun follows it ("35 million shares" counts shares); a number right
//! after an amount and "from" is one too ("15 million markka from 39"), and
//! so is the level a change reaches ("up 65 pesetas to 4,150", "rose 12
//! crowns higher at 380": the currency is not repeated).
//! The figures stage gives it the currency (and, scale-less, the scale) of
//! the amount before it, or else of the one after it.

use crate::lang::{RuleWords, lowercase};
use crate::model::{EntityKind, Span};

use super::RuleMatch;

/// How many bytes after an amount a bare one may stand.
const REACH: usize = 240;

/// The bare amounts around the MONEY matches of `found`, each once: after
/// one in its sentence; before one in its sentence with the same scale
/// word ("to 46 billion from its target of 50 billion rupiah"); and a
/// number with no scale right after one and "from" ("fell to 15 million
/// markka from 39 in 1995").
pub(super) fn bare_amounts(words: &RuleWords, text: &str, found: &[RuleMatch]) -> Vec<RuleMatch> {
    let money: Vec<Span> = found
        .iter()
        .filter(|m| m.kind == EntityKind::Money)
        .map(|m| m.span)
        .collect();
    let mut out: Vec<RuleMatch> = Vec::new();
    let push = |span: Span, out: &mut Vec<RuleMatch>| {
        if !money
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
    };
    for m in &money {
        let mut end = (m.end + REACH).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let rest = &text[m.end..end];
        let rest = &rest[..sentence_end(rest)];
        for (span, _) in scaled(words, text, rest) {
            push(span, &mut out);
        }
        if let Some(span) = from_number(words, text, rest) {
            push(span, &mut out);
        }
        if let Some(span) = level_number(words, text, *m, rest) {
            push(span, &mut out);
        }
        // Before it: from the start of its sentence, with its scale.
        let mut start = m.start.saturating_sub(REACH);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let lead = &text[start..m.start];
        let lead = &lead[sentence_start(lead)..];
        let own = m.slice(text);
        for (span, scale) in scaled(words, text, lead) {
            let same = own
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(scale));
            if same {
                push(span, &mut out);
            }
        }
    }
    out
}

/// The amounts of `part` (a slice of `text`) written as a number and a
/// scale word with no noun after them ("35 million each"), each with its
/// scale word.
fn scaled<'t>(words: &RuleWords, text: &str, part: &'t str) -> Vec<(Span, &'t str)> {
    let tokens: Vec<(usize, &str)> = part
        .split_whitespace()
        .map(|t| (t.as_ptr() as usize - text.as_ptr() as usize, t))
        .collect();
    let mut out = Vec::new();
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
        let numeral = is_number(number) || words.bare_number_words.contains_lowercase(number);
        if numeral && words.bare_scales.contains_lowercase(word) && ends {
            out.push((Span::new(at, scale_at + word.len()), word));
        }
    }
    out
}

/// "15 million markka from 39 in 1995": the number after the amount that
/// `rest` follows and a word of [`RuleWords::bare_from`], when it has no
/// scale, is no year and no noun follows it.
fn from_number(words: &RuleWords, text: &str, rest: &str) -> Option<Span> {
    let mut tokens = rest
        .split_whitespace()
        .map(|t| (t.as_ptr() as usize - text.as_ptr() as usize, t));
    let (_, from) = tokens.next()?;
    if !words.bare_from.contains_lowercase(from) {
        return None;
    }
    number_at(words, tokens)
}

/// "rose 65 pesetas to 4,150", "rose 12 crowns higher at 380": the number
/// after the change at `change` (whose `rest` follows it), a word of
/// direction perhaps between, and a word that reaches a level, when a verb
/// or direction of a market's move stands right before the change. A
/// change in hundredths ("14p") gives none: its level is in whole units.
fn level_number(words: &RuleWords, text: &str, change: Span, rest: &str) -> Option<Span> {
    let moved = text[..change.start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| words.move_words.contains_lowercase(w));
    let unit = change
        .slice(text)
        .rsplit(|c: char| c.is_whitespace() || c.is_ascii_digit() || c == '.' || c == ',')
        .next()
        .map(lowercase)
        .unwrap_or_default();
    let whole = !words.minor_units.iter().any(|c| {
        if c.len() > 1 {
            unit.starts_with(c)
        } else {
            unit == c
        }
    });
    if !moved || !whole {
        return None;
    }
    let mut tokens = rest
        .split_whitespace()
        .map(|t| (t.as_ptr() as usize - text.as_ptr() as usize, t))
        .peekable();
    if tokens
        .peek()
        .is_some_and(|(_, w)| words.move_directions.contains_lowercase(w))
    {
        tokens.next();
    }
    let (_, reach) = tokens.next()?;
    if !words.move_reach.contains_lowercase(reach) {
        return None;
    }
    number_at(words, tokens)
}

/// The number the `tokens` open, when it has no scale, is no year and no
/// noun follows it ("39 in 1995", "4,150.").
fn number_at<'t>(
    words: &RuleWords,
    mut tokens: impl Iterator<Item = (usize, &'t str)>,
) -> Option<Span> {
    let (at, token) = tokens.next()?;
    let number = token.trim_end_matches(|c: char| !c.is_ascii_digit());
    let closed = number.len() < token.len();
    let year = number.len() == 4 && !number.contains([',', '.']);
    let ends = closed
        || tokens.next().is_none_or(|(_, w)| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            words.function_words.contains_lowercase(w)
                || words.bare_money_after.contains_lowercase(w)
        });
    (is_number(number) && !year && ends).then(|| Span::new(at, at + number.len()))
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

/// Where the sentence that `lead` ends opens: after its last line break or
/// full stop, question or exclamation mark before a space.
fn sentence_start(lead: &str) -> usize {
    let b = lead.as_bytes();
    (0..b.len())
        .rev()
        .find(|&i| {
            b[i] == b'\n'
                || matches!(b[i], b'.' | b'!' | b'?')
                    && b.get(i + 1).is_some_and(u8::is_ascii_whitespace)
        })
        .map_or(0, |i| i + 1)
}

/// True for a number as news and its tables write it ("35", "1.5",
/// "16,189").
pub(super) fn is_number(w: &str) -> bool {
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
            (
                "Torvane cut its profit target to 46 billion from its original 50 billion rupiah.",
                &["46 billion", "50 billion rupiah"],
            ),
            (
                "Brelling asked for $5 billion on top of the four billion it got.",
                &["$5 billion", "four billion"],
            ),
            (
                "Profit fell to 15 million markka from 39 in the first half of 2003.",
                &["15 million markka", "39"],
            ),
            // A year or a noun after "from" is no amount; a bare amount
            // before one of another scale is none.
            (
                "Sales rose to $5 million from 2003 and $2 million from 12 banks.",
                &["$5 million", "$2 million"],
            ),
            (
                "It sold 3 million of them for $50 billion.",
                &["$50 billion"],
            ),
            // The level a change reaches, its currency not repeated; not
            // after a change in hundredths, nor without a move before it.
            (
                "Tolvik Trucks rose 65 pesetas to 4,150 on Tuesday.",
                &["65 pesetas", "4,150"],
            ),
            (
                "Brenmoor shares were up 12 crowns at 380, and fell 3 crowns lower to 377.",
                &["12 crowns", "380", "3 crowns", "377"],
            ),
            (
                "Tolvik shares were up 30 crowns to 1,250 after the results, and \
                 rose 20 crowns to 1,270 shortly before the close.",
                &["30 crowns", "1,250", "20 crowns", "1,270"],
            ),
            ("Tolvik Trucks rose 14p to 250 on Friday.", &["14p"]),
            (
                "Tolvik paid 40 pesetas to 3 banks and 50 pesetas to 12.",
                &["40 pesetas", "50 pesetas"],
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
