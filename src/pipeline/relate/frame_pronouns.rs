//! Pronouns in a money frame: a subject pronoun inside the sentence ("a
//! stake it bought for $N") and an object pronoun right after the verb
//! ("lending it $N"), each read as the name it stands for.

use super::context::Context;
use super::item::Item;

/// "S said that Germany had granted it $N": an object pronoun right after
/// the verb stands for the sentence's subject after a verb of saying, else
/// ("B promised T a loan, and S is lending it $N") for the nearest name
/// before it of the kind it wants; never for its own clause's subject.
pub(super) fn object_pronoun(
    ctx: &Context<'_>,
    items: &[Item],
    j: usize,
    subject: Option<usize>,
) -> Option<usize> {
    let pronouns = &ctx.lang.relate.pronoun;
    let w = items.get(j + 1)?.word();
    let wants = pronouns
        .wants(w)
        .filter(|_| !pronouns.possessive.contains(w))?;
    let fits = |e: &usize| Some(*e) != subject && ctx.kinds.get(*e) == Some(&wants);
    let reported = items[..j]
        .iter()
        .any(|x| pronouns.reporting_verbs.contains(x.word()));
    if reported {
        return super::clause::subject_of(ctx.lang, &items[..j], ctx.kinds).filter(fits);
    }
    // Past the clause's own subject and its apposition.
    let before = items[..j]
        .iter()
        .rposition(|x| subject.is_some() && x.entity() == subject)
        .unwrap_or(j);
    items[..before]
        .iter()
        .rev()
        .filter_map(Item::entity)
        .find(fits)
}

/// "S holds 22%, a stake it bought for $N", "a plant, which it bought for
/// $N": a subject pronoun right before verb `j` (auxiliaries between), in a
/// clause inside the sentence, stands for the sentence's subject.
pub(super) fn pronoun_subject(ctx: &Context<'_>, items: &[Item], j: usize) -> Option<usize> {
    let pronouns = &ctx.lang.relate.pronoun;
    let gap = &ctx.lang.relate.clause.between_subject_and_verb;
    let p = (j.saturating_sub(4)..j)
        .rev()
        .find(|&p| !gap.contains(items[p].word()))?;
    let w = items[p].word();
    let wants = pronouns
        .wants(w)
        .filter(|_| !pronouns.possessive.contains(w))?;
    // "the chain T, which it bought": what the relative clause is about is
    // not who bought it.
    let relative = &ctx.lang.relate.clause.relative_pronouns;
    let about = (p >= 3 && relative.contains(items[p - 1].word()) && items[p - 2].word() == ",")
        .then(|| items[p - 3].entity())
        .flatten();
    super::clause::subject_of(ctx.lang, &items[..p], ctx.kinds)
        .filter(|&e| ctx.kinds.get(e) == Some(&wants) && Some(e) != about)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties as check;

    #[test]
    fn an_object_pronoun_outside_reported_speech_is_the_name_before_its_clause() {
        let some = |s: &str| Some(s.to_owned());
        // Past the clause's subject and its apposition, which pays.
        let got = crate::pipeline::tests::money_parties(
            "Velmora Holdings has promised Quantix Inc. a €75 million loan, and Keltic Partners, the regional investment company, is lending it €25 million.",
        );
        assert_eq!(
            got[1],
            (
                "€25 million".to_owned(),
                some("Keltic Partners"),
                some("Quantix Inc.")
            )
        );
        let got = crate::pipeline::tests::money_parties(
            "Velmora Holdings and Brenner Foods will put 12 billion yen into Quantix Inc. between them, and the Keltic Bank has agreed to lend it a further 5 billion yen.",
        );
        assert_eq!(
            got[1],
            (
                "5 billion yen".to_owned(),
                some("Keltic Bank"),
                some("Quantix Inc.")
            )
        );
    }

    #[test]
    fn a_subject_pronoun_inside_the_sentence_is_its_subject() {
        check(&[
            (
                "Velmora Holdings holds 22% of Quantix Inc., a stake it bought in 2017 for £95 million from the private equity firm Keltic Partners.",
                (
                    "£95 million",
                    Some("Velmora Holdings"),
                    Some("Keltic Partners"),
                ),
            ),
            // What the relative clause is about bought nothing.
            (
                "Shares in the chain Tarvik Care, which it bought from Keltic Partners for €210 million, rose.",
                ("€210 million", None, Some("Keltic Partners")),
            ),
        ]);
    }
}
