//! The subject of an -ing verb that governs an amount and has none of its
//! own before it: after a comma or a preposition that opens a clause, the
//! subject of the clause it belongs to ("S raised its stake, paying $N",
//! "S holds 51% of T after buying 21% for $N"); in an absolute phrase, the
//! name after "with" ("with S paying $N").

use super::context::Context;
use super::item::Item;

/// "S said it had raised its stake, paying $N": a verb right after a comma
/// has the sentence's first subject, when it stands before the comma; so
/// has an -ing verb after a preposition that opens a clause ("S holds 51%
/// of T after buying 21% for $N"). A subject coordinated with another ("S
/// and T said they will build a plant, investing $N") pays with it: no one
/// of them alone.
pub(super) fn participle_subject(ctx: &Context<'_>, items: &[Item], j: usize) -> Option<usize> {
    let words = &ctx.lang.relate.frame;
    let linked = j > 0
        && words.gerund_links.contains(items[j - 1].word())
        && words.is_progressive(items[j].word());
    if j == 0 || !(linked || items[j - 1].word() == ",") {
        return None;
    }
    let mut before = &items[..j - 1];
    // "…, while B will raise its stake by buying": B's clause only.
    if linked
        && let Some(b) = before
            .iter()
            .rposition(|x| words.clause_breaks.contains(x.word()))
    {
        before = &before[b + 1..];
    }
    let s = super::clause::subject_of(ctx.lang, before, ctx.kinds)?;
    let coordinated = super::coordination::groups(&ctx.lang.relate.clause, before)
        .iter()
        .any(|g| g.iter().any(|&k| before[k].entity() == Some(s)));
    (!coordinated).then_some(s)
}

/// "…, with S paying $N": the name between "with" and an -ing verb is the
/// verb's subject.
pub(super) fn absolute_subject(ctx: &Context<'_>, items: &[Item], j: usize) -> Option<usize> {
    let words = &ctx.lang.relate.frame;
    if j < 2
        || !words.absolute.contains(items[j - 2].word())
        || !words.is_progressive(items[j].word())
    {
        return None;
    }
    match items[j - 1] {
        Item::Ent {
            entity,
            possessive: false,
            ..
        } => Some(entity),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as check;

    #[test]
    fn an_ing_clause_after_a_preposition_has_the_main_clauses_subject() {
        check(&[
            (
                "Velmora Holdings now holds 60% of Quantix Inc., the Lyon toolmaker, after buying 21% from its founder, Aline Roussel-Kamau, for 16 million euros.",
                &[(
                    "16 million euros",
                    Some("Velmora Holdings"),
                    Some("Aline Roussel-Kamau"),
                )],
            ),
            // The subject of the clause the -ing clause belongs to.
            (
                "Quantix Inc.'s chairman, Aline Roussel-Kamau, said the family would keep its stake, while Velmora Holdings will raise its own by buying shares from Dunmore Capital for $40 million.",
                &[(
                    "$40 million",
                    Some("Velmora Holdings"),
                    Some("Dunmore Capital"),
                )],
            ),
            (
                "Velmora Holdings raised its stake in Quantix Inc. by buying shares from Dunmore Capital for $40 million.",
                &[(
                    "$40 million",
                    Some("Velmora Holdings"),
                    Some("Dunmore Capital"),
                )],
            ),
        ]);
    }
}
