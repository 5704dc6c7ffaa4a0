//! Joint ventures: the parents are partners ("S formed a joint venture with
//! T", "S and T said they will form a joint venture"), and what they put in
//! is paid into the venture the document names ("…, investing $N"; "The
//! venture, to be called X"; "S will contribute $N and T about $M").

use crate::model::RelationKind;
use crate::pipeline::word_shape::is_describing_word;

use super::clause::clause_subject;
use super::context::Context;
use super::held::company;
use super::holdings::{list_before, pair_before, two_parties};
use super::item::{Finds, Item};
use super::pattern::At;
use super::payments::Payment;

/// How many items before an amount the verb that puts it in may stand
/// ("will contribute about $N and T about $M": six for the second).
const MONEY_REACH: usize = 6;

/// The venture the document names: the one entity its descriptions of a
/// venture resolve to, or that a naming verb gives one ("The venture, to be
/// called X, …", "a joint venture named X"); none when they name several.
pub(super) fn named_venture(ctx: &Context<'_>) -> Option<usize> {
    let nouns = &ctx.lang.relate.holdings.venture;
    let described = ctx.mentions.iter().filter_map(|m| {
        let head = m.span.slice(ctx.text).split_whitespace().last()?;
        (m.nominal && nouns.contains_lowercase(head))
            .then_some(m.entity)
            .flatten()
    });
    let mut named = described.chain(given_names(ctx, nouns));
    let first = named.next()?;
    named.all(|e| e == first).then_some(first)
}

/// The entities a naming verb gives a venture noun ("venture, to be called
/// X"), whatever kind the name was given.
fn given_names<'c>(
    ctx: &'c Context<'_>,
    nouns: &'c crate::lang::WordList,
) -> impl Iterator<Item = usize> + 'c {
    let (tokens, kinds) = (&ctx.seg.tokens, &ctx.lang.kinds);
    let word = move |t: usize| tokens[t].slice(ctx.text);
    (0..tokens.len())
        .filter(move |&t| nouns.contains_lowercase(word(t)))
        .filter_map(move |t| {
            let mut k = t + 1;
            while k < tokens.len()
                && (word(k) == "," || kinds.naming_links.contains_lowercase(word(k)))
            {
                k += 1;
            }
            let name = tokens
                .get(k + 1)
                .filter(|_| kinds.naming_verbs.contains_lowercase(word(k)))?;
            ctx.mentions
                .iter()
                .find(|m| m.span.start == name.start && m.kind.is_name())
                .and_then(|m| m.entity)
        })
}

/// The coordinated pair a reporting verb and a plural pronoun take up
/// before the venture word at `i`: "S and T said (Tuesday) they will form a
/// joint venture".
fn pair_taken_up(at: &At<'_, '_>, i: usize) -> Option<(usize, usize)> {
    let words = at.words();
    let p = (i.saturating_sub(5)..i).find(|&p| at.is(p, &words.holdings.plural_subjects))?;
    let mut r = p.checked_sub(1)?;
    while r > 0 && matches!(at.items[r], Item::Date { .. }) {
        r -= 1;
    }
    at.is(r, &words.pronoun.reporting_verbs)
        .then(|| pair_before(at, r))
        .flatten()
}

/// How many items the name after "with" may stand before "in a venture".
const WITH_REACH: usize = 6;

/// "S is linking with the group T in a venture", "S will join with T in a
/// joint venture": the name right before "in a (joint) venture", after
/// "with" and its describing words, partners the clause's subject.
fn with_in_venture(at: &At<'_, '_>, i: usize) -> Option<(usize, usize)> {
    let items = at.items;
    let mut k = i.checked_sub(1)?;
    if at.is(k, &at.words().holdings.joint) {
        k = k.checked_sub(1)?;
    }
    if !at.is(k, &at.words().pronoun.determiners)
        || k < 2
        || !at.is(k - 1, &at.words().places.site_in)
    {
        return None;
    }
    let t = items[k - 2].entity().filter(|&t| company(at, t))?;
    let w = (k.saturating_sub(WITH_REACH)..k - 2)
        .rev()
        .take_while(|&j| match &items[j] {
            Item::Word { .. } => true,
            Item::Ent { entity, .. } => !company(at, *entity) && !at.is_person(*entity),
            _ => false,
        })
        .find(|&j| at.is(j, &at.words().partners.with))?;
    let s = at
        .subject
        .filter(|&s| s != t && items[..w].iter().any(|it| it.entity() == Some(s)))?;
    Some((s, t))
}

