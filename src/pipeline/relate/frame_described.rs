//! Names that only describe a party a few words on: "U.S. hedge fund S",
//! "the Heidelberg caterer T" (a place, or a name the tagger read as a
//! company, before a describing noun and the party's name), and a place
//! before a noun that names no one ("from a US fund"), which is no party.

use crate::model::EntityKind;
use crate::pipeline::word_shape::is_describing_word;

use super::context::Context;
use super::item::Item;

/// How many describing words may stand between a name that describes and
/// the name it describes ("U.S. hedge fund S").
const DESCRIBING_REACH: usize = 3;

/// How many describing words may stand between two company names for the
/// first to describe the second ("A caterer T", "A unit T").
const COMPANY_REACH: usize = 2;

/// "U.S. hedge fund S": a place that only describes the name a few
/// describing words on gives way to it ("from US fund as S …" does not).
pub(super) fn described(ctx: &Context<'_>, items: &[Item], q: usize) -> Option<usize> {
    let is_place = |e: usize| ctx.kinds.get(e) == Some(&EntityKind::Loc);
    items[q].entity().filter(|&e| is_place(e))?;
    let prepositions = &ctx.lang.resolve.prepositions;
    // Up to the reach's describing words, then the name ("the London-based
    // private equity firm S": "-based" is no item of its own).
    (q + 1..(q + 2 + DESCRIBING_REACH).min(items.len()))
        .take_while(|&p| match &items[p] {
            Item::Word { word, .. } => is_describing_word(word) && !prepositions.contains(word),
            Item::Ent { .. } => true,
            _ => false,
        })
        .find_map(|p| items[p].entity())
        .filter(|&e| !is_place(e))
}

/// The party the reference at `q` stands for when it only describes a noun
/// after it: the name a place describes ("U.S. hedge fund S"), the company
/// name one or two describing nouns after a company name ("Heidelberg
/// caterer T", a place the tagger read as a company), or `Some(None)` for a
/// place before a noun that names no one ("from US fund"); `None` when the
/// reference describes nothing after it. A place before a noun of
/// government ("the US government") is that government, and stays; so is
/// a place before a last noun that names its body ("the Normandy region").
pub(super) fn modified(ctx: &Context<'_>, items: &[Item], q: usize) -> Option<Option<usize>> {
    if let Some(e) = described(ctx, items, q) {
        return Some(Some(e));
    }
    let Some(Item::Ent {
        entity,
        possessive: false,
        ..
    }) = items.get(q)
    else {
        return None;
    };
    let kind = ctx.kinds.get(*entity)?;
    let resolve = &ctx.lang.resolve;
    let describing = |it: &Item| {
        matches!(it, Item::Word { word, .. }
            if !word.is_empty()
                && is_describing_word(word)
                && !resolve.prepositions.contains(word)
                && !resolve.determiners.contains(word)
                && !resolve.relative_pronouns.contains(word)
                && !ctx.lang.relate.clause.list_conjunctions.contains(word)
                && !ctx.lang.relate.frame.boundary.contains(word))
    };
    let nouns = (q + 1..(q + 1 + DESCRIBING_REACH).min(items.len()))
        .take_while(|&p| describing(&items[p]))
        .count();
    if nouns == 0 {
        return None;
    }
    let governing = (q + 1..=q + nouns).any(|p| {
        let w = items[p].word();
        ctx.lang.kinds.government_heads.contains(w) || resolve.public_words.contains(w)
    }) || ctx
        .lang
        .relate
        .frame
        .place_heads
        .contains(items[q + nouns].word());
    match (kind, items.get(q + 1 + nouns)) {
        (EntityKind::Org, Some(Item::Ent { entity: named, .. }))
            if nouns <= COMPANY_REACH && ctx.kinds.get(*named) == Some(&EntityKind::Org) =>
        {
            Some(Some(*named))
        }
        (EntityKind::Loc, next)
            if !governing && !matches!(next, Some(Item::Ent { .. } | Item::Money { .. })) =>
        {
            Some(None)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties as check;

    #[test]
    fn a_name_before_a_describing_noun_gives_way_to_the_party() {
        check(&[
            // A place before a noun that names no one is no party.
            (
                "Torvane Cranes secured €40m from a US fund.",
                ("€40m", None, Some("Torvane Cranes")),
            ),
            // A name the tagger read as a company before a describing
            // noun and the party's name gives way to it.
            (
                "Velmora Holdings paid €30m to Lindau caterer Morvik Kuechen GmbH.",
                (
                    "€30m",
                    Some("Velmora Holdings"),
                    Some("Morvik Kuechen GmbH"),
                ),
            ),
            // A name past "as" is not the one the place describes.
            (
                "Torvane Cranes secured €40m from US fund as Velmora Group chases work.",
                ("€40m", None, Some("Torvane Cranes")),
            ),
            // Three describing words between the place and the name.
            (
                "Torvane Cranes secured €40m from the Oslo-based private equity firm Velmora Partners.",
                ("€40m", Some("Velmora Partners"), Some("Torvane Cranes")),
            ),
            (
                "Torvane Cranes secured €40m from the Oslo private equity firm Velmora Partners.",
                ("€40m", Some("Velmora Partners"), Some("Torvane Cranes")),
            ),
            // A place that only says where the seller named after "from" is.
            (
                "Velmora Holdings agreed to buy Tarvik Care from the Lisbon-based private equity firm Keltic Partners for €380 million.",
                (
                    "€380 million",
                    Some("Velmora Holdings"),
                    Some("Keltic Partners"),
                ),
            ),
            (
                "Velmora Holdings bought Tarvik Care from Zürich-based Keltic Partners for €380 million.",
                (
                    "€380 million",
                    Some("Velmora Holdings"),
                    Some("Keltic Partners"),
                ),
            ),
            // A place of government stays the payer.
            (
                "Torvane Cranes received €40m from the French government.",
                ("€40m", Some("French government"), Some("Torvane Cranes")),
            ),
            // So does a place its region's noun follows, also as the agent
            // of a passive.
            (
                "Torvane Cranes received €40m from the Normandy region.",
                ("€40m", Some("Normandy"), Some("Torvane Cranes")),
            ),
            (
                "A further €4m has been granted to Torvane Cranes by the Normandy region.",
                ("€4m", Some("Normandy"), Some("Torvane Cranes")),
            ),
            // Not where a noun of its own follows the region's.
            (
                "Torvane Cranes secured €40m from a Normandy region fund.",
                ("€40m", None, Some("Torvane Cranes")),
            ),
        ]);
    }
}
