//! The general reader on invented sentences: names set off by commas
//! before a description the trigger heads, phrases of one preposition
//! coordinated past what sets them off, and an object relative clause
//! whose subject is described.

use crate::model::RelationKind::{Acquired, CompetitorOf, StakeIn};
use crate::pipeline::relate::tests::check;

#[test]
fn a_unit_set_off_after_its_name_is_held_by_its_group() {
    check(
        &[StakeIn],
        &[
            (
                "Its feed comes from Dunsley Feeds, the fish-feed arm of the Dutch group Pemvale Holding, under a contract.",
                &[("Pemvale Holding", StakeIn, "Dunsley Feeds")],
            ),
            (
                "Olvessa Linen, a unit of the British textile-rental firm Halbrook Group, said it would appeal.",
                &[("Halbrook Group", StakeIn, "Olvessa Linen")],
            ),
            (
                "The main rival will be the refiner Ravnmark Sugar, part of Brentvale Foods.",
                &[("Brentvale Foods", StakeIn, "Ravnmark Sugar")],
            ),
            // Part of a deal is no one's unit.
            (
                "Olvessa Linen, part of a deal signed in May, will close.",
                &[],
            ),
        ],
    );
}

#[test]
fn rivals_in_phrases_of_one_preposition_coordinated() {
    check(
        &[CompetitorOf],
        &[(
            "Brentvale Foods competes for milk with Ravnmark Dairy, which Halbrook Group owns, and with the French group Skelholm Laitier.",
            &[
                ("Brentvale Foods", CompetitorOf, "Ravnmark Dairy"),
                ("Brentvale Foods", CompetitorOf, "Skelholm Laitier"),
            ],
        )],
    );
}

#[test]
fn bought_in_an_object_relative_clause_with_a_described_subject() {
    check(
        &[Acquired],
        &[(
            "The group agreed to part with Dunsley Quarries, which the local cement maker Brentvale Cement is buying for an undisclosed amount.",
            &[("Brentvale Cement", Acquired, "Dunsley Quarries")],
        )],
    );
}
