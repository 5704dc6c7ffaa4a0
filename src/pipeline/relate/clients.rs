//! Buyers named as examples of a class a seller serves: "S sells compost to
//! garden centres, among them A and B", "S carries grain for customers
//! including A and the grain trader B", "S counts A and the fashion house B
//! among its customers", "T, which supplies breweries such as A and B". The
//! clause's subject supplies each named buyer —
//! an ongoing supply, as for "its customers include A" (`customers`; GUIDE,
//! ruled in session 27).

use crate::model::{EntityKind, RelationKind};
use crate::pipeline::word_shape::is_describing_word;

use super::clause::clause_subject;
use super::item::{Finds, Item};
use super::pattern::At;

/// How many describing words may stand between the preposition and the
/// class noun ("to garden centres").
const CLASS_WORDS: usize = 2;

/// How many describing items may stand before each buyer's name ("the
/// German discounter A").
const LEAD: usize = 4;

/// How many describing words, places or figures may follow the
/// preposition of a buyers' region ("in 14 countries", "in Europe").
const REGION_WORDS: usize = 3;

/// How far before "among its customers" the verb of counting may stand.
const COUNT_REACH: usize = 14;

/// How firmly a buyer named this way is taken.
const CONFIDENCE: f32 = 0.6;

/// At a class noun of buyers: `supplies(subject, buyer)` for each buyer
/// its examples name.
pub(super) fn clients(at: &At<'_, '_>, out: &mut Finds) {
    let words = &at.words().orders;
    if !words.client_classes.contains(at.word()) {
        return;
    }
    // "T, which supplies breweries such as A": the supplying verb's own
    // subject, a relative clause's antecedent.
    let verb = at.i.checked_sub(1).filter(|&k| supplying(at, k));
    let Some(seller) = verb
        .and_then(|k| clause_subject(at.ctx.lang, at.items, k, at.ctx.kinds))
        .or(at.subject)
        .filter(|&s| at.is_org(s))
    else {
        return;
    };
    let buyers = counted(at).unwrap_or_else(|| examples(at));
    for b in buyers {
        if b != seller && at.kind(b) == EntityKind::Org {
            out.add(
                RelationKind::Supplies,
                seller,
                b,
                at.span(at.i),
                None,
                CONFIDENCE,
            );
        }
    }
}

/// True when the word before the trigger makes its brand or label a
/// buyer's own ("under the own brands of A"): no unit of A.
pub(super) fn own_label(at: &At<'_, '_>) -> bool {
    at.is(at.i.wrapping_sub(1), &at.words().orders.own_label)
}

/// "to garden centres, among them A and B": the class noun after a
/// preposition of buyers, then a link, then the names.
fn examples(at: &At<'_, '_>) -> Vec<usize> {
    let (items, i) = (at.items, at.i);
    let words = &at.words().orders;
    // Back over a few describing words to the preposition.
    let mut k = i;
    while k > 0 && i - k < CLASS_WORDS + 1 {
        k -= 1;
        let w = items[k].word();
        if words.client_before.contains(w) || supplying(at, k) {
            break;
        }
        if !is_plain(at, k) {
            return Vec::new();
        }
    }
    if !words.client_before.contains(items[k].word()) && !supplying(at, k) {
        return Vec::new();
    }
    let mut j = region_after(at, i + 1);
    if items.get(j).is_some_and(|it| it.word() == ",") {
        j += 1;
    }
    let start = j;
    while items
        .get(j)
        .is_some_and(|it| words.client_links.contains(it.word()))
    {
        j += 1;
    }
    if j == start {
        return Vec::new();
    }
    buyers_listed(at, j)
}

/// Past the region a class of buyers is in, from `j`: "to weather services
/// in 14 countries, including A", "to balloon builders in Europe, among
/// them A" — a preposition of region, then a few describing words or
/// places up to a comma; `j` itself when none stands there.
fn region_after(at: &At<'_, '_>, j: usize) -> usize {
    if !at.is(j, &at.words().orders.client_region) {
        return j;
    }
    let place = |k: usize| {
        matches!(at.items.get(k), Some(Item::Ent { entity, possessive: false, .. })
            if at.kind(*entity) == EntityKind::Loc)
    };
    let end = (j + 1..(j + 1 + REGION_WORDS).min(at.items.len()))
        .find(|&k| !(is_plain(at, k) || place(k) || numeral(at, k)))
        .unwrap_or(j);
    let comma = at.items.get(end).is_some_and(|it| it.word() == ",");
    if end > j + 1 && comma { end } else { j }
}

/// True when the item at `k` is a count written in figures ("in 14
/// countries").
fn numeral(at: &At<'_, '_>, k: usize) -> bool {
    at.items
        .get(k)
        .is_some_and(|it| !it.word().is_empty() && it.word().chars().all(|c| c.is_ascii_digit()))
}

