//! Conflicting figures: where articles give different amounts or different
//! dates for the same deal.
//!
//! A deal is its parties and kind: a money figure's payer and payee corpus
//! entities and the kind of the relation it belongs to, or the two corpus
//! entities and kind of a dated relation of a kind that may carry money
//! (an investment, an acquisition, a loan — not a post, which holds over
//! years, nor an announcement). A figure of no relation joins the one kind its
//! parties' other figures have, when they have exactly one. Each figure or
//! dated relation is a *statement*; two statements of one deal from
//! different articles are compared:
//!
//! - **Amounts**: equal, or within [`ROUNDING`] (5 %) of the larger, are
//!   one figure rounded ("$1 billion" and "$1.0bn"; "$1.2bn" and
//!   "$1.23bn"); further apart, a conflict. A figure with a qualifier
//!   ("about", "more than", "up to") is an estimate or a bound and
//!   contradicts nothing; figures in different currencies are not compared
//!   (no exchange rates).
//! - **Dates**: the days two dates cover meet ("2019" and "2019-07"), or a
//!   conflict ("2019-07" and "2020").
//!
//! Two statements that differ in both amount and date are two deals (an
//! investment in 2019 and another in 2023), not a conflict; nor is an
//! article that itself gives two different figures for the deal one side
//! of a conflict (it tells of tranches or additions). A negated
//! statement ("did not invest") states no figure.

use rustc_hash::FxHashMap;

use super::graph::date_span;
use super::link::Linked;
use crate::model::{Analysis, RelationKind, Span, Status};

/// Amounts this fraction of the larger apart, or less, are one figure rounded.
pub const ROUNDING: f64 = 0.05;

/// The parties and kind of a deal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Deal {
    /// Who pays (or the relation's source); for a symmetric kind, the lower index.
    pub payer: usize,
    /// Who is paid (or the relation's target).
    pub payee: usize,
    /// The relation kind, when known.
    pub kind: Option<RelationKind>,
}

/// One article's statement of a deal: a money figure, or a dated relation.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    /// The article's index in the corpus.
    pub article: usize,
    /// The relation that states it, if one does.
    pub relation: Option<usize>,
    /// The money figure (index into the article's money), if any.
    pub money: Option<usize>,
    /// The amount and its currency.
    pub amount: Option<(f64, String)>,
    /// The figure is qualified ("about", "up to"): its amount is compared with nothing.
    pub qualified: bool,
    /// When, as the analysis writes it (`2021`, `2021-03`).
    pub date: Option<String>,
    /// The sentence that states it.
    pub evidence: Span,
}

/// What the articles disagree on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disagreement {
    /// How much.
    Amount,
    /// When.
    Date,
}

/// Statements of one deal that differ, grouped into the figures they give:
/// each side holds the statements that agree (rounding included).
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The deal.
    pub deal: Deal,
    /// What differs.
    pub what: Disagreement,
    /// The figures given, smallest or earliest first, each with its statements.
    pub sides: Vec<Vec<Statement>>,
}

/// Whether two amounts agree: `None` when they cannot be compared.
fn amounts_agree(x: &Statement, y: &Statement) -> Option<bool> {
    if x.qualified || y.qualified {
        return None;
    }
    let ((a, ca), (b, cb)) = (x.amount.as_ref()?, y.amount.as_ref()?);
    if ca != cb {
        return None;
    }
    Some((a - b).abs() <= ROUNDING * a.abs().max(b.abs()))
}

/// Whether two dates agree: `None` when either is missing.
fn dates_agree(x: &Statement, y: &Statement) -> Option<bool> {
    let (a0, a1) = date_span(x.date.as_deref()?)?;
    let (b0, b1) = date_span(y.date.as_deref()?)?;
    Some(a0 <= b1 && b0 <= a1)
}

