//! Loans, bailouts, aid and contracts: lends to (lender → borrower),
//! contract with (contractor → client).

use crate::model::{EntityKind, RelationKind};

use super::clause::clause_subject;
use super::item::{Finds, Item, find_word, money_in, next_entity, possessor_near};
use super::pattern::At;

/// How far after a lending verb its borrower may stand: "offered to loan
/// an additional $N (…) on top of the $M (…) that it offered yesterday to T".
const LEND_REACH: usize = 24;

/// How far before a loan noun its giving verb may stand: "providing T with
/// a AU$52.5 million (US$40.4 million) financial assistance package".
const GIVE_REACH: usize = 12;

/// True when entity `e` may lend, borrow, award or hold a contract: an
/// organisation, a state, or a MISC the tagger was unsure of.
fn party(at: &At<'_, '_>, e: usize) -> bool {
    matches!(
        at.kind(e),
        EntityKind::Org | EntityKind::Misc | EntityKind::Loc
    )
}

/// The first entity after `from` (within `reach` items) that is not `not`
/// and not governed by a word of `skip` ("from S", "by S").
fn object_after(at: &At<'_, '_>, from: usize, reach: usize, not: usize) -> Option<(usize, usize)> {
    let skip = &at.words().credit.from;
    (from..(from + reach).min(at.items.len())).find_map(|j| {
        let e = at.items[j].entity()?;
        let governed = j > 0 && skip.contains(at.items[j - 1].word());
        // "US $2.63 billion": a name glued to an amount marks its currency.
        let short = at.span(j).slice(at.ctx.text);
        let currency = matches!(at.items.get(j + 1), Some(Item::Money { .. }))
            && short.len() <= 3
            && short.chars().all(|c| c.is_ascii_uppercase());
        (e != not
            && !governed
            && !currency
            && !matches!(
                at.items[j],
                Item::Ent {
                    possessive: true,
                    ..
                }
            ))
        .then_some((j, e))
    })
}

/// The entities of a list starting at position `j` whose members may open
/// with an article: "A and the B", "A, the B and C".
fn described_list(at: &At<'_, '_>, mut j: usize) -> Vec<usize> {
    let (items, clause) = (at.items, &at.words().clause);
    let articles = &at.ctx.lang.resolve.determiners;
    let mut out = Vec::new();
    while let Some(e) = items.get(j).and_then(Item::entity) {
        out.push(e);
        let mut k = j + 1;
        while items
            .get(k)
            .is_some_and(|it| clause.list_separators.contains(it.word()))
        {
            k += 1;
        }
        if k == j + 1 {
            break;
        }
        if items.get(k).is_some_and(|it| articles.contains(it.word())) {
            k += 1;
        }
        j = k;
    }
    out
}

/// Lending verbs: "S lent T $N", "S will lend $N to T", "S bailed out T",
/// "S offered to loan $N … to T"; "T was bailed out by S".
pub(super) fn lend(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    let w = at.word();
    if !words.credit.lend.contains(w) {
        return;
    }
    // "loan" is a noun unless "to" or an auxiliary leads it.
    let prev = i.checked_sub(1).map_or("", |j| items[j].word());
    if words.credit.loan.contains(w) && !words.clause.between_subject_and_verb.contains(prev) {
        return;
    }
    let by = (i + 1..(i + 3).min(items.len()))
        .find(|&j| words.clause.passive_agent.contains(items[j].word()));
    let (lender, borrower, end) = if let Some(b) = by {
        let Some((j, s)) = next_entity(items, b + 1, 2) else {
            return;
        };
        (s, at.subject, j)
    } else {
        let Some(s) = at.subject else {
            return;
        };
        match object_after(at, i + 1, LEND_REACH, s) {
            Some((j, t)) => (s, Some(t), j),
            None => return,
        }
    };
    if let Some(t) = borrower.filter(|&t| party(at, t))
        && party(at, lender)
    {
        let money = money_in(items, i + 1..end.max(i + 1));
        out.add(RelationKind::LendsTo, lender, t, at.span(i), money, 0.75);
    }
}

