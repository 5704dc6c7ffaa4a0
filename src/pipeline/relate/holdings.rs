//! Holdings and mergers: stake in (holder → company) and merged with
//! (symmetric); units and subsidiaries are `units`', holders named by a
//! noun `holders`', joint ventures `ventures`'.

use crate::model::{EntityKind, RelationKind};
use crate::pipeline::word_shape::is_describing_word;

use super::clause::{entity_list, relative_antecedent};
use super::coordination::groups;
use super::held::{company, holder, holders_named};
use super::item::{Finds, Item, find_word, money_in, next_entity, possessor_near};
use super::pattern::At;
use super::view::PERCENT;

/// Stakes: "S takes a 20% stake in T", "S raises its holding in T to 52%",
/// "S's 25% stake in T"; "X sold its stake in T to S" (S now holds it).
pub(super) fn stake(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i, n) = (at.items, at.i, at.items.len());
    let words = &at.words().holdings;
    if !words.stake.contains(at.word()) {
        return;
    }
    // "a stake in Lübeck-based shipyard supplier T": the name described.
    // "a stake in Australian lithium miner T": past describing words.
    // "a stake of 25% in T": past the size's "of".
    let size = find_word(items, i + 1, i + 2, &words.stake_in)
        .filter(|&p| items.get(p + 1).map(Item::word) == Some(PERCENT))
        .map_or(i, |p| p + 1);
    let held = find_word(items, size + 1, size + 2, &words.stake_in)
        .and_then(|p| {
            next_entity(items, p + 1, 2)
                .map(|(j, _)| j)
                .or_else(|| at.described_object(p + 1))
        })
        .and_then(|j| items[at.named_after(j)].entity())
        .filter(|&t| company(at, t));
    // "Japan's Keltic lifts stake in T": a possessive before another name
    // only describes it.
    let owner = (i.saturating_sub(3)..i)
        .rev()
        .find(|&k| {
            matches!(
                items[k],
                Item::Ent {
                    possessive: true,
                    ..
                }
            )
        })
        .filter(|&k| items.get(k + 1).and_then(Item::entity).is_none())
        .and_then(|k| items[k].entity());
    // "S hired the bank A to advise on a stake in T": an adviser holds
    // nothing; "S advised B on its stake in T": B holds it.
    let owner = match super::deal_actors::advised(at, i) {
        Some(advised) => owner.filter(|&o| Some(o) != at.subject).or(advised),
        None => owner.or(at.subject),
    };
    // "…, paying $N for shares held by X": an amount after a verb of paying
    // is that verb's, paid to the seller of the shares.
    let paid = &at.words().payments.pay;
    let after = (i + 1..(i + 10).min(n)).take_while(|&k| !paid.contains(items[k].word()));
    let money = money_in(items, (i.saturating_sub(5)..i).chain(after));
    let given_up = (i.saturating_sub(4)..i).any(|j| words.give_up.contains(items[j].word()));
    // "T sold a 20% stake to S": a stake sold with no company named after
    // it and no owner before it ("its stake") is one in the seller itself.
    // Not "sold a stake in the unit to S", whose company is not named.
    let own_stake = held.is_none()
        && given_up
        && !owned_stake(at)
        && find_word(items, size + 1, size + 2, &words.stake_in).is_none();
    let Some(t) = held.or_else(|| owner.filter(|&o| own_stake && company(at, o))) else {
        return;
    };
    if given_up {
        // "sold its 20% stake in T to S": S holds it now, and pays the seller.
        let to = &at.words().orders.sell_to;
        let from = if own_stake { i + 1 } else { i + 3 };
        // "to the Japanese drinks group S": past describing words.
        if let Some(s) = find_word(items, from, i + 6, to)
            .and_then(|p| {
                next_entity(items, p + 1, 2)
                    .map(|(j, _)| j)
                    .or_else(|| at.described_object(p + 1))
            })
            .and_then(|j| items[at.named_after(j)].entity())
            && holder(at, s)
        {
            out.add(RelationKind::StakeIn, s, t, at.span(i), money, 0.7);
            if let Some(o) = owner.filter(|&o| o != s && (o != t || own_stake) && s != t) {
                out.paid_to(o);
            }
        }
    } else if let Some(s) = owner.filter(|&s| holder(at, s)) {
        out.add(RelationKind::StakeIn, s, t, at.span(i), money, 0.75);
    }
}

/// True when an owner stands right before the stake noun at the trigger:
/// "sold its 20% stake", "sold Keltic's stake" (not "sold a 20% stake").
fn owned_stake(at: &At<'_, '_>) -> bool {
    let (items, i) = (at.items, at.i);
    let possessive = &at.ctx.lang.relate.pronoun.possessive;
    (i.saturating_sub(3)..i).any(|k| {
        at.is(k, possessive)
            || matches!(
                items[k],
                Item::Ent {
                    possessive: true,
                    ..
                }
            )
    })
}

