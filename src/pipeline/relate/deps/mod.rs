//! The dependency-read relation step: frames read off a sentence's parse
//! (`crate::syntax`), run after the rules, each adding a relation of a
//! kind the rules did not give a pair in that sentence, from a word they
//! did not read for it.
//!
//! A sentence is parsed only when it can yield a frame: outside the page
//! furniture, with at least two mentions of distinct relatable entities
//! (people, organisations, places, products; descriptions and pronouns
//! `resolve` linked count — a frame through "the company" is as good as
//! through a name) that some relation kind may join, and a trigger word of
//! some frame ([`Frame::triggered`]);
//! then, tagged, a trigger word in its part of speech whose relation kind
//! could still be added between an open pair ([`Frame::tagged`], [`gate`]).
//! Its words are the tokens with the possessive "'s" and punctuation split
//! off ([`tree::words_of`]); every mention is aligned to its head word, the
//! word of its span whose head lies outside it ([`Tree`]). A sentence
//! the negation gate parsed is not parsed again; nothing is cached across
//! documents.
//!
//! A frame gives [`Found`]s: a kind, its ends and the word that triggered
//! it. The step keeps one when the ends' kinds fit the relation kind
//! (the learned step's `ends`), the rules related the pair in that sentence
//! neither with that kind nor from that word (either way round: "P, the
//! chairman and owner of X" is a post the rules read and a stake the frame
//! reads), no relation of the document states it already, and — for
//! a post — the person holds no other post there (GUIDE: one post, one
//! relation). Added relations have provenance `Rule`, the sentence as
//! evidence and the frame's trigger word as trigger.
//!
//! Frames: `posts` (a person, a role noun and an organisation linked by
//! apposition, compound, copula, possessive or preposition); `deals`
//! (relational nouns — unit, shareholder, rival, supplier — with their
//! possessor and the company they name, and deal verbs — own, acquire,
//! merge, supply, fund, compete, sell to — with subject and object in
//! every voice).
//!
//! Before the frames, the negation gate (`negation`) drops the rules'
//! relations whose trigger the sentence negates ("did not buy", "denied
//! that it owns", "failed to acquire"), and the modifier gate (`modifier`)
//! the deals read off a verb that modifies a noun whose target lies past
//! the verb's phrase ("its rivals in buying up drillers include A").
//!
//! Switch and listing: [`set_mode`] (`dossier --dependency-relations
//! off|on|trace|tree`: `off` turns the step off, `trace` lists on
//! standard error each relation it adds with the frame's module path,
//! `tree` the parses too).

mod deal_nouns;
mod deals;
pub mod gate;
mod modifier;
mod negation;
mod posts;
mod relative;
#[cfg(test)]
mod tests;
pub mod tree;

use std::sync::atomic::{AtomicU8, Ordering};

use crate::model::{EntityKind, Provenance, Relation, RelationKind, Span, Status};
use crate::syntax::Parser;

use super::Related;
use super::context::Context;
use super::learned::{any_fits, fits};
pub use tree::Tree;

/// A relation a frame read: its kind, ends (entities) and trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// The relation kind.
    pub kind: RelationKind,
    /// Source entity.
    pub source: usize,
    /// Target entity.
    pub target: usize,
    /// The words that triggered the frame (a role noun, a verb).
    pub trigger: Span,
    /// The frame's module path, for the listing.
    pub frame: &'static str,
}

