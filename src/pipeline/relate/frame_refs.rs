//! The words around a money frame: its verb classes, the party a
//! preposition introduces ("to the venture", "held by S"), a place that only
//! describes a name, a state or pronoun in subject or object place, a
//! described public body ("the government"), and a verb after the amount
//! ("the $N that S received", "$N was paid by S").

use crate::lang::WordList;
use crate::lang::relate::FrameWords;
use crate::model::{EntityKind, RelationKind};

use super::context::Context;
use super::frame_described::{described, modified};
use super::frame_objects::object_after;
use super::item::{Finds, Item, money_in, next_entity, restated_amount};

/// What the frame says of one amount.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Framed {
    /// The money mention.
    pub mention: usize,
    /// Who pays, where the clause names it.
    pub payer: Option<usize>,
    /// Who is paid, where the clause names it.
    pub payee: Option<usize>,
    /// The money mention of an earlier amount of the sentence this one is
    /// added to ("in addition to $M"), whose parties it has.
    pub like: Option<usize>,
    /// A noun of credit or aid governs the amount ("$N in state aid").
    pub credit: bool,
    /// The payee is the seller a buyer names ("bought X from S for $N"),
    /// who is paid rather than the business bought.
    pub seller: bool,
    /// Those paid are named only as several ("to A and B") or as what a
    /// name owns ("to T's owners"): no one payee.
    pub several: bool,
    /// The lenders are several ("a $N loan from A and from a group of
    /// banks"): no one payer.
    pub lenders: bool,
    /// The verb's subject when named last of a list with a second party
    /// ("A and B have lent T $N"): no one party on its side.
    pub listed: Option<usize>,
    /// The first party of that list ("A"), which a respective reading
    /// gives the first of two amounts.
    pub listed_with: Option<usize>,
    /// The payee is the subject of the sentence before, not of this clause.
    pub before: bool,
}

/// The verb classes of the frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    Give,
    Get,
    Buy,
    Sell,
}

impl Class {
    /// The class of verb `w`.
    pub(super) fn of(words: &FrameWords, w: &str) -> Option<Self> {
        [
            (&words.give, Self::Give),
            (&words.get, Self::Get),
            (&words.buy, Self::Buy),
            (&words.sell, Self::Sell),
        ]
        .into_iter()
        .find_map(|(list, class)| list.contains(w).then_some(class))
    }

    /// True when the class's subject pays.
    pub(super) fn subject_pays(self) -> bool {
        matches!(self, Self::Give | Self::Buy)
    }
}

/// How many items behind an amount (or its noun) the word before a party
/// may stand ("$N in federal loans from S").
const PARTY_REACH: usize = 5;

/// How many items after the word before a party the party may stand ("for
/// half of the Lisbon hotel group T", "from the Dutch food safety authority
/// T").
const OBJECT_REACH: usize = 7;

/// "the government", "the federal government": a description of a public
/// body that no resolver linked stands for the last body named before it
/// with the same head ("the Australian government"), so it may pay.
pub(super) fn public_bodies<'t>(ctx: &Context<'_>, items: &[Item<'t>]) -> Vec<Item<'t>> {
    let heads = &ctx.lang.kinds.government_heads;
    let determiners = &ctx.lang.resolve.description_determiners;
    let mut out = items.to_vec();
    for (p, item) in items.iter().enumerate() {
        let Item::Word { word, span } = item else {
            continue;
        };
        let described = heads.contains(word)
            && (p >= 1 && determiners.contains(items[p - 1].word())
                || p >= 2
                    && determiners.contains(items[p - 2].word())
                    && matches!(&items[p - 1], Item::Word { word, .. } if word.chars().all(char::is_lowercase)));
        if !described {
            continue;
        }
        let named = ctx
            .mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= span.start && !m.nominal)
            .find_map(|m| {
                let e = m.entity?;
                let last = m
                    .span
                    .slice(ctx.text)
                    .split_whitespace()
                    .last()?
                    .to_lowercase();
                (last == *word && ctx.kinds.get(e) == Some(&EntityKind::Org)).then_some(e)
            });
        if let Some(entity) = named {
            out[p] = Item::Ent {
                entity,
                possessive: false,
                span: *span,
                pronoun: true,
            };
        }
    }
    out
}

