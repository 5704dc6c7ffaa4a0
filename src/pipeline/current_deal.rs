//! The deal being talked about: an article tells its deal, then speaks of
//! it for several sentences ("S agreed to buy T from H. T makes ropes in
//! two towns. S will pay €N in cash"; "The purchase is financed with a €N
//! loan from L"). The deal of a sentence is that of the nearest sentence
//! before it that tells one, a few sentences back at most, past sentences
//! that name other companies but tell no deal. What only describes a party
//! tells no deal: a holding ("T is owned by H", "H owns 30% of T") and a
//! deal told in a relative clause on a party ("H, which bought it in
//! 2019"). Part of the figures stage.

use crate::lang::{Language, lowercase};
use crate::model::{Mention, MoneyFact, Relation, Span};

use super::segment::Segmentation;

/// How many sentences back the deal being talked about may be told.
const DEAL_REACH: usize = 6;

/// The deal being talked about: the index of the sentence that tells it,
/// its deals (relations) and the `(payer, payee)` of its figures.
pub(super) type Current = (usize, Vec<usize>, Vec<(usize, usize)>);

/// What a sentence tells of deals: the relations naming a payer and the
/// figures with both parties, among those told before.
#[derive(Clone, Copy, Debug)]
pub(super) struct Told<'a> {
    /// The relations of the article.
    pub relations: &'a [Relation],
    /// The figures read so far.
    pub figures: &'a [MoneyFact],
}

/// The deal being talked about in sentence `s`: the nearest sentence
/// before `s` (at most [`DEAL_REACH`] back) that tells a deal, by index,
/// with its deals (relations) in order and the `(payer, payee)` of its
/// figures with both parties.
pub(super) fn current_deal(
    (lang, text, seg, mentions): (&Language, &str, &Segmentation, &[Mention]),
    s: usize,
    told: Told<'_>,
) -> Option<Current> {
    let from = s.saturating_sub(DEAL_REACH);
    let window = Span::new(
        seg.sentences.get(from)?.span.start,
        seg.sentences.get(s)?.span.start,
    );
    // What the window tells, read once: its relations and figures.
    let relations: Vec<usize> = (0..told.relations.len())
        .filter(|&r| told.relations[r].evidence.within(window))
        .collect();
    // A figure a relation describing a party carries tells no deal.
    let background = |f: &MoneyFact| {
        f.relation
            .and_then(|r| told.relations.get(r))
            .is_some_and(|x| describes_a_party(lang, text, x))
    };
    // The window first: a long article holds many figures, each asked
    // whether it describes a party only when it stands in the window.
    let figures: Vec<(Span, (usize, usize))> = told
        .figures
        .iter()
        .filter_map(|f| {
            Some((
                f,
                mentions.get(f.mention)?.span,
                f.investor.zip(f.recipient)?,
            ))
        })
        .filter(|&(f, at, _)| at.within(window) && f.per.is_none() && !background(f))
        .map(|(_, at, parties)| (at, parties))
        .collect();
    (from..s).rev().find_map(|b| {
        let sentence = seg.sentences.get(b)?.span;
        let told_here: Vec<usize> = relations
            .iter()
            .copied()
            .filter(|&r| told_deal(lang, text, sentence, &told.relations[r]))
            .collect();
        let paid: Vec<(usize, usize)> = figures
            .iter()
            .filter(|(at, _)| at.within(sentence))
            .map(|&(_, parties)| parties)
            .collect();
        let deals = told_here
            .iter()
            .copied()
            .filter(|&r| paying(&told.relations[r]))
            .collect();
        (!told_here.is_empty() || !paid.is_empty()).then_some((b, deals, paid))
    })
}

/// The last deal (a relation naming a payer) of the nearest sentence
/// before `s`, at most [`DEAL_REACH`] back, that tells one.
pub(super) fn nearest_deal(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    s: usize,
    relations: &[Relation],
) -> Option<usize> {
    let b = (s.saturating_sub(DEAL_REACH)..s).rev().find(|&b| {
        seg.sentences
            .get(b)
            .is_some_and(|x| !deals_told(lang, text, x.span, relations).is_empty())
    })?;
    let sentence = seg.sentences.get(b)?.span;
    // A merger told last names no payer: no deal to take parties from.
    deals_told(lang, text, sentence, relations)
        .into_iter()
        .rfind(|&r| paying(&relations[r]))
}

/// True when a sentence after sentence `b` and before `s` tells who holds
/// `target` besides `buyer` ("H owns 46% of T and K 30%"): the holders
/// sell, not the business.
pub(super) fn held_since(
    (lang, text, seg, _): (&Language, &str, &Segmentation, &[Mention]),
    (b, s): (usize, usize),
    relations: &[Relation],
    (buyer, target): (Option<usize>, usize),
) -> bool {
    let (Some(from), Some(to)) = (seg.sentences.get(b + 1), seg.sentences.get(s)) else {
        return false;
    };
    let window = Span::new(from.span.start, to.span.start);
    relations.iter().any(|x| {
        x.evidence.within(window)
            && x.target == target
            && Some(x.source) != buyer
            && x.kind.carries_money()
            && describes_a_party(lang, text, x)
    })
}

