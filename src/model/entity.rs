//! `Entity`: the thing several mentions refer to.

use serde::{Deserialize, Serialize};

use super::EntityKind;

/// One real-world thing: a person, company, place, amount…
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// Canonical name: the fullest form found in the text.
    pub name: String,
    /// Distinct surface forms, in order of first appearance.
    pub aliases: Vec<String>,
    /// Indices of its mentions, in text order.
    pub mentions: Vec<usize>,
    /// How each mention was linked to the entity (the resolution chain).
    #[serde(default)]
    pub links: Vec<AliasLink>,
}

/// Why one mention was linked to its entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AliasLink {
    /// The mention that was linked.
    pub mention: usize,
    /// The rule that linked it: `"exact"`, `"possessive"`, `"surname"`, …
    pub rule: String,
}

impl Entity {
    /// True when any alias equals `s`, ignoring case.
    pub fn has_alias(&self, s: &str) -> bool {
        self.name.eq_ignore_ascii_case(s) || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(s))
    }
}
