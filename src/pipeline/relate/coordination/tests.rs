//! Coordination on invented sentences.

use crate::model::RelationKind::*;
use crate::pipeline::relate::tests::check;

#[test]
fn a_singular_relative_clause_is_the_last_members_alone() {
    check(
        &[StakeIn],
        &[
            (
                "Rivals such as Zephyr Corp. and Quantix Inc., which is owned by the fund Keltic Partners, have complained.",
                &[("Keltic Partners", StakeIn, "Quantix Inc.")],
            ),
            // A plural verb makes the clause the list's.
            (
                "Rivals such as Zephyr Corp. and Quantix Inc., which are owned by the fund Keltic Partners, have complained.",
                &[
                    ("Keltic Partners", StakeIn, "Quantix Inc."),
                    ("Keltic Partners", StakeIn, "Zephyr Corp."),
                ],
            ),
        ],
    );
    check(
        &[CompetitorOf, LocatedIn],
        &[(
            "Zephyr Corp. competes with Aurora Ltd and Quantix Inc., which has a plant in Łódź.",
            &[
                ("Zephyr Corp.", CompetitorOf, "Aurora Ltd"),
                ("Zephyr Corp.", CompetitorOf, "Quantix Inc."),
                ("Quantix Inc.", LocatedIn, "Łódź"),
            ],
        )],
    );
}

#[test]
fn an_apposition_of_one_thing_is_the_last_members_alone() {
    check(
        &[StakeIn],
        &[
            // An article of one thing: the unit is the last name only.
            (
                "The counsels of Zephyr Corp. and Quantix Inc., a subsidiary of Vantor AG, were deposed in München.",
                &[("Vantor AG", StakeIn, "Quantix Inc.")],
            ),
            (
                "Talks with Zephyr Corp. and Quantix Inc., an arm of Vantor AG, failed.",
                &[("Vantor AG", StakeIn, "Quantix Inc.")],
            ),
            // Three names, or a list that is the clause's subject: still
            // the last name only.
            (
                "Talks with Zephyr Corp., Orbit Labs and Quantix Inc., an arm of Vantor AG, failed.",
                &[("Vantor AG", StakeIn, "Quantix Inc.")],
            ),
            (
                "Keltic Pay competes with Zephyr Corp., Orbit Labs and Quantix Inc., the payments arm of Vantor AG.",
                &[("Vantor AG", StakeIn, "Quantix Inc.")],
            ),
            (
                "Zephyr Corp., Orbit Labs and Quantix Inc., a unit of Vantor AG, have all been targeted.",
                &[("Vantor AG", StakeIn, "Quantix Inc.")],
            ),
            (
                "Zephyr Corp. and Quantix Inc., a unit of Vantor AG, have all been targeted in Łódź.",
                &[("Vantor AG", StakeIn, "Quantix Inc.")],
            ),
            // A plural apposition is every member's.
            (
                "Zephyr Corp., Orbit Labs and Quantix Inc., all units of Vantor AG, were sold.",
                &[
                    ("Vantor AG", StakeIn, "Quantix Inc."),
                    ("Vantor AG", StakeIn, "Zephyr Corp."),
                    ("Vantor AG", StakeIn, "Orbit Labs"),
                ],
            ),
            (
                "Zephyr Corp. and Quantix Inc., both units of Vantor AG, were sold.",
                &[
                    ("Vantor AG", StakeIn, "Quantix Inc."),
                    ("Vantor AG", StakeIn, "Zephyr Corp."),
                ],
            ),
            (
                "Zephyr Corp. and Quantix Inc., the two units of Vantor AG, were sold.",
                &[
                    ("Vantor AG", StakeIn, "Quantix Inc."),
                    ("Vantor AG", StakeIn, "Zephyr Corp."),
                ],
            ),
        ],
    );
}

