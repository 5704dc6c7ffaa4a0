//! Two named parties taken up by a plural: "A and B are to merge. Both
//! firms buy their glass from C", "Together they sold …", "Their rivals,
//! D and E, …". The view reads such a plural as the coordinated pair
//! itself ("A and B"), so every pattern that spreads over a coordinated
//! end relates each of the two.

use std::borrow::Cow;

use super::context::Context;
use super::item::Item;
use super::pronoun::Previous;
use crate::lang::lowered;
use crate::model::{EntityKind, Span};

/// How many items a description set off by commas may hold between the
/// first party and the comma before "and" ("A, the Bergamo lighting firm,
/// and B").
const APPOSED_REACH: usize = 16;

/// How many plain words may stand between "and" and the second party ("and
/// the Bergamo lighting firm B").
const DESCRIBED_REACH: usize = 6;

/// The pair of organisations a view coordinates ("A and B", "A of X and B
/// of Y", "A, the …, and the … B", "Austria's A and Hungary's B"), and
/// whether it is the sentence's subject (opens it, or holds `subject`:
/// "Two of Scotland's makers, A and B, are merging"): the pair that is,
/// else the last.
pub(super) fn coordinated(
    ctx: &Context<'_>,
    view: &[Item],
    subject: Option<usize>,
) -> Option<(usize, usize, bool)> {
    let org = |k: usize| {
        view.get(k).and_then(|item| match item {
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if ctx.kinds.get(*entity) == Some(&EntityKind::Org) => Some(*entity),
            _ => None,
        })
    };
    let joiners = &ctx.lang.relate.pronoun.pair_joiners;
    let mut found = None;
    for q in 1..view.len() {
        if !matches!(view[q], Item::Word { .. }) || !joiners.contains(view[q].word()) {
            continue;
        }
        let Some((p, a)) = first_party(ctx, view, q, &org) else {
            continue;
        };
        // The second: the first organisation after "and" past plain words
        // and possessive places ("and Hungary's B").
        let b = (q + 1..view.len().min(q + 1 + DESCRIBED_REACH))
            .take_while(|&k| view[k].word() != ",")
            .find_map(|k| match &view[k] {
                Item::Ent {
                    possessive: true, ..
                } => None,
                Item::Ent { .. } => Some(org(k)),
                _ => None,
            })
            .flatten();
        if let Some(b) = b.filter(|&b| b != a) {
            let led = p == lead(ctx, view) || subject.is_some_and(|s| s == a || s == b);
            if led {
                return Some((a, b, true));
            }
            found = Some((a, b, false));
        }
    }
    found
}

/// The first party of a pair whose "and" is at `q`, with where its phrase
/// starts: the organisation right before "and", before "of" and a place
/// ("A of X and"), or before a description set off by commas ("A, the …,
/// and"); a possessive place before it starts the phrase ("Austria's A").
fn first_party(
    ctx: &Context<'_>,
    view: &[Item],
    q: usize,
    org: &impl Fn(usize) -> Option<usize>,
) -> Option<(usize, usize)> {
    let place = |k: usize| {
        matches!(view.get(k), Some(Item::Ent { entity, .. })
            if ctx.kinds.get(*entity) == Some(&EntityKind::Loc))
    };
    let k = if org(q - 1).is_some() {
        q - 1
    } else if q >= 3
        && place(q - 1)
        && ctx.lang.relate.places.of_place.contains(view[q - 2].word())
        && org(q - 3).is_some()
    {
        q - 3
    } else if view[q - 1].word() == "," {
        // "A, which builds cases at a plant in Vejle, and": back to the
        // comma after A, past no other organisation.
        (q.saturating_sub(APPOSED_REACH).max(1)..q - 1)
            .rev()
            .take_while(|&k| org(k).is_none())
            .find(|&k| view[k].word() == "," && org(k - 1).is_some())?
            - 1
    } else {
        return None;
    };
    let a = org(k)?;
    let start = match k.checked_sub(1).map(|j| &view[j]) {
        Some(Item::Ent {
            possessive: true, ..
        }) => k - 1,
        _ => k,
    };
    Some((start, a))
}

