//! Offers and bids: an amount an offer or bid noun governs ("a £N offer for
//! T from S", "an offer of about €N", "S's $N takeover bid") is what the
//! bidder would pay. The bidder is the one "from" names or the noun's
//! possessor, else the subject of a verb that makes or withdraws the offer
//! ("S made an offer of $N"); the one bid for is paid: "for T", else the
//! subject of a verb that answers the offer ("T turned down a $N offer from
//! S", "T has attracted an offer of €N from S"). After a noun of buying
//! "from S" names the seller ("a $N purchase from S"); after an offer it
//! names the buyer, so the offer's reading outranks the noun's and the
//! verb's. A winner of an auction with a bid pays the owner of what it
//! bids for.

use super::clause::clause_subject;
use super::context::Context;
use super::frame_objects::object_after;
use super::frame_refs::{Class, Framed, bid_at, owner_before, party_after};
use super::item::{Item, possessor_near};

/// How many items behind an amount its offer noun may stand ("a 3.2
/// billion euro takeover offer").
const NOUN_AFTER: usize = 2;

/// How many items of the noun phrase may stand between the verb and the
/// amount or its noun ("turned down a revised cash offer").
const VERB_GAP: usize = 3;

/// Gives the amount at `k` the parties of the offer or bid it is: the
/// auction's winner and the owner (`class` is the verb's, `noun` and `verb`
/// what the noun and the verb read), else the offer's own reading.
pub(super) fn bid_parties(
    ctx: &Context<'_>,
    items: &[Item],
    k: usize,
    (class, noun, verb): (Option<Class>, &Framed, &Framed),
    framed: &mut Framed,
) {
    // "S wins the auction for T's masts with a $N bid": the winner of a
    // bid pays what it bid, to the owner of what it bids for.
    if class == Some(Class::Get)
        && noun.payer.is_none()
        && noun.payee.is_none()
        && bid_at(ctx, items, k)
        && let Some(owner) = owner_before(ctx, items, k)
    {
        (framed.payer, framed.payee) = (verb.payee, Some(owner));
        return;
    }
    let Some((payer, payee)) = offer_at(ctx, items, k) else {
        return;
    };
    let keep = |guess: Option<usize>, other: Option<usize>| guess.filter(|&e| Some(e) != other);
    framed.payer = payer.or_else(|| keep(framed.payer, payee));
    framed.payee = payee.or_else(|| keep(framed.payee, payer));
    framed.seller = false;
}

/// The bidder and the one bid for of the offer the amount at `k` is, when
/// an offer noun governs it and the sentence names either.
fn offer_at(ctx: &Context<'_>, items: &[Item], k: usize) -> Option<(Option<usize>, Option<usize>)> {
    let words = &ctx.lang.relate.frame;
    let word = |p: usize| items.get(p).map_or("", Item::word);
    // "a $N offer", "a $N takeover bid" (no "rights offer").
    let after = (k + 1..(k + 1 + NOUN_AFTER).min(items.len()))
        .take_while(|&p| matches!(items[p], Item::Word { .. }))
        .take_while(|&p| !words.offer_not_bids.contains(word(p)))
        .find(|&p| words.offer_nouns.contains(word(p)));
    // "an offer of (about) $N".
    let before = (1..=2)
        .filter_map(|d| k.checked_sub(d))
        .find(|&o| words.of.contains(word(o)))
        .filter(|&o| (o + 1..k).all(|p| matches!(items[p], Item::Word { .. })))
        .filter(|&o| o > 0 && words.offer_nouns.contains(word(o - 1)));
    let noun = after.or(before.map(|o| o - 1))?;
    let start = noun.min(k);
    let behind = noun.max(k) + 1;
    let from = bidder_from(ctx, items, behind);
    let bought = party_after(ctx, items, behind, &ctx.lang.relate.deals.acquire_of);
    let possessor = possessor_near(items, start);
    let (verb, makes) = offer_verb(ctx, items, start).unzip();
    let subject = verb.and_then(|j| clause_subject(ctx.lang, items, j, ctx.kinds));
    // "S withdrew its $N offer": the maker named outranks what "its" was
    // taken for.
    let payer = from
        .or(subject.filter(|_| makes == Some(true)))
        .or(possessor);
    let payee = bought
        .or(subject.filter(|_| makes == Some(false)))
        .filter(|&e| Some(e) != payer);
    (payer.is_some() || payee.is_some()).then_some((payer, payee))
}

