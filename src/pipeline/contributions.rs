//! Contributions: money the partners of a joint venture put into it ("The
//! partners will put €N into the venture, V"; "Cladach will own 55% of the
//! new company, V, and Taretang the remainder. The partners are putting €N
//! into it between them"). The venture is paid: the company a determiner
//! and a venture noun stand apposed to, else the one the sentence before
//! (or the amount's own) gives two owners or more. Part of the figures
//! stage.

use crate::lang::{Language, lowered};
use crate::model::{EntityKind, Mention, MoneyFact, Relation, RelationKind, Span};

use super::prices::words_around;
use super::segment::Segmentation;

/// How many words may stand between the verb of putting and the amount
/// ("put a further €N").
const VERB_REACH: usize = 3;

/// How many sentences before a particle's amount ("putting in €N") the
/// venture's owners may be told (the venture named in the sentence between).
const PARTICLE_REACH: usize = 2;

/// Makes the venture the payee of `fact`, the amount at `span` in sentence
/// `s`, where the figure has no payee or deal yet and its payer (if any) is
/// someone else.
pub(super) fn into_venture(
    page: (&Language, &str, &Segmentation, &[Mention]),
    at: (usize, Span),
    relations: &[Relation],
    fact: &mut MoneyFact,
) {
    if fact.recipient.is_some() || fact.relation.is_some() {
        return;
    }
    fact.recipient = venture_paid(page, at, relations).filter(|&v| fact.investor != Some(v));
}

/// The venture paid the amount at `span` in sentence `s` when a verb of
/// putting stands shortly before it and "into" right after it, followed by
/// "it" or a determiner and a venture noun.
fn venture_paid(
    (lang, text, seg, mentions): (&Language, &str, &Segmentation, &[Mention]),
    (s, span): (usize, Span),
    relations: &[Relation],
) -> Option<usize> {
    let m = &lang.money;
    let (before, after) = words_around(text, seg, s, span, 3)?;
    // "are putting in €N each": the particle right before the amount puts
    // it into the venture the last few sentences give two owners.
    if let [.., verb, particle] = before.as_slice()
        && m.put_verbs.contains(verb)
        && m.put_in.contains(particle)
    {
        return (s.saturating_sub(PARTICLE_REACH)..=s).rev().find_map(|k| {
            let sentence = seg.sentences.get(k)?.span;
            jointly_owned(sentence, relations)
        });
    }
    let put = before
        .iter()
        .rev()
        .take(VERB_REACH)
        .any(|w| m.put_verbs.contains(w));
    if !put || !after.first().is_some_and(|w| m.put_into.contains(w)) {
        return None;
    }
    let pronoun = after
        .get(1)
        .is_some_and(|w| *w == lowered(&lang.resolve.subject_pronoun));
    let noun = after
        .get(1)
        .is_some_and(|w| m.reference_determiners.contains(w))
        && after.get(2).is_some_and(|w| m.venture_nouns.contains(w));
    if noun && let Some(v) = apposed(text, mentions, span) {
        return Some(v);
    }
    if !pronoun && !noun {
        return None;
    }
    (s.saturating_sub(1)..=s).rev().find_map(|k| {
        let sentence = seg.sentences.get(k)?.span;
        jointly_owned(sentence, relations)
    })
}

/// The company named right after the venture noun that follows the amount
/// at `span`, set off by a comma ("into the venture, V,").
fn apposed(text: &str, mentions: &[Mention], span: Span) -> Option<usize> {
    // Past the venture noun itself, resolved to that company or not.
    let next = mentions
        .iter()
        .filter(|x| x.span.start >= span.end && !x.nominal)
        .min_by_key(|x| x.span.start)?;
    let gap = text.get(span.end..next.span.start)?;
    let words = gap.split_whitespace().count();
    (next.kind == EntityKind::Org && words == 3 && gap.trim_end().ends_with(','))
        .then_some(next.entity)
        .flatten()
}

/// The one company `sentence` relates to two owners or more.
fn jointly_owned(sentence: Span, relations: &[Relation]) -> Option<usize> {
    let stakes: Vec<&Relation> = relations
        .iter()
        .filter(|r| r.kind == RelationKind::StakeIn && r.evidence == sentence)
        .collect();
    let mut targets: Vec<usize> = stakes.iter().map(|r| r.target).collect();
    targets.dedup();
    let &[v] = targets.as_slice() else {
        return None;
    };
    let owners = stakes.iter().filter(|r| r.source != v).count();
    (owners >= 2).then_some(v)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as check;

    #[test]
    fn partners_pay_into_their_venture() {
        check(&[
            // The venture apposed to "the venture".
            (
                "Keltic Foods is building a cold store in Gdansk with Vantmoor Group. \
                 The two partners will put 85 million euros into the venture, \
                 Orla Frost Terminal, in which Keltic Foods will hold 60% and Vantmoor Group \
                 the balance.",
                &[("85 million euros", None, Some("Orla Frost Terminal"))],
            ),
            // "it": the company the sentence before gives two owners.
            (
                "Keltic Foods will own 55% of the new company, Orla Kelp Ltd, and Vantmoor Group \
                 the remainder. The partners are putting 40 million euros into it between them.",
                &[("40 million euros", None, Some("Orla Kelp Ltd"))],
            ),
            // "putting in €N each": the venture the sentences before give
            // two owners, named in between.
            (
                "Keltic Foods and Vantmoor Group will each hold half of a new company, Orla Kelp Ltd, from May. \
                 The venture will be based in Cork. \
                 Keltic Foods and Vantmoor Group are putting in 9 million euros each.",
                &[("9 million euros", None, Some("Orla Kelp Ltd"))],
            ),
            (
                "Keltic Foods and Vantmoor Group will each own half of the new company, \
                 Orla Kelp Ltd, and will put in $310 million apiece.",
                &[("$310 million", None, Some("Orla Kelp Ltd"))],
            ),
            // No venture owned by two: no one paid.
            (
                "Keltic Foods opened a plant in Cork. \
                 Its owners are putting in 9 million euros each.",
                &[("9 million euros", None, None)],
            ),
            // Not money put into something else.
            (
                "Keltic Foods will own 55% of the new company, Orla Kelp Ltd, and Vantmoor Group \
                 the remainder. The partners are putting 40 million euros into research.",
                &[("40 million euros", None, None)],
            ),
        ]);
    }
}