/// A frame's cheap test of a sentence ([`Frame::triggered`]).
pub type Trigger = fn(&Context<'_>, usize, &[(usize, usize)]) -> bool;

/// A frame: a cheap test of whether a sentence can hold it (before
/// parsing), and the reading of a parsed sentence.
pub struct Frame {
    /// The frame's module path (its last part names it in the listing).
    pub name: &'static str,
    /// True when sentence `s` has a word that can trigger the frame and
    /// an entity pair the frame may join among its open pairs (the
    /// sentence's pairs some kind may join, [`open_pairs`]).
    pub triggered: Trigger,
    /// The second gate, after the tagger: pushes every relation kind the
    /// tagged words of sentence `s` can yield through the frame (of each trigger word in
    /// the part of speech the frame reads it in, with the words it cannot
    /// do without); the sentence is parsed for the frame only when one of
    /// them could still be added between an open pair ([`gate`]). A kind
    /// left out turns away sentences the frame would read. It reads parts
    /// of speech only through `Words::is_verb` and `Words::is_common_noun`:
    /// it runs on the untagged words first, where those hold of every word.
    pub tagged: fn(&Context<'_>, usize, &tree::Words, &mut Vec<RelationKind>),
    /// The relations the frame reads off the parsed sentence.
    pub read: fn(&Context<'_>, &Tree, &mut Vec<Found>),
}

/// Every frame, in the order they are read.
const FRAMES: &[Frame] = &[posts::FRAME, deal_nouns::NOUNS, deals::VERBS];

/// How the step runs (`dossier --dependency-relations`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// Not run.
    Off,
    /// Run (the default).
    On,
    /// Run, listing on standard error each relation it adds with the frame
    /// that added it.
    Trace,
    /// As `Trace`, and every parsed sentence's tree too.
    Tree,
}

/// The process's mode, as [`Mode`] in order.
static MODE: AtomicU8 = AtomicU8::new(1);

/// Sets how the step runs for the whole process (`dossier
/// --dependency-relations`).
pub fn set_mode(mode: Mode) {
    MODE.store(mode as u8, Ordering::Relaxed);
}

/// How the step runs.
pub fn mode() -> Mode {
    match MODE.load(Ordering::Relaxed) {
        0 => Mode::Off,
        2 => Mode::Trace,
        3 => Mode::Tree,
        _ => Mode::On,
    }
}

/// The pairs of distinct relatable entities sentence `s` mentions that
/// some relation kind may join: only those can a frame add. A pair the
/// rules related in the sentence stays open to the kinds they did not give
/// ("P, the chairman and owner of X": a post and a stake); which of them
/// may still be added, [`gate::open_to`] and [`read_by_rules`] say.
pub fn open_pairs(ctx: &Context<'_>, s: usize) -> Vec<(usize, usize)> {
    let span = ctx.seg.sentences[s].span;
    let mut seen: Vec<usize> = Vec::new();
    for m in &ctx.mentions[ctx.mentions_in(span)] {
        if let Some(e) = m.entity
            && ctx.kinds.get(e).is_some_and(|&k| tree::relatable(k))
            && !seen.contains(&e)
        {
            seen.push(e);
        }
    }
    let kind = |e: usize| ctx.kinds.get(e).copied().unwrap_or(EntityKind::Misc);
    let mut out = Vec::new();
    for (i, &a) in seen.iter().enumerate() {
        for &b in &seen[i + 1..] {
            if any_fits(kind(a), kind(b)) {
                out.push((a, b));
            }
        }
    }
    out
}

/// The frames' findings in every sentence that can hold one, with the
/// sentence index; a sentence in `parsed` (the negation gate's parses)
/// is not tagged and parsed again.
pub fn read(
    ctx: &Context<'_>,
    rules: &[(Relation, Option<usize>)],
    parsed: &mut Vec<(usize, Tree)>,
) -> Vec<(usize, Found)> {
    let mut out = Vec::new();
    let Ok(parser) = Parser::bundled() else {
        return out;
    };
    let mut found = Vec::new();
    let mut kinds = Vec::new();
    let rules = gate::Stated::new(rules);
    for s in 0..ctx.seg.sentences.len() {
        if ctx.skip.get(s).copied().unwrap_or(false) {
            continue;
        }
        let pairs = open_pairs(ctx, s);
        if pairs.is_empty() {
            continue;
        }
        // The deals' noun and verb frames share their first test: a test
        // the frame before asked is answered as it was.
        let mut asked: Option<(Trigger, bool)> = None;
        let frames: Vec<&Frame> = FRAMES
            .iter()
            .filter(|f| match asked {
                Some((t, yes)) if std::ptr::fn_addr_eq(t, f.triggered) => yes,
                _ => {
                    let yes = (f.triggered)(ctx, s, &pairs);
                    asked = Some((f.triggered, yes));
                    yes
                }
            })
            .collect();
        if frames.is_empty() {
            continue;
        }
        let mut cached = parsed
            .iter()
            .position(|(at, _)| *at == s)
            .map(|at| parsed.swap_remove(at).1);
        let mut passes = |f: &Frame, words: &tree::Words| {
            kinds.clear();
            (f.tagged)(ctx, s, words, &mut kinds);
            gate::open_to(ctx, &pairs, &rules, &kinds)
        };
        // The second gate on the untagged words first: every part of
        // speech possible, it gives every kind the tagged words could (and
        // `open_to` asks whether any kind passes), so a frame it turns
        // away is one the tagged words would turn away.
        let words = match &cached {
            Some(t) => t.words(),
            None => tree::Words::untagged(ctx, s),
        };
        let frames: Vec<&Frame> = frames.into_iter().filter(|f| passes(f, &words)).collect();
        if frames.is_empty() {
            continue;
        }
        let words = words.tagged(ctx.text, parser);
        let frames: Vec<&Frame> = frames.into_iter().filter(|f| passes(f, &words)).collect();
        if frames.is_empty() {
            continue;
        }
        let tree = match cached.take() {
            Some(t) => t,
            None => Tree::build_from(ctx, s, words, parser),
        };
        if mode() == Mode::Tree {
            eprintln!("{}", tree.show(ctx.text));
        }
        for f in frames {
            found.clear();
            (f.read)(ctx, &tree, &mut found);
            out.extend(found.iter().map(|&f| (s, f)));
        }
    }
    out
}

/// True when `a` and `b` are the same relation (`sells_to` is `buys_from`
/// reversed; a symmetric kind either way).
fn same(a: &Relation, kind: RelationKind, source: usize, target: usize) -> bool {
    let norm = |k: RelationKind, s: usize, t: usize| match k {
        RelationKind::SellsTo => (RelationKind::BuysFrom, t, s),
        _ => (k, s, t),
    };
    let (k, s, t) = norm(a.kind, a.source, a.target);
    let (k2, s2, t2) = norm(kind, source, target);
    k == k2 && ((s, t) == (s2, t2) || (k.is_symmetric() && (t, s) == (s2, t2)))
}

/// True when a relation of `relations` in the sentence `evidence` joins
/// `f`'s pair either way and was read from the same word as `f` (the
/// rules' reading of a word stands: one word, one relation) or is of
/// `f`'s kind (reversed, a directed kind contradicts it). A pair the rules
/// related through another word may hold a second kind: "P, the chairman
/// and owner of X" is a post and a stake.
fn read_by_rules(relations: &[(Relation, Option<usize>)], evidence: Span, f: &Found) -> bool {
    relations.iter().any(|(r, _)| {
        r.evidence == evidence
            && ((r.source, r.target) == (f.source, f.target)
                || (r.source, r.target) == (f.target, f.source))
            && (r.kind == f.kind
                || (r.trigger.start < f.trigger.end && f.trigger.start < r.trigger.end))
    })
}

/// How specific a post is: a chief executive's, a chairman's, a
/// founder's, any other (`employee_of`).
fn specificity(kind: RelationKind) -> usize {
    match kind {
        RelationKind::CeoOf => 0,
        RelationKind::ChairmanOf => 1,
        RelationKind::FounderOf => 2,
        _ => 3,
    }
}

/// One post, one relation (GUIDE): of the posts found for one person at
/// one organisation in a sentence ("president and chief executive of
/// X"), the most specific alone.
fn specific_posts(mut found: Vec<(usize, Found)>) -> Vec<(usize, Found)> {
    let is_post = |k: RelationKind| k.is_role() && k != RelationKind::Left;
    let keep: Vec<bool> = found
        .iter()
        .map(|(s, f)| {
            !is_post(f.kind)
                || !found.iter().any(|(s2, g)| {
                    s2 == s
                        && is_post(g.kind)
                        && (g.source, g.target) == (f.source, f.target)
                        && specificity(g.kind) < specificity(f.kind)
                })
        })
        .collect();
    let mut keep = keep.into_iter();
    found.retain(|_| keep.next().unwrap_or(true));
    found
}

/// The parse of sentence `s` a gate reads: the one in `parsed` (another
/// gate's), else a new one, kept there with its index for the gates after
/// it and the frames; in `tree` mode it is listed on standard error.
fn parsed_tree<'p>(
    ctx: &Context<'_>,
    s: usize,
    parser: &Parser,
    parsed: &'p mut Vec<(usize, Tree)>,
) -> &'p Tree {
    let at = match parsed.iter().position(|(at, _)| *at == s) {
        Some(at) => at,
        None => {
            let t = Tree::build(ctx, s, parser);
            if mode() == Mode::Tree {
                eprintln!("{}", t.show(ctx.text));
            }
            parsed.push((s, t));
            parsed.len() - 1
        }
    };
    &parsed[at].1
}

