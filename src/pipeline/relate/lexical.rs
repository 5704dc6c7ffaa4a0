//! Lexical frames whose ends the general reader's slots cannot reach: a
//! post told by a copula after its organisation's possessive ("T's chief
//! executive will be X"), a lender named by its borrower's possessive ("Y,
//! T's main bank,"), and a former post coordinated after a current one in
//! an apposition ("X, T's finance chief and former Z executive").

use crate::model::{EntityKind, RelationKind};
use crate::pipeline::word_shape::is_describing_word;

use super::item::{Finds, Item};
use super::pattern::At;
use super::roles::{is_public_office, role_kind};

/// How many describing words may stand between a possessor and its noun
/// ("T's new chief executive", "T's main house bank").
const DESCRIBING: usize = 3;

/// How many words of tense or voice may stand between a noun and the name
/// its copula gives ("will now be", "is to be").
const COPULA_REACH: usize = 4;

/// How many items an apposition may hold before its coordinated former
/// post ("X, the group's finance chief and former …").
const APPOSITION_REACH: usize = 7;

/// Confidence of these frames.
const CONFIDENCE: f32 = 0.75;

/// "T's chief executive will be X", "T's new chairman is X": the post the
/// title names, held by the person the copula gives, at the possessor.
pub(super) fn copular_post(at: &At<'_, '_>, out: &mut Finds) {
    let Item::Title { word, span } = &at.items[at.i] else {
        return;
    };
    let roles = &at.words().roles;
    if is_public_office(roles, word) {
        return;
    }
    let Some(org) = possessor(at).filter(|&o| at.is_org(o)) else {
        return;
    };
    // "T's former chief executive is X": a post no longer held.
    if (at.i.saturating_sub(DESCRIBING)..at.i).any(|k| at.is(k, &roles.former)) {
        return;
    }
    let Some(person) = after_copula(at).filter(|&p| at.is_person(p)) else {
        return;
    };
    out.add(role_kind(roles, word), person, org, *span, None, CONFIDENCE);
}

/// "Y, T's main bank, agreed …", "T's house bank, Y, …", "T's principal
/// lender is Y": Y lends to T.
pub(super) fn own_lender(at: &At<'_, '_>, out: &mut Finds) {
    let reader = &at.words().reader;
    if !reader.lender_nouns.contains(at.word()) {
        return;
    }
    let Some(start) = possessor_at(at) else {
        return;
    };
    if !(start + 1..at.i).any(|k| at.is(k, &reader.lender_ranks)) {
        return;
    }
    let Some(borrower) = at.items[start].entity().filter(|&o| at.is_org(o)) else {
        return;
    };
    let org = |k: usize| match at.items.get(k) {
        Some(Item::Ent {
            entity,
            possessive: false,
            pronoun: false,
            ..
        }) if at.is_org(*entity) => Some(*entity),
        _ => None,
    };
    // The name set off before the possessor, else the one after the noun.
    let before = (start >= 2 && at.items[start - 1].word() == ",")
        .then(|| org(start - 2))
        .flatten();
    let next = at.items.get(at.i + 1).map_or("", Item::word);
    let after = (next == "," || reader.copulas.contains(next))
        .then(|| org(at.i + 2))
        .flatten();
    if let Some(lender) = before.or(after) {
        out.add(
            RelationKind::LendsTo,
            lender,
            borrower,
            at.span(at.i),
            None,
            CONFIDENCE,
        );
    }
}

