//! A possessive inside a subordinate clause with a subject of its own
//! ("Ardlow agreed to a takeover after the Ohio-based company raised its
//! offer", "on news that British insurer Prudential had sold its unit"):
//! that clause's subject, not the sentence's.

use super::context::Context;
use super::item::Item;
use crate::model::EntityKind;

/// How many items the subordinate clause's subject may hold before its
/// name ("the Ohio-based company", "British insurer Prudential").
const SUBJECT_REACH: usize = 4;

/// The subject of the subordinate clause `before` ends in, when a
/// subordinator or complementiser ("after", "when", "that") opens it, a
/// name (past articles, describing words, a place or nationality) follows
/// it, and at least one word (its verb) stands between that name and the
/// end, with no comma or semicolon since the subordinator. None when a preposition
/// governs the name ("after the deal with Keltic") or joins it to another
/// ("after A and B").
pub(super) fn subordinate_subject(ctx: &Context<'_>, before: &[Item]) -> Option<usize> {
    let words = &ctx.lang.resolve;
    let opens = |w: &str| words.subordinators.contains(w) || words.complementisers.contains(w);
    // "as Cirrane Cloud joins its backers": one joins another's group.
    if before
        .last()
        .is_some_and(|item| ctx.lang.kinds.join_verbs.contains(item.word()))
    {
        return None;
    }
    let k = before.iter().rposition(|item| opens(item.word()))?;
    let rest = &before[k + 1..];
    if rest.iter().any(|item| matches!(item.word(), "," | ";")) {
        return None;
    }
    let placed = |e: usize| {
        matches!(
            ctx.kinds.get(e),
            Some(EntityKind::Loc | EntityKind::Nationality)
        )
    };
    let mut subject = None;
    let mut end = None;
    for (j, item) in rest.iter().enumerate() {
        match item {
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if j <= SUBJECT_REACH && !placed(*entity) => subject = Some((*entity, j)),
            Item::Ent { entity, .. } if subject.is_none() && placed(*entity) => {}
            Item::Word { word, .. }
                if subject.is_none()
                    && j < SUBJECT_REACH
                    && !words.prepositions.contains(word)
                    && word.chars().all(|c| c.is_alphabetic() || c == '-') => {}
            _ => {
                end = Some(j);
                break;
            }
        }
    }
    let (entity, at) = subject?;
    // "while Oriel purchasing chief Sandra Velez will chair its board": a
    // person the name only qualifies is the clause's subject.
    let person = rest[at + 1..].iter().any(|item| {
        matches!(item, Item::Ent { entity, .. } if ctx.kinds.get(*entity) == Some(&EntityKind::Person))
    });
    if person {
        return None;
    }
    // The verb: a word after the name, before the pronoun, that neither
    // joins a list nor opens a phrase ("after A and B", "when A in …").
    let verb = end.is_some_and(|e| {
        e > at && matches!(&rest[e], Item::Word { word, .. } if !words.prepositions.contains(word))
    });
    verb.then_some(entity)
}
