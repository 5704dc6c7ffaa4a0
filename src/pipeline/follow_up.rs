//! Follow-ups: an amount told in the sentence right after a deal, with one
//! party named by a verb of paying or receiving ("S agreed to buy T from H.
//! S will pay $N in cash"; "L ordered ten ships from Y. Y will be paid $N
//! over the contract's term"), takes the other party from that deal: a
//! payer that is the deal's payer pays the deal's payee (the seller where
//! one is named), a payee that is the deal's payee is paid by its payer.
//! Part of the figures stage.

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Relation, RelationKind, Span};

use super::deal_refs::deals_in;
use super::headline::{HEADLINE_WORDS, reads_as_headline};
use super::prices::words_around;
use super::segment::Segmentation;

/// How many words after "from" the seller of a deal may be named ("from
/// its founding family's holding company, H").
const SELLER_REACH: usize = 10;

/// How many words after the amount its "for" may stand ("$N in cash for
/// the business").
const FOR_REACH: usize = 3;

/// The parties of the money mention `i` at `span` in sentence `s`, which
/// has only `payer` or only `payee`, completed from `before`: the
/// `(payer, payee)` of the deals the sentence before tells. A payer is
/// completed only when the amount pays for nothing new ("for a plant")
/// and its sentence names no one besides the deal's parties.
pub(super) fn completed(
    (lang, text, seg, mentions): (&Language, &str, &Segmentation, &[Mention]),
    (s, span): (usize, Span),
    (payer, payee): (Option<usize>, Option<usize>),
    before: &[(Option<usize>, Option<usize>)],
) -> Option<(usize, usize)> {
    match (payer, payee) {
        (Some(p), None) => {
            let (_, q) = before.iter().find(|d| d.0 == Some(p))?;
            let q = (*q).filter(|&q| q != p)?;
            let sentence = seg.sentences.get(s)?.span;
            let stranger = mentions.iter().any(|m| {
                matches!(m.kind, EntityKind::Org | EntityKind::Person)
                    && m.span.within(sentence)
                    && m.entity.is_some_and(|e| e != p && e != q)
            });
            (!stranger && !pays_for_new(lang, text, seg, s, span)).then_some((p, q))
        }
        // The payee named in the amount's own sentence ("Y will be paid
        // $N"), not one its frame took from elsewhere ("The partners will
        // invest $N": the venture).
        (None, Some(q)) => {
            let sentence = seg.sentences.get(s)?.span;
            let named = mentions
                .iter()
                .any(|m| m.entity == Some(q) && m.span.within(sentence));
            let (p, _) = before.iter().find(|d| d.1 == Some(q)).filter(|_| named)?;
            (*p).filter(|&p| p != q).map(|p| (p, q))
        }
        _ => None,
    }
}

/// `(payer, payee)` of each deal the sentence before `s` tells, by
/// `parties`; a purchase paid to the business bought takes the seller its
/// sentence names after "from" instead.
pub(super) fn deals_before(
    (lang, text, seg, mentions): (&Language, &str, &Segmentation, &[Mention]),
    s: usize,
    relations: &[Relation],
    parties: impl Fn(usize) -> (Option<usize>, Option<usize>),
) -> Vec<(Option<usize>, Option<usize>)> {
    let Some(before) = s.checked_sub(1).and_then(|b| seg.sentences.get(b)) else {
        return Vec::new();
    };
    deals_in(before.span, relations)
        .map(|r| {
            let x = &relations[r];
            let (p, q) = parties(r);
            let seller = q
                .filter(|&q| q == x.target)
                .and_then(|_| seller_of((lang, text, seg, mentions), x));
            (p, seller.or(q))
        })
        .collect()
}

/// The seller a purchase's sentence names after its trigger, for a deal
/// paid to the business bought: the first organisation or person shortly
/// after "from" ("acquire T, which farms salmon, from its founding
/// family's holding company, H"); none where a second follows it ("from A
/// and B").
pub(super) fn seller_of(
    (lang, text, seg, mentions): (&Language, &str, &Segmentation, &[Mention]),
    deal: &Relation,
) -> Option<usize> {
    if !matches!(deal.kind, RelationKind::Acquired | RelationKind::StakeIn) {
        return None;
    }
    let s = seg.sentence_index(deal.evidence.start);
    let sentence = seg.sentences.get(s)?;
    let tokens = &seg.tokens[sentence.tokens.clone()];
    let from = tokens.iter().position(|t| {
        t.start >= deal.trigger.end && lang.relate.payments.from.contains_lowercase(t.slice(text))
    })?;
    let until = tokens
        .get(from + SELLER_REACH)
        .map_or(sentence.span.end, |t| t.start);
    let mut parties = mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Org | EntityKind::Person))
        .filter(|m| m.span.start >= tokens[from].end && m.span.start < until)
        .filter(|m| {
            m.entity
                .is_some_and(|e| e != deal.source && e != deal.target)
        });
    let seller = parties.next()?;
    // "from A and the insurer B": several sellers, no one payee.
    let separators = &lang.relate.clause.list_separators;
    let listed = parties.next().is_some_and(|m| {
        text.get(seller.span.end..m.span.start).is_some_and(|gap| {
            gap.split_whitespace()
                .any(|w| separators.contains_lowercase(w))
        })
    });
    seller.entity.filter(|_| !listed)
}