/// The statements of every deal in `articles`.
fn statements(articles: &[&Analysis], linked: &Linked) -> Vec<(Deal, Statement)> {
    let mut out = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        let Some(of) = linked.of.get(ai) else {
            continue;
        };
        let corpus = |e: usize| of.get(e).copied();
        let date_of = |r: usize| {
            a.relations
                .get(r)
                .and_then(|r| r.date)
                .and_then(|d| a.dates.get(d))
                .and_then(|d| d.value.clone())
                .filter(|v| date_span(v).is_some())
        };
        for (fi, f) in a.money.iter().enumerate() {
            let relation = f
                .relation
                .and_then(|r| a.relations.get(r).map(|rel| (r, rel)));
            if f.per.is_some() || relation.is_some_and(|(_, r)| r.status == Status::Negated) {
                continue;
            }
            let (Some(payer), Some(payee)) =
                (f.investor.and_then(corpus), f.recipient.and_then(corpus))
            else {
                continue;
            };
            let kind = relation.map(|(_, r)| r.kind);
            let Some(deal) = deal(payer, payee, kind) else {
                continue;
            };
            let evidence = match relation {
                Some((_, r)) => r.evidence,
                None => mention_sentence(a, f.mention),
            };
            let date = relation
                .and_then(|(r, _)| date_of(r))
                .or_else(|| f.year.map(|y| y.to_string()));
            out.push((
                deal,
                Statement {
                    article: ai,
                    relation: relation.map(|(r, _)| r),
                    money: Some(fi),
                    amount: Some((f.value, f.currency.clone())),
                    qualified: f.qualifier.is_some(),
                    date,
                    evidence,
                },
            ));
        }
        for (ri, r) in a.relations.iter().enumerate() {
            let has_figure = r.money.is_some() || a.money.iter().any(|f| f.relation == Some(ri));
            let Some(date) = date_of(ri) else { continue };
            if has_figure || r.status == Status::Negated || !r.kind.carries_money() {
                continue;
            }
            let (Some(s), Some(t)) = (corpus(r.source), corpus(r.target)) else {
                continue;
            };
            let (payer, payee) = r.kind.payer_payee(s, t).unwrap_or((s, t));
            let Some(deal) = deal(payer, payee, Some(r.kind)) else {
                continue;
            };
            out.push((
                deal,
                Statement {
                    article: ai,
                    relation: Some(ri),
                    money: None,
                    amount: None,
                    qualified: false,
                    date: Some(date),
                    evidence: r.evidence,
                },
            ));
        }
    }
    out
}

/// A deal between two distinct corpus entities; a symmetric kind's parties in index order.
fn deal(payer: usize, payee: usize, kind: Option<RelationKind>) -> Option<Deal> {
    if payer == payee {
        return None;
    }
    let (payer, payee) = if kind.is_some_and(RelationKind::is_symmetric) && payee < payer {
        (payee, payer)
    } else {
        (payer, payee)
    };
    Some(Deal { payer, payee, kind })
}

/// The sentence holding a mention (the mention itself when no sentence does).
fn mention_sentence(a: &Analysis, mention: usize) -> Span {
    let Some(m) = a.mentions.get(mention) else {
        return Span::default();
    };
    a.sentence_at(m.span.start)
        .and_then(|s| a.sentences.get(s).copied())
        .unwrap_or(m.span)
}

/// Where articles disagree on a deal's amount or date, deal by deal.
pub fn conflicts(articles: &[&Analysis], linked: &Linked) -> Vec<Conflict> {
    let mut all = statements(articles, linked);
    // A figure of no relation joins the one kind its parties' figures have.
    let mut kinds: FxHashMap<(usize, usize), Vec<RelationKind>> = FxHashMap::default();
    for (d, _) in &all {
        if let Some(k) = d.kind {
            let ks = kinds.entry((d.payer, d.payee)).or_default();
            if !ks.contains(&k) {
                ks.push(k);
            }
        }
    }
    for (d, _) in &mut all {
        if d.kind.is_none()
            && let Some([only]) = kinds.get(&(d.payer, d.payee)).map(Vec::as_slice)
        {
            d.kind = Some(*only);
        }
    }
    let mut deals: FxHashMap<Deal, Vec<Statement>> = FxHashMap::default();
    for (d, s) in all {
        deals.entry(d).or_default().push(s);
    }
    let mut out: Vec<Conflict> = Vec::new();
    for (deal, said) in deals {
        for what in [Disagreement::Amount, Disagreement::Date] {
            if let Some(sides) = disagreement(&said, what) {
                out.push(Conflict { deal, what, sides });
            }
        }
    }
    out.sort_by(|x, y| {
        (x.deal, x.what == Disagreement::Date).cmp(&(y.deal, y.what == Disagreement::Date))
    });
    out
}