/// "X, T's finance chief and former Z executive, said …", "X, a board
/// member since 2022 and a former Z executive", "X, a partner at T and a
/// former executive of the dental group Z": a former post coordinated
/// after a current one in the apposition of X; X left Z.
pub(super) fn former_conjunct(at: &At<'_, '_>, out: &mut Finds) {
    let words = at.words();
    let i = at.i;
    if !words.roles.former.contains(at.word()) || i < 4 {
        return;
    }
    // "and former", "and a former".
    let c = i - 1 - usize::from(at.is(i - 1, &at.ctx.lang.resolve.determiners));
    if c < 3 || !at.is(c, &words.clause.list_conjunctions) {
        return;
    }
    let Some(org) = former_org(at) else {
        return;
    };
    // The current post back to the apposition's comma: titles, plain
    // words, organisations and dates ("a partner at T", "a board member
    // since 2022"), one title or post noun among them.
    let mut k = c;
    let mut post = false;
    while k > 0 && c - k < APPOSITION_REACH {
        match &at.items[k - 1] {
            Item::Title { .. } => post = true,
            Item::Ent { entity, .. } if !at.is_person(*entity) => {}
            Item::Date { .. } => {}
            Item::Word { word, .. }
                if word.chars().all(char::is_lowercase)
                    && !words.clause.relative_pronouns.contains(word) =>
            {
                post |= words.roles.post_nouns.contains(word) || words.roles.board.contains(word);
            }
            _ => break,
        }
        k -= 1;
    }
    if !post || k < 2 || k == c || at.items[k - 1].word() != "," {
        return;
    }
    let Some(person) = at.items[k - 2].entity().filter(|&p| at.is_person(p)) else {
        return;
    };
    out.add(
        RelationKind::Left,
        person,
        org,
        at.span(i),
        None,
        CONFIDENCE,
    );
}

/// How many describing words may stand between a former title's "of" and
/// its organisation ("former executive of the Swedish dental group Z").
const FORMER_DESCRIPTION: usize = 5;

/// The organisation of the former post after "former" at `at.i`: right
/// after it before its title ("former Z executive"), or after the title
/// and its "of" or "at", past describing words ("former executive of the
/// dental group Z"); none when a name follows (the post is that one's:
/// "and former Z chairman Y").
fn former_org(at: &At<'_, '_>) -> Option<usize> {
    let items = at.items;
    let org_at = |k: usize| match items.get(k) {
        Some(Item::Ent {
            entity,
            possessive: false,
            pronoun: false,
            ..
        }) if at.is_org(*entity) => Some(*entity),
        _ => None,
    };
    let (org, end) = if let Some(org) = org_at(at.i + 1) {
        matches!(items.get(at.i + 2), Some(Item::Title { .. })).then_some((org, at.i + 3))?
    } else {
        if !matches!(items.get(at.i + 1), Some(Item::Title { .. }))
            || !at.is(at.i + 2, &at.words().roles.title_of)
        {
            return None;
        }
        let plain = |k: usize| match items.get(k) {
            Some(Item::Word { word, .. }) => !word.is_empty() && is_describing_word(word),
            Some(Item::Ent {
                entity,
                possessive: false,
                ..
            }) => matches!(at.kind(*entity), EntityKind::Nationality | EntityKind::Loc),
            _ => false,
        };
        let mut k = at.i + 3;
        while k < at.i + 3 + FORMER_DESCRIPTION && plain(k) {
            k += 1;
        }
        (org_at(k)?, k + 1)
    };
    let named = items
        .get(end)
        .and_then(Item::entity)
        .is_some_and(|p| at.is_person(p));
    (!named).then_some(org)
}

/// The possessive name before the trigger, a few describing words between.
fn possessor(at: &At<'_, '_>) -> Option<usize> {
    possessor_at(at).and_then(|k| at.items[k].entity())
}

/// Where the possessive name before the trigger stands, a few lowercase
/// describing words between ("T's new", "its main").
fn possessor_at(at: &At<'_, '_>) -> Option<usize> {
    let function_words = &at.ctx.lang.rules.function_words;
    let mut k = at.i;
    while k > 0 && at.i - k <= DESCRIBING {
        k -= 1;
        match &at.items[k] {
            Item::Ent {
                possessive: true, ..
            } => return Some(k),
            Item::Word { word, .. }
                if word.chars().all(char::is_lowercase) && !function_words.contains(word) => {}
            _ => return None,
        }
    }
    None
}

