//! Who pays whom: the steps that give each money figure its payer and
//! payee once the relations are read, in the order they run.

use super::{
    deal_payee, issue_payee, lede_payee, lenders, maker_payee, pay, place_parties, restatements,
    seller_payee, speaker_labels, stake_payee, withdrawn,
};
use crate::lang::Language;
use crate::model::{Entity, EntityKind, Mention, MoneyFact, Relation};
use crate::pipeline::segment::Segmentation;

mod bids;
mod comes_from;
mod fines;
mod suits;
mod supply_deals;

/// The language, the text, its sentences and its mentions.
type Page<'a> = (&'a Language, &'a str, &'a Segmentation, &'a [Mention]);

/// The entity of the party (among `parties`, in text order or not) named
/// last before token `j` of `tokens`, ending at most `reach` tokens before
/// it: the subject of a verb or noun the suits and fines read ("P has
/// twice before sued", "D also faces a $N fine").
fn party_before(
    tokens: &[crate::model::Span],
    parties: &[&Mention],
    j: usize,
    reach: usize,
) -> Option<usize> {
    let at = tokens.get(j)?;
    let from = tokens
        .get(j.saturating_sub(reach + 1))
        .map_or(at.start, |t| t.start);
    parties
        .iter()
        .filter(|m| m.span.end <= at.start && m.span.end > from)
        .max_by_key(|m| m.span.end)
        .and_then(|m| m.entity)
}

/// Gives the figures their parties from the relations and the sentences
/// (`withdrawn` marks the sentences whose statements were corrected).
pub(super) fn complete(
    page: Page<'_>,
    (entities, withdrawn): (&[Entity], &[bool]),
    relations: &mut Vec<Relation>,
    money: &mut [MoneyFact],
) {
    let (lang, text, seg, mentions) = page;
    pay::pay_parties(&lang.money, text, seg, mentions, relations, money);
    deal_payee::deal_payees(seg, mentions, relations, money);
    seller_payee::seller_payees(lang, text, seg, mentions, money);
    stake_payee::stake_payees(lang, text, seg, mentions, relations, money);
    lede_payee::lede_payees(lang, text, seg, mentions, money);
    issue_payee::issue_payees(lang, text, seg, mentions, money);
    maker_payee::maker_payees(lang, text, seg, mentions, money);
    // A lawsuit's damages and settlements: the one sued pays the one suing.
    suits::suit_parties(lang, text, seg, mentions, money);
    // A fine: the one fined pays the one that fines.
    fines::fine_parties(page, money);
    // An amount offered for a business: the business bid for.
    bids::bid_payees(page, relations, money);
    // "€N comes as a grant from M": M pays the borrower of the figures before.
    comes_from::come_from_payers(page, money);
    // "S signed a N deal to supply T": T pays S.
    supply_deals::supply_deal_parties(page, relations, money);
    place_parties::place_parties(
        &lang.money,
        &lang.rules.function_words,
        text,
        seg,
        mentions,
        money,
    );
    // Banks named as a group lend to the borrower.
    lenders::lead_lenders(page, entities, relations, money);
    // A conversion in brackets is the same money as the figure before it.
    restatements::restated_parties(&lang.money, text, mentions, money);
    withdrawn::clear_parties(withdrawn, seg, mentions, money);
    speaker_labels::clear_label_parties(text, seg, mentions, money);
    unfit_parties(entities, money);
}

/// Only an organisation, a person or a place (a state) pays or is paid: a
/// party of another kind is a word that describes the party ("to a Jewish
/// group" names the group by its faith, no one who pays), so the figure
/// has none on that side. A figure a relation carries keeps its parties.
fn unfit_parties(entities: &[Entity], money: &mut [MoneyFact]) {
    let fit = |e: &usize| {
        entities.get(*e).is_some_and(|e| {
            matches!(
                e.kind,
                EntityKind::Org | EntityKind::Person | EntityKind::Loc
            )
        })
    };
    for fact in money.iter_mut().filter(|f| f.relation.is_none()) {
        fact.investor = fact.investor.filter(fit);
        fact.recipient = fact.recipient.filter(fit);
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as check;

    #[test]
    fn a_word_that_only_describes_the_party_pays_no_one() {
        check(&[(
            "The daily said the men had wanted to sell the old scroll to a Jewish group \
             for five million pounds.",
            &[("five million pounds", None, None)],
        )]);
    }
}
