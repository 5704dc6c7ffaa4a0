//! Lenders named as a group: "a loan from a group of banks led by A and
//! B", "a credit line that A and B extended to it", "A and B will provide
//! the financing". Each named bank lends to the borrower (`lends_to`): the
//! credit figure's payee, else the sentence's opening subject ("S will
//! borrow most of the cost from …"), else, in a sentence that refers to a
//! deal ("The order will be financed by …"), the buyer of the deal being
//! talked about. The credit figure of the sentence is paid by the one
//! lender named, by no one when two are (GUIDE: two payers, `null`).
//! Read after the payee stages, before the funding relations.

use crate::lang::Language;
use crate::model::{
    Entity, EntityKind, Mention, MoneyFact, Provenance, Relation, RelationKind, Span, Status,
};

use super::current_deal::{Told, current_deal, nearest_deal};
use super::funding::funding_word;
use super::segment::Segmentation;

/// How many tokens before "led by" its noun of lenders may stand ("a
/// group of five banks led by").
const GROUP_REACH: usize = 4;

/// How many tokens after the names the verb of lending may stand ("that
/// A and B have extended").
const VERB_REACH: usize = 2;

/// How many small-letter words may stand between "led by" and the first
/// name ("led by the state lender A").
const DESCRIBED: usize = 4;

/// The page the stage reads.
type Page<'a> = (&'a Language, &'a str, &'a Segmentation, &'a [Mention]);

/// Adds a `lends_to` relation from each lender a sentence names as a group
/// to the borrower, and gives the sentence's credit figure its lender.
pub fn lead_lenders(
    page: Page<'_>,
    entities: &[Entity],
    relations: &mut Vec<Relation>,
    money: &mut [MoneyFact],
) {
    let (lang, text, seg, mentions) = page;
    let org = |e: usize| entities.get(e).is_some_and(|x| x.kind == EntityKind::Org);
    // The mentions in text order, read a sentence at a time.
    let mut ordered: Vec<&Mention> = mentions.iter().collect();
    ordered.sort_by_key(|m| m.span.start);
    for (s, sentence) in seg.sentences.iter().enumerate() {
        let tokens = &seg.tokens[sentence.tokens.clone()];
        let from = ordered.partition_point(|m| m.span.start < sentence.span.start);
        let to = ordered.partition_point(|m| m.span.start < sentence.span.end);
        let Some((lenders, trigger, opening)) =
            named_lenders(lang, text, tokens, &ordered[from..to])
        else {
            continue;
        };
        if !lenders.iter().all(|&e| org(e)) {
            continue;
        }
        let credit: Vec<usize> = (0..money.len())
            .filter(|&f| {
                let fact = &money[f];
                fact.per.is_none()
                    && mentions.get(fact.mention).is_some_and(|m| {
                        m.span.within(sentence.span)
                            && funding_word(lang, text, seg, m.span)
                                .is_some_and(|(k, _)| k == RelationKind::LendsTo)
                    })
            })
            .collect();
        let borrower = credit
            .iter()
            .find_map(|&f| money[f].recipient)
            .or_else(|| {
                (!opening)
                    .then(|| opening_subject(tokens, &ordered[from..to]))
                    .flatten()
            })
            .or_else(|| deal_buyer(page, s, (relations, money), opening));
        let Some(b) = borrower.filter(|&b| org(b) && !lenders.contains(&b)) else {
            continue;
        };
        for &l in &lenders {
            let joined = relations
                .iter()
                .any(|r| (r.source, r.target) == (l, b) || (r.source, r.target) == (b, l));
            if !joined {
                relations.push(Relation {
                    kind: RelationKind::LendsTo,
                    source: l,
                    target: b,
                    evidence: sentence.span,
                    trigger,
                    money: None,
                    date: None,
                    status: Status::Completed,
                    confidence: 0.6,
                    provenance: Provenance::Rule,
                });
            }
        }
        for &f in &credit {
            let Some(at) = mentions.get(money[f].mention).map(|m| m.span) else {
                continue;
            };
            // "a €N loan from A and from a group of banks led by B": a
            // source named between the amount and the group is a second
            // payer.
            let second = ordered[from..to].iter().any(|m| {
                m.kind == EntityKind::Org
                    && m.span.start >= at.end
                    && m.span.end <= trigger.start
                    && m.entity.is_some_and(|e| e != b && !lenders.contains(&e))
            });
            let fact = &mut money[f];
            if fact.recipient.is_some_and(|r| r != b) {
                continue;
            }
            fact.recipient = Some(b);
            fact.investor = match lenders.as_slice() {
                [l] if !second && fact.investor.is_none_or(|x| x == *l) => Some(*l),
                _ => None,
            };
        }
    }
}

