//! The general reader on invented sentences: each construction a row of
//! the frame lexicon.

use crate::model::RelationKind::{
    CompetitorOf, EmployeeOf, FounderOf, Left, LendsTo, LocatedIn, StakeIn,
};
use crate::pipeline::relate::tests::check;

#[test]
fn where_a_person_came_from_they_left() {
    check(
        &[Left],
        &[
            (
                "Zephyr Corp.'s chief executive, Anna Lindqvist, who came to the company from Quantix Inc. in 2020, will stay.",
                &[("Anna Lindqvist", Left, "Quantix Inc.")],
            ),
            (
                "Its finance chief, Boris Kell, joined in 2022 from Keltic Systems.",
                &[("Boris Kell", Left, "Keltic Systems")],
            ),
            (
                "Anna Lindqvist had led Zephyr Corp. since 2018, when she was hired from the Spanish utility Quantix Energia.",
                &[("Anna Lindqvist", Left, "Quantix Energia")],
            ),
            (
                "The board appointed Boris Kell, formerly of Keltic Systems, as head of research.",
                &[("Boris Kell", Left, "Keltic Systems")],
            ),
            (
                "Zephyr Corp. was founded by Anna Lindqvist and Boris Kell, both former Keltic Systems engineers.",
                &[
                    ("Boris Kell", Left, "Keltic Systems"),
                    ("Anna Lindqvist", Left, "Keltic Systems"),
                ],
            ),
            // An offer that came from a company is no one leaving it.
            ("The offer for Zephyr Corp. came from Keltic Systems.", &[]),
        ],
    );
}

#[test]
fn owners_holders_and_shares_hold_stakes() {
    check(
        &[StakeIn],
        &[
            (
                "Zephyr Corp. is owned by the Dutch family holding company Helio Groep, which took it private in 2017.",
                &[("Helio Groep", StakeIn, "Zephyr Corp.")],
            ),
            (
                "Zephyr Corp. was spun off in 2019, and Keltic Systems still holds about 12% of its stock.",
                &[("Keltic Systems", StakeIn, "Zephyr Corp.")],
            ),
            (
                "Zephyr Corp. already owns 25% of Chilean smelter Quantix Andina and holds a minority interest in Peruvian explorer Keltic Minerals.",
                &[
                    ("Zephyr Corp.", StakeIn, "Quantix Andina"),
                    ("Zephyr Corp.", StakeIn, "Keltic Minerals"),
                ],
            ),
            (
                "Zephyr Corp., whose biggest shareholder is U.S. asset manager Helio Advisors with 12.4%, lagged its rivals.",
                &[("Helio Advisors", StakeIn, "Zephyr Corp.")],
            ),
            (
                "Keltic Re, which is part of Swiss insurance group Zephyr Holding, named a new finance chief.",
                &[("Zephyr Holding", StakeIn, "Keltic Re")],
            ),
            // Shares held by a holder are no name's.
            (
                "Zephyr Corp. paid $5 million for shares held by Quantix Inc.",
                &[],
            ),
            // Interest without a share is no stake.
            ("Zephyr Corp. expressed interest in Keltic Minerals.", &[]),
        ],
    );
}

#[test]
fn founders_and_seats_read_from_their_slots() {
    check(
        &[FounderOf],
        &[(
            "Quantix Bio was founded in 2016 by oncologist Anna Lindqvist and chemist Boris Kell.",
            &[
                ("Anna Lindqvist", FounderOf, "Quantix Bio"),
                ("Boris Kell", FounderOf, "Quantix Bio"),
            ],
        )],
    );
    check(
        &[LocatedIn],
        &[
            (
                "Zephyr Power is based in Brindlecombe and runs two gas-fired power stations, at Oxmere and Tarnwick.",
                &[
                    ("Zephyr Power", LocatedIn, "Brindlecombe"),
                    ("Zephyr Power", LocatedIn, "Oxmere"),
                    ("Zephyr Power", LocatedIn, "Tarnwick"),
                ],
            ),
            (
                "The combined bank will take the Zephyr Bancorp name and Zephyr Bancorp will keep its headquarters in Des Moines.",
                &[("Zephyr Bancorp", LocatedIn, "Des Moines")],
            ),
        ],
    );
}

