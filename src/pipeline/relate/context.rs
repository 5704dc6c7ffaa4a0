//! What the relate stage reads about a document.

use crate::lang::Language;
use crate::model::{EntityKind, Mention};
use crate::pipeline::segment::Segmentation;

use super::Triggers;

/// Everything `relate` needs to know about the document.
pub struct Context<'a> {
    /// Document text.
    pub text: &'a str,
    /// Tokens and sentences.
    pub seg: &'a Segmentation,
    /// Resolved mentions.
    pub mentions: &'a [Mention],
    /// Entity kinds by entity index.
    pub kinds: &'a [EntityKind],
    /// True for sentences inside boilerplate.
    pub skip: &'a [bool],
    /// The language: relate reads `lang.relate`.
    pub lang: &'a Language,
    /// Which patterns each word may start ([`super::triggers`]).
    pub triggers: &'a Triggers,
}
