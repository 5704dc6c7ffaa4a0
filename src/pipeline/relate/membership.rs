//! Membership: "V, a collaboration … (to) include (tech giants like) A and
//! B"; "… beyond A and B" (implied members, lower confidence); "A joined V".

use crate::model::RelationKind;

use super::clause::entity_list;
use super::context::Context;
use super::item::{Finds, Item, next_entity};
use super::pattern::At;

/// Members listed after a trigger, or the one who joined.
pub(super) fn members(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i, n) = (at.items, at.i, at.items.len());
    let words = &at.words().membership;
    let w = at.word();
    let joined = words.joined.contains(w);
    let implied = words.implied.contains(w);
    if !(words.member.contains(w) || implied || joined) {
        return;
    }
    if joined {
        if let (Some(s), Some((_, v))) = (at.subject, next_entity(items, i + 1, 2))
            && at.is_org(v)
            && !left_to_join(at, s)
        {
            // A person who joins an organisation works for it; an
            // organisation that joins with another is its partner.
            let kind = if at.is_person(s) {
                RelationKind::EmployeeOf
            } else if at.is(i + 1, &at.words().partners.with) {
                RelationKind::PartnerOf
            } else {
                RelationKind::MemberOf
            };
            out.add(kind, s, v, at.span(i), None, 0.75);
        }
    } else if let Some(v) = (0..i).rev().find_map(|j| {
        items[j]
            .entity()
            .filter(|&e| at.is_org(e) && is_undertaking(at.ctx, items, j))
    }) {
        let mut j = i + 1;
        while j < n && j <= i + 4 && items[j].entity().is_none() {
            j += 1;
        }
        let (list, _) = entity_list(&at.words().clause, items, j);
        let confidence = if implied { 0.5 } else { 0.8 };
        for m in list.into_iter().filter(|&m| at.is_org(m) && m != v) {
            out.add(RelationKind::MemberOf, m, v, at.span(i), None, confidence);
        }
    }
}

/// True when the subject read for "to join" at `at.i` is the object of a
/// verb of leaving ("X quit Keltic last year to join Brask"): the one
/// who leaves joins, read by the leaving rules, not the organisation left.
fn left_to_join(at: &At<'_, '_>, subject: usize) -> bool {
    let items = at.items;
    let infinitive =
        at.i.checked_sub(1)
            .is_some_and(|k| at.is(k, &at.ctx.lang.relate.frame.infinitive));
    let roles = &at.words().roles;
    infinitive
        && (0..at.i)
            .rev()
            .find(|&k| items[k].entity() == Some(subject))
            .and_then(|k| k.checked_sub(1))
            .is_some_and(|k| at.is(k, &roles.leave) || at.is(k, &roles.leave_particles))
}

/// True when the entity reference at `j` is described as an undertaking in
/// this sentence ("X, a collaboration …") or named like one.
fn is_undertaking(ctx: &Context<'_>, items: &[Item], j: usize) -> bool {
    let undertaking = &ctx.lang.relate.membership.undertaking;
    let Some(e) = items[j].entity() else {
        return false;
    };
    let by_name = ctx
        .mentions
        .iter()
        .filter(|m| m.entity == Some(e) && !m.nominal)
        .any(|m| {
            m.span
                .slice(ctx.text)
                .split_whitespace()
                .last()
                .is_some_and(|w| undertaking.contains_lowercase(w))
        });
    let by_apposition = items.get(j + 1).map(Item::word) == Some(",")
        && (j + 2..(j + 5).min(items.len())).any(|k| undertaking.contains(items[k].word()));
    by_name || by_apposition
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn members_of_undertakings() {
        check(
            &[MemberOf, PartnerOf],
            &[
                (
                    "The Aurora Consortium, a collaboration of firms, includes Zephyr Corp., Quantix Inc. and Keltic Inc.",
                    &[
                        ("Zephyr Corp.", MemberOf, "Aurora Consortium"),
                        ("Quantix Inc.", MemberOf, "Aurora Consortium"),
                        ("Keltic Inc.", MemberOf, "Aurora Consortium"),
                    ],
                ),
                (
                    "The Aurora Consortium, a venture of firms, could grow beyond Zephyr Corp. and Quantix Inc.",
                    &[
                        ("Zephyr Corp.", MemberOf, "Aurora Consortium"),
                        ("Quantix Inc.", MemberOf, "Aurora Consortium"),
                    ],
                ),
                (
                    "Quantix Inc. joined the Aurora Consortium.",
                    &[("Quantix Inc.", MemberOf, "Aurora Consortium")],
                ),
                // The organisation left does not join: the one who left does.
                (
                    "Jon Hale quit Quantix Inc. last year to join Zephyr Corp.",
                    &[],
                ),
                // Joining with another is a partnership.
                (
                    "Quantix Inc. will join with Zephyr Corp. in a joint venture to make cables.",
                    &[("Quantix Inc.", PartnerOf, "Zephyr Corp.")],
                ),
            ],
        );
    }
}