/// A figure stated twice for one purchase (headline and body), paid to
/// the business where one statement names the seller ("X buys T for $N";
/// "X has agreed to buy T from H for $N"), is paid to that seller in both.
/// The statement naming the seller may carry no deal: "X will pay $N for
/// T, the unit of H" over "X to pay $N for H's unit"; "X raised its stake
/// in T, paying $N for shares held by H" over "X lifts stake in T for $N".
pub(super) fn sellers_for_repeats(
    mentions: &[Mention],
    facts: &mut [MoneyFact],
    relations: &[Relation],
) {
    let bought = |f: &MoneyFact| f.relation.map(|r| relations[r].target);
    // A seller is a company or a person, never a place a headline's
    // clipped grammar read as paid.
    let party = |e: usize| {
        mentions
            .iter()
            .any(|m| m.entity == Some(e) && matches!(m.kind, EntityKind::Org | EntityKind::Person))
    };
    for k in 0..facts.len() {
        let f = &facts[k];
        let Some(target) = bought(f).filter(|&t| f.recipient == Some(t)) else {
            continue;
        };
        let seller = facts.iter().find_map(|g| {
            (g.currency == f.currency
                && (g.value - f.value).abs() <= f64::EPSILON * f.value.abs()
                && g.investor.is_some()
                && g.investor == f.investor
                && (bought(g) == Some(target) || g.relation.is_none()))
            .then_some(g.recipient)
            .flatten()
            .filter(|&h| h != target && party(h))
        });
        if let Some(h) = seller {
            facts[k].recipient = Some(h);
        }
    }
}

/// A headline's figure that no deal carries, stated again in the body
/// where a deal carries it with both parties ("X buys T for €38m" over "X
/// has bought T, which makes casks in P, for €38 million"), has the body's
/// parties: the headline's grammar is clipped ("X buys P cooperage T for
/// €38m" read P as the one paid), the body's is not.
pub(super) fn headline_repeats(
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    facts: &mut [MoneyFact],
) {
    let sentence = |f: &MoneyFact| {
        mentions
            .get(f.mention)
            .map(|m| seg.sentence_index(m.span.start))
    };
    let in_headline = |f: &MoneyFact| {
        sentence(f)
            .and_then(|s| seg.sentences.get(s))
            .is_some_and(|x| reads_as_headline(x.span.slice(text), HEADLINE_WORDS))
    };
    for k in 0..facts.len() {
        let f = &facts[k];
        if f.relation.is_some() || f.per.is_some() || !in_headline(f) {
            continue;
        }
        let mut stated = facts.iter().filter(|g| {
            g.relation.is_some()
                && g.per.is_none()
                && g.currency == f.currency
                && (g.value - f.value).abs() <= 1e-9 * f.value.abs().max(1.0)
                && sentence(g) > sentence(f)
                && g.investor.is_some()
                && g.recipient.is_some()
        });
        let Some(g) = stated.next() else {
            continue;
        };
        // Two deals of one amount: no telling which the headline means.
        if stated.any(|h| (h.investor, h.recipient) != (g.investor, g.recipient)) {
            continue;
        }
        // "X to pay $N for H's unit": a possessor the headline names owns
        // what is bought and is paid; the body may name the unit instead.
        let headline = sentence(f)
            .and_then(|s| seg.sentences.get(s))
            .map(|x| x.span);
        let owner = |e: Option<usize>| {
            mentions.iter().any(|m| {
                m.entity.is_some()
                    && m.entity == e
                    && headline.is_some_and(|h| m.span.within(h))
                    && text[m.span.end..].starts_with(['\'', '’'])
            })
        };
        if owner(f.recipient) {
            continue;
        }
        let parties = (g.investor, g.recipient);
        (facts[k].investor, facts[k].recipient) = parties;
    }
}

