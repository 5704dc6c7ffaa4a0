//! Coordinated members each named with a description: "competes with A and
//! the buy-now-pay-later firm B", "its customers include the hotel group A
//! and the airline caterer B", "sold through A, B's and the online retailer
//! C". [`coordination::spread`](super::coordination) joins names only;
//! here a member may open with an article and a few describing words, or
//! with describing words that end in a noun of organisations ("and
//! aircraft maker B"), and a relation of a kind whose ends are told as
//! such lists (supply, rivalry, announcements, contracts and the deals:
//! buying, investing, lending, merging, partnering, membership)
//! goes to every member.

use crate::model::{EntityKind, RelationKind};

use super::context::Context;
use super::coordination::{describing_word, last_members_alone, owner_described, share_at};
use super::item::{Finds, Found, Item};

/// The kinds carried to described members: supply, rivalry, announcement
/// and contract ends are told as lists of customers, rivals, products and
/// clients, and a deal's buyers, investors, lenders and partners as lists
/// of companies ("A and the Danish lender B will lend"); places, posts and
/// holdings are not ("the brand of A and the cooperative B": B holds no
/// brand).
const CARRIED: &[RelationKind] = &[
    RelationKind::Supplies,
    RelationKind::CompetitorOf,
    RelationKind::Announced,
    RelationKind::ContractWith,
    RelationKind::Acquired,
    RelationKind::InvestedIn,
    RelationKind::LendsTo,
    RelationKind::MergedWith,
    RelationKind::PartnerOf,
    RelationKind::BuysFrom,
    RelationKind::SellsTo,
    RelationKind::MemberOf,
];

/// How many describing items may open a member after its article ("the
/// French housing group", "the buy-now-pay-later firm").
const DESCRIPTION: usize = 8;

/// Gives each relation of a [`CARRIED`] kind to the other members of a
/// described list its source or target stands in.
pub(super) fn spread_described(ctx: &Context<'_>, items: &[Item], found: &mut Finds) {
    // Only a carried relation that spreads is spread: with none, no list
    // is read.
    if !found
        .0
        .iter()
        .any(|f| f.spreads && CARRIED.contains(&f.kind))
    {
        return;
    }
    let groups = groups(ctx, items);
    if groups.is_empty() {
        return;
    }
    let mut extra = Vec::new();
    for f in found
        .0
        .iter()
        .filter(|f| f.spreads && CARRIED.contains(&f.kind))
    {
        let group = |e: usize| {
            groups
                .iter()
                .find(|g| g.iter().any(|&p| items[p].entity() == Some(e)))
        };
        let (sg, tg) = (group(f.source), group(f.target));
        // "a deal between A and B": a relation inside one list stays.
        if sg.is_some() && sg == tg {
            continue;
        }
        let sg = sg.filter(|g| !last_members_alone(ctx, items, g, f.source, f.trigger));
        let tg = tg.filter(|g| !last_members_alone(ctx, items, g, f.target, f.trigger));
        let members = |g: Option<&Vec<usize>>, e: usize| {
            let mut out = vec![e];
            for m in g.into_iter().flatten().filter_map(|&p| items[p].entity()) {
                if !out.contains(&m) && same_class(kind(ctx, m), kind(ctx, e)) {
                    out.push(m);
                }
            }
            out
        };
        for s in members(sg, f.source) {
            for t in members(tg, f.target) {
                let known = found
                    .0
                    .iter()
                    .chain(&extra)
                    .any(|x: &Found| x.kind == f.kind && x.source == s && x.target == t);
                if s != t && !known {
                    extra.push(Found {
                        source: s,
                        target: t,
                        money: None,
                        ..f.clone()
                    });
                }
            }
        }
    }
    found.0.extend(extra);
}

/// The positions of the described list (see [`groups`]) whose first
/// member opens at `k`, at its name or after an article and a few
/// describing words ("the pension fund A and the Singapore investor B"):
/// the members from that one on, or only its position when no list goes
/// on from it. Empty when no member opens at `k`.
pub(super) fn list_opening(ctx: &Context<'_>, items: &[Item], k: usize) -> Vec<usize> {
    let Some(first) = described_member(ctx, items, k) else {
        return Vec::new();
    };
    groups(ctx, items)
        .into_iter()
        .find_map(|g| {
            let at = g.iter().position(|&p| p == first)?;
            Some(g[at..].to_vec())
        })
        .unwrap_or_else(|| vec![first])
}

