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
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Names listed as organisations (company indices, hand list, Factbook, WordNet).
static ORGS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    [
        include_str!("../../assets/gazetteers/org_company.txt"),
        include_str!("../../assets/gazetteers/org_hand.txt"),
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

/// Retypes entities on document-wide evidence; returns how many changed.
pub fn repair(entities: &mut [Entity], mentions: &mut [Mention]) -> usize {
    let mut changed = 0;
    for e in entities.iter_mut() {
        if !e.kind.is_name() {
            continue;
        }
        let key = name_key(&e.name);
        let described_as_company = e.mentions.iter().any(|&m| mentions[m].nominal);
        let listed_org = ORGS.contains(&key) && !PLACES.contains(&key);
        let new_kind = match e.kind {
            EntityKind::Loc | EntityKind::Misc if listed_org || described_as_company => EntityKind::Org,
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
pub fn repair_from_relations(relations: &[Relation], entities: &mut [Entity], mentions: &mut [Mention]) {
    for r in relations {
        let org_ends: &[usize] = match r.kind {
            RelationKind::CeoOf | RelationKind::ChairmanOf | RelationKind::FounderOf | RelationKind::EmployeeOf => &[r.target],
            RelationKind::InvestedIn | RelationKind::Acquired | RelationKind::PartnerOf | RelationKind::CompetitorOf
            | RelationKind::MemberOf | RelationKind::Supplies => &[r.source, r.target],
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
