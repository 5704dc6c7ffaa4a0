//! Deal references: the deal an amount belongs to when no pattern gave
//! it one. The sentence's only money-carrying relation ("$45 a share,
//! valuing the company at $12 billion"), the deal of the sentence before
//! that a reference names ("The order is worth $N"), and the figure a part
//! is taken from ("From the package, $N …"). Part of the figures stage.

use crate::lang::{Language, lowercase};
use crate::model::{EntityKind, Mention, MoneyFact, Relation, Span};

use super::current_deal::last_deal;
use super::relate::Framed;
use super::segment::Segmentation;

/// True when sentence `sentence` refers back to a deal: a determiner and,
/// within three words, a deal noun ("the order", "this $3bn deal").
fn refers_to_a_deal(lang: &Language, text: &str, seg: &Segmentation, s: usize) -> bool {
    deal_reference(lang, text, seg, s, usize::MAX, 3)
}

/// True when one of the first `opening` words of sentence `s` is a
/// reference determiner with a deal noun at most `reach` words after it.
fn deal_reference(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    s: usize,
    opening: usize,
    reach: usize,
) -> bool {
    let Some(sentence) = seg.sentences.get(s) else {
        return false;
    };
    let words: Vec<&str> = seg.tokens[sentence.tokens.clone()]
        .iter()
        .take(opening)
        .map(|t| t.slice(text))
        .collect();
    let m = &lang.money;
    words.iter().enumerate().any(|(k, w)| {
        m.reference_determiners.contains_lowercase(w)
            && words[k + 1..(k + 1 + reach).min(words.len())]
                .iter()
                .any(|n| m.deal_references.contains_lowercase(n))
    })
}

/// True when relation `r` states who owns whom by a noun or a glued
/// participle rather than telling a deal: "Y, a unit of X", "Y parent
/// company X", "X-owned Y", "its previous owner, X".
fn states_holding(lang: &Language, text: &str, r: &Relation) -> bool {
    let holdings = &lang.relate.holdings;
    let w = lowercase(r.trigger.slice(text));
    let glued = w
        .strip_prefix('-')
        .is_some_and(|g| holdings.own.contains(g));
    holdings.units.contains(&w)
        || holdings.parent.contains(&w)
        || holdings.holder_nouns.contains(&w)
        || glued
}

/// The sentence's money-carrying relation without an amount, when the
/// amount (`at`) is the sentence's only one besides prices per share or unit
/// ("$45 a share, valuing the company at $12 billion"). Of several, the one
/// whose trigger stands last before the amount ("A owns 58% of T, while B
/// holds 22%, a stake it bought for $N": B's), else the first.
pub(super) fn sole_deal(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    priced: &[bool],
    (sentence, at): (Span, Span),
    relations: &[Relation],
) -> Option<usize> {
    let amounts = mentions
        .iter()
        .enumerate()
        .filter(|(k, x)| x.kind == EntityKind::Money && x.span.within(sentence) && !priced[*k])
        .count();
    if amounts != 1 {
        return None;
    }
    let deals = (0..relations.len()).filter(|&r| {
        relations[r].evidence == sentence
            && relations[r].kind.carries_money()
            && relations[r].money.is_none()
            && !states_holding(lang, text, &relations[r])
    });
    // After the amount, a trigger in a relative clause ("raised $N from
    // investors led by X, which now owns 34% of the company") states what
    // its antecedent holds, not the amount's deal.
    let relative = |r: usize| {
        let between = text.get(at.end..relations[r].trigger.start).unwrap_or("");
        between.split(", ").skip(1).any(|clause| {
            clause
                .split_whitespace()
                .next()
                .is_some_and(|w| lang.relate.clause.relative_pronouns.contains_lowercase(w))
        })
    };
    // "€N from the S region and a loan from L": an amount its own giver
    // follows is no part of the deal after it.
    let given = |r: usize| {
        let between = text.get(at.end..relations[r].trigger.start).unwrap_or("");
        between
            .split_whitespace()
            .any(|w| lang.relate.frame.from.contains_lowercase(w))
    };
    let mut deals = deals.filter(move |&r| !given(r));
    // The nearest trigger before the amount; of those sharing it ("A and B
    // own …"), the first (`min_by_key` keeps the first of equals).
    deals
        .clone()
        .filter(|&r| relations[r].trigger.start < at.start)
        .min_by_key(|&r| std::cmp::Reverse(relations[r].trigger.start))
        .or_else(|| deals.find(|&r| !relative(r)))
}

