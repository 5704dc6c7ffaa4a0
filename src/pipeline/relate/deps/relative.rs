//! What a relative clause stands for, read off the parse: the noun a
//! relative clause or participle modifies ([`modified`]) and the name a
//! relative pronoun stands for wherever it stands in its clause
//! ([`antecedent`]): the subject ("X, which is owned by S"), the object of
//! a preposition ("X, a lender in which S holds a stake": S holds a stake
//! in X) or the possessor ("the venture, whose chief executive will be P":
//! P runs the venture). A described antecedent stands for the name it is
//! in apposition to ("X, a Nagoya trading house that is T's largest
//! shareholder": X is).

use crate::syntax::{Label, is_punct_tag};

use super::super::context::Context;
use super::tree::{ALONE, Tree, ents_at};

/// How many arcs up from a relative pronoun its clause's verb may stand
/// ("in which S holds": the pronoun, its preposition, the verb).
const CLAUSE_REACH: usize = 3;

/// True when word `w` is a relative pronoun ("which", "that", "who",
/// "whom", "whose"; `relate/deps/relatives.txt`).
pub(super) fn relative(ctx: &Context<'_>, tree: &Tree, w: usize) -> bool {
    ctx.lang.relate.deps.relatives.contains(&tree.lower[w])
}

/// The noun a relative clause or participle `v` modifies: the word just
/// before the comma and relative pronoun opening it ("Y, which is owned
/// by X": Y, never another conjunct of Y's coordination), else its head;
/// a described one, the name it is in apposition to. Marked [`ALONE`].
pub(super) fn modified(ctx: &Context<'_>, tree: &Tree, v: usize) -> Option<usize> {
    let start = tree
        .parse
        .children(v)
        .filter(|&c| relative(ctx, tree, c))
        .min()
        .unwrap_or(v);
    let mut w = start.checked_sub(1)?;
    if tree.lower[w] == "," {
        w = w.checked_sub(1)?;
    }
    if tree.anchored_at(w).next().is_none() {
        let h = tree.head(v)?;
        return Some(described(ctx, tree, h).unwrap_or(h) | ALONE);
    }
    Some(w | ALONE)
}

/// The name the relative pronoun at word `w` stands for, marked [`ALONE`]:
/// the name right before the comma, dash or preposition that opens its
/// clause ("X, whose …", "X, in which …"), else the noun the parse hangs
/// the clause on; a described one, the name it is in apposition to. None
/// for any other word, or when neither names anything.
pub(super) fn antecedent(ctx: &Context<'_>, tree: &Tree, w: usize) -> Option<usize> {
    if !relative(ctx, tree, w)
        || !matches!(
            tree.label(w),
            Label::NSUBJ | Label::NSUBJPASS | Label::DOBJ | Label::POBJ | Label::POSS
        )
    {
        return None;
    }
    // "in which", "of whom": the clause opens on the preposition.
    let start = match w.checked_sub(1) {
        Some(p) if tree.label(w) == Label::POBJ && tree.head(w) == Some(p) => p,
        _ => w,
    };
    let mut k = start.checked_sub(1)?;
    if is_punct_tag(tree.tag(k)) {
        k = k.checked_sub(1)?;
    }
    let before = named(ctx, tree, k);
    let hung = || {
        let mut v = w;
        for _ in 0..CLAUSE_REACH {
            let h = tree.head(v)?;
            if tree.label(v) == Label::RELCL {
                return named(ctx, tree, h);
            }
            v = h;
        }
        None
    };
    before.or_else(hung).map(|a| a | ALONE)
}

/// The word naming what word `k` stands for: `k` when a mention heads
/// there, else the name a described `k` is in apposition to.
fn named(ctx: &Context<'_>, tree: &Tree, k: usize) -> Option<usize> {
    if !ents_at(ctx, tree, k).is_empty() {
        return Some(k);
    }
    described(ctx, tree, k)
}

/// The name a common noun `n` that names nothing is in apposition to
/// ("X, a Yokohama company"): its head, else the word before the comma
/// opening its phrase (the parse may hang an apposition elsewhere, leave
/// it loose, or read it as a second attribute: "will be A, a builder in
/// which …").
fn described(ctx: &Context<'_>, tree: &Tree, n: usize) -> Option<usize> {
    if !tree.is_common_noun(n)
        || !ents_at(ctx, tree, n).is_empty()
        || !matches!(tree.label(n), Label::APPOS | Label::DEP | Label::ATTR)
    {
        return None;
    }
    if tree.label(n) == Label::APPOS
        && let Some(h) = tree.head(n)
        && !ents_at(ctx, tree, h).is_empty()
    {
        return Some(h);
    }
    let start = (0..n).find(|&w| tree.dominates(n, w)).unwrap_or(n);
    let b = start.checked_sub(2)?;
    (tree.lower[start - 1] == "," && !ents_at(ctx, tree, b).is_empty()).then_some(b)
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_stake_in_which_is_in_the_name_the_clause_hangs_on() {
        check(
            &[StakeIn],
            &[
                // The described antecedent stands for the name it is in
                // apposition to.
                (
                    "The loans will come from Corvane Bank and from Ostry Leasing Ltd, a Gdansk lender in which Teplice Holdings holds a minority stake.",
                    &[("Teplice Holdings", StakeIn, "Ostry Leasing Ltd")],
                ),
                // The clause hangs on the buyer, not on what it bought.
                (
                    "Arvena Foods sold Pellham Mills Ltd to Dorrit Group, in which Kessler Capital holds a 30% stake.",
                    &[("Kessler Capital", StakeIn, "Dorrit Group")],
                ),
            ],
        );
    }

    #[test]
    fn a_relative_subject_of_a_copula_and_of_a_coordinated_copula() {
        check(
            &[StakeIn],
            &[
                (
                    "Hollbrook Trading Corp, a Kobe trading house that is Narusawa Kogyo's largest shareholder with 14 percent, raised its holding.",
                    &[("Hollbrook Trading Corp", StakeIn, "Narusawa Kogyo")],
                ),
                (
                    "Velka Trucks, which is based in the same city and is also Bromwell Axles's largest shareholder with 24%, cut output.",
                    &[("Velka Trucks", StakeIn, "Bromwell Axles")],
                ),
            ],
        );
    }

    #[test]
    fn whose_stands_for_the_name_before_its_comma() {
        check(
            &[CeoOf],
            &[(
                "Its finance chief will chair the venture, Ardley Power Ltd, whose chief executive will be Ilsa Varga-Moreno.",
                &[("Ilsa Varga-Moreno", CeoOf, "Ardley Power Ltd")],
            )],
        );
        // The customer is the miller's, not the seller's.
        check(
            &[Supplies],
            &[(
                "Tomsk Metals sold Pellham Mills Ltd, a miller whose largest customer is Harrow Foods Corp, to Dorrit Group.",
                &[("Pellham Mills Ltd", Supplies, "Harrow Foods Corp")],
            )],
        );
    }
}
