//! `Mention`: one stretch of text that names or states something.

use serde::{Deserialize, Serialize};

use super::{EntityKind, Provenance, Span};

/// One occurrence in the text: "Microsoft", "$1 billion", "the startup".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte span in the document text.
    pub span: Span,
    /// What it is.
    pub kind: EntityKind,
    /// Which stage produced it.
    pub source: Provenance,
    /// How sure that stage was, in `[0, 1]`.
    pub confidence: f32,
    /// Index of the entity it belongs to, once resolved.
    pub entity: Option<usize>,
    /// True for descriptions and pronouns ("the startup", "it") that refer to
    /// a named entity rather than name it.
    #[serde(default)]
    pub nominal: bool,
}

impl Mention {
    /// A new, unresolved mention.
    pub fn new(span: Span, kind: EntityKind, source: Provenance, confidence: f32) -> Self {
        Self {
            span,
            kind,
            source,
            confidence,
            entity: None,
            nominal: false,
        }
    }
}
