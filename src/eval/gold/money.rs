//! Money figures against gold: the figure counts (value within 0.5%, and
//! investor, recipient and year where the gold gives them) and the share of
//! gold figures whose payer and payee are both right, where a gold `null`
//! means the figure must have no such party.

use super::{FileScore, Matching};
use crate::eval::corpus::gold::{Gold, GoldMoney};
use crate::model::{Analysis, MoneyFact};

/// One place a predicted figure is stated, as the index of its fact: once
/// for its mention and once per repeat. Gold lists every mention, so a
/// figure written twice may match two gold figures.
#[derive(Clone, Copy)]
struct Slot {
    fact: usize,
}

fn slots(a: &Analysis) -> Vec<Slot> {
    a.money
        .iter()
        .enumerate()
        .flat_map(|(fact, f)| std::iter::repeat_n(Slot { fact }, 1 + f.repeats.len()))
        .collect()
}

fn same_amount(g: &GoldMoney, f: &MoneyFact) -> bool {
    g.amount().is_some_and(|(v, currency)| {
        (f.value - v).abs() <= 0.005 * v.abs() && currency.is_none_or(|c| c == f.currency)
    })
}

/// The gold's parties as predicted entities: `None` where the gold gives
/// none, `Some(None)` where it names an entity Dossier does not report.
type Parties = (Option<Option<usize>>, Option<Option<usize>>);

fn parties(matching: &Matching, a: &Analysis, gold: &Gold, g: &GoldMoney) -> Parties {
    let find = |n: &Option<String>| n.as_deref().map(|n| matching.of_name(a, gold, n));
    (find(&g.investor), find(&g.recipient))
}

/// Investor and recipient agree with the gold where it gives them.
fn parties_agree((investor, recipient): Parties, f: &MoneyFact) -> bool {
    investor.is_none_or(|want| want.is_some() && f.investor == want)
        && recipient.is_none_or(|want| want.is_some() && f.recipient == want)
}

/// Investor and recipient are both exactly the gold's: a gold `null` wants
/// no party.
fn parties_exact((investor, recipient): Parties, f: &MoneyFact) -> bool {
    let exact = |want: Option<Option<usize>>, got: Option<usize>| match want {
        None => got.is_none(),
        Some(w) => w.is_some() && w == got,
    };
    exact(investor, f.investor) && exact(recipient, f.recipient)
}

fn describe(a: &Analysis, f: &MoneyFact) -> String {
    format!(
        "{} (investor {}, recipient {}, year {:?}{})",
        a.mention_text(f.mention),
        f.investor.map_or("-", |e| a.entity_name(e)),
        f.recipient.map_or("-", |e| a.entity_name(e)),
        f.year,
        f.per
            .map_or(String::new(), |p| format!(", per {}", p.name()))
    )
}

