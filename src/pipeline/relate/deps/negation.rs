//! The negation gate: a relation the rules read whose trigger the
//! sentence negates states nothing, and goes ("X did not buy Y", "X denied
//! that it owns Y", "X failed to acquire Y", "X is no longer in talks with
//! Y", "a failed attempt to buy Y", "the regulator blocked X's takeover
//! of Y"). A relation the rules marked negated already (`Status::Negated`,
//! "never acquired") stays, as a denial, unless a word of blocking stops
//! its deal.
//!
//! A sentence is parsed only when it holds a relation and a word of
//! negation or of denying or failing (`relate/deps/deal_words.tsv`,
//! classes `not` and `deny`). The trigger is negated when its verb is
//! (see [`negated_verb`]): a verb trigger itself; a noun trigger through
//! a copula only ("is not in talks", "is not a unit of X"), never through
//! another verb ("did not challenge X's purchase of Y" negates the
//! challenge, not the purchase); and a noun of an attempt under a word of
//! failing ("a failed attempt to buy Y", "an abandoned bid for Y").

use std::cell::OnceCell;

use crate::lang::relate::{DepDealWords, tags};
use crate::lang::with_lowercase;
use crate::model::{Relation, Status};
use crate::syntax::{Label, is_verb_tag};

use super::super::Related;
use super::super::context::Context;
use super::Tree;
use super::deals::negated_here;

/// True when sentence `s` holds a word of negation or of denying (each
/// token lowered on the stack: the gate asks of every relation's sentence).
fn has_cue(ctx: &Context<'_>, words: &DepDealWords, s: usize) -> bool {
    let sentence = &ctx.seg.sentences[s];
    ctx.seg.tokens[sentence.tokens.clone()]
        .iter()
        .any(|t| with_lowercase(t.slice(ctx.text), |w| words.negates(w)))
}

/// True when word `w` is negated: a negation among its dependents, "no
/// longer" on it, or a word of failing modifying it ("failed attempt").
fn negated_word(words: &DepDealWords, tree: &Tree, w: usize) -> bool {
    negated_here(tree, w)
        || tree.parse.children(w).any(|c| {
            (words.longer.contains(&tree.lower[c])
                && tree
                    .parse
                    .children(c)
                    .any(|d| words.not.contains(&tree.lower[d])))
                || (tree.label(c) == Label::AMOD && words.deny.contains(&tree.lower[c]))
                || (tree.label(c) == Label::DET && words.not.contains(&tree.lower[c]))
        })
}

/// True when the verb (or noun) `v` is negated, or stands under a verb of
/// denying or failing, or a negated one through an open complement
/// ("did not agree to buy") or the noun of an attempt ("a failed attempt
/// to buy").
fn negated_verb(words: &DepDealWords, tree: &Tree, v: usize) -> bool {
    if negated_word(words, tree, v) || blocked(words, tree, v) {
        return true;
    }
    let mut w = v;
    for _ in 0..5 {
        let label = tree.label(w);
        if !matches!(
            label,
            Label::XCOMP | Label::CCOMP | Label::ACL | Label::PCOMP
        ) {
            return false;
        }
        let Some(h) = tree.head(w) else {
            return false;
        };
        // A clausal complement is negated by a verb of denying above it
        // ("denied that it owns"); a negation on a verb above says nothing
        // of it ("X, founded by P, has not flown" read as a complement).
        if words.deny.contains(&tree.lower[h])
            || (label != Label::CCOMP && negated_word(words, tree, h))
            || blocked(words, tree, h)
        {
            return true;
        }
        w = h;
    }
    false
}

/// True when the deal word `v` is what a word of blocking stops: its
/// object ("the regulator blocked S's takeover of T"), its passive subject
/// ("the merger agreement was terminated"), or a noun's prepositional
/// phrase ("the blocking of S's merger with T", "a ban on S's takeover").
/// A base form under a verb is an attempt that has stopped nothing yet
/// ("sued to block S's takeover"); a noun's ("the decision to block S's
/// takeover") has.
fn blocked(words: &DepDealWords, tree: &Tree, v: usize) -> bool {
    let mut w = v;
    if tree.label(w) == Label::POBJ {
        match tree.head(w) {
            Some(p) if tree.label(p) == Label::PREP => w = p,
            _ => return false,
        }
    } else if !matches!(tree.label(w), Label::DOBJ | Label::NSUBJPASS) {
        return false;
    }
    let Some(h) = tree
        .head(w)
        .filter(|&h| words.block.contains(&tree.lower[h]))
    else {
        return false;
    };
    !tags::is_base_verb(tree.tag(h))
        || tree
            .head(h)
            .is_some_and(|g| tags::is_common_noun(tree.tag(g)))
}