#[test]
fn every_member_of_a_coordinated_end_gets_the_relation() {
    check(
        &[
            MemberOf,
            LocatedIn,
            CompetitorOf,
            PartnerOf,
            Acquired,
            CeoOf,
            InvestedIn,
        ],
        &[
            // A coordinated subject.
            (
                "Zephyr Corp. and Quantix Inc. joined the Aurora Consortium.",
                &[
                    ("Zephyr Corp.", MemberOf, "Aurora Consortium"),
                    ("Quantix Inc.", MemberOf, "Aurora Consortium"),
                ],
            ),
            // Acting as one, or agreeing a deal, makes partners; a deal
            // the sentence says is a takeover does not.
            (
                "The Bank of Keltia, the Bank of Nordvik and the Zephyr National Bank jointly announced that they would be working together.",
                &[
                    ("Bank of Keltia", PartnerOf, "Bank of Nordvik"),
                    ("Bank of Keltia", PartnerOf, "Zephyr National Bank"),
                    ("Bank of Nordvik", PartnerOf, "Zephyr National Bank"),
                ],
            ),
            (
                "The vans will be jointly marketed by Zephyr Corp. and Quantix Inc. next year.",
                &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
            ),
            (
                "Zephyr Corp. and Quantix Inc. have agreed to a deal in which films will be sold online.",
                &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
            ),
            (
                "Zephyr Corp. and Quantix Inc. agreed a deal under which Zephyr Corp. acquires Quantix Inc.",
                &[("Zephyr Corp.", Acquired, "Quantix Inc.")],
            ),
            // A possessive place before a member modifies it.
            (
                "Zephyr Corp. and South Korea's Quantix Inc. joined the Aurora Consortium.",
                &[
                    ("Quantix Inc.", LocatedIn, "South Korea"),
                    ("Quantix Inc.", MemberOf, "Aurora Consortium"),
                    ("Zephyr Corp.", MemberOf, "Aurora Consortium"),
                ],
            ),
            // Each member's own place stays its own (the place glued at the
            // sentence's start too).
            (
                "Glasgow-based Zephyr Corp. and France's Quantix Inc. joined the Aurora Consortium.",
                &[
                    ("Quantix Inc.", LocatedIn, "France"),
                    ("Quantix Inc.", MemberOf, "Aurora Consortium"),
                    ("Zephyr Corp.", LocatedIn, "Glasgow"),
                    ("Zephyr Corp.", MemberOf, "Aurora Consortium"),
                ],
            ),
            // A place glued to "-based" describes the names after it,
            // and a member placed on its own keeps its place.
            (
                "Buyers include Norway-based Zephyr Corp. and Quantix Inc., Texas-based Keltor Corp. and Brimwell Corp., and Dovan Corp. in Illinois.",
                &[
                    ("Dovan Corp.", LocatedIn, "Illinois"),
                    ("Zephyr Corp.", LocatedIn, "Norway"),
                    ("Keltor Corp.", LocatedIn, "Texas"),
                    ("Quantix Inc.", LocatedIn, "Norway"),
                    ("Brimwell Corp.", LocatedIn, "Texas"),
                ],
            ),
            // A coordinated object.
            (
                "Brightwater Corp. acquired Nordvik Inc. and Keltic Inc. last year.",
                &[
                    ("Brightwater Corp.", Acquired, "Nordvik Inc."),
                    ("Brightwater Corp.", Acquired, "Keltic Inc."),
                ],
            ),
            // Three members, serial comma.
            (
                "Helio Capital, Sunpeak Corp., and Orla Inc. invested $50 million in Quantix Inc.",
                &[
                    ("Helio Capital", InvestedIn, "Quantix Inc."),
                    ("Sunpeak Corp.", InvestedIn, "Quantix Inc."),
                    ("Orla Inc.", InvestedIn, "Quantix Inc."),
                ],
            ),
            // Both ends coordinated: every pair.
            (
                "Zephyr Corp. and Quantix Inc. compete with Nordvik Corp. and Keltic Inc.",
                &[
                    ("Zephyr Corp.", CompetitorOf, "Nordvik Corp."),
                    ("Zephyr Corp.", CompetitorOf, "Keltic Inc."),
                    ("Quantix Inc.", CompetitorOf, "Nordvik Corp."),
                    ("Quantix Inc.", CompetitorOf, "Keltic Inc."),
                ],
            ),
            (
                "Zephyr Corp., Quantix Inc. and Keltic Inc. are rivals of Nordvik Corp.",
                &[
                    ("Zephyr Corp.", CompetitorOf, "Nordvik Corp."),
                    ("Quantix Inc.", CompetitorOf, "Nordvik Corp."),
                    ("Keltic Inc.", CompetitorOf, "Nordvik Corp."),
                ],
            ),
            // Members of one another.
            (
                "Zephyr Corp. and Quantix Inc. are fierce rivals.",
                &[("Zephyr Corp.", CompetitorOf, "Quantix Inc.")],
            ),
            (
                "Zephyr Corp., Quantix Inc. and Keltic Inc. compete in Europe.",
                &[
                    ("Zephyr Corp.", CompetitorOf, "Quantix Inc."),
                    ("Zephyr Corp.", CompetitorOf, "Keltic Inc."),
                    ("Quantix Inc.", CompetitorOf, "Keltic Inc."),
                ],
            ),
            (
                "Zephyr Corp. and Quantix Inc. formed an alliance last year.",
                &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
            ),
            // A name that only says whose the member is: the member is
            // the name it describes.
            (
                "Zephyr Corp. and Brightwater parent company Quantix Inc. acquired Keltic Inc.",
                &[
                    ("Quantix Inc.", Acquired, "Keltic Inc."),
                    ("Zephyr Corp.", Acquired, "Keltic Inc."),
                ],
            ),
            // Two clauses joined by ", and" are no list.
            (
                "Brightwater Systems acquired Nordvik Energy, and Keltic Inc. grew.",
                &[("Brightwater Systems", Acquired, "Nordvik Energy")],
            ),
            // An apposition is no list.
            (
                "Ingrid Halvorsen, Nordvik Corp.'s chief executive, acquired Keltic Inc.",
                &[
                    ("Ingrid Halvorsen", CeoOf, "Nordvik Corp."),
                    ("Ingrid Halvorsen", Acquired, "Keltic Inc."),
                ],
            ),
        ],
    );
}
