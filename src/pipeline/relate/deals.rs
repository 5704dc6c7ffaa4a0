//! Deals and money: invested in, raised from, acquired, supplies.

use crate::model::{EntityKind, RelationKind};

use super::context::Context;
use super::deal_actors::{buyer, owner_across, relative_after};
use super::frame_family::{family_after, family_party};
use super::item::{Finds, Item, find_word, money_in, next_entity, possessor_before};
use super::orders;
use super::pattern::At;
use super::stake_bought;
use super::supply_objects;
use super::view::PERCENT;

/// Investments: "S … invested|poured (MONEY) in|into T", "X, which is
/// backed by Y".
pub(super) fn invest(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i, n) = (at.items, at.i, at.items.len());
    let words = at.words();
    // "investment firm X sold T": the noun only describes a company noun.
    let describes = words.deals.invest_nouns.contains(at.word())
        && at.is(i + 1, &at.ctx.lang.kinds.org_nouns_before);
    if !words.deals.invest.contains(at.word()) || describes {
        return;
    }
    let owner = possessor_before(items, i);
    let end = (i + 12).min(n);
    // Passive: "X, which is backed by Y" — Y invested in X.
    let passive = at.is(i + 1, &words.clause.passive_agent);
    let (source, target) = if passive {
        let by = next_entity(items, i + 2, 2).map(|t| t.1);
        let before = (i.saturating_sub(5)..i)
            .rev()
            .find_map(|j| items[j].entity().map(|e| (j, e)));
        (by, before.or(at.subject.map(|e| (0, e))))
    } else {
        let target = (i + 1..end).find_map(|j| {
            let prep = items[j - 1].word();
            items[j]
                .entity()
                .filter(|_| words.deals.invest_into.contains(prep))
                .map(|e| (j, e))
        });
        (owner.or(at.subject), target)
    };
    let money = money_in(
        items,
        i.saturating_sub(4)..target.map_or(end, |t| t.0.max(i)),
    )
    .or_else(|| {
        // One amount in the sentence belongs to its one investment.
        let all: Vec<usize> = (0..n)
            .filter(|&j| matches!(items[j], Item::Money { .. }))
            .collect();
        if all.len() == 1 {
            money_in(items, all[0]..all[0] + 1)
        } else {
            None
        }
    });
    if let (Some(s), Some((_, t))) = (source, target)
        && (at.is_org(t) || at.kind(t) == EntityKind::Misc)
    {
        out.add(
            RelationKind::InvestedIn,
            s,
            t,
            at.span(i),
            money,
            if money.is_some() { 0.85 } else { 0.65 },
        );
    }
}

/// How far after "raised" the "led by" of its round may stand: "raised
/// $640 million in a Series C funding round led by S".
const ROUND_REACH: usize = 12;

/// "T raised MONEY from S", "T raised MONEY in a round led by S"; "from Spotify founder Daniel Ek": the person
/// is the investor.
pub(super) fn raised(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().deals;
    if !words.raised.contains(at.word()) {
        return;
    }
    // "raised $N in a round led by S": the lead investor; "raised $N from
    // investors in a round led by S", "from a group of investors led by
    // S": a "from" no name follows within its reach.
    let led = &at.words().payments.led;
    let by = &at.words().clause.passive_agent;
    let named_from = find_word(items, i + 1, i + 10, &words.raised_from)
        .is_some_and(|f| next_entity(items, f + 1, 3).is_some());
    if let Some(t) = at.subject
        && !named_from
        && let Some(l) = find_word(items, i + 1, i + ROUND_REACH, led).filter(|&l| at.is(l + 1, by))
        && let Some(j) = lead_name(at, l + 2)
        && let Some(s) = items[j].entity()
    {
        // "from investors led by S, which …, and from the fund A": A
        // invests too, and the amount is no one investor's.
        let also = find_word(items, j + 1, j + ALSO_FROM_REACH, &words.raised_from)
            .filter(|&f| at.is(f - 1, &at.ctx.lang.relate.clause.list_conjunctions))
            .and_then(|f| lead_name(at, f + 1))
            .and_then(|a| items[a].entity());
        let money = money_in(items, i + 1..l).filter(|_| also.is_none());
        out.add(RelationKind::InvestedIn, s, t, at.span(i), money, 0.7);
        if let Some(a) = also.filter(|&a| at.is_org(a) || at.is_person(a)) {
            out.add(RelationKind::InvestedIn, a, t, at.span(i), None, 0.65);
        }
        return;
    }
    if let Some(t) = at.subject
        && let Some(f) = find_word(items, i + 1, i + 10, &words.raised_from)
        && let Some((j, s)) = next_entity(items, f + 1, 3)
    {
        let money = money_in(items, i + 1..f);
        let s = match (items.get(j + 1), items.get(j + 2).and_then(Item::entity)) {
            (Some(Item::Title { .. }), Some(p)) if at.is_person(p) => p,
            _ => s,
        };
        out.add(RelationKind::InvestedIn, s, t, at.span(i), money, 0.75);
    }
}

