//! What the relate stage reads about a document.

use crate::lang::Language;
use crate::model::{EntityKind, Mention, Span};
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

impl Context<'_> {
    /// The indices of the mentions that overlap `span` from its start on:
    /// from the first that ends after `span.start` to the last that starts
    /// before `span.end` (a sentence's mentions, for a sentence's span).
    pub fn mentions_in(&self, span: Span) -> std::ops::Range<usize> {
        let first = self.mentions.partition_point(|m| m.span.end <= span.start);
        let len = self.mentions[first..]
            .iter()
            .take_while(|m| m.span.start < span.end)
            .count();
        first..first + len
    }

    /// The mentions that lie inside `span`, in order. The mentions are
    /// sorted by start (as tagging, resolution and the pronoun references
    /// keep them), so only those starting in `span` are asked, not all.
    pub fn mentions_within(&self, span: Span) -> impl Iterator<Item = &Mention> {
        debug_assert!(self.mentions.is_sorted_by_key(|m| m.span.start));
        let first = self.mentions.partition_point(|m| m.span.start < span.start);
        self.mentions[first..]
            .iter()
            .take_while(move |m| m.span.start <= span.end)
            .filter(move |m| m.span.within(span))
    }
}