/// The buyers a list from `j` names, each after a few describing items
/// ("Plantex Oy and the Danish chain Baumland A/S"): the names of its
/// members until the list ends.
pub(super) fn buyers_listed(at: &At<'_, '_>, mut j: usize) -> Vec<usize> {
    let (items, clause) = (at.items, &at.words().clause);
    let mut out = Vec::new();
    loop {
        let mut k = j;
        while k < j + LEAD && leads(at, k) {
            k += 1;
        }
        // "clients such as A renewed": a name read as describing what
        // follows it ends the member when no name follows.
        if !matches!(items.get(k), Some(Item::Ent { .. }))
            && let Some(last) = (j..k).rev().find(|&m| items[m].entity().is_some())
        {
            k = last;
        }
        match items.get(k) {
            Some(Item::Ent {
                entity,
                possessive: false,
                ..
            }) => out.push(*entity),
            _ => break,
        }
        j = k + 1;
        let before = j;
        while items.get(j).is_some_and(|it| {
            clause.list_separators.contains(it.word())
                || clause.list_conjunctions.contains(it.word())
        }) {
            j += 1;
        }
        if j == before {
            break;
        }
    }
    out
}

/// True when the word at `k` is a verb of supplying whose object a class
/// of buyers may be ("supplies breweries such as A").
fn supplying(at: &At<'_, '_>, k: usize) -> bool {
    at.is(k, &at.words().deals.supply)
}

/// "S counts A and the fashion house B among its customers": the names
/// between a verb of counting and "among" before the class noun; `None`
/// when the class noun does not end such a phrase.
fn counted(at: &At<'_, '_>) -> Option<Vec<usize>> {
    let (items, i) = (at.items, at.i);
    let words = &at.words().orders;
    let clause = &at.words().clause;
    // "among its customers": a link word, then the possessive pronoun
    // (resolved or not).
    let among = (i.saturating_sub(3)..i.saturating_sub(1))
        .rev()
        .find(|&k| words.client_links.contains(items[k].word()))?;
    let verb = (among.saturating_sub(COUNT_REACH)..among)
        .rev()
        .find(|&k| words.count_verbs.contains(items[k].word()))?;
    // Each name that ends a member of the list: before a separator, a
    // conjunction or "among".
    let ends = |k: usize| {
        items.get(k + 1).is_some_and(|it| {
            let w = it.word();
            k + 1 == among
                || clause.list_separators.contains(w)
                || clause.list_conjunctions.contains(w)
        })
    };
    Some(
        (verb + 1..among)
            .filter(|&k| ends(k))
            .filter_map(|k| match &items[k] {
                Item::Ent {
                    entity,
                    possessive: false,
                    ..
                } => Some(*entity),
                _ => None,
            })
            .collect(),
    )
}

/// True when the item at `k` may stand before a buyer's name: a small
/// describing word (no preposition or conjunction), a title ("the grain
/// trader"), or a place, nationality or name that describes the next word
/// ("the German discounter", "the Florence fashion house").
fn leads(at: &At<'_, '_>, k: usize) -> bool {
    match at.items.get(k) {
        Some(Item::Title { .. }) => true,
        Some(Item::Word { .. }) => is_plain(at, k),
        // "Poland's A", "China's B": a place's possessive before the name.
        Some(Item::Ent {
            entity,
            possessive: true,
            ..
        }) => at.kind(*entity) == EntityKind::Loc,
        // "the Keltic-owned chain B": a name glued to a describing word
        // describes the next one.
        Some(Item::Ent {
            possessive: false, ..
        }) => is_plain(at, k + 1),
        _ => false,
    }
}