/// True when the verb at the trigger opens a relative clause about another
/// name than the sentence's subject: "A, which holds 24% of X, and B, the
/// insurer that owns 12% of T" — B owns T (the reader's frames read the
/// antecedent), A owns nothing of it.
fn relative_not_subject(at: &At<'_, '_>) -> bool {
    let (items, i) = (at.items, at.i);
    let relative = &at.words().clause.relative_pronouns;
    let Some(r) = (i.saturating_sub(2)..i).find(|&k| relative.contains(items[k].word())) else {
        return false;
    };
    let antecedent = relative_antecedent(at.ctx.lang, items, r).and_then(|k| items[k].entity());
    // "X of Klagenfurt, which has held 74% of T": a place before the comma
    // only says where the subject is.
    if antecedent.is_some_and(|e| matches!(at.kind(e), EntityKind::Loc | EntityKind::Nationality)) {
        return false;
    }
    antecedent != at.subject
}

/// Ownership: "S owns 25% of T", "S holds 9.9% of T", "S owns T"; "T,
/// owned by S", "T is controlled by S".
pub(super) fn own(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    if !words.holdings.own.contains(at.word()) {
        return;
    }
    // "T, owned by S", "T is owned 55% by A and 45% by B" (`owners`).
    if super::owners::passive(at, out) {
        return;
    }
    if relative_not_subject(at) || post_held(at) {
        return;
    }
    let Some(s) = at
        .subject
        .filter(|&s| holder(at, s) && !holders_named(at, s))
    else {
        return;
    };
    let function_words = &at.ctx.lang.rules.function_words;
    // "owns 25% of T", "holds about 9.9% of T".
    let percent = (i + 1..(i + 3).min(items.len())).find(|&k| items[k].word() == PERCENT);
    let t = if let Some(p) = percent {
        find_word(items, p + 1, p + 2, &words.holdings.own_of)
            .and_then(|p| at.object_from(p + 1, 2))
    } else {
        // "owns animation studio T": up to two describing words first; not
        // "will own T's gold deposit", which is T's asset.
        (i + 1..(i + 4).min(items.len()))
            .take_while(|&k| {
                k == i + 1
                    || matches!(&items[k - 1], Item::Word { word, .. }
                        if is_describing_word(word))
            })
            .take_while(|&k| !function_words.contains(items[k].word()))
            .find_map(|k| match items[k] {
                Item::Ent {
                    possessive: true, ..
                } => Some(None),
                Item::Ent { entity, .. } => Some(Some(entity)),
                _ => None,
            })
            .flatten()
    };
    // "owns stakes in toll roads in A, including 35% of T": a share given
    // as an example of what the subject owns.
    let t = t.or_else(|| example_share(at));
    if let Some(t) = t.filter(|&t| company(at, t)) {
        out.add(RelationKind::StakeIn, s, t, at.span(i), None, 0.7);
    }
}

/// How many words after a verb of owning the noun of its object may stand
/// ("holds two board seats").
const POST_REACH: usize = 3;

/// True when the verb of owning at the trigger holds a post or a seat, not
/// a share: "S holds a seat on the board of T", "S has held two board
/// seats at T" (S holds no part of T); not "S holds 20% of T and a seat on
/// its board", whose object is the share.
pub(super) fn post_held(at: &At<'_, '_>) -> bool {
    let (items, i) = (at.items, at.i);
    let words = &at.words().holdings;
    (i + 1..(i + 1 + POST_REACH).min(items.len()))
        .take_while(|&k| {
            matches!(&items[k], Item::Word { word, .. }
                if word.chars().all(char::is_alphanumeric)
                    && !words.own_of.contains(word)
                    && !words.stake_in.contains(word))
        })
        .any(|k| at.is(k, &words.posts_held))
}

/// How far after a verb of owning a share given as an example may stand.
const EXAMPLE_REACH: usize = 14;

/// The company of a share given as an example after a verb of owning:
/// "owns stakes in toll roads in A and B, including 35% of T" — an example
/// link, a percentage, "of" and the company, before the clause ends.
fn example_share(at: &At<'_, '_>) -> Option<usize> {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    (i + 1..(i + EXAMPLE_REACH).min(items.len()))
        .take_while(|&k| {
            let w = items[k].word();
            w != "." && !words.reader.stops.contains(w)
        })
        .find(|&k| {
            at.is(k, &words.orders.client_links)
                && items.get(k + 1).map(Item::word) == Some(PERCENT)
                && at.is(k + 2, &words.holdings.own_of)
        })
        .and_then(|k| at.object_from(k + 3, 2))
}

