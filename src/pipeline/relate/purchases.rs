//! Goods still to be bought, named by plain words, from named sellers:
//! "S will buy the cabins from A and the haul ropes from B", "S would buy
//! organic vegetables from the farm cooperative A and meat from B". Each
//! seller is `buys_from(S, seller)`, the gapped clauses too. A purchase of
//! a company or of shares is an acquisition (`deals::acquire`); an ongoing
//! purchase of one's own goods ("T buys its N from S") a supply (the
//! reader's frames).

use crate::model::RelationKind;

use super::item::{Finds, Item};
use super::pattern::At;

/// How many plain words may name the goods ("the haul ropes").
const GOODS_WORDS: usize = 4;

/// How many gapped clauses may follow the first ("and the ropes from B").
const GAPPED: usize = 3;

/// How firmly a purchase read this way is taken.
const CONFIDENCE: f32 = 0.65;

/// At a base form of buying: `buys_from(subject, seller)` for the seller of
/// each plain-worded lot of goods.
pub(super) fn purchases(at: &At<'_, '_>, out: &mut Finds) {
    let orders = &at.words().orders;
    if !orders.buy_goods.contains(at.word()) {
        return;
    }
    let Some(buyer) = at.subject.filter(|&s| at.is_org(s)) else {
        return;
    };
    let mut j = at.i + 1;
    for _ in 0..=GAPPED {
        let Some((seller, end)) = lot(at, j) else {
            break;
        };
        if seller != buyer && at.is_org(seller) {
            out.add(
                RelationKind::BuysFrom,
                buyer,
                seller,
                at.span(at.i),
                None,
                CONFIDENCE,
            );
        }
        // "… and the haul ropes from B": the next gapped lot.
        if !at.is(end + 1, &at.words().clause.list_conjunctions) {
            break;
        }
        j = end + 2;
    }
}

/// One lot from `from`: plain words naming goods, the word before a seller,
/// then the seller's name (past describing words); the seller and where
/// its name stands.
fn lot(at: &At<'_, '_>, from: usize) -> Option<(usize, usize)> {
    let items = at.items;
    let orders = &at.words().orders;
    let mut k = from;
    while k < from + GOODS_WORDS && plain(at, k) {
        k += 1;
    }
    // At least one word of goods, none of them a share of a company.
    if k == from || (from..k).any(|p| orders.not_goods.contains(items[p].word())) {
        return None;
    }
    if !at.is(k, &orders.order_from) {
        return None;
    }
    let name = match items.get(k + 1) {
        Some(Item::Ent {
            possessive: false, ..
        }) => Some(k + 1),
        _ => at.described_object(k + 1).map(|n| at.named_after(n)),
    }?;
    let seller = at.past_place(name)?;
    Some((seller, name))
}

/// True when the item at `k` is a small plain word that may name goods: no
/// preposition, conjunction, word of a stake or unit of a company.
fn plain(at: &At<'_, '_>, k: usize) -> bool {
    let holdings = &at.ctx.lang.relate.holdings;
    at.plain_word(k) && !at.is(k, &holdings.stake) && !at.is(k, &holdings.units)
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;
    use crate::model::RelationKind::*;

    #[test]
    fn goods_to_be_bought_from_named_sellers() {
        check(
            &[BuysFrom, SellsTo, Supplies, Acquired, StakeIn],
            &[
                (
                    "Ortwin Seilbau GmbH will buy the cabins from the Swiss coachbuilder \
                     Kabinwerk AG and the haul ropes from the Austrian wire-rope maker \
                     Drahtzug GmbH, its chief said.",
                    &[
                        ("Ortwin Seilbau GmbH", BuysFrom, "Kabinwerk AG"),
                        ("Ortwin Seilbau GmbH", BuysFrom, "Drahtzug GmbH"),
                    ],
                ),
                (
                    "Tafelhaus GmbH would buy organic vegetables from the farm cooperative \
                     Gemüsering eG and meat from the butcher chain Metzgerei Baalsen GmbH.",
                    &[
                        ("Tafelhaus GmbH", BuysFrom, "Gemüsering eG"),
                        ("Tafelhaus GmbH", BuysFrom, "Metzgerei Baalsen GmbH"),
                    ],
                ),
                // Shares bought are no goods.
                (
                    "Tafelhaus GmbH plans to buy the remaining shares from Gemüsering eG.",
                    &[],
                ),
            ],
        );
    }
}
