//! The general reader on invented sentences: goods whose customer is their
//! possessor ("X's paper comes from S", "its glass is blown for it by S"),
//! and the lots gapped after such a clause.

use crate::model::RelationKind::{Acquired, BuysFrom, StakeIn, Supplies};
use crate::pipeline::relate::tests::check;

#[test]
fn goods_come_from_their_owners_supplier() {
    check(
        &[Supplies],
        &[
            (
                "Kelvara Lamps GmbH makes desk lamps in Bremen. Kelvara's glass comes from \
                 Brossmann Glaswerk of Passau.",
                &[("Brossmann Glaswerk", Supplies, "Kelvara Lamps GmbH")],
            ),
            (
                "About a third of Tolvik Saddlery's leather comes from the tannery Ostley Hides Ltd of Devon.",
                &[("Ostley Hides Ltd", Supplies, "Tolvik Saddlery")],
            ),
            // Goods bought from a seller by the clause's subject.
            (
                "Tolvik Saddlery trains its riders with saddles bought from the Devon tannery Ostley Hides Ltd in Exeter.",
                &[("Ostley Hides Ltd", Supplies, "Tolvik Saddlery")],
            ),
            (
                "Tolvik Saddlery's bags are sewn from leather bought from Ostley Hides Ltd in Exeter.",
                &[("Ostley Hides Ltd", Supplies, "Tolvik Saddlery")],
            ),
            // Goods sold by a retailer; a unit sold is no goods.
            (
                "Tolvik Saddlery's saddles are sold in Norway by the retailer Ostley Hides Ltd in Oslo.",
                &[("Tolvik Saddlery", Supplies, "Ostley Hides Ltd")],
            ),
            (
                "Tolvik Saddlery's leather unit was sold in May by Ostley Hides Ltd.",
                &[],
            ),
            // A name a preposition governs is no customer.
            (
                "The ropes, of which most are sold under the Tolvik Saddlery brand, are braided from yarn bought from Ostley Hides Ltd in Exeter.",
                &[],
            ),
            // Shares bought from someone are no goods.
            (
                "Tolvik Saddlery owns shares bought from Ostley Hides Ltd in Exeter.",
                &[],
            ),
            // Sales, money and a new boss coming from someone are no goods.
            (
                "Half of Tolvik Saddlery's sales come from Ostley Hides Ltd.",
                &[],
            ),
            (
                "Tolvik Saddlery's funding came from Ostley Capital Ltd.",
                &[],
            ),
            // The goods of a phrase's object are not the subject's.
            (
                "The price of Tolvik Saddlery's leather came from Ostley Hides Ltd.",
                &[],
            ),
        ],
    );
}

#[test]
fn goods_made_or_bought_for_their_owner() {
    check(
        &[Supplies, BuysFrom, Acquired],
        &[
            (
                "Kelvara Lamps GmbH's coloured glass is blown for it by Brossmann Glas GmbH in Passau.",
                &[("Brossmann Glas GmbH", Supplies, "Kelvara Lamps GmbH")],
            ),
            (
                "Envelope fabric is woven for Quellmoor Ballonbau by the mill Sandvig Textiles of Fukui.",
                &[("Sandvig Textiles", Supplies, "Quellmoor Ballonbau")],
            ),
            (
                "Tarnby Tractors said on Monday it had a buyer. Tarnby's batteries will be bought \
                 from the Swiss maker Voltrenn AG.",
                &[("Voltrenn AG", Supplies, "Tarnby Tractors")],
            ),
            (
                "Brellholt Kamin AB's camera robots, which film the inside of flues, are bought from \
                 the German maker Rauchtek GmbH.",
                &[("Rauchtek GmbH", Supplies, "Brellholt Kamin AB")],
            ),
            (
                "Until now Harnau Globes GmbH's globes have been sold in Asia only through the \
                 Singapore distributor Merapi Desk Supplies.",
                &[("Harnau Globes GmbH", Supplies, "Merapi Desk Supplies")],
            ),
            // Making still to come is an order, not a supply.
            (
                "Twenty sails will be made by Voilerie Kermadec SAS for Nordfrakt ASA's new ships.",
                &[],
            ),
            // A plant built by a contractor is the contractor's work, and the
            // owner of a company is no goods.
            (
                "Kelvara's new plant will be built by Brossmann Bau AG.",
                &[],
            ),
        ],
    );
}

#[test]
fn gapped_lots_after_a_supply() {
    check(
        &[Supplies, StakeIn],
        &[
            (
                "Harnau Globes GmbH's paper comes from Oberfeld Papier on the Tegernsee, and its \
                 lamps and cables from the Lüdenscheid firm Lichtmann Kabel.",
                &[
                    ("Oberfeld Papier", Supplies, "Harnau Globes GmbH"),
                    ("Lichtmann Kabel", Supplies, "Harnau Globes GmbH"),
                ],
            ),
            (
                "Vellmar Saiten GmbH buys its gut from an abattoir cooperative in Lower Austria \
                 and its silver wire from the German metals group Rennecke AG.",
                &[("Rennecke AG", Supplies, "Vellmar Saiten GmbH")],
            ),
            // A lot with a verb of its own is not gapped.
            (
                "Vellmar Saiten GmbH buys its gut from Kormann Darm AG, and its shares are held \
                 by Rennecke AG.",
                &[
                    ("Rennecke AG", StakeIn, "Vellmar Saiten GmbH"),
                    ("Kormann Darm AG", Supplies, "Vellmar Saiten GmbH"),
                ],
            ),
        ],
    );
}
