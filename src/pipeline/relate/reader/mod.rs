//! The general clause-frame reader: for a verb or noun of the frame lexicon
//! (`assets/lang/en/relate/reader/frames.tsv`), the relation its clause
//! states between the fillers of two argument slots — the clause's subject
//! (a relative clause's antecedent, an appositive's head, a coordinated
//! verb's subject), a passive's "by" agent, the object, a possessor, a
//! complement, or the object of a preposition — each slot a coordinated
//! list ("A and B" each). A construction is a row of the lexicon, not code:
//! "T is 35% owned by S", "X, who came to the company from Y", "X,
//! formerly of Y", "founded by A and B", "its plants in A and B".
//!
//! The specific patterns of the families run first; the reader adds what
//! they leave, with the same status logic (a relation is one per kind,
//! pair and sentence) and never an entity related to itself.

#[cfg(test)]
mod adviser_tests;
#[cfg(test)]
mod holding_tests;
#[cfg(test)]
mod lease_tests;
#[cfg(test)]
mod list_tests;
mod slots;
mod stops;
#[cfg(test)]
mod supply_tests;
#[cfg(test)]
mod tests;

use crate::lang::reader::{FrameRow, Slot};
use crate::model::{EntityKind, RelationKind};

use super::context::Context;
use super::coordination::share_at;
use super::item::{Finds, Item};
use super::pattern::At;

/// How firmly a frame read this way is taken.
const CONFIDENCE: f32 = 0.7;

/// How many describing words may stand before a gapped clause's holder
/// ("and the Silesian chemicals group U 10%").
const GAPPED_LEAD: usize = 4;

/// How many items around a trigger its clause's `needs` words may stand.
const NEEDS_BEFORE: usize = 6;
const NEEDS_AFTER: usize = 8;

/// Adds the relations the lexicon's frames state in one sentence's items;
/// `subject` is the sentence's subject.
pub(super) fn read(ctx: &Context<'_>, items: &[Item], subject: Option<usize>, out: &mut Finds) {
    let rows = &ctx.lang.relate.reader.frames;
    for (i, item) in items.iter().enumerate() {
        let Item::Word { word, .. } = item else {
            continue;
        };
        if !ctx.lang.relate.reader.triggers.contains(word) || adjective_own(ctx, items, i) {
            continue;
        }
        for row in rows.iter().filter(|r| r.words.contains(word)) {
            let at = At {
                ctx,
                items,
                i,
                subject,
            };
            // "S hired the bank A to advise on a stake in T": an adviser
            // holds nothing (`deal_actors::advised`).
            // "S holds a seat on the board of T": a post, not a share.
            if !needs_hold(&at, row)
                || (row.kind == RelationKind::StakeIn
                    && (super::deal_actors::advised(&at, i).is_some()
                        || (at.words().holdings.own.contains(word)
                            && super::holdings::post_held(&at))))
            {
                continue;
            }
            let reader = slots::Reader::new(at);
            let sources = fill(&reader, &row.source, out);
            if sources.is_empty() {
                gapped_lots(&reader, row, &sources, out);
                continue;
            }
            // "A and B will build a plant in Z": the plant is their
            // venture's, not each one's.
            if row.kind == RelationKind::LocatedIn && (sources.len() > 1 || reader.joint()) {
                continue;
            }
            let mut targets = fill(&reader, &row.target, out);
            // "S owns 29% of T and U 14%": the gapped clause's holder.
            let gapped = if row.kind == RelationKind::StakeIn {
                gapped_holders(&at)
            } else {
                Vec::new()
            };
            // "55% of the new company, T, and U the remainder": U holds.
            targets.retain(|t| !gapped.contains(t));
            for &g in &gapped {
                for &t in &targets {
                    if fits(&at, row.kind, g, t) {
                        out.add(row.kind, g, t, at.span(i), None, CONFIDENCE);
                    }
                }
            }
            for &s in &sources {
                for &t in &targets {
                    if fits(&at, row.kind, s, t) {
                        out.add(row.kind, s, t, at.span(i), None, CONFIDENCE);
                    }
                }
            }
            gapped_lots(&reader, row, &sources, out);
            gapped_passives(&reader, row, out);
        }
    }
}