/// The name a copula right after the trigger gives, words of tense
/// between: "is X", "will be X", "will now be X".
fn after_copula(at: &At<'_, '_>) -> Option<usize> {
    let lang = at.ctx.lang;
    let mut copula = false;
    let mut k = at.i + 1;
    while k < at.items.len() && k <= at.i + COPULA_REACH {
        let w = at.items[k].word();
        if lang.relate.reader.copulas.contains(w) || lang.relate.roles.passive_be.contains(w) {
            copula = true;
        } else if !(lang.resolve.finite_auxiliaries.contains(w)
            || lang.relate.clause.between_subject_and_verb.contains(w))
        {
            break;
        }
        k += 1;
    }
    match at.items.get(k) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) if copula => Some(*entity),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const POSTS: &[RelationKind] = &[CeoOf, ChairmanOf, EmployeeOf, Left];

    #[test]
    fn a_post_given_by_a_copula_after_its_organisation() {
        check(
            POSTS,
            &[
                (
                    "Tarvel Logistics's chief executive will be Ines Roble.",
                    &[("Ines Roble", CeoOf, "Tarvel Logistics")],
                ),
                (
                    "Brantoft Freight's new chairman is Ysolde Marsac, the company said.",
                    &[("Ysolde Marsac", ChairmanOf, "Brantoft Freight")],
                ),
                // A post no longer held is not given by the copula.
                (
                    "Brantoft Freight's former chief executive is Ysolde Marsac.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn a_lender_named_by_its_borrowers_possessive() {
        check(
            &[LendsTo],
            &[
                (
                    "Harlow Savings, Tenbury Foods' main bank, agreed to extend the loan.",
                    &[("Harlow Savings", LendsTo, "Tenbury Foods")],
                ),
                (
                    "Brantoft Freight's house bank, Ostrel Bank, declined to comment.",
                    &[("Ostrel Bank", LendsTo, "Brantoft Freight")],
                ),
                // An investment bank advises; it lends nothing.
                (
                    "Ostrel Bank, Brantoft Freight's investment bank, declined to comment.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn a_former_post_coordinated_after_a_current_one() {
        check(
            &[Left],
            &[
                (
                    "Mira Castell, Ilvaro's finance chief and former Velloway executive, said demand was weak.",
                    &[("Mira Castell", Left, "Velloway")],
                ),
                (
                    "Ysolde Marsac, the finance director and former Brantoft Freight manager, said sales rose.",
                    &[("Ysolde Marsac", Left, "Brantoft Freight")],
                ),
                // A post noun and a date in the current post, an article
                // before "former".
                (
                    "The chairman will be replaced by Ysolde Marsac, a board member since 2022 and a former Brantoft Freight executive.",
                    &[("Ysolde Marsac", Left, "Brantoft Freight")],
                ),
                // The former post's organisation after its title, past
                // describing words.
                (
                    "Jon Hale will be succeeded by Mira Castell, an operating partner at Ilvaro Capital and a former executive of the Danish dental group Velloway Tand.",
                    &[("Mira Castell", Left, "Velloway Tand")],
                ),
                // Another's former post, named after it: his, not hers.
                (
                    "Mira Castell, Ilvaro's finance chief, and former Velloway chairman Jon Hale said demand was weak.",
                    &[("Jon Hale", Left, "Velloway")],
                ),
            ],
        );
    }

    // The reader's rows whose other end is the trigger's direct object
    // ("S will supply T", "X will run T after the merger"): its own tests
    // file is full.
    #[test]
    fn a_customer_supplied_as_the_object() {
        check(
            &[Supplies],
            &[
                (
                    "Kestrin Optics will supply Ketterby Systems with lenses.",
                    &[("Kestrin Optics", Supplies, "Ketterby Systems")],
                ),
                (
                    "Ketterby Systems is supplied by Kestrin Optics.",
                    &[("Kestrin Optics", Supplies, "Ketterby Systems")],
                ),
            ],
        );
    }

    #[test]
    fn running_the_whole_organisation_until_a_time() {
        check(
            &[CeoOf],
            &[
                (
                    "Petra Volk will run Marrowfield Group after the merger.",
                    &[("Petra Volk", CeoOf, "Marrowfield Group")],
                ),
                (
                    "Petra Volk will lead Marrowfield Group until 2028.",
                    &[("Petra Volk", CeoOf, "Marrowfield Group")],
                ),
            ],
        );
    }
}
