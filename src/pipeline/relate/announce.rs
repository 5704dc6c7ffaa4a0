//! Announcements: "S announced (the) E", and launches of products a few
//! describing words on ("S unveiled its new K7 handset", "S released a new
//! version of its P").

use crate::model::{EntityKind, RelationKind};
use crate::pipeline::word_shape::is_describing_word;

use super::item::{Finds, Item, next_entity};
use super::pattern::At;

/// How many items after the trigger a launched product may stand.
const PRODUCT_REACH: usize = 9;

/// How many describing words after the thing announced an apposition's
/// comma may stand.
const APPOSITION_REACH: usize = 5;

/// How many plain words may stand between a joiner ("along with") and the
/// next product launched.
const JOINED_REACH: usize = 2;

/// "S announced (the) E": a person or organisation announces a thing that
/// is not a person; a product may stand further on, past describing words
/// and possessives ("unveiled its new K7", "announced that a beta version
/// of P would ship"), as long as no other name, amount or clause word comes
/// first.
pub(super) fn announce(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().announce;
    // "showed off the K7", "presented the K7": a product only, after the
    // particle of a phrasal word.
    let product_only = words.product_only.contains(at.word());
    if !product_only && !words.announce.contains(at.word()) {
        return;
    }
    let from = i + 1 + usize::from(product_only && at.is(i + 1, &words.particles));
    if at.is(from, &at.words().clause.passive_agent) {
        passive(at, from, out);
        return;
    }
    let Some(s) = at.subject.filter(|&s| at.is_person(s) || at.is_org(s)) else {
        // "The event included a preview of Keltic's new K7": the company
        // whose product it is announced it, whoever the clause is about.
        if at.is(from, &words.of)
            && let Some((_, t)) = product_after(at, from)
            && let Some(owner) = owner_before(at, from, t)
        {
            out.add(RelationKind::Announced, owner, t, at.span(i), None, 0.7);
        }
        return;
    };
    let (j, t, confidence) = match next_entity(items, from, 2) {
        Some((j, t))
            if (j == from || words.determiners.contains(items[from].word()))
                && t != s
                && !at.is_person(t)
                && at.kind(t).can_relate()
                // "announced the company's move": the move, not the company.
                && (!matches!(items[j], Item::Ent { possessive: true, .. })
                    || at.kind(t) == EntityKind::Product)
                && (!product_only
                    || maker_product(at, j).is_some()
                    || at.kind(t) == EntityKind::Product) =>
        {
            // "unveiled the Zephyr X5": the maker's name before a model is
            // part of the product's.
            let (j, t) = maker_product(at, j).unwrap_or((j, t));
            (j, t, 0.8)
        }
        _ => match product_after(at, from) {
            Some((j, t)) => (j, t, 0.7),
            None => return,
        },
    };
    let (j, t) = appositive_product(at, j).unwrap_or((j, t));
    out.add(RelationKind::Announced, s, t, at.span(i), None, confidence);
    // "Hale announced the release of Keltic's K7": the company too.
    if let Some(owner) = owner_before(at, from, t).filter(|&o| o != s) {
        out.add(RelationKind::Announced, owner, t, at.span(i), None, 0.7);
    }
    for p in more_products(at, j) {
        if p != s {
            out.add(RelationKind::Announced, s, p, at.span(i), None, confidence);
        }
    }
}

/// The product right after a maker's name at `j` ("Zephyr" of "Zephyr X5"),
/// with its position.
fn maker_product(at: &At<'_, '_>, j: usize) -> Option<(usize, usize)> {
    match at.items.get(j) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) if at.is_org(*entity) => at
            .items
            .get(j + 1)
            .and_then(Item::entity)
            .filter(|&p| at.kind(p) == EntityKind::Product)
            .map(|p| (j + 1, p)),
        _ => None,
    }
}

/// Products launched with the one at `j`: "the K7 and the K9", "the K7
/// phone, along with the new K9 tablet", "K7 phone, K9 tablet at …" — a
/// joiner between a few plain words on either side, then a product (its
/// maker's name may stand before it).
fn more_products(at: &At<'_, '_>, mut j: usize) -> Vec<usize> {
    let words = &at.words().announce;
    let items = at.items;
    let mut out = Vec::new();
    let plain = |w: &str| !w.is_empty() && !words.stops.contains(w) && is_describing_word(w);
    loop {
        // "the K7 phone and …": describing words may end the product's phrase.
        let mut k = j + 1;
        while k < j + 1 + APPOSITION_REACH && items.get(k).is_some_and(|it| plain(it.word())) {
            k += 1;
        }
        // A comma may stand before a joining phrase: ", along with".
        let joined = |k: usize| {
            words.also.iter().find_map(|phrase| {
                let n = phrase.split(' ').count();
                phrase
                    .split(' ')
                    .zip(items.get(k..k + n)?)
                    .all(|(w, it)| it.word() == w)
                    .then_some(k + n)
            })
        };
        let Some(after) = joined(k) else {
            return out;
        };
        k = joined(after).unwrap_or(after);
        // At most a determiner and a describing word ("the new"), never a
        // clause ("…, which competes with the K9").
        let first = k;
        let relative = &at.words().clause.relative_pronouns;
        while k < first + JOINED_REACH
            && items
                .get(k)
                .is_some_and(|it| plain(it.word()) && !relative.contains(it.word()))
        {
            k += 1;
        }
        let product = |k: usize| {
            items
                .get(k)
                .and_then(Item::entity)
                .filter(|&p| at.kind(p) == EntityKind::Product)
                .map(|p| (k, p))
        };
        let Some((next, p)) = product(k).or_else(|| maker_product(at, k)) else {
            return out;
        };
        out.push(p);
        j = next;
    }
}

