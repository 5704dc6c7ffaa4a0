//! Lenders of gapped clauses after a lending verb's first amount: "S is
//! lending T 80 million crowns, A and B 35 million each, and C, the state
//! export fund, the remaining 30 million" — A, B and C lend to T as well,
//! each clause a lender (or a list of them) and an amount, its verb and
//! borrower left out.

use super::super::item::Item;
use super::super::pattern::At;

/// How many items an apposition after a gapped lender may run ("C, the
/// state export and investment fund,").
const APPOSITION: usize = 9;

/// How many plain words may stand before a gapped clause's amount ("the
/// remaining").
const AMOUNT_LEAD: usize = 2;

/// The lenders of the gapped clauses after the first clause's amount at
/// `money`, in order.
pub(super) fn gapped_lenders(at: &At<'_, '_>, money: usize) -> Vec<usize> {
    let items = at.items;
    let clause = &at.words().clause;
    let joins = |k: usize| {
        items.get(k).is_some_and(|it| {
            clause.list_separators.contains(it.word())
                || clause.list_conjunctions.contains(it.word())
        })
    };
    let mut out = Vec::new();
    let mut k = money + 1;
    // An amount's distributive word ("35 million each").
    let each = |k: usize| {
        let w = items.get(k).map_or("", Item::word);
        !w.is_empty() && at.ctx.lang.relate.reader.between.contains(w)
    };
    loop {
        if each(k) {
            k += 1;
        }
        // The clause's opening comma (and conjunction).
        if items.get(k).map(Item::word) != Some(",") {
            break;
        }
        while joins(k) {
            k += 1;
        }
        // Its lenders: "A and B".
        let mut lenders = Vec::new();
        while let Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) = items.get(k)
        {
            lenders.push(*entity);
            k += 1;
            if !joins(k) || items.get(k).map(Item::word) == Some(",") {
                break;
            }
            while joins(k) {
                k += 1;
            }
        }
        if lenders.is_empty() {
            break;
        }
        // "C, the state export fund, the remaining 30 million": past an
        // apposition to the comma that closes it.
        if items.get(k).map(Item::word) == Some(",") {
            // Unless the amount follows the comma right away ("A, 30
            // million").
            if amount(at, k + 1).is_none() {
                let close = (k + 1..(k + 1 + APPOSITION).min(items.len()))
                    .take_while(|&p| !matches!(items[p], Item::Money { .. }))
                    .find(|&p| items[p].word() == ",");
                let Some(close) = close else {
                    break;
                };
                k = close;
            }
            k += 1;
        }
        let lead = k;
        while k < lead + AMOUNT_LEAD && at.plain_word(k) {
            k += 1;
        }
        let Some(after) = amount(at, k) else {
            break;
        };
        out.extend(lenders);
        k = after;
    }
    out
}

/// The position after an amount at `k`: a money mention, or a bare number
/// and its scale word ("35 million", the currency left to the first
/// clause's).
fn amount(at: &At<'_, '_>, k: usize) -> Option<usize> {
    match at.items.get(k)? {
        Item::Money { .. } => Some(k + 1),
        Item::Word { word, .. }
            if word.chars().any(|c| c.is_ascii_digit())
                && word
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',') =>
        {
            let scale = at.items.get(k + 1).map_or("", Item::word);
            at.ctx
                .lang
                .money
                .scales
                .iter()
                .any(|(w, _)| w == scale)
                .then_some(k + 2)
        }
        _ => None,
    }
}
