//! The objects of a money frame: the party a phrase names past the words
//! that describe it ("the Danish vaccine maker X", "control of X", "a 40%
//! stake in X", "its founder, X"), none when it names two ("from A and B"),
//! and how far back a verb governs an amount that a phrase of price or
//! worth carries ("bought … for $N", "ordered … in a deal worth $N").

use crate::lang::WordList;
use crate::model::EntityKind;
use crate::pipeline::word_shape::is_describing_word;

use super::clause::clause_subject;
use super::context::Context;
use super::frame_described::modified;
use super::frame_family::{family_after, family_party, family_word};
use super::frame_means::{led_by, second_source};
use super::item::{Item, apposed_name};

/// How many items a phrase may run before the party it names.
const PHRASE_REACH: usize = 10;

/// How many items back a verb may govern an amount in a phrase of price or
/// worth: past its object and the seller ("bought a 40% stake in the port
/// of X from the group Y in 2023 for $N").
pub(super) const PRICE_REACH: usize = 24;

/// How many describing words may stand between a word of price and its
/// amount ("worth up to about $N").
const PRICE_GAP: usize = 3;

/// The party the phrase from `from` (up to `end`) names: the first entity
/// that may relate, past determiners, describing words, nationality words,
/// "of" and a stake's "in"; a description right before a name is that name,
/// a place right before one only describes it, and a title's apposition
/// names its holder ("its founder, X"). None at a boundary, an amount or
/// another preposition, for a possessive (the party is what it owns:
/// "Redgate's owners"), or when a second party is coordinated with it.
pub(super) fn object_after(
    ctx: &Context<'_>,
    items: &[Item],
    from: usize,
    end: usize,
) -> Option<usize> {
    let frame = &ctx.lang.relate.frame;
    let holdings = &ctx.lang.relate.holdings;
    let prepositions = &ctx.lang.resolve.prepositions;
    let end = end.min(items.len()).min(from + PHRASE_REACH);
    let mut p = from;
    while p < end {
        // "to the X family's company, Y": Y; "from the X family": no one.
        if let Some(party) = family_word(ctx, items, p) {
            return party;
        }
        match &items[p] {
            Item::Money { .. } => return None,
            Item::Word { word, .. } if frame.boundary.contains(word) => return None,
            Item::Word { word, .. }
                if prepositions.contains(word)
                    && !frame.of.contains(word)
                    && !(holdings.stake_in.contains(word)
                        && p > from
                        && holdings.stake.contains(items[p - 1].word())) =>
            {
                return None;
            }
            // "from its owner, the telecoms group X": the holder the
            // apposition names.
            item if holder_noun(ctx, item) && items.get(p + 1).map(Item::word) == Some(",") => {
                return object_after(ctx, items, p + 2, items.len());
            }
            // "from a group of banks led by X": the lead bank stands for
            // the group, unless a second source follows ("and from Y").
            _ if led_by(ctx, items, p) => {
                return object_after(ctx, items, p + 2, items.len())
                    .filter(|_| !second_source(ctx, items, p));
            }
            Item::Title { .. } => {
                if items.get(p + 1).map(Item::word) == Some(",")
                    && let Some(Item::Ent {
                        possessive: false, ..
                    }) = items.get(p + 2)
                {
                    return named_at(ctx, items, p + 2);
                }
            }
            Item::Ent {
                possessive: true, ..
            } => {}
            Item::Ent { entity, .. } if ctx.kinds.get(*entity).is_some_and(|k| k.can_relate()) => {
                // "from the local savings bank, S.": the name apposed.
                let q = apposed_name(ctx.text, ctx.mentions, items, p)
                    .filter(|&(_, e)| ctx.kinds.get(e).is_some_and(|k| k.can_relate()))
                    .map_or(p, |(q, _)| q);
                return named_at(ctx, items, q);
            }
            _ => {}
        }
        p += 1;
    }
    None
}

/// True when `item` is a noun naming a company's holder or parent ("owner",
/// "shareholder", "parent").
fn holder_noun(ctx: &Context<'_>, item: &Item) -> bool {
    let holdings = &ctx.lang.relate.holdings;
    matches!(item, Item::Word { word, .. }
        if holdings.holder_nouns.contains(word) || holdings.parent.contains(word))
}

