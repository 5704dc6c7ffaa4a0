//! A post told with a bare organisation noun before the title: "said
//! company spokesman X", "Group chairman X": the noun, with no article or
//! name before it, stands for the organisation the article speaks of.

use super::super::item::{Finds, Item};
use super::super::pattern::At;
use super::super::roles::{is_public_office, role_kind};
use super::{Topic, person_after};

/// "company spokesman X said", "said company president X": a head noun of
/// organisations (`nominal_heads`) right before the title at `i`, itself
/// after no article, describing word or name (a clause's start, a comma
/// or a verb), makes the post one at the organisation the article speaks
/// of (`topic`: last a subject and named most). A public body's noun
/// ("agency spokesman X") may be another body than the one spoken of, and
/// is left alone.
pub(in super::super) fn attributive_noun(
    at: &At<'_, '_>,
    topic: Topic,
    found: &Finds,
    out: &mut Finds,
) {
    let (items, i) = (at.items, at.i);
    let lang = at.ctx.lang;
    let words = &at.words().roles;
    let Item::Title { word, span } = &items[i] else {
        return;
    };
    if i == 0 || is_public_office(words, word) {
        return;
    }
    let Item::Word { word: noun, .. } = &items[i - 1] else {
        return;
    };
    if !lang.rules.nominal_heads.contains_lowercase(noun)
        || lang.resolve.public_heads.contains_lowercase(noun)
    {
        return;
    }
    // Bare: the noun opens the sentence, or follows a comma or a verb of
    // saying, never an article, a describing word or a name.
    let opens = i == 1
        || matches!(&items[i - 2], Item::Word { word, .. }
            if word == "," || lang.relate.pronoun.reporting_verbs.contains(word));
    if !opens {
        return;
    }
    let Some(person) = person_after(at, i) else {
        return;
    };
    if found
        .0
        .iter()
        .any(|f| f.source == person && f.kind.is_role())
    {
        return;
    }
    // The company both last a sentence's subject and named most: a story
    // that names another company most may mean either.
    let spoken_of = topic.last.filter(|&t| Some(t) == topic.main);
    if let Some(org) = spoken_of.filter(|&o| at.is_org(o)) {
        out.add(role_kind(words, word), person, org, *span, None, 0.6);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const POSTS: &[RelationKind] = &[CeoOf, ChairmanOf, EmployeeOf];

    #[test]
    fn a_bare_organisation_noun_before_a_title() {
        check(
            POSTS,
            &[
                (
                    "Keltic Power Co said two lines would reopen. \"They will be back today,\" said company spokesman Jon Hale.",
                    &[("Jon Hale", EmployeeOf, "Keltic Power Co")],
                ),
                // A public body's noun may be another body's.
                (
                    "Keltic Power Co said two lines would reopen. Agency spokesman Jon Hale said the fire was out.",
                    &[],
                ),
                // An article before the noun: a description, read elsewhere.
                (
                    "Keltic Power Co said two lines would reopen, a rival company spokesman Jon Hale said.",
                    &[],
                ),
            ],
        );
    }
}
