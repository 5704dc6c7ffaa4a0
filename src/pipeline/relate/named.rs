//! Where the person of a title stands when not right before or after it:
//! after a rank or a comma ("chief of staff General X", "its CEO, X,"), or
//! before an apposition ("appointed X, a former executive at Y, as CEO");
//! after the organisation of "TITLE of ORG" ("Secretary of the Navy X"); and
//! the remit between an organisation and its title ("Keltic Procurement
//! Director X").

use super::item::Item;
use super::pattern::At;
use crate::pipeline::word_shape::is_describing_word;

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
        // "its CEO, Jon Hale, said", "said its CEO, Jon Hale.": the name
        // closes with a comma or the sentence.
        return people_set_off(at, k + 1).first().copied();
    }
    person(k)
}

/// How many describing words or role words may stand between the article
/// of a name set off after a title and the name ("its founder, the
/// shipping heir X").
const SET_OFF_LEAD: usize = 3;

/// The people the title at `i` names when they are set off by a comma
/// after it: "its CEO, Jon Hale, said", "its founder, the dentist Jon
/// Hale, who", "its three founders, the songwriters A, B and C, who" — an
/// article and a few describing or role words before the first at most;
/// the names must close with a comma or the sentence. Else
/// [`person_after_title`]'s one person.
pub(super) fn people_after_title(at: &At<'_, '_>, i: usize) -> Vec<usize> {
    if at.items.get(i + 1).map(Item::word) == Some(",") {
        let set_off = people_set_off(at, i + 2);
        if !set_off.is_empty() {
            return set_off;
        }
    }
    person_after_title(at, i).into_iter().collect()
}

/// The one person set off from `k` after an article and a few describing
/// or role words ("the dairy farmer X,"), when the name closes there.
pub(super) fn person_set_off(at: &At<'_, '_>, k: usize) -> Option<usize> {
    match people_set_off(at, k).as_slice() {
        [p] => Some(*p),
        _ => None,
    }
}

/// The people listed from `k` (past an article and a few describing or
/// role words), when the list closes with a comma or the sentence.
fn people_set_off(at: &At<'_, '_>, k: usize) -> Vec<usize> {
    let items = at.items;
    let lang = at.ctx.lang;
    let mut m = k;
    if lang
        .resolve
        .determiners
        .contains(items.get(m).map_or("", Item::word))
    {
        m += 1;
        while m < k + 1 + SET_OFF_LEAD
            && match items.get(m) {
                Some(Item::Title { .. }) => true,
                Some(Item::Word { word, .. }) => {
                    is_describing_word(word)
                        && !lang.rules.function_words.contains(word)
                        && !lang.resolve.prepositions.contains(word)
                }
                _ => false,
            }
        {
            m += 1;
        }
        // An article alone leads no name ("its CEO, the Keltic veteran").
        if m == k + 1 {
            return Vec::new();
        }
    }
    let separators = &lang.relate.clause.list_separators;
    let person = |j: usize| {
        items
            .get(j)
            .and_then(Item::entity)
            .filter(|&p| at.is_person(p))
    };
    let mut list = Vec::new();
    let mut j = m;
    while let Some(p) = person(j) {
        list.push(p);
        j += 1;
        // "A, B and C", "A, B, and C".
        let mut n = j;
        while n < j + 2 && separators.contains(items.get(n).map_or("", Item::word)) {
            n += 1;
        }
        if n == j || person(n).is_none() {
            break;
        }
        j = n;
    }
    if name_closes(items, j) {
        list
    } else {
        Vec::new()
    }
}

/// "ORG's vice-president of marketing for the P, X, said", "ORG's head of
/// Europe, X,", "ORG's head of uniforms, Superintendent X,": the person set
/// off by a comma after the title's remit (plain words, product names and
/// places after "of" or "for"), past a rank, when the name closes there.
pub(super) fn person_after_remit(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let items = at.items;
    if !at.is(i + 1, &at.words().roles.title_of) {
        return None;
    }
    let mut k = i + 2;
    while k < (i + 9).min(items.len()) {
        match &items[k] {
            Item::Word { word, .. } if word == "," => {
                let mut p = k + 1;
                while p < k + 3 && at.is(p, &at.words().roles.ranks) {
                    p += 1;
                }
                return items
                    .get(p)
                    .and_then(Item::entity)
                    .filter(|&p| at.is_person(p))
                    .filter(|_| name_closes(items, p + 1));
            }
            Item::Word { word, .. } if word.chars().all(char::is_lowercase) => {}
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if matches!(
                at.kind(*entity),
                crate::model::EntityKind::Product | crate::model::EntityKind::Loc
            ) => {}
            _ => return None,
        }
        k += 1;
    }
    None
}

