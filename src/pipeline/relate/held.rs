//! Which entities may stand at the ends of a holding: a company held (or
//! merged, or a party to a venture) and its holder. Shared by `holdings`,
//! `owners`, `units` and `ventures`.

use crate::model::{EntityKind, RelationKind};

use super::context::Context;
use super::item::Found;
use super::pattern::At;

/// True when entity `e` may be held, merged or be a party to a venture: an
/// organisation (or a MISC the tagger was unsure of).
pub(super) fn company(at: &At<'_, '_>, e: usize) -> bool {
    at.is_org(e)
}

/// True when entity `s` is named only as the company of the holders that
/// act: "S shareholders will hold 52% of the combined group" (the nearest
/// mention of `s` before the trigger stands right before a holder noun).
pub(super) fn holders_named(at: &At<'_, '_>, s: usize) -> bool {
    let holders = &at.words().holdings.holder_nouns;
    (0..at.i)
        .rev()
        .find(|&k| at.items[k].entity() == Some(s))
        .is_some_and(|k| at.is(k + 1, holders))
}

/// True when entity `e` may hold: an organisation, a person or a state.
pub(super) fn holder(at: &At<'_, '_>, e: usize) -> bool {
    matches!(
        at.kind(e),
        EntityKind::Org | EntityKind::Misc | EntityKind::Person | EntityKind::Loc
    )
}

/// True when a found stake is told by a noun of a company's part
/// (`company_parts`: unit, subsidiary, arm) and gives it a person for its
/// owner: only an organisation has units ("A, the arm of the carmaker B,
/// minister P announced").
pub(super) fn person_holds_part(ctx: &Context<'_>, f: &Found) -> bool {
    f.kind == RelationKind::StakeIn
        && ctx.kinds.get(f.source) == Some(&EntityKind::Person)
        && ctx
            .lang
            .relate
            .holdings
            .company_parts
            .contains_lowercase(f.trigger.slice(ctx.text))
}