/// The kind of entity `e`.
fn kind(ctx: &Context<'_>, e: usize) -> EntityKind {
    ctx.kinds.get(e).copied().unwrap_or(EntityKind::Misc)
}

/// True when entities of kinds `a` and `b` may stand in the same place of
/// a relation: the same kind that can relate, or organisations the tagger
/// called MISC.
fn same_class(a: EntityKind, b: EntityKind) -> bool {
    let org = |k| matches!(k, EntityKind::Org | EntityKind::Misc);
    a.can_relate() && b.can_relate() && (a == b || (org(a) && org(b)))
}

/// The lists of two or more names joined by commas and a conjunction, each
/// member after the first optionally described ("and the online retailer
/// C"); the positions of the members. A name in the possessive is a
/// member only where the list goes on right after it ("B's and C").
fn groups(ctx: &Context<'_>, items: &[Item]) -> Vec<Vec<usize>> {
    let words = &ctx.lang.relate.clause;
    let word = |k: usize| items.get(k).map_or("", Item::word);
    let joint = |k: usize| {
        words.list_conjunctions.contains(word(k)) || words.list_separators.contains(word(k))
    };
    let member = |k: usize| match items.get(k) {
        Some(Item::Ent {
            entity,
            possessive,
            pronoun: false,
            ..
        }) if kind(ctx, *entity).can_relate()
            && items[k]
                .span(ctx.mentions)
                .slice(ctx.text)
                .starts_with(char::is_uppercase) =>
        {
            !*possessive || joint(k + 1)
        }
        _ => false,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        if !member(i) {
            i += 1;
            continue;
        }
        let mut members = vec![i];
        let mut conjoined = false;
        let mut j = i;
        loop {
            let mut k = j + 1;
            let (mut comma, mut conjunction) = (false, false);
            while k < items.len() {
                if words.list_conjunctions.contains(word(k)) && !conjunction {
                    conjunction = true;
                } else if words.list_separators.contains(word(k)) && !comma && !conjunction {
                    comma = true;
                } else {
                    break;
                }
                k += 1;
            }
            if !(comma || conjunction) {
                break;
            }
            let Some(m) = described_member(ctx, items, k) else {
                break;
            };
            // "29% of T and the fund U 14%": U opens a gapped clause, as
            // does "and U by B" after a passive's agent.
            if share_at(words, items, m + 1).is_some()
                || (conjunction && words.passive_agent.contains(word(m + 1)))
            {
                break;
            }
            // "A, and B": a serial comma needs a list of three.
            if comma && conjunction && members.len() < 2 {
                break;
            }
            conjoined |= conjunction;
            members.push(m);
            j = m;
            if conjunction {
                break;
            }
        }
        let next = members.last().map_or(i + 1, |&l| l + 1);
        if conjoined && members.len() >= 2 {
            out.push(members);
        }
        i = next;
    }
    out
}

/// The position of the name a member opening at `k` gives: the name right
/// there, or after an article and a few describing words ("the Dutch
/// builder B", "the Kesko-owned chain B").
fn described_member(ctx: &Context<'_>, items: &[Item], k: usize) -> Option<usize> {
    let words = &ctx.lang.relate.clause;
    let word = |m: usize| items.get(m).map_or("", Item::word);
    let capitalised = |m: usize| {
        m < items.len()
            && items[m]
                .span(ctx.mentions)
                .slice(ctx.text)
                .starts_with(char::is_uppercase)
    };
    // A description the resolver linked ("the airline") is no name.
    let description = |m: usize| items.get(m).and_then(Item::entity).is_some() && !capitalised(m);
    // "B's and C": a possessive name the list goes on after.
    let is_name = |m: usize| match items.get(m) {
        Some(Item::Ent {
            entity,
            possessive,
            pronoun: false,
            ..
        }) => {
            let kind = kind(ctx, *entity);
            kind.can_relate()
                && kind != EntityKind::Loc
                && capitalised(m)
                && (!*possessive
                    || words.list_conjunctions.contains(word(m + 1))
                    || words.list_separators.contains(word(m + 1)))
        }
        _ => false,
    };
    // "and Airbus parent company B": the name Airbus describes.
    if is_name(k) {
        let m = owner_described(ctx, items, k);
        return Some(if is_name(m) { m } else { k });
    }
    if let Some(m) = bare_description(ctx, items, k).filter(|&m| is_name(m)) {
        return Some(m);
    }
    if !words.list_determiners.contains(word(k)) && !description(k) {
        return None;
    }
    let describing = |m: usize| match items.get(m) {
        // "buy-now-pay-later": a hyphen, and a date word, are items of their
        // own.
        Some(Item::Word { word, .. }) if word == "-" => true,
        Some(Item::Date { .. }) => true,
        Some(Item::Word { word, .. }) => {
            let last = word.rsplit('-').next().unwrap_or("");
            !last.is_empty()
                && last.chars().all(char::is_lowercase)
                && !ctx.lang.rules.function_words.contains(word)
                && !ctx.lang.resolve.prepositions.contains(word)
                && !words.list_conjunctions.contains(word)
        }
        // "the French housing group B", "the Leeds retailer B".
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => {
            description(m)
                || matches!(
                    kind(ctx, *entity),
                    EntityKind::Nationality | EntityKind::Loc
                )
        }
        _ => false,
    };
    let mut m = k + 1;
    while m < k + 1 + DESCRIPTION && describing(m) {
        m += 1;
    }
    (m > k + 1 || description(k))
        .then_some(m)
        .filter(|&m| is_name(m))
}