/// Loan nouns, and capital given: "T will receive bridge loans from S", "a $N bailout of T by
/// S", "S's loan to T", "S announced a financial assistance package for
/// T", "S will provide T with a $N loan".
pub(super) fn loan(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i, n) = (at.items, at.i, at.items.len());
    let words = &at.words().credit;
    let capital = words.capital.contains(at.word());
    if !words.loan.contains(at.word()) && !capital {
        return;
    }
    let money = money_in(items, (i.saturating_sub(4)..i).chain(i + 1..(i + 6).min(n)));
    let from_at =
        find_word(items, i + 1, i + 5, &words.from).and_then(|p| next_entity(items, p + 1, 4));
    let from = from_at.map(|(_, e)| e);
    let to = find_word(items, i + 1, i + 3, &words.to)
        .and_then(|p| next_entity(items, p + 1, 3))
        .map(|(_, e)| e);
    // A giving verb before, with its recipient between it and the noun.
    let given = (i.saturating_sub(GIVE_REACH)..i)
        .rev()
        .find(|&j| words.give.contains(items[j].word()))
        .and_then(|g| object_after(at, g + 1, i - g, usize::MAX))
        .map(|(_, e)| e);
    let (lender, borrower) = match (to, from, given) {
        // Capital is given: "S will give T a capital infusion".
        (_, _, Some(t)) if capital => (at.subject, Some(t)),
        _ if capital => return,
        (Some(t), lender, _) => (lender.or(possessor_near(items, i)).or(at.subject), Some(t)),
        (None, Some(s), _) => (Some(s), at.subject),
        (None, None, Some(t)) => (possessor_near(items, i).or(at.subject), Some(t)),
        _ => return,
    };
    let kind = if capital {
        RelationKind::InvestedIn
    } else {
        RelationKind::LendsTo
    };
    // "from the government of Canada and the provincial government of
    // Ontario": every lender listed, each with its article.
    let lenders: Vec<usize> = match from_at {
        Some((j, e)) if lender == Some(e) => described_list(at, j),
        _ => lender.into_iter().collect(),
    };
    for s in lenders {
        if let Some(t) = borrower
            && party(at, s)
            && party(at, t)
        {
            out.add(kind, s, t, at.span(i), money, 0.7);
        }
    }
}

/// Contracts: "S wins a £13bn contract from T", "S won T's tanker
/// contract", "T awarded S a contract", "T awarded a contract to S", "S was
/// awarded a contract by T".
pub(super) fn contract(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i, n) = (at.items, at.i, at.items.len());
    let words = at.words();
    let credit = &words.credit;
    if !credit.contract.contains(at.word()) {
        return;
    }
    let verb = (i.saturating_sub(5)..i).rev().find(|&j| {
        let w = items[j].word();
        credit.win.contains(w) || credit.receive.contains(w) || credit.award.contains(w)
    });
    let Some(v) = verb else {
        return;
    };
    let after = |list: &crate::lang::WordList| {
        find_word(items, i + 1, i + 4, list)
            .and_then(|p| next_entity(items, p + 1, 3))
            .map(|(_, e)| e)
    };
    // The subject of the verb, not a name right before the noun.
    let subject = clause_subject(at.ctx.lang, items, v, at.ctx.kinds).or(at.subject);
    let awarded = credit.award.contains(items[v].word());
    let passive = v > 0 && words.pronoun.be.contains(items[v - 1].word());
    let (contractor, client) = if awarded && !passive {
        // "T awarded S a contract", "T awarded a contract to S".
        let between = (v + 1..i).find_map(|j| items[j].entity());
        (between.or_else(|| after(&credit.to)), subject)
    } else {
        // "S wins a contract from T", "S was awarded T's contract".
        // "S wins a £13bn Helio Bank contract": the name before the noun.
        let modifier = (i.saturating_sub(3)..i).rev().find_map(|j| {
            let between_words =
                (j + 1..i).all(|m| matches!(items[m], Item::Word { .. } | Item::Money { .. }));
            items[j]
                .entity()
                .filter(|&e| between_words && Some(e) != subject && j > v)
        });
        (
            subject,
            after(&credit.from)
                .or(possessor_near(items, i))
                .or(modifier),
        )
    };
    if let (Some(s), Some(t)) = (contractor, client)
        && party(at, s)
        && party(at, t)
    {
        let money = money_in(items, (v + 1..i).chain(i + 1..(i + 6).min(n)));
        out.add(RelationKind::ContractWith, s, t, at.span(i), money, 0.75);
    }
}

