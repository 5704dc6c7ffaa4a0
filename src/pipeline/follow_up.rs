//! Follow-ups: an amount told in the sentence right after a deal, with one
//! party named by a verb of paying or receiving ("S agreed to buy T from H.
//! S will pay $N in cash"; "L ordered ten ships from Y. Y will be paid $N
//! over the contract's term"), takes the other party from that deal: a
//! payer that is the deal's payer pays the deal's payee (the seller where
//! one is named), a payee that is the deal's payee is paid by its payer.
//! Part of the figures stage.

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Relation, RelationKind, Span};

use super::current_deal::{Told, current_deal, held_since};
use super::headline::{HEADLINE_WORDS, reads_as_headline};
use super::prices::words_around;
use super::segment::Segmentation;

/// How many words after "from" the seller of a deal may be named ("from
/// its founding family's holding company, H").
const SELLER_REACH: usize = 10;

/// How many words after the amount its "for" may stand ("$N in cash for
/// the business").
const FOR_REACH: usize = 3;

/// The `(payer, payee)` of the deals of the deal being talked about, and
/// whether it was told further back than the sentence before.
pub(super) type Before = (Vec<(Option<usize>, Option<usize>)>, bool);

/// How many words before the amount its verb of paying may stand, a
/// qualifier between ("paid about €N").
const VERB_REACH: usize = 2;

/// How many tokens after the amount its "to" may stand ("$N in cash to
/// the owner").
const TO_REACH: usize = 4;

/// How many tokens an amount restated in brackets may take ("($12.1
/// million)").
const BRACKET_REACH: usize = 8;

/// The parties of the money mention `i` at `span` in sentence `s`, which
/// has only `payer` or only `payee`, completed from `before`: the
/// `(payer, payee)` of the deal being talked about, and whether it was
/// told further back than the sentence before. A payer is completed only
/// when the amount pays for nothing new ("for a plant", "on a plant"), its
/// sentence names no one besides the deal's parties before the amount or
/// in its clause, no one unnamed is paid ("$N to the owner"), and, for a
/// deal told further back, a verb of paying governs it ("S will pay €N").
/// A payee is completed from the deal of the sentence before only.
pub(super) fn completed(
    (lang, text, seg, mentions): (&Language, &str, &Segmentation, &[Mention]),
    (s, span): (usize, Span),
    (payer, payee): (Option<usize>, Option<usize>),
    (before, far): &Before,
) -> Option<(usize, usize)> {
    match (payer, payee) {
        (Some(p), None) => {
            if *far && !paid_by_verb(lang, text, seg, s, span) {
                return None;
            }
            let (_, q) = before.iter().find(|d| d.0 == Some(p))?;
            let q = (*q).filter(|&q| q != p)?;
            // A name before the amount, or after it in its clause, may be
            // the one paid; one in a later clause is not ("S is paying $N
            // in cash and will take on $M of T's debt").
            let sentence = seg.sentences.get(s)?.span;
            let clause = amount_clause(lang, text, seg, s, span)?;
            let stranger = mentions.iter().any(|m| {
                matches!(m.kind, EntityKind::Org | EntityKind::Person)
                    && m.span.within(sentence)
                    && (m.span.end <= span.start || m.span.within(clause))
                    && m.entity.is_some_and(|e| e != p && e != q)
            });
            let unnamed = paid_to_unnamed(lang, text, seg, s, span);
            (!stranger && !unnamed && !pays_for_new(lang, text, seg, s, span)).then_some((p, q))
        }
        // The payee named in the amount's own sentence ("Y will be paid
        // $N"), not one its frame took from elsewhere ("The partners will
        // invest $N": the venture).
        (None, Some(q)) => {
            let sentence = seg.sentences.get(s)?.span;
            let named = mentions
                .iter()
                .any(|m| m.entity == Some(q) && m.span.within(sentence));
            let (p, _) = before
                .iter()
                .find(|d| d.1 == Some(q))
                .filter(|_| named && !*far)?;
            (*p).filter(|&p| p != q).map(|p| (p, q))
        }
        _ => None,
    }
}

/// `(payer, payee)` of each deal of the deal being talked about in
/// sentence `s` ([`current_deal`]), by `parties`, then of its figures
/// with both parties, and whether it was told further back than the
/// sentence before; a purchase paid to the business bought takes the
/// seller its sentence names after "from" instead.
pub(super) fn deals_before(
    page: (&Language, &str, &Segmentation, &[Mention]),
    s: usize,
    told: Told<'_>,
    parties: impl Fn(usize) -> (Option<usize>, Option<usize>),
) -> Before {
    let Some((b, deals, figures)) = current_deal(page, s, told) else {
        return (Vec::new(), false);
    };
    let listed = deals
        .into_iter()
        .map(|r| {
            let x = &told.relations[r];
            let (p, q) = parties(r);
            let bought = q.filter(|&q| q == x.target);
            let seller = bought
                .and_then(|_| seller_of(page, x).or_else(|| restated_seller(page, (b, s), x)));
            // Holders told since are the sellers: no one payee.
            let held = bought.is_some_and(|t| held_since(page, (b, s), told.relations, (p, t)));
            (
                p,
                if held && seller.is_none() {
                    None
                } else {
                    seller.or(q)
                },
            )
        })
        .chain(figures.into_iter().map(|(p, q)| (Some(p), Some(q))))
        .collect();
    (listed, b + 1 < s)
}

