//! A relative clause on a description set off after a name, with no comma
//! of its own: "Kessbrunn, a family-owned company founded in 1948 that
//! makes seat frames for A and B" — the company that makes them is the
//! name the description is set off after.

use crate::lang::Language;

use super::super::item::Item;

/// How many items the description may hold before its relative pronoun.
const REACH: usize = 10;

/// For a relative pronoun at `r` right after a description (no comma
/// between) that a comma and an article open after a name ("NAME, a
/// Nagoya trading house that is …"): the position of that comma. None
/// when the description holds "of" (the pronoun may stand for the noun
/// after it: "NAME, the owner of the plant that closed"), another comma,
/// or a name that is not a modifier of the noun after it ("a Nagoya trading
/// house" holds one).
pub(super) fn restrictive_description(lang: &Language, items: &[Item], r: usize) -> Option<usize> {
    if r < 4 || items[r - 1].word() == "," {
        return None;
    }
    let of = &lang.relate.frame.of;
    let inside = |m: usize| match &items[m] {
        Item::Word { word, .. } => word.chars().any(char::is_alphanumeric) && !of.contains(word),
        Item::Title { .. } | Item::Date { .. } => true,
        // "a Nagoya trading house": a name that modifies the noun after it.
        Item::Ent {
            possessive: false, ..
        } => m + 1 < r && matches!(items[m + 1], Item::Word { .. }),
        _ => false,
    };
    let open = (r.saturating_sub(REACH + 1)..r - 1)
        .rev()
        .take_while(|&m| inside(m + 1))
        .find(|&m| items[m].word() == ",")?;
    let opens = lang.resolve.determiners.contains(items[open + 1].word());
    (opens
        && open + 2 < r
        && open >= 1
        && matches!(
            items[open - 1],
            Item::Ent {
                possessive: false,
                ..
            }
        ))
    .then_some(open)
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_relative_clause_on_a_set_off_description_is_the_names() {
        check(
            &[StakeIn],
            &[
                (
                    "Kelmark Ltd, a family-owned company founded in 1951 that owns 30% of Dorrit Group, filed for insolvency.",
                    &[("Kelmark Ltd", StakeIn, "Dorrit Group")],
                ),
                // After "of" the pronoun may stand for the noun it governs:
                // nothing is said of the name.
                (
                    "Kelmark Ltd, the owner of a plant that owns 30% of Dorrit Group, filed for insolvency.",
                    &[],
                ),
            ],
        );
    }
}
