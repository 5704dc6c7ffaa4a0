//! The general reader on invented sentences: each construction a row of
//! the frame lexicon.

use crate::model::RelationKind::{
    Acquired, CeoOf, CompetitorOf, EmployeeOf, FounderOf, Left, LendsTo, LocatedIn, StakeIn,
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

#[test]
fn holdings_through_a_vehicle_and_shares_a_clause_leaves_unsaid() {
    check(
        &[StakeIn],
        &[
            (
                "The Oei family owns 41% of Zephyr Group through Helio Participations, while the state investor Keltic Invest holds 8%.",
                // A family is no entity: only its vehicle holds the stake.
                &[
                    ("Keltic Invest", StakeIn, "Zephyr Group"),
                    ("Helio Participations", StakeIn, "Zephyr Group"),
                ],
            ),
            (
                "Quantix Energia, which is controlled by the Oei family through its holding company Varda Holding, plans to cut its debt.",
                &[("Varda Holding", StakeIn, "Quantix Energia")],
            ),
            // A gapped clause after the share.
            (
                "Zephyr Grid is controlled by the Oei family, while the fund Pensa Equity owns 22% and employees the rest.",
                &[("Pensa Equity", StakeIn, "Zephyr Grid")],
            ),
            (
                "Zephyr Grid is 51% owned by the government, while the pension fund Pensa holds the other 49%.",
                &[("Pensa", StakeIn, "Zephyr Grid")],
            ),
            (
                "Zephyr Space is 66% owned by the state fund Helio Fund, with the shipping group Keltic Shipping holding the remaining 34%.",
                &[
                    ("Helio Fund", StakeIn, "Zephyr Space"),
                    ("Keltic Shipping", StakeIn, "Zephyr Space"),
                ],
            ),
            // ", and" after one name opens another clause: the bank is no
            // second vehicle.
            (
                "Zephyr Group owns 62% of Helio Foods through the foundation Oei Stiftung, and the regional lender Tarnwick Bank holds 9%.",
                &[
                    ("Zephyr Group", StakeIn, "Helio Foods"),
                    ("Oei Stiftung", StakeIn, "Helio Foods"),
                    ("Tarnwick Bank", StakeIn, "Helio Foods"),
                ],
            ),
        ],
    );
}

#[test]
fn every_member_of_a_list_past_what_commas_set_off() {
    check(
        &[FounderOf],
        &[
            (
                "Zephyr Group was founded in 2019 by Anna Lindqvist, a former product manager at Keltic Systems, and Boris Kell, a former banker.",
                &[
                    ("Anna Lindqvist", FounderOf, "Zephyr Group"),
                    ("Boris Kell", FounderOf, "Zephyr Group"),
                ],
            ),
            (
                "Quantix Energia was started in 2011 by two former teachers, Mara Oei and Chris Banner, in a spare room.",
                &[
                    ("Mara Oei", FounderOf, "Quantix Energia"),
                    ("Chris Banner", FounderOf, "Quantix Energia"),
                ],
            ),
        ],
    );
    check(
        &[CompetitorOf],
        &[
            (
                "Zephyr Group competes with Nordvik and with the Dutch tile maker Nordtegel, both of them larger.",
                &[
                    ("Zephyr Group", CompetitorOf, "Nordvik"),
                    ("Zephyr Group", CompetitorOf, "Nordtegel"),
                ],
            ),
            (
                "Quantix Energia competes with Ostrava Foods, which is owned by the chain Helio Brands, and with Vue Partners and Caldor Group.",
                &[
                    ("Quantix Energia", CompetitorOf, "Ostrava Foods"),
                    ("Quantix Energia", CompetitorOf, "Vue Partners"),
                    ("Quantix Energia", CompetitorOf, "Caldor Group"),
                ],
            ),
        ],
    );
    check(
        &[LocatedIn],
        &[(
            "Keltic Systems runs nine plants in Oxmere, the border counties and Tarnwick.",
            &[
                ("Keltic Systems", LocatedIn, "Oxmere"),
                ("Keltic Systems", LocatedIn, "Tarnwick"),
            ],
        )],
    );
}

#[test]
fn loans_with_or_from_a_lender_and_arrivals_in_progress() {
    check(
        &[LendsTo],
        &[
            (
                "Zephyr Group has agreed a 15-year, €180m loan with the state development bank Quantix Bank.",
                &[("Quantix Bank", LendsTo, "Zephyr Group")],
            ),
            (
                "Quantix Energia paid for the chain with a US$180 million loan from the development bank Finamex and with cash.",
                &[("Finamex", LendsTo, "Quantix Energia")],
            ),
            // A lender after "from the" governs no subject of the next loan.
            (
                "The plan is paid for with a grant from the Ministry of Roads, a loan from the state-backed Northern Bank and reserves.",
                &[],
            ),
        ],
    );
    check(
        &[Left],
        &[(
            "Boris Kell, who is joining from the crystal maker Brenna Glas, starts in May.",
            &[("Boris Kell", Left, "Brenna Glas")],
        )],
    );
    // A description before a comma and a name the clause goes on from is
    // no apposition.
    check(
        &[Acquired, StakeIn],
        &[(
            "Quantix Energia was bought in 2011 by the investment firm, Mara Oei said.",
            &[],
        )],
    );
}

#[test]
fn founders_with_a_partner_or_before_the_name_and_rivals_listed() {
    check(
        &[FounderOf, LocatedIn],
        &[
            (
                "Founded in 2015 in Oxmere by Anna Lindqvist and Boris Kell, Zephyr Robotics Inc. makes inspection drones.",
                &[
                    ("Anna Lindqvist", FounderOf, "Zephyr Robotics Inc."),
                    ("Boris Kell", FounderOf, "Zephyr Robotics Inc."),
                    ("Zephyr Robotics Inc.", LocatedIn, "Oxmere"),
                ],
            ),
            (
                "Anna Lindqvist, who founded Zephyr Robotics Inc. with Boris Kell in 2009, moved up to chairman.",
                &[
                    ("Anna Lindqvist", FounderOf, "Zephyr Robotics Inc."),
                    ("Boris Kell", FounderOf, "Zephyr Robotics Inc."),
                ],
            ),
            (
                "Zephyr Glass AG melts glass at furnaces in Oxmere and Tarnwick.",
                &[
                    ("Zephyr Glass AG", LocatedIn, "Oxmere"),
                    ("Zephyr Glass AG", LocatedIn, "Tarnwick"),
                ],
            ),
        ],
    );
    check(
        &[CompetitorOf],
        &[(
            "Zephyr Drones's rivals include the Dutch companies Keltic Aero and Quantix Robotics.",
            &[
                ("Zephyr Drones", CompetitorOf, "Keltic Aero"),
                ("Zephyr Drones", CompetitorOf, "Quantix Robotics"),
            ],
        )],
    );
}

#[test]
fn leading_the_whole_organisation_is_its_chief_executive() {
    check(
        &[CeoOf],
        &[
            (
                "Jon Hale will lead Zephyr Corp., the company said.",
                &[("Jon Hale", CeoOf, "Zephyr Corp.")],
            ),
            (
                "Zephyr Corp. is run by Jon Hale, a former manager at Keltic Inc.",
                &[("Jon Hale", CeoOf, "Zephyr Corp.")],
            ),
            (
                "Zephyr Corp. is now run by his son-in-law, Jon Hale.",
                &[("Jon Hale", CeoOf, "Zephyr Corp.")],
            ),
            // The agent is the name set off after the possessor's title.
            (
                "Zephyr Corp. will be led by Keltic Inc.'s operations director, Jon Hale.",
                &[("Jon Hale", CeoOf, "Zephyr Corp.")],
            ),
            // A unit of a company, or a description, is not the company.
            (
                "Mia Roth, who ran the Keltic Inc. hotels before joining, spoke on Monday.",
                &[],
            ),
            (
                "Zephyr Corp. named its former finance chief Mia Roth to run the joint company.",
                &[],
            ),
            // A round led by an investor is no post.
            (
                "Zephyr Corp. raised $20 million in a round led by Keltic Ventures.",
                &[],
            ),
        ],
    );
}

#[test]
fn operating_sites_somewhere_is_being_there() {
    check(
        &[LocatedIn],
        &[
            (
                "Zephyr Corp. runs 74 care homes across Cornwall and Tasmania.",
                &[
                    ("Zephyr Corp.", LocatedIn, "Cornwall"),
                    ("Zephyr Corp.", LocatedIn, "Tasmania"),
                ],
            ),
            (
                "Zephyr Corp., which operates four theme parks in Saxony, said on Monday it was for sale.",
                &[("Zephyr Corp.", LocatedIn, "Saxony")],
            ),
            // A person running something somewhere is no seat.
            (
                "Jon Hale, who ran Zephyr Corp. from a garage in Cornwall, spoke on Monday.",
                &[],
            ),
        ],
    );
}

#[test]
fn set_up_or_spun_out_by_founders() {
    check(
        &[FounderOf],
        &[
            (
                "Zephyr Corp. was set up in 2015 by the engineers Jon Hale and Mia Roth.",
                &[
                    ("Jon Hale", FounderOf, "Zephyr Corp."),
                    ("Mia Roth", FounderOf, "Zephyr Corp."),
                ],
            ),
            (
                "Zephyr Corp. was spun out of Keltic University in 2018 by the physicist Jon Hale, who is now its chairwoman.",
                &[("Jon Hale", FounderOf, "Zephyr Corp.")],
            ),
            // A reduced participle with its particle, past a date.
            (
                "Zephyr Corp., set up last year by the engineer Jon Hale, makes drones.",
                &[("Jon Hale", FounderOf, "Zephyr Corp.")],
            ),
            // Set to do something by a person is no founding.
            ("Zephyr Corp. was set to be bought, Jon Hale said.", &[]),
        ],
    );
}

#[test]
fn ranking_behind_names_rivals() {
    check(
        &[CompetitorOf],
        &[
            (
                "Zephyr Corp. ranks behind Keltic Inc. and Quantix Inc. in Europe.",
                &[
                    ("Zephyr Corp.", CompetitorOf, "Keltic Inc."),
                    ("Zephyr Corp.", CompetitorOf, "Quantix Inc."),
                ],
            ),
            (
                "Zephyr Corp. is a distant fourth in its market behind Keltic Inc.",
                &[("Zephyr Corp.", CompetitorOf, "Keltic Inc.")],
            ),
            // Behind with no ranking is no rivalry.
            ("Zephyr Corp. is the investor behind Keltic Inc.", &[]),
        ],
    );
}

#[test]
fn ranking_after_names_rivals() {
    check(
        &[CompetitorOf],
        &[
            (
                "The purchase would make Brentvale Foods the third-largest dairy in Norway after Halbrook Mejeri and Dunsley Dairy.",
                &[
                    ("Brentvale Foods", CompetitorOf, "Halbrook Mejeri"),
                    ("Brentvale Foods", CompetitorOf, "Dunsley Dairy"),
                ],
            ),
            (
                "Brentvale Foods's biggest rivals at home are Halbrook Mejeri and Dunsley Dairy.",
                &[
                    ("Brentvale Foods", CompetitorOf, "Halbrook Mejeri"),
                    ("Brentvale Foods", CompetitorOf, "Dunsley Dairy"),
                ],
            ),
            (
                "Brentvale Foods's main rival in Italy is Halbrook Mejeri, part of a larger group.",
                &[("Brentvale Foods", CompetitorOf, "Halbrook Mejeri")],
            ),
            // After with no ranking is no rivalry.
            ("Brentvale Foods grew after Halbrook Mejeri closed.", &[]),
        ],
    );
}

#[test]
fn shares_listed_with_their_preposition_again() {
    check(
        &[StakeIn],
        &[
            (
                "Brentvale Foods is 70% owned by its founder, the dairy heir Ilse Tessel, and 30% by the private-equity firm Pemvale Capital.",
                &[
                    ("Ilse Tessel", StakeIn, "Brentvale Foods"),
                    ("Pemvale Capital", StakeIn, "Brentvale Foods"),
                ],
            ),
            (
                "Brentvale Foods is 51% owned by the state holding Halbrook Invest and 49% by the investment firm Pemvale Capital.",
                &[
                    ("Halbrook Invest", StakeIn, "Brentvale Foods"),
                    ("Pemvale Capital", StakeIn, "Brentvale Foods"),
                ],
            ),
        ],
    );
}

#[test]
fn bought_in_an_object_relative_clause() {
    check(
        &[Acquired],
        &[
            (
                "Its shows are made by the studio Dunsley Media, which Brentvale Foods bought last year from Pemvale Capital.",
                &[("Brentvale Foods", Acquired, "Dunsley Media")],
            ),
            // The relative clause's verb has its own object.
            (
                "Dunsley Media, which Brentvale Foods advised, bought Pemvale Capital.",
                &[("Dunsley Media", Acquired, "Pemvale Capital")],
            ),
            // Taking control of a company buys it; of a board, nothing.
            (
                "Brentvale Foods has taken control of Dunsley Media d.o.o., a bottler of spring water.",
                &[("Brentvale Foods", Acquired, "Dunsley Media d.o.o.")],
            ),
            ("Brentvale Foods took control of the board in May.", &[]),
        ],
    );
}

#[test]
fn holders_named_by_their_rank_and_founders_after_a_date() {
    check(
        &[StakeIn, FounderOf],
        &[
            (
                "Brentvale Foods, the Austrian dairy group, has become the largest shareholder in Swedish cheese maker Olvessa AB.",
                &[("Brentvale Foods", StakeIn, "Olvessa AB")],
            ),
            (
                "Olvessa AB, founded in 2019 by the former cyclist Ilse Tessel, has 40 staff.",
                &[("Ilse Tessel", FounderOf, "Olvessa AB")],
            ),
        ],
    );
}
