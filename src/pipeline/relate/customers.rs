//! A seller's customers named as such: "its customers include airline group
//! A and insurer B", "Keltic's clients such as A": the seller supplies each,
//! an ongoing supply rather than one order (GUIDE, ruled in session 27).

use crate::model::RelationKind;
use crate::pipeline::word_shape::is_describing_word;

use super::clause::names_listed;
use super::item::{Finds, Item, possessor_near};
use super::pattern::At;

/// Plain describing words allowed before each customer's name ("airline
/// group A").
const DESCRIBING_WORDS: usize = 3;

/// "S's customers include A and B": `supplies(S, A)` for each.
pub(super) fn customers(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().orders;
    if !words.customers.contains(at.word()) {
        return;
    }
    let Some(seller) = possessor_near(items, i).filter(|&s| at.is_org(s)) else {
        return;
    };
    let mut j = i + 1;
    let start = j;
    while items
        .get(j)
        .is_some_and(|it| words.customers_link.contains(it.word()))
    {
        j += 1;
    }
    if j == start {
        return;
    }
    let clause = &at.words().clause;
    // A few plain describing words may stand before each name.
    let describing = |it: &Item| {
        matches!(it, Item::Word { word, .. }
            if is_describing_word(word)
                && word.chars().any(char::is_lowercase)
                && !clause.list_conjunctions.contains(word))
    };
    for buyer in names_listed(clause, items, j, DESCRIBING_WORDS, describing)
        .into_iter()
        .filter_map(|k| items[k].entity())
    {
        if buyer != seller && at.is_org(buyer) {
            out.add(
                RelationKind::Supplies,
                seller,
                buyer,
                at.span(i),
                None,
                0.65,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;
    use crate::model::RelationKind::*;

    #[test]
    fn customers_named_as_such_are_supplied_by_the_seller() {
        check(
            &[BuysFrom, SellsTo, Supplies],
            &[
                (
                    "Lattice Systems grew fast. Its customers include airline group Nordavia and insurer Castellan Mutual.",
                    &[
                        ("Lattice Systems", Supplies, "Nordavia"),
                        ("Lattice Systems", Supplies, "Castellan Mutual"),
                    ],
                ),
                (
                    "Lattice Systems's clients such as Brightwater Corp. renewed.",
                    &[("Lattice Systems", Supplies, "Brightwater Corp.")],
                ),
                // ", and its customers": a new clause about the subject.
                (
                    "Lattice Systems grew fast. Its revenue has passed $120 million, she told Reuters, and its customers include airline group Nordavia.",
                    &[("Lattice Systems", Supplies, "Nordavia")],
                ),
                (
                    "Lattice Systems grew fast, she told Reuters, and its customers include airline group Nordavia.",
                    &[("Lattice Systems", Supplies, "Nordavia")],
                ),
                // Customers with no seller named say nothing.
                ("Customers include Brightwater Corp. and Nordavia.", &[]),
            ],
        );
    }
}