/// The relations of gapped passive clauses after a passive trigger whose
/// row reads its agent and patient: "T was advised by A, and U by B" (B
/// advised U), "T is owned by A and U by B".
fn gapped_passives(reader: &slots::Reader<'_, '_>, row: &FrameRow, out: &mut Finds) {
    let agent_first = match (row.source.first(), row.target.first()) {
        (Some(Slot::Agent), Some(Slot::Patient)) => true,
        (Some(Slot::Patient), Some(Slot::Agent)) => false,
        _ => return,
    };
    let at = reader.at();
    for (subject, agents) in reader.gapped_passives() {
        for a in agents {
            let (s, t) = if agent_first {
                (a, subject)
            } else {
                (subject, a)
            };
            if s != t && fits(at, row.kind, s, t) {
                out.add(row.kind, s, t, at.span(at.i), None, CONFIDENCE);
            }
        }
    }
}

/// True when a word of owning at `i` is an adjective: "the own brands of
/// A", "its own name" (a determiner or possessive before it).
fn adjective_own(ctx: &Context<'_>, items: &[Item], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| items.get(p)) else {
        return false;
    };
    ctx.lang.relate.holdings.own.contains(items[i].word())
        && (matches!(
            prev,
            Item::Ent {
                possessive: true,
                ..
            }
        ) || ctx.lang.resolve.determiners.contains(prev.word())
            || ctx.lang.relate.pronoun.possessive.contains(prev.word()))
}

/// The entities of the first of `alternatives` that names any; `found`
/// holds the sentence's relations so far.
fn fill(reader: &slots::Reader<'_, '_>, alternatives: &[Slot], found: &Finds) -> Vec<usize> {
    alternatives
        .iter()
        .map(|slot| match slot {
            Slot::Elided => elided(reader, found),
            _ => reader.slot(slot),
        })
        .find(|found| !found.is_empty())
        .unwrap_or_default()
}

/// What a share ending the clause is of ("The family owns 41% of T, while
/// S holds 8%"; "T is 51% owned by the state, while S holds the other
/// 49%"): what an earlier verb of owning in the sentence has as its object,
/// else the company of the sentence's holding found nearest before it.
fn elided(reader: &slots::Reader<'_, '_>, found: &Finds) -> Vec<usize> {
    if !reader.share_ends_clause() {
        return Vec::new();
    }
    let at = reader.at();
    let holdings = &at.ctx.lang.relate.holdings;
    let owned = (0..at.i)
        .rev()
        .filter(|&k| at.is(k, &holdings.own))
        .find_map(|k| {
            let earlier = slots::Reader::new(At { i: k, ..*at });
            let of = holdings.own_of.iter().map(|word| Slot::Prep {
                word: word.to_owned(),
                adjacent: false,
            });
            std::iter::once(Slot::Patient)
                .chain(of)
                .map(|slot| earlier.slot(&slot))
                .find(|names| !names.is_empty())
        });
    let start = at.span(at.i).start;
    // The holding whose trigger stands nearest before ("bought 70% of T
    // from A, who kept the rest": T, not a place a clause before named).
    owned.unwrap_or_else(|| {
        found
            .0
            .iter()
            .rev()
            .filter(|f| f.kind == RelationKind::StakeIn && f.trigger.end <= start)
            .max_by_key(|f| f.trigger.end)
            .map(|f| f.target)
            .into_iter()
            .collect()
    })
}

/// The holders of gapped clauses after the trigger's: "S owns 29% of T
/// and U 14%", "… and the chemicals group U the remaining 25%", "S owns
/// 20% of T, U 15% and V 10%" name U (and V), whose share ends the
/// sentence, its clause or the list.
pub(in crate::pipeline::relate) fn gapped_holders(at: &At<'_, '_>) -> Vec<usize> {
    let lang = at.ctx.lang;
    let items = at.items;
    let clause = &lang.relate.clause;
    let mut out = Vec::new();
    for k in at.i + 1..items.len() {
        let w = items[k].word();
        if lang.relate.reader.stops.contains(w) {
            break;
        }
        let conjunction = clause.list_conjunctions.contains(w);
        if !conjunction && !clause.list_separators.contains(w) {
            continue;
        }
        // "and the energy company U 10%": past describing words.
        let mut h = k + 1;
        while h < k + 1 + GAPPED_LEAD && at.plain_word(h) {
            h += 1;
        }
        let Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) = items.get(h)
        else {
            continue;
        };
        let Some(end) = share_at(clause, items, h + 1) else {
            continue;
        };
        let closes = items
            .get(end)
            .is_none_or(|it| matches!(it.word(), "," | "." | ";"));
        let goes_on = items
            .get(end)
            .is_some_and(|it| clause.list_conjunctions.contains(it.word()));
        // "T, U 15% and V 10%": a comma's holder may go on to the next.
        if closes || (goes_on && !conjunction) {
            out.push(*entity);
        }
    }
    out
}