/// The name a description at `i` stands for: the one before the comma that
/// opens it ("S, the owner of"), or the clause's subject when a copula
/// leads to it ("S is the largest shareholder").
pub(super) fn apposed_or_subject(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let items = at.items;
    let be = &at.words().roles.passive_be;
    for j in (i.saturating_sub(6)..i).rev() {
        match &items[j] {
            Item::Word { word, .. } if word == "," => {
                return match j.checked_sub(1).map(|k| &items[k]) {
                    Some(Item::Ent {
                        entity,
                        possessive: false,
                        ..
                    }) => Some(*entity),
                    _ => None,
                };
            }
            // "Keltic CEO X is the largest shareholder": the name right
            // before the copula, else the clause's subject.
            Item::Word { word, .. } if be.contains(word) => {
                return match j.checked_sub(1).map(|k| &items[k]) {
                    Some(Item::Ent {
                        entity,
                        possessive: false,
                        ..
                    }) if holder(at, *entity) => Some(*entity),
                    _ => at.subject,
                };
            }
            Item::Word { .. }
            | Item::Ent {
                possessive: true, ..
            } => {}
            _ => return None,
        }
    }
    None
}

/// The coordinated pair that ends right before position `i` with only
/// auxiliaries between: "S and T agreed to merge".
pub(super) fn pair_before(at: &At<'_, '_>, i: usize) -> Option<(usize, usize)> {
    match list_before(at, i)?.as_slice() {
        &[a, b] => Some((a, b)),
        _ => None,
    }
}

/// The entities of the coordinated subject ending right before `i` ("A, B
/// and C have …"), two or more; only auxiliaries, relative pronouns, commas
/// and dates between.
pub(super) fn list_before(at: &At<'_, '_>, i: usize) -> Option<Vec<usize>> {
    let words = &at.words().clause;
    groups(words, at.items).into_iter().find_map(|g| {
        let last = *g.last()?;
        let between = (last + 1..i).all(|j| {
            let w = at.items[j].word();
            words.between_subject_and_verb.contains(w)
                || words.relative_pronouns.contains(w)
                || w == ","
                || matches!(at.items[j], Item::Date { .. })
        });
        (last < i && i - last <= 5 && between)
            .then(|| g.iter().map(|&k| at.items[k].entity()).collect())
            .flatten()
    })
}

/// The two parties a merger or venture trigger at `i` names: "with T"
/// after it (the owner or subject the other), "of|between S and T", or a
/// coordinated subject before it.
pub(super) fn two_parties(at: &At<'_, '_>, i: usize) -> Option<(usize, usize)> {
    let (items, words) = (at.items, &at.words().holdings);
    if let Some(w) = find_word(items, i + 1, i + 2, &words.merge_with) {
        // "merged with electric-van startup T": past describing words.
        let t = at
            .object_from(w + 1, 2)
            .or_else(|| items[at.described_object(w + 1)?].entity())?;
        let s = possessor_near(items, i).or(at.subject)?;
        return Some((s, t));
    }
    if let Some(p) = find_word(items, i + 1, i + 2, &words.merge_of) {
        let (list, _) = entity_list(&at.words().clause, items, p + 1);
        if let [a, b] = list.as_slice() {
            return Some((*a, *b));
        }
    }
    pair_before(at, i)
}