/// How far after a round's lead another "and from" may name a second
/// investor ("led by S, which now owns 34% of the company, and from A").
const ALSO_FROM_REACH: usize = 14;

/// How many items may stand between "led by" and the lead's name: "led
/// by the Irish venture fund S".
const LEAD_REACH: usize = 6;

/// The place of the name a round's "led by" names, from `k` past describing
/// words and a nationality or place that only describes ("the Irish venture
/// fund S"); none past a comma or preposition.
fn lead_name(at: &At<'_, '_>, k: usize) -> Option<usize> {
    let items = at.items;
    let prepositions = &at.ctx.lang.resolve.prepositions;
    let end = (k + LEAD_REACH).min(items.len());
    // The names from `m` on, before a comma or preposition ends the phrase.
    let names_from = |m: usize| {
        (m..end)
            .take_while(|&n| {
                items[n].entity().is_some()
                    || (items[n].word() != "," && !prepositions.contains(items[n].word()))
            })
            .filter(|&n| items[n].entity().is_some())
    };
    let j = names_from(k).next()?;
    let named = at.named_after(j);
    if named != j {
        return Some(named);
    }
    // A describing nationality or place the tagger left before a later name.
    let describes = matches!(
        at.kind(items[j].entity()?),
        EntityKind::Nationality | EntityKind::Loc
    );
    if !describes {
        return Some(j);
    }
    names_from(j + 1)
        .find(|&n| items[n].entity().is_some_and(|e| at.is_org(e)))
        .or(Some(j))
}

