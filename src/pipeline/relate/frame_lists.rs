//! Listed subjects: a verb's subject named with a second party before it
//! ("A and the Basque government's B have lent T $N", "X and his sister Y
//! have sold T") is one of two payers or payees, so the amount names no
//! one party on that side.

use crate::model::EntityKind;

use super::context::Context;
use super::item::Item;

/// How many items may stand between "and" and the subject's name ("and the
/// Basque government's B", "and his sister Y").
const LISTED_REACH: usize = 5;

/// How many items before the verb its subject may stand (auxiliaries and
/// dates between).
const SUBJECT_REACH: usize = 7;

/// True when the subject of the verb at `j`, the reference to `subject`
/// right before it (auxiliaries and dates between), is the last of a list:
/// "and" or "or" opens it, a few describing words or a possessor after the
/// conjunction, and a second party of its kind stands before the
/// conjunction, no preposition governing it ("between A and B").
pub(super) fn listed_subject(ctx: &Context<'_>, items: &[Item], j: usize, subject: usize) -> bool {
    let clause = &ctx.lang.relate.clause;
    let resolve = &ctx.lang.resolve;
    let Some(at) = (j.saturating_sub(SUBJECT_REACH)..j).rev().find(
        |&p| matches!(items[p], Item::Ent { entity, possessive: false, .. } if entity == subject),
    ) else {
        return false;
    };
    let between_ok = (at + 1..j).all(|p| match &items[p] {
        Item::Date { .. } => true,
        Item::Word { word, .. } => clause.between_subject_and_verb.contains(word),
        _ => false,
    });
    if !between_ok {
        return false;
    }
    let kind = ctx.kinds.get(subject);
    let Some(c) = (at.saturating_sub(LISTED_REACH)..at)
        .rev()
        .take_while(|&p| match &items[p] {
            Item::Word { word, .. } => {
                clause.list_conjunctions.contains(word)
                    || word
                        .chars()
                        .all(|ch| ch.is_lowercase() || ch == '\'' || ch == '’')
                        && !resolve.prepositions.contains(word)
                        && !ctx.lang.relate.frame.boundary.contains(word)
            }
            Item::Ent {
                possessive: true, ..
            } => true,
            // "and the Basque government's B": a describing place.
            Item::Ent { entity, .. } => matches!(
                ctx.kinds.get(*entity),
                Some(EntityKind::Nationality | EntityKind::Loc)
            ),
            _ => false,
        })
        .find(|&p| clause.list_conjunctions.contains(items[p].word()))
    else {
        return false;
    };
    let Some(Item::Ent {
        entity: first,
        possessive: false,
        ..
    }) = c.checked_sub(1).and_then(|p| items.get(p))
    else {
        return false;
    };
    let governed = c >= 2 && resolve.prepositions.contains(items[c - 2].word());
    let same_side = |k: Option<&EntityKind>| {
        k.is_some_and(|k| k.can_relate() && *k != EntityKind::Loc && *k != EntityKind::Product)
    };
    *first != subject && !governed && same_side(kind) && same_side(ctx.kinds.get(*first))
}

/// True when the coordinator at `j` joins a second name to the gapped
/// subject `gap` right after it ("…, A and B 35 million each"): the gapped
/// clause names two parties on the subject's side, so no one of them.
pub(super) fn listed_gap(items: &[Item], j: usize, gap: Option<usize>) -> bool {
    let Some(g) = gap else {
        return false;
    };
    matches!(items.get(j + 1), Some(Item::Ent { entity, .. }) if *entity == g)
        && j.checked_sub(1)
            .is_some_and(|p| matches!(items[p], Item::Ent { .. }))
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties as check;

    #[test]
    fn a_subject_listed_with_a_second_party_is_no_one_payer() {
        check(&[
            (
                "Orvalia Bank and the regional government's Fondo Teverin have lent Quarrow Cranes a further €25m.",
                ("€25m", None, Some("Quarrow Cranes")),
            ),
            (
                "Orvalia Bank has lent Quarrow Cranes a further €25m.",
                ("€25m", Some("Orvalia Bank"), Some("Quarrow Cranes")),
            ),
        ]);
    }

    #[test]
    fn a_gapped_clause_with_two_lenders_names_no_one_lender() {
        let got = crate::pipeline::tests::money_parties(
            "Ostby Bank is lending Valdessa Candles 80 million Danish crowns, \
             Kolby Bank and Tarnby Sparbank 35 million each.",
        );
        assert_eq!(got[1].0, "35 million");
        assert_eq!(got[1].1, None);
    }
}
