//! Owners named by a passive of owning, each holding a stake in the company
//! owned: "T, owned by S", "T is 58% owned by S", "T is owned 55% by A and
//! 45% by B", "T is owned by the city of A, with 60%, and by B county, with
//! 40%", "T is controlled by the founder's foundation, F, with 64% of the
//! shares". Apart from `holdings` (stakes, active owners) by topic.

use crate::model::{EntityKind, RelationKind};

use super::clause::Subjects;
use super::context::Context;
use super::frame_family::family_after;
use super::held::{company, holder};
use super::item::{Finds, Item, next_entity};
use super::pattern::At;
use super::view::PERCENT;

/// How many items after the first "by" a further owner's "and by" may
/// stand ("by the city of A, with 60%, and by B").
const FURTHER_REACH: usize = 14;

/// How many items a share, "since" and a date may take between a verb of
/// owning and its passive's "by".
const BY_REACH: usize = 4;

/// How many describing words may stand after the comma before an
/// apposed owner's name ("its founder, the dairy heir F").
const APPOSED_LEAD: usize = 4;

/// How many items an aside may take between "and" and a further owner's
/// "by" (", since 2023,").
const ASIDE_REACH: usize = 6;

/// How many describing words a description standing for its owner may
/// have before its comma ("by the founder's foundation, F").
const DESCRIPTION_REACH: usize = 5;

/// A passive of owning at a trigger: the company owned (when one fits)
/// and the first owner its "by" names, with the position after it.
struct Passive {
    by: usize,
    owned: Option<usize>,
    first: Option<(usize, usize)>,
}

/// Reads the passive of owning at the trigger ("owned by S", "owned 55% by
/// S", "60% owned since 2019 by S"); `None` when it opens none.
fn read_passive(at: &At<'_, '_>) -> Option<Passive> {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    if !words.holdings.own.contains(at.word()) {
        return None;
    }
    let by = (i + 1..(i + 1 + BY_REACH).min(items.len()))
        .find(|&k| at.is(k, &words.clause.passive_agent))
        .filter(|&by| {
            (i + 1..by).all(|k| {
                matches!(items[k], Item::Date { .. })
                    || items[k].word() == PERCENT
                    || at.is(k, &words.reader.gap_closers)
            })
        })?;
    // "shares held by S": S holds shares, of a company the sentence may not
    // name right there; its subject is not what is held.
    let of_shares = i
        .checked_sub(1)
        .is_some_and(|k| at.ctx.lang.money.share_words.contains(items[k].word()));
    // "T, which is listed in Z, is 27% owned by S": past a place a
    // preposition governs, to the clause's subject.
    let owned = match owned_before(at, i) {
        Some(e) if at.kind(e) == EntityKind::Loc && placed_in(at, e) => at.subject,
        Some(e) => Some(e),
        None => at.subject.filter(|_| !of_shares),
    }
    .filter(|&t| company(at, t) && !described(at, t));
    Some(Passive {
        by,
        owned,
        first: owner_after(at, by + 1),
    })
}

/// Reads the first owner of a passive of owning at the trigger: "owned by
/// S", "owned 55% by S". False when the trigger opens no passive (an active
/// "S owns T" is `holdings::own`'s).
pub(super) fn passive(at: &At<'_, '_>, out: &mut Finds) -> bool {
    let Some(p) = read_passive(at) else {
        return false;
    };
    if let (Some(t), Some((_, s))) = (p.owned, p.first)
        && holder(at, s)
    {
        out.add(RelationKind::StakeIn, s, t, at.span(at.i), None, 0.75);
    }
    true
}

/// After the patterns and the reader of a sentence: the further owners of
/// each passive of owning, every "and (N%) by S2" after its first owner
/// ("by the city of A, with 60%, and by B"), read whether the first was or
/// not ("by the state's holding company S and 12% by U"). Run last so the
/// relations the reader finds keep their order.
pub(super) fn further(
    ctx: &Context<'_>,
    items: &[Item],
    subjects: Subjects<'_, '_>,
    out: &mut Finds,
) {
    let own = &ctx.lang.relate.holdings.own;
    // Only at a verb of owning (`read_passive`'s first test) is the
    // item's subject worked out.
    for i in (0..items.len()).filter(|&i| own.contains(items[i].word())) {
        let at = At {
            ctx,
            items,
            i,
            subject: subjects.at(i),
        };
        let Some(Passive {
            by,
            owned: Some(t),
            first,
        }) = read_passive(&at)
        else {
            continue;
        };
        let from = first.map_or(by + 1, |(end, _)| end);
        for s in further_owners(&at, from) {
            if holder(&at, s)
                && !out
                    .0
                    .iter()
                    .any(|f| (f.kind, f.source, f.target) == (RelationKind::StakeIn, s, t))
            {
                out.add(RelationKind::StakeIn, s, t, at.span(i), None, 0.7);
            }
        }
    }
}