/// Joint ventures: "S formed a joint venture with T", "a joint venture
/// between S and T", "S and T set up a joint venture", "S and T said they
/// will form a joint venture": the parents are partners. An amount the
/// sentence invests ("…, investing $N") goes into the venture the document
/// names, from both parents.
pub(super) fn venture(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().holdings;
    if !words.venture.contains(at.word()) || i == 0 {
        return;
    }
    // The coordinated subject stands before the verb, before "a joint".
    let parties = if words.joint.contains(items[i - 1].word()) {
        two_parties(at, i)
            .or_else(|| {
                (i.saturating_sub(4)..i)
                    .rev()
                    .find_map(|j| pair_before(at, j))
            })
            .or_else(|| pair_taken_up(at, i))
    } else {
        None
    }
    .or_else(|| with_in_venture(at, i));
    let Some((s, t)) = parties.filter(|&(s, t)| company(at, s) && company(at, t)) else {
        if words.joint.contains(items[i - 1].word()) {
            founders(at, i, out);
        }
        return;
    };
    out.add(RelationKind::PartnerOf, s, t, at.span(i), None, 0.7);
    let invest = &at.words().deals.invest;
    let money = (i + 1..items.len()).find_map(|k| match items[k] {
        Item::Money { mention }
            if k > 0
                && (k.saturating_sub(MONEY_REACH)..k).any(|j| invest.contains(items[j].word())) =>
        {
            Some(mention)
        }
        _ => None,
    });
    if let Some(v) = named_venture(at.ctx).filter(|&v| v != s && v != t)
        && let Some(money) = money
    {
        for parent in [s, t] {
            out.add(
                RelationKind::InvestedIn,
                parent,
                v,
                at.span(i),
                Some(money),
                0.6,
            );
        }
    }
}

/// "A, B, C and D have set up a joint venture": three or more companies of
/// a coordinated subject right before the venture's verb are one another's
/// partners.
fn founders(at: &At<'_, '_>, i: usize, out: &mut Finds) {
    let Some(list) = (i.saturating_sub(4)..i)
        .rev()
        .find_map(|j| list_before(at, j))
        .filter(|l| l.len() > 2 && l.iter().all(|&e| company(at, e)))
    else {
        return;
    };
    let list = opened_before(at, i, list);
    for (k, &a) in list.iter().enumerate() {
        for &b in list[k + 1..].iter().filter(|&&b| b != a) {
            out.add(RelationKind::PartnerOf, a, b, at.span(i), None, 0.65);
        }
    }
}

/// The members of a coordinated subject `list` ending before `i`, with
/// those that open it past a describing word ("A, unlisted B, C and D":
/// the list the clause reader found begins at B) and the commas before it.
fn opened_before(at: &At<'_, '_>, i: usize, mut list: Vec<usize>) -> Vec<usize> {
    let items = at.items;
    let Some(mut p) = list
        .first()
        .and_then(|&first| (0..i).rev().find(|&j| items[j].entity() == Some(first)))
    else {
        return list;
    };
    let company_at = |j: usize| match items.get(j) {
        Some(&Item::Ent {
            entity,
            possessive: false,
            ..
        }) if company(at, entity) => Some(entity),
        _ => None,
    };
    let describing = |j: usize| {
        matches!(&items[j], Item::Word { word, .. }
            if word.len() > 2
                && is_describing_word(word)
                && !at.ctx.lang.rules.function_words.contains(word))
    };
    loop {
        let (k, e) = if p >= 2 && items[p - 1].word() == "," {
            (p - 2, company_at(p - 2))
        } else if p >= 3 && describing(p - 1) && items[p - 2].word() == "," {
            (p - 3, company_at(p - 3))
        } else {
            break;
        };
        let Some(e) = e.filter(|e| !list.contains(e)) else {
            break;
        };
        list.insert(0, e);
        p = k;
    }
    list
}

/// "S and T will jointly build a plant": the coordinated pair right
/// before the adverb are partners.
pub(super) fn jointly(at: &At<'_, '_>, out: &mut Finds) {
    if !at.words().holdings.jointly.contains(at.word()) {
        return;
    }
    if let Some((s, t)) = pair_before(at, at.i).filter(|&(s, t)| company(at, s) && company(at, t)) {
        out.add(RelationKind::PartnerOf, s, t, at.span(at.i), None, 0.7);
    }
}

