//! Prices per share and per item: amounts that measure no payment between
//! parties. Part of the figures stage.
//!
//! Takes a MONEY mention, its value and its sentence; gives [`Per::Share`]
//! for "shares fell $1.20 to $35.50", "$12 a share", [`Per::Unit`] for
//! "$250 million each", "$150 million per aircraft", "priced at $199", else
//! nothing. The words are the language's (`money/per-*.txt`,
//! `money/share-words.txt`, the goods nouns of `relate/orders/goods.txt`).

use std::borrow::Cow;

use crate::lang::{Language, MoneyWords, WordList, lowered};
use crate::model::{Mention, Per, Span};

use super::money::Amount;
use super::segment::Segmentation;

/// Below this value an amount after a share or price word is read as a
/// price per share or per item; above it ("shares worth $5 billion") as a
/// payment.
const SMALL: f64 = 1_000_000.0;

/// How far apart (as a factor) an item's prices in two currencies may be
/// ("$499 in the United States and €449 in Europe").
const SIBLING_ACROSS: f64 = 3.0;

/// How many words may join an item's prices in two places.
const JOIN_WORDS: usize = 6;

/// How many words before an amount a share word may stand.
const SHARE_REACH: usize = 12;

/// How many words before an amount a verb of putting in or lending may
/// stand for "each" after it to make the amount each party's share
/// ("Jyske Bank is lending K 80 million, A and B 35 million each").
const SHARE_EACH_REACH: usize = 12;

/// How many words before an amount an "at" that prices an item may stand
/// ("put the B9 at about $N each").
const AT_REACH: usize = 3;

/// How many words before an amount a price word may stand.
const PRICE_REACH: usize = 10;

/// Below this value an amount a few words after "costs" or "starting" is
/// an item's price ("It will cost $250"); above it, what something costs
/// its buyer.
const CONSUMER: f64 = 10_000.0;

/// How many words before an amount a traded good may stand for the amount
/// to be its price ("Benchmark crude was down $2.86 to $77.11").
const GOODS_REACH: usize = 8;

/// How far apart (as a factor) two amounts of a sentence may be for one to
/// take the other's price per share or unit ("1.02 cents lower at 62.65
/// cents a gallon").
const SIBLING_FACTOR: f64 = 1000.0;

/// How many words the phrase of `list` that `after` opens with has, if any.
fn opening(list: &WordList, after: &[Cow<str>]) -> Option<usize> {
    list.iter().find_map(|phrase| {
        let mut n = 0;
        for word in phrase.split_whitespace() {
            if after.get(n).is_none_or(|a| a != word) {
                return None;
            }
            n += 1;
        }
        (n > 0).then_some(n)
    })
}

/// True when the words `after` open with one of the phrases of `list`.
fn opens_with(list: &WordList, after: &[Cow<str>]) -> bool {
    opening(list, after).is_some()
}

/// True when `after` opens with a phrase of `lead` and a share word stands
/// at most two words on: "for each Kestrel share".
fn share_after_lead(lead: &WordList, share_words: &WordList, after: &[Cow<str>]) -> bool {
    opening(lead, after).is_some_and(|n| {
        after
            .iter()
            .skip(n)
            .take(2)
            .any(|w| share_words.contains(w))
    })
}

/// Words of a sentence in lower case, borrowed from the text where they are.
type Words<'a> = Vec<Cow<'a, str>>;

/// The words of sentence `s` before `span` and the first `after` words
/// after it, lower-case; `None` for no such sentence. A word already in
/// lower case is borrowed (most are: each amount asks four times).
pub(crate) fn words_around<'a>(
    text: &'a str,
    seg: &Segmentation,
    s: usize,
    span: Span,
    after: usize,
) -> Option<(Words<'a>, Words<'a>)> {
    let sentence = seg.sentences.get(s)?;
    let tokens = &seg.tokens[sentence.tokens.clone()];
    let lower = |t: &Span| lowered(t.slice(text));
    // The tokens are in text order and do not overlap: those before the
    // span are a run from the start, those after a run to the end, found
    // by halving and collected at their size.
    let before = tokens[..tokens.partition_point(|t| t.end <= span.start)]
        .iter()
        .map(lower)
        .collect();
    let after = tokens[tokens.partition_point(|t| t.start < span.end)..]
        .iter()
        .take(after)
        .map(lower)
        .collect();
    Some((before, after))
}

