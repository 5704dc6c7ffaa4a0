//! Kind repair: evidence beyond one sentence that says what an entity is.
//!
//! The tagger decides kinds token by token; the whole document and the
//! gazetteers know more. An entity whose name is listed only as an
//! organisation (and in no list of places) is an organisation; one that the
//! text calls "the startup" or that has a chief executive is one too.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::model::{Entity, EntityKind, Mention, Provenance, Relation, RelationKind};

use super::resolve::name_key;

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// First names and surnames (census and SSA lists), lower case.
static PERSON_NAMES: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    [
        include_str!("../../assets/gazetteers/per_first.txt"),
        include_str!("../../assets/gazetteers/per_last.txt"),
    ]
    .into_iter()
    .flat_map(lines)
    .map(str::to_lowercase)
    .collect()
});

/// Names listed as organisations (company indices, hand list, Factbook, WordNet).
static ORGS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    [
        include_str!("../../assets/gazetteers/org_company.txt"),
        include_str!("../../assets/gazetteers/org_hand.txt"),
        include_str!("../../assets/gazetteers/org_compromise.txt"),
    ]
    .into_iter()
    .flat_map(lines)
    .map(name_key)
    .collect()
});

/// Names listed as places (countries, regions, cities, WordNet places).
static PLACES: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    [
        include_str!("../../assets/gazetteers/loc_country.txt"),
        include_str!("../../assets/gazetteers/loc_admin.txt"),
        include_str!("../../assets/gazetteers/loc_city.txt"),
        include_str!("../../assets/gazetteers/loc_wordnet.txt"),
    ]
    .into_iter()
    .flat_map(lines)
    .map(|l| name_key(l.split(" [").next().unwrap_or(l)))
    .collect()
});

/// True when a company description follows in apposition:
/// "Anthropic, the San Francisco-based maker of …", "Acme, a software firm".
fn company_apposition(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(", ") else {
        return false;
    };
    let mut words = rest.split_whitespace();
    if !matches!(words.next(), Some("the" | "a" | "an")) {
        return false;
    }
    let heads: Vec<&str> = super::rules::NOMINAL_HEADS.split('|').collect();
    words
        .take(4)
        .map(|w| w.trim_end_matches([',', '.', ';']))
        .take_while(|w| !matches!(*w, "of" | "that" | "which" | "who" | "and"))
        .any(|w| heads.contains(&w))
}

/// Lower-case nouns that a product name modifies ("the Claude chatbot").
const PRODUCT_NOUNS: &[&str] = &[
    "chatbot",
    "chatbots",
    "app",
    "apps",
    "chip",
    "chips",
    "processor",
    "processors",
    "smartphone",
    "smartphones",
    "phone",
    "phones",
    "software",
    "browser",
    "assistant",
    "console",
    "consoles",
    "laptop",
    "laptops",
    "tablet",
    "tablets",
    "headset",
    "headsets",
    "drug",
    "vaccine",
    "jet",
    "jets",
    "aircraft",
    "airliner",
    "airliners",
    "sedan",
    "truck",
    "trucks",
    "satellite",
    "satellites",
    "rocket",
    "rockets",
    "operating",
    "platform",
    "engine",
];

/// "the Claude chatbot", "Trainium chips": a name that modifies a product
/// noun names a product.
pub fn is_product(text: &str, e: &Entity, mentions: &[Mention]) -> bool {
    e.mentions.iter().any(|&m| {
        let after = &text[mentions[m].span.end..];
        after.strip_prefix(' ').is_some_and(|rest| {
            let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
            PRODUCT_NOUNS.contains(&word.as_str())
        })
    })
}

/// True when the name is listed as an organisation ("Procter and Gamble").
pub fn is_listed_org(name: &str) -> bool {
    ORGS.contains(&name_key(name))
}

/// Retypes entities on document-wide evidence; returns how many changed.
pub fn repair(text: &str, entities: &mut [Entity], mentions: &mut [Mention]) -> usize {
    let mut changed = 0;
    for e in entities.iter_mut() {
        if !e.kind.is_name() {
            continue;
        }
        let key = name_key(&e.name);
        let described_as_company = e
            .mentions
            .iter()
            .any(|&m| mentions[m].nominal || company_apposition(text, mentions[m].span.end));
        let product = is_product(text, e, mentions);
        let listed_org = ORGS.contains(&key) && !PLACES.contains(&key);
        let new_kind = match e.kind {
            EntityKind::Person | EntityKind::Loc | EntityKind::Org
                if product && !listed_org && !described_as_company =>
            {
                EntityKind::Misc
            }
            EntityKind::Loc | EntityKind::Misc if listed_org || described_as_company => {
                EntityKind::Org
            }
            // A one-word "person" that is a listed company and no known name: "Google".
            EntityKind::Person
                if listed_org && !key.contains(' ') && !PERSON_NAMES.contains(&key) =>
            {
                EntityKind::Org
            }
            _ => e.kind,
        };
        if new_kind != e.kind {
            e.kind = new_kind;
            changed += 1;
            for &m in &e.mentions {
                mentions[m].kind = new_kind;
                if listed_org && mentions[m].source == Provenance::Model {
                    mentions[m].source = Provenance::Gazetteer;
                }
            }
        }
    }
    changed
}

/// Entities that relations treat as organisations (invested in, CEO of…)
/// but that the tagger called MISC become organisations.
pub fn repair_from_relations(
    relations: &[Relation],
    entities: &mut [Entity],
    mentions: &mut [Mention],
) {
    for r in relations {
        let org_ends: &[usize] = match r.kind {
            RelationKind::CeoOf
            | RelationKind::ChairmanOf
            | RelationKind::FounderOf
            | RelationKind::EmployeeOf => &[r.target],
            RelationKind::InvestedIn
            | RelationKind::Acquired
            | RelationKind::PartnerOf
            | RelationKind::CompetitorOf
            | RelationKind::MemberOf
            | RelationKind::Supplies => &[r.source, r.target],
            _ => &[],
        };
        for &e in org_ends {
            if let Some(entity) = entities.get_mut(e)
                && entity.kind == EntityKind::Misc
            {
                entity.kind = EntityKind::Org;
                for &m in &entity.mentions {
                    mentions[m].kind = EntityKind::Org;
                }
            }
        }
    }
}
