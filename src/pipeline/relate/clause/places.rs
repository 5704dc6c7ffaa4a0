//! Places in a clause's subject: "the governments of X and Y" (the
//! places act), "Oakley Inc of the United States" (the name before acts).

use crate::lang::Language;

use super::super::item::Item;

/// True when the name at `j` closes a list of names that a head noun and
/// "of" open: "the governments of X and Y", "the states of X, Y and Z".
pub(super) fn headed_place_list(lang: &Language, items: &[Item], j: usize) -> bool {
    let words = &lang.relate.clause;
    let joins = |k: usize| {
        let w = items[k].word();
        words.list_separators.contains(w) || words.list_conjunctions.contains(w)
    };
    let mut k = j;
    loop {
        // Past ", and" or "and" (or ",") to the name before.
        let mut p = k;
        while p > 0 && p + 2 > k && joins(p - 1) {
            p -= 1;
        }
        if p == k || p == 0 || items[p - 1].entity().is_none() {
            break;
        }
        k = p - 1;
    }
    k < j
        && k >= 2
        && lang.relate.frame.of.contains(items[k - 1].word())
        && lang.relate.frame.place_heads.contains(items[k - 2].word())
}

/// For a place at `j` that "of" (and an article) ties to a name before it
/// ("Oakley Inc of the United States said"): the position of "of", so that
/// the name before it is read as the subject. None when no name stands
/// right before "of".
pub(super) fn place_of_name(lang: &Language, items: &[Item], j: usize) -> Option<usize> {
    let mut k = j.checked_sub(1)?;
    if lang.resolve.determiners.contains(items[k].word()) {
        k = k.checked_sub(1)?;
    }
    (k > 0
        && lang.relate.frame.of.contains(items[k].word())
        && matches!(
            items[k - 1],
            Item::Ent {
                possessive: false,
                ..
            }
        ))
    .then_some(k)
}
