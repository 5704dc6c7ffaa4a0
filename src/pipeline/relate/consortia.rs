//! Consortia: a company is a member of (`member_of`) a consortium,
//! alliance or coalition, not its partner. A partnership the rules read
//! with an organisation the text calls a consortium ("The consortium,
//! called V, …"; "V's partners are A, B and C") or names like one ("the
//! Aurora Alliance") is a membership of it, the member → the group.

use crate::model::RelationKind;

use super::Related;
use super::context::Context;

/// True when the text calls entity `e` a consortium, alliance or
/// coalition: a description of it, or its name, ends in such a word.
fn is_consortium(ctx: &Context<'_>, e: usize) -> bool {
    let group = &ctx.lang.relate.partners.group;
    ctx.mentions
        .iter()
        .filter(|m| m.entity == Some(e))
        .any(|m| {
            m.span
                .slice(ctx.text)
                .split_whitespace()
                .last()
                .is_some_and(|w| group.contains_lowercase(w))
        })
}

/// Turns each `partner_of` between a consortium and an organisation the
/// text does not call one into `member_of`, the organisation → the
/// consortium; a membership the sentence already states makes it go.
/// Read after the rules and the dependency frames, on all they found.
pub fn memberships(ctx: &Context<'_>, related: &mut Related) {
    let (out, payees) = (&mut related.relations, &mut related.payees);
    let mut memo: Vec<Option<bool>> = vec![None; ctx.kinds.len()];
    let mut consortium = |e: usize| match memo.get(e).copied().flatten() {
        Some(known) => known,
        None => {
            let found = is_consortium(ctx, e);
            if let Some(slot) = memo.get_mut(e) {
                *slot = Some(found);
            }
            found
        }
    };
    let mut keep = vec![true; out.len()];
    for k in 0..out.len() {
        let r = &out[k].0;
        if r.kind != RelationKind::PartnerOf {
            continue;
        }
        let (member, group) = match (consortium(r.source), consortium(r.target)) {
            (false, true) => (r.source, r.target),
            (true, false) => (r.target, r.source),
            _ => continue,
        };
        let evidence = r.evidence;
        let stated = out.iter().any(|(o, _)| {
            o.kind == RelationKind::MemberOf
                && o.source == member
                && o.target == group
                && o.evidence == evidence
        });
        if stated {
            keep[k] = false;
            continue;
        }
        let r = &mut out[k].0;
        r.kind = RelationKind::MemberOf;
        r.source = member;
        r.target = group;
    }
    super::kept::retain_kept(out, payees, &keep);
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn partners_of_a_consortium_are_its_members() {
        check(
            &[MemberOf, PartnerOf],
            &[
                (
                    "The consortium, called Tellomar, said the deal was part of its plan. \
                     Tellomar's partners are phone companies Brantoft Corp. and Ostrel Telecom.",
                    &[
                        ("Brantoft Corp.", MemberOf, "Tellomar"),
                        ("Ostrel Telecom", MemberOf, "Tellomar"),
                    ],
                ),
                // No consortium: partners.
                (
                    "Tellomar's partners are phone companies Brantoft Corp. and Ostrel Telecom.",
                    &[
                        ("Tellomar", PartnerOf, "Brantoft Corp."),
                        ("Tellomar", PartnerOf, "Ostrel Telecom"),
                    ],
                ),
            ],
        );
    }
}
