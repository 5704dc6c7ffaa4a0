//! The parties and value of an order of goods, after its goods: "from T"
//! (also past a phrase that describes the goods: "12 ships powered by
//! natural gas from T") and "worth $N" (also after the clause's "said":
//! "…, the companies said on Tuesday, in a deal worth $N").

use crate::model::EntityKind;

use super::clause::entity_list;
use super::item::{Item, find_word, money_in, next_entity, possessor_before};
use super::pattern::At;

/// How many plain words a phrase describing the goods may run before the
/// word of the other party: "powered by liquefied natural gas from T".
const PHRASE_REACH: usize = 6;

/// How many items after the goods the value of the order may stand when a
/// word of worth introduces it ("…, the companies said, in a deal worth $N").
const WORTH_REACH: usize = 24;

/// The word of `list` after a phrase that describes the goods: a word, a
/// preposition and plain lower-case words ("powered by liquefied natural
/// gas from"), no name or amount between; or the goods' own "of" phrase
/// ([`goods_of`]).
fn past_phrase(at: &At<'_, '_>, from: usize, list: &crate::lang::WordList) -> Option<usize> {
    let prepositions = &at.ctx.lang.resolve.prepositions;
    if !at.is(from, prepositions) {
        return None;
    }
    if at.is(from, &at.words().frame.of) {
        return goods_of(at, from, list);
    }
    (from + 1..(from + 1 + PHRASE_REACH).min(at.items.len()))
        .take_while(|&k| {
            let w = at.items[k].word();
            !w.is_empty() && w.chars().all(char::is_lowercase)
        })
        .find(|&k| list.contains(at.items[k].word()))
}

/// How many items the goods' own "of" phrase may run before the word of
/// the other party ("of U.S. No.2 yellow soybeans from").
const GOODS_OF_REACH: usize = 10;

/// The word of `list` after the "of" phrase at `of` that says what the
/// goods are, as commodity copy writes them: plain lower-case words, the
/// place or people they come from ("of Argentine wheat", "of U.S.
/// soybeans"), grades with a figure ("No.2", "PL-480"), seasons of a
/// grade ("hard red winter wheat"), grades joined ("No.1 or No.2") and a
/// code in brackets ("dark northern spring (DNS) wheat"). No company,
/// amount or other preposition between: "20% of Keltic from Orvo" is no
/// goods.
fn goods_of(at: &At<'_, '_>, of: usize, list: &crate::lang::WordList) -> Option<usize> {
    let prepositions = &at.ctx.lang.resolve.prepositions;
    let joins = &at.words().clause.list_conjunctions;
    let mut bracket = false;
    for k in of + 1..(of + 1 + GOODS_OF_REACH).min(at.items.len()) {
        let fits = match &at.items[k] {
            Item::Word { word, .. } if list.contains(word) => return Some(k),
            Item::Word { word, .. } if word == "(" || word == ")" => {
                bracket = word == "(";
                true
            }
            Item::Word { word, .. } => {
                bracket
                    || joins.contains(word)
                    || !prepositions.contains(word)
                        && (word.chars().all(char::is_lowercase)
                            || word.bytes().any(|b| b.is_ascii_digit()))
            }
            Item::Ent {
                entity,
                possessive: false,
                ..
            } => bracket || matches!(at.kind(*entity), EntityKind::Loc | EntityKind::Nationality),
            Item::Date { .. } => true,
            _ => false,
        };
        if !fits {
            return None;
        }
    }
    None
}

/// The sellers after the goods of an order ending at `from`: right after
/// them or past a phrase that describes them.
pub(super) fn sellers_after_goods(
    at: &At<'_, '_>,
    from: usize,
    list: &crate::lang::WordList,
) -> Vec<usize> {
    let near = party_after(at, from, list);
    match past_phrase(at, from, list) {
        Some(p) if near.is_empty() => party_after(at, p, list),
        _ => near,
    }
}