/// How many plain words a description with no article may run before its
/// name ("private equity firm B").
const BARE_DESCRIPTION: usize = 3;

/// The position after a description with no article that opens at `k`:
/// small-letter describing words whose last is a noun that says an
/// organisation follows ("aircraft maker", "Danish lender"). `None` when
/// no such description stands there ("and bought B").
fn bare_description(ctx: &Context<'_>, items: &[Item], k: usize) -> Option<usize> {
    let lang = ctx.lang;
    let describing = |m: usize| describing_word(ctx, items, m);
    let mut m = k;
    while m < k + BARE_DESCRIPTION && describing(m) {
        m += 1;
    }
    (m > k && lang.kinds.org_nouns_before.contains(items[m - 1].word())).then_some(m)
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{
        Acquired, CompetitorOf, ContractWith, InvestedIn, LendsTo, StakeIn, Supplies,
    };
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_relation_goes_to_every_described_member() {
        check(
            &[Supplies, CompetitorOf],
            &[
                (
                    "Tarn Audio's customers include Velo Motors and Brenwick Cars.",
                    &[
                        ("Tarn Audio", Supplies, "Velo Motors"),
                        ("Tarn Audio", Supplies, "Brenwick Cars"),
                    ],
                ),
                (
                    "Vexley Media competes with Oldcastle Press and the regional publisher Harnworth News.",
                    &[
                        ("Vexley Media", CompetitorOf, "Oldcastle Press"),
                        ("Vexley Media", CompetitorOf, "Harnworth News"),
                    ],
                ),
                (
                    "Pellworth Textiles counts the hotel group Ardleigh Inns and the airline caterer Skelwith Catering among its customers.",
                    &[
                        ("Pellworth Textiles", Supplies, "Ardleigh Inns"),
                        ("Pellworth Textiles", Supplies, "Skelwith Catering"),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn a_deal_goes_to_every_described_member() {
        check(
            &[Acquired, ContractWith, InvestedIn, LendsTo, StakeIn],
            &[
                (
                    "Harnworth Capital invested $10 million in Oldcastle Press and the battery startup Velo Dynamics.",
                    &[
                        ("Harnworth Capital", InvestedIn, "Oldcastle Press"),
                        ("Harnworth Capital", InvestedIn, "Velo Dynamics"),
                    ],
                ),
                (
                    "The Bank of Keltia and the Danish lender Nordbank will lend Oldcastle Press $500 million.",
                    &[
                        ("Nordbank", LendsTo, "Oldcastle Press"),
                        ("Bank of Keltia", LendsTo, "Oldcastle Press"),
                    ],
                ),
                // A description with no article, ending in a noun of
                // organisations.
                (
                    "Tarn Audio and aircraft maker Velo Motors won a contract from the Brenwick Air Force.",
                    &[
                        ("Velo Motors", ContractWith, "Brenwick Air Force"),
                        ("Tarn Audio", ContractWith, "Brenwick Air Force"),
                    ],
                ),
                // A member with a share of its own opens a gapped clause.
                (
                    "Tarn Audio owns 29% of Velo Motors and the pension fund Brenwick Vorsorge 14%.",
                    &[
                        ("Tarn Audio", StakeIn, "Velo Motors"),
                        ("Brenwick Vorsorge", StakeIn, "Velo Motors"),
                    ],
                ),
                // A verb after the conjunction opens a clause, not a member.
                (
                    "Tarn Audio sold Velo Motors and bought Brenwick Cars.",
                    &[("Tarn Audio", Acquired, "Brenwick Cars")],
                ),
            ],
        );
    }
}
