//! Trigger words derived from WordNet by `scripts/wordnet-triggers.py`
//! (the `# WordNet` blocks of the relation lists): a sample per kind read
//! through the real pipeline, and the senses the script rejects, which
//! must not read as the relation.

use super::{analysis, check};
use crate::model::RelationKind::*;

/// `(payer, payee)` of the one money figure of `text`.
fn parties(text: &str) -> (Option<String>, Option<String>) {
    let a = analysis(text);
    let name = |e: Option<usize>| e.map(|e| a.entities[e].name.clone());
    assert_eq!(a.money.len(), 1, "{text}");
    (name(a.money[0].investor), name(a.money[0].recipient))
}

#[test]
fn combine_is_a_merger_not_a_partnership() {
    check(
        &[MergedWith, PartnerOf],
        &[
            (
                "Harlow Paints Ltd and Venmore Coatings Inc have agreed to combine in an \
                 all-share deal.",
                &[("Harlow Paints Ltd", MergedWith, "Venmore Coatings Inc")],
            ),
            (
                "Paint makers Harlow Paints and Venmore to combine in share swap",
                &[("Harlow Paints", MergedWith, "Venmore")],
            ),
        ],
    );
}

#[test]
fn a_challenger_or_contender_is_a_rival() {
    check(
        &[CompetitorOf],
        &[
            (
                "Rivanna Steel Corp., a challenger to Kolberg Steel AG, raised prices.",
                &[("Rivanna Steel Corp.", CompetitorOf, "Kolberg Steel AG")],
            ),
            (
                "Dunmore Foods Inc, a contender to Ralston Mills Corp, raised prices.",
                &[("Dunmore Foods Inc", CompetitorOf, "Ralston Mills Corp")],
            ),
        ],
    );
}

#[test]
fn elected_gives_the_post() {
    check(
        &[ChairmanOf, CeoOf, EmployeeOf],
        &[(
            "Merrow Group Plc has elected Anna Lindqvist as chairman.",
            &[("Anna Lindqvist", ChairmanOf, "Merrow Group Plc")],
        )],
    );
}

#[test]
fn a_sample_of_other_kinds() {
    check(
        &[StakeIn, Announced, BuysFrom, PartnerOf, Left],
        &[
            (
                "Osric Holdings Inc, owning 30% of Bexley Tools Ltd, opposed the bid.",
                &[("Osric Holdings Inc", StakeIn, "Bexley Tools Ltd")],
            ),
            (
                "Vexel Software Inc is releasing a new version of Quill Office next month.",
                &[("Vexel Software Inc", Announced, "Quill Office")],
            ),
            (
                "Vantor Buses SpA will procure 40 buses from Sollen Motors AB.",
                &[("Vantor Buses SpA", BuysFrom, "Sollen Motors AB")],
            ),
            (
                "Tarkin Corp. has partnerships with Korlan Airways and Welby Air.",
                &[
                    ("Tarkin Corp.", PartnerOf, "Korlan Airways"),
                    ("Tarkin Corp.", PartnerOf, "Welby Air"),
                ],
            ),
            (
                "Pelham Bank announced the retirements of Anna Lindqvist and Jonas Berg.",
                &[
                    ("Anna Lindqvist", Left, "Pelham Bank"),
                    ("Jonas Berg", Left, "Pelham Bank"),
                ],
            ),
        ],
    );
}

/// Agent nouns named by the company's possessive: the creditor lends, the
/// backer and the proprietor hold, the ally is a partner.
#[test]
fn agent_nouns_of_a_possessive() {
    check(
        &[LendsTo, StakeIn, PartnerOf],
        &[
            (
                "Korvel Airlines Ltd's largest creditor, Varden Bank, agreed to the plan.",
                &[("Varden Bank", LendsTo, "Korvel Airlines Ltd")],
            ),
            (
                "Quillon Robotics Inc's biggest backer remains Halvern Capital LLC, with 21%.",
                &[("Halvern Capital LLC", StakeIn, "Quillon Robotics Inc")],
            ),
            (
                "Bexley Tools Ltd's proprietor, Osric Holdings Inc, plans to sell it.",
                &[("Osric Holdings Inc", StakeIn, "Bexley Tools Ltd")],
            ),
            (
                "Tarkin Corp.'s ally Welby Air will share the route.",
                &[("Welby Air", PartnerOf, "Tarkin Corp.")],
            ),
        ],
    );
}

#[test]
fn subsidising_and_disbursing_pay_the_object() {
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(
        parties("The city of Turin subsidizes Vantor Buses SpA with 20 million euros a year."),
        (some("Turin"), some("Vantor Buses SpA"))
    );
    assert_eq!(
        parties("The state of Saxony subsidised Eldrin Chips with 200 million euros."),
        (some("Saxony"), some("Eldrin Chips"))
    );
    assert_eq!(
        parties("The Finance Ministry disbursed $50 million to Korvel Airlines."),
        (some("Finance Ministry"), some("Korvel Airlines"))
    );
}

/// Senses the script rejects: "finance" the noun, repaying a loan,
/// "putting in" with several payers, a plural of deals, and "loans" the
/// noun (the borrower is its subject).
#[test]
fn rejected_senses_name_no_party() {
    for text in [
        "Finance Minister Tomas Berg announced that 300 billion crowns would be infused \
         into the banks.",
        "Halden Foods Inc said it would use the proceeds to repay a $180 million term loan \
         due next year.",
        "The brothers, Tarik and Selim Ozer, are putting in 6 million lira of their own, \
         the Ankara Development Agency said.",
    ] {
        assert_eq!(parties(text), (None, None), "{text}");
    }
    check(
        &[LendsTo],
        &[(
            "Korvel Airlines Ltd has loans from Varden Bank and Ostrum Bank worth $200 million.",
            &[
                ("Varden Bank", LendsTo, "Korvel Airlines Ltd"),
                ("Ostrum Bank", LendsTo, "Korvel Airlines Ltd"),
            ],
        )],
    );
    check(
        &[Acquired],
        &[(
            "The deal ends a long run of purchases for Quellin Group Inc, which bought the \
             Danish studio Marsh Print for 95 million euros in 2021.",
            &[("Quellin Group Inc", Acquired, "Marsh Print")],
        )],
    );
}