/// The entities right after a word of `list` at or after `from` (within
/// three items): "from Boeing", "to Air Berlin and Keltic Airways".
pub(super) fn party_after(
    at: &At<'_, '_>,
    from: usize,
    list: &crate::lang::WordList,
) -> Vec<usize> {
    find_word(at.items, from, from + 3, list)
        .map(|p| {
            // "to private equity firm Z": plain words describe the name.
            let start = match at.items.get(p + 1).and_then(Item::entity) {
                // "to Japan's Hoshi Corp": the company the place owns.
                Some(_) => match at.described(p + 1) {
                    d if matches!(
                        at.items[d],
                        Item::Ent {
                            possessive: true,
                            ..
                        }
                    ) =>
                    {
                        at.named_after(d)
                    }
                    d => d,
                },
                // "from the Spanish supermarket chain Z", "from the Lisbon
                // transport operator Z": past the place that describes it.
                None => at
                    .described_object(p + 1)
                    .map(|k| match at.items[k].entity().map(|e| at.kind(e)) {
                        Some(EntityKind::Loc | EntityKind::Nationality) => at.named_after(k),
                        _ => k,
                    })
                    .unwrap_or(p + 1),
            };
            entity_list(&at.words().clause, at.items, start).0
        })
        .unwrap_or_default()
}

/// How far after a passive of ordering its "by" may stand, past the seller
/// and an apposition set off after it.
const PASSIVE_BUYER_REACH: usize = 24;

/// The buyer a passive of ordering names after "by", past the seller and
/// an apposition set off after it: "120 tubs have been ordered from S, a
/// workshop outside L, by T" (T, not the place).
pub(super) fn passive_buyer(at: &At<'_, '_>) -> Option<usize> {
    let be = &at.ctx.lang.relate.roles.passive_be;
    if !at.i.checked_sub(1).is_some_and(|k| at.is(k, be)) {
        return None;
    }
    let agent_word = &at.words().clause.passive_agent;
    let reach = at.i + PASSIVE_BUYER_REACH;
    let by = find_word(at.items, at.i + 1, reach, agent_word)?;
    let (k, _) = next_entity(at.items, by + 1, 3)?;
    at.past_place(k).filter(|&e| at.is_org(e))
}

/// How many items before the verb of buying a state that buys may stand
/// (auxiliaries, adverbs and dates between).
const STATE_REACH: usize = 6;

/// A state right before the verb of buying, only auxiliaries, adverbs and
/// dates between and no preposition governing it: "Pakistan bought 31,412
/// tonnes of soybeans from S", "Norway has ordered 12 jets from S". A
/// state buys as it lends; the clause's subject passes over places.
pub(super) fn state_buyer(at: &At<'_, '_>) -> Option<usize> {
    let between = &at.words().clause.between_subject_and_verb;
    let prepositions = &at.ctx.lang.resolve.prepositions;
    for j in (at.i.saturating_sub(STATE_REACH)..at.i).rev() {
        match &at.items[j] {
            Item::Date { .. } => {}
            Item::Word { word, .. } if between.contains(word) => {}
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if at.kind(*entity) == EntityKind::Loc => {
                let governed = j > 0 && prepositions.contains(at.items[j - 1].word());
                return (!governed).then_some(*entity);
            }
            _ => return None,
        }
    }
    None
}

/// The subject of the trigger's clause with the names coordinated before
/// it ("Air Canada and Air India ordered …"), or the possessor right
/// before the trigger ("Aeroflot's order"); a passive's agent ("have been
/// ordered from S by T"); a state right before the verb ("Pakistan
/// bought …").
pub(super) fn buyers(at: &At<'_, '_>) -> Vec<usize> {
    if let Some(b) = passive_buyer(at) {
        return vec![b];
    }
    if let Some(p) = possessor_before(at.items, at.i) {
        return vec![p];
    }
    if let Some(state) = state_buyer(at) {
        return vec![state];
    }
    at.subject.map(|s| vec![s]).unwrap_or_default()
}

/// The amount that states the order's value, near the trigger: before it
/// ("a $3bn order") or after it in the same clause ("worth $3bn").
pub(super) fn order_money(at: &At<'_, '_>, end: usize) -> Option<usize> {
    let n = at.items.len();
    money_in(
        at.items,
        (at.i.saturating_sub(3)..at.i).chain(at.i + 1..(end + 6).min(n)),
    )
    .or_else(|| worth_money(at, end))
}

