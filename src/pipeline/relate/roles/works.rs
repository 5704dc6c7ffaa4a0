//! Working for an organisation now: "X works for Z", "X, who works at Z",
//! "X is employed by Z". The one who works is the verb's own subject.

use crate::model::RelationKind;

use super::super::clause::clause_subject;
use super::super::item::{Finds, Item};
use super::super::pattern::At;

/// "X works for Z", "X, who works at Z's plant", "X is employed by Z":
/// the subject of the verb's own clause, a person, works for the
/// organisation right after the preposition (past an article). A past
/// "worked at" may be a post left, and is read by `posts::held_before`.
pub(in super::super) fn works_for(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    if !words.works.contains(at.word()) || !at.is(i + 1, &words.works_for) {
        return;
    }
    let determiners = &at.ctx.lang.resolve.determiners;
    let mut j = i + 2;
    if at.is(j, determiners) {
        j += 1;
    }
    let Some(org) = items
        .get(j)
        .and_then(Item::entity)
        .filter(|&o| at.is_org(o))
    else {
        return;
    };
    let Some(person) =
        clause_subject(at.ctx.lang, items, i, at.ctx.kinds).filter(|&p| at.is_person(p))
    else {
        return;
    };
    out.add(RelationKind::EmployeeOf, person, org, at.span(i), None, 0.7);
}