/// Whether the amount `span` (worth `value`) in sentence `s` is a price
/// per share or per item.
pub fn per_of(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    s: usize,
    span: Span,
    value: f64,
) -> Option<Per> {
    let words = &lang.money;
    let (before, after) = words_around(text, seg, s, span, 9)?;
    // "€9.40 in cash for each Kestrel share": what it is paid in, read past.
    let priced = opening(&words.payment_forms, &after).map_or(&after[..], |n| &after[n..]);
    let small = value.abs() < SMALL;
    let near =
        |reach: usize, list: &WordList| before.iter().rev().take(reach).any(|w| list.contains(w));
    // "the C$ 30-a-share deal": the phrase hyphened onto the amount.
    let hyphened: Vec<Cow<str>> = text
        .get(span.end..)
        .and_then(|t| t.strip_prefix('-'))
        .and_then(|t| t.split_whitespace().next())
        .map_or(Vec::new(), |w| {
            w.split('-')
                .map(|p| {
                    Cow::Owned(lowered(p.trim_matches(|c: char| !c.is_alphanumeric())).into_owned())
                })
                .collect()
        });
    if opens_with(&words.per_share_after, &after)
        || opens_with(&words.per_share_after, &hyphened)
        || share_after_lead(&words.per_share_lead, &words.share_words, priced)
        || (small && near(SHARE_REACH, &words.share_words))
    {
        return Some(Per::Share);
    }
    let per_goods = after.len() >= 2
        && words.per_unit_lead.contains(&after[0])
        && (lang.relate.orders.goods.contains(&after[1])
            || words.per_unit_measures.contains(&after[1]));
    // "12,350 rupees per quintal", "£0.79 per song": "per" and anything
    // but a stretch of time ("per year" is a rate, no price).
    let per_word = after.len() >= 2 && words.per_words.contains(&after[0]);
    // "per year", "per hour": a rate.
    let rate = per_word && words.per_unit_not.contains(&after[1]);
    let per_any = per_word && after[1].starts_with(char::is_alphabetic) && !rate;
    // "$22.23 barrel": the measure right after the amount.
    let measure = small
        && after
            .first()
            .is_some_and(|w| words.per_unit_measures.contains(w));
    // "Nickel rose by 500 to 39,200 rupees": a traded good's price.
    let traded = small && near(GOODS_REACH, &words.traded_goods);
    // "It will cost $250 with a contract", "starting at US $199".
    // "cut costs by C$19 per hour": a rate, no price.
    let consumer =
        value.abs() < CONSUMER && !rate && near(AT_REACH + 3, &words.consumer_price_words);
    // "Each of the vessels would cost about $175 million": one item's price.
    let each = before
        .first()
        .is_some_and(|w| words.per_unit_subjects.contains(w))
        && near(PRICE_REACH, &words.per_unit_verbs);
    // "A and B are putting in €N each": each party's share, no price.
    let share_each = after
        .first()
        .is_some_and(|w| words.per_unit_subjects.contains(w))
        && after
            .get(1)
            .is_none_or(|w| !w.starts_with(char::is_alphanumeric))
        && near(SHARE_EACH_REACH, &words.share_each_verbs)
        && !near(AT_REACH, &words.valuation_at);
    if opens_with(&words.per_unit_after, &after) && !share_each
        || per_goods
        || per_any
        || measure
        || traded
        || consumer
        || each
        || (small && near(PRICE_REACH, &words.per_unit_before))
    {
        return Some(Per::Unit);
    }
    None
}

/// The price per share or unit the amount `span` (worth `value`) of
/// sentence `s` is: a share by its phrase ("per diluted share", "closing
/// price of"), else by the words around it, a market's move, a lot's count
/// or an item's list price.
fn price_of(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    (s, span): (usize, Span),
    value: f64,
) -> Option<Per> {
    let words = &lang.money;
    let (before, after) = words_around(text, seg, s, span, 9)?;
    if super::price_phrases::share_phrase(words, &before, &after) {
        return Some(Per::Share);
    }
    per_of(lang, text, seg, s, span, value)
        .or_else(|| super::price_moves::moved_price(lang, text, seg, mentions, (s, span), value))
        .or_else(|| {
            super::lot_prices::lot_price(words, text, seg, mentions, (s, span), value)
                .then_some(Per::Unit)
        })
        .or_else(|| super::price_phrases::unit_phrase(words, &before, value))
}

