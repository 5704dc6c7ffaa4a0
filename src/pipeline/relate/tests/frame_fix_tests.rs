//! Board seats, stakes sold to a buyer, named units after a possessive and
//! names glued to a suffix at a sentence's start, on invented sentences.

use super::check;
use crate::model::RelationKind::*;

#[test]
fn a_board_seat_is_no_stake() {
    check(
        &[StakeIn],
        &[
            (
                "Kelvaro Corp holds a seat on the board of Ostrin Inc, the companies said.",
                &[],
            ),
            (
                "Velmar Ltd has held two board seats at Ostrin Inc since 2019.",
                &[],
            ),
            // The share is the object; the seat comes after it.
            (
                "Kelvaro Corp holds 20% of Ostrin Inc and a seat on its board.",
                &[("Kelvaro Corp", StakeIn, "Ostrin Inc")],
            ),
        ],
    );
}

#[test]
fn a_stake_sold_to_a_buyer_is_the_buyers() {
    check(
        &[StakeIn],
        &[
            // No company after the stake: one in the seller itself.
            (
                "Kelvaro Corp sold a 20% stake to Ostrin Inc in 2018.",
                &[("Ostrin Inc", StakeIn, "Kelvaro Corp")],
            ),
            (
                "Velmar Ltd sells a 12% stake in Brisk Foods to Tarnby Group for $40 million.",
                &[("Tarnby Group", StakeIn, "Brisk Foods")],
            ),
            // "its stake": a holding in a company not named here.
            ("Kelvaro Corp sold its 20% stake to Ostrin Inc.", &[]),
        ],
    );
}

#[test]
fn a_named_unit_after_a_possessive_is_the_possessors() {
    check(
        &[StakeIn],
        &[(
            "Kelvaro Corp's Ostrin Inc unit will cut 200 jobs, the company said.",
            &[("Kelvaro Corp", StakeIn, "Ostrin Inc")],
        )],
    );
}

#[test]
fn a_name_glued_to_a_suffix_at_a_sentence_start_keeps_its_relation() {
    check(
        &[LocatedIn, StakeIn],
        &[
            (
                "Toronto-based Kelvaro Mining said on Monday it would cut jobs.",
                &[("Kelvaro Mining", LocatedIn, "Toronto")],
            ),
            (
                "Keltic-controlled Brisk Air will add routes. Shares in Keltic fell.",
                &[("Keltic", StakeIn, "Brisk Air")],
            ),
            // A common word capitalised at the start owns nothing.
            ("Family-controlled Velmar Foods grew.", &[]),
        ],
    );
}
