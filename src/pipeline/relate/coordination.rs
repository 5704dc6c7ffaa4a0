//! Coordination: a relation a pattern finds for one member of a coordinated
//! subject or object ("Lufthansa and Air France-KLM joined …", "A, B and C
//! are rivals of D") holds for every member. Patterns name one end each;
//! [`spread`] gives the relation to the other members, for every kind alike.

use crate::lang::relate::ClauseWords;
use crate::model::{EntityKind, RelationKind, Span};

use super::context::Context;
use super::item::{Finds, Found, Item, past_restatement};
use super::view::PERCENT;

mod last_member;
pub(super) use last_member::{last_members_alone, names_one_thing};

/// The coordinated lists of entity references in a sentence's items, each
/// the positions of its members (two or more): names joined by separators
/// with at least one conjunction ("A and B", "A, B or C"). Names joined by
/// commas alone are an apposition ("Tim Cook, Apple’s CEO"), and "A, and B"
/// with two names joins two clauses, not two names. A possessive name ends
/// a list ("A and B’s venture").
pub(super) fn groups(words: &ClauseWords, items: &[Item]) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        if items[i].entity().is_none() {
            i += 1;
            continue;
        }
        let mut members = vec![i];
        let mut conjoined = false;
        let mut j = i;
        while !matches!(
            items[j],
            Item::Ent {
                possessive: true,
                ..
            }
        ) {
            let mut k = past_restatement(items, j) + 1;
            let mut comma = false;
            let mut conjunction = false;
            while let Some(w) = items.get(k).map(Item::word) {
                if words.list_conjunctions.contains(w) && !conjunction {
                    conjunction = true;
                } else if words.list_separators.contains(w) && !comma && !conjunction {
                    comma = true;
                } else {
                    break;
                }
                k += 1;
            }
            let joined = comma || conjunction;
            // "…, the Bank of Y": a member may open with a determiner.
            if joined
                && items
                    .get(k)
                    .is_some_and(|it| words.list_determiners.contains(it.word()))
                && items.get(k + 1).and_then(Item::entity).is_some()
            {
                k += 1;
            }
            // "A and South Korea's B": a possessive name right before a
            // name modifies it; the member is the name after it.
            if joined
                && matches!(
                    items.get(k),
                    Some(Item::Ent {
                        possessive: true,
                        ..
                    })
                )
                && items.get(k + 1).and_then(Item::entity).is_some()
            {
                k += 1;
            }
            // "A, and B": a serial comma needs a list of three; "29% of T
            // and U 14%": U opens a gapped clause, holding a share of its own.
            // "advised by A and U by B": U opens a gapped passive clause.
            let clause_join = comma && conjunction && members.len() < 2
                || conjunction && share_at(words, items, k + 1).is_some()
                || conjunction
                    && items
                        .get(k + 1)
                        .is_some_and(|it| words.passive_agent.contains(it.word()));
            if !joined || clause_join || items.get(k).and_then(Item::entity).is_none() {
                break;
            }
            conjoined |= conjunction;
            members.push(k);
            j = k;
        }
        // A list ends at its conjunction's member: "A, B and C, D" keeps D out.
        if conjoined {
            let last_conjoined = members
                .windows(2)
                .rposition(|w| {
                    (w[0] + 1..w[1]).any(|k| words.list_conjunctions.contains(items[k].word()))
                })
                .map_or(members.len(), |p| p + 2);
            members.truncate(last_conjoined);
        }
        let next = members.last().map_or(i + 1, |&l| l + 1);
        if conjoined && members.len() >= 2 {
            out.push(members);
        }
        i = next;
    }
    out
}

/// The position after a gapped clause's share opening at `k`: "14%", "the
/// remaining 25%", "the rest" ("S owns 29% of T and U 14%", "… and U the
/// remainder"). `None` when no share stands there.
pub(super) fn share_at(words: &ClauseWords, items: &[Item], k: usize) -> Option<usize> {
    let word = |j: usize| items.get(j).map_or("", Item::word);
    if word(k) == PERCENT {
        return Some(k + 1);
    }
    if !words.list_determiners.contains(word(k)) || !words.remainder.contains(word(k + 1)) {
        return None;
    }
    Some(if word(k + 2) == PERCENT { k + 3 } else { k + 2 })
}

/// True when entities of kinds `a` and `b` may stand in the same place of a
/// relation: the same kind, or organisations the tagger called MISC.
fn same_class(a: EntityKind, b: EntityKind) -> bool {
    let org = |k| matches!(k, EntityKind::Org | EntityKind::Misc);
    a == b || (org(a) && org(b))
}