/// The amount a word of putting money in at `i` governs, within reach
/// after it, unless a preposition names another party it goes to right
/// after the amount ("$N to T", "$N into T"): `(item position, mention)`.
fn contributed_amount(
    ctx: &Context<'_>,
    items: &[Item],
    i: usize,
    venture: usize,
) -> Option<(usize, usize)> {
    let (k, mention) =
        (i + 1..(i + MONEY_REACH).min(items.len())).find_map(|k| match items[k] {
            Item::Money { mention } => Some((k, mention)),
            _ => None,
        })?;
    let frame = &ctx.lang.relate.frame;
    let paid_elsewhere = (k + 1..(k + 3).min(items.len())).any(|j| {
        let w = items[j].word();
        (frame.to.contains(w) || frame.into.contains(w))
            && items
                .get(j + 1)
                .and_then(Item::entity)
                .is_some_and(|e| e != venture)
    });
    (!paid_elsewhere).then_some((k, mention))
}

/// "S will contribute $N": an amount put in without a payee, by a subject
/// that is not the venture itself, goes into the venture the document
/// names (`invested_in`).
pub(super) fn contributed(at: &At<'_, '_>, out: &mut Finds) {
    if !at.words().holdings.venture_money.contains(at.word()) {
        return;
    }
    let Some(v) = named_venture(at.ctx) else {
        return;
    };
    let Some(s) = clause_subject(at.ctx.lang, at.items, at.i, at.ctx.kinds)
        .filter(|&s| s != v && company(at, s))
    else {
        return;
    };
    if let Some((_, mention)) = contributed_amount(at.ctx, at.items, at.i, v) {
        out.add(
            RelationKind::InvestedIn,
            s,
            v,
            at.span(at.i),
            Some(mention),
            0.6,
        );
    }
}

