//! Posts taken or held: "X was named CEO of Z", "X became chairman of Z",
//! "X joins Z as CFO", "X remains Z's publishing director"; and an active
//! verb of appointment, whose named object takes the post ("Tom Berg
//! named Peter Lund as chairman of Z": Lund, never the one who appoints).

use super::super::item::{Finds, Item, possessor_before};
use super::super::pattern::At;
use super::passive;

/// "X was named CEO of Z", "X became chairman of Z", "X took over as chief
/// executive of Z", "X was promoted to Z’s chief operating officer", "X
/// joins Z as CFO": the person (the subject) holds the post the title after
/// the verb names, at the organisation after it (or before it, possessive).
pub(super) fn takes_post(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().roles;
    if !words.take_post.contains(at.word()) && !words.hold_post.contains(at.word()) {
        return;
    }
    // "Tom Berg named Lund as chairman of Keltic": an active verb of
    // appointment with a named object appoints that one; its subject is
    // the one who appoints.
    let appointee = appointed_object(at, i);
    let holder = match appointee {
        Some(object) => Some(object).filter(|&p| at.is_person(p)),
        None => own_person(at, i)
            .or_else(|| relative_holder(at, i))
            .or(at.subject.filter(|&p| at.is_person(p))),
    };
    let Some(person) = holder else {
        return;
    };
    let mut t = i + 1 + usize::from(appointee.is_some());
    // "joins Keltic as CFO": the organisation first.
    let mut org_first = None;
    // "will remain its publishing director": describing words after a
    // possessive, before the title.
    let mut owner = None;
    let mut described = 0;
    while t < items.len() && t <= i + 5 {
        match &items[t] {
            Item::Ent {
                entity, possessive, ..
            } if org_first.is_none() && at.is_org(*entity) && t == i + 1 => {
                if *possessive {
                    owner = Some(*entity);
                } else {
                    org_first = Some(*entity);
                }
            }
            Item::Word { word, .. } if words.take_post_lead.contains(word) => {}
            Item::Ent {
                entity,
                possessive: true,
                ..
            } => owner = Some(*entity),
            Item::Word { word, .. }
                if owner.is_some() && described < 2 && describing_word(at, word) =>
            {
                described += 1;
            }
            _ => break,
        }
        t += 1;
    }
    let Some(Item::Title { word, span }) = items.get(t) else {
        return;
    };
    if super::super::roles::is_public_office(words, word) {
        return;
    }
    let org = super::super::roles::org_after_title(at, t)
        .map(|(o, _)| o)
        .or_else(|| possessor_before(items, t).filter(|&o| at.is_org(o)))
        .or_else(|| owner.filter(|&o| described > 0 && at.is_org(o)))
        .or(org_first);
    if let Some(org) = org {
        let kind = super::super::roles::role_kind(words, word);
        out.add(kind, person, org, *span, None, 0.75);
    }
}

/// True for a plain lower-case word that may describe a post ("its
/// publishing director"): no function word.
fn describing_word(at: &At<'_, '_>, word: &str) -> bool {
    word.len() > 2
        && word.chars().all(char::is_lowercase)
        && crate::pipeline::word_shape::is_describing_word(word)
        && !at.ctx.lang.rules.function_words.contains(word)
}

/// The named object of an active verb of appointment at `i` ("named Jon
/// Hale as chairman"), whatever its kind; none for a passive ("was named
/// chairman") or a verb of taking a post ("joins Keltic as CFO").
fn appointed_object(at: &At<'_, '_>, i: usize) -> Option<usize> {
    if !at.words().roles.appoint.contains(at.word()) || passive(at, i) {
        return None;
    }
    match at.items.get(i + 1) {
        Some(Item::Ent {
            entity,
            possessive: false,
            pronoun: false,
            ..
        }) => Some(*entity),
        _ => None,
    }
}

/// How far before the verb a relative pronoun of its clause may stand.
const RELATIVE_REACH: usize = 14;

/// The person a relative clause holding the verb at `i` is about, when no
/// comma closes the clause before the verb: "She takes over from B, 71,
/// who has run the house for 32 years and will remain its chairman" (B).
fn relative_holder(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let relatives = &at.words().clause.relative_pronouns;
    let r = (i.saturating_sub(RELATIVE_REACH)..i)
        .rev()
        .take_while(|&k| !matches!(at.items[k].word(), "," | ";" | ":"))
        .find(|&k| relatives.contains(at.items[k].word()))?;
    super::super::clause::relative_antecedent(at.ctx.lang, at.items, r)
        .and_then(|k| at.items[k].entity())
        .filter(|&p| at.is_person(p))
}

/// The person right before the verb at `i`, over auxiliaries and one
/// comma: the subject of the verb's own clause ("Lena Vogt will run Keltic,
/// while Brask's chief, Jon Hale, is to become its chairman": Jon Hale).
fn own_person(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let between = &at.words().clause.between_subject_and_verb;
    let mut j = i;
    let mut comma = false;
    while j > 0 {
        j -= 1;
        match &at.items[j] {
            Item::Word { word, .. } if between.contains(word) => {}
            Item::Word { word, .. } if word == "," && !comma => comma = true,
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if at.is_person(*entity) => return Some(*entity),
            _ => return None,
        }
    }
    None
}
