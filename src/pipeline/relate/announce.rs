//! Announcements: "S announced (the) E".

use crate::model::RelationKind;

use super::item::{Finds, next_entity};
use super::pattern::At;

/// "S announced (the) E": a person or organisation announces a thing that
/// is not a person.
pub(super) fn announce(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().announce;
    if words.announce.contains(at.word())
        && let Some(s) = at.subject
        && (at.is_person(s) || at.is_org(s))
        && let Some((j, t)) = next_entity(items, i + 1, 2)
        && (j == i + 1 || words.determiners.contains(items[i + 1].word()))
        && !at.is_person(t)
    {
        out.add(RelationKind::Announced, s, t, at.span(i), None, 0.8);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn announcements() {
        check(
            &[Announced],
            &[
                (
                    "Keltic Inc. announced the Highland Project on Monday.",
                    &[("Keltic Inc.", Announced, "Highland Project")],
                ),
                (
                    "Zephyr Corp. unveiled the Falcon Platform.",
                    &[("Zephyr Corp.", Announced, "Falcon Platform")],
                ),
            ],
        );
    }
}
