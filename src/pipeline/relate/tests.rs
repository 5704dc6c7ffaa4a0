//! The real pipeline on invented sentences: what each family's table
//! checks is `(source, kind, target)` by entity name.

use crate::model::{RelationKind, Status};
pub(super) use crate::pipeline::tests::analysis;

/// `(source, kind, target, status)` of every relation found in `text`,
/// in order.
pub(super) fn relations(text: &str) -> Vec<(String, RelationKind, String, Status)> {
    let a = analysis(text);
    let name = |e: usize| a.entities[e].name.clone();
    a.relations
        .iter()
        .map(|r| (name(r.source), r.kind, name(r.target), r.status))
        .collect()
}

/// A text and the `(source, kind, target)` triples expected in it.
pub(super) type Case<'a> = (&'a str, &'a [(&'a str, RelationKind, &'a str)]);

/// Checks a table of cases: the relations of `kinds` found in each
/// text, in order.
pub(super) fn check(kinds: &[RelationKind], table: &[Case<'_>]) {
    for (text, want) in table {
        let got: Vec<(String, RelationKind, String)> = relations(text)
            .into_iter()
            .filter(|(_, k, _, _)| kinds.contains(k))
            .map(|(s, k, t, _)| (s, k, t))
            .collect();
        let want: Vec<(String, RelationKind, String)> = want
            .iter()
            .map(|(s, k, t)| ((*s).to_owned(), *k, (*t).to_owned()))
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }
}

#[test]
fn one_relation_per_kind_pair_and_sentence_in_text_order() {
    use RelationKind::*;
    check(
        &RelationKind::ALL,
        &[
            // Two triggers, one partnership: the symmetric pair counts once.
            (
                "Zephyr Corp. formed a partnership with Quantix Inc. and partners with Quantix Inc. on chips.",
                &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
            ),
            (
                "Zephyr Corp. acquired Quantix Inc. After the deal, it bought Keltic Inc.",
                &[
                    ("Zephyr Corp.", Acquired, "Quantix Inc."),
                    ("Zephyr Corp.", Acquired, "Keltic Inc."),
                ],
            ),
        ],
    );
}

/// The relate pass takes the sentences before the first pronoun from the
/// pronoun pass (debug builds check each against reading it again): an
/// amount before the pronoun keeps its mention, the pronoun after it still
/// stands for the subject before.
#[test]
fn sentences_before_the_first_pronoun_are_read_once() {
    use RelationKind::*;
    check(
        &[Acquired],
        &[
            (
                "Brask Ltd. reported sales of $5 million in May. Zephyr Corp. acquired \
                 Quantix Inc. After the deal, it bought Keltic Inc.",
                &[
                    ("Zephyr Corp.", Acquired, "Quantix Inc."),
                    ("Zephyr Corp.", Acquired, "Keltic Inc."),
                ],
            ),
            (
                "Keltic Inc. acquired Brask Ltd. for $7 million.",
                &[("Keltic Inc.", Acquired, "Brask Ltd.")],
            ),
        ],
    );
}

/// The trigger index: each item starts only the patterns that look for it.
#[test]
fn an_item_starts_only_the_patterns_that_look_for_it() {
    use super::{Item, PATTERNS, Pattern, deals, triggers};
    use crate::lang::Language;
    use crate::model::Span;

    let word = |w: &str| Item::Word {
        word: w.to_owned().into(),
        span: Span::default(),
    };
    let lang = Language::english().expect("English loads");
    let triggers = triggers(&lang);
    let acquire = PATTERNS
        .iter()
        .position(|(p, _)| std::ptr::fn_addr_eq(*p, deals::acquire as Pattern))
        .expect("the acquisition pattern is listed");
    // "acquired" is a word of the acquisition pattern's list.
    assert_ne!(triggers.at(&word("acquired")) & 1 << acquire, 0);
    // A word of no list, an amount and a date start nothing.
    assert_eq!(triggers.at(&word("zebra")), 0);
    assert_eq!(triggers.at(&Item::Money { mention: 0 }), 0);
    assert_eq!(triggers.at(&Item::Date { mention: 0 }), 0);
    // A role word starts the patterns that read one, and no word pattern.
    let role = Item::Title {
        word: "chief executive".to_owned(),
        span: Span::default(),
    };
    assert_ne!(triggers.at(&role), 0);
    assert_eq!(triggers.at(&role) & 1 << acquire, 0);
}

/// `holders::holder_noun`: a holder "in" the company.
#[test]
fn a_shareholder_in_a_company_holds_a_stake() {
    check(
        &[RelationKind::StakeIn],
        &[
            (
                "Helio Bank, a majority shareholder in Zephyr Corp., approved the plan.",
                &[("Helio Bank", RelationKind::StakeIn, "Zephyr Corp.")],
            ),
            (
                "Zephyr Corp. found interest in Quantix Inc. among shareholders.",
                &[],
            ),
        ],
    );
}

/// "to the Ontario pump and valve group X": the buyer past a place and a
/// description whose words a conjunction joins, never the place.
#[test]
fn a_buyer_described_by_a_place_and_joined_trade_words() {
    use RelationKind::*;
    let text = "The sale of Kestrow Pumpen GmbH, a maker of pumps in Bavaria, to the Ontario pump \
                and valve group Vellmar Industries Inc was agreed on Tuesday for 40 million euros.";
    check(
        &[Acquired],
        &[(
            text,
            &[("Vellmar Industries Inc", Acquired, "Kestrow Pumpen GmbH")],
        )],
    );
    let got = crate::pipeline::tests::money_parties(text);
    let parties = (got[0].1.as_deref(), got[0].2.as_deref());
    assert_eq!(
        parties,
        (Some("Vellmar Industries Inc"), Some("Kestrow Pumpen GmbH"))
    );
}

/// `ends_fit`: a person is no end of a dealing between organisations.
#[test]
fn a_person_is_no_partner_of_an_organisation() {
    check(
        &[RelationKind::PartnerOf],
        &[(
            "Jon Hale said the company was ending its long partnership with Zephyr Corp. and Quantix Inc.",
            &[],
        )],
    );
}

/// `units::possessed`: a company's possessive right before another
/// company's name makes that one its, unless the name only modifies a noun.
#[test]
fn a_company_possessive_before_a_name_owns_it() {
    use RelationKind::*;
    check(
        &[StakeIn],
        &[
            (
                "Tarsel Mining Ltd raised its profit. Analysts said Tarsel Mining Ltd's \
                 Brenlow Gold Corp posted a loss.",
                &[("Tarsel Mining Ltd", StakeIn, "Brenlow Gold Corp")],
            ),
            (
                "Tarsel Mining Ltd rose. Tarsel Mining Ltd's Brenlow Gold Corp deal closed on Monday.",
                &[],
            ),
            // A possessive pronoun only before a unit noun.
            (
                "Korvel Media Ltd said profit rose. It said orders at its Tarsel Broadcasting \
                 television network in Canada grew.",
                &[("Korvel Media Ltd", StakeIn, "Tarsel Broadcasting")],
            ),
        ],
    );
}

/// A description whose place form opens with describing words ("the small
/// Winnipeg-based gold prospector") still stands for a company: the head
/// noun decides, not its modifiers.
#[test]
fn a_described_company_keeps_its_place_past_describing_words() {
    use RelationKind::*;
    check(
        &[LocatedIn],
        &[(
            "Brenlow Gold Corp bid for Tarsel Mining Ltd on Monday. The bid was Brenlow Gold \
             Corp's second attempt to buy the small Winnipeg-based gold prospector.",
            &[("Tarsel Mining Ltd", LocatedIn, "Winnipeg")],
        )],
    );
}

mod frame_fix_tests;
mod pronoun_refs_tests;
mod wordnet_tests;
