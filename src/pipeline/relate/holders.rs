//! The holders named as such: "S is the largest shareholder of T", "S,
//! the owner of T", "T's owners, A and B", "T's other owners include A",
//! "sold to its present owners, the investor S" — each holds a stake in
//! T. Apart from `holdings` (stakes, verbs of owning) by the noun.

use crate::model::{EntityKind, RelationKind};
use crate::pipeline::word_shape::is_describing_word;

use super::clause::names_listed;
use super::described_members::list_opening;
use super::held::{company, holder};
use super::holdings::apposed_or_subject;
use super::item::{Finds, Item, find_word, next_entity, possessor_near};
use super::pattern::At;

/// The holder named as such: "S is the largest shareholder of T", "S, the
/// owner of T", "T's owner, S".
pub(super) fn holder_noun(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    if !words.holdings.holder_nouns.contains(at.word()) {
        return;
    }
    // "the owner of T", "a majority shareholder in T".
    let held_at = find_word(items, i + 1, i + 2, &words.holdings.stake_in)
        .and_then(|p| next_entity(items, p + 1, 2))
        .map(|(j, _)| at.named_after(j));
    let (s, t) = match held_at.and_then(|h| Some((h, items[h].entity()?))) {
        // "The largest holders of T are A and B": the list the copula
        // gives.
        Some((h, t)) if restated_holders(at, t, h + 1, false, out) => return,
        // "S, the owner of T" / "S is the largest shareholder of T".
        Some((_, t)) => (apposed_or_subject(at, i), Some(t)),
        // "T's owner, S" / "T's largest shareholder S" / "T was sold to its
        // present owners, the investor S".
        None => {
            let t = possessor_near(items, i).or_else(|| pronoun_possessor(at, i));
            if let Some(t) = t
                && (restated_holders(at, t, i + 1, true, out) || included_holders(at, t, out))
            {
                return;
            }
            let s = match items.get(i + 1) {
                // "its owner, the Paisley investor S": past a description.
                Some(Item::Word { word, .. }) if word == "," => list_opening(at.ctx, items, i + 2)
                    .first()
                    .and_then(|&k| items.get(k)),
                other => other,
            }
            .and_then(Item::entity);
            (s, t)
        }
    };
    if let (Some(s), Some(t)) = (s, t)
        && s != t
        && holder(at, s)
        && company(at, t)
    {
        out.add(RelationKind::StakeIn, s, t, at.span(i), None, 0.7);
    }
}

/// Plain describing words allowed before each holder a holder noun's
/// "include" lists ("pension manager S").
const INCLUDED_LEAD: usize = 3;

/// "T's other owners include the pension manager A and B": each name the
/// link word after the holder noun at `at.i` lists holds a stake in T. True
/// when a link word stands there (the list is read, named or not).
fn included_holders(at: &At<'_, '_>, t: usize, out: &mut Finds) -> bool {
    let (items, i) = (at.items, at.i);
    let links = &at.words().orders.customers_link;
    let mut j = i + 1;
    while at.is(j, links) {
        j += 1;
    }
    if j == i + 1 {
        return false;
    }
    let clause = &at.words().clause;
    // "Canadian pension manager A": a nationality describes too.
    let describing = |it: &Item| match it {
        Item::Word { word, .. } => {
            is_describing_word(word)
                && word.chars().any(char::is_lowercase)
                && !clause.list_conjunctions.contains(word)
        }
        Item::Ent {
            entity,
            possessive: false,
            ..
        } => at.kind(*entity) == EntityKind::Nationality,
        // "pension manager A": a role word read as a title.
        Item::Title { .. } => true,
        _ => false,
    };
    // "the Zürich fund B": the name a place's description leads to.
    for k in names_listed(clause, items, j, INCLUDED_LEAD, describing) {
        if let Some(s) = items[at.named_after(k)].entity()
            && s != t
            && holder(at, s)
            && company(at, t)
        {
            out.add(RelationKind::StakeIn, s, t, at.span(i), None, 0.7);
        }
    }
    true
}

/// How many describing words may stand between a possessive pronoun and
/// the holder noun it owns ("its two largest outside shareholders").
const HOLDER_LEAD: usize = 3;

/// The company an unresolved possessive pronoun before the holder noun at
/// `i` stands for: the clause's subject ("T was sold in 2017 to its present
/// owners", "T may pay no dividends to its owners"), describing words
/// between. Not after a seller's preposition ("bought the plant from its
/// owner": the thing sold, the pronoun resolver's reading) and not when the
/// clause names no company as subject, nor after a passive's "by" ("sold
/// to B by its owner, S": the seller, `frame_family`'s reading).
fn pronoun_possessor(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let items = at.items;
    let words = &at.ctx.lang.relate.pronoun;
    let p = (i.saturating_sub(HOLDER_LEAD + 1)..i).rev().find(
        |&k| matches!(&items[k], Item::Word { word, .. } if words.possessive.contains(word)),
    )?;
    let plain = (p + 1..i)
        .all(|k| matches!(&items[k], Item::Word { word, .. } if is_describing_word(word)));
    let seller = p.checked_sub(1).is_some_and(|k| {
        words.seller_prepositions.contains(items[k].word())
            || at.is(k, &at.words().clause.passive_agent)
    });
    (plain && !seller)
        .then_some(at.subject)
        .flatten()
        .filter(|&t| company(at, t))
}

