//! Whose dollars a bare "$" means. A "$" amount reads as US dollars unless
//! the article says otherwise: a headline's "$52.5 million" over a body's
//! "AU$52.5 million", or an article whose every marked dollar is one
//! country's ("A$840 million", "A$8.75") and none the United States'.
//!
//! Takes the figures stage's money facts and mentions; gives the facts back
//! with the currency of bare "$" amounts set from the article.

use crate::model::{Mention, MoneyFact};

/// What a money mention's surface says about its dollar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dollar {
    /// A bare "$": whose, the article says.
    Bare,
    /// A "$" with a country's letters before it ("AU$", "US$", "C$").
    Marked,
    /// No "$" at all ("€2m", "5 million euros").
    None,
}

fn dollar(surface: &str) -> Dollar {
    let s = surface.trim_start();
    match s.find('$') {
        Some(0) => Dollar::Bare,
        Some(i)
            if s[..i]
                .trim_end()
                .ends_with(|c: char| c.is_alphabetic() || c == '.') =>
        {
            Dollar::Marked
        }
        _ => Dollar::None,
    }
}

/// True when two values are one figure (within half a percent).
fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.005 * a.abs().max(b.abs())
}

/// Sets the currency of every bare "$" fact in `facts`: that of a marked
/// dollar amount of the same value when one is not US dollars, else the
/// one currency of all marked dollar amounts when that is not `default`
/// (US dollars) and none is `default`. Others keep `default`.
pub fn localise_dollars(text: &str, mentions: &[Mention], default: &str, facts: &mut [MoneyFact]) {
    let kinds: Vec<Dollar> = facts
        .iter()
        .map(|f| dollar(mentions[f.mention].span.slice(text)))
        .collect();
    let marked: Vec<(f64, String)> = facts
        .iter()
        .zip(&kinds)
        .filter(|(_, k)| **k == Dollar::Marked)
        .map(|(f, _)| (f.value, f.currency.clone()))
        .collect();
    let only = marked
        .first()
        .map(|(_, c)| c.as_str())
        .filter(|c| *c != default && marked.iter().all(|(_, x)| x == c));
    for (f, k) in facts.iter_mut().zip(&kinds) {
        if *k != Dollar::Bare || f.currency != default {
            continue;
        }
        let same = marked
            .iter()
            .find(|(v, c)| c != default && same_value(*v, f.value))
            .map(|(_, c)| c.as_str());
        if let Some(c) = same.or(only) {
            c.clone_into(&mut f.currency);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, Provenance, Span};

    /// Facts for the money amounts `amounts` (surface, value, currency) as
    /// they stand in `text`.
    fn localised(text: &str, amounts: &[(&str, f64, &str)]) -> Vec<String> {
        let mut mentions = Vec::new();
        let mut facts = Vec::new();
        let mut from = 0;
        for &(surface, value, currency) in amounts {
            let start = from + text[from..].find(surface).expect("in text");
            from = start + surface.len();
            mentions.push(Mention::new(
                Span::new(start, from),
                EntityKind::Money,
                Provenance::Rule,
                1.0,
            ));
            facts.push(MoneyFact {
                mention: mentions.len() - 1,
                value,
                currency: currency.to_owned(),
                qualifier: None,
                year: None,
                investor: None,
                recipient: None,
                relation: None,
                repeats: Vec::new(),
                per: None,
            });
        }
        localise_dollars(text, &mentions, "USD", &mut facts);
        facts.into_iter().map(|f| f.currency).collect()
    }

    #[test]
    fn a_headline_dollar_takes_the_body_figures_currency() {
        let text = "Canberra gives $52.5 million to Kelpie\n\
                    The government gives Kelpie AU$52.5 million (US$40.4 million) and $3 million more.";
        assert_eq!(
            localised(
                text,
                &[
                    ("$52.5 million", 5.25e7, "USD"),
                    ("AU$52.5 million", 5.25e7, "AUD"),
                    ("US$40.4 million", 4.04e7, "USD"),
                    ("$3 million", 3e6, "USD"),
                ]
            ),
            vec!["AUD", "AUD", "USD", "USD"]
        );
    }

    #[test]
    fn an_article_in_one_countrys_dollars_reads_bare_dollars_as_them() {
        let text = "Mitsuoka pays A$840 million, or A$8.75 a share; the $210 million rest follows.";
        let amounts = [
            ("A$840 million", 8.4e8, "AUD"),
            ("A$8.75", 8.75, "AUD"),
            ("$210 million", 2.1e8, "USD"),
        ];
        assert_eq!(localised(text, &amounts), vec!["AUD", "AUD", "AUD"]);
        // One US dollar amount marked as such: bare dollars stay US dollars.
        let text = "Mitsuoka pays C$840 million (US$610 million); the $210 million rest follows.";
        let amounts = [
            ("C$840 million", 8.4e8, "CAD"),
            ("US$610 million", 6.1e8, "USD"),
            ("$210 million", 2.1e8, "USD"),
        ];
        assert_eq!(localised(text, &amounts), vec!["CAD", "USD", "USD"]);
        // No marked dollar at all: US dollars; other currencies untouched.
        let text = "Zürich Bank paid €5 млн and $2 billion.";
        let amounts = [("€5 млн", 5e6, "EUR"), ("$2 billion", 2e9, "USD")];
        assert_eq!(localised(text, &amounts), vec!["EUR", "USD"]);
    }
}
