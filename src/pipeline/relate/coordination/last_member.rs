//! What a list's last member has alone: a clause or an apposition set off
//! after it that agrees with one name only ("A and B, which is owned by C",
//! "A, B and C, a unit of D") says nothing of the other members.

use crate::model::Span;

use super::super::context::Context;
use super::super::item::Item;

/// True when `trigger` lies in a relative clause or an apposition that
/// belongs to the last member of `group` alone, entity `e`.
pub(in crate::pipeline::relate) fn last_members_alone(
    ctx: &Context<'_>,
    items: &[Item],
    group: &[usize],
    e: usize,
    trigger: Span,
) -> bool {
    let Some(&last) = group.last() else {
        return false;
    };
    items[last].entity() == Some(e)
        && items.get(last + 1).map(Item::word) == Some(",")
        && (singular_relative(ctx, items, last) || singular_apposition(ctx, items, last, trigger))
        && set_off_after(ctx, items, last).contains(&trigger.start)
}

/// "A and B, which is owned by C": the singular verb makes the clause B's
/// ("A and B, which are owned by C" is both's).
fn singular_relative(ctx: &Context<'_>, items: &[Item], last: usize) -> bool {
    let words = &ctx.lang.relate.clause;
    let word = |k: usize| items.get(k).map_or("", Item::word);
    words.relative_pronouns.contains(word(last + 2))
        && words.singular_verbs.contains(word(last + 3))
}

/// "A, B and C, a unit of D", "A and B, the payments arm of D": the
/// apposition after the last member names one thing ([`names_one_thing`]).
fn singular_apposition(ctx: &Context<'_>, items: &[Item], last: usize, trigger: Span) -> bool {
    names_one_thing(ctx, items, last + 2, trigger)
}

/// True when the noun phrase opening at `open` and headed by the trigger
/// names one thing: an article of one thing opens it ("a unit of D"), or
/// "the" with only plain words before a trigger noun in the singular ("the
/// payments arm of D"); not "both units of D", "the two arms of D".
pub(in crate::pipeline::relate) fn names_one_thing(
    ctx: &Context<'_>,
    items: &[Item],
    open: usize,
    trigger: Span,
) -> bool {
    let words = &ctx.lang.relate.clause;
    let opener = items.get(open).map_or("", Item::word);
    if words.singular_articles.contains(opener) {
        return true;
    }
    // "units", "arms"; a noun so ended is taken for a plural ("business" too).
    let plural = trigger.slice(ctx.text).ends_with('s');
    words.list_determiners.contains(opener)
        && !plural
        && items[open + 1..]
            .iter()
            .take_while(|it| it.span(ctx.mentions).start < trigger.start)
            .all(|it| matches!(it, Item::Word { .. }))
}

/// The text set off after the list's last member: from the word after its
/// comma to the next comma or the sentence's end.
fn set_off_after(ctx: &Context<'_>, items: &[Item], last: usize) -> std::ops::Range<usize> {
    let Some(open) = items.get(last + 2) else {
        return 0..0;
    };
    let start = open.span(ctx.mentions).start;
    let end = (last + 3..items.len())
        .find(|&k| items[k].word() == ",")
        .map_or(usize::MAX, |k| items[k].span(ctx.mentions).start);
    start..end
}
