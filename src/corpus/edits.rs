//! The analyst's corrections to corpus entities: two corpus entities are
//! one (merge), or one article's entity is not the corpus entity the linker
//! put it in (split). Each names a per-article entity by its article's file
//! and its name there, so it holds when the corpus is linked again (after a
//! re-analysis, with articles added or removed); one whose article or
//! entity is gone is skipped.

use serde::{Deserialize, Serialize};

use super::member::Member;
use crate::model::Analysis;

/// One article's entity, by the article's file and the entity's name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRef {
    /// The article's file, as the corpus names it.
    pub file: String,
    /// The entity's name in that article.
    pub name: String,
}

/// A correction to the corpus entities, with provenance `manual`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum CorpusEdit {
    /// The corpus entities of `a` and `b` are one.
    Merge {
        /// An entity of the first corpus entity.
        a: EntityRef,
        /// An entity of the second.
        b: EntityRef,
    },
    /// This article's entity is a corpus entity of its own.
    Split {
        /// The entity taken out.
        entity: EntityRef,
    },
}

impl CorpusEdit {
    /// A line for the undo menu and the status bar.
    pub fn describe(&self) -> String {
        match self {
            Self::Merge { a, b } => format!("merge {} with {}", b.name, a.name),
            Self::Split { entity } => format!("split {} ({}) off", entity.name, entity.file),
        }
    }
}

/// Edits resolved to the per-article entities they name, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overrides {
    /// Entities that stand alone, before any merge.
    pub alone: Vec<Member>,
    /// Pairs joined after the linker's rules, in order.
    pub merges: Vec<(Member, Member)>,
}

impl Overrides {
    /// Resolves `edits` against the articles (`files[i]` names article `i`).
    /// A later split undoes an earlier merge of the same entity, and a
    /// later merge joins an entity split off before.
    pub fn resolve(edits: &[CorpusEdit], files: &[String], articles: &[&Analysis]) -> Self {
        let find = |r: &EntityRef| -> Option<Member> {
            let article = files.iter().position(|f| *f == r.file)?;
            let entity = articles
                .get(article)?
                .entities
                .iter()
                .position(|e| e.name == r.name)?;
            Some(Member { article, entity })
        };
        let mut out = Self::default();
        for edit in edits {
            match edit {
                CorpusEdit::Merge { a, b } => {
                    if let (Some(a), Some(b)) = (find(a), find(b)) {
                        out.merges.push((a, b));
                    }
                }
                CorpusEdit::Split { entity } => {
                    if let Some(m) = find(entity) {
                        out.merges.retain(|(a, b)| *a != m && *b != m);
                        out.alone.push(m);
                    }
                }
            }
        }
        out
    }
}