/// The last deal naming a payer that sentence `b` tells, but for those
/// that only describe a party: what "the deal" in the sentence after it
/// refers to.
pub(super) fn last_deal(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    b: usize,
    relations: &[Relation],
) -> Option<usize> {
    let sentence = seg.sentences.get(b)?.span;
    deals_told(lang, text, sentence, relations)
        .into_iter()
        .rfind(|&r| paying(&relations[r]))
}

/// True when relation `x` names a payer and a payee.
fn paying(x: &Relation) -> bool {
    x.kind.payer_payee(x.source, x.target).is_some()
}

/// The deals `sentence` tells, in order: its relations of a kind that
/// carries money (a merger too, though it names no payer), but for those
/// that only describe a party.
fn deals_told(lang: &Language, text: &str, sentence: Span, relations: &[Relation]) -> Vec<usize> {
    (0..relations.len())
        .filter(|&r| told_deal(lang, text, sentence, &relations[r]))
        .collect()
}

/// True when relation `x` is a deal `sentence` tells: stated there, of a
/// kind that carries money, and more than a description of a party.
fn told_deal(lang: &Language, text: &str, sentence: Span, x: &Relation) -> bool {
    x.evidence == sentence && x.kind.carries_money() && !describes_a_party(lang, text, x)
}

/// True when relation `r` only describes a party rather than telling a
/// deal: a holding by a verb of owning or a word of units ("T is owned by
/// H", "H's unit T"), a deal told in a relative clause after a comma
/// ("H, which bought 80% of T"), or one its clause dates to a year ("T
/// bought M in 2018").
fn describes_a_party(lang: &Language, text: &str, r: &Relation) -> bool {
    let holdings = &lang.relate.holdings;
    let w = lowercase(r.trigger.slice(text));
    let glued = w
        .strip_prefix('-')
        .is_some_and(|g| holdings.own.contains(g));
    if holdings.own.contains(&w) || holdings.units.contains(&w) || holdings.parent.contains(&w) {
        return true;
    }
    if glued {
        return true;
    }
    // A deal dated to a year in its own clause is history ("T bought M in
    // 2018 for €N").
    let after = text.get(r.trigger.end..r.evidence.end).unwrap_or("");
    let clause = after.split([',', ';']).next().unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().collect();
    let dated = words.windows(2).any(|w| {
        lang.money.year_links.contains_lowercase(w[0])
            && w[1].len() == 4
            && w[1].bytes().all(|b| b.is_ascii_digit())
    });
    // The clause the trigger stands in: from the comma before it.
    let before = text.get(r.evidence.start..r.trigger.start).unwrap_or("");
    let relative = before.rsplit_once(',').is_some_and(|(_, clause)| {
        clause
            .split_whitespace()
            .next()
            .is_some_and(|w| lang.relate.clause.relative_pronouns.contains_lowercase(w))
    });
    dated || relative
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as check;

    #[test]
    fn an_amount_takes_the_deal_told_sentences_before() {
        check(&[
            // Past a sentence that names another company and tells no deal.
            (
                "Keltic Foods agreed to buy Orla Media from Helio Partners. \
                 Orla Media makes ropes for Brenmoor Marine and other boatyards. \
                 Keltic Foods will pay 40 million euros in cash.",
                &[(
                    "40 million euros",
                    Some("Keltic Foods"),
                    Some("Helio Partners"),
                )],
            ),
            // A name in another clause of the amount's sentence is no payee.
            (
                "Keltic Foods agreed to buy Orla Media from Helio Partners. \
                 Keltic Foods is paying 40 million euros in cash, and Brenmoor Marine will keep its contract.",
                &[(
                    "40 million euros",
                    Some("Keltic Foods"),
                    Some("Helio Partners"),
                )],
            ),
        ]);
    }

    #[test]
    fn credit_for_the_deal_goes_to_its_buyer_not_its_seller() {
        check(&[(
            "Keltic Foods has bought Orla Media from Helio Partners for 38 million euros. \
             The purchase is being funded by a 15 million euro loan from a group of banks.",
            &[
                (
                    "38 million euros",
                    Some("Keltic Foods"),
                    Some("Helio Partners"),
                ),
                ("15 million euro", None, Some("Keltic Foods")),
            ],
        )]);
    }

    #[test]
    fn a_new_deal_ends_the_one_before() {
        check(&[(
            "Keltic Foods agreed to buy Orla Media from Helio Partners. \
             Last year Brenmoor Marine bought Vantmoor Ropes from Tarvel Holdings. \
             Keltic Foods will pay 40 million euros in cash.",
            &[("40 million euros", Some("Keltic Foods"), None)],
        )]);
    }

    #[test]
    fn a_reference_to_the_purchase_skips_what_describes_a_party() {
        check(&[(
            "Keltic Foods has bought Orla Media for 38 million euros, the companies said. \
             Keltic Foods is owned by Helio Partners, which bought it from its founders in 2019. \
             The purchase is being funded by a 15 million euro loan from Brenmoor Bank.",
            &[
                ("38 million euros", Some("Keltic Foods"), Some("Orla Media")),
                (
                    "15 million euro",
                    Some("Brenmoor Bank"),
                    Some("Keltic Foods"),
                ),
            ],
        )]);
    }
}
