//! Announcements: "S announced (the) E", and launches of products a few
//! describing words on ("S unveiled its new K7 handset", "S released a new
//! version of its P").

use crate::model::{EntityKind, RelationKind};

use super::item::{Finds, Item, next_entity};
use super::pattern::At;

/// How many items after the trigger a launched product may stand.
const PRODUCT_REACH: usize = 9;

/// How many describing words after the thing announced an apposition's
/// comma may stand.
const APPOSITION_REACH: usize = 5;

/// "S announced (the) E": a person or organisation announces a thing that
/// is not a person; a product may stand further on, past describing words
/// and possessives ("unveiled its new K7", "announced that a beta version
/// of P would ship"), as long as no other name, amount or clause word comes
/// first.
pub(super) fn announce(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().announce;
    if !words.announce.contains(at.word()) {
        return;
    }
    if at.is(i + 1, &at.words().clause.passive_agent) {
        passive(at, out);
        return;
    }
    let Some(s) = at.subject.filter(|&s| at.is_person(s) || at.is_org(s)) else {
        return;
    };
    if let Some((j, t)) = next_entity(items, i + 1, 2)
        && (j == i + 1 || words.determiners.contains(items[i + 1].word()))
        && t != s
        && !at.is_person(t)
        && at.kind(t).can_relate()
    {
        let t = appositive_product(at, j).unwrap_or(t);
        out.add(RelationKind::Announced, s, t, at.span(i), None, 0.8);
    } else if let Some((j, t)) = product_after(at, i + 1) {
        let t = appositive_product(at, j).unwrap_or(t);
        out.add(RelationKind::Announced, s, t, at.span(i), None, 0.7);
    }
}

/// "P was introduced by S", "P was unveiled by Keltic CEO X": the product
/// the clause is about was announced by the name after "by", and by the
/// person a title after it names.
fn passive(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let Some(p) = at
        .subject
        .filter(|&p| matches!(at.kind(p), EntityKind::Product | EntityKind::Misc))
    else {
        return;
    };
    let Some((j, s)) = next_entity(items, i + 2, 2) else {
        return;
    };
    if at.is_person(s) || at.is_org(s) {
        out.add(RelationKind::Announced, s, p, at.span(i), None, 0.75);
    }
    // "by Keltic CEO Jon Hale": the person announced it too.
    if let (Some(Item::Title { .. }), Some(person)) =
        (items.get(j + 1), items.get(j + 2).and_then(Item::entity))
        && at.is_org(s)
        && at.is_person(person)
    {
        out.add(RelationKind::Announced, person, p, at.span(i), None, 0.7);
    }
}

/// The product an apposition after the thing at `j` names, a few describing
/// words on: "its latest phone, the K8 Pro", "a music-ready handset, the
/// Orvane X2". A determiner opens the apposition; without one the comma
/// lists another thing ("the K7, K8 and K9").
fn appositive_product(at: &At<'_, '_>, j: usize) -> Option<usize> {
    let words = &at.words().announce;
    let plain = |w: &str| {
        !w.is_empty()
            && !words.stops.contains(w)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let comma = (j + 1..(j + 1 + APPOSITION_REACH).min(at.items.len()))
        .take_while(|&k| at.items[k].word() == "," || plain(at.items[k].word()))
        .find(|&k| at.items[k].word() == ",")?;
    if !at.is(comma + 1, &words.determiners) {
        return None;
    }
    at.items
        .get(comma + 2)
        .and_then(Item::entity)
        .filter(|&e| at.kind(e) == EntityKind::Product)
}

/// The first product within reach after `from`, when only plain words,
/// possessives ("its", "Apple's") and the product's maker right before it
/// ("Orvane" in "Orvane X2") stand before it.
fn product_after(at: &At<'_, '_>, from: usize) -> Option<(usize, usize)> {
    let stops = &at.words().announce.stops;
    let product = |j: usize| {
        at.items
            .get(j)
            .and_then(super::item::Item::entity)
            .filter(|&e| at.kind(e) == EntityKind::Product)
    };
    for j in from..(from + PRODUCT_REACH).min(at.items.len()) {
        if let Some(p) = product(j) {
            return Some((j, p));
        }
        match &at.items[j] {
            Item::Ent {
                possessive: true, ..
            } => {}
            Item::Ent { .. } if product(j + 1).is_some() => {}
            Item::Word { word, .. } if !stops.contains(word) => {}
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn announcements() {
        check(
            &[Announced],
            &[
                (
                    "Keltic Inc. announced the Highland Project on Monday.",
                    &[("Keltic Inc.", Announced, "Highland Project")],
                ),
                (
                    "Zephyr Corp. unveiled the Falcon Platform.",
                    &[("Zephyr Corp.", Announced, "Falcon Platform")],
                ),
            ],
        );
    }

    #[test]
    fn launches_of_products_past_describing_words() {
        check(
            &[Announced],
            &[
                (
                    "Keltic Inc. today unveiled its new K7 handset at a trade show in Oslo.",
                    &[("Keltic Inc.", Announced, "K7")],
                ),
                (
                    "Brisk Systems released a cheaper version of its S9 phone.",
                    &[("Brisk Systems", Announced, "S9")],
                ),
                (
                    "Jan Varga announced that a beta version of the Orvane X2 would ship in May.",
                    &[("Jan Varga", Announced, "Orvane X2")],
                ),
                // A name before the product ends the reach: the launch is
                // of something said of another company.
                (
                    "Brisk Systems launched a campaign against Keltic Inc. and its K7 handset.",
                    &[],
                ),
                // A clause word ends it too.
                (
                    "Brisk Systems announced profits because demand for the S9 rose.",
                    &[],
                ),
                // An apposition names the product launched.
                (
                    "Keltic Inc. today unveiled its latest addition to the K7 phone line, the Z9 phone.",
                    &[("Keltic Inc.", Announced, "Z9")],
                ),
                (
                    "Brisk Systems also announced a music-ready handset, the Orvane X2, on Monday.",
                    &[("Brisk Systems", Announced, "Orvane X2")],
                ),
                (
                    "Keltic Inc. announced its newest handset, the Z9 Nova, on Monday.",
                    &[("Keltic Inc.", Announced, "Z9 Nova")],
                ),
                // In the passive, by a company and the person its title names.
                (
                    "The Z9 phone was introduced by Keltic Inc. CEO Jon Hale at a show in Oslo.",
                    &[
                        ("Keltic Inc.", Announced, "Z9"),
                        ("Jon Hale", Announced, "Z9"),
                    ],
                ),
                (
                    "The Orvane X2 was unveiled by Brisk Systems on Monday.",
                    &[("Brisk Systems", Announced, "Orvane X2")],
                ),
                // A company is not announced, it announces.
                ("Brisk Systems was launched by Jan Varga in 2001.", &[]),
                // Copies sold of a product are no launch of it.
                (
                    "Jan Varga announced that 2 million copies of the Orvane X2 were sold.",
                    &[],
                ),
            ],
        );
    }
}