/// Where a view's subject starts: its first item past leading words
/// ("However, …") and "together".
fn lead(ctx: &Context<'_>, view: &[Item]) -> usize {
    let words = &ctx.lang.relate.pronoun;
    view.iter()
        .position(|item| {
            let w = item.word();
            !words.leading_words.contains(w) && !words.pair_leads.contains(w)
        })
        .unwrap_or(view.len())
}

/// The pair a plural at the start of `tokens` stands for, and how many
/// tokens it takes: a description of the pair the text last named ("both
/// firms"); a plural pronoun opening a sentence after one the pair was the
/// subject of ("Together they"); a plural possessive in a sentence the pair
/// opens ("A and B sold more than their rival").
pub(super) fn taken_up(
    ctx: &Context<'_>,
    prev: &Previous,
    before: &[Item],
    first: &str,
    tokens: &[Span],
) -> Option<((usize, usize), usize)> {
    let list = &ctx.lang.relate.pronoun;
    // Most words open no plural: leave before reading the words after
    // (one look-up in the openers, pronouns and possessives together).
    if !ctx.triggers.opens_pair(first) {
        return None;
    }
    // Most are written in lower case already: borrowed, not copied.
    let words: Vec<Cow<'_, str>> = tokens
        .iter()
        .take(PLURAL_REACH)
        .map(|t| lowered(t.slice(ctx.text)))
        .collect();
    let word = words.first()?;
    // A plural in a sentence that names both parties restates them ("A and
    // B will form a venture, the partners said").
    let named = |(a, b): (usize, usize)| {
        let has = |e: usize| before.iter().any(|item| item.entity() == Some(e));
        has(a) && has(b)
    };
    if let Some(pair) = prev.pair.filter(|&pair| !named(pair)) {
        let n = description_len(ctx, &words);
        if n > 0 {
            return Some((pair, n));
        }
        if prev.pair_led && pronoun_opens(ctx, word, before) {
            return Some((pair, 1));
        }
    }
    if list.pair_possessives.contains(word)
        && let Some((a, b, true)) = coordinated(ctx, before, None)
    {
        return Some(((a, b), 1));
    }
    None
}

/// How many tokens a plural standing for a pair may take ("the two
/// big carmakers").
const PLURAL_REACH: usize = 4;

/// How many tokens of `words` (lower case, from a plain token on) make a
/// plural that stands for a pair: "both firms", "the two companies", "the
/// partners", and with one describing word before the noun "the
/// automobile manufacturers", "the two big carmakers"; 0 when none
/// does.
fn description_len(ctx: &Context<'_>, words: &[Cow<'_, str>]) -> usize {
    let list = &ctx.lang.relate.pronoun;
    let Some(first) = words.first() else {
        return 0;
    };
    if !list.pair_openers.contains(first) {
        return 0;
    }
    let noun = usize::from(words.get(1).is_some_and(|w| list.pair_counts.contains(w))) + 1;
    let describing = |w: &str| {
        w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !w.is_empty()
            && !ctx.lang.rules.function_words.contains(w)
            && !list.pair_nouns.contains(w)
    };
    match (words.get(noun), words.get(noun + 1)) {
        (Some(w), _) if list.pair_nouns.contains(w) => noun + 1,
        (Some(d), Some(w)) if describing(d) && list.pair_nouns.contains(w) => noun + 2,
        _ => 0,
    }
}

/// True when a plural pronoun (`word`) opens the clause of `before` (only
/// leading words, "together", before it) after a sentence whose subject
/// was the pair.
fn pronoun_opens(ctx: &Context<'_>, word: &str, before: &[Item]) -> bool {
    let list = &ctx.lang.relate.pronoun;
    list.pair_pronouns.contains(word)
        && before.iter().all(|item| {
            let w = item.word();
            matches!(item, Item::Word { .. })
                && (list.leading_words.contains(w) || list.pair_leads.contains(w))
        })
}

