//! Places written right after an organisation's name or its description:
//! "the cold stores of Keltic in Leeds", "a concert hall for the Keltic
//! Hall in Leeds", "the Raahe works of Keltic", and "Keltic Oy, a maker of
//! sauna stoves in Tampere".

use crate::model::{EntityKind, RelationKind};
use crate::pipeline::word_shape::is_describing_word;

use super::super::item::{Finds, Item};
use super::super::pattern::At;

/// "compete with Keltic in Leeds", "the Keltic Hall, in Leeds,": a place
/// right after "in" right after a name locates the organisation named.
/// A world region ("behind Keltic and Brask in Europe") is a market, not a
/// seat; "in the …" is left alone for the same reason ("the second-biggest
/// operator in the Benelux"). A description resolved to the name is no
/// name; the place holds for that name only, not for those listed with it.
pub(in super::super) fn org_in_place(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    if !at.words().places.based_in.contains(at.word()) || i == 0 {
        return;
    }
    let before = if items[i - 1].word() == "," && i >= 2 {
        i - 2
    } else {
        i - 1
    };
    let Some(Item::Ent {
        entity: org,
        possessive: false,
        pronoun: false,
        span,
    }) = items.get(before)
    else {
        return;
    };
    let named = span
        .slice(at.ctx.text)
        .starts_with(|c: char| c.is_uppercase());
    if !named || at.kind(*org) != EntityKind::Org || listed(at, before) || of_unit(at, before) {
        return;
    }
    // "The company, in the southern province of P, had …": set off by
    // commas, the place may follow an article and plain words.
    let set_off = (before + 2 == i)
        .then(|| super::place_after(at, i + 1))
        .flatten()
        .filter(|&k| k > i + 1 && items.get(k + 1).map(Item::word) == Some(","));
    let Some(Item::Ent {
        entity: loc,
        possessive: false,
        span: place,
        ..
    }) = items.get(set_off.unwrap_or(i + 1))
    else {
        return;
    };
    if at.kind(*loc) != EntityKind::Loc
        || at.ctx.lang.kinds.regions.contains(place.slice(at.ctx.text))
    {
        return;
    }
    out.add(RelationKind::LocatedIn, *org, *loc, at.span(i), None, 0.6);
    out.nearest_only();
}

/// True when the name at `k` closes a list ("competes with Brask and
/// Keltic in Leeds": the place is where they compete).
fn listed(at: &At<'_, '_>, k: usize) -> bool {
    let clause = &at.words().clause;
    k >= 2
        && (clause.list_conjunctions.contains(at.items[k - 1].word())
            || clause.list_separators.contains(at.items[k - 1].word()))
        && at.items[k - 2].entity().is_some()
}

/// True when the name at `k` owns a unit named before it ("the cooling
/// division of Keltic in Oslo": the unit is there, not the owner).
fn of_unit(at: &At<'_, '_>, k: usize) -> bool {
    let of = if k >= 1 && at.is(k - 1, &at.ctx.lang.resolve.determiners) {
        k - 1
    } else {
        k
    };
    of >= 2
        && at.is(of - 1, &at.words().places.of_place)
        && at.is(of - 2, &at.words().holdings.units)
}

/// "the Raahe works of Keltic": the organisation after "of" that owns a
/// site the place before it names (`site` is the site noun's position); a
/// unit ("the Cork business of Keltic") is no site of its owner's.
pub(super) fn site_of(at: &At<'_, '_>, site: usize) -> Option<usize> {
    if !at.is(site + 1, &at.words().places.of_place) || at.is(site, &at.words().holdings.units) {
        return None;
    }
    match at.items.get(site + 2) {
        Some(Item::Ent {
            entity,
            possessive: false,
            pronoun: false,
            ..
        }) if at.is_org(*entity) => Some(*entity),
        // "the London office of U.S. bankers Keltic Lynch": past the place
        // that describes the owner.
        Some(Item::Ent {
            entity,
            possessive: false,
            pronoun: false,
            ..
        }) if matches!(at.kind(*entity), EntityKind::Loc | EntityKind::Nationality) => at
            .past_place(site + 2)
            .filter(|&o| o != *entity && at.is_org(o)),
        _ => None,
    }
}

/// "a maker of sauna stoves in Tampere", "a cooperative of some 4,200
/// growers in the province of Jaén": the position of the place's
/// preposition past an "of" phrase after the description's noun at `i`
/// (a few plain words and figures, no preposition but the "of").
pub(super) fn past_of_phrase(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let places = &at.words().places;
    if !at.is(i + 1, &places.of_place) {
        return None;
    }
    let prepositions = &at.ctx.lang.resolve.prepositions;
    let plain = |w: &str| {
        let figure = w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || c == ',');
        figure || (is_describing_word(w) && !w.is_empty() && !prepositions.contains(w))
    };
    let mut k = i + 2;
    while k < i + 7 && matches!(at.items.get(k), Some(Item::Word { word, .. }) if plain(word)) {
        k += 1;
    }
    (k > i + 2 && at.is(k, &places.based_in)).then_some(k)
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::LocatedIn;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_place_set_off_after_a_description_locates_its_organisation() {
        check(
            &[LocatedIn],
            &[
                (
                    "Keltic Motors Corp posted a drop in profit. The company, in the northern county of Caithness, had about eight percent of the market.",
                    &[("Keltic Motors Corp", LocatedIn, "Caithness")],
                ),
                // The site's owner past the place that describes it.
                (
                    "Top dealers in the London office of U.S. bankers Halvard Lynch are moving to Dublin.",
                    &[
                        ("Halvard Lynch", LocatedIn, "London"),
                        ("Halvard Lynch", LocatedIn, "U.S."),
                    ],
                ),
                // Not set off: where it sells, not where it is.
                (
                    "Keltic Motors Corp posted a drop in profit. The company sells in the northern county of Caithness.",
                    &[],
                ),
            ],
        );
    }
}
