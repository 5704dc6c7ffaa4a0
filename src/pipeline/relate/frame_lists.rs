//! Listed subjects: a verb's subject named with a second party before it
//! ("A and the Basque government's B have lent T $N", "X and his sister Y
//! have sold T") is one of two payers or payees, so the amount names no
//! one party on that side.

use crate::model::EntityKind;

use super::context::Context;
use super::frame_refs::{Class, Framed};
use super::item::Item;

/// How many items may stand between "and" and the subject's name ("and the
/// Basque government's B", "and his sister Y").
const LISTED_REACH: usize = 5;

/// How many items before the verb its subject may stand (auxiliaries and
/// dates between).
const SUBJECT_REACH: usize = 7;

/// The first party of the list whose last is the subject of the verb at
/// `j`, the reference to `subject` right before it (auxiliaries and dates
/// between): "and" or "or" opens it, a few describing words or a possessor
/// after the conjunction, and a second party of its kind stands before the
/// conjunction, no preposition governing it ("between A and B").
pub(super) fn listed_first(
    ctx: &Context<'_>,
    items: &[Item],
    j: usize,
    subject: usize,
) -> Option<usize> {
    let clause = &ctx.lang.relate.clause;
    let resolve = &ctx.lang.resolve;
    let at = (j.saturating_sub(SUBJECT_REACH)..j).rev().find(
        |&p| matches!(items[p], Item::Ent { entity, possessive: false, .. } if entity == subject),
    )?;
    let between_ok = (at + 1..j).all(|p| match &items[p] {
        Item::Date { .. } => true,
        Item::Word { word, .. } => clause.between_subject_and_verb.contains(word),
        _ => false,
    });
    if !between_ok {
        return None;
    }
    let kind = ctx.kinds.get(subject);
    let c = (at.saturating_sub(LISTED_REACH)..at)
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
        .find(|&p| clause.list_conjunctions.contains(items[p].word()))?;
    let Some(Item::Ent {
        entity: first,
        possessive: false,
        ..
    }) = c.checked_sub(1).and_then(|p| items.get(p))
    else {
        return None;
    };
    let governed = c >= 2 && resolve.prepositions.contains(items[c - 2].word());
    let same_side = |k: Option<&EntityKind>| {
        k.is_some_and(|k| k.can_relate() && *k != EntityKind::Loc && *k != EntityKind::Product)
    };
    (*first != subject && !governed && same_side(kind) && same_side(ctx.kinds.get(*first)))
        .then_some(*first)
}

/// "A and B are lending T $N and $M respectively": where a word of
/// respective reading follows, two amounts whose clause's subject lists
/// two parties are each one party's, in order, on the subject's side (A
/// lends $N, B lends $M), not amounts of no one party.
pub(super) fn respective(
    ctx: &Context<'_>,
    items: &[Item],
    frames: &mut [(Option<Class>, Framed)],
) {
    let words = &ctx.lang.relate.frame.respective;
    let last_amount = items
        .iter()
        .rposition(|it| matches!(it, Item::Money { .. }));
    let said =
        last_amount.is_some_and(|k| items[k + 1..].iter().any(|it| words.contains(it.word())));
    let listed: Vec<usize> = (0..frames.len())
        .filter(|&i| frames[i].1.listed.is_some() && frames[i].1.listed_with.is_some())
        .collect();
    let &[a, b] = listed.as_slice() else {
        return;
    };
    let pair = |i: usize| (frames[i].0, frames[i].1.listed_with, frames[i].1.listed);
    let (Some(class), Some(first), Some(last)) = pair(a) else {
        return;
    };
    if !said || pair(b) != pair(a) {
        return;
    }
    for (i, party) in [(a, first), (b, last)] {
        let f = &mut frames[i].1;
        // A listed party is on the subject's side only, never the other.
        let other = |e: &usize| *e != first && *e != last;
        if class.subject_pays() {
            (f.payer, f.payee) = (Some(party), f.payee.filter(other));
        } else {
            (f.payer, f.payee) = (f.payer.filter(other), Some(party));
        }
        (f.listed, f.listed_with) = (None, None);
    }
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
    fn listed_lenders_lend_listed_amounts_respectively() {
        let got = crate::pipeline::tests::money_parties(
            "Sörby Sparbank and the state agency Kelmet are lending Vantor Berries \
             3.2 million euros and 1.8 million euros respectively.",
        );
        let want = |m: &str, p: &str| {
            (
                m.to_owned(),
                Some(p.to_owned()),
                Some("Vantor Berries".to_owned()),
            )
        };
        assert_eq!(
            got,
            vec![
                want("3.2 million euros", "Sörby Sparbank"),
                want("1.8 million euros", "Kelmet")
            ]
        );
        // No word that pairs them: no one lender.
        let got = crate::pipeline::tests::money_parties(
            "Sörby Sparbank and the state agency Kelmet are lending Vantor Berries \
             3.2 million euros and 1.8 million euros.",
        );
        assert!(got.iter().all(|g| g.1.is_none()), "{got:?}");
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