/// The deal sentence `s` refers back to: "The order is worth $N" after
/// the order's sentence; "It includes $N" after a sentence that itself
/// referred to the deal ("The deal covers …"). A deal that only describes
/// a party ("H, which bought it in 2019") is none.
pub(super) fn referred_deal(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    s: usize,
    relations: &[Relation],
) -> Option<usize> {
    if s == 0 {
        return None;
    }
    if refers_to_a_deal(lang, text, seg, s) {
        return last_deal(lang, text, seg, s - 1, relations).or_else(|| {
            (s > 1 && refers_to_a_deal(lang, text, seg, s - 1))
                .then(|| last_deal(lang, text, seg, s - 2, relations))
                .flatten()
        });
    }
    // "It": the deal the sentence before spoke of.
    let opens_with_pronoun = seg.sentences.get(s).is_some_and(|x| {
        seg.tokens[x.tokens.clone()].first().is_some_and(|t| {
            t.slice(text)
                .eq_ignore_ascii_case(&lang.resolve.subject_pronoun)
        })
    });
    (opens_with_pronoun && s > 1 && refers_to_a_deal(lang, text, seg, s - 1))
        .then(|| last_deal(lang, text, seg, s - 2, relations))
        .flatten()
}

/// The article's first deal before sentence `s` that names its payer, when
/// `s` refers to a deal ("The purchase is financed with a $N loan from L")
/// and the sentence before speaks of none: the deal the story is about. A
/// holding stated by a noun ("T was bought by B, which paid €N to its
/// previous owner, H") is no deal: "the purchase" is not H's.
pub(super) fn lead_deal(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    s: usize,
    relations: &[Relation],
) -> Option<usize> {
    let start = seg.sentences.get(s)?.span.start;
    if !refers_to_a_deal(lang, text, seg, s) {
        return None;
    }
    (0..relations.len())
        .filter(|&r| {
            let x = &relations[r];
            x.evidence.end <= start
                && x.kind.carries_money()
                && x.kind.payer_payee(x.source, x.target).is_some()
                && !states_holding(lang, text, x)
        })
        .min_by_key(|&r| relations[r].evidence.start)
}

/// How many words may open a sentence before its reference to a deal.
const OPENING_WORDS: usize = 4;

/// The last figure with both parties in the three sentences before `s`,
/// when sentence `s` opens on a reference to a deal ("From the package,",
/// "Of the loan,").
pub(super) fn referred_figure<'f>(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    s: usize,
    out: &'f [MoneyFact],
) -> Option<&'f MoneyFact> {
    if s == 0 || !deal_reference(lang, text, seg, s, OPENING_WORDS, 1) {
        return None;
    }
    let from = seg.sentences[s.saturating_sub(3)].span.start;
    let start = seg.sentences[s].span.start;
    out.iter().rev().find(|f| {
        f.investor.is_some()
            && f.recipient.is_some()
            && mentions
                .get(f.mention)
                .is_some_and(|m| from <= m.span.start && m.span.start < start)
    })
}

/// How many words before an amount its "at" may stand ("at about $N").
const AT_REACH: usize = 3;

/// The article's lead deal for an amount its sentence prices past the
/// sentences right after the deal ("S put the price of the organ at $N"):
/// the sentence opens with a party of that deal and an "at" stands right
/// before the amount.
pub(super) fn priced_lead(
    (lang, text, seg, mentions): (&Language, &str, &Segmentation, &[Mention]),
    (s, span): (usize, Span),
    relations: &[Relation],
) -> Option<usize> {
    let r = lead_deal(lang, text, seg, s, relations)?;
    let x = &relations[r];
    let (payer, payee) = x.kind.payer_payee(x.source, x.target)?;
    let sentence = seg.sentences.get(s)?;
    let first = seg.tokens.get(sentence.tokens.start)?;
    let opener = mentions
        .iter()
        .find(|m| m.span.start == first.start && m.kind.is_name())?;
    // The party by its name or a shorter one ("Velmar Hall" of "Velmar
    // Hall AS", when the two are read as two names).
    let named = |e: usize| {
        opener.entity == Some(e)
            || mentions.iter().any(|m| {
                m.entity == Some(e)
                    && m.span.slice(text).starts_with(opener.span.slice(text))
                    && m.span.slice(text)[opener.span.len()..].starts_with(' ')
            })
    };
    let (before, _) = super::prices::words_around(text, seg, s, span, 0)?;
    let at = before
        .iter()
        .rev()
        .take(AT_REACH)
        .any(|w| lang.money.valuation_at.contains(w));
    (at && (named(payer) || named(payee))).then_some(r)
}

/// How many words may open a sentence before its noun referring to money
/// told before ("The new money").
const MONEY_REFERENCE_REACH: usize = 2;

