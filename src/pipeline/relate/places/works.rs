//! Where an organisation works: "Keltic mines copper in Ohio", "Keltic,
//! which runs 40 stores in Wales", and "in Leeds, where Keltic is based".

use crate::model::EntityKind;
use crate::pipeline::word_shape::is_describing_word;

use super::super::item::{Finds, Item};
use super::super::pattern::At;
use super::{add_place, place_after};

/// Most items of the object between a verb of working and the place's
/// preposition ("about 4,800 cars", "copper and zinc").
const OBJECT_REACH: usize = 6;

/// "Keltic mines copper and zinc in Ohio", "Keltic, which runs 40 stores
/// across Wales", "Keltic has brewed beer in Leeds since 1820", "Keltic
/// sews sails by hand in Z": a verb of
/// running, owning or making, its object (a few plain words and numbers,
/// never a preposition) and a place after "in" locate the clause's
/// subject, an organisation no other one stands between it and the verb.
/// A verb with no object ("the cranes will be built in Leeds") says
/// nothing of whose work it is.
pub(in super::super) fn works_in(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().places;
    if !words.works.contains(at.word()) || modifying_gerund(at) || after_possessive(at) {
        return;
    }
    let Some(org) = at.subject.filter(|&o| at.is_org(o)) else {
        return;
    };
    if !subject_nearest(at, org) {
        return;
    }
    let lang = at.ctx.lang;
    let number = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    let object_word = |w: &str| {
        let number = number(w);
        // "copper and zinc", "the", "its"; no other function word.
        let joining = lang.resolve.determiners.contains(w)
            || lang.relate.clause.list_conjunctions.contains(w)
            || lang.relate.pronoun.possessive.contains(w);
        let plain = !w.is_empty()
            && is_describing_word(w)
            && w.chars().any(char::is_alphabetic)
            && !lang.relate.clause.relative_pronouns.contains(w)
            && (joining
                || !lang.resolve.prepositions.contains(w)
                    && !lang.rules.function_words.contains(w));
        number || plain
    };
    // One plain noun, no article, name or number ("hand" in "by hand").
    let bare_noun = |k: usize| {
        matches!(items.get(k), Some(Item::Word { word, .. })
            if word.chars().all(char::is_alphabetic)
                && !lang.resolve.determiners.contains(word)
                && !lang.resolve.prepositions.contains(word)
                && !lang.rules.function_words.contains(word)
                && !lang.relate.clause.list_conjunctions.contains(word))
    };
    let mut object = 0;
    let end = (i + OBJECT_REACH + 2).min(items.len());
    let mut j = i;
    while j + 1 < end {
        j += 1;
        match &items[j] {
            Item::Word { word, .. } if object > 0 && words.works_in.contains(word) => {
                // "owns stakes in toll roads in Chile": the place right
                // after the preposition, past plain words only.
                let prepositions = &lang.resolve.prepositions;
                // "grows cranberries on a former peat bog near Z", "ripens
                // cheese in cellars at Z": a site's own preposition, not
                // the first said again, right before the place.
                let site = |m: usize, w: &str| {
                    m > j + 1 && w != word.as_ref() && words.site_in.contains(w)
                };
                // "on a former peat bog near Z": past the article too.
                let article = lang
                    .resolve
                    .determiners
                    .contains(items.get(j + 1).map_or("", Item::word));
                if let Some(k) =
                    place_after(at, j + 1).or_else(|| place_after(at, j + 2).filter(|_| article))
                    && (j + 1..k).all(|m| {
                        let w = items[m].word();
                        !prepositions.contains(w)
                            || words.of_place.contains(w)
                            || (m + 1 == k && site(m, w))
                    })
                    // "runs passenger screening at Geneva airport": the
                    // place names a venue the work is at, no seat.
                    && !at.is(k + 1, &words.venues)
                {
                    add_place(at, out, org, k, at.span(i), 0.6);
                }
                return;
            }
            Item::Word { word, .. } if object_word(word) => object += 1,
            // "about 6,000 tents": a preposition rounding a number.
            Item::Word { word, .. }
                if lang.resolve.prepositions.contains(word)
                    && items.get(j + 1).is_some_and(|n| number(n.word())) => {}
            // "has built accordions by hand in Z": a manner told by a
            // preposition and one bare noun.
            Item::Word { word, .. }
                if object > 0
                    && lang.resolve.prepositions.contains(word)
                    && bare_noun(j + 1)
                    && !bare_noun(j + 2) =>
            {
                j += 1;
            }
            // "stages eleven fairs a year in Dresden": a span of time.
            Item::Date { .. } if object > 0 => {}
            // "assembles its bikes": the subject's own.
            Item::Ent {
                entity,
                possessive: true,
                ..
            } if *entity == org => object += 1,
            _ => return,
        }
    }
}