/// The entity after a word of `list` within `from..from + PARTY_REACH`,
/// that word standing right before it or one item before ("to the venture").
pub(super) fn party_after(
    ctx: &Context<'_>,
    items: &[Item],
    from: usize,
    list: &WordList,
) -> Option<usize> {
    let boundary = &ctx.lang.relate.frame.boundary;
    let mut end = (from + PARTY_REACH).min(items.len());
    let mut p = from;
    while p < end {
        match &items[p] {
            // "lend C$N (US$M) to T": the same amount again, read past.
            Item::Word { word, .. } if word == "(" && restated_amount(items, p + 1) => {
                let close = (p..items.len()).find(|&k| items[k].word() == ")")?;
                end = (end + close + 1 - p).min(items.len());
                p = close;
            }
            Item::Money { .. } => return None,
            Item::Word { word, .. } if boundary.contains(word) => return None,
            Item::Word { word, .. } if list.contains(word) => {
                if let Some(e) = object_after(ctx, items, p + 1, p + 1 + OBJECT_REACH) {
                    return Some(e);
                }
                // "from US fund as S …": a place before a noun names the
                // party as no one; a later word of the list is no party.
                if next_entity(items, p + 1, 2)
                    .is_some_and(|(q, _)| modified(ctx, items, q) == Some(None))
                {
                    return None;
                }
            }
            _ => {}
        }
        p += 1;
    }
    None
}

/// "for shares held by S": the holder of what the amount buys.
pub(super) fn holder_after(ctx: &Context<'_>, items: &[Item], from: usize) -> Option<usize> {
    let words = &ctx.lang.relate.frame;
    let agent = &ctx.lang.relate.clause.passive_agent;
    (from..(from + PARTY_REACH + 2).min(items.len()))
        .take_while(|&p| !words.boundary.contains(items[p].word()))
        .find(|&p| words.held.contains(items[p].word()))
        .filter(|&p| agent.contains(items.get(p + 1).map_or("", Item::word)))
        .and_then(|p| next_entity(items, p + 2, 2))
        .map(|(q, e)| described(ctx, items, q).unwrap_or(e))
}

/// "Germany had granted T $N": a place right before the verb (only
/// auxiliaries between, no preposition governing it) is its subject, as a
/// state pays.
pub(super) fn place_subject(ctx: &Context<'_>, items: &[Item], j: usize) -> Option<usize> {
    let between = &ctx.lang.relate.clause.between_subject_and_verb;
    let p = (0..j)
        .rev()
        .find(|&p| !between.contains(items[p].word()) || items[p].entity().is_some())?;
    let e = items[p].entity()?;
    let governed = p > 0 && ctx.lang.resolve.prepositions.contains(items[p - 1].word());
    // "the state of X has offered $N": the place the head names acts.
    let headed = p >= 2
        && ctx.lang.relate.frame.of.contains(items[p - 1].word())
        && ctx
            .lang
            .relate
            .frame
            .place_heads
            .contains(items[p - 2].word());
    (ctx.kinds.get(e) == Some(&EntityKind::Loc) && (!governed || headed)).then_some(e)
}

/// "S announced the injection of $N", "S unveiled a $N aid package": a noun
/// of money given, object of a verb of announcing, is given by that verb's
/// subject.
pub(super) fn announced_giver(ctx: &Context<'_>, items: &[Item], k: usize) -> Option<usize> {
    let words = &ctx.lang.relate.frame;
    let noun_before = k >= 2
        && words.of.contains(items[k - 1].word())
        && words.give_nouns.contains(items[k - 2].word());
    let noun_after = (k + 1..(k + 3).min(items.len()))
        .take_while(|&p| matches!(items[p], Item::Word { .. }))
        .any(|p| words.give_nouns.contains(items[p].word()));
    let start = if noun_before {
        k - 2
    } else if noun_after {
        k
    } else {
        return None;
    };
    let announce = &ctx.lang.relate.announce.announce;
    for v in (start.saturating_sub(4)..start).rev() {
        match &items[v] {
            Item::Word { word, .. } if announce.contains(word) => {
                return super::clause::clause_subject(ctx.lang, items, v, ctx.kinds)
                    .or_else(|| place_subject(ctx, items, v));
            }
            Item::Word { word, .. } if word.chars().all(char::is_lowercase) => {}
            _ => return None,
        }
    }
    None
}

