//! Units, subsidiaries and their owners on invented sentences.

use crate::model::RelationKind::{self, *};
use crate::pipeline::relate::tests::check;

const HOLDINGS: &[RelationKind] = &[StakeIn, MergedWith, PartnerOf, InvestedIn, Acquired];

#[test]
fn units() {
    check(
        HOLDINGS,
        &[
            (
                "Zephyr Corp.'s Orbit Systems, Orbit Services and Delta Labs business units may bid again.",
                &[
                    ("Zephyr Corp.", StakeIn, "Orbit Systems"),
                    ("Zephyr Corp.", StakeIn, "Orbit Services"),
                    ("Zephyr Corp.", StakeIn, "Delta Labs"),
                ],
            ),
            // No owner before the list: no holding.
            ("Orbit Systems and Delta Labs units may bid again.", &[]),
            (
                "Zephyr Corp. said it would cut 1,000 jobs at its European division, Quantix GmbH.",
                &[("Zephyr Corp.", StakeIn, "Quantix GmbH")],
            ),
            // A unit of a company its country owns; "its unit, Y".
            (
                "Quantix Ferries Ltd., a unit of Norway's Zephyr Group, grew.",
                &[("Zephyr Group", StakeIn, "Quantix Ferries Ltd.")],
            ),
            (
                "Zephyr Group will spin off its ferry unit, Quantix Ferries Ltd., next year.",
                &[("Zephyr Group", StakeIn, "Quantix Ferries Ltd.")],
            ),
            (
                "Quantix Inc. parent company Zephyr Corp. reported a profit.",
                &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
            ),
            (
                "Zephyr Corp.'s Quantix unit cut jobs.",
                &[("Zephyr Corp.", StakeIn, "Quantix")],
            ),
            (
                "Quantix Inc., a subsidiary of Zephyr Corp., cut jobs.",
                &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
            ),
        ],
    );
}

#[test]
fn one_unit_noun_names_one_unit() {
    check(
        HOLDINGS,
        &[
            // A plural noun names each.
            (
                "Orbit Labs and Quantix Labs, both units of Zephyr Corp., cut jobs.",
                &[
                    ("Zephyr Corp.", StakeIn, "Quantix Labs"),
                    ("Zephyr Corp.", StakeIn, "Orbit Labs"),
                ],
            ),
            // A copula makes the subject the unit.
            (
                "Quantix Labs is a subsidiary of Zephyr Corp.",
                &[("Zephyr Corp.", StakeIn, "Quantix Labs")],
            ),
            // An arm a person ran is not named: it is not the company
            // the sentence is about.
            (
                "Quantix Labs said its next chief executive would be Maria Lind, who ran the leasing arm of Zephyr Corp. until last year.",
                &[],
            ),
            (
                "Quantix Labs chief executive Maria Lind, who ran the aircraft leasing arm of Zephyr Corp. before joining, spoke.",
                &[],
            ),
        ],
    );
}

#[test]
fn units_named_by_place_of_and_glued_owners() {
    check(
        &[StakeIn],
        &[
            // A place before the noun says where the unit is.
            (
                "Zephyr Corp. said it would sell its troubled U.S. unit Quantix Inc. to Keltic Inc.",
                &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
            ),
            (
                "Keltic Inc. agreed to buy the Orbit Labs unit of Zephyr Corp.",
                &[("Zephyr Corp.", StakeIn, "Orbit Labs")],
            ),
            // The glued owner alone, not the name coordinated with it.
            (
                "Keltic Inc. sells to stores, among them Orbit Labs and the Zephyr-owned chain Quantix Stores.",
                &[("Zephyr", StakeIn, "Quantix Stores")],
            ),
            // A place's unit names no unit.
            (
                "Keltic Inc. cut jobs at the London unit of Zephyr Corp.",
                &[],
            ),
            // "of" before a unit named as such: the unit is not the owner.
            (
                "Zephyr Corp. will build up the business of its Quantix Labs unit.",
                &[("Zephyr Corp.", StakeIn, "Quantix Labs")],
            ),
        ],
    );
}

/// "an X subsidiary": the article before the name makes X the owner of
/// the name set off before it, or of the copula's subject; "the X unit"
/// is the unit X.
#[test]
fn an_owner_named_before_the_unit_noun_after_an_article() {
    check(
        &[StakeIn],
        &[
            (
                "Keltic Inc. agreed to buy the lens unit of Quantix Optics Inc, a Zephyr Corp. subsidiary.",
                &[("Zephyr Corp.", StakeIn, "Quantix Optics Inc")],
            ),
            (
                "Quantix Optics Inc, an Ørsted Holding affiliate, cut jobs in Zürich.",
                &[("Ørsted Holding", StakeIn, "Quantix Optics Inc")],
            ),
            (
                "Quantix Optics Inc is a Zephyr Corp. unit.",
                &[("Zephyr Corp.", StakeIn, "Quantix Optics Inc")],
            ),
            // No name set off before it: no unit named.
            ("Keltic Inc. bought a Zephyr Corp. unit last year.", &[]),
            (
                "Keltic Inc., which bought a Zephyr Corp. unit last year, grew.",
                &[],
            ),
        ],
    );
}