/// The items a plural standing for the pair reads as: "A and B" (B's
/// possessive when the plural's is: "their", "both companies'").
pub(super) fn expansion<'t>(
    ctx: &Context<'t>,
    pair: (usize, usize),
    span: Span,
    possessive: bool,
) -> [Item<'t>; 3] {
    let lang: &'t crate::lang::Language = ctx.lang;
    let joiner = lang
        .relate
        .pronoun
        .pair_joiners
        .iter()
        .next()
        .unwrap_or_default();
    [
        Item::Ent {
            entity: pair.0,
            possessive: false,
            span,
            pronoun: false,
        },
        Item::Word {
            word: joiner.into(),
            span,
        },
        Item::Ent {
            entity: pair.1,
            possessive,
            span,
            pronoun: false,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;
    use crate::model::RelationKind::*;

    #[test]
    fn a_plural_after_a_pair_relates_each_of_the_two() {
        check(
            &[Supplies, CompetitorOf, StakeIn],
            &[
                // "Both firms", and "Together they … their rival" after them.
                (
                    "Quillbrook Ltd and Marrowfen AG said on Monday they would merge. \
                     Both firms buy their glass from Velmoran Glassworks. \
                     Together they sold pipes worth £5 million last year, a little more \
                     than their largest rival, Drellic Pipes.",
                    &[
                        ("Velmoran Glassworks", Supplies, "Quillbrook Ltd"),
                        ("Velmoran Glassworks", Supplies, "Marrowfen AG"),
                        ("Marrowfen AG", CompetitorOf, "Drellic Pipes"),
                        ("Quillbrook Ltd", CompetitorOf, "Drellic Pipes"),
                    ],
                ),
                // "The two companies" after a pair set off by a description.
                (
                    "Quillbrook Ltd, which builds cases at a plant in Leeds, and the lighting \
                     firm Marrowfen AG are to form a venture. \
                     The two companies belong to Ombrant Holdings.",
                    &[
                        ("Ombrant Holdings", StakeIn, "Quillbrook Ltd"),
                        ("Ombrant Holdings", StakeIn, "Marrowfen AG"),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn names_an_object_lists_are_no_pair() {
        // The chains are no parties: "the two companies" stays unread.
        check(
            &[StakeIn, PartnerOf],
            &[(
                "Quillbrook Ltd sells through the chains Pendrill and Corvath Stores. \
                 The two companies belong to Ombrant Holdings.",
                &[],
            )],
        );
    }

    #[test]
    fn a_singular_possessive_after_a_coordinated_subject_stands_for_no_one() {
        // "A and B have lent C $5m. Its chief …": which one is not said.
        check(
            &[CeoOf],
            &[
                (
                    "Keltic Bank and Brask Capital have lent Orvo Yachts 5 million euros. Its chief executive, Lena Vogt, said the loan was welcome.",
                    &[],
                ),
                // One subject: the possessive is its.
                (
                    "Keltic Bank has lent Orvo Yachts 5 million euros. Its chief executive, Lena Vogt, said the loan was welcome.",
                    &[("Lena Vogt", CeoOf, "Keltic Bank")],
                ),
            ],
        );
    }

    #[test]
    fn a_plural_of_the_pair_s_trade_stands_for_the_pair() {
        // "the automobile manufacturers": one describing word before a
        // noun of the trade the two share.
        check(
            &[LendsTo],
            &[(
                "Keltic Motors and Tarvel Motors asked for help on Monday. \
                 The automobile manufacturers have been forced to seek aid from Ostby Bank.",
                &[
                    ("Ostby Bank", LendsTo, "Keltic Motors"),
                    ("Ostby Bank", LendsTo, "Tarvel Motors"),
                ],
            )],
        );
    }
}
