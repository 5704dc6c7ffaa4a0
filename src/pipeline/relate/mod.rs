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
//! file per family: `roles` (`named_next`, a post told with no name, held
//! by the speaker the next sentence names), `tenure` (leaving and succeeding), `deals`
//! (investments, acquisitions, supply; `passive_buy`, a passive's "by"
//! past a short phrase), `orders` (goods bought and sold: a
//! purchase of goods is never an acquisition of their maker; `sellers`
//! settles the orders that name no seller; `clients`, buyers named as
//! examples of a class a seller serves; `purchases`, goods
//! still to be bought from named sellers; `made_for`, goods still to be
//! made for a named buyer), `holdings`
//! (stakes, mergers; `owners`, the owners a passive names; `units`, units
//! and subsidiaries; `stake_bought`, a stake opening the sentence
//! bought by a passive's agent; `share_sold`, a share opening it sold to a
//! buyer; `topic_shares`, a share with no company, in the company
//! spoken of; `share_subject`, a share opening its clause, held by the one
//! after its verb: "the rest belongs to S"), `ventures` (joint ventures and what their
//! parents put in; `venture_apposed`, "V, the joint venture of A and B"), `credit` (loans, bailouts,
//! contracts; `lines`, swap lines extended to named parties), `payments`
//! (who pays an amount no relation carries),
//! `partners`, `membership`, `places`, `announce`; `lexical`, frames
//! the reader's slots cannot reach ("T's chief executive will be X", "Y, T's
//! main bank"); `clause` reads subjects, lists and status, `coordination`
//! gives a relation to every member of a coordinated end (`gapped`, a stake
//! to the holders of gapped clauses after it; `described_members`,
//! of a list whose members are described: "and the online retailer C";
//! `comitative`, to the names "along with" an end), `pronoun`
//! resolves pronouns, `view` builds the items. No relation ends at an
//! entity whose kind cannot relate (a nationality).
//!
//! Adding a relation kind: a variant and a row in `model/relation.rs` (the
//! compiler points at the row), a pattern function in a family file listed
//! in `PATTERNS` below with the lists its trigger word is in (`triggers`),
//! and its word list under `assets/lang/en/relate/`
//! (a field in `lang/relate.rs`, a line in `lang/en.rs`); the schema test
//! in `model/relation.rs` asks for the kind in the JSON schema.

mod announce;
mod clause;
mod clients;
mod comitative;
mod consortia;
pub use consortia::memberships;
mod context;
mod coordination;
mod credit;
mod customers;
mod deal_actors;
mod deals;
pub mod deps;
mod described_members;
mod frame;
mod frame_clauses;
mod frame_credit;
mod frame_described;
mod frame_family;
mod frame_lists;
mod frame_means;
mod frame_objects;
mod frame_offers;
mod frame_pronouns;
mod frame_refs;
mod gapped;
mod held;
mod holders;
mod holdings;
mod item;
pub(crate) mod kept;
pub mod learned;
mod lexical;
mod lines;
mod made_for;
mod membership;
mod named;
mod named_next;
mod object_pronoun;
mod order_parties;
mod orders;
mod owners;
mod pair;
mod partners;
mod passive_buy;
mod pattern;
mod payments;
mod place_possessor;
mod places;
mod pledges;
mod posts;
mod pronoun;
mod pronoun_limits;
mod purchases;
mod quoted;
mod reader;
mod reported;
mod roles;
mod run_verbs;
mod sellers;
mod share_sold;
mod share_subject;
mod signed;
mod speaks_for;
mod stake_bought;
mod status;
mod supply_objects;
mod tenure;
mod topic_shares;
mod triggers;
mod units;
mod venture_apposed;
mod ventures;
mod view;
mod years_at;

pub use context::Context;
pub use frame_refs::Framed;
pub use item::Item;
pub use triggers::Triggers;
pub use view::{PronounPass, pronoun_references, read_pronouns};

use crate::model::{EntityKind, Provenance, Relation, Status};

use clause::Subjects;
use item::Finds;
use pattern::{At, Pattern};
use status::status_of;
use triggers::On;