/// True when amount `k`, small and priced by nothing, follows an item's
/// price of another currency and a like value in its sentence, joined to
/// it by [`joins_one_item`].
fn joined_price(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    amounts: &[Option<(Amount<'_>, Option<Per>, usize)>],
    k: usize,
) -> bool {
    let Some((amount, None, s)) = &amounts[k] else {
        return false;
    };
    let Some(j) = (0..k).rev().find(|&j| amounts[j].is_some()) else {
        return false;
    };
    let Some((before, Some(Per::Unit), t)) = &amounts[j] else {
        return false;
    };
    let close = amount.value > 0.0
        && before.value > 0.0
        && (amount.value / before.value).max(before.value / amount.value) < SIBLING_ACROSS;
    s == t
        && close
        && amount.value.abs() < SMALL
        && amount.currency != before.currency
        && text
            .get(mentions[j].span.end..mentions[k].span.start)
            .is_some_and(|between| joins_one_item(lang, between))
}

/// True when the words between two amounts join them as one item's prices
/// in two places: "and" among a few words, no comma ("in the United
/// States and").
fn joins_one_item(lang: &Language, between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    words.len() <= JOIN_WORDS
        && !between.contains([',', ';'])
        && words
            .iter()
            .any(|w| lang.kinds.list_joins.contains_lowercase(w))
}

/// True when "a" and one noun that closes the phrase follow the amount
/// `span` of sentence `s`: "At £7,400 a tub, …", "€3.90 a meal." price one
/// item ("a year" is a rate, "a share" a share's price).
fn per_item_noun(words: &MoneyWords, text: &str, seg: &Segmentation, s: usize, span: Span) -> bool {
    let Some((_, after)) = words_around(text, seg, s, span, 3) else {
        return false;
    };
    after.len() >= 2
        && words.per_unit_lead.contains(&after[0])
        && after[1].starts_with(char::is_alphabetic)
        && after[1].chars().all(|c| c.is_alphabetic() || c == '-')
        && !words.per_unit_not.contains(&after[1])
        && after
            .get(2)
            .is_none_or(|w| matches!(w.as_ref(), "," | "." | ";" | ":" | ")"))
}

/// Each mention's amount (`parsed`, as [`super::money::Money::parse_mentions`]
/// read them) with the price per share or unit it is: its own words',
/// else, for an amount of a sentence that another amount of the same
/// currency and size prices ("1.02 cents lower at 62.65 cents a gallon",
/// "up 100 pesetas to 4,175, having traded down 10 pesetas"), that one's.
pub fn priced_amounts<'w>(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    parsed: &[Option<(Amount<'w>, bool)>],
) -> Vec<Option<(Amount<'w>, Option<Per>)>> {
    let mut amounts: Vec<Option<(Amount<'w>, Option<Per>, usize)>> = mentions
        .iter()
        .zip(parsed)
        .map(|(m, a)| {
            let (a, _) = a.clone()?;
            let s = seg.sentence_index(m.span.start);
            let per = price_of(lang, text, seg, mentions, (s, m.span), a.value);
            Some((a, per, s))
        })
        .collect();
    let own: Vec<Option<(f64, &str, Per, usize)>> = amounts
        .iter()
        .map(|a| {
            a.as_ref()
                .and_then(|(a, per, s)| per.map(|p| (a.value, a.currency, p, *s)))
        })
        .collect();
    for a in amounts.iter_mut().flatten() {
        let (amount, per, s) = a;
        if per.is_some() || amount.value.abs() >= SMALL || amount.value <= 0.0 {
            continue;
        }
        let close = |v: f64| v / amount.value < SIBLING_FACTOR && amount.value / v < SIBLING_FACTOR;
        *per = own
            .iter()
            .flatten()
            .find(|(v, c, _, t)| t == s && *c == amount.currency && *v > 0.0 && close(*v))
            .map(|&(.., p, _)| p);
    }
    // "for $499 in the United States and €449 in Europe": a small amount
    // joined by "and" to an item's price of another currency right before
    // it prices the same item there.
    let joined: Vec<usize> = (1..amounts.len())
        .filter(|&k| joined_price(lang, text, mentions, &amounts, k))
        .collect();
    for k in joined {
        if let Some((_, per, _)) = &mut amounts[k] {
            *per = Some(Per::Unit);
        }
    }
    // An item's price by its noun alone prices no other amount beside it
    // ("At £N a tub, the order is worth £M").
    for (a, m) in amounts.iter_mut().zip(mentions) {
        if let Some((_, per @ None, s)) = a
            && per_item_noun(&lang.money, text, seg, *s, m.span)
        {
            *per = Some(Per::Unit);
        }
    }
    amounts
        .into_iter()
        .map(|a| a.map(|(a, per, _)| (a, per)))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::model::Per;
    use crate::pipeline::tests::analysis;

    #[test]
    fn share_and_unit_prices_are_marked_and_pay_no_one() {
        for (text, want) in [
            (
                "Shares of Zephyr Corp. fell $1.20 to $35.50.",
                vec![Some(Per::Share), Some(Per::Share)],
            ),
            (
                "Zephyr Corp. offered $12 a share for Quantix Inc.",
                vec![Some(Per::Share)],
            ),
            (
                "Keltic Airways ordered jets at $250 million each.",
                vec![Some(Per::Unit)],
            ),
            (
                "The Velmora fund pays farmers €4 for each hen culled.",
                vec![Some(Per::Unit)],
            ),
            (
                "Each of the Brenna tankers would cost about $90 million.",
                vec![Some(Per::Unit)],
            ),
            (
                "Each Tolvik tram lists at 4 million euros.",
                vec![Some(Per::Unit)],
            ),
            // Each one's share, no price.
            ("Each partner will put in $300 million.", vec![None]),
            (
                "Brenmoor and Tarvel are putting in 9 million euros each.",
                vec![None],
            ),
            (
                "Ostby Bank is lending Valdessa 80 million crowns, and Kolby Bank 35 million crowns each.",
                vec![None, None],
            ),
            // Put at a price: the item's.
            (
                "Its last catalogue put the Brenmoor B9 at about $90 million each.",
                vec![Some(Per::Unit)],
            ),
            (
                "The list price is $150 million per aircraft.",
                vec![Some(Per::Unit)],
            ),
            ("The Zephyr Phone is priced at $199.", vec![Some(Per::Unit)]),
            // One item's prices in two places.
            (
                "The Zephyr Tab goes on sale in May for $399 in Canada and €349 in Spain.",
                vec![Some(Per::Unit), Some(Per::Unit)],
            ),
            (
                "The Zephyr Tab is priced at $399, and Zephyr Corp. paid €2 million for it.",
                vec![Some(Per::Unit), None],
            ),
            // The phrase hyphened onto the amount.
            (
                "The C$ 30-a-share deal gives Holmvik the Brastow mine.",
                vec![Some(Per::Share)],
            ),
            // A measure priced; a share a name or word describes.
            (
                "At €95 a tonne, Brenna Cement charges Zephyr Corp. less.",
                vec![Some(Per::Unit)],
            ),
            (
                "Zephyr Corp. will pay 412 pence for each Quantix share.",
                vec![Some(Per::Share)],
            ),
            // What it is paid in, between the amount and its share.
            (
                "Zephyr Corp. is offering €7.20 in cash for each Quantix share.",
                vec![Some(Per::Share)],
            ),
            (
                "Zephyr Corp. will pay $8.50 per ordinary share.",
                vec![Some(Per::Share)],
            ),
            // A payment, however it is worded.
            (
                "Helio Capital invested $50 million in Quantix Inc.",
                vec![None],
            ),
            ("Zephyr Corp. sold shares worth $5 billion.", vec![None]),
            ("Zephyr Corp. will save $300 million a year.", vec![None]),
            // "a" and a noun closing the phrase: one item's price.
            (
                "At £6,800 a kiln, the order is worth £340,000 to Brenna Pottery.",
                vec![Some(Per::Unit), None],
            ),
            (
                "The deal is worth €12m, or about €4.10 a lunch.",
                vec![None, Some(Per::Unit)],
            ),
            ("Velmora paid €2 million a decade ago.", vec![None]),
            // A traded good's price, its measure, and the change beside it.
            (
                "Norvale heating oil stood 1.10 cents lower at 61.20 cents a gallon.",
                vec![Some(Per::Unit), Some(Per::Unit)],
            ),
            (
                "October crude stood nine cents higher at $21.40 barrel.",
                vec![Some(Per::Unit), Some(Per::Unit)],
            ),
            (
                "Ready zinc fell by 120 rupees at 6,250 rupees per quintal.",
                vec![Some(Per::Unit), Some(Per::Unit)],
            ),
            (
                "Nickel rose by 400 to 38,100 rupees.",
                vec![Some(Per::Unit)],
            ),
            (
                "Tracks sell for £0.69 per song at the Kestrune store.",
                vec![Some(Per::Unit)],
            ),
            ("Ostby Bank lends Valdessa $5 million per year.", vec![None]),
            // A consumer's price, and what a plant costs.
            (
                "The Zephyr Tab will cost $229 and $279 respectively.",
                vec![Some(Per::Unit), Some(Per::Unit)],
            ),
            ("The new plant will cost $40 million.", vec![None]),
            (
                "A new contract cuts labour costs by C$17 per hour.",
                vec![None],
            ),
            // A share's change and the level it reaches beside its price, far
            // from the share word.
            (
                "Shares in Brenmoor shot up 90 pesetas to 4,120 shortly after the figures, \
                 having traded down 12 pesetas before the figures were out.",
                vec![Some(Per::Share), Some(Per::Share), Some(Per::Share)],
            ),
            (
                "Tolvik's depositary receipts (GDRs) opened at 5,100 forints on the exchange.",
                vec![Some(Per::Share)],
            ),
        ] {
            let a = analysis(text);
            let got: Vec<Option<Per>> = a.money.iter().map(|f| f.per).collect();
            assert_eq!(got, want, "{text}");
            for f in a.money.iter().filter(|f| f.per.is_some()) {
                assert_eq!(
                    (f.investor, f.recipient, f.relation),
                    (None, None, None),
                    "{text}"
                );
            }
        }
    }
}