/// The party an entity reference at `q` names: the last of the references
/// that follow it with nothing between ("[the vaccine maker] [X]"), a place
/// giving way to the name it describes; none when "and" or "or" joins a
/// second party to it.
fn named_at(ctx: &Context<'_>, items: &[Item], mut q: usize) -> Option<usize> {
    while let Some(Item::Ent {
        possessive: false, ..
    }) = items.get(q + 1)
    {
        q += 1;
    }
    if let Some(party) = family_party(ctx, items, q) {
        return party;
    }
    let e = match modified(ctx, items, q) {
        Some(party) => party?,
        None => items[q].entity()?,
    };
    (!joined(ctx, items, q, e)).then_some(e)
}

/// How many items after "and" the second of two parties may stand ("and
/// the private equity firm B").
const SECOND_REACH: usize = 6;

/// True when "and" or "or", at most two plain words after the reference at
/// `q` to `e` ("the A family and"), joins a second party to it ("and the
/// private equity firm B", "from A and from a group of banks").
fn joined(ctx: &Context<'_>, items: &[Item], q: usize, e: usize) -> bool {
    let prepositions = &ctx.lang.resolve.prepositions;
    let plain = |it: &Item| {
        matches!(it, Item::Word { word, .. }
            if word.chars().all(char::is_lowercase) && !prepositions.contains(word))
    };
    let conjunctions = &ctx.lang.relate.clause.list_conjunctions;
    let conjunction = |it: &Item| conjunctions.contains(it.word());
    let Some(c) = (q + 1..(q + 4).min(items.len()))
        .take_while(|&c| plain(&items[c]) || conjunction(&items[c]))
        .find(|&c| conjunction(&items[c]))
    else {
        return false;
    };
    // "from A and from a group of banks": the preposition that led to the
    // party, said again, opens a second one.
    let led = (q.saturating_sub(4)..q)
        .rev()
        .find(|&p| prepositions.contains(items[p].word()));
    if led.is_some_and(|p| items.get(c + 1).map(Item::word) == Some(items[p].word())) {
        return true;
    }
    let frame = &ctx.lang.relate.frame;
    let stops = |it: &Item| match it {
        Item::Word { word, .. } => {
            frame.boundary.contains(word) || prepositions.contains(word) && !frame.of.contains(word)
        }
        Item::Money { .. } => true,
        _ => false,
    };
    // A possessive names what the party owns ("and upgrade T's ships").
    (c + 1..(c + 1 + SECOND_REACH).min(items.len()))
        .take_while(|&r| !stops(&items[r]))
        .filter(|&r| {
            !matches!(
                items[r],
                Item::Ent {
                    possessive: true,
                    ..
                }
            )
        })
        .filter_map(|r| items[r].entity())
        .find(|&o| o != e)
        .is_some_and(|o| ctx.kinds.get(o).is_some_and(|k| k.can_relate()))
}

/// The business a buyer buys, named after the verb at `j` and before the
/// amount at `k` ("bought control of X for $N", "bought the savings
/// platform X"): never a place ("a plant in Ohio").
pub(super) fn bought_object(
    ctx: &Context<'_>,
    items: &[Item],
    j: usize,
    k: usize,
) -> Option<usize> {
    object_after(ctx, items, j + 1, k).filter(|&e| ctx.kinds.get(e) != Some(&EntityKind::Loc))
}

/// "pay $N for T's seat-frame arm", "bought T's unit for $N": the owner
/// named in a possessive right at `p` (after a word of price when
/// `priced`) sells what the amount buys, so is paid.
pub(super) fn owner_at(ctx: &Context<'_>, items: &[Item], p: usize, priced: bool) -> Option<usize> {
    let p = if priced {
        items
            .get(p)
            .filter(|it| ctx.lang.relate.frame.price.contains(it.word()))?;
        p + 1
    } else {
        p
    };
    match items.get(p)? {
        Item::Ent {
            entity,
            possessive: true,
            ..
        } if ctx.kinds.get(*entity) == Some(&EntityKind::Org) => Some(*entity),
        _ => None,
    }
}

/// True when a word of `list` right at `p` (or one item on) opens a phrase
/// that names those paid only as several ("to the A family and the firm
/// B") or as what a name owns ("to T's owners").
pub(super) fn several_at(ctx: &Context<'_>, items: &[Item], p: usize, list: &WordList) -> bool {
    let Some(w) = (p..(p + 2).min(items.len())).find(|&w| list.contains(items[w].word())) else {
        return false;
    };
    let Some((q, e)) =
        (w + 1..(w + 3).min(items.len())).find_map(|q| Some((q, items[q].entity()?)))
    else {
        // "to the X family and …": paid to a family, no one the text names.
        return family_after(ctx, items, w) == Some(None);
    };
    if matches!(
        items[q],
        Item::Ent {
            possessive: true,
            ..
        }
    ) {
        // "to T's owners": those the name owns, not the name.
        return matches!(items.get(q + 1), Some(Item::Word { word, .. }) if word.chars().all(char::is_lowercase));
    }
    joined(ctx, items, q, e)
}

