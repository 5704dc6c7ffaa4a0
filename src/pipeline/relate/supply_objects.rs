//! What a verb of supplying, selling or taking passes on: an offer to
//! supply or sell is no sale ("had offered to sell 14 centres to T"); a
//! share, a stake, a business or a loan is no goods supplied ("sold 40% of
//! its shares to T", "will provide a $500 million loan to T"); a
//! percentage taken of a company is a stake bought ("S took 30% of T").

use super::pattern::At;
use super::view::PERCENT;

/// True at a verb of supplying or selling that an offer governs ("had
/// offered to sell 14 centres to T", "X, which had bid to supply 40
/// carriages to T"): an offer, perhaps a losing bid, supplies no one.
pub(super) fn offered(at: &At<'_, '_>) -> bool {
    let words = at.words();
    at.i >= 2 && at.is(at.i - 1, &words.orders.infinitive) && at.is(at.i - 2, &words.deals.offer_to)
}

/// True when the item at `j`, between a verb of supplying and its "to",
/// makes what is passed on no supply: a percentage or a noun of shares or
/// of a business ("has sold 40% of its shares to T", "sells its valve
/// business to T": a stake or a business changes hands), or a noun of
/// credit ("will provide a $500 million loan to T": the credit rules give
/// `lends_to`).
pub(super) fn passed_on(at: &At<'_, '_>, j: usize) -> bool {
    let word = at.items[j].word();
    word == PERCENT
        || at.words().deals.not_supplied.contains(word)
        || at.words().credit.loan.contains(word)
}

/// True at a verb of taking right before a percentage and "of" ("S took
/// 30% of T", "will take 38% of T"): a share bought. A verb of
/// taking says nothing of buying otherwise ("took T to court").
pub(super) fn takes_share(at: &At<'_, '_>) -> bool {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    words.deals.take_share.contains(at.word())
        && items.get(i + 1).is_some_and(|it| it.word() == PERCENT)
        && at.is(i + 2, &words.holdings.own_of)
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::{analysis, check};

    const DEALS: &[RelationKind] = &[InvestedIn, Acquired, Supplies, StakeIn];

    #[test]
    fn shares_a_business_or_a_loan_passed_on_are_no_supply() {
        check(
            &[Supplies],
            &[
                (
                    "Varnholt Ropes s.r.o. has sold 40% of its shares to Orlen Kapital AG for \
                     18 million euros.",
                    &[],
                ),
                (
                    "Mbeya Crickets Ltd has since sold a minority stake to the Dutch lender \
                     Zuidwal Bank.",
                    &[],
                ),
                (
                    "Frenwick Industrial sells its valve business to Larkham Partners.",
                    &[],
                ),
                (
                    "Pellam Credit Partners has agreed to provide a €420 million loan to \
                     Clonbury Dairy Group.",
                    &[],
                ),
                // Goods still are.
                (
                    "Sunpeak Solar will provide solar panels and storage to Keltic Foods.",
                    &[("Sunpeak Solar", Supplies, "Keltic Foods")],
                ),
            ],
        );
        let a = analysis(
            "Pellam Credit Partners will provide a $500 million loan to Clonbury Dairy Group.",
        );
        let name = |e: usize| a.entities[e].name.as_str();
        let lends: Vec<_> = a
            .relations
            .iter()
            .filter(|r| r.kind == LendsTo)
            .map(|r| (name(r.source), name(r.target)))
            .collect();
        assert_eq!(lends, [("Pellam Credit Partners", "Clonbury Dairy Group")]);
    }

    #[test]
    fn an_offer_to_supply_or_sell_is_no_supply() {
        check(
            &[Supplies, SellsTo, BuysFrom],
            &[
                (
                    "Tarsk Rail beat Holvig Trains, which had offered to supply 40 carriages \
                     to Nordbahn Transit.",
                    &[],
                ),
                (
                    "Kestrow Health had offered to sell 14 clinics to Surgimed to meet the \
                     regulator's concerns.",
                    &[],
                ),
                (
                    "Holvig Trains bid to provide signalling to Nordbahn Transit.",
                    &[],
                ),
                (
                    "Kestrow Health offered to sell its Ostmark Clinics unit to Surgimed.",
                    &[],
                ),
                // A supply agreed is one.
                (
                    "Holvig Trains agreed to supply signalling to Nordbahn Transit.",
                    &[("Holvig Trains", Supplies, "Nordbahn Transit")],
                ),
            ],
        );
    }

    #[test]
    fn a_percentage_taken_of_a_company_is_a_stake() {
        check(
            DEALS,
            &[
                (
                    "Brellin Capital took 30% of Ostvale Foods for $80 million last year.",
                    &[("Brellin Capital", StakeIn, "Ostvale Foods")],
                ),
                (
                    "Brellin Capital will take 38% of Ostvale Foods.",
                    &[("Brellin Capital", StakeIn, "Ostvale Foods")],
                ),
                // Taking a company anywhere else buys nothing.
                ("Brellin Capital took Ostvale Foods to court in 2021.", &[]),
                ("Brellin Capital took 30% of the market in 2021.", &[]),
            ],
        );
        let a = analysis("Brellin Capital took 30% of Ostvale Foods for $80 million last year.");
        let name = |e: Option<usize>| e.map(|e| a.entities[e].name.as_str());
        assert_eq!(
            (name(a.money[0].investor), name(a.money[0].recipient)),
            (Some("Brellin Capital"), Some("Ostvale Foods"))
        );
    }
}