/// True when a "for" shortly after the amount at `span` opens something
/// new, not a reference back ("$N for a new plant", not "$N for the
/// shares", "for them").
fn pays_for_new(lang: &Language, text: &str, seg: &Segmentation, s: usize, span: Span) -> bool {
    let Some((_, after)) = words_around(text, seg, s, span, FOR_REACH + 1) else {
        return false;
    };
    let payments = &lang.relate.payments;
    after
        .iter()
        .take(FOR_REACH)
        .position(|w| payments.paid_for.contains(w))
        .and_then(|k| after.get(k + 1))
        .is_some_and(|w| lang.money.new_objects.contains(w))
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as check;

    #[test]
    fn a_purchase_is_paid_to_the_seller_named_after_from() {
        check(&[
            // Past a relative clause; the headline's statement too.
            (
                "Keltic Foods buys Orla Media for $90 million\n\n\
                 Keltic Foods has agreed to buy Orla Media, which makes ropes in two towns, \
                 from the private equity firm Helio Partners for $90 million, the companies said on Tuesday.",
                &[("$90 million", Some("Keltic Foods"), Some("Helio Partners"))],
            ),
        ]);
    }

    #[test]
    fn a_purchase_stated_twice_is_paid_to_the_seller_either_statement_names() {
        check(&[
            // The headline names the seller by its possessive, the body the
            // business bought and, in apposition, its owner.
            (
                "Keltic Foods to pay $90 million for Helio Partners' rope arm\n\n\
                 Keltic Foods will pay $90 million for Orla Media, the rope business of \
                 Helio Partners, the companies said on Tuesday.",
                &[("$90 million", Some("Keltic Foods"), Some("Helio Partners"))],
            ),
            // The body names the holder of the shares bought.
            (
                "Keltic Foods lifts stake in Orla Media to 19.9% for $90 million\n\n\
                 Keltic Foods said on Monday it had raised its stake in Orla Media to 19.9% \
                 from 14.2%, paying $90 million for shares held by the hedge fund Helio Partners.",
                &[("$90 million", Some("Keltic Foods"), Some("Helio Partners"))],
            ),
        ]);
    }

    #[test]
    fn an_amount_after_a_deal_takes_the_party_its_sentence_leaves_out() {
        check(&[
            // The buyer pays the seller the deal names.
            (
                "Keltic Foods agreed to buy Orla Media from Helio Partners. \
                 Keltic Foods will pay 40 million euros in cash.",
                &[(
                    "40 million euros",
                    Some("Keltic Foods"),
                    Some("Helio Partners"),
                )],
            ),
            (
                "Vantmoor Group has bought 15% of Orla Media from Helio Partners, the companies said. \
                 Vantmoor paid €41 million for the shares.",
                &[(
                    "€41 million",
                    Some("Vantmoor Group"),
                    Some("Helio Partners"),
                )],
            ),
            // A place that only says where the seller is names no seller.
            (
                "Keltic Foods agreed to buy Orla Media from the Lisbon-based private equity \
                 firm Helio Partners. Keltic Foods will pay 40 million euros in cash.",
                &[(
                    "40 million euros",
                    Some("Keltic Foods"),
                    Some("Helio Partners"),
                )],
            ),
            // The seller may be named far after "from".
            (
                "Keltic Foods has struck a deal to acquire Orla Media, which makes ropes at two sites, \
                 from its founding family's holding company, Helio Invest. \
                 Keltic Foods will pay 49 million crowns in cash.",
                &[(
                    "49 million crowns",
                    Some("Keltic Foods"),
                    Some("Helio Invest"),
                )],
            ),
            // Money for something new is no part of the deal.
            (
                "Keltic Foods agreed to buy Orla Media. \
                 Keltic Foods will pay 5 million euros for a new warehouse.",
                &[("5 million euros", Some("Keltic Foods"), None)],
            ),
            // Nor where the sentence names another party.
            (
                "Keltic Foods agreed to buy Orla Media. \
                 Keltic Foods will pay 5 million euros to Brenmoor Logistics.",
                &[(
                    "5 million euros",
                    Some("Keltic Foods"),
                    Some("Brenmoor Logistics"),
                )],
            ),
            // Two sentences on, the deal is not the amount's.
            (
                "Keltic Foods agreed to buy Orla Media. Orla Media makes ropes. \
                 Keltic Foods will pay 40 million euros in cash.",
                &[("40 million euros", Some("Keltic Foods"), None)],
            ),
        ]);
    }
}
