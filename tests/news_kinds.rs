//! Kinds that news needs, on invented sentences through the whole pipeline:
//! nationality and group words (never organisations, places or relation
//! ends) and government bodies (organisations).

use std::sync::OnceLock;

use dossier::model::{Analysis, Document, EntityKind, RelationKind};
use dossier::pipeline::Pipeline;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().expect("bundled model loads"))
}

fn analyze(text: &str) -> Analysis {
    pipeline().analyze(Document::from_text("kinds.txt", text))
}

fn kind_of(a: &Analysis, name: &str) -> EntityKind {
    let e = a
        .entities
        .iter()
        .position(|e| e.name == name)
        .unwrap_or_else(|| panic!("{name} not found"));
    a.entities[e].kind
}

fn relation_ends(a: &Analysis) -> Vec<(RelationKind, EntityKind, EntityKind)> {
    a.relations
        .iter()
        .map(|r| (r.kind, a.entities[r.source].kind, a.entities[r.target].kind))
        .collect()
}

#[test]
fn nationality_words_are_their_own_kind_and_never_relate() {
    let a = analyze(
        "The Russian acquired Brantley Systems in March. Americans invested $5 million in \
         Brantley Systems. Russian carrier Velmora Air acquired Orbis Holdings Inc. in \
         May, a Japanese deal. Europeans and Kremlin-owned lenders welcomed the Sino-American talks.",
    );
    for name in [
        "Russian",
        "Americans",
        "Japanese",
        "Europeans",
        "Kremlin-owned",
        "Sino-American",
    ] {
        assert_eq!(kind_of(&a, name), EntityKind::Nationality, "{name}");
    }
    let ends = relation_ends(&a);
    assert!(
        ends.iter()
            .all(|(_, s, t)| s.can_relate() && t.can_relate()),
        "a nationality word as a relation end: {ends:?}"
    );
    // The sentence's real relation survives the nationality word before the name.
    let acquired = a.relations.iter().any(|r| {
        r.kind == RelationKind::Acquired
            && a.entities[r.source].name == "Velmora Air"
            && a.entities[r.target].name == "Orbis Holdings Inc."
    });
    assert!(acquired, "{:?}", a.relations);
}

#[test]
fn government_bodies_are_organisations_apart_from_their_country() {
    let a = analyze(
        "The Russian government said Russian banks would lend Velmora Air $300 million. \
         The government of Canada and the US Treasury backed Plextor Motors, while the \
         Ministry of Transport awarded a contract to Valdren Systems. The US economy grew.",
    );
    for name in [
        "Russian government",
        "government of Canada",
        "Ministry of Transport",
        "Velmora Air",
    ] {
        assert_eq!(kind_of(&a, name), EntityKind::Org, "{name}");
    }
    // The nationality word and the place stay entities of their own.
    assert_eq!(kind_of(&a, "Russian"), EntityKind::Nationality);
    assert_eq!(kind_of(&a, "US"), EntityKind::Loc);
}

#[test]
fn products_are_their_own_kind_and_an_order_is_no_takeover_of_the_model() {
    let a = analyze(
        "Velmora Air has negotiated the purchase of 22 new Boeing 787 Dreamliners and five \
         Airbus A350 XWB jets. Customers queued for the zPhone 4 and the new zPad.",
    );
    for name in [
        "Boeing 787 Dreamliners",
        "Airbus A350 XWB",
        "zPhone 4",
        "zPad",
    ] {
        assert_eq!(kind_of(&a, name), EntityKind::Product, "{name}");
    }
    // The makers stay organisations of their own, sellers for relations.
    for name in ["Boeing", "Airbus"] {
        assert_eq!(kind_of(&a, name), EntityKind::Org, "{name}");
    }
    assert!(
        a.entities.iter().all(|e| e.kind != EntityKind::Person),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_model_and_its_plural_are_one_product() {
    let a = analyze(
        "Velmora Air ordered 18 K350s from Korvin. The K350 will fly in 2027, and more K350s \
         follow.",
    );
    let products: Vec<&str> = a
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Product)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(products.len(), 1, "{products:?}");
}

#[test]
fn a_listed_company_of_several_words_is_no_person() {
    // A gazetteer test needs a listed name: the company list holds this one.
    let a = analyze("Lockheed Martin said on Monday it would hire 500 engineers in Texas.");
    assert_eq!(kind_of(&a, "Lockheed Martin"), EntityKind::Org);
}

#[test]
fn a_name_described_as_a_company_is_no_person() {
    let a =
        analyze("Yesterday Brandvik, another carmaker, released a list of plants it would close.");
    assert_eq!(kind_of(&a, "Brandvik"), EntityKind::Org);
}

#[test]
fn a_person_described_by_a_post_stays_a_person() {
    let a = analyze("Yesterday Jon Hale, a bank executive, said the plants would close.");
    assert_eq!(kind_of(&a, "Jon Hale"), EntityKind::Person);
}

#[test]
fn a_company_noun_opening_a_sentence_is_no_part_of_the_name() {
    let a = analyze("Carmaker Brandvik Motors said on Monday it would close two plants.");
    assert_eq!(kind_of(&a, "Brandvik Motors"), EntityKind::Org);
}

#[test]
fn a_dateline_agency_is_no_acronym_and_the_headline_keeps_whole_names() {
    let a = analyze(
        "Tarsia Air orders 30 jets, names new chief\n\nRIGA (AP) — Tarsia Air has ordered 30 \
         Orvane jets, the carrier said on Tuesday.",
    );
    assert_eq!(kind_of(&a, "RIGA"), EntityKind::Loc);
    assert_eq!(kind_of(&a, "AP"), EntityKind::Org);
    assert_eq!(kind_of(&a, "Tarsia Air"), EntityKind::Org);
    // The headline's "Tarsia Air" is a mention of the body's, not two names.
    let tarsia = a
        .entities
        .iter()
        .find(|e| e.name == "Tarsia Air")
        .expect("found");
    let names = tarsia
        .mentions
        .iter()
        .filter(|&&m| !a.mentions[m].nominal)
        .count();
    assert_eq!(names, 2);
    assert!(
        !a.entities
            .iter()
            .any(|e| e.name == "Tarsia" || e.name == "Air")
    );
}

#[test]
fn a_name_before_a_product_noun_is_the_product_but_a_listed_place_stays() {
    let a = analyze(
        "Tarnvik Motor Co said its joint venture makes Quorrel motorcycles at two plants. \
         Tarnvik Motor Co said United States vehicle sales fell 12 percent in March.",
    );
    assert_eq!(kind_of(&a, "Quorrel"), EntityKind::Product);
    assert_eq!(kind_of(&a, "United States"), EntityKind::Loc);
}
