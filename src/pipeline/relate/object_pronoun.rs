//! An object "it" after a verb of buying, selling or founding ("Q Capital,
//! which bought it from V in 2019"; "P, who founded it in 1921") stands for
//! a company named before its clause: the sentence's subject, else the
//! nearest name that fits, never the clause's own subject (a company does
//! not buy itself). So does an "it" after a share ("whose daughter M owns
//! 60% of it"): the object of the verb before the share, when a holder
//! stands right before that verb; and an "it" an amount was paid for ("V,
//! which paid $N for it"). After a stake ("has held 18% of T since
//! buying it") the pronoun is the stake, and stands for no company.

use super::clause::{clause_subject, subject_of};
use super::context::Context;
use super::item::{Item, last_plain_entity};
use super::pronoun::{Previous, relative_subject};
use crate::model::EntityKind;

/// When `word` is a subject-form pronoun right after a verb of
/// `object_verbs` that ends `before`, or after a share and its "of" ("owns
/// 60% of it"), the entity it stands for, if any (see the module comment);
/// `None` when it is no such object.
pub(super) fn object_reference(
    ctx: &Context<'_>,
    word: &str,
    before: &[Item],
    previous: &Previous,
) -> Option<Option<usize>> {
    let words = &ctx.lang.relate.pronoun;
    let wants = words
        .wants(word)
        .filter(|_| !words.possessive.contains(word))?;
    let last = before.len().checked_sub(1)?;
    let verb = if ctx.lang.resolve.object_verbs.contains(before[last].word()) {
        last
    } else if last >= 3
        && ctx
            .lang
            .relate
            .holdings
            .own_of
            .contains(before[last].word())
        && is_share(ctx, &before[last - 1])
    {
        // "owns 60% of it": the verb before the share, when a holder
        // stands right before it.
        clause_subject(ctx.lang, before, last - 2, ctx.kinds)?;
        last - 2
    } else if last >= 2
        && ctx
            .lang
            .relate
            .payments
            .paid_for
            .contains(before[last].word())
        && matches!(before[last - 1], Item::Money { .. })
        && ctx
            .lang
            .relate
            .payments
            .pay
            .contains(before[last - 2].word())
    {
        // "V, which paid $N for it": the verb of paying before the amount.
        last - 2
    } else {
        return None;
    };
    let fits = |e: &usize| ctx.kinds.get(*e) == Some(&wants);
    Some(object_antecedent(ctx, before, verb, previous, fits))
}

/// True when `item` is a share ("60%"): a percentage mention's span.
fn is_share(ctx: &Context<'_>, item: &Item) -> bool {
    let span = item.span(ctx.mentions);
    ctx.mentions
        .iter()
        .any(|m| m.kind == EntityKind::Percent && m.span == span)
}

/// The entity an object "it" right after the verb `before[verb]` stands
/// for.
fn object_antecedent(
    ctx: &Context<'_>,
    before: &[Item],
    verb: usize,
    previous: &Previous,
    fits: impl Fn(&usize) -> bool,
) -> Option<usize> {
    let own = own_subject(ctx, before, verb);
    let ok = |e: &usize| fits(e) && Some(*e) != own;
    // "… since buying it": the pronoun is a stake named in the sentence.
    let from = before.first()?.span(ctx.mentions).start;
    let to = before[verb].span(ctx.mentions).start;
    if ctx
        .mentions
        .iter()
        .any(|m| m.kind == EntityKind::Percent && m.span.start >= from && m.span.end <= to)
    {
        return None;
    }
    // "X is selling T to Y, which paid $N for it": the thing sold.
    if let Some(sold) = sold_before(ctx, &before[..verb]) {
        return sold.filter(&ok);
    }
    let sentence = subject_of(ctx.lang, &before[..verb], ctx.kinds);
    if let Some(s) = sentence.filter(&ok) {
        return Some(s);
    }
    last_plain_entity(&before[..verb], ok).or_else(|| previous.subject.filter(&ok))
}

/// How many words a phrase of selling may hold ("letting go of").
const SALE_WORDS: usize = 3;

/// When `before` holds a verb or phrase of selling (the first), what it
/// sells: the name right after it, not a possessive, or `None` when no name
/// stands there ("is selling its Tarn plant to Y": the plant, no entity).
/// The seller is never what a buyer later pays for. A passive ("was sold
/// to") is no such verb: its subject is the thing sold.
fn sold_before(ctx: &Context<'_>, before: &[Item]) -> Option<Option<usize>> {
    let phrases = &ctx.lang.relate.pronoun.sale_phrases;
    let mut phrase = String::new();
    let end = (0..before.len()).find_map(|p| {
        (1..=SALE_WORDS).find_map(|n| {
            let words = before.get(p..p + n)?;
            phrase.clear();
            for (k, item) in words.iter().enumerate() {
                if k > 0 {
                    phrase.push(' ');
                }
                phrase.push_str(item.word());
            }
            // "was sold by its founders": a passive's subject is what was
            // sold, and it is read as before.
            let passive = p
                .checked_sub(1)
                .is_some_and(|b| ctx.lang.relate.roles.passive_be.contains(before[b].word()))
                && !ctx.lang.relate.frame.is_progressive(before[p].word());
            (phrases.contains(&phrase) && !passive).then_some(p + n)
        })
    })?;
    Some(match before.get(end) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => Some(*entity),
        _ => None,
    })
}

