//! The relate stage: typed, directed relations between entities, each with
//! its evidence sentence, trigger, status and confidence.
//!
//! **Input**: a [`Context`] — the text, its segmentation, the resolved
//! mentions, the entity kinds, the sentences to skip (page furniture) and
//! the [`Language`](crate::lang::Language) (its [`RelateWords`](crate::lang::RelateWords)).
//! **Output**: [`Related`] — the relations in text order, one per (kind,
//! source, target, sentence), each with the money mention its pattern saw,
//! and the investor each sentence names (for the money figures).
//!
//! Each sentence is seen as a sequence of [`Item`]s — entity references
//! (names, descriptions, subject pronouns), roles, amounts, dates and plain
//! words — and patterns over that sequence produce relations. Patterns are
//! about news syntax ("X CEO Y", "rival competitors like A and B", "poured
//! $N into X"), never about particular names; their words are the
//! language's (`assets/lang/en/relate/`, a folder per family). One
//! file per family: `roles`, `tenure` (leaving and succeeding), `deals`
//! (investments, acquisitions, supply), `orders` (goods bought and sold: a
//! purchase of goods is never an acquisition of their maker; `sellers`
//! settles the orders that name no seller), `holdings`
//! (stakes, units, mergers, joint ventures), `credit` (loans, bailouts,
//! contracts; `lines`, swap lines extended to named parties), `payments`
//! (who pays an amount no relation carries),
//! `partners`, `membership`, `places`, `announce`; `clause` reads subjects, lists and status, `coordination`
//! gives a relation to every member of a coordinated end, `pronoun`
//! resolves pronouns, `view` builds the items. No relation ends at an
//! entity whose kind cannot relate (a nationality).
//!
//! Adding a relation kind: a variant and a row in `model/relation.rs` (the
//! compiler points at the row), a pattern function in a family file listed
//! in `PATTERNS` below, and its word list under `assets/lang/en/relate/`
//! (a field in `lang/relate.rs`, a line in `lang/en.rs`); the schema test
//! in `model/relation.rs` asks for the kind in the JSON schema.

mod announce;
mod clause;
mod context;
mod coordination;
mod credit;
mod customers;
mod deals;
mod frame;
mod frame_refs;
mod holdings;
mod item;
pub mod learned;
mod lines;
mod membership;
mod named;
mod orders;
mod partners;
mod pattern;
mod payments;
mod places;
mod posts;
mod pronoun;
mod roles;
mod sellers;
mod speaks_for;
mod tenure;
mod view;

pub use context::Context;
pub use frame_refs::Framed;
pub use item::Item;

use crate::model::{EntityKind, Provenance, Relation, Span, Status};

use clause::{clause_subject, status_of};
use item::Finds;
use pattern::{At, Pattern};
use view::for_each_sentence;

/// Every pattern over a sentence's items, in the order they are tried at
/// each position: where two state the same relation, the first one wins.
const PATTERNS: &[Pattern] = &[
    roles::org_title_person,
    roles::title_of,
    roles::appointed,
    roles::possessive_title,
    roles::person_of,
    holdings::holder_noun,
    speaks_for::person_with,
    customers::customers,
    posts::runs,
    deals::invest,
    deals::raised,
    deals::acquire,
    orders::order,
    orders::sell_goods,
    orders::sell_business,
    holdings::stake,
    holdings::own,
    holdings::unit,
    holdings::merge,
    holdings::venture,
    credit::lend,
    credit::loan,
    credit::contract,
    credit::selected,
    credit::ask,
    payments::paid_for,
    partners::partner,
    partners::partnership,
    partners::group,
    deals::supply,
    partners::rivals,
    partners::rival_apposition,
    partners::rival_possessive,
    partners::rival_object,
    partners::beat,
    announce::announce,
    roles::founded,
    places::based_in,
    places::site_in,
    places::org_of_place,
    places::place_before_org,
    places::described_in,
    membership::members,
];

