//! `Analysis`: everything the pipeline found in one document.

use serde::{Deserialize, Serialize};

use super::{Document, Entity, EntityKind, Mention, MoneyFact, Relation, Span};

/// How precise a normalised date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// `2019`
    Year,
    /// `2019-07`
    Month,
    /// `2019-07-22`
    Day,
    /// `P4Y`
    Duration,
    /// `2019-07-22T10:00`
    Time,
}

/// A DATE mention normalised to ISO 8601.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateFact {
    /// Index of the DATE mention.
    pub mention: usize,
    /// ISO 8601 value (`2019`, `2019-07`, `P4Y`), or `None` when unknown.
    pub value: Option<String>,
    /// How precise `value` is.
    pub granularity: Granularity,
}

impl DateFact {
    /// The year this date falls in, when it names one.
    pub fn year(&self) -> Option<i32> {
        let v = self.value.as_deref()?;
        if v.starts_with('P') {
            return None;
        }
        v.get(..4)?.parse().ok()
    }
}

/// The pipeline's output for one document: the single source the GUI and
/// every export read from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The document analysed.
    pub document: Document,
    /// Sentence spans, sorted.
    pub sentences: Vec<Span>,
    /// Mentions, sorted by start and non-overlapping.
    pub mentions: Vec<Mention>,
    /// Entities, in order of first mention.
    pub entities: Vec<Entity>,
    /// Relations, in text order of their evidence.
    pub relations: Vec<Relation>,
    /// Money figures, in text order.
    pub money: Vec<MoneyFact>,
    /// Dates, in text order.
    pub dates: Vec<DateFact>,
    /// Name and version of the NER model used.
    pub model: String,
}

impl Analysis {
    /// The text of a span.
    pub fn text(&self, span: Span) -> &str {
        span.slice(&self.document.text)
    }

    /// The surface text of a mention.
    pub fn mention_text(&self, mention: usize) -> &str {
        self.mentions.get(mention).map_or("", |m| self.text(m.span))
    }

    /// Index of the sentence containing the byte offset.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        (i < self.sentences.len() && self.sentences[i].contains(offset)).then_some(i)
    }

    /// Mention index at a byte offset.
    pub fn mention_at(&self, offset: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.span.end <= offset);
        (i < self.mentions.len() && self.mentions[i].span.contains(offset)).then_some(i)
    }

    /// Entities of one kind, in order of first mention.
    pub fn entities_of(&self, kind: EntityKind) -> impl Iterator<Item = (usize, &Entity)> {
        self.entities
            .iter()
            .enumerate()
            .filter(move |(_, e)| e.kind == kind)
    }

    /// Number of mentions of each kind, in [`EntityKind::ALL`] order.
    pub fn mention_counts(&self) -> [usize; EntityKind::ALL.len()] {
        let mut counts = [0; EntityKind::ALL.len()];
        for m in &self.mentions {
            if let Some(i) = EntityKind::ALL.iter().position(|k| *k == m.kind) {
                counts[i] += 1;
            }
        }
        counts
    }

    /// Relations an entity takes part in, as source or target.
    pub fn relations_of(&self, entity: usize) -> impl Iterator<Item = (usize, &Relation)> {
        self.relations
            .iter()
            .enumerate()
            .filter(move |(_, r)| r.source == entity || r.target == entity)
    }

    /// Finds an entity by name or alias, ignoring case.
    pub fn find_entity(&self, name: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.has_alias(name))
    }

    /// Entity name, or `"?"` for a bad index.
    pub fn entity_name(&self, entity: usize) -> &str {
        self.entities.get(entity).map_or("?", |e| e.name.as_str())
    }
}
