//! General titles read bare ("General manager X said") only where nothing
//! possesses them: "the opera house's managing director" is the opera
//! house's, a name or not.

use crate::pipeline::names::strip_possessive;

use super::super::pattern::At;

/// How many words back from a title its possessor may stand ("its owner
/// and managing director").
const POSSESSOR_REACH: usize = 4;

/// True when a possessive ("its", "the opera house's") stands in the
/// phrase before the title at `i`, back to its comma, quote or sentence
/// start.
pub(super) fn possessed(at: &At<'_, '_>, i: usize) -> bool {
    let before = &at.ctx.text[..at.span(i).start];
    let phrase = &before[before
        .rfind([',', '.', ';', ':', '"', '“', '”'])
        .map_or(0, |k| k + 1)..];
    let possessive = &at.ctx.lang.relate.pronoun.possessive;
    phrase
        .split_whitespace()
        .rev()
        .take(POSSESSOR_REACH)
        .any(|w| strip_possessive(w).len() < w.len() || possessive.contains_lowercase(w))
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const POSTS: &[RelationKind] = &[CeoOf, ChairmanOf, EmployeeOf];

    #[test]
    fn general_titles_bare_mean_the_organisation_spoken_of() {
        check(
            POSTS,
            &[
                (
                    "Keltic Inc. said sales rose. General manager Jon Hale said the plant was ready.",
                    &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
                ),
                (
                    "Keltic Inc. signed the loan. \"It helps,\" Managing Director Jon Hale said.",
                    &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
                ),
                // A possessor no name gives holds the post itself.
                (
                    "Keltic Inc. built the stage, said the opera house's managing director, Jon Hale.",
                    &[],
                ),
            ],
        );
    }
}
