//! The modifier gate: a deal the rules read off a verb inside a noun
//! phrase's modifier reaches no further than that phrase. In "its rivals
//! in buying up drillers include A and B" the verb "buying" modifies
//! "rivals", its object is "drillers", and A and B are what the clause's
//! own verb "include" names: no purchase of A or B. A relation whose
//! trigger is such a verb and whose target the verb's phrase does not
//! hold goes.
//!
//! The verb modifies a noun when the parse makes it a gerund complement of
//! a preposition that a noun governs ("rivals in buying"), or a gerund
//! modifying that preposition's object ("partners in acquiring
//! bakeries"). A sentence is
//! parsed only when it holds a rules' deal relation whose trigger is a
//! word in "-ing" a preposition precedes; a target the sentence names nowhere (a
//! description of the sentence before) is not judged.

use crate::lang::relate::tags;
use crate::lang::words_back;
use crate::model::Relation;
use crate::syntax::Label;

use super::super::Related;
use super::super::context::Context;
use super::Tree;

/// True when the rules' relation `r` is a deal whose trigger is a word in
/// "-ing" a preposition precedes ("in buying"): only then can the trigger
/// be a gerund that modifies a noun.
fn has_cue(ctx: &Context<'_>, r: &Relation) -> bool {
    !r.kind.is_role()
        && ctx
            .lang
            .relate
            .deps
            .gerund_endings
            .iter()
            .any(|e| r.trigger.slice(ctx.text).ends_with(e))
        && words_back(&ctx.text[..r.trigger.start])
            .next()
            .is_some_and(|w| ctx.lang.resolve.prepositions.contains_lowercase(w))
}

/// The phrase a gerund `v` that modifies a noun heads: the gerund itself
/// as the complement of a preposition a noun governs ("rivals in
/// buying"), or the preposition's object when the parse reads the gerund
/// as that object's modifier ("partners in acquiring bakeries"). An
/// infinitive on a noun ("an agreement to buy chips from S", "talks to
/// sell T to B") is the noun's content, its arguments often hung
/// elsewhere by the parse: not judged.
fn noun_modifier(tree: &Tree, v: usize) -> Option<usize> {
    if !tags::is_gerund(tree.tag(v)) {
        return None;
    }
    let (phrase, prep) = match tree.label(v) {
        Label::PCOMP => (v, tree.head(v)?),
        Label::AMOD => {
            let o = tree.head(v).filter(|&o| tree.label(o) == Label::POBJ)?;
            (o, tree.head(o)?)
        }
        _ => return None,
    };
    tree.prep_attachment(prep)
        .is_some_and(|n| tree.is_common_noun(n) || tree.tag(n).starts_with(tags::PROPER))
        .then_some(phrase)
}

/// True when relation `r` has a target the sentence names only outside
/// the phrase `phrase` heads.
fn target_outside(ctx: &Context<'_>, tree: &Tree, r: &Relation, phrase: usize) -> bool {
    let mut named = tree
        .anchors
        .iter()
        .filter(|a| ctx.mentions[a.mention].entity == Some(r.target))
        .peekable();
    named.peek().is_some() && named.all(|a| !tree.dominates(phrase, a.word))
}

/// Drops from `related` the deals read off a verb inside a noun's
/// modifier whose target lies outside it (see the module's
/// documentation); `trace` lists each on standard error. The sentences it
/// parsed are left in `parsed`, with their index, for the frames.
pub fn drop_outside(ctx: &Context<'_>, related: &mut Related, parsed: &mut Vec<(usize, Tree)>) {
    let asks = |r: &Relation, _| has_cue(ctx, r);
    let drops = |t: &Tree, r: &Relation| {
        t.head_in(r.trigger).is_some_and(|v| {
            noun_modifier(t, v).is_some_and(|phrase| target_outside(ctx, t, r, phrase))
        })
    };
    super::drop_parsed(ctx, related, parsed, module_path!(), asks, drops);
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_deal_verb_modifying_a_noun_reaches_no_name_past_its_phrase() {
        check(
            &[Acquired],
            &[
                (
                    "Dravenor Holdings bought Kestavo Foods. Its rivals in buying up grocers include Pimbrook Capital and Oxley Stores.",
                    &[("Dravenor Holdings", Acquired, "Kestavo Foods")],
                ),
                (
                    "Dravenor Holdings bought Kestavo Foods. Its partners in acquiring bakeries are Pimbrook Capital and Oxley Stores.",
                    &[("Dravenor Holdings", Acquired, "Kestavo Foods")],
                ),
            ],
        );
    }

    #[test]
    fn a_deal_verb_keeps_the_object_inside_its_phrase() {
        check(
            &[Acquired],
            &[
                (
                    "Dravenor Holdings said its plan of buying Kestavo Foods was approved.",
                    &[("Dravenor Holdings", Acquired, "Kestavo Foods")],
                ),
                (
                    "Dravenor Holdings made a bid to buy Kestavo Foods.",
                    &[("Dravenor Holdings", Acquired, "Kestavo Foods")],
                ),
            ],
        );
    }
}
