//! Bare amounts in the MONEY rule: a number with a scale word and no
//! currency ("35 million", "the remaining 30 million", "four billion") is
//! money when an amount with a currency stands before it in its sentence
//! ("Jyske lends K 80 million crowns, A and B 35 million each"), or after
//! it with the same scale ("to 46 billion from 50 billion rupiah"), and no
//! noun follows it ("35 million shares" counts shares); a number right
//! after an amount and "from" is one too ("15 million markka from 39"), and
//! so is the level a change reaches ("up 65 pesetas to 4,150", "rose 12
//! crowns higher at 380": the currency is not repeated), and a change
//! written bare after or before an amount ("…, down 600 from Thursday's
//! close", "ended 0.20 up at 51.00 guilders"). A bare range under one
//! scale ("estimates ranging from 37.5 to 47.2 million") is one figure.
//! The figures stage gives it the currency (and, scale-less, the scale) of
//! the amount before it, or else of the one after it.

use crate::lang::{RuleWords, lowercase};
use crate::model::{EntityKind, Span};

use super::RuleMatch;

/// How many bytes after an amount a bare one may stand.
const REACH: usize = 240;

/// How many linking words may stand between a verb of moving and its
/// change ("soared a further 4.10 guilders").
const LINK_REACH: usize = 3;

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
        for span in moved_numbers(words, text, rest) {
            push(span, &mut out);
        }
        // Before it: from the start of its sentence, with its scale.
        let mut start = m.start.saturating_sub(REACH);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let lead = &text[start..m.start];
        let lead = &lead[sentence_start(lead)..];
        if let Some(span) = change_before(words, text, lead) {
            push(span, &mut out);
        }
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
    let tokens = tokens_of(text, part);
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
        let numeral = is_number(number)
            || is_range(number)
            || words.bare_number_words.contains_lowercase(number);
        if numeral && words.bare_scales.contains_lowercase(word) && ends {
            // "from 37.5 to 47.2 million": a range under one scale is one
            // figure from its first number.
            let first = match (k.checked_sub(2).map(|p| tokens[p]), k.checked_sub(1)) {
                (Some((first_at, first)), Some(p))
                    if is_number(first)
                        && !is_year(first)
                        && words.range_to.contains_lowercase(tokens[p].1) =>
                {
                    first_at
                }
                _ => at,
            };
            out.push((Span::new(first, scale_at + word.len()), word));
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
    // "soared a further 4.10 guilders": a few linking words may stand
    // between the verb and the change.
    let moved = text[..change.start]
        .split_whitespace()
        .rev()
        .take(LINK_REACH + 1)
        .find(|w| !words.move_links.contains_lowercase(w))
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

/// "…, down 600 from Thursday's close", "sending the shares up 18.40 at
/// 210.00": after an amount in its sentence (`rest` follows it), a number
/// right after a verb or direction of a market's move and right before a
/// word that reaches a level or [`RuleWords::bare_from`] is a change in
/// the amount's currency, its currency not repeated; the number the
/// reaching word opens is the level.
fn moved_numbers(words: &RuleWords, text: &str, rest: &str) -> Vec<Span> {
    let tokens = tokens_of(text, rest);
    let mut out = Vec::new();
    for k in 1..tokens.len().saturating_sub(1) {
        let (at, number) = tokens[k];
        let reach = tokens[k + 1].1;
        let level = words.move_reach.contains_lowercase(reach);
        if !words.move_words.contains_lowercase(tokens[k - 1].1)
            || !is_number(number)
            || is_year(number)
            || !(level || words.bare_from.contains_lowercase(reach))
        {
            continue;
        }
        // "rose 12 to 300 stores": a number after the reaching word must
        // be a level, and "to" or "at" must reach one.
        let after = &tokens[k + 2..];
        let reached = number_at(words, after.iter().copied());
        let numeral = after
            .first()
            .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_ascii_digit()));
        if reached.is_none() && (level || numeral) {
            continue;
        }
        out.push(Span::new(at, at + number.len()));
        out.extend(reached);
    }
    out
}

/// "ended just 0.20 up at 51.00 guilders", "rose 0.20 to 51.00 guilders":
/// the number `lead` ends with before a word that reaches a level (a
/// direction between, or a verb of moving before it) is the change to the
/// level the amount after `lead` states.
fn change_before(words: &RuleWords, text: &str, lead: &str) -> Option<Span> {
    let tokens = tokens_of(text, lead);
    let last = tokens.len().checked_sub(1)?;
    if !words.move_reach.contains_lowercase(tokens[last].1) {
        return None;
    }
    let direction = last
        .checked_sub(1)
        .is_some_and(|p| words.move_directions.contains_lowercase(tokens[p].1));
    let k = last.checked_sub(1 + usize::from(direction))?;
    let (at, number) = tokens[k];
    let moved = direction
        || k.checked_sub(1)
            .is_some_and(|p| words.move_words.contains_lowercase(tokens[p].1));
    (moved && is_number(number) && !is_year(number)).then(|| Span::new(at, at + number.len()))
}

/// The words of `part` (a slice of `text`), each with its offset in `text`.
fn tokens_of<'t>(text: &str, part: &'t str) -> Vec<(usize, &'t str)> {
    part.split_whitespace()
        .map(|t| (t.as_ptr() as usize - text.as_ptr() as usize, t))
        .collect()
}

/// True for a number written as a year ("1995"): four digits alone.
fn is_year(number: &str) -> bool {
    number.len() == 4 && !number.contains([',', '.'])
}

/// True for a range written as one word ("1.210-1.236").
fn is_range(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(a, b)| is_number(a) && is_number(b))
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
    let year = is_year(number);
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
            // A change written bare after an amount, or before the level
            // it reaches, and the level after it; linking words between
            // the verb and a change.
            (
                "Tolvik soared a further 4.10 crowns to 214.40 on Friday, \
                 sending the shares up 18.40 at 210.00 by the close.",
                &["4.10 crowns", "214.40", "18.40", "210.00"],
            ),
            (
                "Brenmoor opened at 5,200 forints, down 600 from Friday's close, \
                 and ended just 0.20 up at 51.00 forints.",
                &["5,200 forints", "600", "0.20", "51.00 forints"],
            ),
            // A bare range under one scale is one figure, a forecast too.
            (
                "Tolvik earned 34.9 million crowns, below estimates ranging from 37.5 to 47.2 million.",
                &["34.9 million crowns", "37.5 to 47.2 million"],
            ),
            (
                "Profit rose to 1.209 billion crowns, just below the 1.210-1.236 billion forecast range.",
                &["1.209 billion crowns", "1.210-1.236 billion"],
            ),
            // A year before "to" opens no range.
            (
                "Tolvik cut its profit target of 50 billion rupiah for 1996 to 46 billion.",
                &["50 billion rupiah", "46 billion"],
            ),
            // A percentage or a year is no change in money; a move in
            // another clause before the amount gives none.
            (
                "Tolvik paid 40 crowns a share, up 5 percent from 1995.",
                &["40 crowns"],
            ),
            (
                "Orders rose 12 to 300 after Brenn paid 9 crowns.",
                &["9 crowns"],
            ),
            (
                "Brenn paid 9 crowns, and its store count rose 12 to 300 stores.",
                &["9 crowns"],
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
