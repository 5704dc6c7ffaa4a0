//! Figures: money facts.
//!
//! Takes the MONEY mentions, the date facts, the relations (and the money
//! mention each carries) and each sentence's subject; gives one
//! [`MoneyFact`] per figure, attached to the deal that carries it, with
//! repeats of one figure merged.

use crate::lang::DateWords;
use crate::model::{DateFact, EntityKind, Mention, MoneyFact, Relation};

use super::dates::nearest;
use super::money::Money;
use super::segment::Segmentation;

/// Money facts: each MONEY mention parsed, with its qualifier and year, and
/// attached to the investment or acquisition that carries it; failing that,
/// an investment trigger in the sentence makes the subject the investor.
#[allow(clippy::too_many_arguments)]
pub fn figures(
    money: &Money,
    date_words: &DateWords,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    dates: &[DateFact],
    relations: &mut [Relation],
    money_of_relation: &[Option<usize>],
    investors: &[Option<usize>],
) -> Vec<MoneyFact> {
    let mut out = Vec::new();
    for (i, m) in mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == EntityKind::Money)
    {
        let Some(amount) = money.parse_amount(m.span.slice(text)) else {
            continue;
        };
        let qualifier = money
            .qualifier_before(&text[..m.span.start])
            .map(str::to_owned);
        let s = seg
            .sentences
            .partition_point(|s| s.span.end <= m.span.start);
        let sentence = seg.sentences.get(s).map_or(m.span, |s| s.span);
        let year = nearest(date_words, text, dates, mentions, sentence, m.span)
            .and_then(|d| dates[d].year());
        let fact_index = out.len();
        let relation = (0..relations.len())
            .find(|&r| money_of_relation[r] == Some(i))
            .or_else(|| {
                // An unclaimed amount belongs to the sentence's one deal only
                // when it is the sentence's one amount.
                let amounts = mentions
                    .iter()
                    .filter(|x| x.kind == EntityKind::Money && x.span.within(sentence))
                    .count();
                if amounts != 1 {
                    return None;
                }
                (0..relations.len()).find(|&r| {
                    relations[r].evidence == sentence
                        && relations[r].kind.carries_money()
                        && relations[r].money.is_none()
                })
            });
        let (investor, recipient) = match relation {
            Some(r) => {
                relations[r].money = Some(fact_index);
                (Some(relations[r].source), Some(relations[r].target))
            }
            None => (investors.get(s).copied().flatten(), None),
        };
        out.push(MoneyFact {
            mention: i,
            value: amount.value,
            currency: amount.currency.to_owned(),
            qualifier,
            year,
            investor,
            recipient,
            relation,
            repeats: Vec::new(),
            per: None,
        });
    }
    merge_repeated_figures(out, relations)
}

/// One figure stated twice (headline and body) is one figure: the better
/// attached statement is kept and the other listed among its repeats; the
/// relation that carried the dropped one points at the kept one.
fn merge_repeated_figures(facts: Vec<MoneyFact>, relations: &mut [Relation]) -> Vec<MoneyFact> {
    let mut kept: Vec<MoneyFact> = Vec::with_capacity(facts.len());
    let mut new_index = vec![0; facts.len()];
    for (i, f) in facts.into_iter().enumerate() {
        if let Some(k) = kept.iter().position(|g| g.same_figure(&f)) {
            let g = &mut kept[k];
            if f.known_parts() > g.known_parts() {
                let old = std::mem::replace(g, f);
                g.repeats.push(old.mention);
                g.repeats.extend(old.repeats);
                g.qualifier = g.qualifier.take().or(old.qualifier);
            } else {
                g.repeats.push(f.mention);
            }
            new_index[i] = k;
        } else {
            new_index[i] = kept.len();
            kept.push(f);
        }
    }
    for r in relations.iter_mut() {
        r.money = r.money.map(|m| new_index[m]);
    }
    kept
}
