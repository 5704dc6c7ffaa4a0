//! Funding relations: a figure the money stage gave a payer and a payee
//! organisation, when no relation joins the two, is a loan or an
//! investment when a word of lending or of capital stands by the amount
//! ("The government will give GM a capital infusion of $30 billion",
//! "T has received $15 billion in bailout money from the government",
//! where "the government" is a description the relation rules cannot
//! read as a subject but the money stage resolved). The relation is
//! `lends_to` (loans, bailouts, aid, grants) or `invested_in` (capital
//! put in), payer → payee, and carries the figure. Read after every
//! payee stage, so that it sees the parties they found.

use crate::lang::Language;
use crate::model::{
    Entity, EntityKind, Mention, MoneyFact, Provenance, Relation, RelationKind, Span, Status,
};

use super::segment::Segmentation;

/// How many tokens either side of the amount its word of lending or of
/// capital may stand ("a capital infusion of US$30 billion", "$15
/// billion in bailout money").
const REACH: usize = 4;

/// Adds a `lends_to` or `invested_in` relation for each figure whose
/// payer and payee no relation joins, when its sentence names it a loan
/// or capital near the amount and holds no word of negation or denial;
/// the figure then belongs to the relation.
pub fn funding_relations(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    entities: &[Entity],
    relations: &mut Vec<Relation>,
    money: &mut [MoneyFact],
) {
    for (f, fact) in money.iter_mut().enumerate() {
        let (Some(payer), Some(payee)) = (fact.investor, fact.recipient) else {
            continue;
        };
        if payer == payee || fact.relation.is_some() || fact.per.is_some() {
            continue;
        }
        let kind = |e: usize| entities.get(e).map(|e| e.kind);
        if kind(payee) != Some(EntityKind::Org)
            || !matches!(kind(payer), Some(EntityKind::Org | EntityKind::Loc))
        {
            continue;
        }
        let Some(amount) = mentions.get(fact.mention) else {
            continue;
        };
        let Some((relation_kind, trigger)) = funding_word(lang, text, seg, amount.span) else {
            continue;
        };
        if relation_kind == RelationKind::InvestedIn && kind(payer) != Some(EntityKind::Org) {
            continue;
        }
        let s = seg.sentence_index(amount.span.start);
        let Some(sentence) = seg.sentences.get(s) else {
            continue;
        };
        // The payee named in the figure's sentence: one taken from another
        // sentence is too often a parent of the one funded ("the venture
        // lined up a loan from L" after "A and B formed a venture"). The
        // payer may be a description no mention resolved ("The government
        // will give T …").
        let named = |e: usize| {
            mentions.iter().any(|m| {
                m.entity == Some(e)
                    && m.span.start >= sentence.span.start
                    && m.span.end <= sentence.span.end
            })
        };
        if !named(payee) {
            continue;
        }
        let joined = relations.iter().any(|r| {
            (r.source == payer && r.target == payee) || (r.source == payee && r.target == payer)
        });
        if joined {
            continue;
        }
        fact.relation = Some(relations.len());
        relations.push(Relation {
            kind: relation_kind,
            source: payer,
            target: payee,
            evidence: sentence.span,
            trigger,
            money: Some(f),
            date: None,
            status: Status::Completed,
            confidence: 0.6,
            provenance: Provenance::Rule,
        });
    }
}

/// The kind a word of lending (`lends_to`) or of capital (`invested_in`)
/// within [`REACH`] tokens of the amount at `span` gives, the nearest such
/// word deciding, with that word's span; `None` when there is none or the
/// sentence holds a word of negation or denial.
pub(super) fn funding_word(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    span: Span,
) -> Option<(RelationKind, Span)> {
    let sentence = seg.sentences.get(seg.sentence_index(span.start))?;
    let tokens = &seg.tokens[sentence.tokens.clone()];
    let credit = &lang.relate.credit;
    let deals = &lang.relate.deps.deals;
    let lower = |k: usize| tokens[k].slice(text).to_lowercase();
    if (0..tokens.len()).any(|k| deals.negates(&lower(k))) {
        return None;
    }
    let first = tokens.partition_point(|t| t.end <= span.start);
    let last = tokens.partition_point(|t| t.start < span.end);
    let before = (first.saturating_sub(REACH)..first).rev();
    let after = last..(last + REACH).min(tokens.len());
    // Nearest first: one before, one after, and so on outwards.
    let mut order: Vec<(usize, usize)> = before.enumerate().chain(after.enumerate()).collect();
    order.sort_by_key(|&(d, _)| d);
    order.into_iter().find_map(|(_, k)| {
        let w = lower(k);
        // "a private equity fund", "an investment bank": a word of capital
        // that modifies a noun names no capital put in.
        let modifies = tokens.get(k + 1).is_some_and(|t| {
            let next = t.slice(text);
            next.chars().next().is_some_and(char::is_lowercase)
                && !lang.rules.function_words.contains(next)
        });
        let kind = if credit.capital.contains(&w) && !modifies {
            RelationKind::InvestedIn
        } else if credit.capital.contains(&w) {
            return None;
        } else if credit.loan.contains(&w) || credit.lend.contains(&w) {
            RelationKind::LendsTo
        } else {
            return None;
        };
        Some((kind, tokens[k]))
    })
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind;
    use crate::pipeline::tests::analysis;

    /// The `lends_to` and `invested_in` relations of an invented text, by
    /// name, with whether a figure belongs to each.
    fn funded(text: &str) -> Vec<(String, RelationKind, String, bool)> {
        let a = analysis(text);
        a.relations
            .iter()
            .filter(|r| matches!(r.kind, RelationKind::LendsTo | RelationKind::InvestedIn))
            .map(|r| {
                (
                    a.entities[r.source].name.clone(),
                    r.kind,
                    a.entities[r.target].name.clone(),
                    r.money.is_some(),
                )
            })
            .collect()
    }

    #[test]
    fn a_figure_whose_parties_no_relation_joins_is_a_loan_by_its_words() {
        let lent = "In March, Brantoft Mining signed an agreement to sell half of its output \
                    to trading house Quorvane Trading, which also lent it US$300 million.";
        assert_eq!(
            funded(lent),
            vec![(
                "Quorvane Trading".to_owned(),
                RelationKind::LendsTo,
                "Brantoft Mining".to_owned(),
                true
            )]
        );
        // Denied, it states nothing.
        let denied = lent.replace("which also lent it", "which denied it had lent it");
        assert_eq!(funded(&denied), vec![]);
    }
}
