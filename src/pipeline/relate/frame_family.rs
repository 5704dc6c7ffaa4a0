//! A family as a party: "from the X family" names no one the money frame
//! can pay (a family is no entity, and its surname is a plain word unless
//! the same name is an entity elsewhere in the text), while "the X family's
//! holding company, Y" and "the X family company Y" name the company Y.
//! Part of the money frame.

use super::context::Context;
use super::item::Item;

/// How many items after the family noun the company it owns may be named
/// ("family's investment company, Y").
const COMPANY_REACH: usize = 5;

/// The party a surname at `q` stands for when a family noun follows it:
/// `Some(None)` for the family itself, `Some(Some(y))` for the company `y`
/// named right after ("the X family's holding company, Y"); `None` when no
/// family noun follows.
pub(super) fn family_party(ctx: &Context<'_>, items: &[Item], q: usize) -> Option<Option<usize>> {
    let frame = &ctx.lang.relate.frame;
    let f = q + 1;
    if !frame.family.contains(items.get(f)?.word()) {
        return None;
    }
    let prepositions = &ctx.lang.resolve.prepositions;
    let company = (f + 1..(f + 1 + COMPANY_REACH).min(items.len()))
        .take_while(|&p| match &items[p] {
            Item::Word { word, .. } => {
                word == "," || !(frame.boundary.contains(word) || prepositions.contains(word))
            }
            Item::Ent { .. } => true,
            _ => false,
        })
        .find_map(|p| match &items[p] {
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if ctx.kinds.get(*entity).is_some_and(|k| k.can_relate()) => Some(*entity),
            _ => None,
        });
    Some(company)
}

/// How many items after a preposition its family noun may stand ("from
/// the Van X family").
const SURNAME_REACH: usize = 4;

/// The party a preposition at `p` names when a family follows it ("from
/// the X family", "to the X family's holding company, Y"): `Some(None)`
/// for the family, `Some(Some(y))` for the company named after it, `None`
/// when no family follows. The surname is a plain capitalised word (a
/// family is no entity) or, where the same name is an entity elsewhere in
/// the text, that entity.
pub(super) fn family_after(ctx: &Context<'_>, items: &[Item], p: usize) -> Option<Option<usize>> {
    let family = &ctx.lang.relate.frame.family;
    let end = (p + 1 + SURNAME_REACH).min(items.len());
    let f = (p + 2..end).find(|&f| family.contains(items[f].word()))?;
    let surname = |it: &Item| match it {
        Item::Ent { possessive, .. } => !possessive,
        _ => capitalised_word(ctx, it),
    };
    let plain =
        |it: &Item| matches!(it, Item::Word { word, .. } if word.chars().all(char::is_lowercase));
    (surname(&items[f - 1])
        && items[p + 1..f - 1]
            .iter()
            .all(|it| plain(it) || surname(it)))
    .then(|| family_party(ctx, items, f - 1))
    .flatten()
}

/// True when `item` is a plain word written with a capital ("Brandt" of
/// "the Brandt family"; items keep words in lower case).
fn capitalised_word(ctx: &Context<'_>, item: &Item) -> bool {
    matches!(item, Item::Word { span, .. } if span.slice(ctx.text).starts_with(char::is_uppercase))
}

/// The party a capitalised plain word at `p` stands for when a family
/// noun follows it, as [`family_party`] gives it.
pub(super) fn family_word(ctx: &Context<'_>, items: &[Item], p: usize) -> Option<Option<usize>> {
    capitalised_word(ctx, &items[p])
        .then(|| family_party(ctx, items, p))
        .flatten()
}

/// How many items after the verb the word before the seller may stand
/// ("bought it from the X family", "bought T in 2020 from the X family").
const FROM_REACH: usize = 6;

/// True when a buyer's verb at `j` names its seller, before the amount at
/// `k` or just behind it, only as a family ("bought T from the X family
/// for $N"): someone is paid, but no one the text names as an entity.
pub(super) fn family_seller(ctx: &Context<'_>, items: &[Item], j: usize, k: usize) -> bool {
    let from = &ctx.lang.relate.frame.from;
    (j + 1..(k + FROM_REACH).min(items.len()))
        .filter(|&p| from.contains(items[p].word()))
        .any(|p| family_after(ctx, items, p) == Some(None))
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties as check;

    #[test]
    fn a_family_is_no_party_but_its_company_is() {
        check(&[
            (
                "Harvel Group paid 2.1 billion Danish crowns to the Brandhuber \
                 family's investment company, Brandhuber Holding ApS.",
                (
                    "2.1 billion Danish crowns",
                    Some("Harvel Group"),
                    Some("Brandhuber Holding ApS"),
                ),
            ),
            (
                "Steinvik Partners bought Orlaco from the Brandhuber family in 2020 for CHF 210m.",
                ("CHF 210m", Some("Steinvik Partners"), None),
            ),
            (
                "Steinvik Partners bought a 62% stake in Orlaco from the Brandhuber family for \
                 145 million pounds.",
                ("145 million pounds", Some("Steinvik Partners"), None),
            ),
            (
                "Steinvik Partners bought 40% of Orlaco from the Van Brandhuber family for \
                 30 million pounds.",
                ("30 million pounds", Some("Steinvik Partners"), None),
            ),
            (
                "Harvel Group bought Orlaco in 2020 for 160 million euros from the Van Brandhuber \
                 family company Brandhuber Holding.",
                (
                    "160 million euros",
                    Some("Harvel Group"),
                    Some("Brandhuber Holding"),
                ),
            ),
        ]);
    }

    #[test]
    fn a_business_sold_by_its_owner_pays_the_owner() {
        check(&[(
            "The dog-food maker Brandhuber Foods has been sold to Harvel Group by its owner, \
             Steinvik Partners, for £740 million.",
            (
                "£740 million",
                Some("Harvel Group"),
                Some("Steinvik Partners"),
            ),
        )]);
    }
}
