//! Posts left, told by the time spent in them: "X joined Keltic in 2019
//! after nine years at the accounting firm Brask" — the years before a
//! move are a post held before it, and so a post left.

use crate::model::{EntityKind, RelationKind};
use crate::pipeline::word_shape::is_describing_word;

use super::item::{Finds, Item};
use super::pattern::At;

/// How many describing words may stand between "at" and the organisation
/// ("at the Swiss fastener maker Brask").
const DESCRIPTION_REACH: usize = 5;

/// "after nine years at ORG": the clause's subject, a person, left ORG.
pub(super) fn years_at(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    if !at.is(i, &words.after_time) || !matches!(items.get(i + 1), Some(Item::Date { .. })) {
        return;
    }
    if !at.is(i + 2, &words.title_of) {
        return;
    }
    let Some(person) = at.subject.filter(|&p| at.is_person(p)) else {
        return;
    };
    // Past the article and describing words, a nationality among them.
    let plain = |k: usize| match items.get(k) {
        Some(Item::Word { word, .. }) => is_describing_word(word) && !word.is_empty(),
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => at.kind(*entity) == EntityKind::Nationality,
        _ => false,
    };
    let mut k = i + 3;
    while k < i + 3 + DESCRIPTION_REACH && plain(k) {
        k += 1;
    }
    if let Some(Item::Ent {
        entity: org,
        possessive: false,
        ..
    }) = items.get(k)
        && at.is_org(*org)
        && *org != person
    {
        out.add(RelationKind::Left, person, *org, at.span(i), None, 0.6);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn years_spent_at_an_organisation_before_a_move_are_a_post_left() {
        check(
            &[Left],
            &[
                (
                    "Anna Berg-Lund joined Keltic Sellerie SA in 2019 after nine years at the accounting firm Quantix AG, where she ran the Rotterdam office.",
                    &[("Anna Berg-Lund", Left, "Quantix AG")],
                ),
                (
                    "Keltic Sellerie SA's chief executive, Anna Berg-Lund, joined the family business in 2019 after eleven years at the Swiss fastener maker Quantix AG.",
                    &[("Anna Berg-Lund", Left, "Quantix AG")],
                ),
                // An organisation's years are no post.
                (
                    "Keltic Sellerie SA returned to profit after two years at a loss.",
                    &[],
                ),
                // Years before a place, not an organisation.
                (
                    "Anna Berg-Lund moved to Keltic Sellerie SA after nine years at home in Zürich.",
                    &[],
                ),
            ],
        );
    }
}
