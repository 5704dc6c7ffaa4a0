//! Contracts signed: "S signed a $N contract with T to make set-top boxes"
//! — the one the work after "to" is for is S, the client; T, named after
//! "with" and before the work, is the contractor. A contract signed "with
//! T" and no work names no side (partners sign with each other).

use crate::model::{EntityKind, RelationKind};

use super::clause::clause_subject;
use super::item::{Finds, Item, money_in, next_entity};
use super::pattern::At;

/// How many items before the contract noun its verb of signing may stand
/// ("signed a five-year $N supply contract").
const SIGN_REACH: usize = 6;

/// At a contract noun: "S signed a $N contract with T to build …" makes T
/// the contractor and S the client, with the amount between the verb and
/// the noun.
pub(super) fn signed(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let credit = &at.words().credit;
    let Some(v) = (i.saturating_sub(SIGN_REACH)..i)
        .rev()
        .take_while(|&j| matches!(items[j], Item::Word { .. } | Item::Money { .. }))
        .find(|&j| credit.sign.contains(items[j].word()))
    else {
        return;
    };
    if !at.is(i + 1, &credit.contract_with) {
        return;
    }
    let Some((t_at, contractor)) = next_entity(items, i + 2, 2) else {
        return;
    };
    // The work after the contractor: "to make", "to supply".
    if !(at.is(t_at + 1, &credit.to) && at.is(t_at + 2, &credit.build)) {
        return;
    }
    let Some(client) = clause_subject(at.ctx.lang, items, v, at.ctx.kinds).or(at.subject) else {
        return;
    };
    let party = |e: usize| {
        matches!(
            at.kind(e),
            EntityKind::Org | EntityKind::Misc | EntityKind::Loc
        )
    };
    if party(client) && party(contractor) {
        let money = money_in(items, v + 1..i);
        out.add(
            RelationKind::ContractWith,
            contractor,
            client,
            at.span(i),
            money,
            0.7,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn the_one_signed_with_to_do_the_work_is_the_contractor() {
        check(
            &[ContractWith],
            &[
                (
                    "Kessmore Systems signed a $1 billion contract with Quantix Inc. to make set-top boxes.",
                    &[("Quantix Inc.", ContractWith, "Kessmore Systems")],
                ),
                // No work named: no side.
                (
                    "Kessmore Systems signed a contract with Quantix Inc. last week.",
                    &[],
                ),
            ],
        );
    }
}
