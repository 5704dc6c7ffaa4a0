//! Which sentences the step parses: the parse is most of the step's cost
//! (the tagger a tenth of it), and most sentences that pass a frame's word
//! test yield nothing. A sentence is parsed in two gates:
//!
//! 1. [`Frame::triggered`](super::Frame), before anything: an open pair
//!    the frame may join and a trigger word's form in the sentence.
//! 2. [`Frame::tagged`](super::Frame), after the tagger: a trigger word in
//!    the part of speech the frame reads it in (a deal verb tagged a verb,
//!    "fund" the noun is none), and the words the frame cannot do without
//!    ("took over" needs "over", "sold T to B" needs "to").
//!
//! A gate may only turn away a sentence from which the frame's reading
//! could not add anything: the step's output is the same with the gates
//! as with every triggered sentence parsed: the second gate gives the
//! relation kinds the sentence's trigger words can yield, and a sentence
//! is parsed only when one of them could still be added between an open
//! pair ([`open_to`]).
//!
//! The second gate runs twice: on the words before the tagger
//! ([`Words::untagged`], where any word may be a verb or a common noun),
//! then on the tagged words. A gate reads parts of speech only through
//! [`Words::is_verb`] and [`Words::is_common_noun`], so the untagged words
//! give every kind the tagged ones would: a sentence the first run turns
//! away is one the second would, and it is never tagged.

use rustc_hash::FxHashMap;

use crate::lang::WordList;
use crate::lang::relate::DepDealWords;
use crate::model::{EntityKind, Relation, RelationKind};

use super::super::context::Context;
use super::super::learned::fits;
use super::super::roles::is_public_office;
use super::tree::Words;

/// The relations stated so far, by the pair of entities they join (either
/// way round): a gate asks those of one pair, not every relation of the
/// document for every sentence (quadratic on a long article).
pub struct Stated<'r> {
    by_pair: FxHashMap<(usize, usize), Vec<&'r Relation>>,
}

impl<'r> Stated<'r> {
    pub fn new(relations: &'r [(Relation, Option<usize>)]) -> Self {
        let mut by_pair: FxHashMap<(usize, usize), Vec<&'r Relation>> = FxHashMap::default();
        for (r, _) in relations {
            let key = (r.source.min(r.target), r.source.max(r.target));
            by_pair.entry(key).or_default().push(r);
        }
        Self { by_pair }
    }

    /// The relations between `a` and `b`, either way round, in order.
    pub fn between(&self, a: usize, b: usize) -> impl Iterator<Item = &'r Relation> + '_ {
        self.by_pair
            .get(&(a.min(b), a.max(b)))
            .into_iter()
            .flatten()
            .copied()
    }
}

/// True when one of `kinds` could still be added between an open pair of
/// the sentence (`pairs`, [`super::open_pairs`]), either way: its ends'
/// kinds fit it, no relation of `relations` (the document's so far) states
/// it, and for a post the person holds none there yet (GUIDE: one post, one
/// relation). The step adds nothing else ([`super::add`]), so a sentence
/// where none could be added is not parsed.
pub fn open_to(
    ctx: &Context<'_>,
    pairs: &[(usize, usize)],
    relations: &Stated<'_>,
    kinds: &[RelationKind],
) -> bool {
    let kind_of = |e: usize| ctx.kinds.get(e).copied().unwrap_or(EntityKind::Misc);
    let is_post = |k: RelationKind| k.is_role() && k != RelationKind::Left;
    let addable = |k: RelationKind, s: usize, t: usize| {
        fits(k, kind_of(s), kind_of(t))
            && !relations.between(s, t).any(|r| super::same(r, k, s, t))
            && !(k.is_role()
                && relations.between(s, t).any(|r| {
                    r.kind.is_role()
                        && (r.source, r.target) == (s, t)
                        && is_post(r.kind) == is_post(k)
                }))
    };
    pairs
        .iter()
        .any(|&(a, b)| kinds.iter().any(|&k| addable(k, a, b) || addable(k, b, a)))
}

/// The posts' second gate: when the sentence has a role (a title
/// mention that names no public office, or a post noun tagged a common
/// noun), every post kind (a title's kind is the title list's), and
/// `left` when a word of the "former" list is in the sentence ("former",
/// "ex-" on a word) or an adverb of a post held before ("formerly").
pub fn posts(ctx: &Context<'_>, s: usize, words: &Words, kinds: &mut Vec<RelationKind>) {
    let lists = &ctx.lang.relate;
    let span = ctx.seg.sentences[s].span;
    let title = ctx.mentions[ctx.mentions_in(span)].iter().any(|m| {
        m.kind == EntityKind::Title
            && !is_public_office(&lists.roles, &m.span.slice(ctx.text).to_lowercase())
    });
    let in_list = |w: &str, list: &WordList| {
        list.contains(w)
            || w.strip_suffix('s')
                .is_some_and(|s| !s.is_empty() && list.contains(s))
    };
    let noun = (0..words.lower.len()).any(|w| {
        words.is_common_noun(w)
            && (in_list(&words.lower[w], &lists.deps.role_nouns)
                || in_list(&words.lower[w], &lists.roles.post_nouns))
    });
    if !title && !noun {
        return;
    }
    let former = &ctx.lang.relate.roles.former;
    let formerly = &ctx.lang.relate.deps.formerly;
    let is_former = |w: &String| {
        former.contains(w)
            || formerly.contains(w)
            || w.strip_suffix('s')
                .is_some_and(|s| !s.is_empty() && former.contains(s))
            || former.iter().any(|f| f.ends_with('-') && w.starts_with(f))
    };
    kinds.extend(
        RelationKind::ALL
            .into_iter()
            .filter(|&k| k.is_role() && k != RelationKind::Left),
    );
    if words.lower.iter().any(is_former) {
        kinds.push(RelationKind::Left);
    }
}

