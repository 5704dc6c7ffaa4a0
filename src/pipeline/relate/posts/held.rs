//! Posts held before, told by a verb of holding a post marked past: "X
//! previously worked at A", "X spent 18 years at the pencil maker A", "X
//! worked at A before joining B", "Before his post at B, X held positions
//! at A". A post held before is a post left (GUIDE: a general post told as
//! past gives `left` alone).

use crate::model::{EntityKind, RelationKind};
use crate::pipeline::word_shape::is_describing_word;

use super::super::clause::relative_antecedent;
use super::super::item::{Finds, Item};
use super::super::pattern::At;
use super::relative_person;

/// "Before his post at Keltic, X held positions at A and B", "X previously
/// worked at A", "X spent 18 years at the pencil maker A", "X worked at A
/// before joining B": a post held before is a post left. The verb of
/// holding a post must be marked past ([`past_before`], [`past_after`]); the first
/// organisation after its "at" is read, past its description.
pub(in super::super) fn held_before(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    if !words.held_posts.contains(at.word()) {
        return;
    }
    let Some(person) = held_by(at) else {
        return;
    };
    let Some(at_word) =
        (i + 1..(i + 1 + TITLE_REACH).min(items.len())).find(|&k| at.is(k, &words.title_of))
    else {
        return;
    };
    let Some((o, org)) = described_org(at, at_word + 1) else {
        return;
    };
    // A mark after the verb needs the organisation to be where the post
    // was held, the verb's own "at" or "for", at most past a duration
    // ("worked at A before", "spent 18 years at A"; not "held talks with
    // A earlier").
    let direct =
        at_word == i + 1 || (at_word == i + 2 && matches!(items[i + 1], Item::Date { .. }));
    let place = direct && at.is(at_word, &words.works_for);
    if org != person && (past_before(at) || (place && past_after(at, o + 1))) {
        out.add(RelationKind::Left, person, org, at.span(i), None, 0.6);
    }
}

/// How many items after the verb of holding a post its organisation's
/// preposition may stand: "worked at A", "after serving as a senior
/// engineer at A" (as, a, senior, the title).
const TITLE_REACH: usize = 5;

/// How many items back a verb of holding a post may find the "who" of the
/// relative clause it is in ("who has run Keltic's European business since
/// 2019 and before that spent twelve years at").
const WHO_REACH: usize = 24;

/// The one who held the post: the person a relative clause the verb is in
/// speaks of, with no other person between ("He will be succeeded by X,
/// who … and before that spent twelve years at A": X), else the clause's.
fn held_by(at: &At<'_, '_>) -> Option<usize> {
    let items = at.items;
    let relatives = &at.words().clause.relative_pronouns;
    let who = (at.i.saturating_sub(WHO_REACH)..at.i)
        .rev()
        .take_while(|&k| !items[k].entity().is_some_and(|e| at.is_person(e)))
        .find(|&k| relatives.contains(items[k].word()));
    let Some(w) = who else {
        return relative_person(at).or_else(|| gerund_subject(at));
    };
    // "X, 51, who": past an age set off by commas. A "who" whose person is
    // not found stands for no one the clause's subject is.
    let person = |k: usize| items[k].entity().filter(|&p| at.is_person(p));
    relative_antecedent(at.ctx.lang, items, w)
        .and_then(person)
        .or_else(|| {
            (w.saturating_sub(4)..w)
                .rev()
                .take_while(|&k| {
                    let word = items[k].word();
                    items[k].entity().is_some()
                        || word == ","
                        || word.chars().all(|c| c.is_ascii_digit())
                })
                .find_map(person)
        })
}

/// The one person the sentence names before a gerund after "after" at
/// `at.i`, the subject a gerund clause shares with its main clause, where
/// no subject was read: "said X, vice president of the new company, after
/// serving as an engineer at A" (X). Two people before it: none.
fn gerund_subject(at: &At<'_, '_>) -> Option<usize> {
    let after = at.i.checked_sub(1)?;
    if !gerund(at) || !at.is(after, &at.words().roles.after_time) {
        return None;
    }
    let mut people = at.items[..after]
        .iter()
        .filter_map(|it| it.entity().filter(|&p| at.is_person(p)));
    let first = people.next()?;
    people.all(|p| p == first).then_some(first)
}

/// True when the verb at `at.i` has a gerund's ending ("serving").
fn gerund(at: &At<'_, '_>) -> bool {
    let word = at.word();
    at.words()
        .frame
        .progressive
        .iter()
        .any(|end| word.len() > end.len() && word.ends_with(end))
}

/// How many describing words may stand between "at" and the organisation
/// a post was held at ("at the Nuremberg pencil maker Keltic").
const DESCRIPTION_REACH: usize = 5;