/// The owner a "by" phrase from `from` names, with the position after it:
/// the name a description leads to ("by US defence company S"), or the
/// name set off after a description ("by the founder's foundation, F").
/// A surname before a family noun names the family, no owner; the company
/// named after the family's possessive is one.
fn owner_after(at: &At<'_, '_>, from: usize) -> Option<(usize, usize)> {
    let items = at.items;
    // "by the X family" names no owner; "by the X family's holding company
    // Y" names Y.
    if let Some(party) = family_after(at.ctx, items, from - 1) {
        return party.map(|y| (from + 1, y));
    }
    if let Some(found) = past_nation_possessor(at, from) {
        return Some(found);
    }
    // "by Norway's S": a place's possessive describes the name after it.
    if let Some(n) = next_entity(items, from, 4)
        .filter(|&(j, _)| (from..j).all(|k| !items[k].word().is_empty()))
        .map(|(j, _)| at.named_after(j))
        .filter(|&n| !possessive(items, n))
    {
        return Some((n + 1, items[n].entity()?));
    }
    // "by the state holding company S": more describing words.
    if let Some(n) = at
        .described_object(from)
        .map(|j| at.named_after(j))
        .filter(|&n| !possessive(items, n))
    {
        return Some((n + 1, items[n].entity()?));
    }
    // "by the founder's foundation, F", "by its founder, the dairy heir F":
    // describing words, a possessor or a role word, then the name after
    // the comma, past describing words and role words again.
    let lead = |k: usize| match &items[k] {
        Item::Word { .. } => at.plain_word(k),
        Item::Title { .. } => true,
        _ => false,
    };
    let comma = (from..(from + DESCRIPTION_REACH + 1).min(items.len()))
        .take_while(|&k| lead(k) || items[k].word() == "," || possessive(items, k))
        .find(|&k| items[k].word() == ",")?;
    // "by its founding family, already owns …" is no apposition.
    if comma == from || at.is(comma - 1, &at.words().frame.family) {
        return None;
    }
    let name = (comma + 1..(comma + 1 + APPOSED_LEAD).min(items.len()))
        .find(|&k| !lead(k))
        .filter(|&k| !possessive(items, k))?;
    // The apposition closes after the name: a comma, "with" or the end.
    let closes = items.get(name + 1).is_none_or(|it| {
        matches!(it.word(), "," | "." | ";") || at.is(name + 1, &at.words().partners.with)
    });
    closes.then_some((name + 1, items[name].entity()?))
}

/// "by the Slovenian state's holding company S": a nationality word before
/// a noun in the possessive only describes that noun (no owner: it names
/// no company), and the name the description after the possessive leads to
/// owns. The owner with the position after it.
fn past_nation_possessor(at: &At<'_, '_>, from: usize) -> Option<(usize, usize)> {
    let items = at.items;
    let j = from + usize::from(at.is(from, &at.ctx.lang.resolve.determiners));
    // The nationality as a name or as a capitalised word.
    let nation = match items.get(j) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => at.kind(*entity) == EntityKind::Nationality,
        Some(Item::Word { span, .. }) => span.slice(at.ctx.text).starts_with(char::is_uppercase),
        _ => false,
    };
    // The noun and its clitic (the segmenter splits "state's" in two).
    let clitic = items.get(j + 2).is_some_and(
        |it| matches!(it, Item::Word { word, .. } if word.starts_with(['\'', '\u{2019}'])),
    );
    if !(nation && at.plain_word(j + 1) && clitic) {
        return None;
    }
    let n = at
        .described_object(j + 3)
        .map(|k| at.named_after(k))
        .filter(|&n| !possessive(items, n))?;
    Some((n + 1, items[n].entity()?))
}