/// The deal verbs' second gate: the kinds of the words of the verb table
/// tagged a verb (the frame reads no other; `stake_in` too for a verb of
/// buying or selling, "bought 20% of T"), that have the words their
/// routes need: the particle ("take over"), a noun of a joint undertaking
/// ("set up a venture"), the buyer's "to" ("sold T to B").
pub fn deal_verbs(ctx: &Context<'_>, _: usize, words: &Words, kinds: &mut Vec<RelationKind>) {
    verb_kinds(&ctx.lang.relate.deps.deals, words, kinds);
}

/// [`deal_verbs`] over the deal tables.
fn verb_kinds(table: &DepDealWords, words: &Words, kinds: &mut Vec<RelationKind>) {
    for w in 0..words.lower.len() {
        if !words.is_verb(w) {
            continue;
        }
        let Some(verb) = table.verb(&words.lower[w]) else {
            continue;
        };
        if verb.particle.as_deref().is_none_or(|p| words.has(p))
            && (!verb.venture || words.has_any(&table.venture))
            && (!verb.sold || words.has_any(&table.to))
        {
            kinds.push(verb.kind);
            if verb.sold || verb.kind == RelationKind::Acquired {
                kinds.push(RelationKind::StakeIn);
            }
        }
    }
}

/// The relational nouns' second gate: the kinds of the words of the noun
/// table tagged a common noun (the frame reads no other).
pub fn deal_nouns(ctx: &Context<'_>, _: usize, words: &Words, kinds: &mut Vec<RelationKind>) {
    let table = &ctx.lang.relate.deps.deals;
    for w in 0..words.lower.len() {
        if words.is_common_noun(w)
            && let Some(noun) = table.noun(&words.lower[w])
        {
            kinds.push(noun.kind);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;
    use crate::model::Span;
    use crate::syntax::Parser;

    /// The words of `text` (split at spaces), tagged or not.
    fn words(text: &str, tagged: bool) -> Words {
        let parser = Parser::bundled().expect("the bundled parser loads");
        let mut spans = Vec::new();
        let mut at = 0;
        for w in text.split(' ') {
            spans.push(Span::new(at, at + w.len()));
            at += w.len() + 1;
        }
        let words = Words::tag(text, spans, parser);
        if tagged {
            words
        } else {
            Words::untagged_from(words)
        }
    }

    /// The kinds the deal verbs' gate gives for `text` (words split at spaces).
    fn verb_gate(text: &str) -> Vec<RelationKind> {
        verb_gate_of(&words(text, true))
    }

    fn verb_gate_of(words: &Words) -> Vec<RelationKind> {
        let lang = Language::english().expect("the bundled language loads");
        let mut kinds = Vec::new();
        verb_kinds(&lang.relate.deps.deals, words, &mut kinds);
        kinds
    }

    #[test]
    fn untagged_words_give_every_kind_the_tagged_ones_give() {
        let lang = Language::english().expect("the bundled language loads");
        let deals = &lang.relate.deps.deals;
        for text in [
            "Pelion Holdings acquired Vroe Labs .",
            "The fund said Vroe Labs rose .",
            "Keltic Inc. will take over Vroe Labs .",
            "Vroe Labs , a unit of Pelion Holdings , said the buy closed .",
            "Tamsin Aalto , former director of Vroe Labs , sold the stake to Keltic .",
        ] {
            let (tagged, untagged) = (words(text, true), words(text, false));
            let (mut t, mut u) = (Vec::new(), Vec::new());
            verb_kinds(deals, &tagged, &mut t);
            verb_kinds(deals, &untagged, &mut u);
            let nouns = |w: &Words, out: &mut Vec<RelationKind>| {
                for i in 0..w.lower.len() {
                    if w.is_common_noun(i)
                        && let Some(noun) = deals.noun(&w.lower[i])
                    {
                        out.push(noun.kind);
                    }
                }
            };
            nouns(&tagged, &mut t);
            nouns(&untagged, &mut u);
            assert!(t.iter().all(|k| u.contains(k)), "{text}: {t:?} ⊄ {u:?}");
        }
        // "fund" the noun: no verb once tagged; untagged, it may be one.
        assert!(verb_gate("The fund said Vroe Labs rose .").is_empty());
        assert!(!verb_gate_of(&words("The fund said Vroe Labs rose .", false)).is_empty());
    }

    #[test]
    fn a_deal_verb_passes_as_a_verb_with_the_words_its_route_needs() {
        use RelationKind::*;
        assert_eq!(
            verb_gate("Pelion Holdings acquired Vroe Labs ."),
            [Acquired, StakeIn]
        );
        // "fund" the noun is no verb of the table.
        assert!(verb_gate("The fund said Vroe Labs rose .").is_empty());
        // "take over" without its particle.
        assert!(verb_gate("Keltic Inc. will take the lead .").is_empty());
        assert!(!verb_gate("Keltic Inc. will take over Vroe Labs .").is_empty());
    }
}
