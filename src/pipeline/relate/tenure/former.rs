//! Posts the text says are past: a role whose title follows a word of
//! `former` ("former Z executive X", "X, ex-CEO of Z", "the former
//! president and chief executive at Z") is a post left. A chief
//! executive's or a chair's post stays beside `left` ("the former Z chief
//! executive X": X was Z's chief executive, GUIDE: a post the sentence
//! names for a person who leaves it gives both); a general one gives way
//! ("a former Z engineer": `left` alone, as the dev golds have it).

use crate::model::RelationKind;

use super::super::context::Context;
use super::super::item::{Finds, Found, Item};

/// Roles whose title (or the organisation before it) follows a word of
/// `former` ("former Z executive X", "X, ex-CEO of Z") are posts left: a
/// general post becomes `left`, a specific one gets `left` beside it.
pub(super) fn mark_former(ctx: &Context<'_>, items: &[Item], found: &mut Finds) {
    let words = &ctx.lang.relate.roles;
    let function_words = &ctx.lang.rules.function_words;
    // "former senior executive": over up to two adjectives.
    let over_adjectives = |mut k: usize| {
        let mut n = 0;
        while n < 2
            && k > 0
            && matches!(&items[k], Item::Word { word, .. }
                if word.chars().all(char::is_lowercase)
                    && !function_words.contains(word)
                    && !words.former.contains(word))
        {
            k -= 1;
            n += 1;
        }
        k
    };
    let mut beside = Vec::new();
    for f in &mut found.0 {
        if !f.kind.is_role() || matches!(f.kind, RelationKind::Left | RelationKind::FounderOf) {
            continue;
        }
        let Some(t) = items
            .iter()
            .position(|it| matches!(it, Item::Title { span, .. } if *span == f.trigger))
        else {
            continue;
        };
        // "the former president and chief executive at Z": a title joined
        // to one before it shares that one's "former".
        let mut t = t;
        while t >= 2
            && words.title_joiners.contains(items[t - 1].word())
            && matches!(items[t - 2], Item::Title { .. })
        {
            t -= 2;
        }
        let former_at = |k: Option<usize>| {
            k.map(over_adjectives)
                .is_some_and(|k| words.former.contains(items[k].word()))
        };
        let before_org = t
            .checked_sub(1)
            .filter(|&o| items[o].entity() == Some(f.target))
            .and_then(|o| o.checked_sub(1));
        if former_at(t.checked_sub(1)) || former_at(before_org) {
            let left = Found {
                kind: RelationKind::Left,
                ..f.clone()
            };
            if matches!(f.kind, RelationKind::CeoOf | RelationKind::ChairmanOf) {
                beside.push(left);
            } else {
                *f = left;
            }
        }
    }
    found.0.extend(beside);
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_chairs_past_post_stays_beside_left_and_a_general_one_gives_way() {
        check(
            &[CeoOf, ChairmanOf, EmployeeOf, Left],
            &[
                (
                    "The board will be chaired by Ann Berg, and the former Keltic Inc. chairman Jon Hale will advise it.",
                    &[
                        ("Jon Hale", ChairmanOf, "Keltic Inc."),
                        ("Jon Hale", Left, "Keltic Inc."),
                    ],
                ),
                (
                    "Jon Hale, a former senior Keltic Inc. engineer, said the plant would open in May.",
                    &[("Jon Hale", Left, "Keltic Inc.")],
                ),
            ],
        );
    }
}
