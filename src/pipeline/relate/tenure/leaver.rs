//! Who leaves at a verb or noun of leaving, read by grammar: the verb's
//! own subject, the name an apposition right before it sets off, the
//! person a bare "he" or "she" there stands for, the subject of the verb
//! governing its infinitive; the one who owns the noun. Never the
//! sentence's subject for want of one: "X said the finance chief would
//! retire" does not say that X leaves.

use crate::model::EntityKind;

use super::super::clause;
use super::super::item::Item;
use super::super::pattern::At;

/// How many items an apposition set off before a verb of leaving may hold.
const APPOSITION_REACH: usize = 12;

/// The person who leaves at the word `at.i`: for a verb of leaving
/// (`verb`), its subject ([`leaver`]); for a noun of leaving, the person
/// who owns it ("X's retirement", "X announced his resignation" with "his"
/// resolved), or with a possessive pronoun no reference resolved before
/// it, the verb's subject or else the person named last ("X submitted his
/// resignation"). True with it when the person owns the noun: what follows
/// such a noun is another clause's ("his departure follows pressure from
/// Z"), not the organisation left.
pub(super) fn who_leaves(
    at: &At<'_, '_>,
    sentence_subject: Option<usize>,
    verb: bool,
) -> Option<(usize, bool)> {
    let (items, i) = (at.items, at.i);
    let noun = at.words().roles.leave_nouns.contains(at.word());
    let possessor = i
        .checked_sub(1)
        .filter(|_| noun)
        .and_then(|k| match &items[k] {
            Item::Ent {
                entity,
                possessive: true,
                ..
            } if at.is_person(*entity) => Some(*entity),
            _ => None,
        });
    if let Some(p) = possessor {
        return Some((p, true));
    }
    let own_noun = noun && at.is(i.wrapping_sub(1), &at.words().pronoun.possessive);
    if !(verb || own_noun) {
        return None;
    }
    let nearest = (i.saturating_sub(super::REACH)..i)
        .rev()
        .find_map(|k| items[k].entity().filter(|&p| at.is_person(p)));
    leaver(at, sentence_subject)
        .or(nearest.filter(|_| own_noun))
        .map(|p| (p, false))
}

/// The person who leaves at the verb `at.i`:
/// - the subject of the verb's own clause ("X resigned", "X, who ran Z,
///   resigned");
/// - past an apposition set off by commas right before the verb (and its
///   auxiliaries), the name it follows ("Z said X, its finance director,
///   would leave"; "X, 64, will retire") or the name it is when a title
///   comes before it ("its finance director, X, would leave");
/// - for "he" or "she" no reference resolved, the person the sentence
///   opened with (`sentence_subject`);
/// - before "to", the one who leaves of the verb that governs it ("X has
///   chosen to step down").
///
/// `None` when the clause's subject is no person or none is read.
fn leaver(at: &At<'_, '_>, sentence_subject: Option<usize>) -> Option<usize> {
    leaver_at(at, at.i, sentence_subject, true)
}

/// [`leaver`] of the verb at `i`; `control`: whether a verb before its
/// "to" may still be read for the subject.
fn leaver_at(
    at: &At<'_, '_>,
    i: usize,
    sentence_subject: Option<usize>,
    control: bool,
) -> Option<usize> {
    let (ctx, items) = (at.ctx, at.items);
    let own = clause::clause_subject(ctx.lang, items, i, ctx.kinds);
    if own.is_some_and(|p| at.is_person(p)) {
        return own;
    }
    // Back past the auxiliaries, adverbs and dates before the verb.
    let between = &at.words().clause.between_subject_and_verb;
    let infinitive = &ctx.lang.relate.frame.infinitive;
    let mut k = i;
    let mut to = false;
    while k > 0
        && match &items[k - 1] {
            Item::Date { .. } => true,
            Item::Word { word, .. } => between.contains(word),
            _ => false,
        }
    {
        to |= infinitive.contains(items[k - 1].word());
        k -= 1;
    }
    let before = k.checked_sub(1)?;
    // An organisation read as the subject before a set-off clause may be
    // the one a title in it names ("the chairman of Z, the farmer X, is
    // stepping down"): the apposition is read for a person first.
    if items[before].word() == "," {
        return apposed(at, before);
    }
    if own.is_some() {
        return None;
    }
    // "X has chosen to step down": the subject of the verb that governs
    // the infinitive, read the same way.
    if to
        && control
        && matches!(&items[before], Item::Word { word, .. }
            if word.chars().all(char::is_lowercase))
    {
        return leaver_at(at, before, sentence_subject, false);
    }
    let bare_pronoun = at.words().pronoun.pronouns.iter().any(|p| {
        p.wants == EntityKind::Person
            && p.word == items[before].word()
            && !at.words().pronoun.possessive.contains(&p.word)
    });
    sentence_subject.filter(|&p| bare_pronoun && at.is_person(p))
}

/// The person an apposition closed by the comma at `close` sets off: the
/// name before it, past an age ("X, 64, the founder's grandson,"), when
/// no other person stands inside it unless a relative pronoun or an
/// article opens it;
/// or the one name inside it when a title stands before it ("its finance
/// director, X,").
fn apposed(at: &At<'_, '_>, close: usize) -> Option<usize> {
    let (ctx, items) = (at.ctx, at.items);
    let open = (close.saturating_sub(APPOSITION_REACH)..close)
        .rev()
        .find(|&o| items[o].word() == ",")?;
    let inside = &items[open + 1..close];
    let person_at = |j: usize| match items.get(j) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) if at.is_person(*entity) => Some(*entity),
        _ => None,
    };
    // "its finance director, X, would leave", "the chairman, the dairy
    // farmer X, is stepping down": the name that ends it, past plain
    // describing words.
    let described = inside.split_last().is_some_and(|(_, lead)| {
        lead.iter()
            .all(|it| matches!(it, Item::Word { word, .. } if word.chars().all(char::is_lowercase)))
    });
    if described
        && titled_before(at, open)
        && let Some(p) = person_at(close - 1)
    {
        return Some(p);
    }
    // "X, who replaced Y, …", "X, the son of founder Y, …": a clause or a
    // noun phrase about X may name others.
    let about = inside.first().is_some_and(|it| {
        at.words().clause.relative_pronouns.contains(it.word())
            || ctx.lang.resolve.determiners.contains(it.word())
    });
    let other_person = (open + 1..close).any(|j| person_at(j).is_some());
    if other_person && !about {
        return None;
    }
    // "X, 64, the founder's grandson, will retire": past the age.
    let mut name = open.checked_sub(1)?;
    if is_age(items[name].word()) && name >= 2 && items[name - 1].word() == "," {
        name -= 2;
    }
    if clause::governed(ctx.lang, items, name) {
        return None;
    }
    person_at(name)
}

/// True when a title ends right before the comma at `open`, alone or
/// with its organisation ("chairman,", "chairman of Z,").
fn titled_before(at: &At<'_, '_>, open: usize) -> bool {
    let items = at.items;
    let title = |k: usize| matches!(items[k], Item::Title { .. });
    let Some(last) = open.checked_sub(1) else {
        return false;
    };
    title(last)
        || (items[last].entity().is_some_and(|o| at.is_org(o))
            && last >= 2
            && at.is(last - 1, &at.words().roles.title_of)
            && title(last - 2))
}

/// A person's age set off by commas: one to three digits.
fn is_age(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}
