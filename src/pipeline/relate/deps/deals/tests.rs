//! The deal frames on invented sentences.

use crate::model::RelationKind::{self, *};
use crate::pipeline::relate::tests::{check, relations};

const DEALS: &[RelationKind] = &[
    StakeIn,
    Acquired,
    InvestedIn,
    PartnerOf,
    CompetitorOf,
    MergedWith,
    Supplies,
    LendsTo,
];

#[test]
fn a_passive_owner_and_every_conjunct_of_the_agent() {
    check(
        DEALS,
        &[(
            "Ulmark Chemicals is co-owned by Tarsk Petroleum, Sandrick Oil and Vexco Energy.",
            &[
                ("Tarsk Petroleum", StakeIn, "Ulmark Chemicals"),
                ("Sandrick Oil", StakeIn, "Ulmark Chemicals"),
                ("Vexco Energy", StakeIn, "Ulmark Chemicals"),
            ],
        )],
    );
}

#[test]
fn units_by_copula_and_possessive() {
    check(
        DEALS,
        &[
            (
                "Dunvale Steel and Pravik Alloys are units of Oskel Group.",
                &[
                    ("Oskel Group", StakeIn, "Pravik Alloys"),
                    ("Oskel Group", StakeIn, "Dunvale Steel"),
                ],
            ),
            (
                "Veltrana Steel is the Qorvat Corporation's steel-producing arm.",
                &[("Qorvat Corporation", StakeIn, "Veltrana Steel")],
            ),
        ],
    );
}

#[test]
fn an_investor_in_each_listed_company() {
    check(
        DEALS,
        &[(
            "Birchmoor Ventures has funded numerous start-ups, including Nexolo, Veritrak and Indivio.",
            &[
                ("Birchmoor Ventures", InvestedIn, "Nexolo"),
                ("Birchmoor Ventures", InvestedIn, "Veritrak"),
                ("Birchmoor Ventures", InvestedIn, "Indivio"),
            ],
        )],
    );
}

#[test]
fn a_unit_sold_to_a_buyer_is_acquired_by_it() {
    check(
        DEALS,
        &[(
            "Prodesca signed an outline agreement to sell its Speccamo unit to Germany's Aldreth.",
            &[("Aldreth", Acquired, "Speccamo")],
        )],
    );
}

#[test]
fn denied_and_negated_deals_state_nothing() {
    check(
        DEALS,
        &[
            ("Kestova Gold was never co-owned by Forwin Mining.", &[]),
            (
                "Forwin Mining has not funded Kestova Gold or Velta Snacks.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_relative_clause_modifies_the_name_before_it_alone() {
    // The parse reads "competes" as a noun, a second passive subject of
    // "owned"; the relative pronoun is the subject, and stands for the
    // name before it alone.
    let text = "Drumcarrow Foods competes with Velta Snacks and Corrin Brands, which is owned by Haskett Capital.";
    let got = relations(text);
    assert!(
        got.iter().any(|(s, k, t, _)| (s.as_str(), *k, t.as_str())
            == ("Haskett Capital", StakeIn, "Corrin Brands")),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(_, k, t, _)| *k == StakeIn && t == "Drumcarrow Foods"),
        "{got:?}"
    );
}

#[test]
fn a_place_in_the_possessive_owns_nothing() {
    check(
        &[StakeIn],
        &[(
            "Ostrowa Gas, Poland's biggest company, raised its prices.",
            &[],
        )],
    );
}

#[test]
fn a_possessive_pronoun_stands_for_the_company_named_before_it() {
    check(
        &[PartnerOf, StakeIn],
        &[(
            "Swedish miner Harnvik and its Canadian partner Quellmar have won a permit for a zinc mine.",
            &[("Harnvik", PartnerOf, "Quellmar")],
        )],
    );
}

#[test]
fn a_name_in_brackets_after_a_unit_abbreviates_the_phrase() {
    check(
        &[StakeIn],
        &[(
            "Torsby Refining will shut its crude distillation unit (CDU) in May.",
            &[],
        )],
    );
}

#[test]
fn an_apposition_after_a_coordination_names_the_name_before_its_comma() {
    check(
        &[StakeIn],
        &[
            (
                "The plant is run by Brevanor Oil, Koltrax Energy and Sarnesse Petroleum, the joint-venture of U.S. majors Vimbledge Corp and Orrance Inc.",
                &[
                    ("Vimbledge Corp", StakeIn, "Sarnesse Petroleum"),
                    ("Orrance Inc.", StakeIn, "Sarnesse Petroleum"),
                ],
            ),
            (
                "Deltwick said it had won a contract from Brevanor Oil and Koltrax Energy, both part of Pellavo Group.",
                &[
                    ("Pellavo Group", StakeIn, "Brevanor Oil"),
                    ("Pellavo Group", StakeIn, "Koltrax Energy"),
                ],
            ),
        ],
    );
}

#[test]
fn the_maker_of_an_undertaking_performs_its_infinitive() {
    check(
        DEALS,
        &[
            // The subject of a verb of making it one's own.
            (
                "Corvane Industries has reached an agreement to purchase Sallow Brick.",
                &[("Corvane Industries", Acquired, "Sallow Brick")],
            ),
            (
                "Dunmore Foods struck a deal to acquire Kessick Farms.",
                &[("Dunmore Foods", Acquired, "Kessick Farms")],
            ),
            // The noun's possessor.
            (
                "Analysts welcomed Ostrava Steel's offer to acquire Milbeck Forge.",
                &[("Ostrava Steel", Acquired, "Milbeck Forge")],
            ),
            // A negated making states nothing.
            (
                "Corvane Industries did not reach an agreement to purchase Sallow Brick.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_passive_names_its_recipient_and_its_agent() {
    check(
        &[Supplies],
        &[(
            "Thermal cameras for the drone are supplied to Orvik Robotics Ltd by Kestrel Optics Corp.",
            &[("Kestrel Optics Corp.", Supplies, "Orvik Robotics Ltd")],
        )],
    );
}
