//! A party named through the group it forms: "awarded a contract to a
//! consortium of A and B" — the contractors are the members (each, by
//! coordination), the group noun names none.

use super::super::pattern::At;

/// The position after "(a|the) GROUP of" at `k` ("a consortium of", "an
/// alliance of": `relate/partners/group.txt`, `group_of.txt`), where
/// the members' names begin; `k` itself when no group opens there.
pub(super) fn past_group(at: &At<'_, '_>, k: usize) -> usize {
    let words = &at.words().partners;
    let head = if at.is(k, &at.ctx.lang.resolve.determiners) {
        k + 1
    } else {
        k
    };
    if at.is(head, &words.group) && at.is(head + 1, &words.group_of) {
        head + 2
    } else {
        k
    }
}
