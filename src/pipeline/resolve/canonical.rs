//! An entity's canonical name: the fullest of its names, then the one
//! written as running text writes it (not in capitals throughout), then
//! the most frequent, then the first; on one line.
//!
//! A dateline or a wire headline writes a name in capitals ("STOCKHOLM",
//! "RABOBANK"); when the body writes the same name in running text
//! ("Stockholm"), that is the name shown and exported. A name only ever
//! written in capitals ("IBM", or a dateline's city named nowhere else)
//! keeps them: its case cannot be told.

use crate::model::{AliasRule, Mention};
use crate::pipeline::names::strip_possessive;

/// The canonical name of the entity whose mentions are `ms` (see the
/// module's documentation).
pub(super) fn canonical_name(
    text: &str,
    mentions: &[Mention],
    ms: &[(usize, AliasRule)],
) -> String {
    let mut forms: Vec<(String, usize)> = Vec::new();
    for &(m, _) in ms {
        let s = one_line(strip_possessive(mentions[m].span.slice(text)));
        match forms.iter_mut().find(|(f, _)| *f == s) {
            Some(f) => f.1 += 1,
            None => forms.push((s, 1)),
        }
    }
    let written: Vec<bool> = forms
        .iter()
        .map(|(f, _)| {
            let words = f.split_whitespace().count();
            !(shouted(f, words) || capitals(f) && forms.iter().any(|(g, _)| echoed(f, g)))
        })
        .collect();
    forms
        .into_iter()
        .enumerate()
        .max_by_key(|(i, (f, n))| {
            let words = f.split_whitespace().count();
            (words, written[*i], *n, std::cmp::Reverse(*i))
        })
        .map(|(_, (f, _))| f)
        .unwrap_or_default()
}

/// A name of two words or more in capitals throughout ("MARGARET
/// OYELARAN", a transcript's speaker label or a dateline's): the name as
/// written in running text names the entity, however often the capitals
/// recur.
fn shouted(form: &str, words: usize) -> bool {
    words >= 2 && capitals(form)
}

/// A name with letters, none of them lower case.
fn capitals(form: &str) -> bool {
    form.chars().any(char::is_alphabetic) && !form.chars().any(char::is_lowercase)
}

/// `other` is `form` written in running text: the same letters, not all
/// in capitals ("Stockholm" for "STOCKHOLM").
fn echoed(form: &str, other: &str) -> bool {
    !capitals(other) && form.to_lowercase() == other.to_lowercase()
}

/// A name as one line: a name wrapped across lines ("Yusuf\nQureshi" in a
/// printed page's text) or spaced twice is shown and exported with single
/// spaces.
fn one_line(form: &str) -> String {
    if form
        .split(' ')
        .all(|w| !w.is_empty() && !w.contains(char::is_whitespace))
    {
        form.to_owned()
    } else {
        form.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, Provenance, Span};

    #[test]
    fn a_name_in_capitals_gives_way_to_the_name_as_written() {
        let text =
            "MARGARET ØYELARAN: Thank you. MARGARET ØYELARAN: Yes. Margaret Øyelaran runs Quillon.";
        let at = |from: usize, s: &str| {
            let start = text[from..].find(s).map_or(0, |i| i + from);
            Mention::new(
                Span::new(start, start + s.len()),
                EntityKind::Person,
                Provenance::Model,
                0.9,
            )
        };
        let mentions = vec![
            at(0, "MARGARET ØYELARAN"),
            at(20, "MARGARET ØYELARAN"),
            at(50, "Margaret Øyelaran"),
        ];
        let ms: Vec<(usize, AliasRule)> = (0..3).map(|m| (m, AliasRule::Exact)).collect();
        assert_eq!(canonical_name(text, &mentions, &ms), "Margaret Øyelaran");
        // Capitals alone name it; an acronym of one word is no shouting.
        assert_eq!(
            canonical_name(text, &mentions[..2], &ms[..2]),
            "MARGARET ØYELARAN"
        );
        assert!(!shouted("IBM", 1) && shouted("OSTRA MARINE", 2) && !shouted("Ostra Marine", 2));
    }

    #[test]
    fn a_dateline_in_capitals_gives_way_to_the_body_s_spelling() {
        let text = "VARNO 1996-08-26 Talbrook said its Varno plant will grow. IBM too.";
        let at = |s: &str| {
            let start = text.find(s).unwrap_or(0);
            Mention::new(
                Span::new(start, start + s.len()),
                EntityKind::Loc,
                Provenance::Model,
                0.9,
            )
        };
        let mentions = vec![at("VARNO"), at("Varno"), at("IBM")];
        let ms: Vec<(usize, AliasRule)> = (0..2).map(|m| (m, AliasRule::Exact)).collect();
        assert_eq!(canonical_name(text, &mentions, &ms), "Varno");
        // Capitals alone keep them.
        assert_eq!(canonical_name(text, &mentions, &ms[..1]), "VARNO");
        assert_eq!(
            canonical_name(text, &mentions, &[(2, AliasRule::Exact)]),
            "IBM"
        );
    }

    #[test]
    fn a_name_wrapped_across_lines_is_named_on_one_line() {
        assert_eq!(one_line("Yusuf\nQureshi"), "Yusuf Qureshi");
        assert_eq!(one_line("Keltic  Foods\r\nAS"), "Keltic Foods AS");
        assert_eq!(one_line("Keltic Foods AS"), "Keltic Foods AS");
    }
}