/// "S will build the vehicles, and will buy the turrets …": a verb after
/// "and" (auxiliaries between) shares the sentence's subject.
pub(super) fn shared_subject(ctx: &Context<'_>, items: &[Item], j: usize) -> Option<usize> {
    let clause = &ctx.lang.relate.clause;
    let p = (0..j)
        .rev()
        .find(|&p| !clause.between_subject_and_verb.contains(items[p].word()))?;
    if !clause.list_conjunctions.contains(items[p].word()) {
        return None;
    }
    super::clause::subject_of(ctx.lang, &items[..p], ctx.kinds)
}

/// True when the word at `j`, one a verb class lists, is the noun: right
/// after a determiner, or after a determiner and one describing word when
/// it is also a noun of money ("a separate order worth $N").
pub(super) fn as_noun(ctx: &Context<'_>, items: &[Item], j: usize) -> bool {
    let determiners = &ctx.lang.resolve.determiners;
    let frame = &ctx.lang.relate.frame;
    let w = items[j].word();
    let noun = frame.buy_nouns.contains(w) || frame.give_nouns.contains(w);
    j >= 1 && determiners.contains(items[j - 1].word())
        || noun
            && j >= 2
            && determiners.contains(items[j - 2].word())
            && matches!(items[j - 1], Item::Word { .. })
}

/// True when the amount at `k` is a price or a worth: a word of price
/// ("for", "worth") stands within a few describing words before it.
pub(super) fn priced_phrase(ctx: &Context<'_>, items: &[Item], k: usize) -> bool {
    let words = &ctx.lang.relate.frame;
    (k.saturating_sub(PRICE_GAP)..k)
        .rev()
        .take_while(|&p| matches!(items[p], Item::Word { .. }))
        .any(|p| words.price.contains(items[p].word()))
}

/// "S, the Flemish government's investment company, is lending it $N": the
/// name before an apposition that closes right before verb `j` (auxiliaries
/// between) is the verb's subject.
pub(super) fn apposed_subject(ctx: &Context<'_>, items: &[Item], j: usize) -> Option<usize> {
    let gap = &ctx.lang.relate.clause.between_subject_and_verb;
    let c = (j.saturating_sub(4)..j)
        .rev()
        .take_while(|&p| items[p].word() == "," || gap.contains(items[p].word()))
        .find(|&p| items[p].word() == ",")?;
    if !closes_apposition(ctx, items, c) {
        return None;
    }
    let open = (c.saturating_sub(APPOSITION_REACH)..c)
        .rev()
        .find(|&p| items[p].word() == ",")?;
    let Item::Ent {
        entity,
        possessive: false,
        ..
    } = items.get(open.checked_sub(1)?)?
    else {
        return None;
    };
    ctx.kinds
        .get(*entity)
        .is_some_and(|k| matches!(k, EntityKind::Org | EntityKind::Person))
        .then_some(*entity)
}

/// How many items an apposition may run between its commas (", a
/// consortium of Dutch dredger A and Belgium's B,").
const APPOSITION_REACH: usize = 12;

/// True when the comma at `c` closes an apposition (", a US cosmetics firm,"
/// or "its founder, Gordon Mack,"): a comma a few items before it, right
/// after a name, a title or a holder's noun ("its owner, Gordon Mack,"),
/// and no amount between.
pub(super) fn closes_apposition(ctx: &Context<'_>, items: &[Item], c: usize) -> bool {
    let Some(open) = (c.saturating_sub(APPOSITION_REACH)..c)
        .rev()
        .find(|&p| items[p].word() == ",")
    else {
        return false;
    };
    open > 0
        && (matches!(items[open - 1], Item::Ent { .. } | Item::Title { .. })
            || holder_noun(ctx, &items[open - 1]))
        && (open + 1..c).all(|p| !matches!(items[p], Item::Money { .. }))
}

/// How many words a phrase that sums up its clause may run before its amount
/// ("a deal the buyer valued at about $N").
const SUM_REACH: usize = 7;

