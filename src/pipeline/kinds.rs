//! Kind repair: evidence beyond one sentence that says what an entity is.
//!
//! The tagger decides kinds token by token; the whole document and the
//! gazetteers know more. An entity whose name is listed only as an
//! organisation (and in no list of places) is an organisation; one that the
//! text calls "the startup" or that has a chief executive is one too.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::model::{Entity, EntityKind, Mention, Provenance, Relation};

use super::candidate::Candidate;
use super::names::name_key;

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

/// First names alone (census and SSA lists), lower case.
static FIRST_NAMES: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    lines(include_str!("../../assets/gazetteers/per_first.txt"))
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

/// Common nouns that, right before a name, say it is an organisation:
/// "startup Helsing", "the telecom arm Jio", "chipmaker Intel".
const ORG_NOUNS_BEFORE: &[&str] = &[
    "startup",
    "start-up",
    "company",
    "firm",
    "group",
    "arm",
    "unit",
    "subsidiary",
    "carrier",
    "chipmaker",
    "lender",
    "bank",
    "insurer",
    "retailer",
    "maker",
    "developer",
    "giant",
    "conglomerate",
    "automaker",
    "carmaker",
    "operator",
    "platform",
    "airline",
    "broker",
    "fintech",
    "manufacturer",
    "supplier",
    "provider",
    "publisher",
    "studio",
    "broadcaster",
    "regulator",
    "outlet",
    "newspaper",
    "exchange",
];

/// Words that, right after a name, say it is an organisation: "Spotify
/// founder Daniel Ek", "a Disney spokesperson", "Intel executives".
const ORG_WORDS_AFTER: &[&str] = &[
    "ceo",
    "founder",
    "co-founder",
    "cofounder",
    "chairman",
    "chairwoman",
    "boss",
    "executives",
    "employees",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "shareholders",
];

/// Roles and parts that only an organisation has, before "of": "chairman
/// of Helsing" ("president of" is left out: countries have presidents).
const ORG_ROLES_OF: &[&str] = &[
    "ceo",
    "chairman",
    "chairwoman",
    "founder",
    "co-founder",
    "cofounder",
    "executive",
    "officer",
    "owner",
    "subsidiary",
    "division",
    "shareholders",
    "investors",
    "shareholder",
];

/// Jobs held at an organisation, before "at": "a senior analyst at Morningstar".
const ORG_ROLES_AT: &[&str] = &[
    "analyst",
    "analysts",
    "engineer",
    "economist",
    "strategist",
    "executive",
    "director",
    "manager",
    "researcher",
    "scientist",
    "employee",
    "employees",
    "economists",
    "professor",
    "banker",
    "trader",
    "investor",
    "partner",
];

/// What the words around one occurrence of a name say it is, if anything;
/// `Misc` for "not a person" (", which …").
fn context_kind(text: &str, span: crate::model::Span) -> Option<EntityKind> {
    let after = &text[span.end..];
    // "Berlin-based", "Burbank, California-based"
    let based = |rest: &str| rest.starts_with("-based");
    if based(after)
        || after.strip_prefix(", ").is_some_and(|rest| {
            let word_end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '.' || c == ' '))
                .unwrap_or(rest.len());
            rest[..word_end].split_whitespace().count() <= 2
                && rest[..word_end].starts_with(char::is_uppercase)
                && based(&rest[word_end..])
        })
    {
        return Some(EntityKind::Loc);
    }
    // "Rockwell Collins, which was acquired …": no person ("who").
    if after.starts_with(", which ") {
        return Some(EntityKind::Misc);
    }
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ';', ':'])
        .to_lowercase();
    let mut before = text[..span.start].split_whitespace().rev();
    let prev = before.next().unwrap_or("").to_lowercase();
    // "chairman of Helsing", "a subsidiary of Jio", "an analyst at Morningstar"
    let word_before = before
        .next()
        .map(|w| w.trim_end_matches(',').to_lowercase())
        .unwrap_or_default();
    let role_of = (prev == "of" && ORG_ROLES_OF.contains(&word_before.as_str()))
        || (prev == "at" && ORG_ROLES_AT.contains(&word_before.as_str()));
    (ORG_WORDS_AFTER.contains(&next.as_str())
        || ORG_NOUNS_BEFORE.contains(&prev.as_str())
        || role_of)
        .then_some(EntityKind::Org)
}

/// Retypes the tagger's names on what the words around them say, before
/// resolution, so every occurrence of a name and the descriptions that refer
/// to it agree: a name that is somewhere an organisation by its context
/// ("startup Helsing", "Spotify founder") and nowhere a place by it becomes
/// one, and the other way round for "Berlin-based". Listed organisations
/// and places keep their kind; a person is kept when the name starts with a
/// known first name. Returns how many names changed.
pub fn retype_by_context(text: &str, candidates: &mut [Candidate]) -> usize {
    let mut votes: rustc_hash::FxHashMap<String, (usize, usize, usize)> =
        rustc_hash::FxHashMap::default();
    for c in candidates.iter() {
        let m = &c.mention;
        if !m.kind.is_name() || m.nominal {
            continue;
        }
        let vote = votes.entry(name_key(m.span.slice(text))).or_default();
        match context_kind(text, m.span) {
            Some(EntityKind::Org) => vote.0 += 1,
            Some(EntityKind::Loc) => vote.1 += 1,
            Some(EntityKind::Misc) => vote.2 += 1,
            _ => {}
        }
    }
    let mut changed = 0;
    for c in candidates.iter_mut() {
        let m = &mut c.mention;
        if !m.kind.is_name() || m.nominal || m.source != Provenance::Model {
            continue;
        }
        let key = name_key(m.span.slice(text));
        let Some(&(org, loc, thing)) = votes.get(&key) else {
            continue;
        };
        let first_name_known = key
            .split_whitespace()
            .next()
            .is_some_and(|w| FIRST_NAMES.contains(w))
            && key.contains(' ');
        // A "person" the text treats as a thing is an organisation.
        let org = if m.kind == EntityKind::Person && loc == 0 {
            org + thing
        } else {
            org
        };
        let new_kind = match (org > 0, loc > 0) {
            (true, false)
                if m.kind != EntityKind::Org
                    && !PLACES.contains(&key)
                    // ", which" outweighs a first name: "Rockwell Collins, which …".
                    && !(m.kind == EntityKind::Person && first_name_known && thing == 0) =>
            {
                EntityKind::Org
            }
            (false, true) if m.kind != EntityKind::Loc && !ORGS.contains(&key) => EntityKind::Loc,
            _ => continue,
        };
        m.kind = new_kind;
        changed += 1;
    }
    changed
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
        for (e, kind) in r.implied_kinds() {
            if let Some(entity) = entities.get_mut(e)
                && entity.kind == EntityKind::Misc
            {
                entity.kind = kind;
                for &m in &entity.mentions {
                    mentions[m].kind = kind;
                }
            }
        }
    }
}
