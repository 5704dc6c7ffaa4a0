//! Places: where an organisation is based (located in).

use crate::model::{EntityKind, Mention, RelationKind, Span};

use super::context::Context;
use super::item::{Finds, Found, next_entity};
use super::pattern::At;

/// "ORG, based|headquartered in LOC".
pub(super) fn based_in(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().places;
    if words.based.contains(at.word())
        && at.is(i + 1, &words.based_in)
        && let Some((_, loc)) = next_entity(items, i + 2, 1)
        && at.kind(loc) == EntityKind::Loc
        && let Some(org) = (0..i)
            .rev()
            .find_map(|j| items[j].entity().filter(|&e| at.is_org(e)))
    {
        out.add(RelationKind::LocatedIn, org, loc, at.span(i), None, 0.7);
    }
}

/// "Anthropic, the San Francisco-based maker …", "the London-based bank
/// Barclays": a place glued to "-based" locates the organisation it describes
/// (the one before it in an apposition, else the next one).
pub(super) fn glued_based(ctx: &Context<'_>, sentence: Span, out: &mut Finds) {
    let in_sentence: Vec<&Mention> = ctx
        .mentions
        .iter()
        .filter(|m| m.span.within(sentence))
        .collect();
    for (k, m) in in_sentence.iter().enumerate() {
        let Some(loc) = m
            .entity
            .filter(|&e| ctx.kinds.get(e) == Some(&EntityKind::Loc))
        else {
            continue;
        };
        let after = &ctx.text[m.span.end..];
        let Some(suffix) = ctx
            .lang
            .relate
            .places
            .based_suffix
            .iter()
            .find(|x| after.starts_with(x))
        else {
            continue;
        };
        let is_org = |m: &&&Mention| {
            m.entity
                .is_some_and(|e| ctx.kinds.get(e) == Some(&EntityKind::Org))
        };
        // The organisation is next to the phrase: before it in apposition
        // ("Helsing, a Berlin-based startup") or right after it ("Berlin-based
        // defence startup Helsing"), never one a clause away.
        let words = |gap: &str| gap.split_whitespace().count();
        let before = in_sentence[..k].iter().rev().find(is_org).filter(|o| {
            let gap = &ctx.text[o.span.end..m.span.start];
            gap.trim_start().starts_with(',') && words(gap) <= 4 && !gap.contains(['.', ';'])
        });
        let after_phrase = m.span.end + suffix.len();
        let next = in_sentence[k + 1..].iter().find(is_org).filter(|o| {
            let gap = &ctx.text[after_phrase.min(o.span.start)..o.span.start];
            words(gap) <= 3 && !gap.contains([',', '.', ';'])
        });
        let org = before.or(next);
        if let Some(org) = org.and_then(|o| o.entity) {
            let trigger = Span::new(m.span.end, m.span.end + suffix.len());
            // Never the same entity: the place is a LOC, the other an ORG.
            out.0.push(Found {
                kind: RelationKind::LocatedIn,
                source: org,
                target: loc,
                trigger,
                money: None,
                payee: None,
                confidence: 0.75,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn where_organisations_are_based() {
        check(
            &[LocatedIn],
            &[
                (
                    "Keltic Inc., based in Edinburgh, grew.",
                    &[("Keltic Inc.", LocatedIn, "Edinburgh")],
                ),
                (
                    "Keltic Inc. is headquartered in Zürich.",
                    &[("Keltic Inc.", LocatedIn, "Zürich")],
                ),
                (
                    "Keltic Inc., a Glasgow-based grocer, grew.",
                    &[("Keltic Inc.", LocatedIn, "Glasgow")],
                ),
                (
                    "The Edinburgh-based company Keltic Foods grew.",
                    &[("Keltic Foods", LocatedIn, "Edinburgh")],
                ),
            ],
        );
    }
}
