//! Deals: invented sentences through the real pipeline.
use crate::model::RelationKind::{self, *};
use crate::pipeline::relate::tests::{analysis, check};

const DEALS: &[RelationKind] = &[InvestedIn, Acquired, Supplies, StakeIn];

#[test]
fn investments() {
    check(
        DEALS,
        &[
            (
                "Helio Capital invested $50 million in Quantix Inc.",
                &[("Helio Capital", InvestedIn, "Quantix Inc.")],
            ),
            // The lead investor of a round.
            (
                "Quantix Inc. raised $640 million in a funding round led by Helio Capital.",
                &[("Helio Capital", InvestedIn, "Quantix Inc.")],
            ),
            // The buyer's possessive before an amount and an adjective.
            (
                "Regulators sued to block Zephyr Corp.'s proposed $2 billion acquisition of Quantix Inc.",
                &[("Zephyr Corp.", Acquired, "Quantix Inc.")],
            ),
            // A possessive's noun the apposition names.
            (
                "Zephyr Corp. has bought out its largest franchisee, the Cypriot \
                 operator Quantix Inc., for 64 million euros.",
                &[("Zephyr Corp.", Acquired, "Quantix Inc.")],
            ),
            (
                "The investment firm Helio Capital sold Quantix Inc. to Zephyr Corp. \
                 for $40 million.",
                &[("Zephyr Corp.", Acquired, "Quantix Inc.")],
            ),
            (
                "Zephyr Corp.'s investment in Quantix Inc. was large.",
                &[("Zephyr Corp.", InvestedIn, "Quantix Inc.")],
            ),
            (
                "Quantix Labs, which is backed by Helio Capital, grew fast.",
                &[("Helio Capital", InvestedIn, "Quantix Labs")],
            ),
            (
                "Quantix Labs raised $20 million from Helio Capital.",
                &[("Helio Capital", InvestedIn, "Quantix Labs")],
            ),
            // The lead past a nationality that only describes it.
            (
                "Quantix Inc. raised €42 million in a funding round led by the Irish venture fund Helio Capital.",
                &[("Helio Capital", InvestedIn, "Quantix Inc.")],
            ),
            // A "from" the investors' group follows, not a name.
            (
                "Last year Quantix Inc. raised $35 million from investors in a funding round led by the venture capital firm Helio Capital.",
                &[("Helio Capital", InvestedIn, "Quantix Inc.")],
            ),
            (
                "Quantix Inc. raised €65m in February from a group of investors led by Helio Capital, the venture arm of Zephyr Bank.",
                &[
                    ("Helio Capital", InvestedIn, "Quantix Inc."),
                    ("Zephyr Bank", StakeIn, "Helio Capital"),
                ],
            ),
            // A second "from" after the lead names another investor.
            (
                "Quantix Inc. raised 300 million kronor in September from investors led by the Norwegian media group Helio Capital, which now owns 34% of the company, and from the state fund Zephyr Invest.",
                &[
                    ("Helio Capital", InvestedIn, "Quantix Inc."),
                    ("Zephyr Invest", InvestedIn, "Quantix Inc."),
                    ("Helio Capital", StakeIn, "Quantix Inc."),
                ],
            ),
            // The person after a title is the investor.
            (
                "Quantix Inc. raised €20 million from Zephyr Corp. founder Lena Vogt.",
                &[("Lena Vogt", InvestedIn, "Quantix Inc.")],
            ),
        ],
    );
}

#[test]
fn the_investor_of_an_unclaimed_amount_is_the_subject_of_an_investment_sentence() {
    for (text, investor, recipient) in [
        (
            "Helio Capital invested $50 million in Quantix Inc.",
            Some("Helio Capital"),
            Some("Quantix Inc."),
        ),
        // No relation, but an investment word: the subject invests.
        (
            "Keltic Inc. holds a stake worth $5 million.",
            Some("Keltic Inc."),
            None,
        ),
        ("Keltic Inc. reported sales of €5 million.", None, None),
        (
            "Keltic Inc. will inject 180 million euros of fresh capital into Quantix Inc., \
             its consumer-credit arm.",
            Some("Keltic Inc."),
            Some("Quantix Inc."),
        ),
    ] {
        let a = analysis(text);
        let name = |e: Option<usize>| e.map(|e| a.entities[e].name.as_str());
        assert_eq!(a.money.len(), 1, "{text}");
        assert_eq!(
            (name(a.money[0].investor), name(a.money[0].recipient)),
            (investor, recipient),
            "{text}"
        );
    }
}