/// The organisation at `k` or past its article and describing words, a
/// nationality or place among them, or a place owning it ("at Japan's
/// Keltic"), with its position.
fn described_org(at: &At<'_, '_>, k: usize) -> Option<(usize, usize)> {
    let items = at.items;
    let plain = |k: usize| match items.get(k) {
        Some(Item::Word { word, .. }) => {
            !word.is_empty() && is_describing_word(word) && !at.is(k, &at.words().roles.title_of)
        }
        Some(Item::Ent { entity, .. }) => {
            matches!(at.kind(*entity), EntityKind::Nationality | EntityKind::Loc)
        }
        _ => false,
    };
    let mut k = k;
    let end = k + DESCRIPTION_REACH;
    while k < end && plain(k) {
        k += 1;
    }
    let org = items.get(k)?.entity().filter(|&o| at.is_org(o))?;
    Some((k, org))
}

/// True when the verb of holding a post at `at.i` is marked past before
/// its organisation: a clause opener at the sentence start ("Before …"),
/// an adverb just before it ("previously worked"), "before that" ("and
/// before that spent"), or "after" before its gerund ("joined B after
/// serving as an engineer at A": the post at A came first).
fn past_before(at: &At<'_, '_>) -> bool {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    let opened = items
        .first()
        .is_some_and(|it| words.before.contains(it.word()));
    let gerund = gerund(at);
    let adverb = i
        .checked_sub(1)
        .is_some_and(|k| at.is(k, &words.before) || (gerund && at.is(k, &words.after_time)));
    let before_that =
        i >= 2 && at.is(i - 2, &words.before) && at.is(i - 1, &at.ctx.lang.resolve.demonstratives);
    opened || adverb || before_that
}

/// True when the verb of holding a post at `at.i` is marked past after
/// it: a duration after a simple past ("spent 18 years at", not "has
/// spent"), or a word of time after the organisation, at `after` ("worked
/// at A before joining B", "until 2019").
fn past_after(at: &At<'_, '_>, after: usize) -> bool {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    let perfect = i.checked_sub(1).is_some_and(|k| {
        at.is(k, &at.ctx.lang.resolve.finite_auxiliaries) && !at.is(k, &words.past_perfect)
    });
    let lasted = !perfect && matches!(items.get(i + 1), Some(Item::Date { .. }));
    lasted || at.is(after, &words.before) || at.is(after, &words.until)
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn posts_held_before_marked_past() {
        check(
            &[Left],
            &[
                // A duration after a simple past, past the description.
                (
                    "Ann Vik, 52, spent 18 years at the Nuremberg pencil maker Keltic GmbH, most recently as head of its plant.",
                    &[("Ann Vik", Left, "Keltic GmbH")],
                ),
                // A word of time after the organisation.
                (
                    "Ann Vik worked at Keltic Mutual before joining Brask Re in 2009.",
                    &[("Ann Vik", Left, "Keltic Mutual")],
                ),
                (
                    "Jon Hale worked at the Zürich bank Keltic AG until 2019.",
                    &[("Jon Hale", Left, "Keltic AG")],
                ),
                // Talks held with a company are no post.
                (
                    "Jon Hale said his firm had held talks with the piano maker Keltic AG earlier in the year.",
                    &[],
                ),
                // Years spent up to now, or no mark of the past: held still.
                ("Ann Vik has spent 18 years at Keltic GmbH.", &[]),
                ("Ann Vik worked at Keltic GmbH on the new plant.", &[]),
            ],
        );
    }

    #[test]
    fn a_post_served_as_is_held_now_and_left_after_it() {
        check(
            &[Left, CeoOf, EmployeeOf],
            &[
                // A verb of serving takes the post after "as", like "take
                // over as".
                (
                    "Ana Brisk will serve as acting chief executive of Tovell Gruppe until June.",
                    &[("Ana Brisk", CeoOf, "Tovell Gruppe")],
                ),
            ],
        );
        check(
            &[Left],
            &[
                // "after" before its gerund: the post came first, and was left.
                (
                    "Jon Hale joined Brask Re in 2009 after serving as a senior engineer at Keltic Mutual.",
                    &[("Jon Hale", Left, "Keltic Mutual")],
                ),
                // The gerund's subject is the one person named before it,
                // here the speaker of an inverted "said X".
                (
                    "\"It will change a lot,\" said Jon Hale, head of design of the new firm after serving as a senior engineer at Keltic Mutual.",
                    &[("Jon Hale", Left, "Keltic Mutual")],
                ),
                // Two people before it and no subject read: whose post it
                // was is not said.
                (
                    "The plan was praised by Jon Hale and by Ann Vik after serving as a senior engineer at Keltic Mutual.",
                    &[],
                ),
                // Served now, no mark of the past: held, not left.
                (
                    "Jon Hale is serving as a senior engineer at Keltic Mutual.",
                    &[],
                ),
            ],
        );
    }
}