/// "the $N (that) S received", "$N was paid by S to T": a verb of a class
/// right after the amount, with the relative clause's subject or, passive,
/// the amount as its subject.
pub(super) fn verb_after(ctx: &Context<'_>, items: &[Item], k: usize) -> (Option<Class>, Framed) {
    let words = &ctx.lang.relate.frame;
    let clause = &ctx.lang.relate.clause;
    let mut p = k + 1;
    if clause
        .relative_pronouns
        .contains(items.get(p).map_or("", Item::word))
    {
        p += 1;
    }
    let subject = match items.get(p) {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) => {
            p += 1;
            Some(*entity)
        }
        _ => None,
    };
    while p < items.len() && clause.between_subject_and_verb.contains(items[p].word()) {
        p += 1;
    }
    let Some(class) = items.get(p).and_then(|it| Class::of(words, it.word())) else {
        return (None, Framed::default());
    };
    let passive = subject.is_none()
        && p > k + 1
        && ctx
            .lang
            .relate
            .roles
            .passive_be
            .contains(items[p - 1].word())
        && !words.is_progressive(items[p].word());
    let after = |list: &WordList| party_after(ctx, items, p + 1, list);
    let by = || after(&clause.passive_agent);
    let (payer, payee) = match (class, subject, passive) {
        (Class::Give, Some(s), _) => (Some(s), after(&words.to)),
        (Class::Get, Some(s), _) => (after(&words.from), Some(s)),
        (Class::Buy, Some(s), _) => (Some(s), after(&words.from)),
        (Class::Sell, Some(s), _) => (after(&words.to), Some(s)),
        (Class::Give | Class::Buy, None, true) => (by(), after(&words.to)),
        (Class::Get, None, true) => (after(&words.from), by()),
        _ => return (None, Framed::default()),
    };
    (
        Some(class),
        Framed {
            payer,
            payee,
            ..Framed::default()
        },
    )
}

/// True when a noun of credit or aid stands right around the amount at
/// `k`: "$N in state aid", "a $N loan", "subsidies of $N".
pub(super) fn credit_near(words: &FrameWords, items: &[Item], k: usize) -> bool {
    let before = k >= 2 && words.of.contains(items[k - 1].word()) && {
        words.credit_nouns.contains(items[k - 2].word())
    };
    before
        || (k + 1..(k + 4).min(items.len()))
            .take_while(|&p| matches!(items[p], Item::Word { .. }))
            .any(|p| words.credit_nouns.contains(items[p].word()))
}

/// "Germany had granted T $N in state aid": an amount of credit or aid whose
/// frame names both parties is a loan from the payer to the one paid, when
/// no pattern of the sentence already relates the two.
pub(super) fn credit_relations(ctx: &Context<'_>, frames: &[Framed], out: &mut Finds) {
    for f in frames.iter().filter(|f| f.credit) {
        let (Some(payer), Some(payee)) = (f.payer, f.payee) else {
            continue;
        };
        let payer_fits = matches!(
            ctx.kinds.get(payer),
            Some(EntityKind::Org | EntityKind::Loc)
        );
        let payee_fits = ctx.kinds.get(payee) == Some(&EntityKind::Org);
        let related = out.0.iter().any(|r| {
            (r.source, r.target) == (payer, payee) || (r.source, r.target) == (payee, payer)
        });
        if payer_fits && payee_fits && !related {
            let trigger = ctx.mentions[f.mention].span;
            out.add(
                RelationKind::LendsTo,
                payer,
                payee,
                trigger,
                Some(f.mention),
                0.6,
            );
        }
    }
}

/// True when a noun of buying stands right behind the amount at `k` ("a
/// $N bid", "a $N takeover offer").
pub(super) fn bid_at(ctx: &Context<'_>, items: &[Item], k: usize) -> bool {
    (k + 1..(k + 3).min(items.len()))
        .take_while(|&p| matches!(items[p], Item::Word { .. }))
        .any(|p| ctx.lang.relate.frame.buy_nouns.contains(items[p].word()))
}

/// How many items before an amount what a winner gains may stand ("wins
/// control of the ski area T in a $N deal").
const GAINED_REACH: usize = 9;