/// Every pattern over a sentence's items, in the order they are tried at
/// each position: where two state the same relation, the first one wins.
const PATTERNS: &[(Pattern, On)] = &[
    (roles::org_title_person, On::Title),
    (roles::title_of, On::Title),
    (roles::appointed, On::Title),
    (roles::possessive_title, On::Title),
    (roles::person_of, On::Ent),
    (lexical::copular_post, On::Title),
    (roles::works_for, On::Words(|l| vec![&l.relate.roles.works])),
    (
        lexical::own_lender,
        On::Words(|l| vec![&l.relate.reader.lender_nouns]),
    ),
    (
        lexical::former_conjunct,
        On::Words(|l| vec![&l.relate.roles.former]),
    ),
    (speaks_for::possessor_person, On::Ent),
    (
        holders::holder_noun,
        On::Words(|l| vec![&l.relate.holdings.holder_nouns]),
    ),
    (
        speaks_for::person_with,
        On::Words(|l| vec![&l.relate.roles.person_with]),
    ),
    (
        customers::customers,
        On::Words(|l| vec![&l.relate.orders.customers]),
    ),
    (
        clients::clients,
        On::Words(|l| vec![&l.relate.orders.client_classes]),
    ),
    (
        run_verbs::runs,
        On::Words(|l| {
            vec![
                &l.relate.roles.runs,
                &l.relate.roles.run_perfect,
                &l.relate.roles.chairs,
            ]
        }),
    ),
    (deals::invest, On::Words(|l| vec![&l.relate.deals.invest])),
    (deals::raised, On::Words(|l| vec![&l.relate.deals.raised])),
    (
        deals::acquire,
        On::Words(|l| vec![&l.relate.deals.acquire, &l.relate.deals.acquire_phrasal]),
    ),
    (orders::order, On::Words(|l| vec![&l.relate.orders.order])),
    (
        purchases::purchases,
        On::Words(|l| vec![&l.relate.orders.buy_goods]),
    ),
    (
        orders::sell_goods,
        On::Words(|l| vec![&l.relate.orders.sell, &l.relate.deals.supply]),
    ),
    (
        made_for::made_for,
        On::Words(|l| vec![&l.relate.orders.make_goods]),
    ),
    (
        orders::sell_business,
        On::Words(|l| vec![&l.relate.orders.sell]),
    ),
    (
        holdings::stake,
        On::Words(|l| vec![&l.relate.holdings.stake]),
    ),
    (
        stake_bought::stake_bought,
        On::Words(|l| vec![&l.relate.deals.acquire]),
    ),
    (
        share_sold::share_sold,
        On::Words(|l| vec![&l.relate.orders.sell]),
    ),
    (holdings::own, On::Words(|l| vec![&l.relate.holdings.own])),
    (
        units::unit,
        On::Words(|l| vec![&l.relate.holdings.parent, &l.relate.holdings.units]),
    ),
    (units::glued_owner, On::Ent),
    (units::possessed, On::Ent),
    (
        holdings::merge,
        On::Words(|l| vec![&l.relate.holdings.merge]),
    ),
    (
        ventures::venture,
        On::Words(|l| vec![&l.relate.holdings.venture]),
    ),
    (venture_apposed::venture_apposed, On::Ent),
    (
        ventures::contributed,
        On::Words(|l| vec![&l.relate.holdings.venture_money]),
    ),
    (
        ventures::jointly,
        On::Words(|l| vec![&l.relate.holdings.jointly]),
    ),
    (credit::lend, On::Words(|l| vec![&l.relate.credit.lend])),
    (
        credit::loan,
        On::Words(|l| vec![&l.relate.credit.loan, &l.relate.credit.capital]),
    ),
    (
        credit::contract,
        On::Words(|l| vec![&l.relate.credit.contract, &l.relate.credit.contract_won]),
    ),
    (
        credit::selected,
        On::Words(|l| vec![&l.relate.credit.select]),
    ),
    (
        signed::signed,
        On::Words(|l| vec![&l.relate.credit.contract]),
    ),
    (credit::ask, On::Words(|l| vec![&l.relate.credit.ask])),
    (
        payments::paid_for,
        On::Words(|l| vec![&l.relate.payments.pay]),
    ),
    (
        partners::partner,
        On::Words(|l| vec![&l.relate.partners.partner]),
    ),
    (
        partners::partnership,
        On::Words(|l| vec![&l.relate.partners.partnership]),
    ),
    (
        partners::group,
        On::Words(|l| vec![&l.relate.partners.group]),
    ),
    (deals::supply, On::Words(|l| vec![&l.relate.deals.supply])),
    (
        partners::rivals,
        On::Words(|l| vec![&l.relate.partners.rival]),
    ),
    (
        partners::rival_apposition,
        On::Words(|l| vec![&l.relate.partners.rival]),
    ),
    (
        partners::rival_possessive,
        On::Words(|l| vec![&l.relate.partners.rival]),
    ),
    (
        partners::rival_object,
        On::Words(|l| vec![&l.relate.partners.rival]),
    ),
    (partners::beat, On::Words(|l| vec![&l.relate.credit.beat])),
    (
        announce::announce,
        On::Words(|l| vec![&l.relate.announce.announce, &l.relate.announce.product_only]),
    ),
    (roles::founded, On::Words(|l| vec![&l.relate.roles.founded])),
    (
        places::based_in,
        On::Words(|l| vec![&l.relate.places.based]),
    ),
    (places::site_in, On::Words(|l| vec![&l.relate.places.sites])),
    (
        places::org_of_place,
        On::Words(|l| vec![&l.relate.places.of_place]),
    ),
    (
        places::works_in,
        On::Words(|l| vec![&l.relate.places.works]),
    ),
    (
        places::where_based,
        On::Words(|l| vec![&l.relate.places.where_words]),
    ),
    (
        places::org_in_place,
        On::Words(|l| vec![&l.relate.places.based_in]),
    ),
    (places::home, On::Words(|l| vec![&l.relate.places.home])),
    (places::place_before_org, On::Ent),
    (places::venue_in, On::Ent),
    (
        places::described_in,
        On::EntOrWords(|l| vec![&l.kinds.org_nouns_before, &l.rules.nominal_heads]),
    ),
    (
        places::described_agent_in,
        On::Words(|l| vec![&l.relate.places.site_in, &l.relate.payments.from]),
    ),
    (
        membership::members,
        On::Words(|l| {
            vec![
                &l.relate.membership.member,
                &l.relate.membership.implied,
                &l.relate.membership.joined,
            ]
        }),
    ),
];