/// A gate over the rules' relations: drops from `related` each relation
/// whose evidence is one whole sentence `s` that is not skipped, that
/// `asks(r, s)` lets through (a cheap word test, before any parse), and
/// whose sentence's parse `drops(tree, r)` condemns; `trace` lists each
/// dropped relation on standard error under `module`. The sentences it
/// parsed stay in `parsed`, with their index, for the gates after it and
/// the frames ([`parsed_tree`]).
fn drop_parsed(
    ctx: &Context<'_>,
    related: &mut Related,
    parsed: &mut Vec<(usize, Tree)>,
    module: &str,
    asks: impl Fn(&Relation, usize) -> bool,
    drops: impl Fn(&Tree, &Relation) -> bool,
) {
    let Ok(parser) = Parser::bundled() else {
        return;
    };
    let listing = mode() != Mode::On;
    let mut keep = vec![true; related.relations.len()];
    for (i, (r, _)) in related.relations.iter().enumerate() {
        let s = ctx.seg.sentence_index(r.evidence.start);
        if ctx
            .seg
            .sentences
            .get(s)
            .is_none_or(|x| x.span != r.evidence)
            || ctx.skip.get(s).copied().unwrap_or(false)
            || !asks(r, s)
        {
            continue;
        }
        if drops(parsed_tree(ctx, s, parser, parsed), r) {
            keep[i] = false;
            if listing {
                super::kept::list_dropped(module, ctx.text, r);
            }
        }
    }
    super::kept::retain_kept(&mut related.relations, &mut related.payees, &keep);
}

