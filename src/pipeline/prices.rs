//! Prices per share and per item: amounts that measure no payment between
//! parties. Part of the figures stage.
//!
//! Takes a MONEY mention, its value and its sentence; gives [`Per::Share`]
//! for "shares fell $1.20 to $35.50", "$12 a share", [`Per::Unit`] for
//! "$250 million each", "$150 million per aircraft", "priced at $199", else
//! nothing. The words are the language's (`money/per-*.txt`,
//! `money/share-words.txt`, the goods nouns of `relate/orders/goods.txt`).

use std::borrow::Cow;

use crate::lang::{Language, WordList, lowered};
use crate::model::{Per, Span};

use super::segment::Segmentation;

/// Below this value an amount after a share or price word is read as a
/// price per share or per item; above it ("shares worth $5 billion") as a
/// payment.
const SMALL: f64 = 1_000_000.0;

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
    let before = tokens
        .iter()
        .filter(|t| t.end <= span.start)
        .map(lower)
        .collect();
    let after = tokens
        .iter()
        .filter(|t| t.start >= span.end)
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
    if opens_with(&words.per_share_after, &after)
        || share_after_lead(&words.per_share_lead, &words.share_words, priced)
        || (small && near(SHARE_REACH, &words.share_words))
    {
        return Some(Per::Share);
    }
    let per_goods = after.len() >= 2
        && words.per_unit_lead.contains(&after[0])
        && (lang.relate.orders.goods.contains(&after[1])
            || words.per_unit_measures.contains(&after[1]));
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
        || each
        || (small && near(PRICE_REACH, &words.per_unit_before))
    {
        return Some(Per::Unit);
    }
    None
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
