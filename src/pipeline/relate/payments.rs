//! Payments no relation carries: who pays or is paid an amount the sentence
//! ties to a verb of paying or receiving ("T will receive $1 billion", "S
//! will contribute $12 million", "$N from S", "T lands a $N contract"), or
//! to a contract of the name before it ("the Air Force's $40 billion tanker
//! contract").

use crate::lang::lowercase;
use crate::model::{EntityKind, RelationKind};

use super::clause::clause_subject;
use super::context::Context;
use super::coordination::groups;
use super::frame_described::modified;
use super::frame_family::{family_after, family_party};
use super::frame_objects::object_after;
use super::item::{Finds, Item, find_word, next_entity};
use super::pattern::At;
use crate::pipeline::word_shape::is_describing_word;

/// How many items before an amount its verb may stand ("be eligible for as
/// much as $N").
const VERB_REACH: usize = 5;

/// How many items after an amount its contract noun may stand ("$N
/// defence contract").
const CONTRACT_REACH: usize = 3;

/// How many items after an amount raised the "led by" of its round may
/// stand: "$640 million in a Series C funding round led by S".
const LED_REACH: usize = 10;

/// A payment's parties, by money mention: `(mention, payer, payee)`.
pub(super) type Payment = (usize, Option<usize>, Option<usize>);

/// True when entity `e` may pay or be paid: a named party, not a nationality
/// or a product.
fn party(ctx: &Context<'_>, e: usize) -> bool {
    ctx.kinds
        .get(e)
        .is_some_and(|k| k.can_relate() && *k != EntityKind::Product)
}

/// How many items after the verb of paying the "for" of what it buys may
/// stand: the amount, a conversion in brackets, a date ("paid €38 million
/// (about $41 million) in 2022 for T").
const FOR_REACH: usize = 12;

/// "S paid $N for T", "S will pay $N for T", "S has paid N kronor (about
/// $N) for T", "it paid $N in 2022 for the Dutch chain T": buying a company
/// for an amount is acquiring it. What is bought must be the company's
/// name, its whole phrase ("for T's unit", "for T licences", "for a stake
/// in T" buy no company).
pub(super) fn paid_for(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().payments;
    if !words.pay.contains(at.word()) {
        return;
    }
    let boundary = &at.words().frame.boundary;
    let mut amount = None;
    let mut f = None;
    let mut bracket = false;
    for (k, item) in items
        .iter()
        .enumerate()
        .take((i + FOR_REACH).min(items.len()))
        .skip(i + 1)
    {
        // "(about $850 million)": a conversion, read through.
        match item.word() {
            "(" => bracket = true,
            ")" => bracket = false,
            _ => {}
        }
        match item {
            Item::Money { mention } => {
                amount.get_or_insert(*mention);
            }
            Item::Word { .. } if bracket || item.word() == ")" => {}
            Item::Date { .. } => {}
            Item::Word { word, .. } if words.paid_for.contains(word) => {
                f = Some(k);
                break;
            }
            Item::Word { word, .. } if word != "," && !boundary.contains(word) => {}
            _ => break,
        }
    }
    let (Some(mention), Some(f)) = (amount, f) else {
        return;
    };
    // "for the Dutch chain T": the name a place or nationality describes.
    let Some(j) = at.described_object(f + 1).map(|j| match items[j].entity() {
        Some(e) if matches!(at.kind(e), EntityKind::Loc | EntityKind::Nationality) => {
            at.named_after(j)
        }
        _ => j,
    }) else {
        return;
    };
    let whole = match items.get(j + 1) {
        Some(Item::Word { word, .. }) => {
            !is_describing_word(word) || at.ctx.lang.resolve.prepositions.contains(word)
        }
        _ => true,
    };
    if let Some(Item::Ent {
        entity: t,
        possessive: false,
        ..
    }) = items.get(j)
        && whole
        && at.kind(*t) == EntityKind::Org
        && let Some(s) = at.subject.filter(|&s| at.kind(s).can_relate())
    {
        out.add(
            RelationKind::Acquired,
            s,
            *t,
            at.span(i),
            Some(mention),
            0.7,
        );
    }
}

/// How many plain words may stand between an amount and the preposition
/// before its party ("$N in bailout money from S").
const PARTY_REACH: usize = 3;

/// How many plain words may stand between "for" and "held by" ("for the
/// remaining shares held by T").
const HELD_REACH: usize = 4;

/// How many describing words and places may stand between "by" and the
/// holder ("held by U.S. hedge fund T").
const HOLDER_REACH: usize = 5;

/// True when the item at `k` is one of `list`.
fn at_word(items: &[Item], k: usize, list: &crate::lang::WordList) -> bool {
    items.get(k).is_some_and(|x| list.contains(x.word()))
}

