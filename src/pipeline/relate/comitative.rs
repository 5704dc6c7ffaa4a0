//! Comitative coordination: names joined to an end of a relation by
//! "along with" or "together with" share that end's part. "Chairman X will
//! stand down along with the directors A, B and C" (each leaves, and each
//! was a director), "T is owned by S along with U" (U holds T too), "X,
//! together with Y, will join the board". Only the relation of the clause
//! the phrase is in: the end right before it, else the relation whose
//! trigger stands nearest before it.

use crate::model::{EntityKind, RelationKind, Span};

use super::context::Context;
use super::coordination::describing_word;
use super::item::{Finds, Found, Item};
use super::roles::role_kind;

/// Kinds no companion shares: one holder's post ("Chairman X will stand
/// down along with …": the companions are no chairmen) and a place.
const KEPT: &[RelationKind] = &[
    RelationKind::CeoOf,
    RelationKind::ChairmanOf,
    RelationKind::LocatedIn,
];

/// How many describing items may open a companion ("the Scottish
/// Government's investment arm, the …").
const LEAD: usize = 8;

/// The companions named after a comitative phrase at `c` (its "with" at
/// `c + 1`): a list of names, each past a few describing words, titles
/// or possessors, one comma between at most ("Y's co-founder, Z"); and the
/// post the titles before them state, if any ("the directors A and B").
fn companions(ctx: &Context<'_>, items: &[Item], c: usize) -> (Vec<usize>, Option<RelationKind>) {
    let clause = &ctx.lang.relate.clause;
    let mut out = Vec::new();
    let mut post = None;
    let mut k = c + 2;
    loop {
        let from = k;
        let mut comma = false;
        while k < from + LEAD {
            match items.get(k) {
                Some(Item::Title { word, .. }) => {
                    post = Some(role_kind(&ctx.lang.relate.roles, word));
                }
                Some(Item::Ent {
                    possessive: true, ..
                }) => {}
                Some(Item::Word { word, .. })
                    if word == "," && !comma && k > from && out.is_empty() =>
                {
                    comma = true;
                }
                Some(Item::Word { word, .. }) if describing_word(ctx, items, k) => {
                    // "the directors A and B": a post noun the title
                    // tagger leaves, plural.
                    let one = word.strip_suffix('s').unwrap_or(word);
                    if ctx.lang.relate.deps.role_nouns.contains(one) {
                        post = Some(role_kind(&ctx.lang.relate.roles, one));
                    }
                }
                Some(Item::Word { word, .. }) if clause.list_determiners.contains(word) => {}
                _ => break,
            }
            k += 1;
        }
        let Some(e) = (match items.get(k) {
            Some(Item::Ent {
                entity,
                possessive: false,
                pronoun: false,
                ..
            }) => Some(*entity),
            _ => None,
        }) else {
            break;
        };
        out.push(e);
        k += 1;
        // "A, B and C": separators and a conjunction go on to the next; a
        // lone comma only to a name right after it ("A, said …" ends).
        let before = k;
        while items.get(k).is_some_and(|it| {
            clause.list_separators.contains(it.word())
                || clause.list_conjunctions.contains(it.word())
        }) {
            k += 1;
        }
        let conjoined = (before..k).any(|j| clause.list_conjunctions.contains(items[j].word()));
        if k == before || (!conjoined && items.get(k).and_then(Item::entity).is_none()) {
            break;
        }
    }
    (out, post.filter(|kind| !KEPT.contains(kind)))
}

/// True when entities of kinds `a` and `b` may share a part: the same kind,
/// or organisations the tagger called MISC.
fn same_class(a: EntityKind, b: EntityKind) -> bool {
    let org = |k| matches!(k, EntityKind::Org | EntityKind::Misc);
    a.can_relate() && b.can_relate() && (a == b || (org(a) && org(b)))
}

