//! An object "it" after a verb of buying, selling or founding ("Q Capital,
//! which bought it from V in 2019"; "P, who founded it in 1921") stands for
//! a company named before its clause: the sentence's subject, else the
//! nearest name that fits, never the clause's own subject (a company does
//! not buy itself). After a stake ("has held 18% of T since buying it") the
//! pronoun is the stake, and stands for no company.

use super::clause::subject_of;
use super::context::Context;
use super::item::Item;
use super::pronoun::{Previous, relative_subject};
use super::view::PERCENT;

/// How many auxiliaries and adverbs may stand between a clause's subject
/// and its verb ("Tamarind has since acquired it").
const VERB_GAP: usize = 2;

/// The entity an object "it" right after the verb that ends `before`
/// stands for (see the module comment).
pub(super) fn object_antecedent(
    ctx: &Context<'_>,
    before: &[Item],
    previous: &Previous,
    fits: impl Fn(&usize) -> bool,
) -> Option<usize> {
    let verb = before.len().checked_sub(1)?;
    let own = own_subject(ctx, before, verb);
    let ok = |e: &usize| fits(e) && Some(*e) != own;
    // "… since buying it": the pronoun is a stake named in the sentence.
    if before[..verb].iter().any(|item| item.word() == PERCENT) {
        return None;
    }
    let sentence = subject_of(ctx.lang, &before[..verb], ctx.kinds);
    if let Some(s) = sentence.filter(&ok) {
        return Some(s);
    }
    before[..verb]
        .iter()
        .rev()
        .find_map(|item| match item {
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if ok(entity) => Some(*entity),
            _ => None,
        })
        .or_else(|| previous.subject.filter(&ok))
}

/// The subject of the clause whose verb is `before[verb]`: the name right
/// before it, past auxiliaries and adverbs ("Tamarind has since acquired");
/// the name before ", which" when the relative pronoun is the subject; the
/// sentence's subject for a participle (", buying it") or a verb after a
/// conjunction.
fn own_subject(ctx: &Context<'_>, before: &[Item], verb: usize) -> Option<usize> {
    let resolve = &ctx.lang.resolve;
    let relative = &ctx.lang.relate.clause.relative_pronouns;
    let participle = before[verb].word().ends_with("ing");
    if !participle {
        for item in before[..verb].iter().rev().take(VERB_GAP + 1) {
            match item {
                Item::Ent { entity, .. } => return Some(*entity),
                Item::Word { word, .. } if relative.contains(word) => break,
                Item::Word { word, .. }
                    if resolve.finite_auxiliaries.contains(word)
                        || ctx.lang.relate.pronoun.leading_words.contains(word)
                        || word.ends_with("ly") => {}
                _ => break,
            }
        }
    }
    // The verb stays in: the relative pronoun must have a word after it.
    relative_subject(ctx, &before[..=verb])
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
}