/// Runs every pattern at every position of a sentence's items.
fn patterns(ctx: &Context<'_>, items: &[Item], subject: Option<usize>, out: &mut Finds) {
    for i in 0..items.len() {
        let at = At {
            ctx,
            items,
            i,
            subject: clause_subject(ctx.lang, items, i, ctx.kinds).or(subject),
        };
        for pattern in PATTERNS {
            pattern(&at, out);
        }
    }
}

/// Pronouns that stand for an entity — "it", "its", "he", "she", "his",
/// "her" not governed by a preposition, read as the previous sentence's
/// subject when its kind fits — as `(span, entity)`, in text order. The
/// pipeline makes them mentions, so each is highlighted and shows in its
/// entity's resolution chain.
pub fn pronoun_references(ctx: &Context<'_>) -> Vec<(Span, usize)> {
    let mut out = Vec::new();
    for_each_sentence(ctx, |_, view, _| {
        out.extend(view.iter().filter_map(|item| match item {
            Item::Ent {
                entity,
                span,
                pronoun: true,
                ..
            } => Some((*span, *entity)),
            _ => None,
        }));
    });
    out
}

/// Relations of every sentence outside the page furniture, in text order,
/// one per (kind, source, target, sentence). `money` facts are attached later.
pub fn relate(ctx: &Context<'_>) -> Related {
    let mut out: Vec<(Relation, Option<usize>)> = Vec::new();
    let mut payees: Vec<Option<usize>> = Vec::new();
    let mut paid = Vec::new();
    let mut framed = Vec::new();
    // The organisation spoken of: what a bare title means.
    let mut topic = posts::Topic {
        last: None,
        main: posts::main_org(ctx),
    };
    let subjects = for_each_sentence(ctx, |s, view, subject| {
        paid.extend(payments::payments(ctx, view, subject));
        let frames = frame::frames(ctx, view);
        let sentence = ctx.seg.sentences[s].span;
        let first_of_sentence = out.len();
        let mut found = Finds::default();
        patterns(ctx, view, subject, &mut found);
        paid.extend(lines::swap_lines(ctx, view, subject, &mut found));
        places::glued_based(ctx, sentence, &mut found);
        tenure::tenure(ctx, view, subject, topic, &mut found);
        partners::topic_rivals(ctx, view, subject, topic.main.or(topic.last), &mut found);
        if let Some(org) = subject
            .filter(|&e| matches!(ctx.kinds.get(e), Some(EntityKind::Org | EntityKind::Misc)))
        {
            topic.last = Some(org);
        }
        coordination::mutual(ctx, view, &mut found);
        coordination::spread(ctx, view, &mut found);
        frame_refs::credit_relations(ctx, &frames, &mut found);
        framed.extend(frames);
        for f in found.0 {
            // Nationality words and values are never a relation's end, nor a
            // product where the kind wants an organisation.
            if !ends_fit(ctx, &f) {
                continue;
            }
            let key = |r: &Relation| {
                let (a, b) = if f.kind.is_symmetric() && r.source > r.target {
                    (r.target, r.source)
                } else {
                    (r.source, r.target)
                };
                (r.kind, a, b, r.evidence)
            };
            let (fa, fb) = if f.kind.is_symmetric() && f.source > f.target {
                (f.target, f.source)
            } else {
                (f.source, f.target)
            };
            // Relations are one per kind, pair and sentence.
            if out[first_of_sentence..]
                .iter()
                .any(|(r, _)| key(r) == (f.kind, fa, fb, sentence))
            {
                continue;
            }
            let trigger_at = view
                .iter()
                .position(|it| it.span(ctx.mentions) == f.trigger)
                .unwrap_or(0);
            let relation = Relation {
                kind: f.kind,
                source: f.source,
                target: f.target,
                evidence: sentence,
                trigger: f.trigger,
                money: None,
                date: None,
                status: if f.kind.is_role() {
                    Status::Completed
                } else {
                    status_of(
                        &ctx.lang.relate.status,
                        view,
                        trigger_at,
                        ctx.text,
                        ctx.mentions,
                    )
                },
                confidence: f.confidence,
                provenance: Provenance::Rule,
            };
            out.push((relation, f.money));
            payees.push(f.payee);
        }
    });
    sellers::settle_unnamed_sellers(ctx, &mut out, &mut payees);
    Related {
        relations: out,
        payees,
        payments: paid,
        frames: framed,
        investors: deals::investors(ctx, &subjects),
    }
}

