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

/// A text's mentions ordered by where they start and by where they end
/// (stable: those that start or end together keep their list order), so
/// the mentions within a sentence, or those starting or ending at an
/// offset, are found by a binary search instead of a walk over every
/// mention of a long article.
pub struct MentionPlaces<'a> {
    mentions: &'a [Mention],
    by_start: Vec<usize>,
    by_end: Vec<usize>,
}

impl<'a> MentionPlaces<'a> {
    /// Orders `mentions` once.
    pub fn new(mentions: &'a [Mention]) -> Self {
        let mut by_start: Vec<usize> = (0..mentions.len()).collect();
        by_start.sort_by_key(|&i| mentions[i].span.start);
        let mut by_end: Vec<usize> = (0..mentions.len()).collect();
        by_end.sort_by_key(|&i| mentions[i].span.end);
        Self {
            mentions,
            by_start,
            by_end,
        }
    }

    /// The mentions, in their list order.
    pub fn mentions(&self) -> &'a [Mention] {
        self.mentions
    }

    /// The mentions within `outer`, in the order they start (those starting
    /// together in list order).
    pub fn within(&self, outer: Span) -> impl Iterator<Item = &'a Mention> + '_ {
        let mentions = self.mentions;
        let first = self
            .by_start
            .partition_point(|&i| mentions[i].span.start < outer.start);
        self.by_start[first..]
            .iter()
            .map(move |&i| &mentions[i])
            .take_while(move |m| m.span.start <= outer.end)
            .filter(move |m| m.span.within(outer))
    }

    /// The first mention in list order that starts at `at` and `pick` accepts.
    pub fn first_starting(
        &self,
        at: usize,
        pick: impl Fn(&Mention) -> bool,
    ) -> Option<&'a Mention> {
        let mentions = self.mentions;
        let first = self
            .by_start
            .partition_point(|&i| mentions[i].span.start < at);
        self.by_start[first..]
            .iter()
            .map(|&i| &mentions[i])
            .take_while(|m| m.span.start == at)
            .find(|m| pick(m))
    }

    /// The first mention in list order that ends at `at` and `pick` accepts.
    pub fn first_ending(&self, at: usize, pick: impl Fn(&Mention) -> bool) -> Option<&'a Mention> {
        let mentions = self.mentions;
        let first = self.by_end.partition_point(|&i| mentions[i].span.end < at);
        self.by_end[first..]
            .iter()
            .map(|&i| &mentions[i])
            .take_while(|m| m.span.end == at)
            .find(|m| pick(m))
    }
}

/// How many mentions each entity has, in the order each is first named.
pub fn mention_counts(entities: impl IntoIterator<Item = usize>) -> Vec<(usize, usize)> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for e in entities {
        match counts.iter_mut().find(|(x, _)| *x == e) {
            Some((_, n)) => *n += 1,
            None => counts.push((e, 1)),
        }
    }
    counts
}

/// The entity named most often, the first named on a tie.
pub fn most_mentioned(entities: impl IntoIterator<Item = usize>) -> Option<usize> {
    let counts = mention_counts(entities);
    let most = counts.iter().map(|&(_, n)| n).max()?;
    counts.iter().find(|&&(_, n)| n == most).map(|&(e, _)| e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(start: usize, end: usize, kind: EntityKind) -> Mention {
        Mention::new(Span::new(start, end), kind, Provenance::Rule, 1.0)
    }

    #[test]
    fn the_most_mentioned_is_the_first_named_on_a_tie() {
        assert_eq!(
            super::mention_counts([4, 2, 4, 7]),
            vec![(4, 2), (2, 1), (7, 1)]
        );
        assert_eq!(super::most_mentioned([2, 4, 4, 2, 7]), Some(2));
        assert_eq!(super::most_mentioned([7, 4, 4]), Some(4));
        assert_eq!(super::most_mentioned([]), None);
    }

    #[test]
    fn places_find_what_a_walk_over_every_mention_finds() {
        // Out of text order, two starting together and two ending together.
        let mentions = vec![
            at(30, 40, EntityKind::Org),
            at(0, 5, EntityKind::Person),
            at(10, 20, EntityKind::Loc),
            at(10, 14, EntityKind::Org),
            at(16, 20, EntityKind::Org),
            at(45, 50, EntityKind::Money),
        ];
        let places = MentionPlaces::new(&mentions);
        for outer in [
            Span::new(0, 20),
            Span::new(10, 40),
            Span::new(12, 60),
            Span::new(41, 44),
        ] {
            let mut found: Vec<Span> = places.within(outer).map(|m| m.span).collect();
            let mut walked: Vec<Span> = mentions
                .iter()
                .filter(|m| m.span.within(outer))
                .map(|m| m.span)
                .collect();
            found.sort_by_key(|s| (s.start, s.end));
            walked.sort_by_key(|s| (s.start, s.end));
            assert_eq!(found, walked, "{outer:?}");
        }
        // The first in list order, whatever the other's end.
        let org = |m: &Mention| m.kind == EntityKind::Org;
        assert_eq!(
            places.first_starting(10, org).map(|m| m.span),
            Some(Span::new(10, 14))
        );
        assert_eq!(
            places.first_starting(10, |_| true).map(|m| m.span),
            Some(Span::new(10, 20))
        );
        assert_eq!(
            places.first_ending(20, org).map(|m| m.span),
            Some(Span::new(16, 20))
        );
        assert_eq!(
            places.first_ending(20, |_| true).map(|m| m.span),
            Some(Span::new(10, 20))
        );
        assert!(places.first_starting(11, |_| true).is_none());
        assert!(places.first_ending(44, |_| true).is_none());
    }
}
