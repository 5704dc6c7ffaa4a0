//! Which money figures the chart draws as one bar: a figure in the
//! article's headline ("Norvik sets $43 mln notes.") and its restatement in
//! the body ("Norvik's $43 million note issue…") are one amount, stated
//! twice. The analysis keeps both facts; the chart shows the amount once.
//!
//! Pure over [`Analysis`]: no egui here.

use crate::model::{Analysis, MoneyFact, Span, same_value};

/// One bar: the fact it shows and the other facts it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoneyBar {
    /// Index into `Analysis::money` of the fact drawn: the one naming a payer
    /// or payee, else the body's statement.
    pub shown: usize,
    /// Every fact of the bar in text order, `shown` among them.
    pub facts: Vec<usize>,
}

/// The bars of each currency, currencies in order of first appearance and
/// bars in text order of their first statement. Figures without a finite,
/// positive value are left out.
pub fn money_bars(a: &Analysis) -> Vec<(String, Vec<MoneyBar>)> {
    let usable = |f: &MoneyFact| f.value.is_finite() && f.value > 0.0;
    let headline = headline(a);
    let in_headline = |f: &MoneyFact| {
        headline.is_some_and(|h| a.mentions.get(f.mention).is_some_and(|m| m.span.within(h)))
    };
    // `partner[i]`: the headline figure body figure `i` restates, or the
    // reverse; each figure is paired at most once, with the first it fits.
    let mut partner: Vec<Option<usize>> = vec![None; a.money.len()];
    for (h, hf) in a.money.iter().enumerate() {
        if !usable(hf) || !in_headline(hf) {
            continue;
        }
        let body = a.money.iter().enumerate().position(|(b, bf)| {
            b != h && partner[b].is_none() && usable(bf) && !in_headline(bf) && restates(hf, bf)
        });
        if let Some(b) = body {
            partner[h] = Some(b);
            partner[b] = Some(h);
        }
    }
    let mut out: Vec<(String, Vec<MoneyBar>)> = Vec::new();
    for (i, f) in a.money.iter().enumerate() {
        if !usable(f) {
            continue;
        }
        let bar = match partner[i] {
            Some(p) if p < i => continue,
            Some(p) => {
                let (head, body) = if in_headline(f) { (i, p) } else { (p, i) };
                let named = |k: usize| {
                    a.money
                        .get(k)
                        .is_some_and(|g| g.investor.is_some() || g.recipient.is_some())
                };
                let shown = if named(head) && !named(body) {
                    head
                } else {
                    body
                };
                MoneyBar {
                    shown,
                    facts: vec![i, p],
                }
            }
            None => MoneyBar {
                shown: i,
                facts: vec![i],
            },
        };
        match out.iter_mut().find(|(c, _)| *c == f.currency) {
            Some((_, v)) => v.push(bar),
            None => out.push((f.currency.clone(), vec![bar])),
        }
    }
    out
}

/// True when `body` states again the amount `head` states: one currency, one
/// value, both amounts or both prices of the same thing, and parties that do
/// not disagree (one names none, or both name the same).
fn restates(head: &MoneyFact, body: &MoneyFact) -> bool {
    let unnamed = |f: &MoneyFact| f.investor.is_none() && f.recipient.is_none();
    head.currency == body.currency
        && head.per == body.per
        && same_value(head.value, body.value)
        && (unnamed(head)
            || unnamed(body)
            || (head.investor == body.investor && head.recipient == body.recipient))
}

