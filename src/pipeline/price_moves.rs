//! Prices told by a market's move: "Keltic slid 12.19 percent to 55.1
//! francs", "shares in Brenna, which …, rose 2.7% to 88.50 euros", "the
//! company closed on Tuesday at 5,800 forints", "Tolvik was 8p higher at
//! 390". A small amount a verb of moving or closing reaches ("to", "at"),
//! or the change it moves by ("8p higher"), is a price: a share's when the
//! clause's subject is a company or its shares, an item's when it is a
//! traded good. Part of the figures stage.
//!
//! Takes a MONEY mention, its value, its sentence and the mentions; gives
//! the [`Per`] the move makes it, else nothing ("profit rose 9% to
//! €850,000": a results noun is no price's subject).

use std::borrow::Cow;

use crate::lang::{Language, MoneyWords, lowered};
use crate::model::{EntityKind, Mention, Per, Span};

use super::segment::Segmentation;

/// Below this value an amount a move reaches is a price; above it ("rose
/// 5% to €3 million") what the subject earns or holds.
const SMALL: f64 = 1_000_000.0;

/// How many words may stand between the verb and the "to" or "at" that
/// reaches the amount ("climbed nearly six percent, or 14p to").
const CHANGE_REACH: usize = 10;

/// How many words a clause may open with before its share word ("The
/// company's shares").
const OPENING_REACH: usize = 4;

/// One sentence's words: spans and lower case.
struct Clause<'a> {
    spans: &'a [Span],
    words: Vec<Cow<'a, str>>,
}

/// True when `t` lies inside a mention of one of `kinds`.
fn inside(mentions: &[Mention], t: Span, kinds: &[EntityKind]) -> bool {
    mentions
        .iter()
        .any(|m| kinds.contains(&m.kind) && m.span.start <= t.start && t.end <= m.span.end)
}

/// True when word `k` may stand in the change between a verb of moving and
/// the level it reached: a figure, a word of measure or direction, a date.
fn in_change(words: &MoneyWords, c: &Clause, mentions: &[Mention], k: usize) -> bool {
    let w = c.words[k].as_ref();
    w.starts_with(|ch: char| ch.is_ascii_digit())
        || words.price_move_links.contains(w)
        || words.price_move_directions.contains(w)
        || inside(
            mentions,
            c.spans[k],
            &[EntityKind::Money, EntityKind::Percent, EntityKind::Date],
        )
}

/// The index of the verb of moving before word `k` (exclusive), read past
/// the change; `direction` when a direction word follows the change ("8p
/// higher").
fn move_verb(
    words: &MoneyWords,
    c: &Clause,
    mentions: &[Mention],
    k: usize,
    mut direction: bool,
) -> Option<usize> {
    let mut j = k;
    while j > 0 && k - j <= CHANGE_REACH {
        j -= 1;
        let w = c.words[j].as_ref();
        if words.price_move_verbs.contains(w) {
            return Some(j);
        }
        if words.price_move_copulas.contains(w) {
            // "was 8p higher at 390", "stood at": a copula moves nothing
            // without a direction, unless it stands at its level.
            return (direction || k - j == 1 && words.price_move_reach.contains(&c.words[k]))
                .then_some(j);
        }
        if !in_change(words, c, mentions, j) {
            return None;
        }
        direction |= words.price_move_directions.contains(w);
    }
    None
}

/// How many words before a company's name a noun of measure may stand for
/// the name to be its owner ("revenue at Keltic", "net sales of Keltic").
const OWNER_REACH: usize = 3;

/// True when a noun of measure stands right before the company's name that
/// word `k` is part of.
fn owns_measure(words: &MoneyWords, c: &Clause, mentions: &[Mention], k: usize) -> bool {
    let t = c.spans[k];
    let Some(name) = mentions
        .iter()
        .find(|m| m.kind == EntityKind::Org && m.span.start <= t.start && t.end <= m.span.end)
    else {
        return false;
    };
    let first = c.spans.partition_point(|x| x.end <= name.span.start);
    c.words[first.saturating_sub(OWNER_REACH)..first]
        .iter()
        .any(|w| words.measure_nouns.contains(w) || words.results_nouns.contains(w))
}