/// The sides of a disagreement on `what` among one deal's statements, if any.
fn disagreement(said: &[Statement], what: Disagreement) -> Option<Vec<Vec<Statement>>> {
    let (differ, other): (fn(&Statement, &Statement) -> Option<bool>, _) = match what {
        Disagreement::Amount => (amounts_agree, dates_agree as fn(&_, &_) -> _),
        Disagreement::Date => (dates_agree, amounts_agree as fn(&_, &_) -> _),
    };
    // An article that itself gives two different figures for the deal tells
    // of several payments or steps ("$16.6 billion in addition to the $13.4
    // billion"): it is not one side of a disagreement.
    let of_several = |s: &Statement| {
        said.iter()
            .any(|o| o.article == s.article && differ(s, o) == Some(false))
    };
    let mut involved = vec![false; said.len()];
    for (i, x) in said.iter().enumerate() {
        for (j, y) in said.iter().enumerate().skip(i + 1) {
            // Different in both amount and date: two deals, not one in conflict.
            if x.article != y.article
                && differ(x, y) == Some(false)
                && other(x, y) != Some(false)
                && !of_several(x)
                && !of_several(y)
            {
                involved[i] = true;
                involved[j] = true;
            }
        }
    }
    let mut chosen: Vec<&Statement> = said
        .iter()
        .zip(&involved)
        .filter(|(_, i)| **i)
        .map(|(s, _)| s)
        .collect();
    if chosen.is_empty() {
        return None;
    }
    // Smallest or earliest first; a side holds what agrees with its first.
    let order = |s: &Statement| match what {
        Disagreement::Amount => s.amount.as_ref().map_or(0.0, |a| a.0),
        Disagreement::Date => s
            .date
            .as_deref()
            .and_then(date_span)
            .map_or(0.0, |d| f64::from(d.0)),
    };
    chosen.sort_by(|x, y| {
        order(x)
            .total_cmp(&order(y))
            .then(x.article.cmp(&y.article))
    });
    let mut sides: Vec<Vec<Statement>> = Vec::new();
    for s in chosen {
        match sides
            .iter_mut()
            .find(|side| differ(&side[0], s) == Some(true))
        {
            Some(side) => side.push(s.clone()),
            None => sides.push(vec![s.clone()]),
        }
    }
    (sides.len() > 1).then_some(sides)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::tests::invented::{article, date, linked, money, named, relate};
    use crate::model::EntityKind::{Org, Person};
    use RelationKind::{Acquired, CeoOf, InvestedIn};

    /// An article in which one company invests `value` of `currency` in another.
    fn invests(value: f64, currency: &str, when: Option<&str>) -> Analysis {
        let mut a = article(
            &[("Zürich Værk AG", Org), ("Brightwave Énergie", Org)],
            None,
        );
        let r = relate(&mut a, InvestedIn, 0, 1);
        money(&mut a, r, value, currency);
        if let Some(when) = when {
            date(&mut a, r, when);
        }
        a
    }

    fn found(articles: &[Analysis]) -> Vec<Conflict> {
        let l = linked(articles);
        let refs: Vec<&Analysis> = articles.iter().collect();
        conflicts(&refs, &l)
    }

    #[test]
    fn different_amounts_for_one_investment_conflict() {
        let articles = [invests(1e9, "USD", None), invests(1.6e9, "USD", None)];
        let c = found(&articles);
        assert_eq!(c.len(), 1, "{c:?}");
        let l = linked(&articles);
        assert_eq!(c[0].deal.payer, named(&l, "Zürich Værk AG"));
        assert_eq!(c[0].deal.kind, Some(InvestedIn));
        assert_eq!(c[0].what, Disagreement::Amount);
        let sides: Vec<(usize, f64)> = c[0]
            .sides
            .iter()
            .map(|s| (s[0].article, s[0].amount.as_ref().map_or(0.0, |a| a.0)))
            .collect();
        assert_eq!(sides, vec![(0, 1e9), (1, 1.6e9)]);
    }

    #[test]
    fn rounding_qualifiers_and_currencies_are_no_conflict() {
        // "$1 billion" and "$1.0bn"; "$1.2bn" and "$1.23bn" (2.4 % apart).
        assert!(found(&[invests(1e9, "USD", None), invests(1e9, "USD", None)]).is_empty());
        assert!(found(&[invests(1.2e9, "USD", None), invests(1.23e9, "USD", None)]).is_empty());
        // 9 % apart is clearly different.
        assert_eq!(
            found(&[invests(1.1e9, "USD", None), invests(1.2e9, "USD", None)]).len(),
            1
        );
        // "more than $1 billion" bounds, it does not contradict.
        let mut more = invests(1e9, "USD", None);
        more.money[0].qualifier = Some("more than".to_owned());
        assert!(found(&[more, invests(1.5e9, "USD", None)]).is_empty());
        assert!(found(&[invests(1e9, "EUR", None), invests(1.2e9, "USD", None)]).is_empty());
    }

    #[test]
    fn different_dates_conflict_unless_one_covers_the_other() {
        let c = found(&[
            invests(1e9, "USD", Some("2021-03")),
            invests(1e9, "USD", Some("2022")),
        ]);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].what, Disagreement::Date);
        assert_eq!(c[0].sides[0][0].date.as_deref(), Some("2021-03"));
        assert!(
            found(&[
                invests(1e9, "USD", Some("2021-03")),
                invests(1e9, "USD", Some("2021")),
            ])
            .is_empty()
        );
        // A relation with no figure, dated differently by two articles.
        let bought = |when: &str| {
            let mut a = article(&[("Tindra Labs", Org), ("Ødegaard Sjø", Org)], None);
            let r = relate(&mut a, Acquired, 0, 1);
            date(&mut a, r, when);
            a
        };
        let c = found(&[bought("2019"), bought("2020-05")]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].deal.kind, Some(Acquired));
        // A post holds over years: its dates are no conflict.
        let boss = |when: &str| {
            let mut a = article(&[("Marit Jensen", Person), ("Tindra Labs", Org)], None);
            let r = relate(&mut a, CeoOf, 0, 1);
            date(&mut a, r, when);
            a
        };
        assert!(found(&[boss("2005"), boss("2010")]).is_empty());
    }

    #[test]
    fn two_deals_or_one_article_are_no_conflict() {
        // Different amount and different year: two investments.
        assert!(
            found(&[
                invests(1e9, "USD", Some("2019")),
                invests(1e10, "USD", Some("2023")),
            ])
            .is_empty()
        );
        // One article giving two figures (a first tranche of a whole) is not a
        // disagreement between articles.
        let mut both = invests(1e9, "USD", None);
        let r = relate(&mut both, InvestedIn, 0, 1);
        money(&mut both, r, 2e9, "USD");
        assert!(found(&[both.clone()]).is_empty());
        // Nor against a third figure elsewhere: it tells of two payments.
        assert!(found(&[both, invests(3e9, "USD", None)]).is_empty());
        // Three articles, two agreeing: two sides, one with two statements.
        let c = found(&[
            invests(1e9, "USD", None),
            invests(1.02e9, "USD", None),
            invests(2e9, "USD", None),
        ]);
        assert_eq!(c.len(), 1);
        let sizes: Vec<usize> = c[0].sides.iter().map(Vec::len).collect();
        assert_eq!(sizes, vec![2, 1]);
    }
}
