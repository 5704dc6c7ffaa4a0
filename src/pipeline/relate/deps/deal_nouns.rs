//! The relational-noun frame of the deals (see `deals`): "X's unit Y",
//! "Y, a unit of X", "Y is X's arm", "X's largest shareholder is Y", "X's
//! customers include A and B", each conjunct of either end too. Nouns
//! coordinated with no possessor or preposition of their own share the
//! phrase's: "X's parent and biggest customer, Y" (the possessor and the
//! apposition of the first), "Y, the lender and partner of X" (the "of"
//! of the last).

use crate::lang::relate::{DepDealWords, tags};
use crate::model::EntityKind;
use crate::syntax::Label;

use super::super::context::Context;
use super::deals::{
    ALONE, Through, ents_at, ents_of, keep_moneyless, negated_here, push_pairs, triggered,
};
use super::tree::Tree;
use super::{Found, Frame};

/// The noun frame's name in the listing.
const FRAME_NAME: &str = module_path!();

/// The relational-noun frame.
pub(super) const NOUNS: Frame = Frame {
    name: FRAME_NAME,
    triggered,
    tagged: super::gate::deal_nouns,
    read: read_nouns,
};

/// The words naming the company a relational noun `n` is about: in
/// apposition, by copula, after "include"/"including"/"such as", or the
/// name it modifies.
fn named_words(
    ctx: &Context<'_>,
    words: &DepDealWords,
    tree: &Tree,
    n: usize,
) -> Option<Vec<usize>> {
    let copulas = &ctx.lang.relate.deps.copulas;
    // "its distillation unit (CDU)": a name in brackets right after the
    // noun abbreviates the phrase itself, it names no company.
    let mut out: Vec<usize> = tree
        .children(n, Label::APPOS)
        .filter(|&c| !(c == n + 2 && tree.lower[n + 1] == "("))
        .collect();
    let head = tree.head(n);
    match (tree.label(n), head) {
        (Label::APPOS, Some(h)) => out.push(before_comma(ctx, tree, n).unwrap_or(h)),
        // An apposition the parse misread: a loose dependent, or a second
        // object ("won a contract from A and B, both part of X").
        (Label::DEP, Some(_)) => out.extend(before_comma(ctx, tree, n)),
        (Label::DOBJ, Some(h)) if tree.children(h, Label::DOBJ).any(|o| o < n) => {
            out.extend(before_comma(ctx, tree, n));
        }
        (Label::ATTR, Some(h)) if copulas.contains(&tree.lower[h]) => {
            if negated_here(tree, h) {
                return None;
            }
            out.extend(
                tree.child(h, Label::NSUBJ)
                    .or_else(|| shared_subject(tree, h)),
            );
        }
        (Label::NSUBJ, Some(h)) if copulas.contains(&tree.lower[h]) => {
            if negated_here(tree, h) {
                return None;
            }
            out.extend(tree.child(h, Label::ATTR));
        }
        (Label::NSUBJ, Some(h)) if words.include.contains(&tree.lower[h]) => {
            out.extend(tree.child(h, Label::DOBJ));
            out.extend(
                tree.children(h, Label::CONJ)
                    .filter(|&c| tree.tag(c).starts_with(tags::PROPER)),
            );
        }
        (Label::COMPOUND, Some(h)) if !ents_at(ctx, tree, h).is_empty() => out.push(h),
        _ => {}
    }
    for p in tree.children(n, Label::PREP) {
        if words.include.contains(&tree.lower[p]) {
            out.extend(tree.child(p, Label::POBJ));
        }
    }
    Some(out)
}

/// The subject a coordinated verb `v` with none of its own shares with
/// the first: "S, which is based in Z and is also T's largest
/// shareholder" (the copula's subject is the relative pronoun's).
fn shared_subject(tree: &Tree, v: usize) -> Option<usize> {
    if tree.label(v) != Label::CONJ {
        return None;
    }
    let first = tree.first_conjunct(v);
    tree.child(first, Label::NSUBJ)
        .or_else(|| tree.child(first, Label::NSUBJPASS))
}

/// True when the pronoun at word `p` stands for an entity a name earlier
/// in the sentence mentions: "X and its partner Y", "X said it would sell
/// its unit Y" (the antecedent read in the sentence, not guessed from
/// another).
fn named_before(ctx: &Context<'_>, tree: &Tree, p: usize) -> bool {
    let ents = ents_at(ctx, tree, p);
    !ents.is_empty()
        && tree.anchors.iter().any(|a| {
            let m = &ctx.mentions[a.mention];
            a.word < p
                && !m.nominal
                && !tree.tag(a.word).starts_with(tags::PRONOUN)
                && m.entity.is_some_and(|e| ents.contains(&e))
        })
}

