//! Who acts in a deal the deal rules found: the party advised on it, not
//! the adviser ("S advised B on its acquisition of T"); the maker of a
//! plan another approves ("the regulator approved a plan by B to buy T");
//! and the relative clause about the company bought, whose figures are
//! its own ("bought T, which had sales of $80m, for $400m").

use super::item::{Item, next_entity};
use super::pattern::At;

/// The items of a relative clause set off by commas right after the name
/// at `j` (", which had sales of $80m,"), its closing comma included; the
/// empty range right after the name when none opens there or it does not
/// close. The clause
/// closes at a comma before a small-letter word other than a conjunction,
/// not at one of a list ("which runs clinics in Madrid, Seville and Cádiz,
/// from X").
pub(super) fn relative_after(at: &At<'_, '_>, j: usize) -> std::ops::Range<usize> {
    let items = at.items;
    let clause = &at.words().clause;
    let opens = items.get(j + 1).is_some_and(|it| it.word() == ",")
        && at.is(j + 2, &clause.relative_pronouns);
    let closes = |k: usize| match items.get(k + 1) {
        Some(Item::Word { word, .. }) => {
            word.chars().next().is_some_and(char::is_lowercase)
                && !clause.list_conjunctions.contains(word)
        }
        _ => false,
    };
    let close = (j + 3..items.len()).find(|&k| items[k].word() == "," && closes(k));
    match close {
        Some(c) if opens => j + 1..c + 1,
        _ => j + 1..j + 1,
    }
}

/// The buyer of the deal word at `i`: its possessor `owner`, else the
/// clause's subject — unless the one advised or the plan's maker is named
/// apart from the subject: "S advised B on its acquisition of T" (B buys,
/// not the adviser), "the regulator approved a plan by B to buy T" (B, not
/// the one approving).
pub(super) fn buyer(at: &At<'_, '_>, i: usize, owner: Option<usize>) -> Option<usize> {
    match advised(at, i).or_else(|| undertaken(at, i)) {
        Some(b) => owner.filter(|&o| Some(o) != at.subject).or(b),
        None => owner.or(at.subject),
    }
}

/// For a verb of buying at `i` in the infinitive on a noun of an
/// undertaking ("a plan to buy T", "a plan by B to buy T"), who undertakes
/// it: `Some(Some(B))` for the noun's "by B" or "B's", `Some(None)` when the noun
/// is the object of a verb by which its subject does not make it its own
/// ("the regulator approved a plan to buy T"), `None` when the subject's
/// it is ("S reached an agreement to buy T", "its plan", "S said its board
/// approved a plan to buy T") or no such noun stands there.
fn undertaken(at: &At<'_, '_>, i: usize) -> Option<Option<usize>> {
    let (items, lang) = (at.items, at.ctx.lang);
    let deps = &lang.relate.deps.deals;
    if !at.is(i.checked_sub(1)?, &lang.relate.frame.infinitive) {
        return None;
    }
    // "a plan by B to buy T".
    let by = i
        .checked_sub(3)
        .filter(|&k| at.is(k, &lang.relate.clause.passive_agent));
    let n = by.map_or(i.checked_sub(2), |k| k.checked_sub(1))?;
    if !at.is(n, &deps.pledge) {
        return None;
    }
    if let Some(k) = by {
        return Some(items[k + 1].entity().filter(|&b| at.kind(b).can_relate()));
    }
    // "B's plan to buy T": B's; "its plan": the subject's.
    let d = n.checked_sub(1)?;
    match &items[d] {
        Item::Ent {
            entity,
            possessive: true,
            ..
        } => return Some(Some(*entity).filter(|&b| at.kind(b).can_relate())),
        Item::Word { word, .. } if lang.relate.pronoun.possessive.contains(word) => return None,
        _ => {}
    }
    let verb = if lang.resolve.determiners.contains(items[d].word()) {
        d.checked_sub(1)?
    } else {
        d
    };
    if at.is(verb, &deps.make) {
        return None;
    }
    // The one approving is the would-be buyer itself ("the regulator
    // approved"), not its own board or shareholders ("its board approved
    // a plan to buy T", where the company buys).
    let between = &lang.relate.clause.between_subject_and_verb;
    let approver = (0..verb)
        .rev()
        .find(|&k| !at.is(k, between))
        .and_then(|k| items[k].entity());
    (approver.is_some() && approver == at.subject).then_some(None)
}

/// How many items before a deal word a verb of advising on it may stand:
/// "advised Keltic Bank, the lender, on its planned $2bn acquisition".
const ADVISE_REACH: usize = 16;

