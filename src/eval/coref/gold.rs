//! MEANTIME's cross-document gold: every named mention of a person,
//! organisation, place or product with the id of its real-world instance
//! across the corpus (`intra_cross-doc_annotation`).

use std::path::Path;

use crate::eval::corpus::cat::read_cat;
use crate::eval::error::CorpusError;

/// The entity types scored: people, organisations, places, products.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "PRO"];

/// A gold named mention.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldMention {
    /// Start byte in the rebuilt text (sentences 0–5).
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// PER, ORG, LOC or PRO.
    pub ent_type: String,
    /// The cross-document instance (`instance_id`), or a document-local id
    /// for an entity the annotators linked to no instance.
    pub instance: String,
}

/// One document: its rebuilt text and its gold named mentions.
#[derive(Clone, Debug)]
pub struct CrossDoc {
    /// File name, for the report.
    pub name: String,
    /// Sentences 0–5 as text.
    pub text: String,
    /// Named mentions in text order, one per name.
    pub mentions: Vec<GoldMention>,
}

/// Parses one CAT XML file of the cross-document layer.
///
/// Gold: `ENTITY_MENTION`s of syntactic type `NAM` or `PRE.NAM` whose
/// `REFERS_TO` leads to an `ENTITY` of a scored type. A name inside another
/// name of the same instance counts once (the inner one), as in
/// `eval-entities`.
pub fn parse_cross_doc(xml: &str, path: &Path) -> Result<CrossDoc, CorpusError> {
    let cat = read_cat(xml, path)?;
    let doc_name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut gold: Vec<GoldMention> = Vec::new();
    for m in cat.markables.iter().filter(|m| m.tag == "ENTITY_MENTION") {
        if !matches!(m.attr("syntactic_type"), Some("NAM" | "PRE.NAM")) {
            continue;
        }
        let Some((start, end)) = cat.span_of(&m.tokens) else {
            continue;
        };
        let Some(target) = m.attr("m_id").and_then(|id| cat.refers_to(id)) else {
            continue;
        };
        let Some(e) = cat.entity(target) else {
            continue;
        };
        let Some(ent_type) = e.attr("ent_type").filter(|t| TYPES.contains(t)) else {
            continue;
        };
        let instance = e
            .attr("instance_id")
            .filter(|i| !i.is_empty())
            .map_or_else(|| format!("{doc_name}#{target}"), str::to_owned);
        gold.push(GoldMention {
            start,
            end,
            ent_type: ent_type.to_owned(),
            instance,
        });
    }
    let keep: Vec<bool> = gold
        .iter()
        .enumerate()
        .map(|(i, outer)| {
            !gold.iter().enumerate().any(|(j, inner)| {
                j != i
                    && inner.instance == outer.instance
                    && outer.start <= inner.start
                    && inner.end <= outer.end
                    && ((inner.start, inner.end) != (outer.start, outer.end) || j < i)
            })
        })
        .collect();
    let mut mentions: Vec<GoldMention> = gold
        .into_iter()
        .zip(keep)
        .filter_map(|(g, k)| k.then_some(g))
        .collect();
    mentions.sort_by_key(|g| (g.start, g.end));
    Ok(CrossDoc {
        name: doc_name,
        text: cat.text,
        mentions,
    })
}
