//! Loans, bailouts, aid and contracts: lends to (lender → borrower),
//! contract with (contractor → client).

use crate::model::{EntityKind, RelationKind};

use super::clause::clause_subject;
use super::item::{Finds, Item, apposed_name, find_word, money_in, next_entity, possessor_near};
use super::pattern::At;

mod gapped;
mod group;
mod places;

use places::{past_place, place_party};

/// How far after a lending verb its borrower may stand: "offered to loan
/// an additional $N (…) on top of the $M (…) that it offered yesterday to T".
const LEND_REACH: usize = 24;

/// How far before a loan noun its giving verb may stand: "providing T with
/// a AU$52.5 million (US$40.4 million) financial assistance package".
const GIVE_REACH: usize = 12;

/// How far after a loan noun "from" and its lender may stand: "$450
/// million of financing for the first six jets from S".
const FROM_REACH: usize = 8;

/// How far before a contract noun its verb may stand when amounts stand
/// between: "defeated X for a US$40 billion (GB £20.1 billion) contract".
const CONTRACT_REACH: usize = 10;

/// The name an apposition gives a lender's description at `j` ("from
/// the local savings bank, Holm Sparkasse."); else `(j, e)`.
fn past_description(at: &At<'_, '_>, j: usize, e: usize) -> (usize, usize) {
    apposed_name(at.ctx.text, at.ctx.mentions, at.items, j)
        .filter(|&(_, n)| n != e && at.is_org(n))
        .unwrap_or((j, e))
}

/// How far past the work a contract is for ("to cook and deliver lunches
/// for its 86 schools and 140 day-care centres", "to build and operate a
/// desalination plant and a pipeline to its mine near Z") the same
/// preposition may name the contractor.
const WORK_REACH: usize = 20;

/// "awarded a contract to build and run X's record to S", "handed the
/// contract to cook lunches for its schools to the caterer S": when the word at
/// `p` opens the work (`to` and a verb of `build`), the next same word that
/// a name follows, with no name but a possessive ("its") or a place
/// ("near Z") between.
fn past_work(at: &At<'_, '_>, p: usize) -> Option<(usize, usize)> {
    let items = at.items;
    if !at.is(p + 1, &at.words().credit.build) {
        return None;
    }
    let word = items[p].word();
    let q = (p + 2..(p + WORK_REACH).min(items.len()))
        .take_while(|&k| match items[k] {
            Item::Ent {
                entity,
                possessive: false,
                ..
            } => at.kind(entity) == EntityKind::Loc,
            _ => true,
        })
        // "a pipeline to its mine to S": not the work's own "to X's".
        .find(|&k| {
            items[k].word() == word
                && !matches!(
                    items.get(k + 1),
                    Some(Item::Ent {
                        possessive: true,
                        ..
                    })
                )
                && !at.is(k + 1, &at.ctx.lang.relate.pronoun.possessive)
        })?;
    // "… to the Heidelberg caterer S": past describing words.
    let j = next_entity(items, group::past_group(at, q + 1), 1)
        .map(|(j, _)| j)
        .or_else(|| at.described_object(q + 1).map(|j| at.named_after(j)))?;
    let e = items[j].entity()?;
    Some((j, at.past_place(j).unwrap_or(e)))
}

/// The entity right before the verb at `v`, with only auxiliaries, adverbs
/// and dates between, of any kind that may lend (a state too).
fn verb_subject(at: &At<'_, '_>, v: usize) -> Option<usize> {
    let between = &at.words().clause.between_subject_and_verb;
    for j in (v.saturating_sub(6)..v).rev() {
        match &at.items[j] {
            Item::Date { .. } => {}
            Item::Word { word, .. } if between.contains(word) => {}
            Item::Ent {
                entity,
                possessive: false,
                ..
            } => return party(at, *entity).then_some(*entity),
            _ => return None,
        }
    }
    None
}

/// A verb of receiving or winning before the noun at `i`, with no name
/// between: "T won $N in grants", "T received loans".
fn receiving_before(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let credit = &at.words().credit;
    (i.saturating_sub(GIVE_REACH)..i)
        .rev()
        .take_while(|&j| at.items[j].entity().is_none())
        .find(|&j| {
            let w = at.items[j].word();
            credit.receive.contains(w) || credit.win.contains(w)
        })
}