/// The payments into the document's venture `venture` in one sentence:
/// every amount a verb of putting money in governs, the second of a gapped
/// clause too ("S will contribute $N and T about $M"), and an amount
/// invested by no one named ("The partners will invest $N"); who pays, the
/// money frame says.
pub(super) fn payments(ctx: &Context<'_>, items: &[Item], venture: Option<usize>) -> Vec<Payment> {
    let Some(v) = venture else {
        return Vec::new();
    };
    let words = &ctx.lang.relate.holdings.venture_money;
    let invest = &ctx.lang.relate.deals.invest;
    // "With a goal to invest $N, this joint venture …": the venture invests.
    let venture_named = items.iter().any(|it| it.entity() == Some(v));
    let mut out = Vec::new();
    for i in 0..items.len() {
        // The words first: the clause's subject only for a verb of putting
        // money in (most items are none, and the subject is a walk back).
        let word = items[i].word();
        let venture_word = words.contains(word);
        if !venture_word && (venture_named || !invest.contains(word)) {
            continue;
        }
        let subject = clause_subject(ctx.lang, items, i, ctx.kinds);
        // "The partners will invest $N": an investment no name makes
        // goes into the venture too.
        let put_in = venture_word || subject.is_none();
        if !put_in || subject == Some(v) {
            continue;
        }
        // The amount, then amounts gapped after it ("and T about $M").
        let mut from = i;
        while let Some((k, mention)) = contributed_amount(ctx, items, from, v) {
            out.push((mention, None, Some(v)));
            from = k;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{InvestedIn, MergedWith, PartnerOf, StakeIn};
    use crate::pipeline::relate::tests::check;
    use crate::pipeline::tests::money_parties;

    const FORMED: &str = "Zephyr Motor and Quantix Energy said Tuesday they will form a joint venture \
        to build a battery plant in Ohio, investing 450 billion yen ($3 billion) over five years. \
        The venture, to be called Keltic Cells, will be 51% owned by Zephyr Motor, the companies said in Zürich.";

    #[test]
    fn the_parents_named_before_they_form_a_venture_are_partners() {
        check(
            &[PartnerOf],
            &[
                (FORMED, &[("Zephyr Motor", PartnerOf, "Quantix Energy")]),
                (
                    "Zephyr Motor formed a joint venture with Quantix Energy.",
                    &[("Zephyr Motor", PartnerOf, "Quantix Energy")],
                ),
                // The one named after "with", before "in a venture".
                (
                    "Zephyr Motor is linking with the Ohio group Quantix Energy in a venture to be called Keltic Cells.",
                    &[("Zephyr Motor", PartnerOf, "Quantix Energy")],
                ),
                // Doing something jointly.
                (
                    "Zephyr Motor and Quantix Energy will jointly build a cell plant in Ohio.",
                    &[("Zephyr Motor", PartnerOf, "Quantix Energy")],
                ),
                // A pronoun without a reporting verb takes up no pair.
                (
                    "Zephyr Motor and Quantix Energy are rivals, but they will form a joint venture.",
                    &[],
                ),
                // Three parents or more: every pair.
                (
                    "Zephyr Motor, Quantix Energy and Keltic Power have set up a joint venture in Chile.",
                    &[
                        ("Zephyr Motor", PartnerOf, "Quantix Energy"),
                        ("Zephyr Motor", PartnerOf, "Keltic Power"),
                        ("Quantix Energy", PartnerOf, "Keltic Power"),
                    ],
                ),
                // A member past a describing word opens the list still.
                (
                    "Zephyr Motor Co, unlisted Quantix Energy Ltd, Keltic Power Corp and Ostrel Cells Ltd have set up a joint venture in Chile.",
                    &[
                        ("Zephyr Motor Co", PartnerOf, "Quantix Energy Ltd"),
                        ("Zephyr Motor Co", PartnerOf, "Keltic Power Corp"),
                        ("Zephyr Motor Co", PartnerOf, "Ostrel Cells Ltd"),
                        ("Quantix Energy Ltd", PartnerOf, "Keltic Power Corp"),
                        ("Quantix Energy Ltd", PartnerOf, "Ostrel Cells Ltd"),
                        ("Keltic Power Corp", PartnerOf, "Ostrel Cells Ltd"),
                    ],
                ),
                // A name restated in brackets keeps the list going.
                (
                    "The joint venture between Zephyr Online (ZO) and Quantix Energy has formed a new company.",
                    &[("Zephyr Online", PartnerOf, "Quantix Energy")],
                ),
                // A passive's agents opening with "the".
                (
                    "Keltic Cells is jointly owned by the Zephyr Motor Corporation and Quantix Energy.",
                    &[("Zephyr Motor Corporation", PartnerOf, "Quantix Energy")],
                ),
            ],
        );
    }

    /// Holdings and mergers read past describing words (`holdings`).
    #[test]
    fn owners_and_merger_partners_past_their_descriptions() {
        check(
            &[StakeIn, MergedWith],
            &[
                (
                    "Zephyr Foods is majority-owned by Mexican drinks group Quantix Energy.",
                    &[("Quantix Energy", StakeIn, "Zephyr Foods")],
                ),
                (
                    "In 2022 Zephyr Motor merged with electric-van startup Quantix Energy.",
                    &[("Zephyr Motor", MergedWith, "Quantix Energy")],
                ),
            ],
        );
    }

    #[test]
    fn what_the_parents_put_in_goes_into_the_venture() {
        let text = format!(
            "{FORMED} Zephyr Motor will contribute about 230 billion yen and Quantix about 220 billion yen."
        );
        check(
            &[InvestedIn],
            &[(
                &text,
                // One relation a sentence: the forming one's, then the
                // contribution's.
                &[
                    ("Zephyr Motor", InvestedIn, "Keltic Cells"),
                    ("Quantix Energy", InvestedIn, "Keltic Cells"),
                    ("Zephyr Motor", InvestedIn, "Keltic Cells"),
                ],
            )],
        );
        let owned = |s: &str| Some(s.to_owned());
        assert_eq!(
            money_parties(&text),
            [
                ("450 billion yen".to_owned(), None, owned("Keltic Cells")),
                ("$3 billion".to_owned(), None, owned("Keltic Cells")),
                (
                    "230 billion yen".to_owned(),
                    owned("Zephyr Motor"),
                    owned("Keltic Cells")
                ),
                (
                    "220 billion yen".to_owned(),
                    owned("Quantix Energy"),
                    owned("Keltic Cells")
                ),
            ]
        );
        let partners =
            format!("{FORMED} The partners will invest $2 billion, or about €1.9 billion.");
        assert_eq!(
            money_parties(&partners)[2..],
            [
                ("$2 billion".to_owned(), None, owned("Keltic Cells")),
                ("€1.9 billion".to_owned(), None, owned("Keltic Cells")),
            ]
        );
        // The venture's own investment is no payment into it.
        let own = format!("{FORMED} With a goal to invest $2 billion, Keltic Cells will grow.");
        assert_eq!(money_parties(&own)[2].2, None);
        // Without a named venture, nothing is paid into one; an amount
        // given to a named party is that party's.
        let unnamed = "Zephyr Motor will contribute $5 million and Quantix about $4 million.";
        assert!(money_parties(unnamed).iter().all(|(_, _, to)| to.is_none()));
        let given = format!("{FORMED} Zephyr Motor will contribute $5 million to Vantor Relief.");
        assert_eq!(
            money_parties(&given).last().map(|m| m.2.clone()),
            Some(owned("Vantor Relief"))
        );
    }
}
