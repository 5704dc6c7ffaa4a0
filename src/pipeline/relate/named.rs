//! Where the person of a title stands when not right before or after it:
//! after a rank or a comma ("chief of staff General X", "its CEO, X,"), or
//! before an apposition ("appointed X, a former executive at Y, as CEO").

use super::item::Item;
use super::pattern::At;

/// The person named after the title at `i`: "CEO Jon Hale", "chief of
/// staff General Jon Hale" (a rank before the name), "its CEO, Jon Hale,".
pub(super) fn person_after_title(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let (items, words) = (at.items, &at.words().roles);
    let person = |k: usize| {
        items
            .get(k)
            .and_then(Item::entity)
            .filter(|&p| at.is_person(p))
    };
    let mut k = i + 1;
    // "chief of staff": a plain word after "of" belongs to the title.
    if at.is(k, &words.title_of)
        && matches!(items.get(k + 1), Some(Item::Word { word, .. }) if word.chars().all(char::is_lowercase))
        && person(k + 2).is_some()
        || at.is(k, &words.title_of) && at.is(k + 2, &words.ranks)
    {
        k += 2;
    }
    while k < i + 5 && at.is(k, &words.ranks) {
        k += 1;
    }
    if k == i + 1 && items.get(k).map(Item::word) == Some(",") {
        // "its CEO, Jon Hale, said": the name closes with a comma or the end.
        let closed = matches!(items.get(k + 2).map(Item::word), None | Some(","));
        return person(k + 1).filter(|_| closed);
    }
    person(k)
}

/// The position of the person appointed, before `j` (where "as its new"
/// starts): right before it, or before an apposition ("appointed X, a
/// former executive at Y, as its CEO").
pub(super) fn appointee_at(at: &At<'_, '_>, j: usize) -> Option<usize> {
    let items = at.items;
    let is_person = |k: usize| items[k].entity().is_some_and(|p| at.is_person(p));
    let k = j.checked_sub(1)?;
    if is_person(k) {
        return Some(k);
    }
    if items[k].word() != "," {
        return None;
    }
    (k.saturating_sub(14)..k)
        .rev()
        .find(|&c| items[c].word() == ",")
        .and_then(|c| c.checked_sub(1))
        .filter(|&p| is_person(p))
}