/// The company held, before "owned" at `i`: the name before a comma or a
/// "which" with only auxiliaries and a share between ("T, which is 58%
/// owned").
fn owned_before(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let clause = &at.words().clause;
    for j in (i.saturating_sub(8)..i).rev() {
        let w = at.items[j].word();
        let share = w == PERCENT || w.bytes().any(|b| b.is_ascii_digit());
        if clause.between_subject_and_verb.contains(w)
            || share
            || clause.relative_pronouns.contains(w)
        {
            continue;
        }
        if w == "," {
            return j.checked_sub(1).and_then(|k| at.items[k].entity());
        }
        if let Item::Ent {
            entity,
            possessive: false,
            ..
        } = at.items[j]
        {
            return Some(entity);
        }
        return None;
    }
    None
}

/// True when the company owned is only described before the trigger ("The
/// company is owned 60% by …"): a description the resolver may have tied
/// to the wrong name, left unread.
fn described(at: &At<'_, '_>, e: usize) -> bool {
    let spans: Vec<_> = at.items[..at.i]
        .iter()
        .filter_map(|it| match it {
            Item::Ent { entity, span, .. } if *entity == e => Some(*span),
            _ => None,
        })
        .collect();
    !spans.is_empty()
        && spans
            .iter()
            .all(|span| at.ctx.mentions.iter().any(|m| m.span == *span && m.nominal))
}

/// True when place `e` stands last before the trigger after "in", alone
/// or in a list of places ("which is listed in Z, is owned", "which runs
/// stores in A and B, is owned"): a relative clause's place, not what is
/// owned.
fn placed_in(at: &At<'_, '_>, e: usize) -> bool {
    let items = at.items;
    let Some(k) = (1..at.i).rev().find(|&k| items[k].entity() == Some(e)) else {
        return false;
    };
    // "in Spain and Portugal": back over the places listed.
    let listed = |m: usize| match items[m].entity() {
        Some(x) => at.kind(x) == EntityKind::Loc,
        None => items[m].word() == "," || at.is(m, &at.words().clause.list_conjunctions),
    };
    (0..k)
        .rev()
        .find(|&m| !listed(m))
        .is_some_and(|m| at.is(m, &at.words().places.based_in))
}

/// True when the item at `k` is a possessive entity reference.
fn possessive(items: &[Item], k: usize) -> bool {
    matches!(
        items.get(k),
        Some(Item::Ent {
            possessive: true,
            ..
        })
    )
}