/// "X's (plain words) arm" names its unit after a comma and an
/// article, or set off before it when the phrase closes after the noun.
#[test]
fn a_possessed_unit_noun_names_the_unit_set_off_around_it() {
    check(
        &[StakeIn],
        &[
            (
                "Keltic Ltd is owned by Zephyr Group along with the Quantix Council's investment arm, the Vantor Investment Bank, it said.",
                &[
                    ("Zephyr Group", StakeIn, "Keltic Ltd"),
                    ("Quantix Council", StakeIn, "Vantor Investment Bank"),
                    ("Vantor Investment Bank", StakeIn, "Keltic Ltd"),
                ],
            ),
            (
                "Keltic Ltd will borrow $50 million from the Vantor Finance Corporation, the Zephyr Bank's private-sector arm, which lends in Zürich.",
                &[("Zephyr Bank", StakeIn, "Vantor Finance Corporation")],
            ),
            // The phrase is a clause's subject, not set off: no unit.
            (
                "In talks with Keltic Ltd, Zephyr Group's arm said it would wait.",
                &[],
            ),
        ],
    );
}

/// A unit, subsidiary or arm is an organisation's, never a person's.
#[test]
fn no_person_holds_a_unit() {
    check(
        &[StakeIn],
        &[
            (
                "Canada will lend C$2 billion to Vantor Motors, the Canadian arm of the carmaker Zephyr Motors, Industry Minister Paul Lessard said.",
                &[("Zephyr Motors", StakeIn, "Vantor Motors")],
            ),
            (
                "Vantor Labs, a unit of Zephyr Motors, hired Maria Lind.",
                &[("Zephyr Motors", StakeIn, "Vantor Labs")],
            ),
        ],
    );
}

#[test]
fn a_unit_after_its_is_the_subjects() {
    check(
        &[StakeIn],
        &[(
            "Zephyr Corp. said it would cut jobs at its Quantix Labs unit.",
            &[("Zephyr Corp.", StakeIn, "Quantix Labs")],
        )],
    );
}

/// "sold its chip unit, Y, to Z": a unit named for its goods is a
/// business sold, not goods (`orders::goods`).
#[test]
fn a_unit_named_for_its_goods_is_a_business() {
    check(
        &[Acquired, StakeIn, SellsTo, BuysFrom],
        &[
            (
                "Zephyr Motors sold its chip unit, Vantor Systems, to Quantix Inc.",
                &[
                    ("Zephyr Motors", StakeIn, "Vantor Systems"),
                    ("Quantix Inc.", Acquired, "Vantor Systems"),
                ],
            ),
            (
                "Quantix Inc. agreed to buy Zephyr Motors' truck business, Vantor Systems, for $2 billion.",
                &[
                    ("Quantix Inc.", Acquired, "Vantor Systems"),
                    ("Zephyr Motors", StakeIn, "Vantor Systems"),
                ],
            ),
            // Named for a trade, not goods.
            (
                "Zephyr Motors agreed to sell its wealth management arm, Vantor Systems, to Quantix Inc.",
                &[
                    ("Zephyr Motors", StakeIn, "Vantor Systems"),
                    ("Quantix Inc.", Acquired, "Vantor Systems"),
                ],
            ),
            // Units counted are goods.
            (
                "Zephyr Motors sold 300 units to Quantix Inc.",
                &[("Zephyr Motors", SellsTo, "Quantix Inc.")],
            ),
        ],
    );
}

/// "the parent of Y": the owner before it (set off or the subject of a
/// copula) or the one name set off after Y.
#[test]
fn the_parent_of_a_company_holds_it() {
    check(
        &[StakeIn],
        &[
            (
                "Quellmark Holdings, the parent of Vantor Airlines, reported a loss on Monday.",
                &[("Quellmark Holdings", StakeIn, "Vantor Airlines")],
            ),
            (
                "Quellmark Holdings is the parent of Vantor Airlines.",
                &[("Quellmark Holdings", StakeIn, "Vantor Airlines")],
            ),
            (
                "Last month the parent of the Vantor Airlines booking system, Quellmark Holdings, agreed to spend $100 million on checks.",
                &[("Quellmark Holdings", StakeIn, "Vantor Airlines")],
            ),
            // A list set off after the company is no one owner.
            (
                "Last month the parent of Vantor Airlines, Quellmark Holdings and Keltic Bank agreed to talk.",
                &[],
            ),
        ],
    );
}