/// Gives the companions after every comitative phrase of the sentence the
/// part of the end they go with.
pub(super) fn comitative(ctx: &Context<'_>, items: &[Item], found: &mut Finds) {
    let clause = &ctx.lang.relate.clause;
    let mut extra = Vec::new();
    let mut dropped = Vec::new();
    for c in 1..items.len().saturating_sub(1) {
        if !clause.comitative.contains(items[c].word())
            || !clause.comitative_with.contains(items[c + 1].word())
        {
            continue;
        }
        let (names, post) = companions(ctx, items, c);
        if names.is_empty() {
            continue;
        }
        let at = items[c].span(ctx.mentions);
        // "X, together with Y, held the key": companions set off by commas
        // are no partners; what they do together is the clause's.
        if items[c - 1].word() == "," {
            dropped.push(at);
        }
        for (f, source_side) in parts(ctx, items, c, found) {
            let end = if source_side { f.source } else { f.target };
            let kind = |e: usize| ctx.kinds.get(e).copied().unwrap_or(EntityKind::Misc);
            let fits = |m: usize| m != f.source && m != f.target && same_class(kind(m), kind(end));
            for &m in names.iter().filter(|&&m| fits(m)) {
                let (s, t) = if source_side {
                    (m, f.target)
                } else {
                    (f.source, m)
                };
                extra.push(Found {
                    source: s,
                    target: t,
                    money: None,
                    ..f.clone()
                });
                // "stand down along with the directors A and B": each held
                // the post the title names at the company left.
                if let Some(post) = post.filter(|_| source_side && f.kind == RelationKind::Left) {
                    extra.push(Found {
                        kind: post,
                        source: m,
                        target: f.target,
                        trigger: at,
                        money: None,
                        ..f.clone()
                    });
                }
            }
        }
    }
    found
        .0
        .retain(|f| !(f.kind == RelationKind::PartnerOf && dropped.contains(&f.trigger)));
    found.0.extend(extra);
}

/// The relations a comitative phrase at `c` joins companions to, each with
/// the side it joins them to (true: the source). "X, together with Y,
/// held …": the relations of X with a trigger after the phrase; "owned by
/// S along with U": those of the name right before it; else the relation
/// whose trigger stands nearest before the phrase, on the side of its
/// object when that is named between the trigger and the phrase, else of
/// its subject.
fn parts(ctx: &Context<'_>, items: &[Item], c: usize, found: &Finds) -> Vec<(Found, bool)> {
    let at = items[c].span(ctx.mentions);
    let stops = &ctx.lang.relate.reader.stops;
    let shared = |f: &&Found| f.spreads && !KEPT.contains(&f.kind) && f.trigger != at;
    let set_off = items[c - 1].word() == ",";
    let before = if set_off {
        c.checked_sub(2)
    } else {
        Some(c - 1)
    };
    if let Some(e) = before.and_then(|b| match items.get(b) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => Some(*entity),
        _ => None,
    }) {
        return found
            .0
            .iter()
            .filter(shared)
            .filter(|f| !set_off || f.trigger.start > at.end)
            .filter_map(|f| {
                let side = if f.source == e {
                    true
                } else if f.target == e {
                    false
                } else {
                    return None;
                };
                Some((f.clone(), side))
            })
            .collect();
    }
    // The nearest trigger before the phrase, in its clause.
    let Some(trigger) = found
        .0
        .iter()
        .filter(shared)
        .map(|f| f.trigger)
        .filter(|t| t.end <= at.start)
        .max_by_key(|t| t.end)
    else {
        return Vec::new();
    };
    let between = |s: Span| s.start >= trigger.end && s.end <= at.start;
    let broken = items
        .iter()
        .any(|it| between(it.span(ctx.mentions)) && stops.contains(it.word()));
    if broken {
        return Vec::new();
    }
    found
        .0
        .iter()
        .filter(shared)
        .filter(|f| f.trigger == trigger)
        .map(|f| {
            let object_named = items
                .iter()
                .any(|it| it.entity() == Some(f.target) && between(it.span(ctx.mentions)));
            (f.clone(), !object_named)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn companions_share_the_part_of_the_end_they_go_with() {
        check(
            &[Left, EmployeeOf, StakeIn],
            &[
                (
                    "Zephyr Corp. said its finance chief, Anna Lindqvist, will step down in July along with the directors Boris Kell and Carla Ruiz.",
                    &[
                        ("Anna Lindqvist", Left, "Zephyr Corp."),
                        ("Boris Kell", Left, "Zephyr Corp."),
                        ("Boris Kell", EmployeeOf, "Zephyr Corp."),
                        ("Carla Ruiz", Left, "Zephyr Corp."),
                        ("Carla Ruiz", EmployeeOf, "Zephyr Corp."),
                        // Her own post, from "its finance chief".
                        ("Anna Lindqvist", EmployeeOf, "Zephyr Corp."),
                    ],
                ),
                (
                    "Zephyr Corp., which is owned by the fund Keltic Partners along with the bank Nordvik Capital, makes valves.",
                    &[
                        ("Keltic Partners", StakeIn, "Zephyr Corp."),
                        ("Nordvik Capital", StakeIn, "Zephyr Corp."),
                    ],
                ),
            ],
        );
        // Companions set off by commas are no partners.
        check(
            &[PartnerOf],
            &[(
                "Analysts said Zephyr Corp., together with Quantix Inc., held the key to any bid.",
                &[],
            )],
        );
    }
}