/// Runs every frame and adds what the rules left unread to `related`
/// (see the module's documentation); the relations stay in text order,
/// the rules' of a sentence first.
pub fn add(ctx: &Context<'_>, related: &mut Related) {
    let m = mode();
    if m == Mode::Off {
        return;
    }
    let mut parsed = Vec::new();
    negation::drop_negated(ctx, related, &mut parsed);
    modifier::drop_outside(ctx, related, &mut parsed);
    let kind_of = |e: usize| ctx.kinds.get(e).copied().unwrap_or(EntityKind::Misc);
    let is_post = |k: RelationKind| k.is_role() && k != RelationKind::Left;
    let found = specific_posts(read(ctx, &related.relations, &mut parsed));
    for (s, f) in found {
        let evidence = ctx.seg.sentences[s].span;
        let relations = &related.relations;
        if f.source == f.target
            || !fits(f.kind, kind_of(f.source), kind_of(f.target))
            // The rules read this pair here from the same word, or gave
            // the kind.
            || read_by_rules(relations, evidence, &f)
            // The document states it already.
            || relations.iter().any(|(r, _)| same(r, f.kind, f.source, f.target))
            // One post, one relation.
            || (f.kind.is_role()
                && relations.iter().any(|(r, _)| {
                    r.kind.is_role() && (r.source, r.target) == (f.source, f.target)
                        && (is_post(r.kind) == is_post(f.kind))
                }))
        {
            continue;
        }
        if m != Mode::On {
            let name = |e: usize| {
                ctx.mentions
                    .iter()
                    .find(|x| x.entity == Some(e) && !x.nominal)
                    .or_else(|| ctx.mentions.iter().find(|x| x.entity == Some(e)))
                    .map_or("?", |x| x.span.slice(ctx.text))
            };
            eprintln!(
                "{}\t{}\t{}\t{}\t{}",
                f.frame,
                f.kind.name(),
                name(f.source),
                name(f.target),
                evidence.slice(ctx.text).replace('\n', " ")
            );
        }
        let relation = Relation {
            kind: f.kind,
            source: f.source,
            target: f.target,
            evidence,
            trigger: f.trigger,
            money: None,
            date: None,
            status: Status::Completed,
            confidence: 0.7,
            provenance: Provenance::Rule,
        };
        // After the last relation of a sentence at or before this one.
        let at = related
            .relations
            .iter()
            .rposition(|(r, _)| r.evidence.start <= evidence.start)
            .map_or(0, |i| i + 1);
        related.relations.insert(at, (relation, None));
        if at <= related.payees.len() {
            related.payees.insert(at, None);
        }
    }
}