/// Acquisitions: "S acquired T", "S’s acquisition of T", "T was acquired by S",
/// "S snapped up T", "T was taken over by S".
pub(super) fn acquire(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i, n) = (at.items, at.i, at.items.len());
    let words = at.words();
    let w = at.word();
    let phrasal =
        words.deals.acquire_phrasal.contains(w) && at.is(i + 1, &words.deals.acquire_particles);
    let taken = supply_objects::takes_share(at);
    if !words.deals.acquire.contains(w) && !phrasal && !taken {
        return;
    }
    // The verb's last item: its particle when it has one.
    let v = if phrasal { i + 1 } else { i };
    let by = super::passive_buy::passive_by(at, v);
    // "A stake in T is being bought by S": a stake (`stake_bought`).
    if by.is_some()
        && (stake_bought::stake_opening(at).is_some()
            || super::share_sold::share_opening(at).is_some())
    {
        return;
    }
    if let Some(by) = by
        && let (Some(t), Some(s)) = (
            at.subject,
            // "was bought by the French appliance group S": past describing
            // words after a verb (a noun's "takeover by" stays close), and
            // past a name that only describes ("the K farm-services group S").
            next_entity(items, by + 1, 2)
                .map(|(j, _)| at.named_after(j))
                .or_else(|| {
                    at.described_object(by + 1)
                        .filter(|_| !words.deals.acquire_nouns.contains(w))
                        .map(|j| at.named_after(j))
                })
                .and_then(|j| at.past_place(j)),
        )
    {
        // Companies are acquired, people are not.
        if !at.is_person(t) {
            out.add(RelationKind::Acquired, s, t, at.span(i), None, 0.8);
        }
    } else if let Some((s, t)) = noun_by(at) {
        out.add(RelationKind::Acquired, s, t, at.span(i), None, 0.75);
    } else {
        let owner = possessor_before(items, i).or_else(|| {
            // "S's proposed $13.2 billion acquisition of T".
            words
                .deals
                .acquire_nouns
                .contains(w)
                .then(|| owner_across(items, i))
                .flatten()
        });
        let from = if words.deals.acquire_nouns.contains(w) {
            find_word(items, i + 1, i + 2, &words.deals.acquire_of).map(|j| j + 1)
        } else if at.is(v + 1, &words.orders.order_from) {
            // "plate bought from the stockholder S": a seller, no object.
            None
        } else {
            Some(v + 1)
        };
        // "the purchase of 22 new Boeing 787s" is an order, not a takeover.
        if from.is_some_and(|from| orders::purchase(at, from, out)) {
            return;
        }
        // "purchased from Apple's store": the object is not behind a preposition.
        let prepositions = &at.ctx.lang.resolve.prepositions;
        if let (Some(s), Some(from)) = (buyer(at, i, owner), from)
            // "bought Australian lithium miner T": past describing words.
            && let Some(first) = next_entity(items, from, 3)
                .map(|(k, _)| k)
                .or_else(|| at.described_object(from))
            // "buying its way": a possessive only determines the object,
            // unless an apposition names it ("its largest franchisee, the
            // Cypriot operator T").
            && let Some(first) = if matches!(items[first], Item::Ent { possessive: true, .. })
                && items[first].entity().is_none_or(|e| at.kind(e) != EntityKind::Loc)
            {
                apposed_object(at, items, first)
            } else {
                Some(first)
            }
            // "Florida-based imaging chain T": the name the place describes.
            && let Some((j, t)) = items[at.named_after(first)]
                .entity()
                .map(|t| (at.named_after(first), t))
            && let share = (from..j).any(|k| items[k].word() == PERCENT)
            && (share || !taken)
            && (share || !(first > from && prepositions.contains(items[first - 1].word())))
            && at.is_org(t)
        {
            // An amount before the trigger only for a noun ("S's $2bn
            // takeover of T"): before a verb it is another figure ("S,
            // which manages $38 billion, snapped up T for $1 billion").
            let before = if words.deals.acquire_nouns.contains(w) {
                i.saturating_sub(2)..i
            } else {
                i..i
            };
            // "bought T, which had sales of $80m, for $400m": a figure in a
            // relative clause about T is T's own, not the price; past the
            // clause, not one "paying $N to X" gives (`payments`).
            let about_t = relative_after(at, j);
            let paid = &words.payments.pay;
            let after = (v + 1..(i + 12 + about_t.len()).min(n))
                .filter(|k| !about_t.contains(k))
                .take_while(|&k| about_t.is_empty() || !paid.contains(items[k].word()));
            let money = money_in(items, before.chain(after));
            // "bought 49% of T" is a stake, not the company.
            let kind = if share {
                RelationKind::StakeIn
            } else {
                RelationKind::Acquired
            };
            out.add(kind, s, t, at.span(i), money, 0.75);
            // "S bought T from X": X sold it, and is paid; "from the X
            // family's company, Y": Y is; "from the X family": no one named;
            // "from the London-based firm Y": Y, the place only says where.
            // "bought T, which runs 14 clinics, from X": past T's clause.
            let (next, of) = (about_t.end, &words.orders.order_from);
            let from = find_word(items, next, next + 1, of);
            let seller = from.and_then(|p| {
                family_after(at.ctx, items, p).or_else(|| {
                    next_entity(items, p + 1, 2).map(|(q, x)| {
                        family_party(at.ctx, items, q).unwrap_or_else(|| seller_at(at, q, x))
                    })
                })
            });
            if let Some(Some(y)) = seller
                && s != t
                && y != s
            {
                out.paid_to(y);
            }
        }
    }
}

/// The seller a name `x` at `q` after "from" gives: the company a place
/// there only describes ("from the London-based private equity firm Y",
/// "from Norway's Y": Y); a place glued to "-based" before no name it
/// describes says where the seller is, and names none.
fn seller_at(at: &At<'_, '_>, q: usize, x: usize) -> Option<usize> {
    if !matches!(at.kind(x), EntityKind::Loc | EntityKind::Nationality) {
        return Some(x);
    }
    let named = at.named_after(q);
    if named != q {
        return at.items[named].entity();
    }
    let after = at.ctx.text.get(at.span(q).end..).unwrap_or("");
    let based = &at.ctx.lang.relate.places.based_suffix;
    let glued = based
        .iter()
        .any(|suffix| suffix.starts_with('-') && after.starts_with(suffix));
    (!glued).then_some(x)
}

