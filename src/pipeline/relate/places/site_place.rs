//! The place written before a site's noun: "its Leeds plant", "its Wick
//! bottling plant", "its Tain, Scotland, assembly plant".

use crate::model::EntityKind;
use crate::pipeline::word_shape::is_describing_word;

use super::super::item::Item;
use super::super::pattern::At;

/// Most plain words between the place and the site's noun ("analogue
/// set-top box plant").
const NOUN_REACH: usize = 4;

/// The positions of the place that names the site whose noun is at `i`
/// and of its region, when one is set off after it: `(city, region)`,
/// equal when no region is written. Between the place and the noun stand
/// only small plain words ("its Wick bottling plant"); "P, R" and "P, R,"
/// name the region too ("its Tain, Scotland, assembly plant").
pub(super) fn place_before_site(at: &At<'_, '_>, i: usize) -> Option<(usize, usize)> {
    let items = at.items;
    let lang = at.ctx.lang;
    let plain = |k: usize| match &items[k] {
        Item::Word { word, span } => {
            word.chars().any(char::is_alphabetic)
                && is_describing_word(word)
                && span.slice(at.ctx.text).starts_with(char::is_lowercase)
                && !lang.rules.function_words.contains(word)
                && !lang.resolve.determiners.contains(word)
                && !lang.resolve.prepositions.contains(word)
                && !lang.relate.pronoun.possessive.contains(word)
                && !lang.relate.clause.list_conjunctions.contains(word)
        }
        _ => false,
    };
    // Right before the noun, a possessive place too ("its Ohio's plant"
    // is read as it always was).
    let place = |k: usize| {
        matches!(items.get(k), Some(Item::Ent { entity, possessive, .. })
            if at.kind(*entity) == EntityKind::Loc && (!possessive || k + 1 == i))
    };
    let comma = |k: usize| items.get(k).map(Item::word) == Some(",");
    let mut j = i.checked_sub(1)?;
    while j > 0 && i - j <= NOUN_REACH && plain(j) {
        j -= 1;
    }
    // "P, R, plant": the region closed by its comma.
    let j = if comma(j) && j + 1 < i {
        j.checked_sub(1)?
    } else {
        j
    };
    if !place(j) {
        return None;
    }
    match j.checked_sub(2) {
        Some(c) if comma(j - 1) && place(c) => Some((c, j)),
        _ if comma(j + 1) => None,
        _ => Some((j, j)),
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::LocatedIn;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_place_before_a_site_noun_locates_the_owner() {
        check(
            &[LocatedIn],
            &[
                (
                    "Keltic Inc. will convert its Tarvin, England, analogue set-top box plant to make the new boxes.",
                    &[
                        ("Keltic Inc.", LocatedIn, "Tarvin"),
                        ("Keltic Inc.", LocatedIn, "England"),
                    ],
                ),
                (
                    "Keltic Inc. said its Glasgow bottling plant would close.",
                    &[("Keltic Inc.", LocatedIn, "Glasgow")],
                ),
                // No owner: nothing.
                ("In Aberdour, bottling plant workers went on strike.", &[]),
            ],
        );
    }
}