#[test]
fn relative_clauses_that_open_with_a_preposition() {
    check(
        &[StakeIn],
        &[(
            "The two will set up a venture, to be called Zephyr Cells Ltd., in which Keltic Systems Inc. will own 60%.",
            &[("Keltic Systems Inc.", StakeIn, "Zephyr Cells Ltd.")],
        )],
    );
    check(
        &[CompetitorOf],
        &[
            (
                "The deal brings Zephyr Corp. closer to Quantix Inc. and Keltic Systems Inc., the two largest seat makers, with which Zephyr Corp. competes for orders.",
                &[
                    ("Zephyr Corp.", CompetitorOf, "Keltic Systems Inc."),
                    ("Zephyr Corp.", CompetitorOf, "Quantix Inc."),
                ],
            ),
            (
                "Zephyr Corp. competes with Quantix Inc. and with Keltic Systems Inc.",
                &[
                    ("Zephyr Corp.", CompetitorOf, "Quantix Inc."),
                    ("Zephyr Corp.", CompetitorOf, "Keltic Systems Inc."),
                ],
            ),
        ],
    );
}

#[test]
fn sites_lenders_boards_and_past_posts() {
    check(
        &[LocatedIn],
        &[
            (
                "Zephyr Corp., based in Brindlecombe, runs 52 hospitals in Oxmere, Tarnwick and eastern Wessex.",
                &[
                    ("Zephyr Corp.", LocatedIn, "Brindlecombe"),
                    ("Zephyr Corp.", LocatedIn, "Oxmere"),
                    ("Zephyr Corp.", LocatedIn, "Tarnwick"),
                    ("Zephyr Corp.", LocatedIn, "Wessex"),
                ],
            ),
            (
                // A place with its region: both (GUIDE).
                "Zephyr Corp. makes its soaps at factories in Oxmere and in Tarnwick, Wessex, and sells them abroad.",
                &[
                    ("Zephyr Corp.", LocatedIn, "Oxmere"),
                    ("Zephyr Corp.", LocatedIn, "Tarnwick"),
                    ("Zephyr Corp.", LocatedIn, "Wessex"),
                ],
            ),
        ],
    );
    check(
        &[LendsTo],
        &[(
            "In 2023 Zephyr Corp. borrowed 150 million euros from the Swedish bank Quantix Bank AB.",
            &[("Quantix Bank AB", LendsTo, "Zephyr Corp.")],
        )],
    );
    check(
        &[EmployeeOf],
        &[(
            "Quantix Inc.'s chief executive, Anna Lindqvist, sits on Zephyr Corp.'s board.",
            &[("Anna Lindqvist", EmployeeOf, "Zephyr Corp.")],
        )],
    );
    check(
        &[Left],
        &[
            (
                "Zephyr Corp. also hired Boris Kell, until recently sales director at Keltic Systems Inc., to run its new unit.",
                &[("Boris Kell", Left, "Keltic Systems Inc.")],
            ),
            (
                "Zephyr Capital was founded in 2014 by Anna Lindqvist and Boris Kell, two former credit executives at Quantix Inc.",
                &[
                    ("Boris Kell", Left, "Quantix Inc."),
                    ("Anna Lindqvist", Left, "Quantix Inc."),
                ],
            ),
        ],
    );
    check(
        &[StakeIn],
        &[(
            "Zephyr Capital is itself 20% owned by the insurer Quantix Mutual Inc.",
            &[("Quantix Mutual Inc.", StakeIn, "Zephyr Capital")],
        )],
    );
}