/// Runs, at every position of a sentence's items, the patterns its item
/// may start (see [`Triggers`]), in `PATTERNS` order; `subjects`: each
/// item's subject ([`Subjects`]).
fn patterns(ctx: &Context<'_>, items: &[Item], subjects: Subjects<'_, '_>, out: &mut Finds) {
    for i in 0..items.len() {
        let mask = ctx.triggers.at(&items[i]);
        if mask == 0 && !cfg!(debug_assertions) {
            continue;
        }
        let at = At {
            ctx,
            items,
            i,
            subject: subjects.at(i),
        };
        if cfg!(debug_assertions) {
            for (k, (pattern, _)) in PATTERNS.iter().enumerate() {
                let before = out.0.len();
                pattern(&at, out);
                // Pattern `k` fired at an item outside its trigger lists:
                // its row in PATTERNS must name every list it starts at.
                if mask >> k & 1 == 0 {
                    assert_eq!(out.0.len(), before, "{k}");
                }
            }
            continue;
        }
        // Only the patterns the item may start, lowest bit first (PATTERNS
        // order): asking all of them for their bit was 11 M instructions
        // on 216 dev texts, more than the patterns run.
        let mut rest = mask;
        while rest != 0 {
            let k = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            if let Some((pattern, _)) = PATTERNS.get(k) {
                pattern(&at, out);
            }
        }
    }
}

/// The trigger index of the relation patterns over `lang`'s lists: built
/// once with the pipeline, read by every [`Context`].
pub fn triggers(lang: &crate::lang::Language) -> Triggers {
    Triggers::of(lang, PATTERNS.iter().map(|(_, on)| on)).with_readings(lang)
}

/// How many sentences on a stake or purchase still gives the company a bare
/// share is in.
const HELD_REACH: usize = 2;

/// Relations of every sentence outside the page furniture, in text order,
/// one per (kind, source, target, sentence). `money` facts are attached later.
pub fn relate(ctx: &Context<'_>) -> Related {
    relate_after(ctx, None)
}

