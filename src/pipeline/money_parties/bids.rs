//! Bids: an amount offered for a business with no payee named ("a
//! consortium which would offer about $N", "its rival D, which had offered
//! about $N", "made an offer of about €N") is offered for the business bid
//! for: the one a bid's "for" names in its sentence or a few before ("P
//! plans to rival H in bidding for T"; the headline "Group to bid for T"),
//! else the business of the deal being talked about ("S agreed to buy T.
//! … S had outbid its rival D, which had offered $N"; a deal told negated,
//! "did not intend to make an offer for T", is none), paid to its seller
//! where the deal names one (GUIDE: the seller of a business, or the
//! business itself if no seller is named). Read for figures no deal
//! carries and no frame gave a payee, after the frames and deals.

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Relation, RelationKind, Span, Status};
use crate::pipeline::current_deal::{Told, current_deal};
use crate::pipeline::deal_payee::open_figures;
use crate::pipeline::follow_up::seller_of;
use crate::pipeline::segment::Segmentation;

/// How many sentences before the amount's a bid's "for" may name what is
/// bid for (the headline and lead of a short story).
const BID_REACH: usize = 6;

/// How many tokens before the amount its word of offering may stand,
/// plain words between ("made an offer of about $N").
const OFFER_REACH: usize = 3;

/// How many tokens after a bid's "for" the business's name may start
/// ("bidding for Polish state-owned press distribution chain T").
const FOR_REACH: usize = 8;

/// How many tokens before a word of offering a negation unsays the bid
/// ("did not intend to make an offer for T").
const NEGATION_REACH: usize = 5;

/// Gives each figure with no payee, no deal and no unit, offered by a word
/// of offering right before it, the business bid for, unless that is its
/// payer.
pub fn bid_payees(
    page: (&Language, &str, &Segmentation, &[Mention]),
    relations: &[Relation],
    money: &mut [MoneyFact],
) {
    let (lang, text, seg, mentions) = page;
    for (fact, amount) in open_figures(money, mentions) {
        let s = seg.sentence_index(amount.span.start);
        if !offered(lang, text, seg, s, amount.span) {
            continue;
        }
        let told = Told {
            relations,
            figures: &[],
        };
        let target = (s.saturating_sub(BID_REACH)..=s)
            .rev()
            .find_map(|k| bid_for(lang, text, seg, mentions, k, amount.span))
            .or_else(|| {
                let (_, deals, _) = current_deal(page, s, told)?;
                let deal = deals
                    .iter()
                    .map(|&r| &relations[r])
                    .filter(|x| x.status != Status::Negated)
                    .rfind(|x| matches!(x.kind, RelationKind::Acquired | RelationKind::StakeIn))?;
                seller_of(page, deal).or(Some(deal.target))
            });
        if let Some(t) = target.filter(|&t| fact.investor != Some(t)) {
            fact.recipient = Some(t);
        }
    }
}

/// True when a word of offering stands right before the amount at `span`
/// of sentence `s`, plain words between ("offered about $N", "an offer of
/// €N").
fn offered(lang: &Language, text: &str, seg: &Segmentation, s: usize, span: Span) -> bool {
    let Some(sentence) = seg.sentences.get(s) else {
        return false;
    };
    let tokens = &seg.tokens[sentence.tokens.clone()];
    let first = tokens.partition_point(|t| t.end <= span.start);
    (first.saturating_sub(OFFER_REACH)..first)
        .rev()
        .find(|&k| {
            lang.money
                .bids
                .offer
                .contains_lowercase(tokens[k].slice(text))
        })
        .is_some_and(|k| {
            tokens[k + 1..first].iter().all(|t| {
                let w = t.slice(text);
                !w.is_empty() && w.chars().all(char::is_lowercase)
            })
        })
}

/// The business a bid's "for" names in sentence `s` ("bidding for T", "an
/// offer for T"), before the amount at `span` where it is the amount's
/// sentence: the first company after "for", past plain and describing
/// words only; none where a negation stands shortly before the bid.
fn bid_for(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    s: usize,
    span: Span,
) -> Option<usize> {
    let sentence = seg.sentences.get(s)?;
    let tokens = &seg.tokens[sentence.tokens.clone()];
    let words = &lang.money.bids;
    let word = |j: usize| tokens.get(j).map_or("", |t| t.slice(text));
    (0..tokens.len()).find_map(|j| {
        if !words.offer.contains_lowercase(word(j))
            || !words.bid_for.contains_lowercase(word(j + 1))
        {
            return None;
        }
        // "did not intend to make an offer for T": no bid is told.
        let negated = (j.saturating_sub(NEGATION_REACH)..j)
            .any(|k| lang.relate.status.negation.contains_lowercase(word(k)));
        if negated {
            return None;
        }
        let from = tokens.get(j + 2)?.start;
        let until = tokens
            .get(j + 2 + FOR_REACH)
            .map_or(sentence.span.end, |t| t.start)
            .min(if span.within(sentence.span) {
                span.start
            } else {
                sentence.span.end
            });
        let company = mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Org && m.entity.is_some())
            .filter(|m| m.span.start >= from && m.span.start < until)
            .min_by_key(|m| m.span.start)?;
        // Nothing but words and describing names before it ("Polish").
        let plain = text
            .get(from..company.span.start)
            .is_some_and(|gap| !gap.contains([',', ';', '(', ')']));
        plain.then_some(company.entity).flatten()
    })
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::{check_money_figures, check_money_parties};

    #[test]
    fn an_offer_is_paid_for_the_business_bid_for() {
        // The business a bid's "for" names in the sentence before.
        check_money_parties(&[(
            "A Polish group plans to rival Kordbank in bidding for the state-owned newsstand chain Ruchnet SA. \
             The consortium would offer about $120 million, the daily said.",
            ("$120 million", None, Some("Ruchnet SA")),
        )]);
        // A bid not made names no business bid for.
        check_money_parties(&[(
            "Kestel Group said it did not intend to make an offer for Ruchnet SA. \
             The firm had been weighing a bid of about £1.3bn, people familiar with the matter said.",
            ("£1.3bn", None, None),
        )]);
        // A rival's offer for the business of the deal told before.
        check_money_figures(&[(
            "Harlow Motors said on Tuesday that it had agreed to buy the software company Brenner Systems for 900 million euros. \
             Harlow Motors had outbid its rival Kestel Group, which had offered about 800 million euros.",
            &[
                (
                    "900 million euros",
                    Some("Harlow Motors"),
                    Some("Brenner Systems"),
                ),
                (
                    "800 million euros",
                    Some("Kestel Group"),
                    Some("Brenner Systems"),
                ),
            ],
        )]);
    }
}
