//! Lists on invented sentences: a relative clause after a list.

use crate::model::RelationKind::{StakeIn, Supplies};
use crate::pipeline::relate::tests::check;

#[test]
fn a_singular_relative_clause_after_a_list_is_the_last_names() {
    check(
        &[StakeIn],
        &[
            (
                "Rivals including the Swiss operator Zephyr Rail and Quantix Freight, which is owned by the fund Keltic Partners, have complained.",
                &[("Keltic Partners", StakeIn, "Quantix Freight")],
            ),
            (
                "Rivals including Zephyr Rail and Quantix Freight, which are owned by the fund Keltic Partners, have complained.",
                &[
                    ("Keltic Partners", StakeIn, "Quantix Freight"),
                    ("Keltic Partners", StakeIn, "Zephyr Rail"),
                ],
            ),
        ],
    );
}

#[test]
fn a_place_possessive_only_describes_the_name_after_it() {
    check(
        &[Supplies],
        &[(
            "Zephyr Rail Corp. buys most of its potash from Canada's Quantix Minerals Inc. \
             and from Keltic Salt Ltd.",
            &[
                ("Quantix Minerals Inc.", Supplies, "Zephyr Rail Corp."),
                ("Keltic Salt Ltd.", Supplies, "Zephyr Rail Corp."),
            ],
        )],
    );
}
