//! A place glued to "-based" ("Berlin-based", "Los Angeles based") and the
//! organisation it describes.

use crate::model::{EntityKind, Mention, RelationKind, Span};

use super::super::context::Context;
use super::super::item::{Finds, Found};
use super::described::described;

/// "Anthropic, the San Francisco-based maker …", "the London-based bank
/// Barclays": a place glued to "-based" locates the organisation it describes
/// (the one before it in an apposition, else the next one).
pub(in super::super) fn glued_based(ctx: &Context<'_>, sentence: Span, out: &mut Finds) {
    let in_sentence: Vec<&Mention> = ctx.mentions_within(sentence).collect();
    for (k, m) in in_sentence.iter().enumerate() {
        let Some(loc) = m
            .entity
            .filter(|&e| ctx.kinds.get(e) == Some(&EntityKind::Loc))
        else {
            continue;
        };
        let after = &ctx.text[m.span.end..];
        let places = &ctx.lang.relate.places;
        // "Berlin-based", or unhyphenated "Los Angeles based" right before its name.
        let glued = places
            .based_suffix
            .iter()
            .find(|x| after.starts_with(*x))
            .map(str::len);
        let spaced = || {
            let rest = after.trim_start();
            let word = rest.split_whitespace().next()?;
            places
                .based
                .contains(word)
                .then(|| after.len() - rest.len() + word.len())
        };
        let (suffix_len, spaced_form) = match glued {
            Some(n) => (n, false),
            None => match spaced() {
                Some(n) if n > 1 => (n, true),
                _ => continue,
            },
        };
        let is_org = |m: &&&Mention| {
            m.entity
                .is_some_and(|e| ctx.kinds.get(e) == Some(&EntityKind::Org))
        };
        // The organisation is next to the phrase: before it in apposition
        // ("Helsing, a Berlin-based startup") or right after it ("Berlin-based
        // defence startup Helsing"), never one a clause away.
        let words = |gap: &str| gap.split_whitespace().count();
        // The apposition opens with its article, if any: not "T, has
        // swooped on Truro-based U".
        let before = in_sentence[..k].iter().rev().find(is_org).filter(|o| {
            let gap = &ctx.text[o.span.end..m.span.start];
            let lead = gap
                .trim_start()
                .trim_start_matches(',')
                .split_whitespace()
                .next();
            gap.trim_start().starts_with(',')
                && words(gap) <= 4
                && !gap.contains(['.', ';'])
                && lead.is_none_or(|w| ctx.lang.resolve.determiners.contains_lowercase(w))
        });
        let after_phrase = m.span.end + suffix_len;
        let next = in_sentence[k + 1..].iter().find(is_org).filter(|o| {
            next_fits(
                ctx,
                &ctx.text[after_phrase.min(o.span.start)..o.span.start],
                spaced_form,
            )
        });
        // "A, Texas-based B and C": a name right after the phrase is the
        // one it describes, not the list member before the comma (a
        // description such as "software company" is not a name).
        let adjacent = next.filter(|o| {
            !o.nominal
                && o.span.start >= after_phrase
                && words(&ctx.text[after_phrase..o.span.start]) == 0
        });
        let org = if spaced_form {
            next
        } else {
            adjacent.or(before).or(next)
        };
        let org = org
            .and_then(|o| o.entity)
            .or_else(|| described(ctx, sentence, m.span.start, after_phrase));
        if let Some(org) = org {
            let lead = after.len() - after.trim_start().len();
            let start = if spaced_form {
                m.span.end + lead
            } else {
                m.span.end
            };
            let trigger = Span::new(start, m.span.end + suffix_len);
            // "Boise, Idaho-based": the city before the region too.
            let city = k
                .checked_sub(1)
                .map(|c| in_sentence[c])
                .filter(|c| ctx.text[c.span.end..m.span.start].trim() == ",")
                .and_then(|c| c.entity)
                .filter(|&c| ctx.kinds.get(c) == Some(&EntityKind::Loc));
            // Never the same entity: the place is a LOC, the other an ORG.
            for target in std::iter::once(loc).chain(city) {
                out.0.push(Found {
                    kind: RelationKind::LocatedIn,
                    source: org,
                    target,
                    trigger,
                    money: None,
                    payee: None,
                    confidence: 0.75,
                    spreads: true,
                });
            }
        }
    }
}

/// True when `gap`, the words between a "-based" phrase and the next
/// organisation, lets the phrase describe it: at most three words (none
/// for an unhyphenated "based"), no clause mark, and no preposition ("a
/// Lisbon-based strategist with X" describes someone of X's, not X).
fn next_fits(ctx: &Context<'_>, gap: &str, spaced_form: bool) -> bool {
    let most = if spaced_form { 0 } else { 3 };
    let prepositions = &ctx.lang.resolve.prepositions;
    gap.split_whitespace().count() <= most
        && !gap.contains([',', '.', ';'])
        && !gap
            .split_whitespace()
            .any(|w| prepositions.contains_lowercase(w))
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    /// "-based" on a person's post says where the person works, not where
    /// the firm after "with" or "at" is.
    #[test]
    fn a_glued_place_on_a_persons_post_is_not_the_firms() {
        check(
            &[LocatedIn],
            &[
                (
                    "\"Sales will recover,\" said Jon Hale, a Lisbon-based strategist with Keltic Securities.",
                    &[],
                ),
                (
                    "Jon Hale, a Glasgow-based economist at Keltic Bank, said rates would rise.",
                    &[],
                ),
                (
                    "Jon Hale, who heads the Glasgow-based lender Keltic Securities, said rates would rise.",
                    &[("Keltic Securities", LocatedIn, "Glasgow")],
                ),
            ],
        );
    }
}