/// How many items after the offer its "from" may stand ("for the chain
/// from S").
const FROM_REACH: usize = 5;

/// The bidder "from" names right after the offer (which ends before
/// `behind`), past what it bids for ("a $N offer for the chain from S"),
/// not in a later phrase ("a bid of $N with backing from S").
fn bidder_from(ctx: &Context<'_>, items: &[Item], behind: usize) -> Option<usize> {
    let words = &ctx.lang.relate.frame;
    let prepositions = &ctx.lang.resolve.prepositions;
    let end = (behind + FROM_REACH).min(items.len());
    for p in behind..end {
        let word = items[p].word();
        if matches!(items[p], Item::Money { .. }) || words.boundary.contains(word) {
            return None;
        }
        if words.from.contains(word) {
            return object_after(ctx, items, p + 1, p + 1 + FROM_REACH);
        }
        let bid_for = p == behind && ctx.lang.relate.deals.acquire_of.contains(word);
        if prepositions.contains(word) && !bid_for {
            return None;
        }
    }
    None
}

/// The verb right before the offer's noun phrase (which opens at
/// `start`), with whether it makes the offer (true) or answers it (false):
/// "made an offer", "turned down a $N offer", "rejected the bid".
fn offer_verb(ctx: &Context<'_>, items: &[Item], start: usize) -> Option<(usize, bool)> {
    let words = &ctx.lang.relate.frame;
    for j in (start.saturating_sub(VERB_GAP + 1)..start).rev() {
        let Item::Word { word, .. } = &items[j] else {
            // A possessive pronoun or name belongs to the phrase ("its
            // $N offer"); any other name ends the search.
            if matches!(
                items[j],
                Item::Ent {
                    possessive: true,
                    ..
                }
            ) {
                continue;
            }
            return None;
        };
        if words.boundary.contains(word) {
            return None;
        }
        if words.offer_makers.contains(word) {
            return Some((j, true));
        }
        if words.offer_answers.contains(word) {
            return Some((j, false));
        }
        if words.offer_particles.contains(word)
            && j > 0
            && words.offer_answers.contains(items[j - 1].word())
        {
            return Some((j - 1, false));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties;

    #[test]
    fn the_bidder_pays_and_the_one_bid_for_is_paid() {
        check_money_parties(&[
            (
                "In 2029 Tallow Print Ltd turned down a £90 million offer for the business \
                 from the investment firm Quarrend Capital.",
                (
                    "£90 million",
                    Some("Quarrend Capital"),
                    Some("Tallow Print Ltd"),
                ),
            ),
            (
                "Mirelle Foods rejected a bid of $300 million from Barnet Group on Monday.",
                ("$300 million", Some("Barnet Group"), Some("Mirelle Foods")),
            ),
            (
                "Zürich-based Kelvara AG has attracted an offer of about 12 million euros \
                 from the grower Naivasha Rosen.",
                (
                    "12 million euros",
                    Some("Naivasha Rosen"),
                    Some("Kelvara AG"),
                ),
            ),
        ]);
    }

    #[test]
    fn the_maker_of_an_offer_pays() {
        check_money_parties(&[
            (
                "Analysts said the carmaker Huanxi Motors had made an offer of about \
                 €1 billion.",
                ("€1 billion", Some("Huanxi Motors"), None),
            ),
            (
                "Brennfeld AG withdrew its 3.2 billion euro takeover offer on Friday.",
                ("3.2 billion euro", Some("Brennfeld AG"), None),
            ),
        ]);
    }

    #[test]
    fn an_offer_of_securities_is_no_bid() {
        let got = crate::pipeline::tests::money_parties(
            "Tarrow Mining rejected a $40 million rights offer last year.",
        );
        assert_ne!(got[0].2.as_deref(), Some("Tarrow Mining"));
    }
}