/// The group member at the occurrence of entity `e` nearest the trigger,
/// with that group, when the occurrence is in one.
fn group_of<'g>(
    ctx: &Context<'_>,
    items: &[Item],
    groups: &'g [Vec<usize>],
    e: usize,
    trigger: Span,
) -> Option<&'g [usize]> {
    let distance = |p: usize| {
        let s = items[p].span(ctx.mentions);
        if s.end <= trigger.start {
            trigger.start - s.end
        } else {
            s.start.saturating_sub(trigger.end)
        }
    };
    let nearest = (0..items.len())
        .filter(|&p| items[p].entity() == Some(e))
        .min_by_key(|&p| distance(p))?;
    groups
        .iter()
        .find(|g| g.contains(&nearest))
        .map(Vec::as_slice)
}

/// The entities of `group` that may stand where `e` stands: its own kind
/// class, able to relate; `e` first.
fn members(ctx: &Context<'_>, items: &[Item], group: Option<&[usize]>, e: usize) -> Vec<usize> {
    let kind = |x: usize| ctx.kinds.get(x).copied().unwrap_or(EntityKind::Misc);
    let mut out = vec![e];
    for &p in group.unwrap_or_default() {
        if let Some(m) = items[p].entity()
            && !out.contains(&m)
            && kind(m).can_relate()
            && same_class(kind(m), kind(e))
        {
            out.push(m);
        }
    }
    out
}