/// The sentence's one amount after the goods, right after a word of worth
/// ("in a deal worth $N").
fn worth_money(at: &At<'_, '_>, end: usize) -> Option<usize> {
    let items = at.items;
    let amounts: Vec<usize> = (at.i + 1..items.len())
        .filter(|&k| matches!(items[k], Item::Money { .. }))
        .collect();
    let &[k] = amounts.as_slice() else {
        return None;
    };
    (k <= end + WORTH_REACH && k > 0 && at.is(k - 1, &at.words().orders.order_worth))
        .then(|| money_in(items, [k]))
        .flatten()
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;
    use crate::pipeline::tests::money_parties;

    #[test]
    fn the_seller_past_a_phrase_that_describes_the_goods() {
        check(
            &[BuysFrom],
            &[(
                "Vantor Lines ordered 12 container ships powered by liquefied natural gas from Dalmok Shipbuilding.",
                &[("Vantor Lines", BuysFrom, "Dalmok Shipbuilding")],
            )],
        );
    }

    #[test]
    fn the_value_after_the_clause_of_saying() {
        let got = money_parties(
            "Vantor Lines ordered 12 container ships from Dalmok Shipbuilding, \
             the companies said on Tuesday, in a deal worth $2.1 billion.",
        );
        assert_eq!(
            got,
            vec![(
                "$2.1 billion".to_owned(),
                Some("Vantor Lines".to_owned()),
                Some("Dalmok Shipbuilding".to_owned())
            )]
        );
    }

    /// The goods' own "of" phrase as commodity copy writes it: origin,
    /// grades, seasons of a grade, a code in brackets.
    #[test]
    fn commodity_goods_before_the_seller() {
        check(
            &[BuysFrom],
            &[
                (
                    "Keltic Mills bought 30,000 tonnes of U.S. No.2 yellow soybeans from Brightwater Grain and Orvo Trading.",
                    &[
                        ("Keltic Mills", BuysFrom, "Brightwater Grain"),
                        ("Keltic Mills", BuysFrom, "Orvo Trading"),
                    ],
                ),
                (
                    "Keltic Mills bought 18,000 tonnes of dark northern spring (DNS) wheat from Brightwater Grain.",
                    &[("Keltic Mills", BuysFrom, "Brightwater Grain")],
                ),
                (
                    "Keltic Mills bought 30,000 tonnes of Argentine hard red winter wheat from Brightwater Grain.",
                    &[("Keltic Mills", BuysFrom, "Brightwater Grain")],
                ),
                // Grades joined by a coordinator.
                (
                    "Keltic Mills bought 98,000 tonnes of U.S. No.1 or No.2 wheat from Brightwater Grain, Orvo Trading and Tamsin Corp.",
                    &[
                        ("Keltic Mills", BuysFrom, "Brightwater Grain"),
                        ("Keltic Mills", BuysFrom, "Orvo Trading"),
                        ("Keltic Mills", BuysFrom, "Tamsin Corp."),
                    ],
                ),
                // A share of a company is no goods.
                (
                    "Keltic Mills bought 20 percent of Orvo Trading from Brightwater Grain.",
                    &[],
                ),
            ],
        );
    }

    /// A state right before the verb of buying is the buyer; a place a
    /// preposition governs, or a possessive one, is not.
    #[test]
    fn a_state_buys() {
        check(
            &[BuysFrom],
            &[
                (
                    "Chile bought 40,000 tonnes of wheat from Brightwater Grain.",
                    &[("Chile", BuysFrom, "Brightwater Grain")],
                ),
                (
                    "Norway has also ordered 12 patrol boats from Keltic Yards.",
                    &[("Norway", BuysFrom, "Keltic Yards")],
                ),
                (
                    "In Chile, Keltic Airways bought 12 jets from Brightwater Aerospace.",
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
                (
                    "Norway's Keltic Airways bought 12 jets from Brightwater Aerospace.",
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
            ],
        );
    }
}
