//! Supplies, contracts and seats on invented sentences: a supplier relied
//! on or licensed from, goods made or plants built for buyers, customers
//! named by a noun of their trade, a board seat held or given up.

use crate::model::RelationKind::{BuysFrom, ContractWith, EmployeeOf, Left, Supplies};
use crate::pipeline::relate::tests::check;

#[test]
fn a_supplier_relied_on_or_licensed_from() {
    check(
        &[Supplies],
        &[
            (
                "Calvane Pharma makes its tablets in Cork and relies on the contract \
                 manufacturer Brolund Biologics for antibodies.",
                &[("Brolund Biologics", Supplies, "Calvane Pharma")],
            ),
            (
                "Calvane Pharma has licensed slurry recovery technology from Japan's Tessho Corp.",
                &[("Tessho Corp.", Supplies, "Calvane Pharma")],
            ),
            // Relying on a partner for nothing named is no supply; a
            // product licensed names its own licence.
            ("Calvane Pharma relies on Brolund Biologics.", &[]),
            (
                "The update adds Syncwell, which Calvane Pharma has licensed from Brolund Biologics.",
                &[],
            ),
        ],
    );
}

#[test]
fn goods_bought_now_from_a_supplier() {
    check(
        &[Supplies, crate::model::RelationKind::Acquired],
        &[
            (
                "Thorvale Steel buys scrap from the recycler Vandrel Metals.",
                &[("Vandrel Metals", Supplies, "Thorvale Steel")],
            ),
            (
                "Brisca Agro makes insecticides in Dahej and buys technical-grade molecules \
                 from China's Hubeon Chemical.",
                &[("Hubeon Chemical", Supplies, "Brisca Agro")],
            ),
            // A company, a unit or a share bought is no supply; an order
            // to come is told by the orders family.
            ("Thorvale Steel buys the unit from Vandrel Metals.", &[]),
            ("Thorvale Steel will buy scrap from Vandrel Metals.", &[]),
            ("Thorvale Steel buys two tugs from Vandrel Metals.", &[]),
        ],
    );
}

#[test]
fn goods_made_for_buyers_supply_them() {
    check(
        &[Supplies],
        &[
            (
                "The deal gives Orvanne Packaging, which already makes cartons for Pellmart \
                 and Quorrin Stores in the United States, its first plants in Europe.",
                &[
                    ("Orvanne Packaging", Supplies, "Pellmart"),
                    ("Orvanne Packaging", Supplies, "Quorrin Stores"),
                ],
            ),
            // Goods built now for buyers are a supply too.
            (
                "Orvanne Trucks builds heavy trucks for the carrier Pellmart Freight and \
                 for Quorrin Leasing, which rents them out.",
                &[
                    ("Orvanne Trucks", Supplies, "Pellmart Freight"),
                    ("Orvanne Trucks", Supplies, "Quorrin Leasing"),
                ],
            ),
            // An offer made for a company, a making still to come: no supply.
            ("Orvanne Packaging made an offer for Pellmart in May.", &[]),
            (
                "Orvanne Packaging makes it easier for Pellmart to ship goods.",
                &[],
            ),
            (
                "Orvanne Packaging lost a contract to make trays for Pellmart in May.",
                &[],
            ),
        ],
    );
}

#[test]
fn plants_built_for_clients_are_contract_work() {
    check(
        &[ContractWith],
        &[(
            "Ardella Infra has built desalination plants for Quebrilla Copper and \
             Tovane Mining in Chile.",
            &[
                ("Ardella Infra", ContractWith, "Quebrilla Copper"),
                ("Ardella Infra", ContractWith, "Tovane Mining"),
            ],
        )],
    );
}

#[test]
fn customers_named_by_their_trade() {
    check(
        &[Supplies],
        &[
            (
                "Ketterby Rail hauls grain. Its biggest shippers include the grain cooperative \
                 Dalmont Growers and the fertilizer producer Ferrow Nitrogen.",
                &[
                    ("Ketterby Rail", Supplies, "Dalmont Growers"),
                    ("Ketterby Rail", Supplies, "Ferrow Nitrogen"),
                ],
            ),
            (
                "Obudike Towers Limited runs 2,000 masts in Nigeria. Its biggest tenants are \
                 Celmara Mobile and Veltro Telecom.",
                &[
                    ("Obudike Towers Limited", Supplies, "Celmara Mobile"),
                    ("Obudike Towers Limited", Supplies, "Veltro Telecom"),
                ],
            ),
        ],
    );
}

#[test]
fn board_seats_held_and_given_up() {
    check(
        &[EmployeeOf, Left],
        &[
            (
                "Sabrine Quarvell also sits on the board of the Brantwood Institute.",
                &[("Sabrine Quarvell", EmployeeOf, "Brantwood Institute")],
            ),
            // A post left is no longer held: `left` alone.
            (
                "Orvald Mennick has also agreed to give up his seat on Daelsung Heavy's board.",
                &[("Orvald Mennick", Left, "Daelsung Heavy")],
            ),
            // A seat won is left by no one.
            (
                "Orvald Mennick won a seat on Daelsung Heavy's board in May.",
                &[],
            ),
        ],
    );
}

#[test]
fn goods_the_subject_takes_made_by_a_supplier() {
    check(
        &[Supplies, BuysFrom],
        &[
            (
                "Zephyr Airways chose engines made by the British firm Keltic Propulsion, which \
                 said the contract was worth £180 million.",
                &[("Keltic Propulsion", Supplies, "Zephyr Airways")],
            ),
            (
                "Brask Dental fits dental chairs supplied by the Finnish manufacturer Orla \
                 Medical in every clinic.",
                &[("Orla Medical", Supplies, "Brask Dental")],
            ),
            (
                "Until now Zephyr Weather has launched radiosondes made by Finland's Keltic \
                 Sonde.",
                &[("Keltic Sonde", Supplies, "Zephyr Weather")],
            ),
            // An offer made by a bidder supplies nothing, nor does a maker
            // compared with others.
            (
                "Zephyr Airways rejected an offer made by Keltic Propulsion.",
                &[],
            ),
            (
                "Zephyr Balls and Brask Sports make about 90 million balls a year between \
                 them, against some 300 million made by Orla Sports.",
                &[],
            ),
        ],
    );
}
