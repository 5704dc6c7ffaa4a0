//! Pronouns in a money frame: an object pronoun right after the verb
//! ("lending it $N") read as the name it stands for. (A subject pronoun
//! inside the sentence, "a stake it bought for $N", is left to the deal the
//! figure belongs to: the sentence's subject is wrong where a second clause
//! has its own, "A owns 58% of T, while B holds 22%, a stake it bought".)

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

#[cfg(test)]
mod tests {
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
}