/// True when both ends of a found relation may be its ends: never a
/// nationality or group word ("Russian"), and never a product where the
/// kind wants an organisation (a product is ordered, it does not order).
fn ends_fit(ctx: &Context<'_>, f: &item::Found) -> bool {
    let props = f.kind.props();
    let kind = |e: usize| ctx.kinds.get(e).copied().unwrap_or(EntityKind::Misc);
    [
        (f.source, props.source_implies),
        (f.target, props.target_implies),
    ]
    .into_iter()
    .all(|(e, wants)| {
        kind(e).can_relate() && !(kind(e) == EntityKind::Product && wants == Some(EntityKind::Org))
    })
}

/// Output of [`relate`].
#[derive(Clone, Debug, Default)]
pub struct Related {
    /// Relations with the money mention their pattern saw, if any.
    pub relations: Vec<(Relation, Option<usize>)>,
    /// By relation: who is paid, when not the relation's payee end.
    pub payees: Vec<Option<usize>>,
    /// Amounts no relation need carry whose payer or payee the sentence
    /// names ("T will receive $N"): `(money mention, payer, payee)`.
    pub payments: Vec<(usize, Option<usize>, Option<usize>)>,
    /// Each amount's money frame: the parties its clause's grammar names,
    /// read where no specific pattern names both.
    pub frames: Vec<Framed>,
    /// By sentence index: the subject of a sentence that speaks of investing
    /// ("invested", "stake"), the investor of an amount no relation claims.
    pub investors: Vec<Option<usize>>,
}

#[cfg(test)]
mod tests {
    //! The real pipeline on invented sentences: what each family's table
    //! checks is `(source, kind, target)` by entity name.

    use crate::model::{RelationKind, Status};
    pub(super) use crate::pipeline::tests::analysis;

    /// `(source, kind, target, status)` of every relation found in `text`,
    /// in order.
    pub(super) fn relations(text: &str) -> Vec<(String, RelationKind, String, Status)> {
        let a = analysis(text);
        let name = |e: usize| a.entities[e].name.clone();
        a.relations
            .iter()
            .map(|r| (name(r.source), r.kind, name(r.target), r.status))
            .collect()
    }

    /// A text and the `(source, kind, target)` triples expected in it.
    pub(super) type Case<'a> = (&'a str, &'a [(&'a str, RelationKind, &'a str)]);

    /// Checks a table of cases: the relations of `kinds` found in each
    /// text, in order.
    pub(super) fn check(kinds: &[RelationKind], table: &[Case<'_>]) {
        for (text, want) in table {
            let got: Vec<(String, RelationKind, String)> = relations(text)
                .into_iter()
                .filter(|(_, k, _, _)| kinds.contains(k))
                .map(|(s, k, t, _)| (s, k, t))
                .collect();
            let want: Vec<(String, RelationKind, String)> = want
                .iter()
                .map(|(s, k, t)| ((*s).to_owned(), *k, (*t).to_owned()))
                .collect();
            assert_eq!(got, want, "in {text:?}");
        }
    }

    #[test]
    fn one_relation_per_kind_pair_and_sentence_in_text_order() {
        use RelationKind::*;
        check(
            &RelationKind::ALL,
            &[
                // Two triggers, one partnership: the symmetric pair counts once.
                (
                    "Zephyr Corp. formed a partnership with Quantix Inc. and partners with Quantix Inc. on chips.",
                    &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. acquired Quantix Inc. After the deal, it bought Keltic Inc.",
                    &[
                        ("Zephyr Corp.", Acquired, "Quantix Inc."),
                        ("Zephyr Corp.", Acquired, "Keltic Inc."),
                    ],
                ),
            ],
        );
    }
}