/// The suppliers of lots gapped after a supply whose supplier a
/// preposition names: "T buys its gut from a cooperative and its wire from
/// S", "X's paper comes from A, and its lamps from the firm L" — each
/// supplies the lot's possessor, or the clause's own customer after "its";
/// `sources`: the clause's own suppliers (a lot's are others).
fn gapped_lots(reader: &slots::Reader<'_, '_>, row: &FrameRow, sources: &[usize], out: &mut Finds) {
    if row.kind != RelationKind::Supplies {
        return;
    }
    let Some(Slot::Prep { word, .. }) = row.source.first() else {
        return;
    };
    let lots = reader.gapped_lots(word);
    if lots.is_empty() {
        return;
    }
    let at = reader.at();
    let customers = fill(reader, &row.target, out);
    for (possessor, suppliers) in lots {
        let owners = possessor.map_or_else(|| customers.clone(), |p| vec![p]);
        for &s in suppliers.iter().filter(|s| !sources.contains(s)) {
            for &t in &owners {
                if s != t && fits(at, row.kind, s, t) {
                    out.add(row.kind, s, t, at.span(at.i), None, CONFIDENCE);
                }
            }
        }
    }
}

/// True when the words the row needs (or must not have) stand around the
/// trigger.
fn needs_hold(at: &At<'_, '_>, row: &FrameRow) -> bool {
    let Some(needs) = &row.needs else {
        return true;
    };
    let from = at.i.saturating_sub(NEEDS_BEFORE);
    let to = (at.i + NEEDS_AFTER + 1).min(at.items.len());
    // A pronoun the resolver linked is an entity's item: its text counts.
    let pronoun =
        |k: usize| at.items[k].entity().is_some() && needs.contains(at.span(k).slice(at.ctx.text));
    // "until now": a date read as one counts by its text.
    let date = |k: usize| {
        matches!(at.items[k], Item::Date { .. })
            && needs.contains(&crate::lang::lowercase(at.span(k).slice(at.ctx.text)))
    };
    // "as financial adviser": a role the tagger read as a title counts by
    // its last word.
    let title = |k: usize| match &at.items[k] {
        Item::Title { word, .. } => word
            .split_whitespace()
            .next_back()
            .is_some_and(|w| needs.contains(w)),
        _ => false,
    };
    let found = (from..to).any(|k| at.is(k, needs) || pronoun(k) || date(k) || title(k));
    found != row.needs_absent
}

/// True when `s` and `t` may be the ends of `kind`: a person and an
/// organisation for a post, an organisation and a place for a seat, a
/// holder (organisation, person or state) and an organisation for a stake,
/// else two organisations.
fn fits(at: &At<'_, '_>, kind: RelationKind, s: usize, t: usize) -> bool {
    let (ks, kt) = (at.kind(s), at.kind(t));
    if !ks.can_relate() || !kt.can_relate() {
        return false;
    }
    match kind {
        _ if kind.is_role() => ks == EntityKind::Person && at.is_org(t),
        // A seat's subject is walked to loosely: an event (MISC) is none.
        RelationKind::LocatedIn => ks == EntityKind::Org && kt == EntityKind::Loc,
        // "S shareholders will hold 52%": the holders are S's, not S.
        RelationKind::StakeIn => {
            ks != EntityKind::Product && at.is_org(t) && !super::held::holders_named(at, s)
        }
        _ => at.is_org(s) && at.is_org(t),
    }
}