/// The word whose negation negates trigger word `t`: a verb itself; a
/// noun's copula, through prepositions ("is not in talks with Y") or as
/// its complement ("is not a unit of X"); else the noun itself.
fn governor(ctx: &Context<'_>, tree: &Tree, t: usize) -> usize {
    if is_verb_tag(tree.tag(t)) {
        return t;
    }
    let copulas = &ctx.lang.relate.deps.copulas;
    let mut w = t;
    for _ in 0..4 {
        let Some(h) = tree.head(w) else { break };
        match tree.label(w) {
            Label::POBJ => w = h,
            Label::PREP | Label::ATTR | Label::ACOMP if copulas.contains(&tree.lower[h]) => {
                return h;
            }
            _ => break,
        }
    }
    t
}

/// Drops from `related` the relations whose trigger their sentence
/// negates (see the module's documentation); `trace` lists each on
/// standard error. The sentences it parsed are left in `parsed`, with
/// their index, for the frames.
pub fn drop_negated(ctx: &Context<'_>, related: &mut Related, parsed: &mut Vec<(usize, Tree)>) {
    let words = &ctx.lang.relate.deps.deals;
    // The rules marked it negated already ("never acquired"): the
    // application shows it as a denial.
    // Asked once per sentence, however many relations it holds.
    let cues: Vec<OnceCell<bool>> = ctx.seg.sentences.iter().map(|_| OnceCell::new()).collect();
    // A deal the rules marked negated for a word of blocking near it
    // ("the regulator blocked S's takeover of T") goes too, when the parse
    // says that word stops it: a deal stopped is none, not a denial.
    let asks = |_: &Relation, s: usize| {
        cues.get(s)
            .is_some_and(|cue| *cue.get_or_init(|| has_cue(ctx, words, s)))
    };
    let drops = |t: &Tree, r: &Relation| {
        t.head_in(r.trigger).is_some_and(|w| {
            let g = governor(ctx, t, w);
            if r.status == Status::Negated {
                blocked(words, t, g)
            } else {
                negated_verb(words, t, g)
            }
        })
    };
    super::drop_parsed(ctx, related, parsed, module_path!(), asks, drops);
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::model::Status;
    use crate::pipeline::relate::tests::{check, relations};

    #[test]
    fn negated_denied_and_failed_deals_state_no_fact() {
        for text in [
            "Dravenor Holdings did not buy Kestavo Foods.",
            "Dravenor Holdings failed to acquire Kestavo Foods.",
            "Dravenor Holdings denied that it owns Kestavo Foods.",
            "Pimbrook Capital has lagged since a failed attempt to buy Kestavo Foods.",
        ] {
            let got = relations(text);
            assert!(
                got.iter().all(|r| r.3 == Status::Negated),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_blocked_or_terminated_deal_is_no_deal() {
        check(
            &[Acquired, MergedWith],
            &[
                (
                    "The regulator blocked Dravenor Holdings' takeover of Kestavo Foods in May.",
                    &[],
                ),
                (
                    "The tribunal upheld the regulator's decision to block Dravenor Holdings' \
                     planned takeover of Kestavo Foods.",
                    &[],
                ),
                (
                    "The commission's blocking of Dravenor Holdings' proposed merger with \
                     Kestavo Foods hurt its shares.",
                    &[],
                ),
                // A suit to block it is an attempt: the deal still stands.
                (
                    "The regulator sued to block Dravenor Holdings' proposed acquisition of \
                     Kestavo Foods.",
                    &[("Dravenor Holdings", Acquired, "Kestavo Foods")],
                ),
            ],
        );
    }

    #[test]
    fn a_negation_elsewhere_in_the_sentence_keeps_the_deal() {
        check(
            &[Acquired],
            &[(
                "Dravenor Holdings acquired Kestavo Foods, but the price was not disclosed.",
                &[("Dravenor Holdings", Acquired, "Kestavo Foods")],
            )],
        );
    }
}
