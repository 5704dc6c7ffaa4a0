//! Succession ("X succeeds Y as CEO of Z", "Y was replaced by X") and
//! the one a verb of succession names after it: the successor after the
//! passive's "by" or "with", the one succeeded after the active verb. The
//! head of the noun phrase there, read to its extent, not a count of items.

use crate::model::RelationKind;

use super::super::item::{Finds, Item};
use super::super::pattern::At;
use super::{Earlier, held, leaving_after, passive, post_after};

/// How many items the noun phrase naming a successor may hold.
const PHRASE_REACH: usize = 10;

/// The person the noun phrase from `from` on names, with where the name
/// stands: the name it ends in,
/// past its determiner, describing words, the organisation that owns a
/// title and the title ("replaced by Z's chief operating officer X",
/// "replaced with longtime Keltic finance chief X"), or the name an
/// apposition gives the title ("replaced by its finance chief, X").
/// Plain words are read as part of the phrase only when a title follows
/// them: "replaced by lawmakers seeking X" names no successor. `None` when
/// a preposition, a clause or another kind of name ends the phrase first.
pub(super) fn person_named(at: &At<'_, '_>, from: usize) -> Option<(usize, usize)> {
    let items = at.items;
    let function_words = &at.ctx.lang.rules.function_words;
    let determiners = &at.ctx.lang.resolve.determiners;
    let (mut plain, mut titled) = (false, false);
    let person = |j: usize| match items.get(j) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) if at.is_person(*entity) => Some((j, *entity)),
        _ => None,
    };
    for j in from..(from + PHRASE_REACH).min(items.len()) {
        match &items[j] {
            Item::Ent {
                entity, possessive, ..
            } => {
                if let Some(p) = person(j) {
                    return (titled || !plain).then_some(p);
                }
                // "Z's chief", "Keltic finance chief X": an organisation
                // owning the title to come.
                let owner = *possessive || at.is_org(*entity);
                if !owner || at.is_person(*entity) {
                    return None;
                }
            }
            Item::Title { .. } => {
                titled = true;
                if items.get(j + 1).is_some_and(|it| it.word() == ",") {
                    return person(j + 2);
                }
            }
            Item::Word { word, .. }
                if determiners.contains(word) || at.words().pronoun.possessive.contains(word) => {}
            Item::Word { word, .. }
                if !function_words.contains(word)
                    && word.chars().all(|c| c.is_alphabetic() || c == '-')
                    && word.chars().any(char::is_lowercase) =>
            {
                plain = true;
            }
            _ => return None,
        }
    }
    None
}

/// "X succeeds Y as CEO of Z": X holds the post, Y left it; "Y was
/// replaced with X": X takes the role Y held, in this sentence or, when it
/// names none, in the sentences before (`earlier`).
pub(super) fn succeeds(
    at: &At<'_, '_>,
    topic: Option<usize>,
    found: &Finds,
    earlier: Earlier<'_>,
    out: &mut Finds,
) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    if !words.succeed.contains(at.word()) {
        return;
    }
    if passive(at, i) {
        let Some(old) = at.subject.filter(|&p| at.is_person(p)) else {
            return;
        };
        let successor = (i + 1..(i + 4).min(items.len()))
            .find(|&j| at.is(j, &words.successor_by))
            .and_then(|b| person_named(at, b + 1))
            .map(|(_, p)| p);
        let post = held(found, old).or_else(|| earlier.post_of(old));
        if let (Some(new), Some((kind, org))) = (successor, post) {
            out.add(RelationKind::Left, old, org, at.span(i), None, 0.7);
            out.add(kind, new, org, at.span(i), None, 0.7);
        }
        return;
    }
    let Some(new) = at.subject.filter(|&p| at.is_person(p)) else {
        appointee_replaces(at, found, out);
        return;
    };
    let Some((j, old)) = person_named(at, i + 1) else {
        return;
    };
    let post = post_after(at, j + 1);
    // "X will succeed Y as CEO": the post at the organisation spoken of.
    let org = post
        .and_then(|(_, _, o)| o)
        .or_else(|| held(found, old).map(|(_, o)| o))
        .or_else(|| post.and(topic).filter(|&o| at.is_org(o)));
    if let Some(org) = org {
        // No post named: the one the one succeeded held.
        let kind = post
            .map(|(k, _, _)| k)
            .or_else(|| held(found, old).map(|(k, _)| k));
        let kind = kind.unwrap_or(RelationKind::EmployeeOf);
        let trigger = post.map_or(at.span(i), |(_, s, _)| s);
        out.add(kind, new, org, trigger, None, 0.75);
        out.add(RelationKind::Left, old, org, at.span(i), None, 0.75);
    } else if let Some((_, org)) = earlier.post_of(new).filter(|_| post.is_none()) {
        // "T named Y chief executive. She replaces X": X left the post the
        // sentences before gave Y; the post itself is only implied.
        out.add(RelationKind::Left, old, org, at.span(i), None, 0.7);
    } else if let Some(org) = topic.filter(|&o| at.is_org(o) && leaving_after(at, j + 1)) {
        // "X replaces Y, who left in March": Y left the organisation the
        // article speaks of, whose post X takes.
        out.add(RelationKind::Left, old, org, at.span(i), None, 0.7);
    }
}

/// "T named X as president, replacing Y": a verb of succession set off as
/// a participle after a clause whose subject is no person has the person
/// the clause gave a post for its subject; the one it names after it left
/// that post's organisation (whether or not the sentence says where Y
/// goes next).
fn appointee_replaces(at: &At<'_, '_>, found: &Finds, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let participle = at
        .ctx
        .lang
        .relate
        .deps
        .gerund_endings
        .iter()
        .any(|e| at.word().ends_with(e));
    if i == 0 || items[i - 1].word() != "," || !participle {
        return;
    }
    let Some((_, old)) = person_named(at, i + 1) else {
        return;
    };
    // The post whose trigger stands nearest before the participle.
    let verb = at.span(i).start;
    let post = found
        .0
        .iter()
        .filter(|f| {
            f.kind.is_role()
                && f.kind != RelationKind::Left
                && f.trigger.end <= verb
                && f.source != old
                && at.is_person(f.source)
        })
        .max_by_key(|f| f.trigger.end);
    if let Some(post) = post {
        out.add(RelationKind::Left, old, post.target, at.span(i), None, 0.7);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const POSTS: &[RelationKind] = &[CeoOf, ChairmanOf, EmployeeOf, Left];

    /// A participle of succession after an appointment: the one it names
    /// left the appointee's organisation, however the sentence goes on.
    #[test]
    fn the_one_an_appointee_replaces_left() {
        check(
            POSTS,
            &[
                (
                    "Keltic Inc. has named Ann Berg as president, replacing Jon Hale, who will run a department at the trade ministry.",
                    &[
                        ("Ann Berg", EmployeeOf, "Keltic Inc."),
                        ("Jon Hale", Left, "Keltic Inc."),
                    ],
                ),
                (
                    "Zephyr Corp. appointed Ann Berg chief executive on Monday, succeeding Jon Hale.",
                    &[
                        ("Ann Berg", CeoOf, "Zephyr Corp."),
                        ("Jon Hale", Left, "Zephyr Corp."),
                    ],
                ),
                // No post given before the participle: no one left.
                (
                    "Zephyr Corp. opened a plant in Lyon, replacing Jon Hale's old mill.",
                    &[],
                ),
            ],
        );
    }
}
