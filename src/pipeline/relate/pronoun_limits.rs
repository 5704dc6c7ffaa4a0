//! Where a pronoun's nearest candidate is ruled out: a subject that is one
//! member of a list ("A and B will keep its director"), and a clause that
//! is only a fronted phrase ("After the deal, it …"); and where a
//! preposition before a possessive rules out nothing ("according to its
//! president").

use super::context::Context;
use super::item::Item;
use crate::model::EntityKind;
use crate::pipeline::word_shape::is_describing_word;
use crate::syntax::{Parser, is_finite_verb_tag, is_verb_tag};

/// How many plain words may stand between a list's joiner and its next
/// organisation ("and the Oslo fund B").
const DESCRIBED_REACH: usize = 6;

/// How many describing words may stand between a preposition's article
/// and the name it governs ("from the Latvian grower B").
const GOVERNED_WORDS: usize = 3;

/// The entities a sentence names that no preposition governs, in order: not
/// right after one ("with A"), nor after one and an article ("with the
/// A"), nor after one, an article and describing words ("from the Latvian
/// grower B": what "its" opening the next sentence means is not B), nor
/// joined by a comma or conjunction to a name that is ("with A and B").
pub(super) fn ungoverned(ctx: &Context<'_>, view: &[Item]) -> Vec<usize> {
    let prepositions = &ctx.lang.resolve.prepositions;
    let determiners = &ctx.lang.relate.pronoun.determiners;
    let joiners = &ctx.lang.relate.clause.list_conjunctions;
    let function_words = &ctx.lang.rules.function_words;
    let word = |k: Option<usize>| k.and_then(|k| view.get(k)).map_or("", Item::word);
    // The preposition list holds "and" and "or" too: here they join, not govern.
    let preposition = |w: &str| prepositions.contains(w) && !joiners.contains(w);
    // A plain word of a description: letters, no function word.
    let describing = |k: usize| {
        matches!(&view[k], Item::Word { word, .. }
            if word.chars().any(char::is_alphabetic)
                && is_describing_word(word)
                && !function_words.contains(word)
                && !prepositions.contains(word)
                && !determiners.contains(word))
    };
    // The article and preposition before the describing words ending at `k`.
    let described = |k: usize| {
        let words = (0..k)
            .rev()
            .take_while(|&j| describing(j))
            .take(GOVERNED_WORDS);
        let first = words.last()?;
        (first >= 2
            && determiners.contains(view[first - 1].word())
            && preposition(view[first - 2].word()))
        .then_some(())
    };
    let mut free = Vec::new();
    let mut governed_before = false;
    for (k, item) in view.iter().enumerate() {
        let Item::Ent { entity, .. } = item else {
            continue;
        };
        let before = word(k.checked_sub(1));
        let governed = preposition(before)
            || (determiners.contains(before) && preposition(word(k.checked_sub(2))))
            || described(k).is_some()
            || ((before == "," || joiners.contains(before)) && governed_before);
        governed_before = governed;
        if !governed {
            free.push(*entity);
        }
    }
    free
}

/// True when `subject`, named in `before` (not as a possessive), is joined
/// by a joiner ("and", "or") to another organisation named right after it,
/// or follows one so joined: a plural subject, of which a singular pronoun
/// means no one member.
pub(super) fn listed(ctx: &Context<'_>, before: &[Item], subject: usize) -> bool {
    let joiners = &ctx.lang.relate.pronoun.pair_joiners;
    let org = |item: &Item| match item {
        Item::Ent {
            entity,
            possessive: false,
            ..
        } if ctx.kinds.get(*entity) == Some(&EntityKind::Org) => Some(*entity),
        _ => None,
    };
    let Some(at) = before.iter().position(|item| org(item) == Some(subject)) else {
        return false;
    };
    let other = |k: usize| org(&before[k]).is_some_and(|e| e != subject);
    // "A and [the Oslo fund] B": the next organisation past plain words.
    let joined_after = before
        .get(at + 1)
        .is_some_and(|j| joiners.contains(j.word()))
        && (at + 2..before.len().min(at + 2 + DESCRIBED_REACH))
            .take_while(|&k| before[k].word() != ",")
            .find(|&k| before[k].entity().is_some())
            .is_some_and(other);
    // "B and A": a name before the joiner before it.
    let joined_before = at >= 2 && joiners.contains(before[at - 1].word()) && other(at - 2);
    joined_after || joined_before
}