/// The name an apposition `n` follows: the word just before the comma
/// opening it, when a name heads there; the parse often hangs the
/// apposition on another word ("A, B and C, the venture of X" on B; "a
/// contract from A and B, both part of X" on the contract). A singular
/// noun names that name alone, a plural one or one under "both" or "all"
/// its whole coordination.
fn before_comma(ctx: &Context<'_>, tree: &Tree, n: usize) -> Option<usize> {
    let start = (0..n).find(|&w| tree.dominates(n, w)).unwrap_or(n);
    let b = start.checked_sub(2)?;
    if tree.lower[start - 1] != "," || ents_at(ctx, tree, b).is_empty() {
        return None;
    }
    let every = tree.is_plural(n)
        || tree
            .parse
            .children(n)
            .any(|c| c < n && ctx.lang.relate.deps.deals.every.contains(&tree.lower[c]));
    Some(if every { b } else { b | ALONE })
}

/// The relational-noun frame's reading of the parsed sentence.
fn read_nouns(ctx: &Context<'_>, tree: &Tree, out: &mut Vec<Found>) {
    let from = out.len();
    read_nouns_in(ctx, tree, out);
    keep_moneyless(ctx, tree, out, from);
}

/// [`read_nouns`] before the findings that would claim an amount are dropped.
fn read_nouns_in(ctx: &Context<'_>, tree: &Tree, out: &mut Vec<Found>) {
    let words = &ctx.lang.relate.deps.deals;
    for n in 0..tree.len() {
        if !tree.is_common_noun(n) {
            continue;
        }
        let Some(noun) = words.noun(&tree.lower[n]) else {
            continue;
        };
        // "its previous supplier", "a former unit": no longer so; "its
        // investment bank": another tie.
        if tree
            .children(n, Label::AMOD)
            .any(|a| words.former.contains(&tree.lower[a]))
            || tree
                .children(n, Label::AMOD)
                .chain(tree.children(n, Label::COMPOUND))
                .any(|a| words.other_tie.contains(&tree.lower[a]))
        {
            continue;
        }
        let Some(named) = named_words(ctx, words, tree, n) else {
            continue;
        };
        // "Y, the lender and partner of X": a later conjunct names what
        // the coordination's first does.
        let first = tree.first_conjunct(n);
        let named = match named.is_empty() && first != n && tree.is_common_noun(first) {
            true => match named_words(ctx, words, tree, first) {
                Some(named) => named,
                None => continue,
            },
            false => named,
        };
        let mut owners: Vec<usize> = Vec::new();
        if noun.poss {
            // Not through a pronoun whose company the sentence does not
            // name before it (resolve's guess from afar), nor a place:
            // "Russia's biggest company" names a base, not an owner. "X's
            // parent and biggest customer": shared with the nouns before.
            let own = tree.children(n, Label::POSS);
            owners.extend(own.chain(tree.shared_possessors(n)).filter(|&p| {
                (!tree.tag(p).starts_with(tags::PRONOUN) || named_before(ctx, tree, p))
                    && !ents_at(ctx, tree, p)
                        .iter()
                        .any(|&e| ctx.kinds.get(e) == Some(&EntityKind::Loc))
            }));
        }
        let possessive = !owners.is_empty();
        if noun.of {
            // "the parent and largest shareholder of X": shared with the
            // nouns after.
            owners.extend(tree.prep_objects(n, &words.of));
            owners.extend(tree.shared_prep_objects(n, &words.of));
        }
        // "X parent Y": the possessor written on the name the noun modifies.
        if owners.is_empty()
            && tree.label(n) == Label::COMPOUND
            && let Some(h) = tree.head(n)
            && named.iter().any(|&m| m & !ALONE == h)
        {
            owners.extend(tree.children(h, Label::POSS));
        }
        let compounds: Vec<usize> = tree
            .children(n, Label::COMPOUND)
            .filter(|&c| !ents_at(ctx, tree, c).is_empty())
            .collect();
        let mut named = named;
        if possessive {
            // "X's Y unit": the name before the noun is the unit's (in "the
            // Y arm of X" it is as often a region: no pair).
            named.extend(compounds.iter().copied());
        } else if owners.is_empty()
            && noun.compound
            && !named.is_empty()
            && named.iter().all(|&m| m & !ALONE > n)
        {
            // "the X unit Y": the name before the noun is the owner's.
            owners.extend(compounds.iter().copied());
        }
        let owner_ents: Vec<usize> = owners
            .iter()
            .flat_map(|&w| ents_of(ctx, tree, w, Through::No))
            .collect();
        let named_ents: Vec<usize> = named
            .iter()
            .flat_map(|&w| ents_of(ctx, tree, w, Through::No))
            .collect();
        if noun.named_is_source == Some(true) {
            push_pairs(
                noun.kind,
                &named_ents,
                &owner_ents,
                tree,
                n,
                FRAME_NAME,
                out,
            );
        } else {
            push_pairs(
                noun.kind,
                &owner_ents,
                &named_ents,
                tree,
                n,
                FRAME_NAME,
                out,
            );
        }
    }
}