/// The article's headline: its first line of body text, no further than the
/// end of the sentence it opens. `None` for an article of one line (no
/// headline stands apart from the body there).
pub fn headline(a: &Analysis) -> Option<Span> {
    let text = a.document.text.as_str();
    let body = a.document.body_spans().next()?;
    let from = body.slice(text);
    let start = body.start + (from.len() - from.trim_start().len());
    let rest = text.get(start..body.end)?;
    let line_end = start + rest.find('\n')?;
    let end = a
        .sentence_at(start)
        .and_then(|s| a.sentences.get(s))
        .map_or(line_end, |s| s.end.min(line_end));
    (end > start).then(|| Span::new(start, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, EntityKind, Mention, Per, Provenance};

    /// An analysis of `text` with one money fact per `(needle, value,
    /// investor, recipient)`, sentences split at line ends.
    fn analysis(text: &str, figures: &[(&str, f64, Option<usize>, Option<usize>)]) -> Analysis {
        let mut a = Analysis {
            document: Document::from_text("t.txt", text),
            ..Default::default()
        };
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            a.sentences
                .push(Span::new(at, at + line.trim_end_matches('\n').len()));
            at += line.len();
        }
        let mut from = 0;
        for &(needle, value, investor, recipient) in figures {
            let start = from + text[from..].find(needle).expect("needle in text");
            from = start + needle.len();
            a.mentions.push(Mention::new(
                Span::new(start, from),
                EntityKind::Money,
                Provenance::Rule,
                1.0,
            ));
            a.money.push(MoneyFact {
                mention: a.mentions.len() - 1,
                value,
                currency: "USD".into(),
                qualifier: None,
                year: None,
                investor,
                recipient,
                relation: None,
                repeats: vec![],
                per: None,
            });
        }
        a
    }

    fn bars(a: &Analysis) -> Vec<(usize, Vec<usize>)> {
        money_bars(a)
            .into_iter()
            .flat_map(|(_, v)| v)
            .map(|b| (b.shown, b.facts))
            .collect()
    }

    #[test]
    fn a_headline_figure_and_its_restatement_are_one_bar_showing_the_richer() {
        let a = analysis(
            "Tervane sets $43 mln notes.\nTervane's $43 million note issue was placed.\n",
            &[
                ("$43 mln", 43e6, None, None),
                ("$43 million", 43e6, None, Some(0)),
            ],
        );
        assert_eq!(bars(&a), vec![(1, vec![0, 1])]);
        // Neither names a party: the body's statement is drawn.
        let a = analysis(
            "Tervane sets $43 mln notes.\nTervane's $43 million note issue was placed.\n",
            &[
                ("$43 mln", 43e6, None, None),
                ("$43 million", 43e6, None, None),
            ],
        );
        assert_eq!(bars(&a), vec![(1, vec![0, 1])]);
        // Only the headline names one: it is drawn.
        let a = analysis(
            "Tervane raises $1.5 billion.\nThe 1,502 million dollar issue closed.\n",
            &[
                ("$1.5 billion", 1.5e9, None, Some(0)),
                ("1,502 million dollar", 1.502e9, None, None),
            ],
        );
        assert_eq!(bars(&a), vec![(0, vec![0, 1])]);
    }

    #[test]
    fn equal_amounts_that_are_no_headline_restatement_stay_apart() {
        // Two payments of one value in the body.
        let a = analysis(
            "Tervane expands.\nIt paid $10 million to Morvath and $10 million to Pellisk.\n",
            &[
                ("$10 million", 1e7, None, None),
                ("$10 million", 1e7, None, None),
            ],
        );
        assert_eq!(bars(&a), vec![(0, vec![0]), (1, vec![1])]);
        // Different payees.
        let a = analysis(
            "Tervane pays $10 million.\nIt paid $10 million to Morvath.\n",
            &[
                ("$10 million", 1e7, None, Some(0)),
                ("$10 million", 1e7, None, Some(1)),
            ],
        );
        assert_eq!(bars(&a), vec![(0, vec![0]), (1, vec![1])]);
        // Different values, or one a price.
        let a = analysis(
            "Tervane pays $10 million.\nIt paid $10.2 million.\n",
            &[
                ("$10 million", 1e7, None, None),
                ("$10.2 million", 1.02e7, None, None),
            ],
        );
        assert_eq!(bars(&a), vec![(0, vec![0]), (1, vec![1])]);
        let mut a = analysis(
            "Tervane at $12.\nShares rose to $12.\n",
            &[("$12", 12.0, None, None), ("$12", 12.0, None, None)],
        );
        a.money[1].per = Some(Per::Share);
        assert_eq!(bars(&a), vec![(0, vec![0]), (1, vec![1])]);
    }

    #[test]
    fn a_headline_figure_pairs_once_and_one_line_has_no_headline() {
        let a = analysis(
            "Tervane pays $10 million.\nIt paid $10 million, then $10 million more.\n",
            &[
                ("$10 million", 1e7, None, None),
                ("$10 million", 1e7, None, None),
                ("$10 million", 1e7, None, None),
            ],
        );
        assert_eq!(bars(&a), vec![(1, vec![0, 1]), (2, vec![2])]);
        let a = analysis(
            "Tervane pays $10 million. It paid $10 million.",
            &[
                ("$10 million", 1e7, None, None),
                ("$10 million", 1e7, None, None),
            ],
        );
        assert_eq!(headline(&a), None);
        assert_eq!(bars(&a).len(), 2);
    }

    #[test]
    fn currencies_are_kept_apart_and_bad_values_skipped() {
        let mut a = analysis(
            "Tervane: $5, €5, $7, $9, £0.\nbody\n",
            &[
                ("$5", 5e9, None, None),
                ("€5", 5e6, None, None),
                ("$7", f64::NAN, None, None),
                ("$9", 5e11, None, None),
                ("£0", 0.0, None, None),
            ],
        );
        a.money[1].currency = "EUR".into();
        a.money[4].currency = "GBP".into();
        let got: Vec<(String, Vec<usize>)> = money_bars(&a)
            .into_iter()
            .map(|(c, v)| (c, v.into_iter().map(|b| b.shown).collect()))
            .collect();
        assert_eq!(
            got,
            vec![("USD".to_owned(), vec![0, 3]), ("EUR".to_owned(), vec![1])]
        );
    }
}
