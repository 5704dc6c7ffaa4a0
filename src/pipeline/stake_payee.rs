//! Stake payees: a holder's price with no seller named ("owned 55% by the
//! Varesi family and 45% by the group I, which bought its stake in 2020
//! for N"; "owns 58% of the perfumer …, with the rest split between … K,
//! which bought 30% in 2022 for €N") is paid to the business whose shares
//! the sentence says are held. Read for figures that have a payer and no
//! payee after the frames and deals.

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Relation, RelationKind, Span};

use super::deal_payee::{awaiting_payee_placed, payer_before_relative};
use super::segment::Segmentation;

/// How many tokens before the amount's "for" the verb of buying may stand
/// ("bought a further 30% stake in 2022 for").
const BUY_REACH: usize = 8;

/// How many tokens after "of" the business held may start ("of the
/// Belgian firm T").
const OF_REACH: usize = 4;

/// Gives each figure with a payer and no payee, bought by a relative
/// clause on its payer with only a share or stake as object ("P, which
/// bought 30% in 2022 for €N"), the business the sentence says is held.
pub fn stake_payees(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    relations: &[Relation],
    money: &mut [MoneyFact],
) {
    for placed in awaiting_payee_placed(money, mentions, seg) {
        let (tokens, payer) = (placed.tokens, placed.payer);
        let Some(v) = bought_stake(lang, text, mentions, tokens, placed.at, payer) else {
            continue;
        };
        let clause = Clause {
            text,
            mentions,
            sentence: placed.sentence.span,
            tokens,
        };
        placed.fact.recipient =
            held_business(lang, &clause, relations, placed.amount.span, payer, v)
                .filter(|&t| t != payer);
    }
}

/// One sentence with its tokens and the document's mentions.
struct Clause<'a> {
    text: &'a str,
    mentions: &'a [Mention],
    sentence: Span,
    tokens: &'a [Span],
}

impl Clause<'_> {
    fn word(&self, j: usize) -> &str {
        self.tokens[j].slice(self.text)
    }

    /// The organisations named in the sentence between `from` and `to`.
    fn orgs(&self, from: usize, to: usize) -> impl Iterator<Item = &Mention> {
        self.mentions.iter().filter(move |m| {
            m.kind == EntityKind::Org
                && m.span.within(self.sentence)
                && m.span.start >= from
                && m.span.end <= to
                && m.entity.is_some()
        })
    }
}

/// The token of the verb of buying when the amount at token `k` follows
/// "for", the verb's object is only a share or a stake (no party named
/// between), and the verb opens a relative clause set off by a comma right
/// after a mention of the payer ("P, which bought its stake in 2020 for").
fn bought_stake(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    tokens: &[Span],
    k: usize,
    payer: usize,
) -> Option<usize> {
    let word = |j: usize| tokens[j].slice(text);
    let holdings = &lang.relate.holdings;
    if k < 4
        || !lang
            .relate
            .payments
            .paid_for
            .contains_lowercase(word(k - 1))
    {
        return None;
    }
    let v = (k.saturating_sub(BUY_REACH)..k - 1)
        .rev()
        .find(|&j| lang.relate.frame.buy.contains_lowercase(word(j)))?;
    let gap = Span::new(tokens[v].end, tokens[k - 1].start);
    // "its stake" is the payer's own.
    let named = mentions.iter().any(|m| {
        m.span.within(gap)
            && m.entity != Some(payer)
            && !matches!(m.kind, EntityKind::Date | EntityKind::Percent)
    });
    let share = (v + 1..k - 1).any(|j| {
        holdings.stake.contains_lowercase(word(j))
            || mentions
                .iter()
                .any(|m| m.kind == EntityKind::Percent && m.span.contains(tokens[j].start))
    });
    let from = (v + 1..k - 1).any(|j| lang.relate.payments.from.contains_lowercase(word(j)));
    if named || !share || from {
        return None;
    }
    payer_before_relative(lang, text, mentions, tokens, v, payer).map(|_| v)
}

