//! Which entities may stand at the ends of a holding: a company held (or
//! merged, or a party to a venture) and its holder. Shared by `holdings`,
//! `owners`, `units` and `ventures`.

use crate::model::EntityKind;

use super::pattern::At;

/// True when entity `e` may be held, merged or be a party to a venture: an
/// organisation (or a MISC the tagger was unsure of).
pub(super) fn company(at: &At<'_, '_>, e: usize) -> bool {
    at.is_org(e)
}

/// True when entity `e` may hold: an organisation, a person or a state.
pub(super) fn holder(at: &At<'_, '_>, e: usize) -> bool {
    matches!(
        at.kind(e),
        EntityKind::Org | EntityKind::Misc | EntityKind::Person | EntityKind::Loc
    )
}
