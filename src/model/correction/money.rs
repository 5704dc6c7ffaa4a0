//! Corrections to a money figure: its amount, currency and parties.

use super::{Correction, MoneyRecord};
use crate::model::{Analysis, MoneyFact, Provenance};

/// What a money figure should say: the amount, the currency and who pays
/// whom (entity indices).
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyEdit {
    /// The amount in units of `currency`.
    pub value: f64,
    /// ISO 4217 code; trimmed and upper-cased.
    pub currency: String,
    /// Entity index of who pays.
    pub payer: Option<usize>,
    /// Entity index of who receives.
    pub payee: Option<usize>,
}

impl MoneyEdit {
    /// What a figure says now, as an edit to start from.
    pub fn of(f: &MoneyFact) -> Self {
        Self {
            value: f.value,
            currency: f.currency.clone(),
            payer: f.investor,
            payee: f.recipient,
        }
    }
}

fn record(a: &Analysis, f: &MoneyFact) -> MoneyRecord {
    let name = |e: Option<usize>| e.map(|e| a.entity_name(e).to_owned());
    MoneyRecord {
        value: f.value,
        currency: f.currency.clone(),
        payer: name(f.investor),
        payee: name(f.recipient),
    }
}

/// Sets a money figure's amount, currency, payer and payee, and marks its
/// mention `manual`. Refused when nothing changes, the amount is negative or
/// not a number, the currency is blank, a party is not an entity, or the
/// payer is the payee.
pub fn edit_money(a: &mut Analysis, fact: usize, edit: &MoneyEdit) -> Option<Correction> {
    let currency = edit.currency.trim().to_uppercase();
    let valid_party = |e: Option<usize>| e.is_none_or(|e| e < a.entities.len());
    if !edit.value.is_finite()
        || edit.value < 0.0
        || currency.is_empty()
        || !valid_party(edit.payer)
        || !valid_party(edit.payee)
        || (edit.payer.is_some() && edit.payer == edit.payee)
    {
        return None;
    }
    let before = a.money.get(fact)?.clone();
    let mut after = before.clone();
    after.value = edit.value;
    after.currency = currency;
    after.investor = edit.payer;
    after.recipient = edit.payee;
    if after == before {
        return None;
    }
    let (from, to) = (record(a, &before), record(a, &after));
    let span = a.mentions.get(before.mention)?.span;
    let text = a.text(span).to_owned();
    a.money[fact] = after;
    if let Some(m) = a.mentions.get_mut(before.mention) {
        m.source = Provenance::Manual;
        m.confidence = 1.0;
    }
    Some(Correction::EditMoney {
        text,
        span,
        from,
        to,
    })
}