/// The business whose shares the sentence says are held: a stake the payer
/// was found to hold there; else, at a verb of owning before the payer, the
/// passive's subject ("T is … owned 55% by A and 45% by P") or the company
/// after "of" ("A owns 58% of T"), and for a description in either place
/// ("of the perfumer", "The academies are owned by") the company the
/// document names most.
fn held_business(
    lang: &Language,
    clause: &Clause<'_>,
    relations: &[Relation],
    amount: Span,
    payer: usize,
    v: usize,
) -> Option<usize> {
    let holdings = &lang.relate.holdings;
    if let Some(r) = relations.iter().find(|r| {
        r.kind == RelationKind::StakeIn
            && r.source == payer
            && r.evidence.start <= amount.start
            && amount.end <= r.evidence.end
    }) {
        return Some(r.target);
    }
    let own = (0..v).find(|&j| holdings.own.contains_lowercase(clause.word(j)))?;
    let passive = (own + 1..v).any(|j| {
        lang.relate
            .clause
            .passive_agent
            .contains_lowercase(clause.word(j))
    });
    if passive {
        // A description as the passive's subject ("The academies are owned
        // … by P"): the company the document names most.
        let verb = clause.tokens[own].start;
        let mut before = clause.orgs(clause.sentence.start, verb).peekable();
        if before.peek().is_none() {
            return most_named(clause.mentions, payer);
        }
        return before
            .find(|m| m.entity != Some(payer))
            .and_then(|m| m.entity);
    }
    let of = (own + 1..v).find(|&j| holdings.own_of.contains_lowercase(clause.word(j)))?;
    let reach = clause.tokens[(of + OF_REACH).min(v)].end;
    let after = clause.tokens[of].end;
    if let Some(m) = clause.orgs(after, reach).next() {
        return m.entity.filter(|&e| e != payer);
    }
    most_named(clause.mentions, payer)
}

/// The organisation with the most mentions in the document, other than
/// `payer`.
fn most_named(mentions: &[Mention], payer: usize) -> Option<usize> {
    crate::model::mention_counts(
        mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Org)
            .filter_map(|m| m.entity)
            .filter(|&e| e != payer),
    )
    .into_iter()
    .max_by_key(|&(e, n)| (n, std::cmp::Reverse(e)))
    .map(|(e, _)| e)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties;

    #[test]
    fn a_holders_price_with_no_seller_goes_to_the_business_held() {
        check_money_parties(&[
            (
                "Founded in 1990 by the engineer Arno Pelletti, Tarnwick Blasting AG is now run by his daughter and owned 60% by the Pelletti family and 40% by the building group Quellmoor Holdings, which bought its stake in 2019 for 12 million francs.",
                (
                    "12 million francs",
                    Some("Quellmoor Holdings"),
                    Some("Tarnwick Blasting AG"),
                ),
            ),
            (
                "Tarnwick Rowing Ltd teaches rowing on five rivers. Tarnwick Rowing Ltd has ordered 60 boats. \
                 The academies are owned by their staff and by the sports investor Quellmoor Holdings, \
                 which bought 38% in 2024 for £5.5 million.",
                (
                    "£5.5 million",
                    Some("Quellmoor Holdings"),
                    Some("Tarnwick Rowing Ltd"),
                ),
            ),
            (
                "Velbrun Parfums SAS makes scents for fashion labels. Velbrun Parfums SAS has hired a new chief. The family still owns 58% of the perfumer through the holding company Compagnie Ostrel, with the rest split between the luxury group Marvelle Group, which bought 30% in 2022 for €95m, and a regional fund.",
                ("€95m", Some("Marvelle Group"), Some("Velbrun Parfums SAS")),
            ),
        ]);
    }

    #[test]
    fn a_holders_price_with_a_seller_goes_to_the_seller() {
        check_money_parties(&[(
            "Tarnwick Blasting AG is owned by Quellmoor Holdings, which bought 40% from Orvo Capital in 2019 for 12 million francs.",
            (
                "12 million francs",
                Some("Quellmoor Holdings"),
                Some("Orvo Capital"),
            ),
        )]);
    }
}