/// What the subject of the verb at `v` makes a price of: a share's when it
/// is a company or its shares, an item's when a traded good.
fn subject_per(words: &MoneyWords, c: &Clause, mentions: &[Mention], v: usize) -> Option<Per> {
    // A company word that is no measure's owner ("Sales at Keltic rose 5%
    // to €850,000": the sales moved, no share).
    let org = |k: usize| {
        inside(mentions, c.spans[k], &[EntityKind::Org]) && !owns_measure(words, c, mentions, k)
    };
    // The word that ends the subject, past an adverb ("also rose").
    let mut h = v.checked_sub(1)?;
    while h > 0 && words.price_move_links.contains(&c.words[h]) && c.words[h] != "," {
        h -= 1;
    }
    let head = c.words[h].as_ref();
    if words.share_words.contains(head) {
        return Some(Per::Share);
    }
    if words.traded_goods.contains(head) {
        return Some(Per::Unit);
    }
    // "Keltic gained", "Ulvhall's rose".
    if org(h) || (matches!(head, "'s" | "’s") && h > 0 && org(h - 1)) {
        return Some(Per::Share);
    }
    if head != "," && head != ")" {
        return None;
    }
    // "Shares in Brenna, which is listed in Paris, rose": the clause's
    // opening names what moved.
    let start = (0..h)
        .rev()
        .find(|&k| words.price_move_clause_breaks.contains(&c.words[k]))
        .map_or(0, |k| k + 1);
    let opening = (start..h)
        .skip_while(|&k| !c.words[k].starts_with(char::is_alphanumeric))
        .take(OPENING_REACH);
    for k in opening {
        if words.share_words.contains(&c.words[k]) {
            return Some(Per::Share);
        }
        if words.traded_goods.contains(&c.words[k]) {
            return Some(Per::Unit);
        }
        if org(k) {
            return Some(Per::Share);
        }
    }
    None
}

/// The price the amount `span` (worth `value`) of sentence `s` is for the
/// move its clause tells, if any.
pub(crate) fn moved_price(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    (s, span): (usize, Span),
    value: f64,
) -> Option<Per> {
    if !(value > 0.0 && value < SMALL) {
        return None;
    }
    let words = &lang.money;
    let sentence = seg.sentences.get(s)?;
    let spans = seg.tokens.get(sentence.tokens.clone())?;
    let c = Clause {
        spans,
        words: spans.iter().map(|t| lowered(t.slice(text))).collect(),
    };
    // The word before the amount and the one after it.
    let first = spans.partition_point(|t| t.end <= span.start);
    let after = spans.partition_point(|t| t.start < span.end);
    let mut before = first.checked_sub(1)?;
    // "at about 5,800 forints": past a qualifier.
    if before > 0 && words.qualifiers.contains(&c.words[before]) {
        before -= 1;
    }
    let verb = if words.price_move_reach.contains(&c.words[before]) {
        // "rose 2.7% to 88.50 euros", "closed on Tuesday at 5,800 forints".
        move_verb(words, &c, mentions, before, false)?
    } else {
        // "was 8p higher at 390", "rose 14p to 250 pence": the change,
        // with the level after it.
        let direction = c
            .words
            .get(after)
            .is_some_and(|w| words.price_move_directions.contains(w));
        let at = after + usize::from(direction);
        let level = c
            .words
            .get(at)
            .is_some_and(|w| words.price_move_reach.contains(w))
            && c.words
                .get(at + 1)
                .is_some_and(|w| w.starts_with(|ch: char| ch.is_ascii_digit()));
        if !level {
            return None;
        }
        move_verb(words, &c, mentions, first, direction)?
    };
    subject_per(words, &c, mentions, verb)
}

#[cfg(test)]
mod tests {
    use crate::model::Per;
    use crate::pipeline::tests::analysis;

    fn pers(text: &str) -> Vec<(String, Option<Per>)> {
        let a = analysis(text);
        a.money
            .iter()
            .map(|f| (a.mention_text(f.mention).to_owned(), f.per))
            .collect()
    }

    #[test]
    fn a_level_a_company_or_its_shares_moved_to_is_a_share_price() {
        let share = Some(Per::Share);
        for (text, want) in [
            (
                "Brenmoor Group slid 12.19 percent to 55.1 francs after its results.",
                vec![("55.1 francs", share)],
            ),
            (
                "Shares in Vasquel, which is listed in Lisbon, rose 6.4% to 18.22 euros on Tuesday.",
                vec![("18.22 euros", share)],
            ),
            (
                "Tolvik shares rose 6.2% to 148.40 kronor, while Kestrune gained 9% to 17.85 euros.",
                vec![("148.40 kronor", share), ("17.85 euros", share)],
            ),
            (
                "Ostrava Holdings climbed nearly six percent, or 14p to 250 pence.",
                vec![("14p", share), ("250 pence", share)],
            ),
            (
                "Shares in Ostrava Holdings were 5p lower at 312p in early trade.",
                vec![("5p", share), ("312p", share)],
            ),
            (
                "Pellmark Industries was 8p higher at 390 by midday.",
                vec![("8p", share)],
            ),
        ] {
            let want: Vec<(String, Option<Per>)> =
                want.into_iter().map(|(m, p)| (m.to_owned(), p)).collect();
            assert_eq!(pers(text), want, "{text}");
        }
    }

    #[test]
    fn what_a_company_earns_or_a_currency_moves_to_is_no_price() {
        for text in [
            "Brenmoor Group said its net profit rose 9% to 850,000 euros.",
            "Keltic Foods' sales rose 12% to $4.5 million in the quarter.",
            "The dollar rose to 1.48 marks in late trade.",
            "Brenmoor Group added $500,000 to the fund in March.",
            "Net sales at Brenmoor Group rose 5% to 850,000 euros.",
            "Keltic Foods closed the plant and sold it to Brenna Ltd at 400,000 euros.",
        ] {
            let got = pers(text);
            assert!(got.iter().all(|(_, p)| p.is_none()), "{text}: {got:?}");
        }
    }
}