/// The owners of further "and by S", "and 45% by S" after `from`, up to a
/// word the reader's clauses end at.
fn further_owners(at: &At<'_, '_>, from: usize) -> Vec<usize> {
    let items = at.items;
    let words = at.words();
    let mut out = Vec::new();
    let end = (from + FURTHER_REACH).min(items.len());
    let mut k = from;
    while k < end {
        let w = items[k].word();
        if words.reader.stops.contains(w) || w == "." {
            break;
        }
        if words.clause.list_conjunctions.contains(w) {
            // "and, since 2023, by S", "and 45% by S".
            let aside = |m: &usize| {
                matches!(items.get(*m), Some(Item::Date { .. }))
                    || matches!(items.get(*m).map(Item::word), Some("," | PERCENT))
                    || at.is(*m, &words.reader.gap_closers)
            };
            let by = (k + 1..k + 1 + ASIDE_REACH)
                .find(|m| !aside(m))
                .unwrap_or(k + 1);
            if at.is(by, &words.clause.passive_agent)
                && let Some((next, s)) = owner_after(at, by + 1)
            {
                out.push(s);
                k = next;
                continue;
            }
        }
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    /// A share glued to "owned" by a hyphen reads as the share and the verb.
    #[test]
    fn a_share_glued_to_owned_opens_the_passive() {
        check(
            &[StakeIn],
            &[
                (
                    "Quantix Bungu Co, 27%-owned by the trading house Zephyr Shōji, makes pens.",
                    &[("Zephyr Shōji", StakeIn, "Quantix Bungu Co")],
                ),
                (
                    "Hestia Air, which is 45 percent-owned by investment firm Keltic Capital, will take the jets.",
                    &[("Keltic Capital", StakeIn, "Hestia Air")],
                ),
                // Glued to another word: no passive of owning.
                (
                    "Hestia Air, 45%-funded by Keltic Capital, will take the jets.",
                    &[],
                ),
            ],
        );
    }

    /// A nationality before a noun in the possessive describes the owner
    /// the description leads to; it owns nothing.
    #[test]
    fn a_nation_before_a_possessed_noun_describes_the_owner() {
        check(
            &[StakeIn],
            &[(
                "Zephyr Corp., which is listed in Oslo, is 27% owned by the Norwegian state's \
                 holding company Helio Fund and 12% by the Arnholm steel wire maker Quantix AG.",
                &[
                    ("Helio Fund", StakeIn, "Zephyr Corp."),
                    ("Quantix AG", StakeIn, "Zephyr Corp."),
                ],
            )],
        );
    }

    #[test]
    fn owners_of_a_passive() {
        check(
            &[StakeIn, Acquired],
            &[
                (
                    "Zephyr Corp. is owned 55% by Keltic AG and 45% by the building group Quantix AG.",
                    &[
                        ("Keltic AG", StakeIn, "Zephyr Corp."),
                        ("Quantix AG", StakeIn, "Zephyr Corp."),
                    ],
                ),
                // A surname before "family" names no owner.
                (
                    "Zephyr Corp. is now run by Jon Hale and owned 55% by the Hale family and 45% by \
                     the building group Quantix AG, which bought its stake in 2019.",
                    &[("Quantix AG", StakeIn, "Zephyr Corp.")],
                ),
                (
                    "Zephyr Corp. is owned by the city of Arnholm, with 60%, and by Quantix Holding, \
                     with 40%.",
                    &[
                        ("Arnholm", StakeIn, "Zephyr Corp."),
                        ("Quantix Holding", StakeIn, "Zephyr Corp."),
                    ],
                ),
                (
                    "Zephyr Corp., which is listed in Oslo, is 27% owned by the state holding \
                     company Helio Fund and 12% by the Arnholm steel wire maker Quantix AG.",
                    &[
                        ("Helio Fund", StakeIn, "Zephyr Corp."),
                        ("Quantix AG", StakeIn, "Zephyr Corp."),
                    ],
                ),
                (
                    "Zephyr Corp. is controlled by the founder's foundation, Helio Fund, with 64% of \
                     the shares.",
                    &[("Helio Fund", StakeIn, "Zephyr Corp.")],
                ),
                // Gapped holders of the reader's frames: a share left over.
                (
                    "Zephyr Corp. is 45% owned by its founders, while the state fund Helio Fund \
                     holds 30% and the Silesian chemicals group Quantix AG the remaining 25%.",
                    &[
                        ("Quantix AG", StakeIn, "Zephyr Corp."),
                        ("Helio Fund", StakeIn, "Zephyr Corp."),
                    ],
                ),
                (
                    "Helio Group will own 55% of the new company, Zephyr Corp., and Quantix AG \
                     the remainder.",
                    &[
                        ("Helio Group", StakeIn, "Zephyr Corp."),
                        ("Quantix AG", StakeIn, "Zephyr Corp."),
                    ],
                ),
                (
                    "Zephyr SA is owned by the family and, since 2023, by the investment company \
                     Helio Participations, with a 35% stake.",
                    &[("Helio Participations", StakeIn, "Zephyr SA")],
                ),
                (
                    "Zephyr Corp. has been 60% owned since 2019 by the Reims holding company \
                     Helio SAS, which paid €210m for the stake.",
                    &[("Helio SAS", StakeIn, "Zephyr Corp.")],
                ),
                (
                    "Zephyr Corp. is owned by the Hale family's holding company Helio Fund and by \
                     the pension fund Quantix Kasse, which holds 22%.",
                    &[
                        ("Helio Fund", StakeIn, "Zephyr Corp."),
                        ("Quantix Kasse", StakeIn, "Zephyr Corp."),
                    ],
                ),
                // A share kept by the seller: of the holding found nearest
                // before.
                (
                    "Zephyr Holding, which belongs to a textile family, bought 70% of Quantix GmbH \
                     in 2020 from its founder, Jon Hale, who kept the rest.",
                    &[
                        ("Zephyr Holding", StakeIn, "Quantix GmbH"),
                        ("Jon Hale", StakeIn, "Quantix GmbH"),
                    ],
                ),
                // A relative clause's places before "owned" are not owned.
                (
                    "Zephyr SA, which runs 610 stores in Spain and Portugal, is owned by the Hale \
                     family's holding company Quantix SA.",
                    &[("Quantix SA", StakeIn, "Zephyr SA")],
                ),
                // What a relative clause names before "owned" is owned.
                (
                    "Zephyr SA competes with Orvo Hotels, and with Keltic Hotels SA, which is owned \
                     by Chile's Quantix Group.",
                    &[("Quantix Group", StakeIn, "Keltic Hotels SA")],
                ),
            ],
        );
    }
}