/// Scores the money figures of `a` into `s`.
pub(super) fn score_money(matching: &Matching, a: &Analysis, gold: &Gold, s: &mut FileScore) {
    let slots = slots(a);
    let wanted: Vec<Parties> = gold
        .money
        .iter()
        .map(|g| parties(matching, a, gold, g))
        .collect();
    // Figure counts: one slot per gold figure, parties where the gold gives them.
    let mut used = vec![false; slots.len()];
    let mut fact_used = vec![false; a.money.len()];
    for (g, &want) in gold.money.iter().zip(&wanted) {
        let hit = slots.iter().enumerate().position(|(i, slot)| {
            let f = &a.money[slot.fact];
            !used[i]
                && same_amount(g, f)
                && parties_agree(want, f)
                && g.year.is_none_or(|y| f.year == Some(y))
        });
        match hit {
            Some(i) => {
                used[i] = true;
                fact_used[slots[i].fact] = true;
                s.money.tp += 1;
            }
            None => {
                s.money.fn_ += 1;
                s.notes.push(format!(
                    "missed money {} (investor {:?}, recipient {:?}, year {:?})",
                    g.text, g.investor, g.recipient, g.year
                ));
            }
        }
    }
    for (i, f) in a.money.iter().enumerate() {
        if !fact_used[i] {
            s.money.fp += 1;
            s.notes
                .push(format!("extra or wrong money {}", describe(a, f)));
        }
    }

    // Both parties right, and per-share / per-unit marks, over every gold figure.
    let mut used = vec![false; slots.len()];
    for (g, &want) in gold.money.iter().zip(&wanted) {
        s.parties.1 += 1;
        let per_wanted = g.per.as_deref();
        if per_wanted.is_some() {
            s.per.1 += 1;
        }
        let by_amount = |i: usize| !used[i] && same_amount(g, &a.money[slots[i].fact]);
        let exact = (0..slots.len())
            .find(|&i| by_amount(i) && parties_exact(want, &a.money[slots[i].fact]));
        if exact.is_some() {
            s.parties.0 += 1;
        } else {
            s.notes.push(format!(
                "money {} without both parties right (want investor {:?}, recipient {:?}){}",
                g.text,
                g.investor,
                g.recipient,
                (0..slots.len()).find(|&i| by_amount(i)).map_or(
                    String::from(": not found"),
                    |i| format!(": got {}", describe(a, &a.money[slots[i].fact]))
                )
            ));
        }
        let Some(i) = exact.or_else(|| (0..slots.len()).find(|&i| by_amount(i))) else {
            continue;
        };
        used[i] = true;
        let got = a.money[slots[i].fact].per.map(|p| p.name());
        if per_wanted.is_some() && got == per_wanted {
            s.per.0 += 1;
        } else if got != per_wanted {
            s.notes.push(format!(
                "money {} marked per {:?}, gold says {:?}",
                g.text, got, per_wanted
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{canonical, score};
    use crate::eval::corpus::gold::Gold;
    use crate::model::{
        Analysis, Document, Entity, EntityKind, Mention, MoneyFact, Per, Provenance, Relation,
        RelationKind, Span, Status,
    };

    const TEXT: &str = "Norvik Air buys 12 jets from Calder for $1.2 billion. \
                        The $1.2 billion order lifts Calder shares to $41.50.";

    /// Norvik Air (e0) and Calder (e1); the order's figure stated twice, and
    /// a share price.
    fn analysis(order_parties: (Option<usize>, Option<usize>), per: Option<Per>) -> Analysis {
        let mut a = Analysis {
            document: Document::from_text("t.txt", TEXT),
            ..Analysis::default()
        };
        let at = |s: &str, nth: usize| {
            let start = TEXT.match_indices(s).nth(nth).expect("in text").0;
            Span::new(start, start + s.len())
        };
        let spans = [
            (at("Norvik Air", 0), EntityKind::Org),
            (at("Calder", 0), EntityKind::Org),
            (at("$1.2 billion", 0), EntityKind::Money),
            (at("$1.2 billion", 1), EntityKind::Money),
            (at("$41.50", 0), EntityKind::Money),
        ];
        for (span, kind) in spans {
            a.mentions
                .push(Mention::new(span, kind, Provenance::Rule, 1.0));
        }
        for (i, name) in ["Norvik Air", "Calder"].into_iter().enumerate() {
            a.entities.push(Entity {
                kind: EntityKind::Org,
                name: name.to_owned(),
                aliases: vec![name.to_owned()],
                mentions: vec![i],
                links: Vec::new(),
            });
        }
        a.relations.push(Relation {
            kind: RelationKind::SellsTo,
            source: 1,
            target: 0,
            evidence: Span::new(0, 52),
            trigger: at("buys", 0),
            money: Some(0),
            date: None,
            status: Status::Completed,
            confidence: 1.0,
            provenance: Provenance::Rule,
        });
        let fact = |mention, value, parties: (Option<usize>, Option<usize>), per| MoneyFact {
            mention,
            value,
            currency: "USD".to_owned(),
            qualifier: None,
            year: None,
            investor: parties.0,
            recipient: parties.1,
            relation: None,
            repeats: Vec::new(),
            per,
        };
        let mut order = fact(2, 1.2e9, order_parties, None);
        order.repeats.push(3);
        a.money = vec![order, fact(4, 41.5, (None, None), per)];
        a
    }

    fn gold() -> Gold {
        serde_json::from_str(
            r#"{"file": "t.txt",
                "entities": [{"name": "Norvik Air", "type": "ORG", "aliases": ["Norvik Air"]},
                             {"name": "Calder", "type": "ORG", "aliases": ["Calder"]}],
                "relations": [{"type": "buys_from", "source": "Norvik Air", "target": "Calder"}],
                "money": [
                  {"text": "$1.2 billion", "value": 1.2e9, "currency": "USD",
                   "investor": "Norvik Air", "recipient": "Calder"},
                  {"text": "$1.2 billion", "value": 1.2e9, "currency": "USD",
                   "investor": "Norvik Air", "recipient": "Calder"},
                  {"text": "$41.50", "value": 41.5, "currency": "USD", "per": "share"}]}"#,
        )
        .expect("gold parses")
    }

    #[test]
    fn a_sale_scores_as_the_purchase_it_states() {
        assert_eq!(
            canonical(RelationKind::SellsTo, 1, 0),
            (RelationKind::BuysFrom, 0, 1)
        );
        let s = score(&analysis((Some(0), Some(1)), Some(Per::Share)), &gold());
        assert_eq!((s.relations.tp, s.relations.fp, s.relations.fn_), (1, 0, 0));
    }

    #[test]
    fn a_repeated_figure_matches_each_gold_mention_and_parties_are_exact() {
        let s = score(&analysis((Some(0), Some(1)), Some(Per::Share)), &gold());
        assert_eq!((s.money.tp, s.money.fp, s.money.fn_), (3, 0, 0));
        assert_eq!(s.parties, (3, 3));
        assert_eq!(s.per, (1, 1));
    }

    #[test]
    fn a_missing_payee_or_an_unmarked_share_price_is_counted_wrong() {
        let s = score(&analysis((Some(0), None), None), &gold());
        // The figure still counts where the gold's parties are not contradicted…
        assert_eq!(s.money.fn_, 2);
        // …but neither order mention has both parties right; the share
        // price has its (no) parties right and lacks its mark.
        assert_eq!(s.parties, (1, 3));
        assert_eq!(s.per, (0, 1));
    }

    #[test]
    fn a_party_on_a_figure_the_gold_leaves_without_one_is_wrong() {
        let mut a = analysis((Some(0), Some(1)), Some(Per::Share));
        a.money[1].investor = Some(0);
        let s = score(&a, &gold());
        assert_eq!(s.parties, (2, 3));
    }
}
