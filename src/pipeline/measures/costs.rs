//! Costs: money spent on an action of the spender's own ("agreed to spend
//! $N over five years to upgrade its oversight of brokers", "had spent $N in
//! an effort to avoid bankruptcy", "is spending €N on making its flats
//! warmer") is what the action costs, no payment between parties (GUIDE:
//! costs have no payer or payee). What is bought stays a payment: "spent
//! $N to buy T" and "spend $N on looms from S" pay a seller. Money spent on
//! a thing a business builds or equips for itself ("is spending 22 million
//! francs on a new cellar") is a cost too, when no seller is named after
//! it. One of the measures' readings (`measures::is_measure`).

use crate::lang::CostWords;
use crate::model::Span;

use crate::pipeline::segment::Segmentation;

/// How many tokens before the amount its verb of spending may stand, plain
/// words between ("spent about $N", "spend a further €N").
const VERB_REACH: usize = 3;

/// How many tokens after the amount the action may be opened, plain words
/// of time or manner between ("$N over five years to upgrade", "$N in an
/// effort to avoid").
const PURPOSE_REACH: usize = 5;

/// How many words after "on" the phrase of the thing spent on is read
/// ("on a new grading and washing line").
const THING_REACH: usize = 8;

/// True when the amount `span` of sentence `s` is spent on an action: a
/// verb of spending shortly before it, and shortly after it, past plain
/// words only, "to" and a plain verb or "on" and a verb's -ing form, that
/// buys nothing.
pub fn is_cost(words: &CostWords, text: &str, seg: &Segmentation, s: usize, span: Span) -> bool {
    let Some(sentence) = seg.sentences.get(s) else {
        return false;
    };
    let tokens = &seg.tokens[sentence.tokens.clone()];
    let word = |t: &Span| t.slice(text);
    let first = tokens.partition_point(|t| t.end <= span.start);
    let after = tokens.partition_point(|t| t.start < span.end);
    let Some(verb) = (first.saturating_sub(VERB_REACH)..first)
        .rev()
        .find(|&k| words.verbs.contains_lowercase(word(&tokens[k])))
    else {
        return false;
    };
    if !tokens[verb + 1..first].iter().all(|t| is_plain(word(t))) {
        return false;
    }
    for k in after..tokens.len().min(after + PURPOSE_REACH + 1) {
        let (w, next) = (word(&tokens[k]), tokens.get(k + 1).map_or("", word));
        let action = is_plain(next) && !words.not.contains_lowercase(next);
        if words.to.contains_lowercase(w) && action
            || words.on.contains_lowercase(w) && action && gerund(words, next)
        {
            return true;
        }
        if words.on.contains_lowercase(w) && spent_on_a_thing(words, text, &tokens[k + 1..]) {
            return true;
        }
        if !is_plain(w) {
            return false;
        }
    }
    false
}

/// True when the words after "on" (`rest`) name a thing the spender builds
/// or equips for itself ("a new cellar in Vaulruz", "new production lines
/// over the next three years") and no seller of it: read up to the first
/// number or mark, past names ("the Vaulruz plant") but not a possessive
/// ("Italy's").
fn spent_on_a_thing(words: &CostWords, text: &str, rest: &[Span]) -> bool {
    let phrase = rest
        .iter()
        .map(|t| t.slice(text))
        .take(THING_REACH)
        .take_while(|w| w.chars().all(char::is_alphabetic) && !w.is_empty());
    let mut thing = false;
    for w in phrase {
        if words.sellers.contains_lowercase(w) {
            return false;
        }
        thing |= words.things.contains_lowercase(w);
    }
    thing
}

/// True when `w` has the ending of a verb's -ing form ("making").
fn gerund(words: &CostWords, w: &str) -> bool {
    words
        .endings
        .iter()
        .any(|end| w.len() > end.len() && w.ends_with(end))
}

/// True for a plain lower-case word (no name, number or punctuation).
fn is_plain(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-')
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::money_parties;

    #[test]
    fn money_spent_on_an_action_of_ones_own_pays_no_one() {
        for text in [
            "Kestelbank agreed to spend 100 million euros over five years to upgrade its branches.",
            "Dravenor Mining said it had spent 10.2 billion crowns in an effort to avoid insolvency.",
            "Dravenor Mining is spending 400 million euros on making its mines in Łódź safer.",
            // A thing it builds or equips for itself.
            "Dravenor Mining is spending 22 million francs on a new cellar in Vaulruz.",
            "Dravenor Mining said it would spend around 800 million crowns on new production lines over the next three years.",
            "To meet the order, Dravenor Mining is spending €14m on a new grading and washing line.",
        ] {
            let got = money_parties(text);
            assert!(
                got.iter().all(|g| g.1.is_none() && g.2.is_none()),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn money_spent_on_buying_stays_a_payment() {
        for text in [
            "Dravenor Mining spent 30 million euros to buy Kestelbank's stake in the mine.",
            "Dravenor Mining will spend 11 million euros on 40 looms from Tarvel Macchine S.r.l.",
            // A seller named after the thing is paid.
            "Dravenor Mining will spend 11 million euros on new lines from Tarvel Macchine S.r.l.",
            "Dravenor Mining will spend 11 million euros on a kiln built by Tarvel Macchine S.r.l.",
        ] {
            let got = money_parties(text);
            assert_eq!(
                got[0].1.as_deref(),
                Some("Dravenor Mining"),
                "{text}: {got:?}"
            );
        }
    }
}
