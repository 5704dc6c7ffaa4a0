//! MEANTIME's gold names: `ENTITY_MENTION` markables of type `NAM` or
//! `PRE.NAM` linked to a PER, ORG or LOC entity, and the names that are not
//! gold but shield the system mentions on them.

use std::path::{Path, PathBuf};

use crate::eval::corpus::cat::read_cat;
use crate::eval::error::CorpusError;

/// Why a MEANTIME mention is not gold but still shields a system mention.
pub(super) const EXCLUDED: [&str; 5] = ["PRO", "FIN", "MIX", "unlinked", "no syntactic type"];

/// A gold name: byte span into the rebuilt text and its types.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldName {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Entity type: PER, ORG or LOC.
    pub ent_type: String,
    /// `NAM` or `PRE.NAM`.
    pub syntactic: String,
}

/// A MEANTIME mention that is not gold but excuses the system mentions on it.
#[derive(Clone, Debug, PartialEq)]
pub struct ExcludedName {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// One of `EXCLUDED`: the entity type, "unlinked" or "no syntactic type".
    pub reason: &'static str,
}

/// One MEANTIME document with its gold names.
#[derive(Clone, Debug)]
pub struct EntitiesDoc {
    /// The file it came from.
    pub path: PathBuf,
    /// Sentences 0–5 as text, one line each.
    pub text: String,
    /// Gold names, in text order.
    pub names: Vec<GoldName>,
    /// Mentions excluded from the gold, in text order.
    pub excluded: Vec<ExcludedName>,
    /// Gold names dropped because a gold name of the same entity lies inside
    /// them (or has the same span).
    pub collapsed: usize,
}

/// Parses a MEANTIME CAT XML document into text, gold and excluded names.
pub fn parse_entities(xml: &str, path: &Path) -> Result<EntitiesDoc, CorpusError> {
    let cat = read_cat(xml, path)?;
    let ent_type = |entity: &str| cat.entity(entity).and_then(|m| m.attr("ent_type"));
    // (span, entity id, type, syntactic type)
    let mut gold: Vec<((usize, usize), &str, &str, &str)> = Vec::new();
    let mut excluded = Vec::new();
    for m in cat.markables.iter().filter(|m| m.tag == "ENTITY_MENTION") {
        let Some(span) = cat.span_of(&m.tokens) else {
            continue;
        };
        let syntactic = m.attr("syntactic_type").unwrap_or_default();
        let entity = m.attr("m_id").and_then(|id| cat.refers_to(id));
        let kind = entity.and_then(ent_type);
        let reason = match (syntactic, entity, kind) {
            ("NAM" | "PRE.NAM", Some(e), Some(k @ ("PER" | "ORG" | "LOC"))) => {
                gold.push((span, e, k, syntactic));
                continue;
            }
            ("NAM" | "PRE.NAM", _, Some(k)) => EXCLUDED
                .iter()
                .copied()
                .find(|r| *r == k)
                .unwrap_or("unlinked"),
            ("NAM" | "PRE.NAM", _, None) => "unlinked",
            ("", _, _) => "no syntactic type",
            _ => continue,
        };
        excluded.push(ExcludedName {
            start: span.0,
            end: span.1,
            reason,
        });
    }
    // One gold mention per name: drop a name around (or equal to, later in
    // file order) another name of the same entity.
    let keep: Vec<bool> = gold
        .iter()
        .enumerate()
        .map(|(i, (outer, entity, ..))| {
            !gold.iter().enumerate().any(|(j, (inner, other, ..))| {
                j != i
                    && other == entity
                    && outer.0 <= inner.0
                    && inner.1 <= outer.1
                    && (inner != outer || j < i)
            })
        })
        .collect();
    let collapsed = keep.iter().filter(|k| !**k).count();
    let mut names: Vec<GoldName> = gold
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|((span, _, kind, syntactic), _)| GoldName {
            start: span.0,
            end: span.1,
            ent_type: (*kind).to_owned(),
            syntactic: (*syntactic).to_owned(),
        })
        .collect();
    names.sort_by_key(|g| (g.start, g.end));
    excluded.sort_by_key(|x| (x.start, x.end));
    Ok(EntitiesDoc {
        path: cat.path,
        text: cat.text,
        names,
        excluded,
        collapsed,
    })
}
