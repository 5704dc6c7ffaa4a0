//! A venture described by its parents in an apposition: "V, the joint
//! venture of A and B", "V, a joint venture between A and B". The resolver
//! makes the description a mention of V, so the pattern starts at that
//! reference: A and B are partners, and each holds a stake in V.

use crate::model::{EntityKind, RelationKind};

use super::item::{Finds, Item};
use super::pattern::At;

/// How firmly the parents read this way are taken.
const CONFIDENCE: f32 = 0.65;

/// At a description of a joint venture: `partner_of(A, B)` and
/// `stake_in(A, V)`, `stake_in(B, V)`.
pub(super) fn venture_apposed(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let Some(Item::Ent {
        entity: venture,
        possessive: false,
        span,
        ..
    }) = items.get(i)
    else {
        return;
    };
    let holdings = &at.words().holdings;
    // The reference is a description whose words are a joint venture's
    // (its mentions found by halving: a scan of every mention per name was
    // quadratic on a long article).
    let described = at
        .ctx
        .mentions_within(*span)
        .any(|m| m.span == *span && m.nominal);
    if !described {
        return;
    }
    let words: Vec<String> = span
        .slice(at.ctx.text)
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let has = |list: &crate::lang::WordList| words.iter().any(|w| list.contains(w));
    if !has(&holdings.joint) || !has(&holdings.venture) {
        return;
    }
    // "of A and B", "between A and B".
    if !at.is(i + 1, &at.words().partners.between) && !at.is(i + 1, &at.words().partners.group_of) {
        return;
    }
    let conjunctions = &at.words().clause.list_conjunctions;
    let (Some(a), Some(b)) = (
        parent(at, i + 2),
        at.is(i + 3, conjunctions)
            .then(|| parent(at, i + 4))
            .flatten(),
    ) else {
        return;
    };
    if a == b || a == *venture || b == *venture {
        return;
    }
    out.add(RelationKind::PartnerOf, a, b, at.span(i), None, CONFIDENCE);
    for p in [a, b] {
        out.add(
            RelationKind::StakeIn,
            p,
            *venture,
            at.span(i),
            None,
            CONFIDENCE,
        );
    }
}

/// The company named at `k`, if one is.
fn parent(at: &At<'_, '_>, k: usize) -> Option<usize> {
    match at.items.get(k) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) if matches!(at.kind(*entity), EntityKind::Org | EntityKind::Misc) => Some(*entity),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;
    use crate::model::RelationKind::*;

    #[test]
    fn a_joint_venture_described_by_its_parents() {
        check(
            &[PartnerOf, StakeIn],
            &[
                (
                    "Its rivals in Spain include Gelvano, the joint venture of Brenmark AG and \
                     Tolvi Partners, and the maker Gelats Orvell SL.",
                    &[
                        ("Brenmark AG", PartnerOf, "Tolvi Partners"),
                        ("Brenmark AG", StakeIn, "Gelvano"),
                        ("Tolvi Partners", StakeIn, "Gelvano"),
                    ],
                ),
                // A description that is no venture's says nothing of parents.
                (
                    "Its rivals in Spain include Gelvano, the ice-cream maker of Brenmark AG \
                     and Tolvi Partners.",
                    &[],
                ),
            ],
        );
    }
}
