//! A series of places set off by semicolons, the way a list whose members
//! hold commas is written: "plants in Leeds; Wick, Caithness; and Tain,
//! Ross-shire".

use crate::model::EntityKind;

use super::super::item::Item;
use super::super::pattern::At;

/// The positions of the places a semicolon series adds after the place at
/// `k`: each member a place, or a place and its region set off by a comma
/// ("Wick, Caithness"), the last one after "and" too. The series stops at
/// the first member that is no place ("in Leeds; Keltic's rival, …").
pub(super) fn semicolon_series(at: &At<'_, '_>, k: usize) -> Vec<usize> {
    let items = at.items;
    let word = |j: usize| items.get(j).map_or("", Item::word);
    let place = |j: usize| {
        matches!(items.get(j), Some(Item::Ent { entity, possessive: false, .. })
            if at.kind(*entity) == EntityKind::Loc)
    };
    let conjunctions = &at.words().clause.list_conjunctions;
    // A member closes at a comma, a semicolon, a conjunction or the end.
    let closes = |j: usize| {
        matches!(items.get(j), None | Some(Item::Word { .. }))
            && (matches!(word(j), "" | "," | ";" | ".") || conjunctions.contains(word(j)))
    };
    // The member's last place: its region after a comma, else itself.
    let member_end = |j: usize| {
        if word(j + 1) == "," && place(j + 2) && closes(j + 3) {
            j + 2
        } else {
            j
        }
    };
    let mut out = Vec::new();
    let mut end = member_end(k);
    while word(end + 1) == ";" {
        let mut j = end + 2;
        if conjunctions.contains(word(j)) {
            j += 1;
        }
        if !place(j) {
            break;
        }
        let last = member_end(j);
        if !closes(last + 1) {
            break;
        }
        out.push(j);
        if last != j {
            out.push(last);
        }
        end = last;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::LocatedIn;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn every_place_of_a_semicolon_series_locates_the_organisation() {
        check(
            &[LocatedIn],
            &[
                (
                    "Keltic Inc. has plants in Aberdour; Dunbeath, Scotland; and Tarvin, England, and sells pumps.",
                    &[
                        ("Keltic Inc.", LocatedIn, "Aberdour"),
                        ("Keltic Inc.", LocatedIn, "Dunbeath"),
                        ("Keltic Inc.", LocatedIn, "Scotland"),
                        ("Keltic Inc.", LocatedIn, "Tarvin"),
                        ("Keltic Inc.", LocatedIn, "England"),
                    ],
                ),
                // A clause after the semicolon is no member.
                (
                    "Keltic Inc. has plants in Aberdour, Scotland; Zephyr Corp.'s rival plant is in Lairg.",
                    &[
                        ("Keltic Inc.", LocatedIn, "Aberdour"),
                        ("Keltic Inc.", LocatedIn, "Scotland"),
                        ("Zephyr Corp.", LocatedIn, "Lairg"),
                    ],
                ),
            ],
        );
    }
}
