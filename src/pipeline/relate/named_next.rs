//! A post told with no name and its holder named in the next sentence:
//! "The chairman of Keltic said on Thursday demand held up. In an
//! interview, Sir X said …". A news lead often gives the post first and
//! the name after; the person named next, new to the article and speaking
//! with no post of his own, is the one who holds it.
//!
//! Read once per sentence in text order, with the post of the sentence
//! before carried over: linear in the document.

use crate::model::{EntityKind, Span};

use super::Context;
use super::item::{Finds, Item};
use super::roles::{is_public_office, role_kind};

/// How many items may stand between "of" and the organisation ("the
/// chairman of British-based engineering group Keltic").
const OF_REACH: usize = 8;

/// A post a sentence's subject holds, with no one named in the sentence.
#[derive(Clone, Copy, Debug)]
pub(super) struct Unnamed {
    kind: crate::model::RelationKind,
    org: usize,
    /// The sentence that told it.
    sentence: usize,
}

/// Where each entity is first mentioned: whether a name is new to the
/// article in a sentence.
pub(super) struct FirstSeen(Vec<usize>);

impl FirstSeen {
    /// The first mention's start of every entity, read once.
    pub(super) fn of(ctx: &Context<'_>) -> FirstSeen {
        let mut first = vec![usize::MAX; ctx.kinds.len()];
        for m in ctx.mentions {
            if let Some(slot) = m.entity.and_then(|e| first.get_mut(e)) {
                *slot = (*slot).min(m.span.start);
            }
        }
        FirstSeen(first)
    }

    /// True when entity `e` is first mentioned at or after `start`.
    fn new_at(&self, e: usize, start: usize) -> bool {
        self.0
            .get(e)
            .is_some_and(|&f| f != usize::MAX && f >= start)
    }
}

/// True when entity `e` is of kind `kind`.
fn is_kind(ctx: &Context<'_>, e: usize, kind: EntityKind) -> bool {
    ctx.kinds.get(e) == Some(&kind)
}

/// True when the sentence names or points to a person.
fn has_person(ctx: &Context<'_>, items: &[Item<'_>]) -> bool {
    items
        .iter()
        .filter_map(Item::entity)
        .any(|e| is_kind(ctx, e, EntityKind::Person))
}

/// True when the word is a verb of saying ("said", "told").
fn is_saying(ctx: &Context<'_>, word: &str) -> bool {
    ctx.lang.relate.pronoun.reporting_verbs.contains(word)
        || ctx.lang.resolve.telling_verbs.contains(word)
}

/// The post sentence `s` opens with when no person is in it and its
/// subject is a title with its organisation ("The chairman of Keltic
/// said", "Keltic's chairman told"), the subject then saying something.
pub(super) fn unnamed_post(ctx: &Context<'_>, items: &[Item<'_>], s: usize) -> Option<Unnamed> {
    if has_person(ctx, items) {
        return None;
    }
    let words = &ctx.lang.relate.roles;
    let i = items
        .iter()
        .take(3)
        .position(|it| matches!(it, Item::Title { .. }))?;
    let Item::Title { word, .. } = &items[i] else {
        return None;
    };
    if is_public_office(words, word) {
        return None;
    }
    let org_of = |e: Option<usize>| e.filter(|&o| is_kind(ctx, o, EntityKind::Org));
    // Before the title only an article, or the organisation itself.
    let before = org_of(i.checked_sub(1).and_then(|k| items[k].entity()));
    if items[..i].iter().any(|it| {
        matches!(
            it,
            Item::Title { .. } | Item::Money { .. } | Item::Date { .. }
        )
    }) || (before.is_none() && items[..i].iter().any(|it| it.entity().is_some()))
    {
        return None;
    }
    let after = || {
        if !words.title_of.contains(items.get(i + 1)?.word()) {
            return None;
        }
        items
            .iter()
            .skip(i + 2)
            .take(OF_REACH)
            .take_while(|it| !matches!(it.word(), "," | "." | ";" | ":"))
            .find_map(Item::entity)
            .and_then(|e| org_of(Some(e)))
    };
    let org = before.or_else(after)?;
    if !items.iter().skip(i + 1).any(|it| is_saying(ctx, it.word())) {
        return None;
    }
    Some(Unnamed {
        kind: role_kind(words, word),
        org,
        sentence: s,
    })
}

/// The holder of the post the sentence before told: the one person of
/// sentence `s`, new to the article, who says something here ("Sir X
/// said", "said X") with no title of his own and no post found for him.
pub(super) fn holder(
    ctx: &Context<'_>,
    items: &[Item<'_>],
    s: usize,
    sentence: Span,
    post: Option<Unnamed>,
    first: &FirstSeen,
    out: &mut Finds,
) {
    let Some(post) = post.filter(|p| p.sentence + 1 == s) else {
        return;
    };
    let person = |it: &Item<'_>| it.entity().filter(|&e| is_kind(ctx, e, EntityKind::Person));
    let mut people = items
        .iter()
        .enumerate()
        .filter_map(|(k, it)| Some((k, person(it)?)));
    let Some((k, p)) = people.next() else {
        return;
    };
    if people.any(|(_, q)| q != p) || !first.new_at(p, sentence.start) {
        return;
    }
    let honorifics = &ctx.lang.resolve.honorifics;
    let mut start = k;
    while start > 0 && honorifics.contains(items[start - 1].word()) {
        start -= 1;
    }
    let titled = |j: Option<usize>| {
        j.and_then(|j| items.get(j))
            .is_some_and(|it| matches!(it, Item::Title { .. }))
    };
    // "Analyst Jo Marr said": a job opening the sentence, capitalised,
    // that the title rules read as no title.
    let job_before = start.checked_sub(1).is_some_and(|j| {
        ctx.lang
            .kinds
            .org_roles_at
            .contains_lowercase(items[j].word())
    });
    if titled(start.checked_sub(1))
        || job_before
        || titled(k.checked_add(1))
        || (items.get(k + 1).map(Item::word) == Some(",") && titled(Some(k + 2)))
        || out.0.iter().any(|f| f.source == p && f.kind.is_role())
    {
        return;
    }
    let says = items.get(k + 1).is_some_and(|it| is_saying(ctx, it.word()))
        || start
            .checked_sub(1)
            .is_some_and(|j| is_saying(ctx, items[j].word()));
    if says {
        out.add(
            post.kind,
            p,
            post.org,
            items[k].span(ctx.mentions),
            None,
            0.55,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const POSTS: &[RelationKind] = &[CeoOf, ChairmanOf, FounderOf, EmployeeOf, Left];

    #[test]
    fn a_post_told_without_a_name_goes_to_the_speaker_named_next() {
        check(
            POSTS,
            &[
                (
                    "The chairman of British-based engineering group Harlow Kestrel Plc said on Thursday the firm remained confident. In an interview, Sir Odran Fellwick said Harlow Kestrel had taken defensive action.",
                    &[("Odran Fellwick", ChairmanOf, "Harlow Kestrel Plc")],
                ),
                // A speaker with a title of his own holds that one.
                (
                    "Draymere Mills said sales fell. The chief executive of Draymere Mills told reporters the outlook was weak. Analyst Gerd Omsby said he expected a recovery.",
                    &[],
                ),
                (
                    "The chief executive of Draymere Group told reporters the outlook was weak. Analyst Gerd Omsby said he expected a recovery.",
                    &[],
                ),
                // Not the sentence right after: no holder.
                (
                    "The chairman of Harlow Kestrel Plc said on Thursday demand held up. Orders rose. Odran Fellwick said margins slipped.",
                    &[],
                ),
            ],
        );
    }
}