/// The organisation or person at `from` or a few describing words and
/// places on ("U.S. hedge fund T").
fn holder_after(ctx: &Context<'_>, items: &[Item], from: usize) -> Option<usize> {
    for item in items.iter().skip(from).take(HOLDER_REACH) {
        match item {
            Item::Ent { entity, .. }
                if matches!(
                    ctx.kinds.get(*entity),
                    Some(EntityKind::Org | EntityKind::Person)
                ) =>
            {
                return Some(*entity);
            }
            Item::Ent { entity, .. }
                if matches!(
                    ctx.kinds.get(*entity),
                    Some(EntityKind::Loc | EntityKind::Nationality)
                ) => {}
            Item::Word { word, .. } if word.chars().all(char::is_lowercase) => {}
            _ => return None,
        }
    }
    None
}

/// How many items before an amount the verb of a supply may stand: "S
/// would supply the engines to T under a separate contract worth $N", "… will
/// be delivered to grid operator T by S over three years, under an
/// agreement valued at $N".
const SUPPLY_REACH: usize = 20;

/// "S would supply … to T under a contract worth $N", "… will be delivered
/// to T by S under an agreement valued at $N": the one supplied pays the
/// supplier, `(payer, payee)`.
fn supplied_under(
    ctx: &Context<'_>,
    items: &[Item],
    k: usize,
    subject: Option<usize>,
) -> Option<(Option<usize>, Option<usize>)> {
    let words = &ctx.lang.relate.deals;
    let j = (k.saturating_sub(SUPPLY_REACH)..k)
        .rev()
        .take_while(|&j| !matches!(items[j], Item::Money { .. }))
        .find(|&j| words.supply.contains(items[j].word()))?;
    find_word(items, j + 1, k, &ctx.lang.money.deal_references)?;
    let p = find_word(items, j + 1, k, &words.supply_to)?;
    let client = object_after(ctx, items, p + 1, k)
        .or_else(|| next_entity(items, p + 1, 1).map(|(_, e)| e))?;
    let passive = j > 0
        && ctx
            .lang
            .relate
            .roles
            .passive_be
            .contains(items[j - 1].word());
    let supplier = if passive {
        let by = find_word(items, p + 1, k, &ctx.lang.relate.clause.passive_agent)?;
        object_after(ctx, items, by + 1, k)?
    } else {
        clause_subject(ctx.lang, items, j, ctx.kinds)
            .or(subject.filter(|&s| items[..j].iter().any(|x| x.entity() == Some(s))))?
    };
    (supplier != client).then_some((Some(client), Some(supplier)))
}