/// True when the comma at `c` opens a phrase of a determiner (after a
/// preposition, if any) and plain words up to the amount at `k` that sums
/// up the clause before it ("ordered 60 jets from S, an order worth $N",
/// "…, in a deal valued at $N").
pub(super) fn sums_up(ctx: &Context<'_>, items: &[Item], c: usize, k: usize) -> bool {
    let boundary = &ctx.lang.relate.frame.boundary;
    let opens = if items
        .get(c + 1)
        .is_some_and(|it| ctx.lang.resolve.prepositions.contains(it.word()))
    {
        c + 2
    } else {
        c + 1
    };
    k > opens
        && k - opens <= SUM_REACH
        && ctx.lang.resolve.determiners.contains(items[opens].word())
        && (c + 1..k)
            .all(|p| matches!(&items[p], Item::Word { word, .. } if !boundary.contains(word)))
}

/// How many items a determiner may stand before the amount it opens ("a
/// 15-year, $N loan").
const MODIFIER_REACH: usize = 3;

/// "Quantix has drawn a $N loan from S": the one a noun of credit at `k`
/// goes to when no "to" names it, the subject of the verb right before the
/// noun phrase, where that verb is no verb of giving or buying ("S will
/// extend a $N loan", "with a $N loan" name no borrower).
pub(super) fn borrower(ctx: &Context<'_>, items: &[Item], k: usize) -> Option<usize> {
    let determiners = &ctx.lang.resolve.determiners;
    // "agreed a 15-year, €N loan", "drew a new $N loan": a term or a plain
    // word between the determiner and the amount.
    let opened = (k.saturating_sub(MODIFIER_REACH + 1)..k)
        .rev()
        .take_while(|&p| match &items[p] {
            Item::Date { .. } => true,
            Item::Word { word, .. } => {
                determiners.contains(word) || word == "," || is_describing_word(word)
            }
            _ => false,
        })
        .find(|&p| determiners.contains(items[p].word()));
    let mut v = opened.unwrap_or(k);
    if opened.is_none() && v > 0 && determiners.contains(items[v - 1].word()) {
        v -= 1;
    }
    let verb = v.checked_sub(1)?;
    let w = items[verb].word();
    let frame = &ctx.lang.relate.frame;
    let not_a_verb = w.is_empty()
        || ctx.lang.resolve.prepositions.contains(w)
        || frame.boundary.contains(w)
        || determiners.contains(w);
    let verb_of_a_class = [&frame.give, &frame.get, &frame.buy, &frame.sell]
        .iter()
        .any(|list| list.contains(w));
    if not_a_verb || verb_of_a_class {
        return None;
    }
    clause_subject(ctx.lang, items, verb, ctx.kinds)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties as check;

    #[test]
    fn a_buyer_pays_the_business_it_bought_when_no_seller_is_named() {
        check(&[
            (
                "Velmora Holdings had bought control of Quantix Inc. in 2018 for $300 million.",
                (
                    "$300 million",
                    Some("Velmora Holdings"),
                    Some("Quantix Inc."),
                ),
            ),
            (
                "Velmora Holdings bought the Danish robotics maker Quantix Inc. for $1.9 billion in 2021.",
                (
                    "$1.9 billion",
                    Some("Velmora Holdings"),
                    Some("Quantix Inc."),
                ),
            ),
            // A place bought in is no business bought.
            (
                "Velmora Holdings bought a warehouse in Zürich for €40 million.",
                ("€40 million", Some("Velmora Holdings"), None),
            ),
        ]);
    }

    #[test]
    fn a_seller_named_with_from_is_paid_however_far_the_price() {
        check(&[
            (
                "Last year Velmora Holdings bought a 40% stake in the Moroccan port of Tanger Oued from the Spanish group Keltic Systems for €210 million.",
                (
                    "€210 million",
                    Some("Velmora Holdings"),
                    Some("Keltic Systems"),
                ),
            ),
            // A holder's noun before the seller's apposition.
            (
                "Velmora Holdings bought the Tarvik plant from its owner, the telecoms group Keltic Systems, for €4.5m.",
                ("€4.5m", Some("Velmora Holdings"), Some("Keltic Systems")),
            ),
            // "to" the seller after the business paid for.
            (
                "Velmora Holdings paid €38 million for the chain Tarvik Care, a Lisbon operator, to the trading house Keltic Systems.",
                (
                    "€38 million",
                    Some("Velmora Holdings"),
                    Some("Keltic Systems"),
                ),
            ),
            (
                "Quantix Inc. is 35% owned by the pension fund Velmora Holdings, which bought its holding from the bank Keltic Systems in 2020 for £410 million.",
                (
                    "£410 million",
                    Some("Velmora Holdings"),
                    Some("Keltic Systems"),
                ),
            ),
        ]);
    }

    #[test]
    fn a_deal_worth_an_amount_has_its_clauses_parties() {
        check(&[
            (
                "Velmora Holdings will buy the turrets from Swedish subcontractor Keltic Systems under a separate order worth about $95 million.",
                (
                    "$95 million",
                    Some("Velmora Holdings"),
                    Some("Keltic Systems"),
                ),
            ),
            (
                "Velmora Holdings has hired the engineering firm Keltic Systems to build the furnaces under a contract worth about €390m.",
                ("€390m", Some("Velmora Holdings"), Some("Keltic Systems")),
            ),
            // A verb after "and" has the sentence's subject.
            (
                "Velmora Holdings will build the vans at its plant in Leeds, and will buy the engines from the German supplier Keltic Systems under an order worth about $95 million.",
                (
                    "$95 million",
                    Some("Velmora Holdings"),
                    Some("Keltic Systems"),
                ),
            ),
        ]);
    }

    #[test]
    fn a_phrase_that_sums_up_the_clause_has_its_parties() {
        check(&[(
            "Velmora Airways has signed for 40 jets from the Italian planemaker Keltic Aero, an order worth about $2.1 billion.",
            ("$2.1 billion", Some("Velmora Airways"), Some("Keltic Aero")),
        )]);
    }

    #[test]
    fn an_apposition_before_the_price_does_not_end_the_clause() {
        check(&[(
            "Velmora Holdings said it had agreed to sell its Zorvex plant to Keltic Systems, a US cosmetics firm, for £310m.",
            ("£310m", Some("Keltic Systems"), Some("Velmora Holdings")),
        )]);
    }

    #[test]
    fn credit_from_a_lender_goes_to_the_clauses_subject() {
        check(&[
            (
                "To pay for it, Quantix Inc. has a $400 million revolving credit facility with Velmora Bank.",
                ("$400 million", Some("Velmora Bank"), Some("Quantix Inc.")),
            ),
            // A term between the determiner and the amount.
            (
                "To pay for the stadium, Quantix Inc. has agreed a 15-year, €180m loan with the state bank Velmora Bank.",
                ("€180m", Some("Velmora Bank"), Some("Quantix Inc.")),
            ),
            (
                "Quantix Inc. has signed a new €90m loan with Velmora Bank.",
                ("€90m", Some("Velmora Bank"), Some("Quantix Inc.")),
            ),
            // A second lender, even unnamed: no one of them is the payer.
            (
                "To fund the work, Quantix Inc. has a €600m loan from the Velmora Bank and from a group of banks led by Keltic Bank.",
                ("€600m", None, Some("Quantix Inc.")),
            ),
            // Two lenders written once: no one of them is the payer.
            (
                "Quantix Inc. has drawn a 2.2 billion zloty loan from Velmora Bank and the Keltic Investment Bank.",
                ("2.2 billion zloty", None, Some("Quantix Inc.")),
            ),
        ]);
    }

    #[test]
    fn the_owner_of_what_is_bought_is_paid() {
        check(&[
            (
                "Velmora Holdings will pay 900 million euros for Keltic Systems's pump division.",
                (
                    "900 million euros",
                    Some("Velmora Holdings"),
                    Some("Keltic Systems"),
                ),
            ),
            (
                "In 2021 Velmora Holdings paid €180 million for half of the Lisbon shipping group Quantix Inc.",
                (
                    "€180 million",
                    Some("Velmora Holdings"),
                    Some("Quantix Inc."),
                ),
            ),
        ]);
    }

    #[test]
    fn contracts_grants_and_promises_run_from_the_one_who_gives() {
        check(&[
            (
                "Last year Quantix Inc. won a €200 million contract from the city of Ostrava.",
                ("€200 million", Some("Ostrava"), Some("Quantix Inc.")),
            ),
            (
                "The Keltic Development Agency has promised Quantix Inc. a 40 million euro grant.",
                (
                    "40 million euro",
                    Some("Keltic Development Agency"),
                    Some("Quantix Inc."),
                ),
            ),
            (
                "The Keltic Development Agency will support Quantix Inc. with a 3 billion koruna grant.",
                (
                    "3 billion koruna",
                    Some("Keltic Development Agency"),
                    Some("Quantix Inc."),
                ),
            ),
            (
                "Velmora Port Company has picked Keltic Partners, a venture of Dutch builder Brenna Marine and Spain's Tolvane Obras, for a 500 million pound contract.",
                (
                    "500 million pound",
                    Some("Velmora Port Company"),
                    Some("Keltic Partners"),
                ),
            ),
        ]);
    }
}