/// True when the words of `before` (a sentence up to a pronoun) from `from`
/// on hold no verb ("After the deal, it bought …"): a phrase fronted
/// before the subject, no clause whose plain subject the pronoun might
/// mean ("While this move allows …, it …").
pub(super) fn fronted_phrase(ctx: &Context<'_>, before: &[Item], from: usize) -> bool {
    let Ok(parser) = Parser::bundled() else {
        return false;
    };
    let words: Vec<&str> = before
        .iter()
        .map(|item| item.span(ctx.mentions).slice(ctx.text))
        .collect();
    let tagged = parser.tag(&words);
    !(from..tagged.len()).any(|i| {
        let tag = tagged.tag(i);
        is_verb_tag(tag) || is_finite_verb_tag(tag)
    })
}

/// True when `before` (a sentence up to a pronoun) ends on a whole opener
/// of attribution ("according to"): "…, according to its president, X"
/// says whose word the clause is, and "its" stands for that clause's
/// subject as after a reporting verb, not for a name the preposition
/// governs.
pub(super) fn attributed(ctx: &Context<'_>, before: &[Item]) -> bool {
    ctx.lang.resolve.attribution_openers.iter().any(|opener| {
        let words: Vec<&str> = opener.split_whitespace().collect();
        before.len() >= words.len()
            && before[before.len() - words.len()..]
                .iter()
                .zip(&words)
                .all(|(item, w)| item.word().eq_ignore_ascii_case(w))
    })
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_fronted_phrase_with_no_verb_leaves_the_pronoun_the_previous_subject() {
        check(
            &[Acquired],
            &[
                // "After the deal," is a phrase, not a clause whose
                // subject "it" might mean.
                (
                    "Keltic Inc. acquired Brask Ltd. in June. After the deal, it bought Orvo Ltd.",
                    &[
                        ("Keltic Inc.", Acquired, "Brask Ltd."),
                        ("Keltic Inc.", Acquired, "Orvo Ltd."),
                    ],
                ),
                // A clause with a plain subject and a verb: not read.
                (
                    "Keltic Inc. sued Zephyr Corp. in May. While the lawsuit goes on, it bought Orvo Ltd.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn a_possessive_after_according_to_is_the_subject_s() {
        check(
            &[EmployeeOf, ChairmanOf, CeoOf],
            &[
                (
                    "The Orvo Train Drivers' Association called the strike on Monday. \
                     The union had rejected a 2% rise, according to its president, Lena Holm.",
                    &[("Lena Holm", EmployeeOf, "Orvo Train Drivers' Association")],
                ),
                // Any other preposition still governs it: "at its plant".
                (
                    "Keltic Foods bought Brask Ltd. in May. Sales rose at its plant \
                     in Arles, Jon Hale said.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn a_singular_pronoun_is_no_member_of_a_listed_subject() {
        // "A and B will each own half …, and will keep its director": not
        // A's director.
        check(
            &[EmployeeOf, CeoOf],
            &[(
                "Keltic Ports sold the Tarn terminal to Brask Fund and Orvo Capital in May. \
                 Brask Fund and Orvo Capital will each own half of the terminal, which handles \
                 9,000 boxes a day, and will keep its managing director, Jon Hale.",
                &[],
            )],
        );
    }

    #[test]
    fn a_name_governed_past_its_description_is_no_antecedent() {
        // "… said … from the Latvian grower Brask": the next sentence's
        // "Its" is not Brask, which a preposition governs.
        check(
            &[CompetitorOf],
            &[(
                "Keltic Juice Oy makes berry juice in Kuusamo. \
                 Keltic's chief executive, Anna Berg, said the berries it buys now come from the Latvian grower Brask Farms. \
                 Its main rival, the Swedish juice maker Orvo Drinks, buys from China.",
                &[("Keltic Juice Oy", CompetitorOf, "Orvo Drinks")],
            )],
        );
    }
}