#[test]
fn acquisitions() {
    check(
        DEALS,
        &[
            // A phrasal takeover, active and passive; a post taken over
            // is no company.
            (
                "Zephyr Corp. took over Quantix Inc. in 1996.",
                &[("Zephyr Corp.", Acquired, "Quantix Inc.")],
            ),
            (
                "Quantix Inc. was taken over by Zephyr Corp. last year.",
                &[("Zephyr Corp.", Acquired, "Quantix Inc.")],
            ),
            ("Jon Hale took over as chief of Quantix Inc. in May.", &[]),
            (
                "Brightwater Systems acquired Nordvik Energy for $2 billion.",
                &[("Brightwater Systems", Acquired, "Nordvik Energy")],
            ),
            (
                "Nordvik Energy was acquired by Brightwater Systems.",
                &[("Brightwater Systems", Acquired, "Nordvik Energy")],
            ),
            // A passive's agent behind describing words.
            (
                "Nordvik Energy, which has made kettles in Brönd since 1901, has been \
                 bought by the French appliance group Brightwater Systems SA for £38m.",
                &[("Brightwater Systems SA", Acquired, "Nordvik Energy")],
            ),
            (
                "Nordvik Energy is being bought by the group Brightwater Systems SA.",
                &[("Brightwater Systems SA", Acquired, "Nordvik Energy")],
            ),
            (
                "Nordvik Energy was bought by the founder of Brightwater Systems SA.",
                &[],
            ),
            (
                "Brightwater Systems' acquisition of Nordvik Energy closed.",
                &[("Brightwater Systems", Acquired, "Nordvik Energy")],
            ),
            // A noun's "by" names the buyer.
            (
                "The takeover of Nordvik Energy by the Leeds utility group Brightwater Systems was cleared.",
                &[("Brightwater Systems", Acquired, "Nordvik Energy")],
            ),
            // Its "of" past a nationality and describing words too; the
            // one who clears the deal buys nothing.
            (
                "Regulators cleared the acquisition of Danish dairy group Nordvik Energy by Welsh utility Brightwater Systems.",
                &[("Brightwater Systems", Acquired, "Nordvik Energy")],
            ),
            (
                "The Commission approves takeover of the Lisbon bakery chain Nordvik Energy SA by Brightwater Systems Ltd.",
                &[("Brightwater Systems Ltd.", Acquired, "Nordvik Energy SA")],
            ),
            (
                "Brightwater Systems is buying Nordvik Energy.",
                &[("Brightwater Systems", Acquired, "Nordvik Energy")],
            ),
            // A bid is no acquisition (the dev golds give a bid none).
            (
                "Brightwater Systems made a $5 billion bid for Nordvik Energy.",
                &[],
            ),
            // Past a description of the company bought.
            (
                "Brightwater Systems acquired Norwegian offshore wind developer Nordvik Energy in 2020.",
                &[("Brightwater Systems", Acquired, "Nordvik Energy")],
            ),
            (
                "Brightwater Systems bought new Danish turbines for Nordvik Energy last year.",
                &[],
            ),
            // A share bought is a stake.
            (
                "Brightwater Systems bought 49% of Nordvik Energy.",
                &[("Brightwater Systems", StakeIn, "Nordvik Energy")],
            ),
            // Phrasal verbs: "snapped up", "took over", "taken over by".
            (
                "Last year Corvix Labs snapped up Danish sensor maker Eldra Systems.",
                &[("Corvix Labs", Acquired, "Eldra Systems")],
            ),
            (
                "Corvix Labs took over Eldra Systems in 2019.",
                &[("Corvix Labs", Acquired, "Eldra Systems")],
            ),
            (
                "Eldra Systems was taken over by Corvix Labs.",
                &[("Corvix Labs", Acquired, "Eldra Systems")],
            ),
            // The buyer a place describes is the company.
            (
                "Eldra Systems was acquired by Antwerp-based Corvix Labs.",
                &[("Corvix Labs", Acquired, "Eldra Systems")],
            ),
            // Taking over a post is no acquisition.
            (
                "Mara Velk took over as chief executive of Eldra Systems.",
                &[],
            ),
            // Bought from a store is no acquisition of its owner.
            (
                "Zephyr Corp. said apps were purchased from Quantix Inc.'s store.",
                &[],
            ),
        ],
    );
}

#[test]
fn supply() {
    check(
        DEALS,
        &[
            (
                "Sunpeak Solar will provide panels to Keltic Foods.",
                &[("Sunpeak Solar", Supplies, "Keltic Foods")],
            ),
            (
                "Zephyr Corp. sells chips to Keltic Inc.",
                &[("Zephyr Corp.", Supplies, "Keltic Inc.")],
            ),
            // A customer behind an article and a description, and the
            // one listed with it.
            (
                "Brentvale Foods sells most of its cheese to the supermarket chains Ravnmark and Skelholm Markets.",
                &[
                    ("Brentvale Foods", Supplies, "Ravnmark"),
                    ("Brentvale Foods", Supplies, "Skelholm Markets"),
                ],
            ),
        ],
    );
}