/// The lenders a sentence names as a group, the word that names them so,
/// and whether they open the sentence (then no subject borrows).
fn named_lenders(
    lang: &Language,
    text: &str,
    tokens: &[Span],
    mentions: &[&Mention],
) -> Option<(Vec<usize>, Span, bool)> {
    let credit = &lang.relate.credit;
    let word = |k: usize| tokens.get(k).map_or("", |t| t.slice(text));
    let is_credit =
        |w: &str| credit.loan.contains_lowercase(w) || credit.lines.contains_lowercase(w);
    let lends = |w: &str| credit.lend.contains_lowercase(w) || credit.give.contains_lowercase(w);
    for k in 0..tokens.len() {
        // "a group of banks led by A and B".
        if lang.relate.payments.led.contains_lowercase(word(k))
            && lang
                .relate
                .clause
                .passive_agent
                .contains_lowercase(word(k + 1))
            && (k.saturating_sub(GROUP_REACH)..k)
                .any(|j| credit.lender_groups.contains_lowercase(word(j)))
        {
            let (names, _) = names_after(lang, text, mentions, tokens, k + 2, DESCRIBED)?;
            return Some((names, tokens[k], false));
        }
        // "a credit line that A and B extended".
        if lang
            .relate
            .clause
            .relative_pronouns
            .contains_lowercase(word(k))
            && k > 0
            && is_credit(word(k - 1))
            && let Some((names, next)) = names_after(lang, text, mentions, tokens, k + 1, 0)
            && let Some(v) = (next..(next + VERB_REACH).min(tokens.len())).find(|&v| lends(word(v)))
        {
            return Some((names, tokens[v], false));
        }
    }
    // "A and B will provide the financing", naming no one else.
    let (names, next) = names_after(lang, text, mentions, tokens, 0, 0)?;
    let v = (next..(next + 1 + VERB_REACH).min(tokens.len())).find(|&v| lends(word(v)))?;
    let others = mentions.iter().any(|m| {
        matches!(m.kind, EntityKind::Org | EntityKind::Person)
            && m.entity.is_none_or(|e| !names.contains(&e))
    });
    (!others && (v + 1..(v + 3).min(tokens.len())).any(|c| is_credit(word(c))))
        .then(|| (names, tokens[v], true))
}

/// The names listed from token `from` ("A, B and C"), past up to
/// `described` small-letter words before the first ("the state lender A"),
/// with the index of the token after the list; none when no name opens
/// it. Only commas and list conjunctions may join the names.
fn names_after(
    lang: &Language,
    text: &str,
    mentions: &[&Mention],
    tokens: &[Span],
    from: usize,
    described: usize,
) -> Option<(Vec<usize>, usize)> {
    let start = tokens.get(from)?.start;
    let mut names: Vec<usize> = Vec::new();
    let mut at = start;
    for m in mentions.iter().filter(|m| m.span.start >= start) {
        let gap = text.get(at..m.span.start)?;
        // The gap's words read no further than they can join: the gap to
        // the first mention after a sentence's opening may run for lines.
        let mut words = gap.split_whitespace().peekable();
        let joins = if names.is_empty() {
            // At most `described` words, all in small letters.
            words
                .take(described + 1)
                .enumerate()
                .all(|(k, w)| k < described && w.chars().all(|c| c.is_lowercase() || c == '-'))
        } else {
            words.peek().is_some()
                && words.all(|w| w == "," || lang.relate.clause.list_conjunctions.contains(w))
                || gap == ", "
        };
        if !joins {
            break;
        }
        let Some(e) = m.entity else {
            break;
        };
        if !names.contains(&e) {
            names.push(e);
        }
        at = m.span.end;
    }
    let next = tokens.partition_point(|t| t.start < at);
    (!names.is_empty()).then_some((names, next))
}

/// The entity of the mention that opens the sentence: its subject.
fn opening_subject(tokens: &[Span], mentions: &[&Mention]) -> Option<usize> {
    let first = tokens.first()?;
    mentions
        .iter()
        .find(|m| m.span.start == first.start && m.kind == EntityKind::Org)
        .and_then(|m| m.entity)
}