/// "P was introduced by S", "P was unveiled by Keltic CEO X": the product
/// the clause is about was announced by the name after "by", and by the
/// person a title after it names.
fn passive(at: &At<'_, '_>, by: usize, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    // "The K7, unveiled by S on Monday, …": the product the participle
    // describes stands right before its comma.
    let described = i
        .checked_sub(2)
        .filter(|&k| items[k + 1].word() == ",")
        .and_then(|k| items[k].entity())
        .filter(|&p| at.kind(p) == EntityKind::Product);
    let Some(p) = described.or(at
        .subject
        .filter(|&p| matches!(at.kind(p), EntityKind::Product | EntityKind::Misc)))
    else {
        return;
    };
    let Some((j, s)) = next_entity(items, by + 1, 2) else {
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
fn appositive_product(at: &At<'_, '_>, j: usize) -> Option<(usize, usize)> {
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
        .map(|e| (comma + 2, e))
}

/// The organisation whose possessive stands between `from` and the product
/// `t` ("the release of Keltic's new K7"), the product's maker.
fn owner_before(at: &At<'_, '_>, from: usize, t: usize) -> Option<usize> {
    let end = (from + PRODUCT_REACH).min(at.items.len());
    let at_t = (from..end).find(|&k| at.items[k].entity() == Some(t))?;
    (from..at_t).rev().find_map(|k| match &at.items[k] {
        Item::Ent {
            entity,
            possessive: true,
            ..
        } if at.is_org(*entity) && *entity != t => Some(*entity),
        _ => None,
    })
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
                // The company whose product is launched announced it too.
                (
                    "Jan Varga announced the release of Keltic Inc.'s K7 handset.",
                    &[
                        ("Jan Varga", Announced, "K7"),
                        ("Keltic Inc.", Announced, "K7"),
                    ],
                ),
                (
                    "The show also included a preview of Keltic Inc.'s forthcoming K7 handset.",
                    &[("Keltic Inc.", Announced, "K7")],
                ),
                // A company's possessive opens what is announced.
                ("Jan Varga announced Keltic Inc.'s move on Monday.", &[]),
                // Without a clause's announcer, only a launch noun's "of" does.
                (
                    "Among the phones shown were Keltic Inc.'s K7 and a K9.",
                    &[],
                ),
                // Copies sold of a product are no launch of it.
                (
                    "Jan Varga announced that 2 million copies of the Orvane X2 were sold.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn products_launched_together_and_phrasal_launches() {
        check(
            &[Announced],
            &[
                // A maker's name before a model is the product's, not the
                // thing announced; a second product joins the first.
                (
                    "Keltic Inc. unveiled the Zephyr X5 and the Zephyr Pad on Monday.",
                    &[
                        ("Keltic Inc.", Announced, "Zephyr X5"),
                        ("Keltic Inc.", Announced, "Zephyr Pad"),
                    ],
                ),
                (
                    "Brisk Systems released the K7 phone, along with the new K9 tablet.",
                    &[
                        ("Brisk Systems", Announced, "K7"),
                        ("Brisk Systems", Announced, "K9"),
                    ],
                ),
                (
                    "Brisk Systems released the K7 phone, as well as a cheaper K9 tablet, on Monday.",
                    &[
                        ("Brisk Systems", Announced, "K7"),
                        ("Brisk Systems", Announced, "K9"),
                    ],
                ),
                (
                    "Brisk Systems unveils K7 phone, K9 tablet at trade show",
                    &[
                        ("Brisk Systems", Announced, "K7"),
                        ("Brisk Systems", Announced, "K9"),
                    ],
                ),
                // A clause after the comma is no second launch.
                (
                    "Brisk Systems launched the K7 phone, which competes with the Orvane X2.",
                    &[("Brisk Systems", Announced, "K7")],
                ),
                (
                    "Keltic Inc. launched the Zephyr X5 and Brisk Systems cut prices.",
                    &[("Keltic Inc.", Announced, "Zephyr X5")],
                ),
                // Phrasal and product-only launch words.
                (
                    "Keltic Inc. showed off the Zephyr X5 at a trade fair in Berlin.",
                    &[("Keltic Inc.", Announced, "Zephyr X5")],
                ),
                (
                    "Keltic Inc. rolled out the Zephyr X5 in Europe.",
                    &[("Keltic Inc.", Announced, "Zephyr X5")],
                ),
                (
                    "Last week Keltic Inc. presented the Zephyr X5.",
                    &[("Keltic Inc.", Announced, "Zephyr X5")],
                ),
                ("The mayor presented Keltic Inc. with an award.", &[]),
                // A participle after the product's comma.
                (
                    "The Zephyr X5, announced by Keltic Inc. on Monday, will ship in June.",
                    &[("Keltic Inc.", Announced, "Zephyr X5")],
                ),
            ],
        );
    }
}