/// Where a noun of what a winner gains by paying ("control", "rights")
/// stands in the clause before the amount at `k`.
pub(super) fn gained_at(ctx: &Context<'_>, items: &[Item], k: usize) -> Option<usize> {
    let frame = &ctx.lang.relate.frame;
    (k.saturating_sub(GAINED_REACH)..k)
        .rev()
        .take_while(|&p| {
            !matches!(items[p], Item::Money { .. }) && !frame.boundary.contains(items[p].word())
        })
        .find(|&p| frame.gained.contains(items[p].word()))
}

/// How many items before an amount the owner of what it buys may stand
/// ("for T's Portuguese masts with a $N bid").
const OWNER_REACH: usize = 6;

/// The organisation named in a possessive in the clause before the amount
/// at `k`: the owner of what the amount buys.
pub(super) fn owner_before(ctx: &Context<'_>, items: &[Item], k: usize) -> Option<usize> {
    let boundary = &ctx.lang.relate.frame.boundary;
    (k.saturating_sub(OWNER_REACH)..k)
        .rev()
        .take_while(|&p| !boundary.contains(items[p].word()))
        .find_map(|p| match items[p] {
            Item::Ent {
                entity,
                possessive: true,
                pronoun: false,
                ..
            } if ctx.kinds.get(entity) == Some(&EntityKind::Org) => Some(entity),
            _ => None,
        })
}

/// How many items the business an amount pays for, with its apposition,
/// may run before the "to" of its seller.
const SOLD_TO_REACH: usize = 14;

/// "paid $N for T to its founder, S", "paid $N for T, a Sinaloa
/// distributor, to S": the seller "to" names right after the business
/// bought (or after the comma that closes its apposition) is paid.
pub(super) fn seller_paid_to(ctx: &Context<'_>, items: &[Item], k: usize) -> Option<usize> {
    let words = &ctx.lang.relate.payments;
    let boundary = &ctx.lang.relate.frame.boundary;
    if !words.paid_for.contains(items.get(k + 1)?.word()) {
        return None;
    }
    let mut bought = None;
    let mut commas = 0;
    for p in k + 2..(k + 2 + SOLD_TO_REACH).min(items.len()) {
        match &items[p] {
            Item::Money { .. } => return None,
            Item::Ent { entity, .. } => {
                bought = bought.or(Some(*entity));
            }
            Item::Word { word, .. } if words.to.contains(word) => {
                let after_name = matches!(items[p - 1], Item::Ent { .. })
                    || items[p - 1].word() == "," && commas == 2;
                let bought = bought.filter(|_| after_name)?;
                return object_after(ctx, items, p + 1, items.len()).filter(|&s| s != bought);
            }
            Item::Word { word, .. } if word == "," && commas < 2 => commas += 1,
            Item::Word { word, .. } if boundary.contains(word) => return None,
            _ => {}
        }
    }
    None
}

/// The earlier amount of the sentence the amount at `k` is added to: an
/// additive word within the three items before it ("in addition to the
/// $M", "including about $M").
pub(super) fn added_to(words: &FrameWords, items: &[Item], k: usize) -> Option<usize> {
    let added = (k.saturating_sub(4)..k)
        .rev()
        .take_while(|&p| matches!(items[p], Item::Word { .. }))
        .any(|p| words.additive.contains(items[p].word()));
    if !added {
        return None;
    }
    money_in(items, (0..k).rev())
}

