//! Posts told in the sentences before: a succession whose sentence names
//! no post reaches back for it. "W, chief executive of T, will step down.
//! He will be replaced by X": X takes the post the text gave W. "T named
//! Y chief executive. She replaces X": X left the post the text gave Y.
//! "She was appointed in January, after her predecessor, X, was forced
//! out": X left it too.

use crate::model::{Relation, RelationKind};

use super::super::item::{Finds, Item};
use super::super::pattern::At;

/// The relations of the sentences before the one read, in text order.
#[derive(Clone, Copy)]
pub(in super::super) struct Earlier<'r> {
    relations: &'r [(Relation, Option<usize>)],
}

impl<'r> Earlier<'r> {
    /// The posts `relations` (the sentences before) tell.
    pub(in super::super) fn of(relations: &'r [(Relation, Option<usize>)]) -> Self {
        Self { relations }
    }

    /// The post the sentences before last gave `person`, as (kind,
    /// organisation): a chief executive's or a chair's before any other.
    pub(super) fn post_of(&self, person: usize) -> Option<(RelationKind, usize)> {
        let posts = || {
            self.relations
                .iter()
                .map(|(r, _)| r)
                .filter(move |r| r.source == person)
        };
        posts()
            .rfind(|r| matches!(r.kind, RelationKind::CeoOf | RelationKind::ChairmanOf))
            .or_else(|| posts().rfind(|r| r.kind == RelationKind::EmployeeOf))
            .map(|r| (r.kind, r.target))
    }

    /// True when the sentences before told that `person` left `org`.
    pub(super) fn left(&self, person: usize, org: usize) -> bool {
        self.relations
            .iter()
            .any(|(r, _)| r.kind == RelationKind::Left && (r.source, r.target) == (person, org))
    }
}

/// "her predecessor, X", "Y's predecessor X": X left the post the
/// sentence, else the sentences before, gave the possessor; "Y's
/// predecessor at Z, X": X left Z, the organisation named. Read at the
/// noun; only the one left is said, so X gets `left` alone.
pub(super) fn predecessor(
    at: &At<'_, '_>,
    held: impl Fn(usize) -> Option<(RelationKind, usize)>,
    out: &mut Finds,
) {
    let (items, i) = (at.items, at.i);
    if i == 0 || !at.is(i, &at.words().roles.predecessor) {
        return;
    }
    let Some(Item::Ent {
        entity: holder,
        possessive: true,
        ..
    }) = items.get(i - 1)
    else {
        return;
    };
    let (named, k) = named_org(at, i + 1);
    let k = k + usize::from(items.get(k).is_some_and(|it| it.word() == ","));
    let old = match items.get(k) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) if at.is_person(*entity) && entity != holder => *entity,
        _ => return,
    };
    if !at.is_person(*holder) {
        return;
    }
    if let Some(org) = named.or_else(|| held(*holder).map(|(_, org)| org)) {
        out.add(RelationKind::Left, old, org, at.span(i), None, 0.7);
    }
}

/// The organisation a post noun names after it ("predecessor at the
/// Treasury", "at Z"), and where the words after it go on: the
/// organisation's position and the one after it, else `k` unchanged.
fn named_org(at: &At<'_, '_>, k: usize) -> (Option<usize>, usize) {
    if !at.is(k, &at.words().roles.title_of) {
        return (None, k);
    }
    let e = k + 1 + usize::from(at.is(k + 1, &at.words().clause.list_determiners));
    match at.items.get(e).and_then(Item::entity) {
        Some(org) if at.is_org(org) => (Some(org), e + 1),
        _ => (None, k),
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    const POSTS: &[crate::model::RelationKind] = &[CeoOf, ChairmanOf, FounderOf, EmployeeOf, Left];

    #[test]
    fn a_succession_reaches_back_for_the_post() {
        check(
            POSTS,
            &[
                // The one replaced held the post the sentence before gave him
                // (the second sentence says again that he leaves it).
                (
                    "Keltic Inc.'s chief executive, Jon Hale, will step down in May. He will be replaced by Ann Berg.",
                    &[
                        ("Jon Hale", CeoOf, "Keltic Inc."),
                        ("Jon Hale", Left, "Keltic Inc."),
                        ("Jon Hale", Left, "Keltic Inc."),
                        ("Ann Berg", CeoOf, "Keltic Inc."),
                    ],
                ),
                (
                    "Jon Hale, chairman of Keltic Inc., will retire next year. He will be succeeded by Ann Berg.",
                    &[
                        ("Jon Hale", ChairmanOf, "Keltic Inc."),
                        ("Jon Hale", Left, "Keltic Inc."),
                        ("Jon Hale", Left, "Keltic Inc."),
                        ("Ann Berg", ChairmanOf, "Keltic Inc."),
                    ],
                ),
                // The successor's post told before: the one replaced left it.
                (
                    "Ann Berg was named chief executive of Keltic Inc. on Monday. She replaces Jon Hale.",
                    &[
                        ("Ann Berg", CeoOf, "Keltic Inc."),
                        ("Jon Hale", Left, "Keltic Inc."),
                    ],
                ),
                // A predecessor left the post its possessor holds.
                (
                    "Ann Berg became chief executive of Keltic Inc. in January. She was appointed after her predecessor, Jon Hale, was forced out by shareholders.",
                    &[
                        ("Ann Berg", CeoOf, "Keltic Inc."),
                        ("Jon Hale", Left, "Keltic Inc."),
                    ],
                ),
                // The organisation named after the noun is the one left.
                (
                    "Ann Berg's predecessor at Keltic Inc., Jon Hale, was viewed with suspicion.",
                    &[("Jon Hale", Left, "Keltic Inc.")],
                ),
                (
                    "Critics said Ann Berg's predecessor at the Varden Ministry, Jon Hale, had tried to weaken the krona.",
                    &[("Jon Hale", Left, "Varden Ministry")],
                ),
                // No post told anywhere: nothing to take.
                (
                    "Jon Hale spoke to reporters in Zürich on Monday. He will be replaced by Ann Berg.",
                    &[],
                ),
                (
                    "Ann Berg spoke to reporters in Zürich on Monday. Her predecessor, Jon Hale, has retired.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn a_post_taken_where_the_sentences_before_told_it_left_is_past() {
        check(
            &[EmployeeOf, Left],
            &[
                (
                    "Brask Corp. has appointed Ann Vik, who ran the Galway business of Orvo Homes until last year, as its chief executive. Vik joined Orvo Homes in 2016.",
                    &[("Ann Vik", Left, "Orvo Homes")],
                ),
                // No leaving told before: the post taken is held.
                (
                    "Ann Vik joined Orvo Homes in 2016.",
                    &[("Ann Vik", EmployeeOf, "Orvo Homes")],
                ),
            ],
        );
    }
}