/// The holders a plural holder noun at `at.i` restates in a list of two
/// or more after a copula at `k` ("T's main owners are A and B", "The
/// largest holders of T are the fund A and the bank B") or, when `apposed`,
/// set off by a comma there ("T's two largest shareholders, the pension
/// fund A and the Singapore investor B"): each holds a stake in T, and
/// nothing else relates the members. All of the list or none; a singular
/// noun ("T's owner, the fund A, and B") keeps its one name. True when it
/// gave any.
fn restated_holders(at: &At<'_, '_>, t: usize, k: usize, apposed: bool, out: &mut Finds) -> bool {
    let (items, i) = (at.items, at.i);
    let comma = apposed && items.get(k).map(Item::word) == Some(",");
    if !at.word().ends_with('s') || !(comma || at.is(k, &at.words().reader.copulas)) {
        return false;
    }
    let k = k + 1;
    let members = list_opening(at.ctx, items, k);
    let holders: Vec<usize> = members
        .iter()
        .filter_map(|&m| items[m].entity())
        .filter(|&s| s != t && holder(at, s) && company(at, t))
        .collect();
    if members.len() < 2 || holders.len() < members.len() {
        return false;
    }
    for s in holders {
        out.add(RelationKind::StakeIn, s, t, at.span(i), None, 0.7);
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_plural_holder_noun_gives_every_member_of_its_list_a_stake() {
        let (q, p, t) = (
            "Quellmark Mining Ltd",
            "Pellinor Pension Fund",
            "Tembrook Capital",
        );
        check(
            &[StakeIn],
            &[
                (
                    "Quellmark Mining Ltd's two largest shareholders, the pension fund Pellinor Pension Fund and the Singapore investor Tembrook Capital, backed the offer.",
                    &[(p, StakeIn, q), (t, StakeIn, q)],
                ),
                (
                    "Quellmark Mining Ltd's other large shareholders, the asset managers Pellinor Pension Fund and Tembrook Capital, backed the plan.",
                    &[(p, StakeIn, q), (t, StakeIn, q)],
                ),
                (
                    "Quellmark Mining Ltd's owners, Pellinor Pension Fund and the Zürich bank Tembrook Capital, backed the plan.",
                    &[(p, StakeIn, q), (t, StakeIn, q)],
                ),
                // A singular holder noun restates one name, not the list.
                (
                    "Quellmark Mining Ltd's owner, the fund Pellinor Pension Fund, and the bank Tembrook Capital backed the plan.",
                    &[(p, StakeIn, q)],
                ),
            ],
        );
    }

    /// "T's other owners include A and B": each listed name holds a stake.
    #[test]
    fn the_holders_a_holder_noun_includes_hold_stakes() {
        let (q, p, t) = (
            "Quellmark Logistics",
            "Pellinor Capital Ltd",
            "Tembrook Capital",
        );
        check(
            &[StakeIn],
            &[
                (
                    "Quellmark Logistics's other owners include Canadian pension manager Pellinor Capital Ltd and the company's management.",
                    &[(p, StakeIn, q)],
                ),
                (
                    "Quellmark Logistics's shareholders include Pellinor Capital Ltd and the Zürich fund Tembrook Capital.",
                    &[(p, StakeIn, q), (t, StakeIn, q)],
                ),
            ],
        );
    }

    /// "its owners" after a preposition other than a seller's: the pronoun
    /// no resolver read stands for the clause's subject, and the owners
    /// set off after the noun may be described.
    #[test]
    fn an_unresolved_its_before_a_holder_noun_is_the_subjects() {
        let (q, p, t) = (
            "Quellmark Pipeworks",
            "Pellinor Holdings",
            "Tembrook Capital",
        );
        check(
            &[StakeIn],
            &[
                (
                    "Quellmark Pipeworks was sold in 2017 to its present owners, the Paisley investor Pellinor Holdings.",
                    &[(p, StakeIn, q)],
                ),
                (
                    "Quellmark Pipeworks may pay no dividends to its owners, the German logistics group Pellinor Holdings and the Dutch pension fund Tembrook Capital, until 2030.",
                    &[(p, StakeIn, q), (t, StakeIn, q)],
                ),
                (
                    "Quellmark Pipeworks will pay €5 million to its owner, Pellinor Holdings, in Zürich.",
                    &[(p, StakeIn, q)],
                ),
                // After a seller's preposition the pronoun is the thing sold,
                // not the buyer.
                (
                    "Quellmark Pipeworks bought the plant from its owner, Pellinor Holdings.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn the_list_a_copula_gives_a_plural_holder_noun_holds_stakes_and_nothing_else() {
        let (q, p, t) = ("Quellmark Ltd", "Pellinor Fund", "Tembrook Capital");
        let want: &[(&str, RelationKind, &str)] = &[(p, StakeIn, q), (t, StakeIn, q)];
        // "are" is no describing word: the list holds T, not a name it describes.
        check(
            &[StakeIn, PartnerOf],
            &[
                (
                    "The largest holders of Quellmark Ltd are the fund Pellinor Fund and the bank Tembrook Capital.",
                    want,
                ),
                (
                    "Quellmark Ltd's biggest owners are the fund Pellinor Fund and the bank Tembrook Capital.",
                    want,
                ),
            ],
        );
    }
}