/// The party a verb of `class` takes behind the amount at `k`: "to"/"for"
/// (or "in" after investing) the one paid, "from" the payer or seller.
pub(super) fn trailing_party(
    ctx: &Context<'_>,
    items: &[Item],
    k: usize,
    class: Class,
) -> Option<usize> {
    let words = &ctx.lang.relate.frame;
    match class {
        Class::Give => party_after(ctx, items, k + 1, &words.to)
            .or_else(|| party_after(ctx, items, k + 1, &words.into)),
        Class::Get | Class::Buy => party_after(ctx, items, k + 1, &words.from),
        Class::Sell => party_after(ctx, items, k + 1, &words.to),
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as figures;
    use crate::pipeline::tests::check_money_parties as check;

    #[test]
    fn those_paid_named_only_as_several_are_no_one_payee() {
        check(&[
            (
                "Velmora Holdings has completed its purchase of Quantix Inc. and paid $900 million to Quantix's owners, the fund Keltic Partners and its founder Ada Brenner.",
                ("$900 million", Some("Velmora Holdings"), None),
            ),
            (
                "Velmora Holdings will take a 40% holding in Quantix Inc., paying €300m to the Brenner family and the private equity firm Keltic Partners.",
                ("€300m", Some("Velmora Holdings"), None),
            ),
            // A clause after the one paid is no second party.
            (
                "Velmora Holdings has awarded a £900m contract to Quantix Inc. to maintain and upgrade the Keltic Navy's ships.",
                ("£900m", Some("Velmora Holdings"), Some("Quantix Inc.")),
            ),
        ]);
    }

    #[test]
    fn transfers_absolute_phrases_and_headed_places_pay() {
        check(&[
            (
                "On Monday, the Velmora Reserve Bank transferred $24 billion to its reserves.",
                ("$24 billion", Some("Velmora Reserve Bank"), None),
            ),
            (
                "The dispute was settled in 1994, with Quantix Inc. paying $3 million.",
                ("$3 million", Some("Quantix Inc."), None),
            ),
            (
                "The state of Ostrava has offered incentives worth up to $90 million to Quantix Inc.",
                ("$90 million", Some("Ostrava"), Some("Quantix Inc.")),
            ),
        ]);
    }

    #[test]
    fn a_noun_of_money_given_that_a_verb_announces_is_its_subjects() {
        check(&[
            (
                "The Velmora Reserve Bank announced the injection of $5 billion into the banking system.",
                ("$5 billion", Some("Velmora Reserve Bank"), None),
            ),
            (
                "Quantix Inc. unveiled a $40 million aid package for local suppliers.",
                ("$40 million", Some("Quantix Inc."), None),
            ),
            // A verb of getting keeps its subject the one paid.
            (
                "Quantix Inc. received an injection of $5 billion from Velmora Holdings.",
                ("$5 billion", Some("Velmora Holdings"), Some("Quantix Inc.")),
            ),
            // Welcoming an injection is no giving it.
            (
                "Quantix Inc. welcomed the injection of $5 billion.",
                ("$5 billion", None, None),
            ),
        ]);
    }

    #[test]
    fn credit_and_aid_with_both_parties_is_a_loan() {
        use crate::model::RelationKind::LendsTo;
        use crate::pipeline::relate::tests::check;
        check(
            &[LendsTo],
            &[
                (
                    "Quantix Inc. said that Germany had granted it $2 billion in state aid.",
                    &[("Germany", LendsTo, "Quantix Inc.")],
                ),
                (
                    "Velmora Holdings approved subsidies of $900 million for Quantix Inc.",
                    &[("Velmora Holdings", LendsTo, "Quantix Inc.")],
                ),
                // A payment that is no credit or aid is no loan.
                ("Velmora Holdings paid $900 million to Quantix Inc.", &[]),
            ],
        );
    }

    #[test]
    fn a_winner_pays_for_the_control_it_gains() {
        check(&[
            (
                "Harvel Group wins control of a ski area in €118m deal",
                ("€118m", Some("Harvel Group"), None),
            ),
            (
                "Harvel Group wins bandy rights in 410 million crown deal",
                ("410 million crown", Some("Harvel Group"), None),
            ),
        ]);
    }

    #[test]
    fn a_buyer_committed_to_purchasing_pays() {
        check(&[(
            "Harvel Group has committed to purchasing 1.2 million tonnes of potash from \
             Orlaco Potash Corp over four years, in a contract the two companies valued at \
             $420 million.",
            (
                "$420 million",
                Some("Harvel Group"),
                Some("Orlaco Potash Corp"),
            ),
        )]);
    }

    #[test]
    fn a_described_public_body_is_the_one_named_before() {
        figures(&[(
            "The Canadian government said it would hold a stake. The government will give Quantix Inc. a capital infusion of $30 billion.",
            &[(
                "$30 billion",
                Some("Canadian government"),
                Some("Quantix Inc."),
            )],
        )]);
    }

    #[test]
    fn a_verb_after_the_amount_frames_it() {
        figures(&[
            (
                "Auditors questioned the $2 billion that Quantix Inc. received from Velmora Holdings.",
                &[("$2 billion", Some("Velmora Holdings"), Some("Quantix Inc."))],
            ),
            (
                "A further $3 million was paid by Velmora Holdings to Quantix Inc.",
                &[("$3 million", Some("Velmora Holdings"), Some("Quantix Inc."))],
            ),
        ]);
    }
}
