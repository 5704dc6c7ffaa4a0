//! Measures: an amount of what a business earns, owes or writes ("$N of
//! debts", "€N in toll revenue", "its €N revenue", "doubled its sales to €N") measures no
//! payment between parties, whatever verb governs it ("pay off $N of
//! debts", "take on $N of borrowings"). Part of the figures stage.

use crate::lang::MoneyWords;
use crate::model::Span;

use super::prices::words_around;
use super::segment::Segmentation;
use super::word_shape::is_describing_word;

mod costs;

/// How many describing words may stand between the amount's preposition
/// and its noun ("€N in toll revenue").
const NOUN_GAP: usize = 1;

/// True when the amount `span` in sentence `s` measures revenue, debt or the
/// like: a noun of measure after it and its preposition (a describing word
/// between at most), or right before the preposition before it (a
/// qualifier between: "revenue of about $N").
pub fn is_measure(
    words: &MoneyWords,
    text: &str,
    seg: &Segmentation,
    s: usize,
    span: Span,
) -> bool {
    let Some((before, after)) = words_around(text, seg, s, span, 4 + NOUN_GAP) else {
        return false;
    };
    // "$N of T's debt": past the owner's name and its possessive.
    let owner = if after
        .get(2)
        .is_some_and(|w| matches!(w.as_ref(), "'s" | "’s"))
    {
        2
    } else {
        0
    };
    let measured_after = after
        .first()
        .is_some_and(|w| words.measure_links.contains(w))
        && after
            .iter()
            .skip(1 + owner)
            .take(1 + NOUN_GAP)
            .take_while(|w| is_describing_word(w))
            .any(|w| words.measure_nouns.contains(w));
    // "revenue of about $N": a qualifier between is read past. Most
    // qualifiers end in another word than the one before the amount: they
    // are turned away on that word before their words are counted.
    let last = before.last().map(AsRef::<str>::as_ref);
    let qualified = words
        .qualifiers
        .iter()
        .filter_map(|q| {
            let q_last = q.split_whitespace().next_back();
            if q_last.is_some() && q_last != last {
                return None;
            }
            let len = q.split_whitespace().count();
            (len <= before.len()
                && before[before.len() - len..]
                    .iter()
                    .map(AsRef::<str>::as_ref)
                    .eq(q.split_whitespace()))
            .then_some(len)
        })
        .max()
        .unwrap_or(0);
    // "its €N revenue last year": the noun right after the amount.
    let measured_right = after
        .first()
        .is_some_and(|w| words.measure_nouns.contains(w));
    let n = before.len() - qualified;
    let measured_before = n >= 2
        && words.measure_links.contains(&before[n - 1])
        && words.measure_nouns.contains(&before[n - 2]);
    // "The company earned $N": what it earned.
    let earned = n >= 1 && words.measure_verbs.contains(&before[n - 1]);
    // "a bank with $N in assets": what it holds ("sold €N of assets" is a sale).
    let held = n >= 1
        && words.balance_verbs.contains(&before[n - 1])
        && after
            .first()
            .is_some_and(|w| words.measure_links.contains(w))
        && after
            .get(1)
            .is_some_and(|w| words.balance_nouns.contains(w));
    // "spent $N in an effort to avoid bankruptcy": what an action costs.
    let cost = costs::is_cost(&words.costs, text, seg, s, span);
    measured_after || measured_before || measured_right || earned || held || cost
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::money_parties;

    #[test]
    fn revenue_debt_and_premiums_pay_no_one() {
        for text in [
            "Dravenor Mining said the money would pay off 30 million euros of debts owed to Kestelbank.",
            "Dravenor Mining will take on the remaining 1.3 billion crowns of borrowings from Kestelbank.",
            "Kestelbank is paying Dravenor Mining nothing and will take on 200 million euros of Torvane's debt.",
            "Dravenor Mining earned 96 million euros in toll revenue last year.",
            "Under its founder, Dravenor Mining doubled its sales to 1.4 billion euros.",
            "Dravenor Mining, which is 30% owned by Kestelbank, made half of its €2bn revenue last year abroad.",
            "Dravenor Mining earned 11 million euros in the first half, Kestelbank said.",
            // A debt owed is no payment.
            "Dravenor Mining owed about 48 million euros when Kestelbank called in its loans.",
            "Two farmers say they are owed nearly 2 million euros by Dravenor Mining.",
            "Kestelbank, a lender with 18 billion euros in assets, was seen as a target.",
            // A qualifier of one word or several between is read past.
            "Dravenor Mining earned as much as 96 million euros last year, Kestelbank said.",
            "Dravenor Mining reported revenue of roughly 40 million euros, Kestelbank said.",
        ] {
            let got = money_parties(text);
            assert!(
                got.iter().all(|g| g.1.is_none() && g.2.is_none()),
                "{text}: {got:?}"
            );
        }
        // A price paid for a business keeps its parties.
        let got = money_parties("Dravenor Mining paid 30 million euros for Kestelbank.");
        assert_eq!(got[0].1.as_deref(), Some("Dravenor Mining"));
        // Assets sold are a sale, not holdings.
        let got = money_parties("Dravenor Mining sold 2 billion euros of assets to Kestelbank.");
        assert_eq!(got[0].2.as_deref(), Some("Dravenor Mining"), "{got:?}");
    }
}