/// "the takeover of T by S": a noun of buying whose "of" names the
/// company and whose "by" the buyer, each past describing words and a
/// place or nationality before its name ("the acquisition of Austrian
/// food retail chain T by German group S"). `(buyer, company)`.
fn noun_by(at: &At<'_, '_>) -> Option<(usize, usize)> {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    if !words.deals.acquire_nouns.contains(at.word()) {
        return None;
    }
    let of = find_word(items, i + 1, i + 2, &words.deals.acquire_of)?;
    let k = next_entity(items, of + 1, 1)
        .map(|(k, _)| k)
        .or_else(|| at.described_object(of + 1))
        .map(|k| at.named_after(k))?;
    let t = items[k].entity()?;
    let by = k + 1;
    if !at.is(by, &words.clause.passive_agent) || !at.is_org(t) {
        return None;
    }
    let s = next_entity(items, by + 1, 2)
        .map(|(j, _)| at.named_after(j))
        .or_else(|| at.described_object(by + 1).map(|j| at.named_after(j)))
        .and_then(|j| at.past_place(j))?;
    (s != t).then_some((s, t))
}

/// How many plain words a possessive's noun may run before the comma of
/// its apposition ("its largest franchisee,").
const NOUN_WORDS: usize = 4;

/// How many items an apposition may run before the name it gives ("the
/// Cypriot operator T").
const APPOSED_REACH: usize = 5;

/// The name an apposition gives a possessive's noun at `first`: "its
/// largest franchisee, the Cypriot operator T" is T.
fn apposed_object(at: &At<'_, '_>, items: &[Item], first: usize) -> Option<usize> {
    let comma = (first + 1..(first + 1 + NOUN_WORDS).min(items.len()))
        .take_while(|&p| matches!(items[p], Item::Word { .. }))
        .find(|&p| items[p].word() == ",")?;
    (comma + 1..(comma + 1 + APPOSED_REACH).min(items.len()))
        .take_while(|&p| !matches!(items[p], Item::Money { .. }) && items[p].word() != ",")
        .find(|&p| items[p].entity().is_some_and(|e| at.is_org(e)))
}

/// Supply: "S (will) provide … for|to T(’s)".
pub(super) fn supply(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().deals;
    // "sold 30 jets to T" is a sale of goods (`orders::sell_goods`).
    // "… will be delivered to T by S": the subject is what is supplied.
    let passive = i > 0 && at.words().roles.passive_be.contains(items[i - 1].word());
    if words.supply.contains(at.word())
        && !passive
        && !supply_objects::offered(at)
        && !orders::goods(at, i + 1).is_some_and(|g| g.counted)
        && let Some(s) = at.subject
        && let Some(p) = find_word(items, i + 1, i + 6, &words.supply_to)
        // "sold its Y unit to Z" sells a business (`orders::sell_business`).
        && !(i + 1..p).any(|j| items[j].entity().is_some_and(|e| at.kind(e) == EntityKind::Org))
        && !(i + 1..p).any(|j| supply_objects::passed_on(at, j))
        && let Some(t) = customer(at, p + 1)
    {
        out.add(RelationKind::Supplies, s, t, at.span(i), None, 0.7);
    }
}

/// The customer a supply's preposition names at `from`: the name right
/// there, or behind an article and a few describing words ("to the
/// discounters A and B": A; coordination gives B its own).
fn customer(at: &At<'_, '_>, from: usize) -> Option<usize> {
    let determiners = &at.ctx.lang.resolve.determiners;
    if at.is(from, determiners) {
        at.described_object(from).and_then(|j| at.past_place(j))
    } else {
        next_entity(at.items, from, 1).map(|(_, t)| t)
    }
}

/// The subject of each sentence that speaks of investing (an investment
/// or holding word among its tokens), by sentence index: the investor of an amount
/// no relation claims.
pub(super) fn investors(ctx: &Context<'_>, subjects: &[Option<usize>]) -> Vec<Option<usize>> {
    let invest = &ctx.lang.relate.deals.invest;
    let stake = &ctx.lang.relate.holdings.stake;
    ctx.seg
        .sentences
        .iter()
        .zip(subjects)
        .map(|(sentence, subject)| {
            // No subject, no investor: the words need not be read.
            subject.as_ref()?;
            // A word of a name ("… Holdings") says nothing of investing;
            // only a word of the lists is looked for among the names.
            let invests = ctx.seg.tokens[sentence.tokens.clone()].iter().any(|t| {
                let w = t.slice(ctx.text);
                (invest.contains_lowercase(w) || stake.contains_lowercase(w))
                    && !ctx
                        .mentions
                        .iter()
                        .any(|m| m.kind.is_name() && t.within(m.span))
            });
            subject.filter(|_| invests)
        })
        .collect()
}

#[cfg(test)]
mod tests;