/// The seller a sentence after the deal's (`b`) and before the amount's
/// (`s`) names when it tells the purchase again ("S has bought 15% of T
/// from H"): after "from", past the business bought.
fn restated_seller(
    page: (&Language, &str, &Segmentation, &[Mention]),
    (b, s): (usize, usize),
    deal: &Relation,
) -> Option<usize> {
    let (_, _, seg, mentions) = page;
    (b + 1..s).find_map(|k| {
        let sentence = seg.sentences.get(k)?.span;
        let named = |e: usize| {
            mentions
                .iter()
                .filter(|m| m.entity == Some(e) && m.span.within(sentence))
                .map(|m| m.span)
                .next_back()
        };
        named(deal.source)?;
        let target = named(deal.target)?;
        let told = Relation {
            evidence: sentence,
            trigger: target,
            ..deal.clone()
        };
        seller_of(page, &told)
    })
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

/// Marks that end a clause.
const CLAUSE_MARKS: [&str; 7] = [",", ";", ":", "(", ")", "—", "–"];

/// The clause of sentence `s` the amount at `span` stands in: from the
/// mark or the list conjunction before a small-letter word (a verb: "and
/// will take on") before it to the one after it.
fn amount_clause(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    s: usize,
    span: Span,
) -> Option<Span> {
    let conjunctions = &lang.relate.clause.list_conjunctions;
    let sentence = seg.sentences.get(s)?;
    let tokens = &seg.tokens[sentence.tokens.clone()];
    let at = tokens.partition_point(|t| t.end <= span.start);
    let ends = |k: usize| {
        let w = tokens[k].slice(text);
        CLAUSE_MARKS.contains(&w)
            || conjunctions.contains(w)
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.slice(text).starts_with(|c: char| c.is_lowercase()))
    };
    let start = (0..at)
        .rev()
        .find(|&k| ends(k))
        .map_or(sentence.span.start, |k| tokens[k].end);
    let end = (at..tokens.len())
        .find(|&k| tokens[k].start >= span.end && ends(k))
        .map_or(sentence.span.end, |k| tokens[k].start);
    Some(Span::new(start, end.max(start)))
}

/// True when a verb of paying stands right before the amount at `span`
/// in sentence `s`, a qualifier between ("paid about €N").
fn paid_by_verb(lang: &Language, text: &str, seg: &Segmentation, s: usize, span: Span) -> bool {
    let Some((before, _)) = words_around(text, seg, s, span, VERB_REACH) else {
        return false;
    };
    before
        .iter()
        .rev()
        .find(|w| !lang.money.qualifiers.contains(w))
        .is_some_and(|w| lang.money.paying.contains(w))
}

/// True when "to" and a determiner stand shortly after the amount at
/// `span`, past its restatement in brackets: a payee the frame could not
/// read ("$N in cash to the rod maker's owner, X").
fn paid_to_unnamed(lang: &Language, text: &str, seg: &Segmentation, s: usize, span: Span) -> bool {
    let Some(sentence) = seg.sentences.get(s) else {
        return false;
    };
    let tokens = &seg.tokens[sentence.tokens.clone()];
    let mut at = tokens.partition_point(|t| t.start < span.end);
    // Past the amount restated in brackets: "£N ($M) in cash to the …".
    if tokens.get(at).is_some_and(|t| t.slice(text) == "(")
        && let Some(close) =
            (at..(at + BRACKET_REACH).min(tokens.len())).find(|&k| tokens[k].slice(text) == ")")
    {
        at = close + 1;
    }
    let to = &lang.relate.payments.to;
    (at..(at + TO_REACH).min(tokens.len())).any(|k| {
        to.contains_lowercase(tokens[k].slice(text))
            && tokens
                .get(k + 1)
                .is_some_and(|n| lang.money.payee_openers.contains_lowercase(n.slice(text)))
    })
}

/// True when a "for" or "on" shortly after the amount at `span` opens
/// something new, not a reference back ("$N for a new plant", "$N on a
/// plant", not "$N for the shares", "for them").
fn pays_for_new(lang: &Language, text: &str, seg: &Segmentation, s: usize, span: Span) -> bool {
    let Some((_, after)) = words_around(text, seg, s, span, FOR_REACH + 1) else {
        return false;
    };
    let payments = &lang.relate.payments;
    after
        .iter()
        .take(FOR_REACH)
        .position(|w| payments.paid_for.contains(w) || lang.money.spent_on.contains(w))
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
            // Two sentences on, the deal is still the one talked about.
            (
                "Keltic Foods agreed to buy Orla Media. Orla Media makes ropes. \
                 Keltic Foods will pay 40 million euros in cash.",
                &[("40 million euros", Some("Keltic Foods"), Some("Orla Media"))],
            ),
        ]);
    }
}
