//! The general reader on invented sentences: names set off by commas
//! before a description the trigger heads, phrases of one preposition
//! coordinated past what sets them off, an object relative clause whose
//! subject is described, suppliers named from the customer's side, and the
//! subject of a passive past a participle clause set off after it.

use crate::model::RelationKind::{
    Acquired, CeoOf, CompetitorOf, EmployeeOf, FounderOf, StakeIn, Supplies,
};
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
        &[
            (
                "The group agreed to part with Dunsley Quarries, which the local cement maker Brentvale Cement is buying for an undisclosed amount.",
                &[("Brentvale Cement", Acquired, "Dunsley Quarries")],
            ),
            // A place among the subject's describing words.
            (
                "Dunsley AB, which the Stockholm buyout firm Brentvale Partners took over in 2022 for a reported 2.1 billion crowns, is moving production.",
                &[("Brentvale Partners", Acquired, "Dunsley AB")],
            ),
        ],
    );
}

#[test]
fn suppliers_named_from_the_customers_side() {
    check(
        &[Supplies],
        &[
            (
                "Brentvale Foods buys its glass jars from Ravnmark Glass, a workshop in the north.",
                &[("Ravnmark Glass", Supplies, "Brentvale Foods")],
            ),
            (
                "Olvessa AB buys most of its battery packs from the Chinese maker Ravnmark Cells.",
                &[("Ravnmark Cells", Supplies, "Olvessa AB")],
            ),
            (
                "Halbrook Feeds, a cooperative, is also Brentvale Foods's main feed supplier.",
                &[("Halbrook Feeds", Supplies, "Brentvale Foods")],
            ),
            (
                "Brentvale Foods's biggest supplier is Halbrook Feeds.",
                &[("Halbrook Feeds", Supplies, "Brentvale Foods")],
            ),
            // Bought so far: since a year.
            (
                "Olvessa AB, which catches mackerel with 11 trawlers, has bought its salt from Ravnmark Salt AB since 2015.",
                &[("Ravnmark Salt AB", Supplies, "Olvessa AB")],
            ),
            // A verb right after ", and" shares the sentence's subject.
            (
                "Olvessa AB pours candles at plants in Odense and in Gniezno, and sells them through Ravnmark Retail AB.",
                &[("Olvessa AB", Supplies, "Ravnmark Retail AB")],
            ),
            // Buying goods not its own is an order, not this frame's.
            ("Olvessa AB would buy 40 looms from Ravnmark Machines.", &[]),
        ],
    );
}

#[test]
fn the_subject_past_a_participle_clause_and_a_post_of_something() {
    check(
        &[CeoOf, EmployeeOf, FounderOf],
        &[
            // The founder inside the set-off clause is not what is run.
            (
                "Brentvale AB, founded in 1968 by the sailmaker Jon Hale, is now run by his granddaughter Ann Hale.",
                &[
                    ("Jon Hale", FounderOf, "Brentvale AB"),
                    ("Ann Hale", CeoOf, "Brentvale AB"),
                ],
            ),
            (
                "Brentvale AB, based in Leeds, is run by Ann Hale.",
                &[("Ann Hale", CeoOf, "Brentvale AB")],
            ),
            // "head of farming": the post's "of" before the name set off.
            (
                "Olvessa Kelp AS will be run by Ravnmark AS's head of farming, Ann Hale, who is moving to Oban.",
                &[
                    ("Ann Hale", EmployeeOf, "Ravnmark AS"),
                    ("Ann Hale", CeoOf, "Olvessa Kelp AS"),
                ],
            ),
            // No participle: the nearest name is the subject.
            (
                "Brentvale AB bought Jon Hale's farm, and is now run by him.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_post_left_until_now_or_until_recently() {
    use crate::model::RelationKind::Left;
    check(
        &[Left],
        &[
            (
                "Tarvel Hoses has hired Gwendolyn Parrow-Essien, until recently finance director of the ski maker Quonset Skis.",
                &[("Gwendolyn Parrow-Essien", Left, "Quonset Skis")],
            ),
            // "until now", a date read as one.
            (
                "Tarvel Hoses has hired Gwendolyn Parrow-Essien, until now finance director of the ski maker Quonset Skis.",
                &[("Gwendolyn Parrow-Essien", Left, "Quonset Skis")],
            ),
            // "until" with no adverb of the past: no post left.
            (
                "Gwendolyn Parrow-Essien will stay until May as finance director of Quonset Skis.",
                &[],
            ),
        ],
    );
}

#[test]
fn founders_set_off_after_a_description_that_names_their_old_company() {
    check(
        &[FounderOf],
        &[
            (
                "Tarnwell Labs was founded in 2011 by two former Orvik Instruments engineers, Ana Berg and Jon Hale.",
                &[
                    ("Ana Berg", FounderOf, "Tarnwell Labs"),
                    ("Jon Hale", FounderOf, "Tarnwell Labs"),
                ],
            ),
            (
                "Tarnwell Labs was founded by former Orvik Instruments engineers, Ana Berg and Jon Hale.",
                &[
                    ("Ana Berg", FounderOf, "Tarnwell Labs"),
                    ("Jon Hale", FounderOf, "Tarnwell Labs"),
                ],
            ),
        ],
    );
}