/// [`relate`] after the pronoun pass `pass`, whose pronouns are mentions
/// of `ctx` now: the sentences it read before the first pronoun are taken
/// from it.
pub fn relate_after(ctx: &Context<'_>, pass: Option<PronounPass<'_>>) -> Related {
    let mut out: Vec<(Relation, Option<usize>)> = Vec::new();
    let mut payees: Vec<Option<usize>> = Vec::new();
    let mut paid = Vec::new();
    let mut framed = Vec::new();
    let venture = ventures::named_venture(ctx);
    // The organisation spoken of: what a bare title means.
    let mut topic = posts::Topic {
        last: None,
        main: posts::main_org(ctx),
    };
    // The subject of the sentence before: the borrower of credit a lender
    // gives with no borrower named.
    let mut before: Option<usize> = None;
    // The sentence that last told a stake in or a purchase of a company,
    // and that company: whose shares a bare "S holds N%" are.
    let mut held: Option<(usize, usize)> = None;
    // A post told with no name: its holder may be named next.
    let first_seen = named_next::FirstSeen::of(ctx);
    let mut unnamed = None;
    let reading = pass.and_then(|p| p.reading);
    let (subjects, _) = view::walk(ctx, reading, false, |s, view, subject| {
        paid.extend(ventures::payments(ctx, view, venture));
        paid.extend(payments::payments(ctx, view, subject));
        let mut frames = frame::frames(ctx, view, subject);
        let sentence = ctx.seg.sentences[s].span;
        let first_of_sentence = out.len();
        let mut found = Finds::default();
        let reported = clause::Reported::default();
        let subjects = Subjects::of(ctx.lang, view, ctx.kinds, subject, &reported);
        patterns(ctx, view, subjects, &mut found);
        reader::read(ctx, view, subject, &mut found);
        owners::further(ctx, view, subjects, &mut found);
        paid.extend(lines::swap_lines(ctx, view, subject, &mut found));
        places::glued_based(ctx, sentence, &mut found);
        let earlier = tenure::Earlier::of(&out);
        tenure::tenure(ctx, view, subject, subjects, topic, earlier, &mut found);
        named_next::holder(ctx, view, s, sentence, unnamed, &first_seen, &mut found);
        unnamed = named_next::unnamed_post(ctx, view, s);
        partners::topic_rivals(ctx, view, subjects, topic.main.or(topic.last), &mut found);
        topic_shares::topic_shares(
            ctx,
            view,
            subjects,
            held.filter(|&(at, _)| at + HELD_REACH >= s).map(|(_, t)| t),
            topic.last.or(topic.main),
            &mut found,
        );
        if let Some(f) = found
            .0
            .iter()
            .rev()
            .find(|f| topic_shares::HELD.contains(&f.kind))
        {
            held = Some((s, f.target));
        }
        if let Some(org) = subject
            .filter(|&e| matches!(ctx.kinds.get(e), Some(EntityKind::Org | EntityKind::Misc)))
        {
            // "A and B have lent C $5m. Its chief …": which of the two is
            // not said.
            let paired = pair::coordinated(ctx, view, subject)
                .is_some_and(|(a, b, led)| led && (org == a || org == b));
            topic.last = (!paired).then_some(org);
        }
        coordination::mutual(ctx, view, &mut found);
        coordination::spread(ctx, view, &mut found);
        gapped::gapped_stakes(ctx, view, &mut found);
        described_members::spread_described(ctx, view, &mut found);
        comitative::comitative(ctx, view, &mut found);
        frame_refs::credit_relations(ctx, &frames, &mut found);
        // A clause that names no subject ("The money replaces a $N credit
        // line from L") borrows for the company the text tells of.
        let borrower = before
            .filter(|&b| topic.main == Some(b))
            .or(topic.main.filter(|_| subject.is_none()));
        frame_credit::borrower_before(ctx, &mut frames, borrower);
        before = subject;
        framed.extend(frames);
        for f in found.0 {
            // Nationality words and values are never a relation's end, nor a
            // product where the kind wants an organisation, nor a place that
            // only owns the company after it ("R's bank").
            if !ends_fit(ctx, &f) || place_possessor::only_possessor(ctx, view, &f) {
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
    posts::one_post(&mut out, &mut payees);
    Related {
        relations: out,
        payees,
        payments: paid,
        frames: framed,
        investors: deals::investors(ctx, &subjects),
    }
}

/// True when both ends of a found relation may be its ends: never a
/// nationality or group word ("Russian"), never a product where the kind
/// wants an organisation (a product is ordered, it does not order), and
/// never a person in a partnership, rivalry or merger (a chief who speaks
/// of "the partnership with T" is not T's partner), nor a person holding
/// a unit, subsidiary or arm (`company_parts`), nor a stock index in a
/// place. Supplies and orders keep a person's name: there it is mostly a
/// company the tagger misread.
fn ends_fit(ctx: &Context<'_>, f: &item::Found) -> bool {
    let props = f.kind.props();
    let kind = |e: usize| ctx.kinds.get(e).copied().unwrap_or(EntityKind::Misc);
    let between_organisations = props.symmetric;
    if held::person_holds_part(ctx, f) || places::places_an_index(ctx, f) {
        return false;
    }
    [
        (f.source, props.source_implies),
        (f.target, props.target_implies),
    ]
    .into_iter()
    .all(|(e, wants)| {
        kind(e).can_relate()
            && !(kind(e) == EntityKind::Product && wants == Some(EntityKind::Org))
            && !(kind(e) == EntityKind::Person && between_organisations)
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
mod tests;
