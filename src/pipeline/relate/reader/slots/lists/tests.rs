//! The general reader on invented sentences of deals between companies:
//! rivals by rank, owners and buyers in object relatives, supplies bought
//! so far or sold through retailers.

use crate::model::RelationKind::{Acquired, CompetitorOf, FounderOf, PartnerOf, StakeIn, Supplies};
use crate::pipeline::relate::tests::check;

#[test]
fn rivals_by_rank_after_a_long_relative_or_a_description() {
    check(
        &[CompetitorOf],
        &[
            (
                "Zephyr Corp., which also runs a factory in Oxmere and 40 repair shops under the Velo name in Tarnwick, is a distant fourth in its market behind Quantix Inc. and Keltic Systems Inc.",
                &[
                    ("Zephyr Corp.", CompetitorOf, "Quantix Inc."),
                    ("Zephyr Corp.", CompetitorOf, "Keltic Systems Inc."),
                ],
            ),
            (
                "Zephyr Corp. agreed to buy Helio Brands. The Oxmere-based buyer, which ranks behind Quantix Inc. and Keltic Systems Inc. in Europe, will pay in cash.",
                &[
                    ("Zephyr Corp.", CompetitorOf, "Quantix Inc."),
                    ("Zephyr Corp.", CompetitorOf, "Keltic Systems Inc."),
                ],
            ),
            // Behind with no ranking is no rivalry.
            (
                "Zephyr Corp., which also runs a factory in Oxmere, stood behind Quantix Inc. in the dispute.",
                &[],
            ),
        ],
    );
}

#[test]
fn rivals_one_goes_up_against_or_vies_with() {
    check(
        &[CompetitorOf],
        &[
            (
                "In the north Zephyr Corp. will go up against Quantix Inc., the market leader, and against Keltic Systems Inc. of Tarnwick.",
                &[
                    ("Zephyr Corp.", CompetitorOf, "Quantix Inc."),
                    ("Zephyr Corp.", CompetitorOf, "Keltic Systems Inc."),
                ],
            ),
            (
                "Zephyr Corp. vies for orders with Quantix Inc. and with Keltic Systems Inc.",
                &[
                    ("Zephyr Corp.", CompetitorOf, "Quantix Inc."),
                    ("Zephyr Corp.", CompetitorOf, "Keltic Systems Inc."),
                ],
            ),
            // Prices that went up are no rivals.
            ("Prices at Zephyr Corp. went up by 4% in May.", &[]),
        ],
    );
}

#[test]
fn owners_and_buyers_of_an_object_relative() {
    check(
        &[StakeIn, Acquired],
        &[
            (
                "It competes with Quantix Klavier GmbH, which Keltic Systems Inc. has owned since 2008.",
                &[("Keltic Systems Inc.", StakeIn, "Quantix Klavier GmbH")],
            ),
            (
                "Quantix Outdoor AB, which the buyout firm Keltic Partners took over in 2022, makes tents.",
                &[("Keltic Partners", Acquired, "Quantix Outdoor AB")],
            ),
            (
                "Quantix Outdoor AB, which the buyout firm Keltic Partners took to court in 2022, makes tents.",
                &[],
            ),
            (
                "Zephyr Holz GmbH itself belongs to the logistics group Keltic Gruppe, whose owner Anna Lindqvist lives in Oslo.",
                &[
                    ("Keltic Gruppe", StakeIn, "Zephyr Holz GmbH"),
                    // "whose owner": the owner of the name before the comma.
                    ("Anna Lindqvist", StakeIn, "Keltic Gruppe"),
                ],
            ),
            // A family is no owner of its own (GUIDE); the company after it is.
            (
                "Zephyr Holz GmbH belongs to the Van Oxmere family, who own 75%, and to the investment company Keltic Beteiligungen AG.",
                &[("Keltic Beteiligungen AG", StakeIn, "Zephyr Holz GmbH")],
            ),
        ],
    );
}

#[test]
fn goods_bought_so_far_or_sold_through_retailers_are_supplied() {
    check(
        &[Supplies],
        &[
            (
                "Zephyr Salt AS, based in Oxmere, has until now bought its salt from the Dutch producer Quantix BV and from Keltic AG of Tarnwick.",
                &[
                    ("Quantix BV", Supplies, "Zephyr Salt AS"),
                    ("Keltic AG", Supplies, "Zephyr Salt AS"),
                ],
            ),
            // One purchase of a stake is no supply.
            (
                "Zephyr Salt AS bought its stake from Quantix BV in 2019.",
                &[],
            ),
            (
                "Zephyr Water Ltd. bottles water near Oxmere and sells most of it in Slovenia, Croatia and Austria through the retailers Quantix Markets Ltd. and Keltic Retail Ltd.",
                &[
                    ("Zephyr Water Ltd.", Supplies, "Quantix Markets Ltd."),
                    ("Zephyr Water Ltd.", Supplies, "Keltic Retail Ltd."),
                ],
            ),
            (
                "Zephyr Foods makes dog food in Oxmere and sells it through Quantix Stores, Keltic Retail Ltd. and the online retailer Velopet.",
                &[
                    ("Zephyr Foods", Supplies, "Quantix Stores"),
                    ("Zephyr Foods", Supplies, "Keltic Retail Ltd."),
                    ("Zephyr Foods", Supplies, "Velopet"),
                ],
            ),
        ],
    );
}