/// An amount whose clause names only its payer, in a sentence that opens
/// with a reference to the money told before ("The new money will pay for
/// a hall, for which L is also lending €N"; "The money replaces a €N credit
/// line from L"), is paid to whoever that money went to: the payee of the
/// last figure of the three sentences before that has one.
pub(super) fn money_referred(
    (lang, text, seg, mentions): (&Language, &str, &Segmentation, &[Mention]),
    (s, i): (usize, usize),
    (out, frames): (&[MoneyFact], &[Framed]),
    fact: &mut MoneyFact,
) {
    let Some(payer) = fact.investor else {
        return;
    };
    // A borrower the frame took from the sentence before is a guess.
    let guessed = frames.iter().any(|f| f.mention == i && f.before);
    if fact.recipient.is_some() && !guessed || fact.relation.is_some() || s == 0 {
        return;
    }
    let Some(sentence) = seg.sentences.get(s) else {
        return;
    };
    let m = &lang.money;
    let words: Vec<&str> = seg.tokens[sentence.tokens.clone()]
        .iter()
        .take(2 + MONEY_REFERENCE_REACH)
        .map(|t| t.slice(text))
        .collect();
    let refers = words
        .first()
        .is_some_and(|w| m.reference_determiners.contains_lowercase(w))
        && words[1..]
            .iter()
            .take(MONEY_REFERENCE_REACH)
            .any(|w| m.money_references.contains_lowercase(w));
    if !refers {
        return;
    }
    let from = seg.sentences[s.saturating_sub(3)].span.start;
    let went = out
        .iter()
        .rev()
        .filter(|f| f.per.is_none())
        .filter(|f| {
            mentions
                .get(f.mention)
                .is_some_and(|x| from <= x.span.start && x.span.start < sentence.span.start)
        })
        .find_map(|f| f.recipient)
        .filter(|&r| r != payer);
    fact.recipient = went.or(fact.recipient);
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as check;

    #[test]
    fn money_referred_to_goes_where_that_money_went() {
        check(&[(
            "Ostby Bank has lent Valdessa Candles 60 million crowns. \
                 The money replaces a 40 million crown credit line from Kolby Bank that expires in May.",
            &[
                (
                    "60 million crowns",
                    Some("Ostby Bank"),
                    Some("Valdessa Candles"),
                ),
                (
                    "40 million crown",
                    Some("Kolby Bank"),
                    Some("Valdessa Candles"),
                ),
            ],
        )]);
    }

    #[test]
    fn a_price_told_past_the_sentence_after_the_deal_is_the_lead_deals() {
        check(&[(
            "Tarvel Orgelbouw, a family workshop in Zwolle that has built church organs since 1886, \
             is to supply a 72-stop concert organ to Brenmoor Kulturhus AS, the company that runs \
             the new hall, the two sides announced on Monday. The instrument is to be played for \
             the first time in 2029.\n\nBrenmoor Kulturhus AS put the price of the organ at 52 million \
             Norwegian crowns.",
            &[(
                "52 million Norwegian crowns",
                Some("Brenmoor Kulturhus AS"),
                Some("Tarvel Orgelbouw"),
            )],
        )]);
    }

    /// A holder named by a noun ("from its owner, H") states who owns the
    /// thing sold: the deal is the purchase, paid to H.
    #[test]
    fn a_holder_noun_tells_no_deal_of_its_own() {
        check(&[(
            "The logistics group Keltic Foods has agreed to buy Orla Media, a barge operator \
             based in Zwolle, from its owner, the family firm Helio Partners, for €41 million, \
             Keltic Foods said on Wednesday.",
            &[("€41 million", Some("Keltic Foods"), Some("Helio Partners"))],
        )]);
    }

    /// "The purchase is financed …" after a sentence that names a former
    /// owner by a noun: the loan goes to the story's company, not to the
    /// owner.
    #[test]
    fn a_holder_noun_is_no_lead_deal() {
        check(&[(
            "The ferry line Quellmark Lines ordered two ships. It was bought in 2021 by the \
             engineering group Pellforja, which paid €38m to its previous owner, the fund Tembria \
             Capital. The purchase is financed with a €110m loan from Ostby Bank and a €30m grant \
             from Kolby Bank, chief executive Maria Lind said.",
            &[
                ("€38m", Some("Pellforja"), Some("Tembria Capital")),
                ("€110m", Some("Ostby Bank"), Some("Quellmark Lines")),
                ("€30m", Some("Kolby Bank"), Some("Quellmark Lines")),
            ],
        )]);
    }
}
