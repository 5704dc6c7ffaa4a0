//! Loans, bailouts and contracts: invented sentences through the real pipeline.
use crate::model::RelationKind::{self, *};
use crate::pipeline::relate::tests::check;

const CREDIT: &[RelationKind] = &[LendsTo, ContractWith, InvestedIn, Acquired];

#[test]
fn loans_and_bailouts() {
    check(
        CREDIT,
        &[
            (
                "Helio Bank lent Zephyr Motors $3 billion.",
                &[("Helio Bank", LendsTo, "Zephyr Motors")],
            ),
            // Gapped clauses name more lenders, each with an amount.
            (
                "Helio Bank is lending Zephyr Motors €80 million, Nordvik Bank and Keltic \
                 Bank €35 million each, and Orvo Fund, the state export fund, the \
                 remaining 30 million.",
                &[
                    ("Helio Bank", LendsTo, "Zephyr Motors"),
                    ("Nordvik Bank", LendsTo, "Zephyr Motors"),
                    ("Keltic Bank", LendsTo, "Zephyr Motors"),
                    ("Orvo Fund", LendsTo, "Zephyr Motors"),
                ],
            ),
            // A pronoun no one resolved leaves the borrower unknown.
            (
                "Helio Bank and Nordvik Bank are lending it €3 million over five years, the Orvo Fund said.",
                &[],
            ),
            (
                "Helio Bank lent Zephyr Motors $3 billion, the filing said.",
                &[("Helio Bank", LendsTo, "Zephyr Motors")],
            ),
            (
                "Helio Bank will lend $3 billion to Zephyr Motors.",
                &[("Helio Bank", LendsTo, "Zephyr Motors")],
            ),
            (
                "Zephyr Motors will receive bridge loans from Helio Bank.",
                &[("Helio Bank", LendsTo, "Zephyr Motors")],
            ),
            (
                "Zephyr Motors will receive loans from Helio Bank and the Nordvik Fund.",
                &[
                    ("Helio Bank", LendsTo, "Zephyr Motors"),
                    ("Nordvik Fund", LendsTo, "Zephyr Motors"),
                ],
            ),
            (
                "Zephyr Motors and Quantix Inc. will receive loans from Helio Bank.",
                &[
                    ("Helio Bank", LendsTo, "Zephyr Motors"),
                    ("Helio Bank", LendsTo, "Quantix Inc."),
                ],
            ),
            // A country's possessive before the borrower only describes it.
            (
                "Helio Bank has approved a $6 million loan to Norway's Zephyr Motors Ltd.",
                &[("Helio Bank", LendsTo, "Zephyr Motors Ltd.")],
            ),
            // A place right before a company's noun only describes the
            // borrower: the name after the noun, else none.
            (
                "Helio Bank has approved a $6 million loan to Oslo steelmaker Zephyr Steel.",
                &[("Helio Bank", LendsTo, "Zephyr Steel")],
            ),
            (
                "Helio Bank throws $6 million lifeline to struggling Oslo steelmaker",
                &[],
            ),
            (
                "Helio Bank will lend $6 million to Oslo steelmaker Zephyr Steel.",
                &[("Helio Bank", LendsTo, "Zephyr Steel")],
            ),
            (
                "Helio Bank approved a $2 billion bailout of Zephyr Motors.",
                &[("Helio Bank", LendsTo, "Zephyr Motors")],
            ),
            (
                "Helio Bank will provide Quantix Inc. with a $50 million assistance package.",
                &[("Helio Bank", LendsTo, "Quantix Inc.")],
            ),
            // Capital given is an investment.
            (
                "Helio Bank will give Quantix Inc. a capital infusion of $30 billion.",
                &[("Helio Bank", InvestedIn, "Quantix Inc.")],
            ),
            // A loan with no lender named relates nothing.
            ("Zephyr Motors will receive a loan.", &[]),
            // The lender stands before the verb.
            (
                "A plan to bail out Zephyr Motors failed to win over Helio Bank.",
                &[],
            ),
            // Money asked for: the one asked, or named after "from", lends.
            (
                "Zephyr Motors asked Helio Bank for $5 billion in aid.",
                &[("Helio Bank", LendsTo, "Zephyr Motors")],
            ),
            (
                "Zephyr Motors might need as much as $3 billion from Helio Bank.",
                &[("Helio Bank", LendsTo, "Zephyr Motors")],
            ),
            (
                "Zephyr Motors arranged $450 million of financing for the first six jets from Helio Bank.",
                &[("Helio Bank", LendsTo, "Zephyr Motors")],
            ),
            // The winner of grants is their recipient, not their giver.
            (
                "Zephyr Motors won $4 billion in grants for Quantix Inc.",
                &[],
            ),
        ],
    );
}

