//! A seller's customers named as such: "its customers include airline group
//! A and insurer B", "Keltic's clients such as A": the seller supplies each,
//! an ongoing supply rather than one order (GUIDE, ruled in session 27).

use crate::model::RelationKind;

use super::clients::{buyers_listed, is_plain};
use super::item::{Finds, possessor_near};
use super::pattern::At;

/// How many describing words may name the class of buyers between the
/// link and "such as" ("are consumer goods makers such as A").
const CLASS_WORDS: usize = 3;

/// "S's customers include A and B", "its largest customers are the South
/// Korean maker A and the Taiwanese firm B", "its paying customers are
/// consumer goods makers such as A and B", "S gets 40% of its revenue from
/// three customers, A, B and C": `supplies(S, A)` for each buyer named.
/// The seller is the possessor before the noun, or, for customers counted
/// after a preposition ("from three customers, A, B and C"), the clause's
/// subject.
pub(super) fn customers(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().orders;
    if !words.customers.contains(at.word()) {
        return;
    }
    let counted = counted(at);
    // The subject of counted customers stands before them, never among
    // the names set off after them.
    let subject = at
        .subject
        .filter(|&s| counted && items[..i].iter().any(|it| it.entity() == Some(s)));
    let Some(seller) = possessor_near(items, i)
        .or(subject)
        .filter(|&s| at.is_org(s))
    else {
        return;
    };
    let mut j = i + 1;
    // "from three customers, A, B and C": the names set off after them.
    if counted && at.is(j, &at.words().clause.list_separators) {
        j += 1;
    } else {
        let start = j;
        while at.is(j, &words.customers_link) {
            j += 1;
        }
        if j == start {
            return;
        }
    }
    // "are consumer goods makers such as A": past the class the buyers
    // are examples of.
    if let Some(k) = (j..=j + CLASS_WORDS).find(|&k| !is_plain(at, k))
        && k > j
        && at.is(k, &words.client_links)
    {
        j = k;
        while at.is(j, &words.client_links) {
            j += 1;
        }
    }
    for buyer in buyers_listed(at, j) {
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

/// True when a count stands right before the noun and a preposition of
/// buyers before the count: "from three customers", "on two clients".
fn counted(at: &At<'_, '_>) -> bool {
    let words = &at.words().orders;
    at.i >= 2 && at.is(at.i - 1, &words.customer_counts) && at.is(at.i - 2, &words.counted_from)
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

    #[test]
    fn described_counted_and_classed_customers_are_supplied_by_the_seller() {
        check(
            &[BuysFrom, SellsTo, Supplies],
            &[
                // Each buyer described: an article, a nationality, nouns.
                (
                    "Marlow Spice BV grew fast. Its biggest customers are the Danish grocery chain Hvidsand A/S and the Polish discounter Orlik SA.",
                    &[
                        ("Marlow Spice BV", Supplies, "Hvidsand A/S"),
                        ("Marlow Spice BV", Supplies, "Orlik SA"),
                    ],
                ),
                // The buyers as examples of a class.
                (
                    "Tessaly Apps Ltd grew fast. Its paying customers are drinks makers such as Corvane Brewing and Halden Cider Co.",
                    &[
                        ("Tessaly Apps Ltd", Supplies, "Corvane Brewing"),
                        ("Tessaly Apps Ltd", Supplies, "Halden Cider Co."),
                    ],
                ),
                // Counted customers set off after a preposition: the
                // subject sells to them.
                (
                    "Ostrander Gears Corp. gets half of its revenue from two customers, Velmont Robotics Inc. and Brightwater Corp.",
                    &[
                        ("Ostrander Gears Corp.", Supplies, "Velmont Robotics Inc."),
                        ("Ostrander Gears Corp.", Supplies, "Brightwater Corp."),
                    ],
                ),
                // Customers lost are no buyers: no preposition before the count.
                (
                    "Ostrander Gears Corp. lost two customers, Velmont Robotics Inc. and Brightwater Corp., last year.",
                    &[],
                ),
                // No name after the link.
                (
                    "Ostrander Gears Corp. sells to customers such as ourselves.",
                    &[],
                ),
                (
                    "Ostrander Gears Corp. said its customers are unhappy with Brightwater Corp.",
                    &[],
                ),
            ],
        );
    }
}