/// The party advised on the deal at `i`: `Some(Some(B))` for "S advised B
/// on (its) acquisition of T", `Some(None)` for "S hired A to advise on a
/// stake in T" (no one named), `None` when no verb of advising comes
/// first. The adviser, the clause's subject, takes no part in the deal.
pub(super) fn advised(at: &At<'_, '_>, i: usize) -> Option<Option<usize>> {
    let items = at.items;
    let k = (i.saturating_sub(ADVISE_REACH)..i)
        .rev()
        .find(|&k| at.is(k, &at.words().deals.advise))?;
    let named = next_entity(items, k + 1, 3)
        .filter(|&(j, _)| j < i)
        .map(|(j, _)| at.named_after(j));
    // In the deal word's clause, past an apposition of the one advised
    // ("advised B, the UK's largest operator, on its acquisition"); not
    // "S, which advised on X's merger, agreed to buy T".
    let comma = |m: usize| items[m].word() == ",";
    let set_off = named.is_some_and(|j| items.get(j + 1).is_some_and(|it| it.word() == ","));
    if !set_off && (k..i).any(comma) {
        return None;
    }
    Some(
        named
            .and_then(|j| at.past_place(j))
            .filter(|&b| at.kind(b).can_relate()),
    )
}

/// The possessive name before the noun at `i` across plain words and an
/// amount: "S's proposed $13.2 billion acquisition", "S's separate $800
/// million purchase".
pub(super) fn owner_across(items: &[Item], i: usize) -> Option<usize> {
    for j in (i.saturating_sub(5)..i).rev() {
        match &items[j] {
            Item::Ent {
                entity,
                possessive: true,
                ..
            } => return Some(*entity),
            Item::Money { .. } => {}
            Item::Word { word, .. } if word.chars().all(char::is_alphabetic) => {}
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const DEALS: &[RelationKind] = &[InvestedIn, Acquired, Supplies, StakeIn];

    #[test]
    fn an_adviser_takes_no_part_in_the_deal() {
        check(
            DEALS,
            &[
                (
                    "Brightwater Legal advised Keltic Foods on its $400 million acquisition of Orbit Labs.",
                    &[("Keltic Foods", Acquired, "Orbit Labs")],
                ),
                (
                    "Brightwater Legal advises Keltic Foods on $400 million acquisition of Orbit Labs",
                    &[("Keltic Foods", Acquired, "Orbit Labs")],
                ),
                (
                    "Brightwater Legal has advised Keltic Foods, the largest baker in Wales, on its acquisition of Orbit Labs from Quantix Partners.",
                    &[("Keltic Foods", Acquired, "Orbit Labs")],
                ),
                (
                    "Zephyr Corp. hired the investment bank Quantix Partners to advise on a stake in Orbit Labs.",
                    &[],
                ),
                // Without an adviser the subject still buys.
                (
                    "Keltic Foods completed its $400 million acquisition of Orbit Labs.",
                    &[("Keltic Foods", Acquired, "Orbit Labs")],
                ),
            ],
        );
    }

    #[test]
    fn a_plan_approved_is_its_makers() {
        check(
            DEALS,
            &[
                (
                    "The European Commission approved a plan to acquire Orbit Labs.",
                    &[],
                ),
                (
                    "The European Commission approved a plan by Keltic Foods to buy Orbit Labs for $300 million.",
                    &[("Keltic Foods", Acquired, "Orbit Labs")],
                ),
                (
                    "The European Commission approved Keltic Group's plan to buy Orbit Labs.",
                    &[("Keltic Group", Acquired, "Orbit Labs")],
                ),
                (
                    "Keltic Foods reached an agreement to buy Orbit Labs.",
                    &[("Keltic Foods", Acquired, "Orbit Labs")],
                ),
                (
                    "Keltic Foods said its plan to buy Orbit Labs was on track.",
                    &[("Keltic Foods", Acquired, "Orbit Labs")],
                ),
                (
                    "Keltic Foods said its board had approved a plan to buy Orbit Labs.",
                    &[("Keltic Foods", Acquired, "Orbit Labs")],
                ),
            ],
        );
    }

    #[test]
    fn a_figure_about_the_company_bought_is_not_its_price() {
        // The figure of T's relative clause names no payment (the price
        // after it is read by other patterns, not checked here).
        let parties = crate::pipeline::tests::money_parties(
            "Keltic Foods bought Orbit Labs, which had sales of $80 million last year, for $400 million.",
        );
        assert_eq!(
            parties.first(),
            Some(&("$80 million".to_owned(), None, None))
        );
        crate::pipeline::tests::check_money_figures(&[(
            "Brightwater Legal advised Keltic Foods on its $400 million acquisition of Orbit Labs.",
            &[("$400 million", Some("Keltic Foods"), Some("Orbit Labs"))],
        )]);
    }
}