/// The subject of the clause whose verb is `before[verb]`: the name right
/// before it, past auxiliaries ("Lindqvara has since acquired", "V agreed to
/// sell"), or before ", which"; else the sentence's subject (a participle,
/// ", buying it").
fn own_subject(ctx: &Context<'_>, before: &[Item], verb: usize) -> Option<usize> {
    clause_subject(ctx.lang, before, verb, ctx.kinds)
        // The verb stays in: the relative pronoun must have a word after it.
        .or_else(|| relative_subject(ctx, &before[..=verb]))
        .or_else(|| subject_of(ctx.lang, &before[..verb], ctx.kinds))
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn an_object_it_after_a_verb_of_buying_is_a_company_named_before() {
        check(
            &[Acquired, FounderOf],
            &[
                // The sentence's subject, bought by the relative clause's.
                (
                    "Keltic Foods is owned by the investment firm Brask Capital, which bought it from Orvo Holdings in 2019.",
                    &[("Brask Capital", Acquired, "Keltic Foods")],
                ),
                // Paid for: bought.
                (
                    "Keltic Foods has been owned since 2019 by the investment firm Brask Capital, \
                     which paid 95 million euros for it to the founding family.",
                    &[("Brask Capital", Acquired, "Keltic Foods")],
                ),
                // The name right before the verb is the clause's subject.
                (
                    "Tarn Brokers, which has bought 31 rivals since Helio Equity acquired it in 2021, is growing.",
                    &[("Helio Equity", Acquired, "Tarn Brokers")],
                ),
                // A participle's subject is the sentence's: the company
                // before it is the one bought.
                (
                    "Zephyr Corp. paid $40 million in 2022 for the Danish pump maker Quantix Pumps, buying it from Orvo Holdings.",
                    &[("Zephyr Corp.", Acquired, "Quantix Pumps")],
                ),
                // A founder in a relative clause under "of".
                (
                    "Brask Tools is still owned by descendants of Jon Hale, who founded it in Oslo in 1921.",
                    &[("Jon Hale", FounderOf, "Brask Tools")],
                ),
                // A stake before the pronoun: "it" is the stake.
                (
                    "Helio Trading, which has held 18% of Quantix Pumps since buying it from Orvo Holdings, will vote for the deal.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn an_it_paid_for_after_a_sale_is_the_thing_sold_never_the_seller() {
        check(
            &[Acquired],
            &[
                (
                    "Keltic Foods is selling Orvo Bakeries to Brask Capital, which is paying 40 million euros for it.",
                    &[("Brask Capital", Acquired, "Orvo Bakeries")],
                ),
                (
                    "Keltic Foods is letting go of Orvo Bakeries; the buyer is Brask Capital, which is paying 40 million euros for it.",
                    &[("Brask Capital", Acquired, "Orvo Bakeries")],
                ),
                // A passive's subject is the thing sold.
                (
                    "Orvo Bakeries was sold in 2021 to Brask Capital, which paid 40 million euros for it.",
                    &[("Brask Capital", Acquired, "Orvo Bakeries")],
                ),
                // The thing sold is no entity: "it" stands for none.
                (
                    "Keltic Foods is selling its Tarn plant to Brask Capital, which paid $40 million for it.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn an_it_after_a_share_is_the_company_held() {
        check(
            &[StakeIn],
            &[
                // In a clause of "whose": the sentence's subject.
                (
                    "Keltic Tools was founded in 1994 by Jon Hale, whose daughter Lena Hale-Vogt owns 60% of it.",
                    &[("Lena Hale-Vogt", StakeIn, "Keltic Tools")],
                ),
                // The clause's own subject holds the share, not itself.
                (
                    "Quantix Pumps was bought by Brask Capital in 2019, but Orvo Holdings still owns 20% of it.",
                    &[("Orvo Holdings", StakeIn, "Quantix Pumps")],
                ),
                // No holder right before the verb: "it" is left unread.
                (
                    "Quantix Pumps was bought by Brask Capital in 2019, and the shareholders of Orvo Holdings own 20% of it.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn the_subject_of_an_infinitive_is_not_what_its_object_it_means() {
        // "V agreed to sell it a stake": V sells, the company named before
        // is sold to.
        let text = "Zephyr Corp. has won control of Quantix Pumps after Orvo Holdings agreed to sell it a 67% stake.";
        assert_eq!(
            crate::pipeline::tests::resolved(text, "it a 67%").as_deref(),
            Some("Zephyr Corp.")
        );
    }
}