/// Mergers: "S merged with T", "S and T agreed to merge", "the merger of S
/// and T", "S's merger with T".
pub(super) fn merge(at: &At<'_, '_>, out: &mut Finds) {
    if !at.words().holdings.merge.contains(at.word()) {
        return;
    }
    if let Some((s, t)) = two_parties(at, at.i)
        && company(at, s)
        && company(at, t)
    {
        let money = money_in(at.items, at.i.saturating_sub(4)..at.i);
        out.add(RelationKind::MergedWith, s, t, at.span(at.i), money, 0.75);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const HOLDINGS: &[RelationKind] = &[StakeIn, MergedWith, PartnerOf, InvestedIn, Acquired];

    #[test]
    fn a_relative_clause_owns_for_its_antecedent() {
        check(
            HOLDINGS,
            &[
                (
                    "Keltic Partners, which holds 24% of Brenmoor Oyj, and Haldane Pension, the Finnish insurer that owns 12% of Velkor Oyj, will vote in favour.",
                    &[
                        ("Keltic Partners", StakeIn, "Brenmoor Oyj"),
                        ("Haldane Pension", StakeIn, "Velkor Oyj"),
                    ],
                ),
                (
                    "Keltic Partners, which owns 30% of Velkor Oyj, backed the plan.",
                    &[("Keltic Partners", StakeIn, "Velkor Oyj")],
                ),
                (
                    "Keltic Beteiligungen of Hamburg, which has held 74% of Velkor Oyj since 2015, is selling all of it.",
                    &[("Keltic Beteiligungen", StakeIn, "Velkor Oyj")],
                ),
            ],
        );
    }

    #[test]
    fn a_stake_listed_after_an_object_is_the_subjects() {
        check(
            HOLDINGS,
            &[
                (
                    "Zephyr Corp. already owns the shoemaker Orbit Labs and a 15% stake in the Swiss watchmaker Quantix AG.",
                    &[
                        ("Zephyr Corp.", StakeIn, "Orbit Labs"),
                        ("Zephyr Corp.", StakeIn, "Quantix AG"),
                    ],
                ),
                (
                    "Zephyr Corp. bought the trucking firm Orbit Labs in 2021 and a 60% stake in the courier Quantix AG last year.",
                    &[
                        ("Zephyr Corp.", Acquired, "Orbit Labs"),
                        ("Zephyr Corp.", StakeIn, "Quantix AG"),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn stakes() {
        check(
            HOLDINGS,
            &[
                (
                    "Zephyr Corp. took a 20% stake in Quantix Inc.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. raised its holding in Quantix Inc. to 52%.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. said it had raised its stake in Australian lithium miner Quantix Inc. to 19.9%.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. took a stake of 25% in Quantix Inc.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. took a stake in the lithium market by buying from Quantix Inc.",
                    &[],
                ),
                // Owning a company's named asset is no stake in the company.
                (
                    "The deal means Zephyr Corp. will own Quantix Inc.'s attractive Orla gold deposit in Peru.",
                    &[],
                ),
                // A place's possessive before the holder only describes it.
                (
                    "Japan's Zephyr Corp. lifts stake in lithium miner Quantix Inc. to 19.9%.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. owns 25% of Quantix Inc.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. holds about 9.9% of Chilean smelter Quantix Inc.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
                (
                    "Quantix Inc., owned by Zephyr Corp., grew.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
                (
                    "Quantix Inc. is owned by Zephyr Corp.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
                // The holder named as such, and what it owns past a description.
                (
                    "Keltic CEO Jon Hale is also the largest single shareholder of Zephyr Corp., a toy maker.",
                    &[("Jon Hale", StakeIn, "Zephyr Corp.")],
                ),
                (
                    "Films will come from Zephyr Corp., the distributor and owner of Quantix Inc.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp., which now owns animation studio Quantix Inc., grew.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
                ("Zephyr Corp. holds talks with Quantix Inc. this week.", &[]),
                // A described name.
                (
                    "Zephyr Corp. took a stake in Glasgow-based ferry operator Quantix Lines.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Lines")],
                ),
                // A share given as an example of what the subject owns.
                (
                    "Helio Trust already owns stakes in toll roads in Chile and Peru, including \
                     35% of Peru's Zephyr Corp.",
                    &[("Helio Trust", StakeIn, "Zephyr Corp.")],
                ),
                // Shares held by someone: not a stake in the sentence's subject.
                (
                    "Zephyr Corp. paid $5 million for shares held by Quantix Inc.",
                    &[],
                ),
                // The owner a description leads to; the held one before "which".
                (
                    "Quantix Inc., which is 58% owned by private equity firm Zephyr Corp., grew.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
                (
                    "The venture, Quantix Inc., will be 51% owned by Zephyr Corp. and 49% by Keltic AG.",
                    &[
                        ("Zephyr Corp.", StakeIn, "Quantix Inc."),
                        ("Keltic AG", StakeIn, "Quantix Inc."),
                    ],
                ),
                // A stake sold is held by its buyer.
                (
                    "Keltic Inc. sold its 20% stake in Quantix Inc. to Zephyr Corp.",
                    &[("Zephyr Corp.", StakeIn, "Quantix Inc.")],
                ),
            ],
        );
    }

    #[test]
    fn mergers_and_joint_ventures() {
        check(
            HOLDINGS,
            &[
                (
                    "Zephyr Corp. merged with Quantix Inc. in 2001.",
                    &[("Zephyr Corp.", MergedWith, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. and Quantix Inc. agreed to merge.",
                    &[("Zephyr Corp.", MergedWith, "Quantix Inc.")],
                ),
                (
                    "The merger of Zephyr Corp. and Quantix Inc. closed.",
                    &[("Zephyr Corp.", MergedWith, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. formed a joint venture with Quantix Inc.",
                    &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. and Quantix Inc. set up a joint venture in Lyon.",
                    &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
                ),
                // A merger named without its parties relates nothing.
                ("The merger will help Quantix Inc. grow.", &[]),
            ],
        );
    }
}