/// Gives every relation found in a sentence to the other members of a
/// coordinated list its source or target stands in. A relation between two
/// members of one list (a "deal between A and B") stays as found. The copies
/// carry no money: the amount stays with the relation its pattern saw.
pub(super) fn spread(ctx: &Context<'_>, items: &[Item], found: &mut Finds) {
    // Only a relation that spreads is spread: with none, no list is read.
    if !found.0.iter().any(|f| f.spreads) {
        return;
    }
    let mut groups = groups(&ctx.lang.relate.clause, items);
    if groups.is_empty() {
        return;
    }
    // "A and Airbus parent company B": B is the member; Airbus and B, the
    // pair its description relates, keep that relation to themselves.
    let mut describers = Vec::new();
    for p in groups.iter_mut().flatten() {
        let member = owner_described(ctx, items, *p);
        if member != *p {
            describers.extend(items[*p].entity().zip(items[member].entity()));
            *p = member;
        }
    }
    let mut extra = Vec::new();
    for f in found.0.iter().filter(|f| {
        f.spreads
            && !describers
                .iter()
                .any(|&(a, b)| (f.source, f.target) == (a, b) || (f.source, f.target) == (b, a))
    }) {
        let sg = group_of(ctx, items, &groups, f.source, f.trigger);
        let tg = group_of(ctx, items, &groups, f.target, f.trigger);
        if sg.is_some() && sg == tg {
            continue;
        }
        let sg = sg.filter(|g| !last_members_alone(ctx, items, g, f.source, f.trigger));
        let tg = tg.filter(|g| !last_members_alone(ctx, items, g, f.target, f.trigger));
        // "Glasgow-based A and France's B": where a member has a place of
        // its own before it, each place is its own member's.
        let own_place = |m: &usize| {
            *m > 0
                && matches!(
                    items[*m - 1],
                    Item::Ent {
                        possessive: true,
                        ..
                    }
                )
        };
        if f.kind == RelationKind::LocatedIn && sg.is_some_and(|g| g.iter().any(own_place)) {
            continue;
        }
        let sources = members(ctx, items, sg, f.source);
        let targets = members(ctx, items, tg, f.target);
        // "Texas-based A and B, and C in Illinois": a member with a place
        // found of its own keeps it.
        let placed = |s: usize| {
            f.kind == RelationKind::LocatedIn
                && found
                    .0
                    .iter()
                    .any(|g| g.kind == RelationKind::LocatedIn && g.source == s)
        };
        for &s in &sources {
            if s != f.source && placed(s) {
                continue;
            }
            for &t in &targets {
                if (s, t) != (f.source, f.target) && s != t {
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

/// How many plain words may stand between a name and the name it
/// describes ("Airbus parent company B").
const OWNER_DESCRIBES: usize = 3;

/// The position of the name that a member at `p` only describes: "A and
/// Airbus parent company B" — an organisation's name, small-letter words
/// ending in a noun of organisations, then a name: B is the member, Airbus
/// says whose it is (a place before such words is the member's home, read
/// by the place patterns). Else `p`.
pub(super) fn owner_described(ctx: &Context<'_>, items: &[Item], p: usize) -> usize {
    let lang = ctx.lang;
    let Some(Item::Ent {
        entity,
        possessive: false,
        pronoun: false,
        ..
    }) = items.get(p)
    else {
        return p;
    };
    if ctx.kinds.get(*entity) != Some(&EntityKind::Org) {
        return p;
    }
    let describing = |m: usize| describing_word(ctx, items, m);
    let mut m = p + 1;
    while m < p + 1 + OWNER_DESCRIBES && describing(m) {
        m += 1;
    }
    let named = items.get(m).and_then(Item::entity).is_some();
    if m > p + 1 && named && lang.kinds.org_nouns_before.contains(items[m - 1].word()) {
        m
    } else {
        p
    }
}

/// Plain words that may stand between a coordinated subject and the word
/// that makes its members partners ("jointly announced that they would be
/// working together").
const MUTUAL_REACH: usize = 9;

/// "A and B are rivals", "A, B and C formed an alliance": a partnership or
/// competition word after a coordinated subject, with nothing found for it,
/// relates every pair of the subject's members to one another.
pub(super) fn mutual(ctx: &Context<'_>, items: &[Item], found: &mut Finds) {
    let words = &ctx.lang.relate.partners;
    // The lists are read at the first partnership or competition word:
    // most sentences have none.
    let lists = std::cell::OnceCell::new();
    let kind = |x: usize| ctx.kinds.get(x).copied().unwrap_or(EntityKind::Misc);
    for (i, item) in items.iter().enumerate() {
        let w = item.word();
        let relation = if words.mutual_rival.contains(w) {
            RelationKind::CompetitorOf
        } else if words.mutual_partner.contains(w) {
            RelationKind::PartnerOf
        } else {
            continue;
        };
        let groups = lists.get_or_init(|| groups(&ctx.lang.relate.clause, items));
        let trigger = item.span(ctx.mentions);
        if found.0.iter().any(|f| f.trigger == trigger) {
            continue;
        }
        // The subject: a list ending a few plain words before the trigger,
        // not possessive ("A and B's rivals" are someone else); or the
        // passive's agents ("jointly marketed by A and B").
        // "jointly owned by the A and B": the agents may open with "the".
        let clause = &ctx.lang.relate.clause;
        let by = |g: &&Vec<usize>| {
            let first = if items
                .get(i + 3)
                .is_some_and(|it| clause.list_determiners.contains(it.word()))
            {
                i + 4
            } else {
                i + 3
            };
            relation == RelationKind::PartnerOf
                && g[0] == first
                && matches!(items[i + 1], Item::Word { .. })
                && clause.passive_agent.contains(items[i + 2].word())
        };
        let Some(group) = groups.iter().find(by).or_else(|| {
            groups.iter().find(|g| {
                let last = g[g.len() - 1];
                last < i
                    && i - last <= MUTUAL_REACH
                    && items[last + 1..i]
                        .iter()
                        .all(|it| matches!(it, Item::Word { .. }))
                    && !matches!(
                        items[last],
                        Item::Ent {
                            possessive: true,
                            ..
                        }
                    )
            })
        }) else {
            continue;
        };
        let mut members: Vec<usize> = Vec::new();
        for e in group.iter().filter_map(|&p| items[p].entity()) {
            if !members.contains(&e) && matches!(kind(e), EntityKind::Org | EntityKind::Misc) {
                members.push(e);
            }
        }
        // "A and B agreed a deal under which A buys B": the deal is said.
        let stated = found
            .0
            .iter()
            .any(|f| members.contains(&f.source) && members.contains(&f.target));
        if stated {
            continue;
        }
        for (a, &x) in members.iter().enumerate() {
            for &y in &members[a + 1..] {
                found.add(relation, x, y, trigger, None, 0.65);
            }
        }
    }
}

/// A small-letter describing word at item `m` ("aircraft", "buy-now"): no
/// function word, preposition or list conjunction.
pub(super) fn describing_word(ctx: &Context<'_>, items: &[Item], m: usize) -> bool {
    let lang = ctx.lang;
    match items.get(m) {
        Some(Item::Word { word, .. }) => {
            word.chars().any(char::is_alphabetic)
                && word.chars().all(|c| c.is_lowercase() || c == '-')
                && !lang.rules.function_words.contains(word)
                && !lang.resolve.prepositions.contains(word)
                && !lang.relate.clause.list_conjunctions.contains(word)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests;
