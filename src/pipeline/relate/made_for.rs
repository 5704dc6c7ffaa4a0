//! Orders still to come told from the maker's side: "S will make 480
//! stones for T", "S is to make 340 clocks for T" (a counted lot of goods
//! and the buyer after "for"), and their passives, "twenty trams are to be
//! built by S for T", "the wool is to be delivered to T by S, a Roermond
//! maker, for €N" (the maker after "by", the buyer after "for" or "to").
//! Each is `sells_to(S, T)`, with the amount of the clause as its value.
//! A making that is not still to come ("S makes seats for T") is an
//! ongoing supply, left to the supply frames.

use crate::model::RelationKind;

use super::clause::clause_subject;
use super::item::{Finds, Item, find_word, next_entity};
use super::order_parties::{order_money, party_after};
use super::orders::goods;
use super::pattern::At;

/// How firmly an order read this way is taken.
const CONFIDENCE: f32 = 0.7;

/// How far after a passive's verb its "by" may stand ("delivered to the
/// Rotterdam housing association T by S").
const AGENT_REACH: usize = 10;

/// How many items an apposition set off after the maker may have ("by S,
/// a family-owned company in the town of K, for T").
const APPOSITION_REACH: usize = 14;

/// At a verb of making goods still to come: `sells_to(maker, buyer)`.
pub(super) fn made_for(at: &At<'_, '_>, out: &mut Finds) {
    let words = &at.words().orders;
    if !words.make_goods.contains(at.word()) {
        return;
    }
    let i = at.i;
    let before = |k: usize| i.checked_sub(k).map_or("", |j| at.items[j].word());
    // "will make", "is to make"; "will be built", "are to be built".
    let to_come = |k: usize| {
        words.to_come.contains(before(k))
            || words.infinitive.contains(before(k))
                && at.is(i.wrapping_sub(k + 1), &at.words().reader.copulas)
    };
    if words.bare_be.contains(before(1)) {
        if to_come(2) {
            passive(at, out);
        }
    } else if to_come(1) {
        // "S, a maker of trams, is to make …": the subject of "is".
        let verb = if words.infinitive.contains(before(1)) {
            i - 2
        } else {
            i
        };
        let subject = clause_subject(at.ctx.lang, at.items, verb, at.ctx.kinds).or(at.subject);
        active(at, subject, out);
    }
}

/// "S will make 480 curling stones for T": a counted lot, then "for T".
fn active(at: &At<'_, '_>, subject: Option<usize>, out: &mut Finds) {
    let Some(seller) = subject.filter(|&s| at.is_org(s)) else {
        return;
    };
    let Some(g) = goods(at, at.i + 1).filter(|g| g.counted) else {
        return;
    };
    let buyers = party_after(at, g.end, &at.words().orders.order_for);
    add(at, out, seller, &buyers, order_money(at, g.end));
}

/// "… are to be built by S for T", "… is to be delivered to T by S".
fn passive(at: &At<'_, '_>, out: &mut Finds) {
    let items = at.items;
    let agent_word = &at.words().clause.passive_agent;
    let Some(by) = find_word(items, at.i + 1, at.i + AGENT_REACH, agent_word) else {
        return;
    };
    let Some((name, seller)) = next_entity(items, by + 1, 3)
        .and_then(|(k, _)| at.past_place(k).map(|e| (at.named_after(k), e)))
    else {
        return;
    };
    if !at.is_org(seller) {
        return;
    }
    // The buyer before the agent: "delivered to T by S".
    let mut buyers = party_after(at, at.i + 1, &at.words().orders.sell_to);
    buyers.retain(|&b| b != seller);
    let mut end = name + 1;
    if buyers.is_empty() {
        // After the maker, past an apposition set off by commas.
        let mut k = name + 1;
        if at.items.get(k).is_some_and(|it| it.word() == ",") {
            k = (k + 1..(k + APPOSITION_REACH).min(items.len()))
                .find(|&j| items[j].word() == ",")
                .map_or(k, |j| j + 1);
        }
        buyers = party_after(at, k, &at.words().orders.order_for)
            .into_iter()
            .filter(|_| at.is(k, &at.words().orders.order_for))
            .collect();
        end = k;
    }
    let money = order_money(at, end).filter(|&m| {
        // Only an amount after the verb: the goods' own price comes later.
        items[..at.i]
            .iter()
            .all(|it| !matches!(it, Item::Money { mention } if *mention == m))
    });
    add(at, out, seller, &buyers, money);
}

/// Adds `sells_to(seller, b)` for each buyer that may trade. A list that
/// runs on into the maker ("for T, the company said") is its first name.
fn add(at: &At<'_, '_>, out: &mut Finds, seller: usize, buyers: &[usize], money: Option<usize>) {
    let buyers = if buyers.contains(&seller) {
        &buyers[..1]
    } else {
        buyers
    };
    for &b in buyers {
        if b != seller && (at.is_org(b) || at.kind(b) == crate::model::EntityKind::Loc) {
            out.add(
                RelationKind::SellsTo,
                seller,
                b,
                at.span(at.i),
                money,
                CONFIDENCE,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;
    use crate::model::RelationKind::*;

    #[test]
    fn orders_still_to_come_told_by_the_maker() {
        check(
            &[BuysFrom, SellsTo, Supplies],
            &[
                (
                    "Harlo Sailworks Ltd will make 480 sails for Ostrelund Yachts, which runs \
                     six marinas.",
                    &[("Harlo Sailworks Ltd", SellsTo, "Ostrelund Yachts")],
                ),
                (
                    "Karsk Werke GmbH, a maker of trams in Gera, is to make 40 trams for \
                     Vemlo Transit AG, the company said on Monday.",
                    &[("Karsk Werke GmbH", SellsTo, "Vemlo Transit AG")],
                ),
                (
                    "Twenty trams are to be built by Karsk Werke GmbH, a family firm in \
                     Gera, for Vemlo Transit AG.",
                    &[("Karsk Werke GmbH", SellsTo, "Vemlo Transit AG")],
                ),
                (
                    "Insulation for 900 homes is to be delivered to the housing group \
                     Vemlo Wonen by Karsk Werke GmbH, a Gera maker, for 31 million euros.",
                    &[("Karsk Werke GmbH", SellsTo, "Vemlo Wonen")],
                ),
                // A passive order's buyer is its agent, past the seller's
                // apposition.
                (
                    "Forty boats have been ordered from Harlo Sailworks Ltd, a workshop \
                     outside Gera, by Ostrelund Yachts AG, which rents out boats.",
                    &[("Ostrelund Yachts AG", BuysFrom, "Harlo Sailworks Ltd")],
                ),
                // An ongoing making is no order but a supply; a bid is no goods.
                (
                    "Karsk Werke GmbH makes 40 trams a year for Vemlo Transit AG.",
                    &[("Karsk Werke GmbH", Supplies, "Vemlo Transit AG")],
                ),
                (
                    "Karsk Werke GmbH will make a bid for Vemlo Transit AG.",
                    &[],
                ),
            ],
        );
    }
}