/// Contractors picked: "T selected S to build the aircraft", "T chose S
/// on Monday to supply engines": S holds T's contract.
pub(super) fn selected(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().credit;
    if !words.select.contains(at.word()) {
        return;
    }
    // "selected Los Angeles based S": the name a description leads to.
    let Some(j) = object_after(at, i + 1, 3, usize::MAX).map(|(j, _)| at.described(j)) else {
        return;
    };
    let Some(s) = items[j].entity() else {
        return;
    };
    // "to" and the work, after the contractor and any date ("on Monday").
    let prepositions = &at.ctx.lang.resolve.prepositions;
    let work = (j + 1..(j + 5).min(items.len())).find(|&k| {
        at.is(k, &words.to)
            && at.is(k + 1, &words.build)
            && (j + 1..k).all(|m| {
                matches!(items[m], Item::Date { .. }) || prepositions.contains(items[m].word())
            })
    });
    if work.is_some()
        && let Some(t) = at.subject
        && party(at, s)
        && party(at, t)
    {
        out.add(RelationKind::ContractWith, s, t, at.span(i), None, 0.65);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const CREDIT: &[RelationKind] = &[LendsTo, ContractWith, InvestedIn, Acquired];

    #[test]
    fn loans_and_bailouts() {
        check(
            CREDIT,
            &[
                (
                    "Helio Bank lent Zephyr Motors $3 billion.",
                    &[("Helio Bank", LendsTo, "Zephyr Motors")],
                ),
                (
                    "Helio Bank will lend $3 billion to Zephyr Motors.",
                    &[("Helio Bank", LendsTo, "Zephyr Motors")],
                ),
                (
                    "Zephyr Motors will receive bridge loans from Helio Bank.",
                    &[("Helio Bank", LendsTo, "Zephyr Motors")],
                ),
                (
                    "Zephyr Motors will receive loans from Helio Bank and the Nordvik Fund.",
                    &[
                        ("Helio Bank", LendsTo, "Zephyr Motors"),
                        ("Nordvik Fund", LendsTo, "Zephyr Motors"),
                    ],
                ),
                (
                    "Zephyr Motors and Quantix Inc. will receive loans from Helio Bank.",
                    &[
                        ("Helio Bank", LendsTo, "Zephyr Motors"),
                        ("Helio Bank", LendsTo, "Quantix Inc."),
                    ],
                ),
                (
                    "Helio Bank approved a $2 billion bailout of Zephyr Motors.",
                    &[("Helio Bank", LendsTo, "Zephyr Motors")],
                ),
                (
                    "Helio Bank will provide Quantix Inc. with a $50 million assistance package.",
                    &[("Helio Bank", LendsTo, "Quantix Inc.")],
                ),
                // Capital given is an investment.
                (
                    "Helio Bank will give Quantix Inc. a capital infusion of $30 billion.",
                    &[("Helio Bank", InvestedIn, "Quantix Inc.")],
                ),
                // A loan with no lender named relates nothing.
                ("Zephyr Motors will receive a loan.", &[]),
            ],
        );
    }

    #[test]
    fn contracts_awarded() {
        check(
            CREDIT,
            &[
                (
                    "Brightwater Systems wins a £13bn contract from Helio Bank.",
                    &[("Brightwater Systems", ContractWith, "Helio Bank")],
                ),
                (
                    "Helio Bank awarded Brightwater Systems a $2 billion contract.",
                    &[("Brightwater Systems", ContractWith, "Helio Bank")],
                ),
                (
                    "Helio Bank awarded a contract to Brightwater Systems.",
                    &[("Brightwater Systems", ContractWith, "Helio Bank")],
                ),
                (
                    "Brightwater Systems was awarded a contract by Helio Bank.",
                    &[("Brightwater Systems", ContractWith, "Helio Bank")],
                ),
                (
                    "Helio Bank selected Brightwater Systems on Monday to build the ships.",
                    &[("Brightwater Systems", ContractWith, "Helio Bank")],
                ),
                // Picked for a post is no contract.
                (
                    "Helio Bank selected Brightwater Systems as its partner.",
                    &[],
                ),
                (
                    "Brightwater Systems won a $2 billion Helio Bank contract.",
                    &[("Brightwater Systems", ContractWith, "Helio Bank")],
                ),
            ],
        );
    }
}