/// True when a name set off by a comma ends right before `k`: a comma, a
/// stop or the sentence's end follows it ("its CEO, Jon Hale, said").
pub(super) fn name_closes(items: &[Item], k: usize) -> bool {
    matches!(items.get(k).map(Item::word), None | Some("," | "." | ";"))
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
/// "Secretary of the Navy X", "Director of Keltic for Europe X": the person
/// named right after a title's organisation, or after its remit ("for" and
/// one or two capitalised words).
pub(super) fn holder_after(at: &At<'_, '_>, after: usize) -> Option<usize> {
    let items = at.items;
    let mut k = after;
    if at.is(k, &at.words().roles.title_of) {
        k += 1;
        let start = k;
        while k < start + 2
            && matches!(items.get(k), Some(Item::Word { span, .. }) if capitalised(at, *span))
        {
            k += 1;
        }
        if k == start {
            return None;
        }
    }
    match items.get(k) {
        Some(Item::Ent { entity, .. }) if at.is_person(*entity) => Some(*entity),
        _ => None,
    }
}

/// The position before a post's remit that stands between an organisation
/// and the title at `o`: "Keltic Procurement Director", "Keltic's Asia
/// chief" (up to two capitalised words or one place), else `o`.
pub(super) fn past_remit(at: &At<'_, '_>, o: usize) -> usize {
    let items = at.items;
    let remit = |k: usize| match &items[k] {
        Item::Word { word, span } => {
            capitalised(at, *span)
                && word.chars().all(char::is_alphabetic)
                && !at.ctx.lang.rules.function_words.contains_lowercase(word)
        }
        Item::Ent {
            entity,
            possessive: false,
            ..
        } => at.kind(*entity) == crate::model::EntityKind::Loc,
        _ => false,
    };
    let mut k = o;
    while k > 0 && o - k < 2 && remit(k - 1) {
        k -= 1;
    }
    let org_before = k
        .checked_sub(1)
        .and_then(|j| items[j].entity())
        .is_some_and(|e| at.is_org(e));
    if k < o && org_before { k } else { o }
}

/// "JSA Research defence analyst X", "Keltic equity strategist X": up to two
/// lower-case describing words between an organisation and a title. Verbs
/// ("Keltic told analyst X", "Keltic hired …") are no describing words: a
/// reporting verb or a past form ends the reach. The position of the first
/// describing word when an organisation stands right before it, else `o`.
pub(super) fn past_modifiers(at: &At<'_, '_>, o: usize) -> usize {
    let items = at.items;
    let lang = at.ctx.lang;
    let modifier = |k: usize| match &items[k] {
        Item::Word { word, .. } => {
            word.len() > 2
                && is_describing_word(word)
                && !lang
                    .dates
                    .past_suffixes
                    .iter()
                    .any(|end| word.ends_with(end))
                && !lang.rules.function_words.contains(word)
                && !lang.relate.pronoun.reporting_verbs.contains(word)
        }
        _ => false,
    };
    let mut k = o;
    while k > 0 && o - k < 2 && modifier(k - 1) {
        k -= 1;
    }
    // "Keltic's finance chief X" as "Keltic finance chief X".
    let org_before = k
        .checked_sub(1)
        .is_some_and(|j| matches!(items[j], Item::Ent { entity, .. } if at.is_org(entity)));
    if k < o && org_before { k } else { o }
}

/// True when the word at `span` is written with a capital ("Research").
fn capitalised(at: &At<'_, '_>, span: crate::model::Span) -> bool {
    span.slice(at.ctx.text).starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn holders_after_the_organisation_and_remits_before_the_title() {
        check(
            &[CeoOf, ChairmanOf, EmployeeOf],
            &[
                (
                    "The memo came from Secretary of the Coast Guard Peter Lund on Tuesday.",
                    &[("Peter Lund", EmployeeOf, "Coast Guard")],
                ),
                (
                    "The memo said Deputy Director of Keltic Inc. for Research Susan Vik spoke in March.",
                    &[("Susan Vik", EmployeeOf, "Keltic Inc.")],
                ),
                (
                    "The plan was backed by Keltic Inc. Procurement Director Susan Vik in March.",
                    &[("Susan Vik", EmployeeOf, "Keltic Inc.")],
                ),
                (
                    "Ralph Vance, Keltic Inc.'s North America chief executive, said sales rose.",
                    &[("Ralph Vance", CeoOf, "Keltic Inc.")],
                ),
                // Describing words after a possessive organisation too.
                (
                    "The price was high, Keltic Inc.'s finance chief Susan Vik told analysts.",
                    &[("Susan Vik", EmployeeOf, "Keltic Inc.")],
                ),
            ],
        );
    }
}