#[test]
fn a_gapped_clause_names_a_second_holder() {
    check(
        &[StakeIn],
        &[
            (
                "Rigi Kapital AG owns 29% of Zephyr Hör AG and Keltic Vorsorge AG 14%.",
                &[
                    ("Rigi Kapital AG", StakeIn, "Zephyr Hör AG"),
                    ("Keltic Vorsorge AG", StakeIn, "Zephyr Hör AG"),
                ],
            ),
            // The gapped clause's holder behind describing words.
            (
                "The state fund Rigi Kapital AG owns 50.1% of Zephyr Hör AG, and the \
                 energy company Keltic Vorsorge AG 10%.",
                &[
                    ("Rigi Kapital AG", StakeIn, "Zephyr Hör AG"),
                    ("Keltic Vorsorge AG", StakeIn, "Zephyr Hör AG"),
                ],
            ),
            (
                "Rigi Kapital AG owns 29% of Zephyr Hör AG and Keltic Vorsorge AG.",
                &[
                    ("Rigi Kapital AG", StakeIn, "Zephyr Hör AG"),
                    ("Rigi Kapital AG", StakeIn, "Keltic Vorsorge AG"),
                ],
            ),
        ],
    );
}

#[test]
fn working_jointly_with_a_company_is_a_partnership() {
    check(
        &[PartnerOf],
        &[
            (
                "Zephyr Seeds AB runs a new wheat programme jointly with Keltic Labs Ltd.",
                &[("Zephyr Seeds AB", PartnerOf, "Keltic Labs Ltd.")],
            ),
            // With no company after it, working together names no partner.
            (
                "Zephyr Seeds AB and its staff worked together with care.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_relative_named_after_her_husband_is_a_member_too() {
    check(
        &[FounderOf, StakeIn],
        &[
            (
                "Zephyr Corp. was founded in 2004 by Mia Roth and her husband Jon Hale.",
                &[
                    ("Mia Roth", FounderOf, "Zephyr Corp."),
                    ("Jon Hale", FounderOf, "Zephyr Corp."),
                ],
            ),
            (
                "Zephyr Corp. is owned by Mia Roth and her brother, Jon Hale.",
                &[
                    ("Mia Roth", StakeIn, "Zephyr Corp."),
                    ("Jon Hale", StakeIn, "Zephyr Corp."),
                ],
            ),
            // No noun of kinship: no member.
            (
                "Zephyr Corp. is owned by Mia Roth and her colleague, Jon Hale.",
                &[("Mia Roth", StakeIn, "Zephyr Corp.")],
            ),
        ],
    );
}

#[test]
fn a_share_of_whose_arm_is_no_unit_of_its_company() {
    check(
        &[StakeIn],
        &[
            // Not read backwards as the arm of the company its share is of.
            (
                "Zephyr Corp., whose venture arm owns 25% of Quantix Inc., makes drones.",
                &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
            ),
        ],
    );
}

#[test]
fn rivals_listed_past_their_places_and_descriptions() {
    check(
        &[CompetitorOf],
        &[
            // A member's place after "of", set off or not, and a plural
            // description of the names after it.
            (
                "Tarvel Hoses's rivals are Quonset Inc, of York, and the American makers Brimble and Sackett.",
                &[
                    ("Tarvel Hoses", CompetitorOf, "Quonset Inc"),
                    ("Tarvel Hoses", CompetitorOf, "Brimble"),
                    ("Tarvel Hoses", CompetitorOf, "Sackett"),
                ],
            ),
            (
                "Tarvel Hoses's nearest competitors are Pemberly of Sweden and the Latvian exporter Corlin Sia.",
                &[
                    ("Tarvel Hoses", CompetitorOf, "Pemberly"),
                    ("Tarvel Hoses", CompetitorOf, "Corlin Sia"),
                ],
            ),
            // The rivals set off after the trigger's phrase.
            (
                "Tarvel Hoses's larger rivals in the market, Pemberly of Sweden and the German group Ketterby Schlauch, have each grown.",
                &[
                    ("Tarvel Hoses", CompetitorOf, "Pemberly"),
                    ("Tarvel Hoses", CompetitorOf, "Ketterby Schlauch"),
                ],
            ),
            (
                "Tarvel Hoses's nearest rival, the Leeds hose maker Fenwhick Ltd, opened a plant in 2024.",
                &[("Tarvel Hoses", CompetitorOf, "Fenwhick Ltd")],
            ),
            // After "be".
            (
                "Tarvel Hoses's competitors will be Quonset Inc of Sweden and the German firm Ketterby Schlauch.",
                &[
                    ("Tarvel Hoses", CompetitorOf, "Quonset Inc"),
                    ("Tarvel Hoses", CompetitorOf, "Ketterby Schlauch"),
                ],
            ),
            // A comma after the phrase that sets off no names.
            (
                "Tarvel Hoses's rivals, however, have grown faster than Quonset Inc.",
                &[],
            ),
        ],
    );
}

#[test]
fn goods_bought_in_an_object_relative_clause() {
    check(
        &[Supplies],
        &[
            (
                "Each hose is fitted with brass taps, which Tarvel Hoses imports from Brimble Metals in Bristol.",
                &[("Brimble Metals", Supplies, "Tarvel Hoses")],
            ),
            (
                "Tarvel Hoses makes garden hoses from rubber, which Tarvel buys from the Leeds firm Quonset Rubber.",
                &[("Quonset Rubber", Supplies, "Tarvel Hoses")],
            ),
            // No goods: a business bought.
            (
                "Tarvel Hoses sold the unit, which Sackett Ltd bought from Quonset Rubber in 2019.",
                &[],
            ),
            // A subject relative: no gap.
            (
                "Tarvel Hoses, which buys from Quonset Rubber, makes hoses.",
                &[],
            ),
        ],
    );
}
