//! An organisation's home: "P, T's home state", "T's home city of P", "the
//! P plant, the original home of T and U".

use crate::model::EntityKind;

use super::super::clause::entity_list;
use super::super::item::{Finds, Item};
use super::super::pattern::At;
use super::{add_place, place_after};

/// How many plain words may stand between a place and the comma that
/// opens its apposition ("the P plant, …").
const HEAD_REACH: usize = 2;

/// "P, T's home state", "T's home city of P, R" and "the P plant, the
/// original home of T and U": the place a home noun names locates the
/// organisation whose home it is.
pub(in super::super) fn home(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().places;
    if !words.home.contains(at.word()) {
        return;
    }
    let owner = i.checked_sub(1).and_then(|k| match items[k] {
        Item::Ent {
            entity,
            possessive: true,
            ..
        } if at.is_org(entity) => Some(entity),
        _ => None,
    });
    if let Some(org) = owner {
        // "T's home city of P": the place after "of", a noun between.
        let of = (i + 1..(i + 3).min(items.len())).find(|&k| at.is(k, &words.of_place));
        if let Some(k) = of.and_then(|of| place_after(at, of + 1)) {
            add_place(at, out, org, k, at.span(i), 0.65);
        } else if let Some(k) = apposed_place(at, i - 1) {
            // "P, T's home state".
            add_place(at, out, org, k, at.span(i), 0.65);
        }
        return;
    }
    // "the P plant, the original home of T and U".
    let Some(of) = (i + 1 < items.len() && at.is(i + 1, &words.of_place)).then_some(i + 1) else {
        return;
    };
    let mut start = i;
    while start > 0 && matches!(&items[start - 1], Item::Word { word, .. } if word != ",") {
        start -= 1;
    }
    let Some(k) = apposed_place(at, start) else {
        return;
    };
    let (list, _) = entity_list(&at.words().clause, items, of + 1);
    for org in list.into_iter().filter(|&o| at.is_org(o)) {
        add_place(at, out, org, k, at.span(i), 0.6);
    }
}

/// The place whose apposition opens at `start`: a comma right before it,
/// and before the comma the place, or the place and a few plain words of
/// its noun ("the P plant").
fn apposed_place(at: &At<'_, '_>, start: usize) -> Option<usize> {
    let items = at.items;
    let comma = start.checked_sub(1).filter(|&c| items[c].word() == ",")?;
    (comma.saturating_sub(HEAD_REACH + 1)..comma)
        .rev()
        .take_while(|&k| matches!(items[k], Item::Word { .. } | Item::Ent { .. }))
        .find(|&k| {
            matches!(items[k], Item::Ent { entity, possessive: false, .. }
                if at.kind(entity) == EntityKind::Loc)
                && (k + 1..comma).all(|j| {
                    matches!(&items[j], Item::Word { word, .. }
                        if word.chars().all(char::is_lowercase))
                })
        })
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::LocatedIn;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_home_named_locates_its_organisation() {
        check(
            &[LocatedIn],
            &[
                (
                    "A similar suit was filed in Ontario, Keltic Inc.'s home province, in May.",
                    &[("Keltic Inc.", LocatedIn, "Ontario")],
                ),
                (
                    "Zephyr Corp.'s home city of Halifax, Nova Scotia, will host its wealth unit.",
                    &[
                        ("Zephyr Corp.", LocatedIn, "Halifax"),
                        ("Zephyr Corp.", LocatedIn, "Nova Scotia"),
                    ],
                ),
                (
                    "It was the last jet built by the Halifax plant, the original home of Zephyr Aircraft and Keltic Inc.",
                    &[
                        ("Zephyr Aircraft", LocatedIn, "Halifax"),
                        ("Keltic Inc.", LocatedIn, "Halifax"),
                    ],
                ),
                // A home no place names.
                ("Keltic Inc.'s home market is weak.", &[]),
            ],
        );
    }
}