/// The payments of one sentence's items; `subject` is the sentence's.
pub(super) fn payments(ctx: &Context<'_>, items: &[Item], subject: Option<usize>) -> Vec<Payment> {
    // A party is read at an amount: a sentence with none has no payment
    // (most have none; their lists are not worked out).
    if !items.iter().any(|it| matches!(it, Item::Money { .. })) {
        return Vec::new();
    }
    let words = &ctx.lang.relate.payments;
    // A member of a coordinated list pays or is paid with the others: no
    // one of them is the party ("A and B received $N").
    let listed: Vec<usize> = groups(&ctx.lang.relate.clause, items)
        .into_iter()
        .flatten()
        .filter_map(|p| items[p].entity())
        .collect();
    let mut out = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let Item::Money { mention } = item else {
            continue;
        };
        // "$N from S", "$N in bailout money from S": the party after a
        // preposition, a few plain words on.
        let after = |list: &crate::lang::WordList| {
            find_word(items, k + 1, k + 2 + PARTY_REACH, list)
                .filter(|&p| {
                    (k + 1..p).all(|m| matches!(&items[m], Item::Word { word, .. } if word.chars().all(char::is_lowercase)))
                })
                .and_then(|p| {
                    family_after(ctx, items, p).or_else(|| {
                        next_entity(items, p + 1, 2).map(|(q, e)| {
                            family_party(ctx, items, q)
                                .or_else(|| modified(ctx, items, q))
                                .unwrap_or(Some(e))
                        })
                    })
                })
                .flatten()
        };
        // The verb before the amount, with no name or other amount between.
        // "was awarded $N" is received, "awarded T $N" paid.
        let award = &ctx.lang.relate.credit.award;
        let passive = |j: usize| {
            j > 0
                && ctx
                    .lang
                    .relate
                    .roles
                    .passive_be
                    .contains(items[j - 1].word())
        };
        // "S lands a $N contract": a verb of winning before a contract's
        // amount, no preposition between ("won approval for a $N deal").
        let credit = &ctx.lang.relate.credit;
        let contract = (k + 1..(k + 1 + CONTRACT_REACH).min(items.len())).any(|m| {
            credit.contract.contains(items[m].word())
                || credit.contract_won.contains(items[m].word())
        });
        let won = |j: usize| {
            contract
                && credit.win.contains(items[j].word())
                && (j + 1..k).all(|m| !ctx.lang.resolve.prepositions.contains(items[m].word()))
        };
        let verb = (k.saturating_sub(VERB_REACH)..k).rev().find_map(|j| {
            let w = items[j].word();
            if (words.pay.contains(w) || award.contains(w)) && !passive(j) {
                Some((j, true))
            } else if words.receive.contains(w)
                || award.contains(w)
                || words.pay.contains(w)
                || won(j)
            {
                Some((j, false))
            } else {
                None
            }
        });
        let clear = |j: usize| {
            (j + 1..k).all(|m| matches!(items[m], Item::Word { .. } | Item::Date { .. }))
        };
        // "S would owe T a $N fee": the one paid right after the verb.
        let indirect = |j: usize| {
            items.get(j + 1).and_then(Item::entity).filter(|_| {
                (j + 2..k).all(|m| matches!(items[m], Item::Word { .. } | Item::Date { .. }))
            })
        };
        // "raised $N in a round led by S".
        let led = || {
            find_word(items, k + 1, k + LED_REACH, &words.led)
                .filter(|&l| {
                    ctx.lang
                        .relate
                        .clause
                        .passive_agent
                        .contains(items.get(l + 1).map_or("", Item::word))
                })
                .and_then(|l| next_entity(items, l + 2, 4))
                .map(|(_, e)| e)
        };
        // "paying $N for shares held by T": the holder of what is bought.
        let holder = || {
            if !at_word(items, k + 1, &words.paid_for) {
                return None;
            }
            let h = find_word(items, k + 2, k + 2 + HELD_REACH, &words.held)?;
            let plain = (k + 2..h).all(|m| matches!(&items[m], Item::Word { word, .. } if word.chars().all(char::is_lowercase)));
            if !plain || !at_word(items, h + 1, &ctx.lang.relate.clause.passive_agent) {
                return None;
            }
            holder_after(ctx, items, h + 2)
        };
        // The sentence's subject stands in for the clause's only when it
        // is named before the verb ("…, but S required them" names no payee).
        // Nor across a verb of saying to a clause with no pronoun for it:
        // "S said Wall Street firms will spend $N" reports a clause whose
        // subject is not S ("S said it would pay $N", "S said they will
        // contribute $N", "S says wins $N order" are S's).
        let pronoun = &ctx.lang.relate.pronoun;
        let reported = |from: usize, j: usize| {
            items[from..j]
                .iter()
                .position(|x| pronoun.reporting_verbs.contains(x.word()))
                .is_some_and(|r| {
                    // "S says wins $N order": a headline's clause has none.
                    from + r + 1 < j
                        && !items[from + r..j].iter().any(|x| {
                            let w = lowercase(x.word());
                            pronoun.pronouns.iter().any(|p| p.word == w)
                                || pronoun.pair_pronouns.contains(&w)
                        })
                })
        };
        let subject_before = |j: usize| {
            subject.filter(|&s| {
                items[..j]
                    .iter()
                    .rposition(|x| x.entity() == Some(s))
                    .is_some_and(|at| !reported(at + 1, j))
            })
        };
        let found = match verb {
            Some((j, pays)) if clear(j) => {
                let who = clause_subject(ctx.lang, items, j, ctx.kinds).or(subject_before(j));
                if pays {
                    (who, after(&words.to).or_else(holder))
                } else {
                    (after(&words.from).or_else(led), who)
                }
            }
            Some((j, true)) if indirect(j).is_some() => {
                let who = clause_subject(ctx.lang, items, j, ctx.kinds).or(subject_before(j));
                (who, indirect(j))
            }
            _ => supplied_under(ctx, items, k, subject)
                .or_else(|| super::pledges::pledged(ctx, items, k))
                .unwrap_or_else(|| {
                    // "the Air Force's $40 billion tanker contract": the client pays.
                    let client = k
                        .checked_sub(1)
                        .and_then(|j| items[j].entity())
                        .filter(|_| {
                            (k + 1..(k + 3).min(items.len()))
                                .any(|m| words.client_deals.contains(items[m].word()))
                        });
                    (client, None)
                }),
        };
        let fits = |e: &usize| party(ctx, *e) && !listed.contains(e);
        let (payer, payee) = (found.0.filter(fits), found.1.filter(fits));
        if payer.is_some() || payee.is_some() {
            out.push((*mention, payer, payee));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::{analysis, check};

    #[test]
    fn paying_for_a_company_acquires_it() {
        check(
            &[Acquired],
            &[
                (
                    "Brightwater Systems paid $2 billion for Nordvik Energy.",
                    &[("Brightwater Systems", Acquired, "Nordvik Energy")],
                ),
                // A conversion in brackets, a date, a description before
                // the name.
                (
                    "Brentvale Systems has paid 9 billion kronor (about $850 million) for Olvessa Energy.",
                    &[("Brentvale Systems", Acquired, "Olvessa Energy")],
                ),
                (
                    "Brentvale Systems paid $2 billion in 2022 for the Dutch pump maker Olvessa Energy.",
                    &[("Brentvale Systems", Acquired, "Olvessa Energy")],
                ),
                // Paying for goods or a stake is no acquisition.
                ("Brentvale Systems paid $2 billion for new jets.", &[]),
                (
                    "Brentvale Systems paid $2 billion for a stake in Olvessa Energy.",
                    &[],
                ),
                (
                    "Brentvale Systems paid $2 million for Olvessa Energy licences.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn amounts_paid_and_received_name_their_parties() {
        let some = |s: &str| Some(s.to_owned());
        for (text, payer, payee) in [
            (
                "Zephyr Motors will receive $1 billion.",
                None,
                some("Zephyr Motors"),
            ),
            (
                "Zephyr Motors may be eligible for as much as $4 billion.",
                None,
                some("Zephyr Motors"),
            ),
            (
                "Zephyr Motors received $2 billion from Helio Bank.",
                some("Helio Bank"),
                some("Zephyr Motors"),
            ),
            (
                "Brightwater Systems will contribute $12 million to the search.",
                some("Brightwater Systems"),
                None,
            ),
            (
                "Brightwater Systems paid $12 million to Quantix Inc.",
                some("Brightwater Systems"),
                some("Quantix Inc."),
            ),
            // A reported clause with a subject of its own is not the
            // speaker's; one with a pronoun for the speaker is.
            (
                "Arlo Penmark said Danish utilities will need to spend $7 million.",
                None,
                None,
            ),
            (
                "Brightwater Systems said it will contribute $12 million to the search.",
                some("Brightwater Systems"),
                None,
            ),
            // The one owed right after the verb is paid.
            (
                "Brightwater Systems would owe Quantix Inc. a $450 million fee.",
                some("Brightwater Systems"),
                some("Quantix Inc."),
            ),
            (
                "Zephyr Motors has received $15 billion in bailout money from Helio Bank.",
                some("Helio Bank"),
                some("Zephyr Motors"),
            ),
            // Winning a contract: the winner is paid.
            (
                "Quantix Inc. lands $1 billion contract.",
                None,
                some("Quantix Inc."),
            ),
            (
                "Quantix Inc. has clinched a $2 billion defence deal.",
                None,
                some("Quantix Inc."),
            ),
            // Passive award: the subject is paid.
            (
                "Quantix Inc. was awarded $1.4 billion for a plant.",
                None,
                some("Quantix Inc."),
            ),
            (
                "Quantix Inc. raised $300 million from investors.",
                None,
                some("Quantix Inc."),
            ),
            // Paying for shares others hold pays their holder.
            (
                "Zephyr Motors raised its stake in Quantix Inc. to 20%, paying $80 million for shares held by Swedish fund Helio Partners.",
                some("Zephyr Motors"),
                some("Helio Partners"),
            ),
            // The one supplied under a contract pays the supplier.
            (
                "Baltic engine maker Kestel Motors would supply the engines to Dalmok Yards under a separate contract worth about $80 million.",
                some("Dalmok Yards"),
                some("Kestel Motors"),
            ),
            // Passive: the agent supplies the one delivered to.
            (
                "A total of 90 buses will be delivered to the city operator Quantix Transit by Finland's Helio Motors over three years, under an agreement valued at 610 million Danish crowns.",
                some("Quantix Transit"),
                some("Helio Motors"),
            ),
            (
                "Auditors questioned the Helio Bank $40 billion tanker contract.",
                some("Helio Bank"),
                None,
            ),
        ] {
            let a = analysis(text);
            let name = |e: Option<usize>| e.map(|e| a.entities[e].name.clone());
            assert_eq!(a.money.len(), 1, "{text}");
            assert_eq!(
                (name(a.money[0].investor), name(a.money[0].recipient)),
                (payer, payee),
                "{text}"
            );
        }
    }

    #[test]
    fn repaying_and_authorising_give() {
        crate::pipeline::tests::check_money_parties(&[
            (
                "Brennick Holdings SA repaid $21 million to Tellmark Bank.",
                (
                    "$21 million",
                    Some("Brennick Holdings SA"),
                    Some("Tellmark Bank"),
                ),
            ),
            (
                "The Quennel Central Bank authorized $80 billion for Tellmark Bank.",
                (
                    "$80 billion",
                    Some("Quennel Central Bank"),
                    Some("Tellmark Bank"),
                ),
            ),
        ]);
    }
}
