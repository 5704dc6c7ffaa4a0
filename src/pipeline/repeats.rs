//! Repeats: one figure stated more than once is one money fact. The same
//! amount whose parties agree (one statement naming a payer) is one figure
//! wherever it stands; an amount in the headline and its first
//! restatement in the body are one figure even where neither names a
//! party, and even in other words ("HK$ 43 mln" over "HK$ 43 million",
//! "$1.5bn" over "$1,500 million": within half a percent). The better
//! attached statement is kept, the other's parties fill what it lacks and
//! its mention is listed among the kept fact's repeats; a relation that
//! carried a dropped statement points at the kept one. Part of the figures
//! stage, run last.

use crate::model::{Mention, MoneyFact, Relation, same_value};

use super::headline::{HEADLINE_WORDS, first_line_headline, reads_as_headline};
use super::segment::Segmentation;

/// A figure kept, with where it was first stated.
struct Kept {
    fact: MoneyFact,
    /// First stated in the headline.
    headline: bool,
    /// A body statement has been merged into it.
    stated_in_body: bool,
}

/// Merges the statements of one figure (see the module's note) and points
/// each relation at the fact its figure was merged into.
pub(super) fn merge_repeated_figures(
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    facts: Vec<MoneyFact>,
    relations: &mut [Relation],
) -> Vec<MoneyFact> {
    let in_headline = headline_sentences(text, seg);
    let headline = |f: &MoneyFact| {
        mentions
            .get(f.mention)
            .is_some_and(|m| seg.sentence_index(m.span.start) < in_headline)
    };
    let mut kept: Vec<Kept> = Vec::with_capacity(facts.len());
    let mut new_index = vec![0; facts.len()];
    for (i, f) in facts.into_iter().enumerate() {
        let from_headline = headline(&f);
        let found = kept.iter().position(|g| {
            g.fact.same_figure(&f)
                || g.headline && !g.stated_in_body && restated_in_other_words(&g.fact, &f)
        });
        let Some(k) = found else {
            new_index[i] = kept.len();
            kept.push(Kept {
                fact: f,
                headline: from_headline,
                stated_in_body: false,
            });
            continue;
        };
        let g = &mut kept[k];
        // Only a statement in other words trades the headline's clipped
        // grammar for the body's on a tie; the same words keep the first.
        let body_first = g.headline && !from_headline && !g.fact.same_figure(&f);
        g.stated_in_body |= !from_headline;
        if f.known_parts() > g.fact.known_parts()
            || body_first && f.known_parts() == g.fact.known_parts()
        {
            let old = std::mem::replace(&mut g.fact, f);
            absorb(&mut g.fact, old);
        } else {
            absorb(&mut g.fact, f);
        }
        new_index[i] = k;
    }
    for r in relations.iter_mut() {
        r.money = r.money.map(|m| new_index[m]);
    }
    kept.into_iter().map(|k| k.fact).collect()
}

/// How many sentences open the text as its headline: those before the
/// first that does not read as one (a sentence ending in a full stop, or a
/// long one); else those of a wire headline closed by a full stop over its
/// dateline ("Ka Wah Bank sets HK$43 mln FRCD." over "HONG KONG
/// 1996-08-22"), which states the story's figure as the body does.
fn headline_sentences(text: &str, seg: &Segmentation) -> usize {
    let open = seg
        .sentences
        .iter()
        .position(|s| !reads_as_headline(s.span.slice(text), HEADLINE_WORDS))
        .unwrap_or(0);
    if open > 0 {
        return open;
    }
    first_line_headline(text, &|_| false).map_or(0, |line| {
        seg.sentences
            .iter()
            .take_while(|s| s.span.within(line))
            .count()
    })
}

/// True when `body` states again the amount `head` states, perhaps in
/// other words: one currency, one value within [`crate::model::SAME_VALUE`], both
/// amounts or both prices, and no party or year that disagrees.
fn restated_in_other_words(head: &MoneyFact, body: &MoneyFact) -> bool {
    fn agree<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
        a.is_none() || b.is_none() || a == b
    }
    head.currency == body.currency
        && head.per == body.per
        && head.value > 0.0
        && same_value(head.value, body.value)
        && agree(head.investor, body.investor)
        && agree(head.recipient, body.recipient)
        && agree(head.year, body.year)
}

/// Lists `other`'s statement among `kept`'s repeats, with what `kept`
/// lacks of its parties, year, qualifier and relation.
fn absorb(kept: &mut MoneyFact, other: MoneyFact) {
    kept.repeats.push(other.mention);
    kept.repeats.extend(other.repeats);
    kept.qualifier = kept.qualifier.take().or(other.qualifier);
    kept.investor = kept.investor.or(other.investor);
    kept.recipient = kept.recipient.or(other.recipient);
    kept.year = kept.year.or(other.year);
    kept.relation = kept.relation.or(other.relation);
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::analysis;

    /// `(amount, repeats)` of each fact of `text`, by their text.
    fn facts(text: &str) -> Vec<(String, Vec<String>)> {
        let a = analysis(text);
        a.money
            .iter()
            .map(|f| {
                let repeats = f.repeats.iter().map(|&m| a.mention_text(m).to_owned());
                (a.mention_text(f.mention).to_owned(), repeats.collect())
            })
            .collect()
    }

    #[test]
    fn a_headline_figure_restated_in_the_body_is_one_fact() {
        let got = facts(
            "Quarrow Ltd to build €90m plant in Zürich\n\
             Quarrow Ltd said on Tuesday it would spend €90 million on a plant in Zürich. \
             The plant will employ 200 people.\n",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "€90 million");
        assert_eq!(got[0].1, vec!["€90m".to_owned()]);
    }

    #[test]
    fn a_wire_headline_closed_by_a_full_stop_is_a_headline() {
        let got = facts(
            "Quarrow Ltd posts $12.5 mln first-half loss.\n\
             ZURICH 2031-08-22\n\
             Quarrow Ltd said on Tuesday it made a loss of $12.5 million in the half. \
             The loss was smaller than expected.\n",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.len(), 1, "{got:?}");
        // A first line of running text, no dateline under it, is no headline.
        let got = facts(
            "Quarrow Ltd made a loss of $12.5 million in the half.\n\
             Tessmoor Mill, its rival, made a loss of $12.5 million in the same half.\n",
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_body_figure_stated_twice_without_parties_stays_two() {
        let got = facts(
            "Quarrow Ltd reported sales of €90 million. \
             Tessmoor Mill also reported sales of €90 million.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_headline_figure_of_another_value_or_payer_is_not_merged() {
        let got = facts(
            "Keltic Airways orders $2bn of jets\n\
             Keltic Airways ordered 10 jets from Brightwater Aerospace for $2.2 billion.\n",
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }
}