/// The buyer of the deal being talked about, the nearest told before
/// sentence `s`, when the sentence refers to it ("The order will be
/// financed by …") or its lenders open it (`opening`: "A and B will
/// provide the financing").
///
/// A deal told by its figure alone ("S agreed to sell its films business
/// to B for $2bn": no relation names the unit) has its buyer in that
/// figure's payer, when the figures of the deal being talked about name
/// one payer.
fn deal_buyer(
    page: Page<'_>,
    s: usize,
    (relations, money): (&[Relation], &[MoneyFact]),
    opening: bool,
) -> Option<usize> {
    let (lang, text, seg, _) = page;
    let sentence = seg.sentences.get(s)?;
    let refers = seg.tokens[sentence.tokens.clone()]
        .iter()
        .take(3)
        .any(|t| lang.money.deal_references.contains_lowercase(t.slice(text)));
    if !refers && !opening {
        return None;
    }
    let Some(r) = nearest_deal(lang, text, seg, s, relations) else {
        let told = Told {
            relations,
            figures: money,
        };
        let (_, _, paid) = current_deal(page, s, told)?;
        let payer = paid.first()?.0;
        return paid.iter().all(|&(p, _)| p == payer).then_some(payer);
    };
    let r = &relations[r];
    let (payer, _) = r.kind.payer_payee(r.source, r.target)?;
    Some(if r.kind == RelationKind::LendsTo {
        r.target
    } else {
        payer
    })
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::analysis;

    /// A figure's text, payer and payee.
    type Parties = (String, Option<String>, Option<String>);

    /// `(lender, borrower)` of each `lends_to` relation, and each figure's
    /// text and parties.
    fn lending(text: &str) -> (Vec<(String, String)>, Vec<Parties>) {
        let a = analysis(text);
        let name = |e: usize| a.entity_name(e).to_owned();
        let lends = a
            .relations
            .iter()
            .filter(|r| r.kind == crate::model::RelationKind::LendsTo)
            .map(|r| (name(r.source), name(r.target)))
            .collect();
        let money = a
            .money
            .iter()
            .map(|f| {
                (
                    a.mention_text(f.mention).to_owned(),
                    f.investor.map(name),
                    f.recipient.map(name),
                )
            })
            .collect();
        (lends, money)
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn each_lead_bank_lends_to_the_borrower() {
        let (lends, money) = lending(
            "Keltic Foods agreed to buy Orla Media for 300 million euros on Monday. \
             Keltic Foods will finance the deal with a 200 million euro loan from a group of banks \
             led by Ostby Bank and Vantmoor Bank.",
        );
        assert_eq!(
            lends,
            pairs(&[
                ("Ostby Bank", "Keltic Foods"),
                ("Vantmoor Bank", "Keltic Foods")
            ])
        );
        assert_eq!(
            money[1],
            (
                "200 million euro".to_owned(),
                None,
                Some("Keltic Foods".to_owned())
            )
        );
    }

    #[test]
    fn the_banks_that_extended_a_credit_line_lend_to_its_borrower() {
        let (lends, _) = lending(
            "Tarvel Motors will fund the purchase from a credit line that Ostby Bank and Vantmoor Bank extended to it in March.",
        );
        assert_eq!(
            lends,
            pairs(&[
                ("Ostby Bank", "Tarvel Motors"),
                ("Vantmoor Bank", "Tarvel Motors")
            ])
        );
    }

    #[test]
    fn banks_that_provide_the_financing_lend_to_the_buyer_of_the_deal() {
        let (lends, _) = lending(
            "Helio Shipping ordered four ships from Quantix Yards for $900 million. \
             The order was signed in Oslo. \
             Ostby Bank and Vantmoor Bank will provide the financing.",
        );
        assert_eq!(
            lends,
            pairs(&[
                ("Ostby Bank", "Helio Shipping"),
                ("Vantmoor Bank", "Helio Shipping")
            ])
        );
    }

    #[test]
    fn banks_that_finance_a_deal_told_by_its_figure_lend_to_its_payer() {
        let (lends, _) = lending(
            "Keltic Foods agreed to sell its bakery business to Ostby Capital for $400 million. \
             The unit makes bread in four towns. \
             Vantmoor Bank and Tarn Bank are providing debt financing for the purchase.",
        );
        assert_eq!(
            lends,
            pairs(&[
                ("Vantmoor Bank", "Ostby Capital"),
                ("Tarn Bank", "Ostby Capital")
            ])
        );
    }

    #[test]
    fn one_lead_bank_pays_the_credit_figure() {
        let (lends, money) = lending(
            "A group of five banks led by Ostby Bank has agreed to extend Tarvel Motors' \
             1.2 billion euro credit facility by two years.",
        );
        assert_eq!(lends, pairs(&[("Ostby Bank", "Tarvel Motors")]));
        assert_eq!(
            money,
            vec![(
                "1.2 billion euro".to_owned(),
                Some("Ostby Bank".to_owned()),
                Some("Tarvel Motors".to_owned())
            )]
        );
    }
}