/// True when the trigger is a gerund that modifies the noun after it, not
/// the clause's verb: "holds copper and gold mining interests in A", "its
/// mining operations", after a small-letter word or an article or
/// possessive that no auxiliary, relative pronoun, preposition,
/// conjunction or verb taking a gerund is ("is mining copper in A", "by
/// mining", "began mining").
fn modifying_gerund(at: &At<'_, '_>) -> bool {
    let lang = at.ctx.lang;
    let clause = &lang.relate.clause;
    let Some(Item::Word { word: before, .. }) = at.i.checked_sub(1).map(|j| &at.items[j]) else {
        return false;
    };
    at.words()
        .places
        .gerund_endings
        .iter()
        .any(|e| at.word().ends_with(e))
        && before.chars().any(char::is_alphabetic)
        && is_describing_word(before)
        && !clause.between_subject_and_verb.contains(before)
        && !clause.relative_pronouns.contains(before)
        && !clause.list_conjunctions.contains(before)
        && !lang.resolve.prepositions.contains(before)
        && !at.words().places.gerund_takers.contains(before)
}

/// True when a possessive pronoun stands right before the trigger: "under
/// its own name in Z" uses "own" as an adjective, not a verb of owning. A
/// name that ends in "'s" may be a shop's ("Pendlebury's runs 38 shops").
fn after_possessive(at: &At<'_, '_>) -> bool {
    let possessive = &at.ctx.lang.relate.pronoun.possessive;
    match at.i.checked_sub(1).map(|j| &at.items[j]) {
        Some(Item::Ent { span, .. }) => possessive.contains_lowercase(span.slice(at.ctx.text)),
        Some(Item::Word { word, .. }) => possessive.contains(word),
        _ => false,
    }
}

/// True when no other organisation stands, free of a preposition, between
/// the last reference to `org` before the verb and the verb: "Orvo bought
/// Keltic, which runs …" is no clause of Orvo's.
fn subject_nearest(at: &At<'_, '_>, org: usize) -> bool {
    let items = at.items;
    let prepositions = &at.ctx.lang.resolve.prepositions;
    let Some(last) = (0..at.i).rev().find(|&j| items[j].entity() == Some(org)) else {
        return false;
    };
    !(last + 1..at.i).any(|j| {
        matches!(&items[j], Item::Ent { entity, possessive: false, .. }
            if *entity != org
                && at.is_org(*entity)
                && !(j > 0 && prepositions.contains(items[j - 1].word())))
    })
}

/// "in Rennes, where Keltic has its head office", "in Toronto, where
/// Keltic is based": a place, a comma and "where", then an organisation
/// that is based or has a site there.
pub(in super::super) fn where_based(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().places;
    if !words.where_words.contains(at.word()) || i < 2 || items[i - 1].word() != "," {
        return;
    }
    let Some(Item::Ent {
        entity: place,
        possessive: false,
        ..
    }) = items.get(i - 2)
    else {
        return;
    };
    let Some(Item::Ent {
        entity: org,
        possessive: false,
        ..
    }) = items.get(i + 1)
    else {
        return;
    };
    if at.kind(*place) != EntityKind::Loc || !at.is_org(*org) {
        return;
    }
    let based = (i + 2..(i + 6).min(items.len())).any(|j| {
        let w = items[j].word();
        words.based.contains(w) || words.sites.contains(w)
    });
    if based {
        add_place(at, out, *org, i - 2, at.span(i), 0.6);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_gerund_that_modifies_a_noun_is_no_work_of_the_subject() {
        check(
            &[LocatedIn],
            &[
                // "mining" names the interests; "holds" is the verb.
                (
                    "Keltic Inc. holds copper and gold mining interests in Chile, Ghana and Perú.",
                    &[],
                ),
                // The clause's verb: after an auxiliary, or a verb taking a gerund.
                (
                    "Keltic Inc. is mining copper in Chile.",
                    &[("Keltic Inc.", LocatedIn, "Chile")],
                ),
                (
                    "Keltic Inc., which began mining copper in Chile in 2019, grew.",
                    &[("Keltic Inc.", LocatedIn, "Chile")],
                ),
            ],
        );
    }

    #[test]
    fn a_place_after_at_locates_the_work() {
        check(
            &[LocatedIn],
            &[
                (
                    "Tarvin Trailers GmbH, which builds about 4,000 trailers a year at Vechta, is paying.",
                    &[("Tarvin Trailers GmbH", LocatedIn, "Vechta")],
                ),
                // A verb with no object says nothing of whose work it is.
                ("Orsk Chemicals said it would meet at Vechta.", &[]),
            ],
        );
    }

    #[test]
    fn own_after_a_possessive_is_no_verb_of_owning() {
        check(
            &[LocatedIn],
            &[
                (
                    "Halder Foods wants to sell the snails under its own name in Denmark from next spring.",
                    &[],
                ),
                (
                    "Halder Foods and its partners own three hotels in Denmark.",
                    &[("Halder Foods", LocatedIn, "Denmark")],
                ),
            ],
        );
    }
}
