//! Orders and sales of goods: buys from, sells to. A purchase whose object
//! is goods — a quantity, a model, a product or a goods noun — is an order
//! from the maker, never an acquisition of it.

use crate::model::{EntityKind, RelationKind};

use super::item::{Finds, Item, find_word, money_in, possessor_before};
use super::order_parties::{buyers, order_money, party_after, sellers_after_goods};
use super::pattern::At;
use super::sellers::UNNAMED_SELLER;
use super::supply_objects::offered;

/// An object phrase read as goods.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Goods {
    /// The position after the phrase.
    pub(super) end: usize,
    /// The maker the phrase names ("Boeing" in "22 Boeing 787s").
    pub(super) seller: Option<usize>,
    /// True when a quantity or a model marks it ("30 jets", "A350s"), not
    /// only a goods noun ("chips").
    pub(super) counted: bool,
}

/// True for a word with a digit: a quantity ("22") or a model ("787s").
fn has_digit(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
}

/// True for a word that is a count: digits ("22", "1,000") or a number
/// word ("twenty").
fn is_quantity(at: &At<'_, '_>, w: &str) -> bool {
    let money = &at.ctx.lang.money;
    (has_digit(w)
        && w.bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.'))
        || money.units.contains(w)
        || money.tens.contains(w)
}

/// The organisation whose name opens a product's ("Airbus" for "Airbus
/// A350"): the maker, where the document names it.
fn maker(at: &At<'_, '_>, product: &str) -> Option<usize> {
    at.ctx
        .mentions
        .iter()
        .filter_map(|m| {
            let e = m.entity?;
            let name = m.span.slice(at.ctx.text);
            (at.is_org(e)
                && name.len() < product.len()
                && product.starts_with(name)
                && product[name.len()..].starts_with(' '))
            .then_some(e)
        })
        .next()
}

/// The phrase starting at `from` read as goods, if a quantity, a model, a
/// product or a goods noun marks it: "22 new Boeing 787 Dreamliners", "30
/// aircraft", "an Airbus A350". The organisation right before a model or
/// a goods noun, or the maker whose name opens a product's, is the seller.
/// A plain organisation ("bought Quantix Inc.") is not goods.
pub(super) fn goods(at: &At<'_, '_>, from: usize) -> Option<Goods> {
    let (items, n) = (at.items, at.items.len());
    let words = at.words();
    let stops = &at.ctx.lang.resolve.prepositions;
    let (mut marked, mut counted, mut seller) = (false, false, None);
    let mut model_seen = false;
    let mut j = from;
    while j < n && j < from + 8 {
        match &items[j] {
            Item::Word { word, .. } => {
                let after_org = j > from && items[j - 1].entity().is_some_and(|e| at.is_org(e));
                // "its chip unit": a business ("30 units" are goods).
                if !counted && words.holdings.units.contains(word) {
                    return None;
                }
                if is_quantity(at, word) && !after_org {
                    marked = true;
                    counted = true;
                } else if has_digit(word) {
                    // A model: "787s", "A350", or "787" right after its maker.
                    marked = true;
                    counted = true;
                    model_seen = true;
                    if after_org {
                        seller = seller.or(items[j - 1].entity());
                    }
                } else if words.orders.goods.contains(word) {
                    marked = true;
                    // "A350 XWB jets": a name after a model is the model's.
                    if after_org && !model_seen {
                        seller = seller.or(items[j - 1].entity());
                    }
                } else if stops.contains(word)
                    || word.chars().all(|c| !c.is_alphanumeric())
                    || words.clause.relative_pronouns.contains(word)
                {
                    // "22 Boeing 787s and 10 Airbus A350s": a second lot.
                    let next_lot = words.clause.list_separators.contains(word)
                        && items
                            .get(j + 1)
                            .is_some_and(|it| is_quantity(at, it.word()));
                    if !next_lot {
                        break;
                    }
                }
            }
            Item::Ent {
                entity,
                span,
                possessive,
                ..
            } => {
                let text = span.slice(at.ctx.text);
                let kind = at.kind(*entity);
                if kind == EntityKind::Product || (kind == EntityKind::Misc && has_digit(text)) {
                    marked = true;
                    counted |= has_digit(text);
                    seller = seller.or_else(|| maker(at, text));
                } else if kind == EntityKind::Misc {
                    // A product line the tagger called MISC ("Dreamliners")
                    // right after its maker.
                    if j > from && items[j - 1].word().is_empty() {
                        marked = true;
                    }
                } else if !*possessive {
                    // An organisation is the seller only before a model, a
                    // product or a goods noun; else the phrase names a company.
                    let next = items.get(j + 1);
                    let before_goods = next.is_some_and(|it| match it {
                        Item::Word { word, .. } => {
                            (has_digit(word) && !is_quantity(at, word))
                                || words.orders.goods.contains(word)
                                || (has_digit(word) && at.is_org(*entity))
                        }
                        Item::Ent { entity: p, .. } => at.kind(*p) == EntityKind::Product,
                        _ => false,
                    });
                    if !before_goods && !marked {
                        return None;
                    }
                    // The maker right before its model: "Boeing" + "787s".
                    if next.is_some_and(|it| {
                        it.entity()
                            .is_some_and(|p| at.kind(p) == EntityKind::Product)
                    }) && at.is_org(*entity)
                    {
                        seller = seller.or(Some(*entity));
                    }
                }
            }
            Item::Money { .. } | Item::Date { .. } | Item::Title { .. } => break,
        }
        j += 1;
    }
    marked.then_some(Goods {
        end: j,
        seller,
        counted,
    })
}

/// Adds `buys_from(buyer, seller)` for every buyer and seller that may
/// deal in goods: organisations and places (a state buys), never a
/// product. A lease is an ongoing supply, no order: `supplies(lessor,
/// lessee)`, and only from a lessor named.
fn add_orders(
    at: &At<'_, '_>,
    out: &mut Finds,
    buyers: &[usize],
    sellers: &[usize],
    money: Option<usize>,
) {
    let can_trade = |e: usize| {
        at.kind(e).can_relate() && !matches!(at.kind(e), EntityKind::Product | EntityKind::Person)
    };
    let lease = at.is(at.i, &at.words().orders.lease);
    for &b in buyers.iter().filter(|&&b| can_trade(b)) {
        for &s in sellers.iter().filter(|&&s| can_trade(s)) {
            match lease {
                true => out.add(RelationKind::Supplies, s, b, at.span(at.i), money, 0.75),
                false => out.add(RelationKind::BuysFrom, b, s, at.span(at.i), money, 0.75),
            }
        }
        // "Launch customer T have ordered 55": the seller is the maker the
        // document deals with, settled once every sentence is read.
        if sellers.is_empty() && !lease {
            out.add(
                RelationKind::BuysFrom,
                b,
                UNNAMED_SELLER,
                at.span(at.i),
                money,
                0.6,
            );
        }
    }
}

/// Orders: "S ordered 22 T 787s", "S placed an order for 30 aircraft from
/// T", "T won orders from S1 and S2 for 20 jets", "S's order for 10 T
/// A350s"; and purchases of goods ("S bought 20 jets from T"), which
/// `deals::acquire` hands here.
pub(super) fn order(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().orders;
    if !words.order.contains(at.word()) {
        return;
    }
    // "ordered 22 Boeing 787s": the verb with its goods; "ordered $6
    // billion in new airliners": its amount, then its goods.
    let priced = matches!(items.get(i + 1), Some(Item::Money { .. }))
        && at.is(i + 2, &at.ctx.lang.resolve.prepositions);
    let goods_at = if priced { i + 3 } else { i + 1 };
    if let Some(g) = goods(at, goods_at) {
        let sellers: Vec<usize> = g
            .seller
            .map(|s| vec![s])
            .unwrap_or_else(|| sellers_after_goods(at, g.end, &words.order_from));
        add_orders(at, out, &buyers(at), &sellers, order_money(at, g.end));
        return;
    }
    // The noun: "an order for GOODS (from X)", "orders from X (for GOODS)".
    let for_goods = find_word(items, i + 1, i + 2, &words.order_for).and_then(|f| goods(at, f + 1));
    let after = for_goods.map_or(i + 1, |g| g.end);
    let from = party_after(at, after, &words.order_from);
    if for_goods.is_none() && from.is_empty() {
        named_order(at, out);
        return;
    }
    // "won an order from X", "the order was from X": X is the buyer.
    let seller_subject = (i.saturating_sub(4)..i)
        .any(|j| words.seller_verbs.contains(items[j].word()))
        || (for_goods.is_none() && at.is(i + 1, &at.words().reader.copulas) && !from.is_empty());
    let end = if from.is_empty() {
        after
    } else {
        (after + 3).min(items.len())
    };
    let money = order_money(at, end);
    if seller_subject {
        add_orders(at, out, &from, &buyers(at), money);
    } else {
        let sellers: Vec<usize> = for_goods
            .and_then(|g| g.seller)
            .map(|s| vec![s])
            .unwrap_or(from);
        add_orders(at, out, &buyers(at), &sellers, money);
    }
}

/// How many items after "the X order" its value may stand ("is thought to
/// be worth $N").
const ORDER_VALUE_REACH: usize = 7;

/// "The Keltic Airways order is worth $N": the organisation a determiner
/// puts before the noun is the buyer, the seller the document's (settled
/// later: where the name is the seller's own, "the Brightwater order", no
/// order stands). Only an order whose value the clause states.
fn named_order(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let Some(Item::Ent {
        entity,
        possessive: false,
        ..
    }) = i.checked_sub(1).and_then(|k| items.get(k))
    else {
        return;
    };
    let determined = i
        .checked_sub(2)
        .is_some_and(|k| at.is(k, &at.ctx.lang.money.reference_determiners));
    if !determined || !at.is_org(*entity) {
        return;
    }
    // The amount follows the noun: "the X order, worth $N", "is valued at $N".
    if let Some(money) = money_in(items, i + 1..(i + ORDER_VALUE_REACH).min(items.len())) {
        add_orders(at, out, &[*entity], &[], Some(money));
    }
}

/// A purchase whose object, at `from`, is goods: "S bought 20 jets from
/// T", "S's purchase of 22 T 787s". Returns false when the object is not
/// goods (a company: an acquisition).
pub(super) fn purchase(at: &At<'_, '_>, from: usize, out: &mut Finds) -> bool {
    let Some(g) = goods(at, from) else {
        return false;
    };
    let sellers: Vec<usize> = g
        .seller
        .map(|s| vec![s])
        .unwrap_or_else(|| sellers_after_goods(at, g.end, &at.words().orders.order_from));
    add_orders(at, out, &buyers(at), &sellers, order_money(at, g.end));
    true
}

/// Sales of goods: "S sold 30 jets to T", "S will sell ten A350s to T",
/// "S will supply 600 million stoppers over five years to T". A sale of
/// goods without a count ("sells chips to T") is a supply
/// (`deals::supply`).
pub(super) fn sell_goods(at: &At<'_, '_>, out: &mut Finds) {
    let words = &at.words().orders;
    let selling = words.sell.contains(at.word()) || at.words().deals.supply.contains(at.word());
    if !selling || offered(at) {
        return;
    }
    if let Some(g) = goods(at, at.i + 1).filter(|g| g.counted)
        && let buyers = party_after(at, g.end, &words.sell_to)
        && !buyers.is_empty()
        && let Some(seller) = g.seller.or(at.subject)
    {
        let money = order_money(at, g.end + 3);
        for b in buyers {
            if at.kind(b).can_relate() && at.kind(b) != EntityKind::Product {
                out.add(RelationKind::SellsTo, seller, b, at.span(at.i), money, 0.75);
            }
        }
    }
}

/// How far after a verb of selling the business sold may stand: "agreed
/// to sell its wealth management arm, Y, to Z".
const SALE_REACH: usize = 8;

/// How many items an apposition set off after the business sold may have
/// ("Y, a maker of piste groomers in A in B, to Z").
const APPOSITION_REACH: usize = 14;

/// Where the word before the buyer stands when an apposition set off by
/// commas at `from` comes between the business sold and it ("the sale of
/// Y, a maker of piste groomers in A, to Z"), else `from`.
fn past_apposition(at: &At<'_, '_>, from: usize) -> usize {
    let items = at.items;
    let comma = |k: usize| items.get(k).is_some_and(|x| x.word() == ",");
    if !comma(from) {
        return from;
    }
    (from + 1..(from + 1 + APPOSITION_REACH).min(items.len()))
        .find(|&k| comma(k))
        .filter(|&k| at.is(k + 1, &at.words().orders.sell_to))
        .map_or(from, |k| k + 1)
}

/// Sales of a business: "X sells its Y unit to Z for $N", "X agreed to
/// sell Y to Z", "X's sale of Y to Z": Z acquired Y, and pays X.
pub(super) fn sell_business(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i, n) = (at.items, at.i, at.items.len());
    let words = &at.words().orders;
    if !words.sell.contains(at.word()) || goods(at, i + 1).is_some() || offered(at) {
        return;
    }
    let mut seller = possessor_before(items, i).or(at.subject);
    let mut object = None;
    for (j, item) in items
        .iter()
        .enumerate()
        .take((i + SALE_REACH).min(n))
        .skip(i + 1)
    {
        match item {
            Item::Ent {
                entity,
                possessive: true,
                ..
            } => seller = Some(*entity),
            Item::Ent { entity, .. } => {
                object = Some((j, *entity));
                break;
            }
            Item::Word { word, .. } if words.sell_to.contains(word) => return,
            _ => {}
        }
    }
    // "sold its 20% stake in Y" sells a holding (`holdings::stake`).
    if object.is_some_and(|(j, _)| {
        (i + 1..j).any(|k| at.words().holdings.stake.contains(items[k].word()))
    }) {
        return;
    }
    // "its wealth management arm, Y": a unit noun makes Y a business
    // whatever the tagger thought of its name.
    let unit = object.is_some_and(|(j, _)| {
        (i + 1..j).any(|k| at.words().holdings.units.contains(items[k].word()))
    });
    let Some((j, business)) = object.filter(|&(_, e)| {
        at.kind(e) == EntityKind::Org
            || (unit && matches!(at.kind(e), EntityKind::Misc | EntityKind::Person))
    }) else {
        return;
    };
    let buyers = party_after(at, past_apposition(at, j + 1), &words.sell_to);
    let money = money_in(items, i + 1..(j + 10).min(n));
    // "X sells its Y unit": X held Y.
    if unit
        && !buyers.is_empty()
        && let Some(x) = seller.filter(|&x| x != business)
    {
        out.add(RelationKind::StakeIn, x, business, at.span(i), None, 0.65);
    }
    for z in buyers.into_iter().filter(|&z| at.kind(z).can_relate()) {
        out.add(RelationKind::Acquired, z, business, at.span(i), money, 0.7);
        if let Some(x) = seller.filter(|&x| x != z && x != business && z != business) {
            out.paid_to(x);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const ORDERS: &[RelationKind] = &[BuysFrom, SellsTo, Acquired, Supplies, StakeIn];

    #[test]
    fn orders_of_goods() {
        check(
            ORDERS,
            &[
                (
                    "Keltic Airways ordered 22 Brightwater Aerospace 797s.",
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
                (
                    "Keltic Airways has negotiated the purchase of 22 new Brightwater Aerospace 797 jets.",
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
                // A name after the model is the model's, not a maker.
                ("Keltic Airways ordered 20 B400 Zenith Systems jets.", &[]),
                (
                    "Keltic Airways placed an order for 30 aircraft from Brightwater Aerospace.",
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
                (
                    "Brightwater Aerospace won an order from Keltic Airways for 30 jets.",
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
                // The buyer a place and plain words describe.
                (
                    "Brentvale Motors won an order for 180 buses from the Lisbon transport operator Olvessa Transit.",
                    &[("Olvessa Transit", BuysFrom, "Brentvale Motors")],
                ),
                (
                    "Brentvale Motors has won an order from the Spanish supermarket chain Olvessa Group for 1,400 trucks.",
                    &[("Olvessa Group", BuysFrom, "Brentvale Motors")],
                ),
                (
                    "Keltic Airways placed an order with Brightwater Aerospace for 30 jets.",
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
                // A lease is a supply by the lessor (GUIDE), no order.
                (
                    "Keltic Airways will lease 12 jets from Brightwater Aerospace.",
                    &[("Brightwater Aerospace", Supplies, "Keltic Airways")],
                ),
                (
                    "Brightwater Aerospace delivered 12 jets to Keltic Airways.",
                    &[("Brightwater Aerospace", SellsTo, "Keltic Airways")],
                ),
                (
                    "Keltic Airways ordered 22 Brightwater Aerospace jets.",
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
                (
                    "Keltic Airways bought 20 jets from Brightwater Aerospace.",
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
                (
                    "Brightwater Aerospace sold 30 jets to Keltic Airways.",
                    &[("Brightwater Aerospace", SellsTo, "Keltic Airways")],
                ),
                (
                    "Brightwater Aerospace will supply 40 engines over five years to Keltic Airways.",
                    &[("Brightwater Aerospace", SellsTo, "Keltic Airways")],
                ),
                // The buyers after "orders from", a description skipped.
                (
                    "Brightwater Aerospace announced 35 new orders from Nordic airline Keltic Airways and Zephyr Air Inc.",
                    &[
                        ("Keltic Airways", BuysFrom, "Brightwater Aerospace"),
                        ("Zephyr Air Inc.", BuysFrom, "Brightwater Aerospace"),
                    ],
                ),
                (
                    "Brightwater Aerospace said the order was from Keltic Airways.",
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
                // A company bought is an acquisition, not an order.
                (
                    "Keltic Airways bought Brightwater Aerospace.",
                    &[("Keltic Airways", Acquired, "Brightwater Aerospace")],
                ),
                // Without a seller, an order states nothing between names.
                ("Keltic Airways ordered 20 new jets.", &[]),
                // A business sold is acquired by its buyer.
                (
                    "Zephyr Motors sold its Vantor Systems unit to Quantix Inc. for $2 billion.",
                    &[
                        ("Quantix Inc.", Acquired, "Vantor Systems"),
                        ("Zephyr Motors", StakeIn, "Vantor Systems"),
                    ],
                ),
                (
                    "Zephyr Motors agreed to sell Vantor Systems to Quantix Inc.",
                    &[("Quantix Inc.", Acquired, "Vantor Systems")],
                ),
                // A unit sold was its seller's.
                (
                    "Zephyr Motors agreed to sell Vantor Systems to private equity firm Quantix Inc.",
                    &[("Quantix Inc.", Acquired, "Vantor Systems")],
                ),
                // The buyer a possessive place describes is the company.
                (
                    "Zephyr Motors sold its Vantor Systems unit to Canada's Quantix Inc. for $2 billion.",
                    &[
                        ("Quantix Inc.", Acquired, "Vantor Systems"),
                        ("Zephyr Motors", StakeIn, "Vantor Systems"),
                    ],
                ),
                // An order without a seller is from the document's one seller.
                (
                    "Keltic Airways ordered 20 Brightwater Aerospace jets. Quantix Inc. has ordered $2 billion in new jets.",
                    &[
                        ("Keltic Airways", BuysFrom, "Brightwater Aerospace"),
                        ("Quantix Inc.", BuysFrom, "Brightwater Aerospace"),
                    ],
                ),
                // "in order to" is no order.
                (
                    "Keltic Airways cut fares in order to win passengers from Brightwater Aerospace.",
                    &[],
                ),
            ],
        );
    }

    /// "The sale of Y, a maker of …, to Z": the buyer past an apposition.
    #[test]
    fn the_buyer_of_a_sale_past_an_apposition() {
        let text = "The sale of Tarnholm Pumpen GmbH, a maker of pumps in Brellwitz, to the \
                    Canadian engineering group Ostvale Industries Inc was agreed for 40 million euros.";
        check(
            &[Acquired],
            &[(
                text,
                &[("Ostvale Industries Inc", Acquired, "Tarnholm Pumpen GmbH")],
            )],
        );
        let (buyer, sold) = (Some("Ostvale Industries Inc"), Some("Tarnholm Pumpen GmbH"));
        let got = crate::pipeline::tests::money_parties(text);
        assert_eq!((got[0].1.as_deref(), got[0].2.as_deref()), (buyer, sold));
    }

    /// "The X order is worth $N": X is the buyer, the seller the document's.
    #[test]
    fn the_buyer_named_before_the_order_noun() {
        let maker = "Brightwater Aerospace unveiled the Brightwater 797 in Zürich. ";
        let texts = [
            "The Keltic Airways order is worth €6.8 billion for 50 797s.",
            // The maker's own name before the noun is no buyer.
            "The Brightwater Aerospace order is worth $2 billion.",
            // Without a determiner or a value, no order is read.
            "Keltic Airways order books are full.",
            "The Keltic Airways order includes options.",
        ]
        .map(|t| format!("{maker}{t}"));
        check(
            &[BuysFrom],
            &[
                (
                    &texts[0],
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
                (&texts[1], &[]),
                (&texts[2], &[]),
                (&texts[3], &[]),
            ],
        );
        let text = format!("{maker}The Keltic Airways order, worth $6.8 billion, is its largest.");
        assert_eq!(
            crate::pipeline::tests::money_parties(&text),
            [(
                "$6.8 billion".to_owned(),
                Some("Keltic Airways".to_owned()),
                Some("Brightwater Aerospace".to_owned())
            )]
        );
    }
}