/// True when entity `e` stands among the items before position `v`.
fn stands_before(at: &At<'_, '_>, e: usize, v: usize) -> bool {
    at.items[..v.min(at.items.len())]
        .iter()
        .any(|it| it.entity() == Some(e))
}

/// True when entity `e`'s first reference before position `v` stands
/// inside a relative clause set off by commas ("The deal, which needs the
/// approval of T, is financed with a loan from L"): no subject of the
/// clause that goes on after it.
fn inside_relative(at: &At<'_, '_>, e: usize, v: usize) -> bool {
    let items = &at.items[..v.min(at.items.len())];
    let Some(p) = items.iter().position(|it| it.entity() == Some(e)) else {
        return false;
    };
    let relative = &at.words().clause.relative_pronouns;
    let opened = items[..p]
        .iter()
        .rposition(|it| it.word() == ",")
        .is_some_and(|c| {
            items
                .get(c + 1)
                .is_some_and(|it| relative.contains(it.word()))
        });
    opened && items[p + 1..].iter().any(|it| it.word() == ",")
}

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

/// How many describing words may stand between a listed member's article
/// and its name ("and the Austrian builder B").
const DESCRIBING_REACH: usize = 3;

/// The entities of a list starting at position `j` whose members may open
/// with an article and describing words: "A and the B", "A, the B and C",
/// "A and the Austrian builder B".
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
            // "A and the Austrian builder B": describing words after the
            // article.
            let describing = |it: &Item| match it {
                Item::Word { word, .. } => {
                    word.chars().all(char::is_alphabetic)
                        && !at.ctx.lang.resolve.prepositions.contains(word)
                }
                Item::Ent { entity, .. } => at.kind(*entity) == EntityKind::Nationality,
                _ => false,
            };
            let skipped = (k..(k + DESCRIBING_REACH).min(items.len()))
                .take_while(|&m| describing(&items[m]))
                .count();
            if items.get(k + skipped).and_then(Item::entity).is_some() {
                k += skipped;
            }
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
    // "search and rescue helicopters", "a rescue": a noun, not a lending verb.
    if words.clause.list_conjunctions.contains(prev)
        || at.ctx.lang.resolve.determiners.contains(prev)
    {
        return;
    }
    let agent = |j: usize| words.clause.passive_agent.contains(items[j].word());
    // "will be lent to T by S": the borrower before the agent.
    let recipient = at
        .is(i + 1, &words.credit.to)
        .then(|| next_entity(items, i + 2, 2))
        .flatten()
        .filter(|&(j, _)| j + 1 < items.len() && agent(j + 1));
    let by = (i + 1..(i + 3).min(items.len()))
        .find(|&j| agent(j))
        .or(recipient.map(|(j, _)| j + 1));
    let (lender, borrower, end) = if let Some(b) = by {
        let Some((j, s)) = next_entity(items, b + 1, 2) else {
            return;
        };
        (s, recipient.map(|(_, t)| t).or(at.subject), j)
    } else {
        // The lender stands before the verb ("a plan to bail out T failed to
        // pass S" names no lender).
        let Some(s) = at.subject.filter(|&s| stands_before(at, s, i)) else {
            return;
        };
        // "are lending it €3m, with a guarantee from F": a borrower no
        // one resolved is not some name further on.
        if items
            .get(i + 1)
            .is_some_and(|it| at.ctx.lang.relate.pronoun.wants(it.word()).is_some())
        {
            return;
        }
        match object_after(at, i + 1, LEND_REACH, s)
            .and_then(|(j, t)| place_party(at, j, t).map(|(_, p)| (j, p)))
        {
            Some((j, t)) => (s, Some(t), j),
            None => return,
        }
    };
    if let Some(t) = borrower.filter(|&t| party(at, t))
        && party(at, lender)
    {
        let money = money_in(items, i + 1..end.max(i + 1));
        out.add(RelationKind::LendsTo, lender, t, at.span(i), money, 0.75);
        // "S is lending T N, A and B M each": the gapped clauses' lenders.
        if by.is_none() && matches!(items.get(end + 1), Some(Item::Money { .. })) {
            for g in gapped::gapped_lenders(at, end + 1) {
                if g != t && party(at, g) {
                    out.add(RelationKind::LendsTo, g, t, at.span(i), None, 0.7);
                }
            }
        }
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
    // "$N from the S region and a loan from L": an amount a name or a
    // "from" stands between is another's, not the loan's.
    let before = (i.saturating_sub(4)..i)
        .find(|&j| matches!(items[j], Item::Money { .. }))
        .filter(|&j| {
            !items[j..i]
                .iter()
                .any(|x| matches!(x, Item::Ent { .. }) || words.from.contains(x.word()))
        });
    let money = money_in(items, before.into_iter().chain(i + 1..(i + 6).min(n)));
    let from_at = find_word(items, i + 1, i + FROM_REACH, &words.from)
        .and_then(|p| next_entity(items, p + 1, 4))
        .map(|(j, e)| past_place(at, j, e))
        .and_then(|(j, e)| place_party(at, j, e))
        .map(|(j, e)| past_description(at, j, e));
    let from = from_at.map(|(_, e)| e);
    // "a loan to India's T": the borrower is T, not its country.
    let to = find_word(items, i + 1, i + 3, &words.to)
        .and_then(|p| next_entity(items, p + 1, 3))
        .map(|(j, e)| past_place(at, j, e))
        .and_then(|(j, e)| place_party(at, j, e))
        .map(|(_, e)| e);
    // A giving verb before, with its recipient between it and the noun.
    let given = (i.saturating_sub(GIVE_REACH)..i)
        .rev()
        .find(|&j| words.give.contains(items[j].word()))
        .and_then(|g| object_after(at, g + 1, i - g, usize::MAX))
        .map(|(_, e)| e);
    // The giver is the subject of the giving verb, a state too ("Germany
    // had granted it €1.1 billion in state aid").
    let giver = (i.saturating_sub(GIVE_REACH)..i)
        .rev()
        .find(|&j| words.give.contains(items[j].word()))
        .and_then(|g| verb_subject(at, g));
    // "T won $N in grants for X (from S)": the subject of a verb of
    // receiving is the borrower, never the lender.
    let received = receiving_before(at, i);
    // The sentence's subject is a party only when it stands before the noun.
    let subject = at
        .subject
        .filter(|&e| stands_before(at, e, i) && !inside_relative(at, e, i));
    let (lender, borrower) = match (to, from, given) {
        _ if received.is_some() => match from {
            Some(s) => (
                Some(s),
                received
                    .and_then(|r| clause_subject(at.ctx.lang, items, r, at.ctx.kinds))
                    .or(subject),
            ),
            None => return,
        },
        // Capital is given: "S will give T a capital infusion".
        (_, _, Some(t)) if capital => (giver.or(subject), Some(t)),
        _ if capital => return,
        (Some(t), lender, _) => (lender.or(possessor_near(items, i)).or(subject), Some(t)),
        (None, Some(s), _) => (Some(s), subject),
        (None, None, Some(t)) => (possessor_near(items, i).or(giver).or(subject), Some(t)),
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
    // "won a $2 billion deal": a deal or tender is a contract when won.
    let won_only = credit.contract_won.contains(at.word());
    if !won_only && !credit.contract.contains(at.word()) {
        return;
    }
    let is_verb = |j: usize| {
        let w = items[j].word();
        credit.win.contains(w)
            || (!won_only && credit.receive.contains(w))
            || credit.award.contains(w)
            || credit.beat.contains(w)
    };
    // Further back only across amounts: "defeated X for a US$40 billion
    // (GB £20.1 billion) contract".
    let verb = (i.saturating_sub(5)..i)
        .rev()
        .find(|&j| is_verb(j))
        .or_else(|| {
            (i.saturating_sub(CONTRACT_REACH)..i)
                .rev()
                .find(|&j| is_verb(j) && (j..i).any(|m| matches!(items[m], Item::Money { .. })))
        });
    let Some(v) = verb else {
        return;
    };
    // "won approval for its deal with T" wins no deal: nothing but
    // describing words and amounts between the verb and a won-only noun.
    let prepositions = &at.ctx.lang.resolve.prepositions;
    if won_only && (v + 1..i).any(|m| prepositions.contains(items[m].word())) {
        return;
    }
    // "to Humber firm S": a place before a noun and a name only says
    // where the party is; the party is the name.
    let after = |list: &crate::lang::WordList| {
        find_word(items, i + 1, i + 4, list).and_then(|p| {
            // "to a consortium of A and B": the members.
            next_entity(items, group::past_group(at, p + 1), 3)
                .and_then(|(j, _)| at.past_place(j))
                .or_else(|| past_work(at, p).map(|(_, e)| e))
        })
    };
    // The subject of the verb, not a name right before the noun.
    let subject = clause_subject(at.ctx.lang, items, v, at.ctx.kinds).or(at.subject);
    let awarded = credit.award.contains(items[v].word());
    // "has awarded" is active, "was awarded" passive.
    let passive = v > 0 && words.roles.passive_be.contains(items[v - 1].word());
    // "a contract to supply (the) T": the one the work is for.
    let work_for = find_word(items, i + 1, i + 2, &credit.to)
        .filter(|&p| at.is(p + 1, &credit.build))
        .and_then(|p| next_entity(items, p + 2, 2))
        .map(|(_, e)| e);
    let (contractors, client) = if awarded && !passive {
        // "T awarded S a contract", "T awarded a contract to S": T stands
        // before the verb ("the decision to award the contract to S" names
        // no client). "awarded A and the builder B a contract": each.
        let between = (v + 1..i).find(|&j| items[j].entity().is_some());
        (
            between.map_or_else(
                || after(&credit.to).into_iter().collect(),
                |j| described_list(at, j),
            ),
            subject.filter(|&t| stands_before(at, t, v)),
        )
    } else if credit.beat.contains(items[v].word()) {
        // "S defeated X for a contract to supply T".
        (
            subject.into_iter().collect(),
            work_for.or_else(|| after(&credit.from)),
        )
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
        // "S won a contract with T": after a verb of winning, "with" names
        // the client (a deal with T may be a partnership).
        let with = (!won_only && credit.win.contains(items[v].word()))
            .then(|| after(&credit.contract_with))
            .flatten();
        // "S wins a contract for T's new stadium": the one the work is for.
        let built_for = || {
            after(&words.payments.paid_for)
                .filter(|&t| Some(t) != subject && at.kind(t) == EntityKind::Org)
        };
        (
            subject.into_iter().collect::<Vec<_>>(),
            after(&credit.from)
                .or(with)
                .or(possessor_near(items, i))
                .or(modifier)
                .or_else(built_for),
        )
    };
    let money = money_in(items, (v + 1..i).chain(i + 1..(i + 6).min(n)));
    for s in contractors {
        if let Some(t) = client
            && party(at, s)
            && party(at, t)
        {
            out.add(RelationKind::ContractWith, s, t, at.span(i), money, 0.75);
        }
    }
}

/// How many items after a verb of asking its amount may stand: "might
/// need as much as $N".
const ASK_REACH: usize = 6;

/// Money asked for: "T asked S for $N in aid", "T seeks $N in loans from
/// S", "T might need as much as $N from S": S lends to T.
pub(super) fn ask(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i, n) = (at.items, at.i, at.items.len());
    let words = at.words();
    if !words.credit.ask.contains(at.word()) {
        return;
    }
    let Some(t) = clause_subject(at.ctx.lang, items, i, at.ctx.kinds)
        .or(at.subject)
        .filter(|&t| stands_before(at, t, i) && party(at, t))
    else {
        return;
    };
    let money_at =
        (i + 1..(i + ASK_REACH).min(n)).find(|&j| matches!(items[j], Item::Money { .. }));
    let lender = match next_entity(items, i + 1, 2) {
        // "asked S for $N": the one asked, then "for" and an amount or aid.
        Some((j, s)) => at
            .is(j + 1, &words.payments.paid_for)
            .then(|| {
                let end = (j + 2 + ASK_REACH).min(n);
                (j + 2..end).any(|k| {
                    matches!(items[k], Item::Money { .. })
                        || words.credit.loan.contains(items[k].word())
                })
            })
            .filter(|&asked| asked)
            .map(|_| (s, money_in(items, j + 2..(j + 2 + ASK_REACH).min(n)))),
        // "seeks $N (in loans) from S".
        None => money_at.and_then(|m| {
            find_word(items, m + 1, m + 5, &words.credit.from)
                .filter(|&f| (m + 1..f).all(|k| items[k].entity().is_none()))
                .and_then(|f| next_entity(items, f + 1, 3))
                .map(|(j, e)| (past_place(at, j, e).1, money_in(items, m..m + 1)))
        }),
    };
    if let Some((s, money)) = lender
        && party(at, s)
    {
        out.add(RelationKind::LendsTo, s, t, at.span(i), money, 0.65);
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
mod tests;