/// True when the item at `k` is a small describing word, not a
/// preposition, conjunction or separator.
pub(super) fn is_plain(at: &At<'_, '_>, k: usize) -> bool {
    at.items.get(k).is_some_and(|it| {
        let w = it.word();
        !w.is_empty()
            && is_describing_word(w)
            && !at.ctx.lang.resolve.prepositions.contains(w)
            && !at.words().clause.list_conjunctions.contains(w)
            && !at.words().orders.client_links.contains(w)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;
    use crate::model::RelationKind::*;

    #[test]
    fn buyers_named_as_examples_of_a_class_are_supplied_by_the_subject() {
        check(
            &[BuysFrom, SellsTo, Supplies],
            &[
                (
                    "Marvik Foods AS sells bagged soup to garden centres, among them \
                     Plantex Oy and the Danish chain Baumland A/S.",
                    &[
                        ("Marvik Foods AS", Supplies, "Plantex Oy"),
                        ("Marvik Foods AS", Supplies, "Baumland"),
                    ],
                ),
                (
                    "Trelby Shipping AS carries grain for customers including Zenmark ASA \
                     and the fertiliser maker Holloway Ltd.",
                    &[
                        ("Trelby Shipping AS", Supplies, "Zenmark ASA"),
                        ("Trelby Shipping AS", Supplies, "Holloway Ltd."),
                    ],
                ),
                (
                    "Ostrava Mills AS makes about 900,000 towels a year and sells most of \
                     them under the own labels of retailers, among them the German \
                     discounter Penta GmbH and the French chain Mirabel SA.",
                    &[
                        ("Ostrava Mills AS", Supplies, "Penta GmbH"),
                        ("Ostrava Mills AS", Supplies, "Mirabel SA"),
                    ],
                ),
                (
                    "Zipwerk S.p.A. counts Denimco Ltd and the fashion house Vellani \
                     S.r.l. among its customers.",
                    &[
                        ("Zipwerk S.p.A.", Supplies, "Denimco Ltd"),
                        ("Zipwerk S.p.A.", Supplies, "Vellani S.r.l."),
                    ],
                ),
                // A class right after a verb of supplying, its clause's
                // subject a relative clause's antecedent.
                (
                    "Zephyr KG sells its crop through the trading house Quantix GmbH, which \
                     supplies breweries such as Helio Brewing AG, Keltic Brewing AG and Arnholm Brewing AG.",
                    &[
                        ("Quantix GmbH", Supplies, "Helio Brewing AG"),
                        ("Quantix GmbH", Supplies, "Keltic Brewing AG"),
                        ("Quantix GmbH", Supplies, "Arnholm Brewing AG"),
                        ("Zephyr KG", Supplies, "Quantix GmbH"),
                    ],
                ),
                // Makers as the class, and buyers counted.
                (
                    "Ruavale Dairy makes milk powders and supplies infant formula makers \
                     including Dunmore Foods and the Chinese group Heilong Nutrition.",
                    &[
                        ("Ruavale Dairy", Supplies, "Dunmore Foods"),
                        ("Ruavale Dairy", Supplies, "Heilong Nutrition"),
                    ],
                ),
                (
                    "Kessarin Seeds counts the farmer producer body Godri Growers among its \
                     largest buyers.",
                    &[("Kessarin Seeds", Supplies, "Godri Growers")],
                ),
                // A class the subject competes with, or buys from, is no
                // customer.
                (
                    "Marvik Foods AS competes with retailers such as Plantex Oy.",
                    &[],
                ),
                (
                    "Marvik Foods AS buys soup from retailers such as Plantex Oy.",
                    &[],
                ),
                (
                    "Marvik Foods AS competes with makers such as Plantex Oy.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn goods_sold_under_buyers_own_labels_supply_them() {
        check(
            &[Supplies, StakeIn],
            &[(
                "Apimel A.E. packs honey and sells jars under the own brands of Sklavos S.A. \
                 and of the German discounter Lidlo GmbH.",
                &[
                    ("Apimel A.E.", Supplies, "Sklavos S.A."),
                    ("Apimel A.E.", Supplies, "Lidlo GmbH"),
                ],
            )],
        );
    }

    #[test]
    fn a_customer_named_by_its_suppliers_possessive() {
        check(
            &[Supplies],
            &[(
                "Schirmhaus GmbH grew. Schirmhaus GmbH's best-known customer is the \
                 airline Skyvia AG, whose crews carry its umbrellas.",
                &[("Schirmhaus GmbH", Supplies, "Skyvia AG")],
            )],
        );
    }

    #[test]
    fn buyers_of_a_class_in_a_region_with_a_places_possessive() {
        check(
            &[Supplies],
            &[
                (
                    "Zephyr Sonde sells sondes to weather services in 14 countries, including \
                     Poland's Keltic Meteo and the Nordvik Weather Institute.",
                    &[
                        ("Zephyr Sonde", Supplies, "Keltic Meteo"),
                        ("Zephyr Sonde", Supplies, "Nordvik Weather Institute"),
                    ],
                ),
                (
                    "Brask Burners sells burners to most balloon builders in Germany, among \
                     them the British market leader Orla Balloons.",
                    &[("Brask Burners", Supplies, "Orla Balloons")],
                ),
                (
                    "Keltic Records Ltd licenses songs to streaming services including Quantix Audio.",
                    &[("Keltic Records Ltd", Supplies, "Quantix Audio")],
                ),
                // No comma after the region: no list of its buyers.
                (
                    "Brask Burners sells burners to builders in Europe and Orla Balloons \
                     makes baskets.",
                    &[],
                ),
            ],
        );
    }
}
