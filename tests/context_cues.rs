//! General English news constructions beyond the sample: what the words
//! around a name say it is, parenthetical acronyms inside lists, the
//! investor behind "from X founder Y", and "-based" next to its company.

use std::sync::OnceLock;

use dossier::model::{Analysis, Document, EntityKind, RelationKind};
use dossier::pipeline::Pipeline;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().expect("bundled model loads"))
}

fn analyze(text: &str) -> Analysis {
    pipeline().analyze(Document::from_text("cues.txt", text))
}

fn kind_of(a: &Analysis, name: &str) -> EntityKind {
    let e = a
        .find_entity(name)
        .unwrap_or_else(|| panic!("{name} not found"));
    a.entities[e].kind
}

fn has(a: &Analysis, kind: RelationKind, source: &str, target: &str) -> bool {
    let (Some(s), Some(t)) = (a.find_entity(source), a.find_entity(target)) else {
        return false;
    };
    a.relations
        .iter()
        .any(|r| r.kind == kind && r.source == s && r.target == t)
}

#[test]
fn the_words_around_a_name_say_what_it_is() {
    let a = analyze(
        "Separately, Berlin-based startup Helsing raised €2m from Spotify founder Daniel Ek \
         last month. The telecom arm Jio now has 450 million users.",
    );
    assert_eq!(kind_of(&a, "Helsing"), EntityKind::Org);
    assert_eq!(kind_of(&a, "Spotify"), EntityKind::Org);
    assert_eq!(kind_of(&a, "Jio"), EntityKind::Org);
    assert_eq!(kind_of(&a, "Berlin"), EntityKind::Loc);
    assert_eq!(kind_of(&a, "Daniel Ek"), EntityKind::Person);
    assert!(has(&a, RelationKind::InvestedIn, "Daniel Ek", "Helsing"));
    assert!(!has(&a, RelationKind::InvestedIn, "Spotify", "Helsing"));
    assert!(has(&a, RelationKind::FounderOf, "Daniel Ek", "Spotify"));
    assert!(has(&a, RelationKind::LocatedIn, "Helsing", "Berlin"));
}

#[test]
fn a_parenthetical_acronym_does_not_end_a_list() {
    let a = analyze(
        "Intel competes with Advanced Micro Devices (AMD) and Taiwan Semiconductor \
         Manufacturing Co in several markets.",
    );
    assert!(has(
        &a,
        RelationKind::CompetitorOf,
        "Intel",
        "Advanced Micro Devices"
    ));
    assert!(has(
        &a,
        RelationKind::CompetitorOf,
        "Intel",
        "Taiwan Semiconductor Manufacturing Co"
    ));
}

#[test]
fn based_in_binds_to_the_company_next_to_it_only() {
    let a = analyze(
        "A spokesperson for the Burbank, California-based company said talks with several \
         suitors, including Sony Group, were ongoing.",
    );
    assert!(
        a.relations
            .iter()
            .all(|r| r.kind != RelationKind::LocatedIn),
        "{:?}",
        a.relations
    );
}

#[test]
fn roles_after_who_is_and_short_forms_in_a_sentence_case_headline() {
    let a = analyze(
        "Reliance weighs bid for media assets, sources say\n\n\
         Reliance Industries is in talks to buy the business. Daniel Ek, who is also \
         chairman of Helsing, declined to comment.",
    );
    let reliance = a.find_entity("Reliance Industries").expect("full name");
    assert_eq!(
        a.find_entity("Reliance"),
        Some(reliance),
        "the headline's short form is the full name"
    );
    assert!(has(&a, RelationKind::ChairmanOf, "Daniel Ek", "Helsing"));
}

#[test]
fn datelines_with_an_agency_roles_run_into_names_and_clause_subjects() {
    let a = analyze(
        "Chevron agrees to buy Hess\n\n\
         HOUSTON, Oct 23, 2023 (Reuters) - Chevron Corp agreed on Monday to acquire Hess Corp \
         for $53 billion. The deal comes weeks after Exxon Mobil announced it would buy \
         Pioneer Natural Resources. Chevron Chief Executive Mike Wirth said the combination \
         was strong. Sarah Chen, a senior analyst at Morningstar, agreed.",
    );
    assert!(has(&a, RelationKind::Acquired, "Chevron Corp", "Hess Corp"));
    assert!(
        a.find_entity("Reuters")
            .is_none_or(|r| a.relations.iter().all(|x| x.source != r)),
        "the agency of a dateline is no party"
    );
    assert!(has(
        &a,
        RelationKind::Acquired,
        "Exxon Mobil",
        "Pioneer Natural Resources"
    ));
    assert!(has(&a, RelationKind::CeoOf, "Mike Wirth", "Chevron Corp"));
    assert!(a.find_entity("Chevron Chief").is_none());
    assert_eq!(kind_of(&a, "Morningstar"), EntityKind::Org);
}

#[test]
fn appointments_appositive_rivals_and_relative_clauses() {
    let a = analyze(
        "Boeing named aerospace veteran Kelly Ortberg as its new chief executive on Wednesday. \
         Ortberg previously ran Rockwell Collins, which was acquired by United Technologies \
         in 2018. Airbus, Boeing's main rival, will take over some plants.",
    );
    assert!(has(&a, RelationKind::CeoOf, "Kelly Ortberg", "Boeing"));
    assert!(has(
        &a,
        RelationKind::Acquired,
        "United Technologies",
        "Rockwell Collins"
    ));
    assert!(
        !has(
            &a,
            RelationKind::Acquired,
            "United Technologies",
            "Kelly Ortberg"
        ),
        "people are not acquired"
    );
    assert_eq!(kind_of(&a, "Rockwell Collins"), EntityKind::Org);
    assert!(has(&a, RelationKind::CompetitorOf, "Airbus", "Boeing"));
}

#[test]
fn a_product_line_name_said_alone_is_the_product() {
    let a = analyze(
        "Orvane ordered 20 Keltic 350 Skylark jets. The Skylark is aimed at smaller airports.",
    );
    let product = a.find_entity("350 Skylark").expect("product found");
    assert_eq!(a.entities[product].kind, EntityKind::Product);
    assert_eq!(a.find_entity("Skylark"), Some(product));
}
