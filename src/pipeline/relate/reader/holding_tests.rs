//! Holdings and control on invented sentences: control won, a company
//! bought into, a share to be held in a venture.

use crate::model::RelationKind::{Acquired, StakeIn};
use crate::pipeline::relate::tests::check;

#[test]
fn control_won_buys_the_company() {
    check(
        &[Acquired],
        &[
            (
                "Brentvale Foods has won control of Dunsley Media, which runs 31 ski lifts.",
                &[("Brentvale Foods", Acquired, "Dunsley Media")],
            ),
            ("Brentvale Foods won control of the board in May.", &[]),
        ],
    );
}

#[test]
fn bought_into_a_company() {
    check(
        &[StakeIn, Acquired],
        &[
            (
                "Brentvale Foods has bought into the Belgian plastics recycler Olvessa NV, taking 35% of its shares.",
                &[("Brentvale Foods", StakeIn, "Olvessa NV")],
            ),
            (
                "Pemvale Capital, which bought into Olvessa AB in 2018, will sell its shares.",
                &[("Pemvale Capital", StakeIn, "Olvessa AB")],
            ),
            // Buying into an idea holds nothing.
            ("Brentvale Foods bought into the idea in May.", &[]),
        ],
    );
}

#[test]
fn a_share_to_be_held() {
    check(
        &[StakeIn],
        &[
            (
                "Brentvale Foods will hold 60% of Olvessa AB.",
                &[("Brentvale Foods", StakeIn, "Olvessa AB")],
            ),
            (
                "The partners will set up Olvessa AB, in which Brentvale Foods will hold 60%.",
                &[("Brentvale Foods", StakeIn, "Olvessa AB")],
            ),
            // Talks held are no holding.
            ("Brentvale Foods will hold talks with Olvessa AB.", &[]),
            // A company's shareholders hold, not the company.
            (
                "Brentvale Foods shareholders will receive new shares and will hold 52% of the combined group, Olvessa AB.",
                &[],
            ),
            (
                "Brentvale Foods shareholders will own 52% of Olvessa AB.",
                &[],
            ),
        ],
    );
}
