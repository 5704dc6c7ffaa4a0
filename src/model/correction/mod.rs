//! Corrections: the user fixes what the machine got wrong. Each function
//! edits an [`Analysis`](crate::model::Analysis) in place, keeps every index
//! consistent, marks what it touched as [`Provenance::Manual`](crate::model::Provenance),
//! and returns a [`Correction`] record that the annotated JSON carries
//! (`export` writes it, `load` reads it back).
//!
//! A record names entities by name and mentions by byte span, never by
//! index, so [`reapply`] can replay it on a fresh analysis of the same text
//! (re-analysis renumbers everything).

mod entity;
mod index;
mod mention;
mod money;
mod reapply;
mod relation;

pub use entity::{delete_entity, merge, rename, set_kind};
pub use mention::{add_entity, delete_mention, split_mention};
pub use money::{MoneyEdit, edit_money};
pub use reapply::{Reapplied, reapply};
pub use relation::{add_relation, delete_relation};

use super::{EntityKind, RelationKind, Span};
pub(crate) use index::remove_entity;

/// One correction the user made, for the log, the export and re-analysis.
#[derive(Clone, Debug, PartialEq)]
pub enum Correction {
    /// An entity's kind was changed.
    SetKind {
        /// Its name at the time.
        entity: String,
        /// The kind it had.
        from: EntityKind,
        /// The kind it has now.
        to: EntityKind,
    },
    /// An entity's canonical name was changed.
    Rename {
        /// The old name.
        from: String,
        /// The new name.
        to: String,
    },
    /// A wrong mention was deleted.
    DeleteMention {
        /// Its text.
        text: String,
        /// Where it was.
        span: Span,
        /// Its kind.
        kind: EntityKind,
    },
    /// The user selected text and said what it is.
    AddEntity {
        /// The selected text.
        text: String,
        /// Where it is.
        span: Span,
        /// What it is.
        kind: EntityKind,
    },
    /// A wrong entity was deleted with all its mentions.
    DeleteEntity {
        /// Its name.
        name: String,
        /// Its kind.
        kind: EntityKind,
        /// Where its mentions were.
        spans: Vec<Span>,
    },
    /// Two entities are one: `from` was merged into `into`.
    Merge {
        /// The entity that went.
        from: String,
        /// The entity that stayed.
        into: String,
    },
    /// A mention was wrongly linked: it became an entity of its own.
    SplitMention {
        /// The entity it was split off.
        entity: String,
        /// Its text.
        text: String,
        /// Where it is.
        span: Span,
    },
    /// A relation the machine missed.
    AddRelation(RelationRecord),
    /// A wrong relation.
    DeleteRelation(RelationRecord),
    /// A money figure's amount, currency or parties were fixed.
    EditMoney {
        /// The figure as written.
        text: String,
        /// Where it is.
        span: Span,
        /// What it said before.
        from: MoneyRecord,
        /// What it says now.
        to: MoneyRecord,
    },
}

/// A relation as a record: its ends by name, its evidence by span.
#[derive(Clone, Debug, PartialEq)]
pub struct RelationRecord {
    /// What kind of link.
    pub kind: RelationKind,
    /// The source entity's name.
    pub source: String,
    /// The target entity's name.
    pub target: String,
    /// The sentence that states it.
    pub evidence: Span,
}

/// A money figure's editable facts, its parties by name.
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyRecord {
    /// The amount in units of `currency`.
    pub value: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// Who pays.
    pub payer: Option<String>,
    /// Who receives.
    pub payee: Option<String>,
}

impl MoneyRecord {
    /// "5000000 EUR, Acme → Beta".
    fn describe(&self) -> String {
        let parties = match (&self.payer, &self.payee) {
            (None, None) => String::new(),
            (p, q) => format!(
                ", {} → {}",
                p.as_deref().unwrap_or("?"),
                q.as_deref().unwrap_or("?")
            ),
        };
        format!("{} {}{parties}", self.value, self.currency)
    }
}

impl Correction {
    /// One line for the inspector, the Edit menu and the status bar.
    pub fn describe(&self) -> String {
        match self {
            Self::SetKind { entity, from, to } => {
                format!("{entity}: kind {} → {}", from.name(), to.name())
            }
            Self::Rename { from, to } => format!("renamed {from} → {to}"),
            Self::DeleteMention { text, kind, .. } => {
                format!("deleted {} mention “{text}”", kind.name())
            }
            Self::AddEntity { text, kind, .. } => format!("added {} “{text}”", kind.name()),
            Self::DeleteEntity { name, kind, spans } => {
                format!("deleted {} {name} ({} mentions)", kind.name(), spans.len())
            }
            Self::Merge { from, into } => format!("merge {from} into {into}"),
            Self::SplitMention { entity, text, .. } => format!("split “{text}” off {entity}"),
            Self::AddRelation(r) => format!(
                "added relation {} {} {}",
                r.source,
                r.kind.label(),
                r.target
            ),
            Self::DeleteRelation(r) => format!(
                "deleted relation {} {} {}",
                r.source,
                r.kind.label(),
                r.target
            ),
            Self::EditMoney { text, to, .. } => {
                format!("money “{text}” → {}", to.describe())
            }
        }
    }
}

#[cfg(test)]
mod tests;