#[test]
fn contracts_awarded() {
    check(
        CREDIT,
        &[
            (
                "Brightwater Systems wins a £13bn contract from Helio Bank.",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            (
                "Helio Bank awarded Brightwater Systems a $2 billion contract.",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            // Each contractor listed.
            (
                "Helio Bank awarded Brightwater Systems and the Austrian builder Quantix Inc. a $2 billion contract.",
                &[
                    ("Brightwater Systems", ContractWith, "Helio Bank"),
                    ("Quantix Inc.", ContractWith, "Helio Bank"),
                ],
            ),
            (
                "Helio Bank awarded a contract to Brightwater Systems.",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            // A place before a noun and the name only says where the
            // contractor is.
            (
                "Helio Bank awarded a contract to the Glasgow firm Brightwater Systems.",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            (
                "Helio Bank hands £31 mln buoy contract to Glasgow firm Brightwater Systems",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            // Past the work the contract is for.
            (
                "Helio Bank has awarded a $90 million contract to build and run its branch network to Brightwater Systems.",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            (
                "Brightwater Systems was awarded a contract by Helio Bank.",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            (
                "Helio Bank selected Brightwater Systems on Monday to build the ships.",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            // Picked for a post is no contract.
            (
                "Helio Bank selected Brightwater Systems as its partner.",
                &[],
            ),
            (
                "Brightwater Systems won a $2 billion Helio Bank contract.",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            (
                "Brightwater Systems wins €410m contract for Helio Rovers's new stadium",
                &[("Brightwater Systems", ContractWith, "Helio Rovers")],
            ),
            // "has awarded" is active.
            (
                "Helio Bank has awarded a £1.6bn contract to Brightwater Systems to maintain the ships.",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            (
                "Brightwater Systems defeated Quantix Inc. for a $2 billion contract to supply Helio Bank.",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            // A deal or tender won is a contract; a deal "with" may be
            // a partnership, and approval won for a deal is no deal won.
            (
                "Brightwater Systems won a $2 billion deal from Helio Bank to build ships.",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            (
                "Brightwater Systems won a contract with Helio Bank.",
                &[("Brightwater Systems", ContractWith, "Helio Bank")],
            ),
            ("Brightwater Systems won a deal with Helio Bank.", &[]),
            (
                "Quantix Inc. won approval for its deal from Helio Bank.",
                &[],
            ),
            // Awarding with no client before the verb names no client.
            (
                "Critics questioned the decision to award the contract to Brightwater Systems.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_described_lender_is_the_name_its_apposition_gives() {
    use crate::pipeline::tests::check_money_parties;
    // The description alone would stand for the company named before.
    let earlier = "The other 40% was bought last year by Kaskel Events AG, a Hamburg group. ";
    check_money_parties(&[
        (
            &format!(
                "{earlier}Orla Media is building a depot near Kelby, paid for with a €400,000 loan \
                 from the local savings bank, Helio Sparkasse."
            ),
            ("€400,000", Some("Helio Sparkasse"), Some("Orla Media")),
        ),
        (
            &format!(
                "{earlier}Orla Media took a €400,000 loan from the local savings bank, Helio Sparkasse, \
                 to build a depot."
            ),
            ("€400,000", Some("Helio Sparkasse"), Some("Orla Media")),
        ),
    ]);
    // A name that opens the next clause is no apposition ("…, Helio
    // Sparkasse said").
    check(
        CREDIT,
        &[(
            "Orla Media took a loan from the local savings bank, Helio Sparkasse said.",
            &[],
        )],
    );
}

#[test]
fn a_contract_handed_past_a_long_work() {
    check(
        CREDIT,
        &[
            (
                "The city of Arnholm has handed the contract to cook and deliver lunches for its \
                 86 schools and 140 day-care centres to the Heidelberg caterer Zephyr GmbH.",
                &[("Zephyr GmbH", ContractWith, "Arnholm")],
            ),
            (
                "Quantix AG has awarded a seven-year contract to keep 14 mountain passes clear of \
                 avalanches to Zephyr AG, a blasting company.",
                &[("Zephyr AG", ContractWith, "Quantix AG")],
            ),
            (
                "Arnholm Council has handed the contract to cook lunches to the caterer Zephyr GmbH.",
                &[("Zephyr GmbH", ContractWith, "Arnholm Council")],
            ),
        ],
    );
}

#[test]
fn an_amount_from_another_giver_is_not_the_loans() {
    let a = crate::pipeline::tests::analysis(
        "Brenmoor Sails will add a second hall in Tarnby, paid for with 9 million euros \
         from the Valdarne region and a loan from Castel Bank.",
    );
    let loans: Vec<_> = a.relations.iter().filter(|r| r.kind == LendsTo).collect();
    assert!(!loans.is_empty());
    assert!(loans.iter().all(|r| r.money.is_none()));
}

/// "The deal, which needs the approval of T, is financed with a loan from
/// L": a name inside the relative clause borrows nothing.
#[test]
fn a_name_in_a_relative_clause_borrows_nothing() {
    let text = "The deal, which needs the approval of Norway's Brunnhalt Trade Authority, is \
                being financed with a loan from Beauchamp.";
    check(CREDIT, &[(text, &[])]);
}

#[test]
fn the_places_whose_governments_lend() {
    check(
        CREDIT,
        &[
            // The places a plural head and "of" open act together.
            (
                "The governments of Canada and Ontario will lend $2 billion to Zephyr Motors.",
                &[
                    ("Ontario", LendsTo, "Zephyr Motors"),
                    ("Canada", LendsTo, "Zephyr Motors"),
                ],
            ),
            (
                "The states of Texas, Ohio and Utah will lend $90 million to Zephyr Motors.",
                &[
                    ("Utah", LendsTo, "Zephyr Motors"),
                    ("Texas", LendsTo, "Zephyr Motors"),
                    ("Ohio", LendsTo, "Zephyr Motors"),
                ],
            ),
        ],
    );
}

#[test]
fn a_passive_names_its_borrower_before_its_lenders() {
    check(
        &[LendsTo],
        &[
            (
                "About $800 million of the cost will be lent to Pallas Mining Ltd by Stanbrook Bank and Eastmoor Bank.",
                &[
                    ("Stanbrook Bank", LendsTo, "Pallas Mining Ltd"),
                    ("Eastmoor Bank", LendsTo, "Pallas Mining Ltd"),
                ],
            ),
            // The agent right after the verb: the subject borrows.
            (
                "Pallas Mining Ltd was lent $80 million by Stanbrook Bank.",
                &[("Stanbrook Bank", LendsTo, "Pallas Mining Ltd")],
            ),
        ],
    );
}

#[test]
fn a_contract_awarded_to_a_consortium_goes_to_its_members() {
    check(
        &[ContractWith],
        &[
            (
                "Pentire Gas has awarded a $1.1bn contract to a consortium of Arbroath Engineering and Tolsta Construction.",
                &[
                    ("Arbroath Engineering", ContractWith, "Pentire Gas"),
                    ("Tolsta Construction", ContractWith, "Pentire Gas"),
                ],
            ),
            (
                "Ostwick Power has awarded a $4bn contract to build a pipeline to its mine to a consortium of Farrow Engineering and Loman Construction.",
                &[
                    ("Farrow Engineering", ContractWith, "Ostwick Power"),
                    ("Loman Construction", ContractWith, "Ostwick Power"),
                ],
            ),
        ],
    );
}
