//! The money frame: who pays and who is paid an amount, read from the
//! grammar of its clause when no specific pattern names both.
//!
//! An amount is governed by a noun of money right around it ("S's planned
//! $N purchase of T", "a $N loan to T", "subsidies of $N for T") or by the
//! nearest verb before it in its clause. Verbs fall in four classes
//! (`assets/lang/en/relate/frame/`): GIVE ("granted"), whose subject pays
//! the one named right after the verb or after "to"/"for" behind the
//! amount; GET ("received"), whose subject is paid by "from S"; BUY
//! ("bought"), whose subject pays the seller ("from S", "held by S") or the
//! business bought; SELL ("sold"), whose subject is paid by "to S". An
//! amount coordinated with one before it takes that one's frame, with the
//! subject a gapped clause names ("A will contribute $N and B $M"); an
//! amount added to one before it ("in addition to $M", "including $M") has
//! its parties.

use crate::lang::WordList;
use crate::model::EntityKind;

use super::clause::clause_subject;
use super::context::Context;
use super::frame_clauses::{absolute_subject, participle_subject};
use super::frame_credit::relative_lender;
use super::frame_family::family_seller;
use super::frame_lists::{listed_first, listed_gap, respective};
use super::frame_means::means_borrower;
use super::frame_objects::{
    PRICE_REACH, apposed_subject, as_noun, borrower, bought_object, closes_apposition,
    object_after, owner_at, priced_phrase, several_at, shared_subject, sums_up,
};
use super::frame_offers::bid_parties;
use super::frame_pronouns::object_pronoun;
use super::frame_refs::{
    Class, Framed, added_to, announced_giver, credit_near, gained_at, holder_after, party_after,
    place_subject, public_bodies, seller_paid_to, trailing_party, verb_after,
};
use super::item::{Item, possessor_near};

/// How many items before an amount its verb may stand.
const VERB_REACH: usize = 8;

/// How many items behind an amount its noun may stand ("$N tanker contract").
const NOUN_REACH: usize = 2;

/// One amount's frame, kept for amounts coordinated with it.
#[derive(Clone, Copy, Debug)]
struct Read {
    /// Item position of the amount.
    at: usize,
    class: Option<Class>,
    framed: Framed,
}

/// The frames of one sentence's amounts, in order.
pub(super) fn frames(ctx: &Context<'_>, items: &[Item], subject: Option<usize>) -> Vec<Framed> {
    if !items.iter().any(|it| matches!(it, Item::Money { .. })) {
        return Vec::new();
    }
    let items = &public_bodies(ctx, items);
    let mut read: Vec<Read> = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let Item::Money { mention } = item else {
            continue;
        };
        let (class, mut framed) = frame_at(ctx, items, k, &read, subject);
        framed.mention = *mention;
        framed.like = added_to(&ctx.lang.relate.frame, items, k);
        framed.credit = credit_near(&ctx.lang.relate.frame, items, k);
        let fits = |e: &usize| {
            ctx.kinds
                .get(*e)
                .is_some_and(|k| k.can_relate() && *k != EntityKind::Product)
        };
        framed.payer = framed.payer.filter(fits);
        framed.payee = framed.payee.filter(fits);
        if framed.payer == framed.payee {
            framed.payee = None;
        }
        read.push(Read {
            at: k,
            class,
            framed,
        });
    }
    let mut framed: Vec<(Option<Class>, Framed)> =
        read.into_iter().map(|r| (r.class, r.framed)).collect();
    respective(ctx, items, &mut framed);
    framed.into_iter().map(|(_, f)| f).collect()
}

/// The frame of the amount at `k`: its noun's, with what its verb says
/// where the noun names no one.
fn frame_at(
    ctx: &Context<'_>,
    items: &[Item],
    k: usize,
    read: &[Read],
    subject: Option<usize>,
) -> (Option<Class>, Framed) {
    let noun = noun_frame(ctx, items, k, subject);
    let (class, verb) = match verb_frame(ctx, items, k, read) {
        (None, _) => verb_after(ctx, items, k),
        found => found,
    };
    let mut framed = Framed {
        payer: noun.payer.or(verb.payer),
        payee: noun.payee.or(verb.payee),
        seller: if noun.payee.is_some() {
            noun.seller
        } else {
            verb.seller
        },
        several: noun.payee.is_none() && verb.several,
        lenders: noun.lenders,
        listed: verb.listed,
        listed_with: verb.listed_with,
        ..Framed::default()
    };
    if class.is_none() && framed.payer.is_none() {
        framed.payer = announced_giver(ctx, items, k);
    }
    // An auction's winning bid, an offer made, turned down or withdrawn.
    bid_parties(ctx, items, k, (class, &noun, &verb), &mut framed);
    // "S wins control of T in a $N deal": what the winner gains it buys.
    if class == Some(Class::Get)
        && noun.payee.is_none()
        && let Some(p) = gained_at(ctx, items, k)
    {
        (framed.payer, framed.payee) = (verb.payee, object_after(ctx, items, p + 1, k));
    }
    (class, framed)
}

/// A noun of money right around the amount at `k`: "S's $N purchase of T",
/// "a $N loan from S to T", "subsidies of $N for T", "S's $N investment";
/// credit a buyer pays with goes to the sentence's `subject` that pays.
fn noun_frame(ctx: &Context<'_>, items: &[Item], k: usize, subject: Option<usize>) -> Framed {
    let words = &ctx.lang.relate.frame;
    let after = (k + 1..(k + 1 + NOUN_REACH).min(items.len()))
        .take_while(|&p| matches!(items[p], Item::Word { .. }))
        .find(|&p| {
            words.buy_nouns.contains(items[p].word()) || words.give_nouns.contains(items[p].word())
        });
    let before = k.checked_sub(2).filter(|&n| {
        words.of.contains(items[n + 1].word()) && words.give_nouns.contains(items[n].word())
    });
    let Some(noun) = after.or(before) else {
        return Framed::default();
    };
    let behind = noun.max(k) + 1;
    let possessor = possessor_near(items, noun.min(k));
    let from = party_after(ctx, items, behind, &words.from);
    if words.buy_nouns.contains(items[noun].word()) {
        // The buyer pays what it buys, or the seller it buys from.
        let bought = party_after(ctx, items, behind, &ctx.lang.relate.deals.acquire_of);
        Framed {
            payer: possessor,
            payee: from.or(bought),
            seller: from.is_some(),
            ..Framed::default()
        }
    } else {
        // Credit comes from a lender ("with S" too) and goes, when no "to"
        // names the borrower, to the subject that has or draws it.
        let credit = words.credit_nouns.contains(items[noun].word());
        let lender = if credit {
            party_after(ctx, items, behind, &words.lender)
                .or_else(|| relative_lender(ctx, items, behind))
        } else {
            from
        };
        let to = party_after(ctx, items, behind, &words.to)
            .or_else(|| party_after(ctx, items, behind, &words.into));
        // "extend T's $N credit facility": credit no "to" sends on is its
        // possessor's, who borrows it.
        let (payer, holder) = if credit && to.is_none() {
            (lender, possessor)
        } else {
            (possessor.or(lender), None)
        };
        Framed {
            payer,
            payee: to.or(holder).or_else(|| {
                credit
                    .then(|| {
                        means_borrower(ctx, items, k, subject).or_else(|| borrower(ctx, items, k))
                    })
                    .flatten()
            }),
            lenders: credit && several_at(ctx, items, behind, &words.lender),
            ..Framed::default()
        }
    }
}

/// The verb that governs the amount at `k`, or the frame of the amount it
/// is coordinated with.
fn verb_frame(
    ctx: &Context<'_>,
    items: &[Item],
    k: usize,
    read: &[Read],
) -> (Option<Class>, Framed) {
    let words = &ctx.lang.relate.frame;
    let coordinators = &ctx.lang.relate.clause.list_separators;
    // The nearest entity between the verb and the amount: the one paid
    // ("granted T $N"), or a gapped subject ("and B about $M").
    let mut between: Option<(usize, usize)> = None;
    let mut coordinated = false;
    let mut gap = None;
    let mut gap_listed = false;
    // "bought X from S for $N", "a deal worth $N": the price's verb may
    // stand past the whole object.
    let priced = priced_phrase(ctx, items, k);
    let reach = if priced { PRICE_REACH } else { VERB_REACH };
    for j in (k.saturating_sub(reach)..k).rev() {
        match &items[j] {
            Item::Money { .. } => {
                let Some(prev) = read.iter().find(|r| r.at == j) else {
                    return (None, Framed::default());
                };
                if !coordinated {
                    return (None, Framed::default());
                }
                let (class, mut f) = gapped(prev, gap);
                f.listed = f.listed.or(gap.filter(|_| gap_listed));
                // "$N in A and $M in B": the amount's own party behind it.
                if let Some(class) = class
                    && let Some(e) = trailing_party(ctx, items, k, class)
                {
                    if class.subject_pays() {
                        f.payee = Some(e);
                    } else {
                        f.payer = Some(e);
                    }
                }
                return (class, f);
            }
            Item::Word { word, .. } if coordinators.contains(word) => {
                // A name between the coordinator and the amount is a gapped
                // subject ("and B about $M"); one before it is not.
                if !coordinated {
                    gap = between.map(|(_, e)| e);
                    gap_listed = listed_gap(items, j, gap);
                }
                coordinated = true;
                if words.boundary.contains(word) && between.is_none() {
                    // A comma may list amounts; else it ends the clause.
                    let listed = (k.saturating_sub(VERB_REACH)..j)
                        .rev()
                        .take(3)
                        .any(|p| matches!(items[p], Item::Money { .. }));
                    // "to S, a US cosmetics firm, for $N": an apposition.
                    // "…, an order worth $N": a phrase that sums up the clause.
                    let apposition =
                        priced && (closes_apposition(ctx, items, j) || sums_up(ctx, items, j, k));
                    if !listed && !apposition {
                        return (None, Framed::default());
                    }
                }
            }
            Item::Word { word, .. } if words.boundary.contains(word) => {
                return (None, Framed::default());
            }
            Item::Word { word, .. } => {
                // "signed for 60 jets": a verb that buys when "for" follows.
                let buys_for = words.buy_for.contains(word)
                    && words
                        .price
                        .contains(items.get(j + 1).map_or("", Item::word));
                let class = Class::of(words, word).or(buys_for.then_some(Class::Buy));
                if let Some(class) = class.filter(|_| !as_noun(ctx, items, j)) {
                    return (Some(class), verb_parties(ctx, items, j, k, class, between));
                }
            }
            Item::Ent { entity, .. } if between.is_none() => {
                between = Some((j, *entity));
            }
            _ => {}
        }
    }
    (None, Framed::default())
}

/// The frame of an amount coordinated with `prev`: the same parties, the
/// subject's role taken by `gapped` where the clause names a new one.
fn gapped(prev: &Read, subject: Option<usize>) -> (Option<Class>, Framed) {
    let mut f = prev.framed;
    match (prev.class, subject) {
        (Some(class), Some(s)) if class.subject_pays() => f.payer = Some(s),
        (Some(_), Some(s)) => f.payee = Some(s),
        (None, Some(_)) => return (None, Framed::default()),
        _ => {}
    }
    f.like = None;
    (prev.class, f)
}

/// The parties of verb `class` at `j` governing the amount at `k`;
/// `between` is the entity between them, if any.
fn verb_parties(
    ctx: &Context<'_>,
    items: &[Item],
    j: usize,
    k: usize,
    class: Class,
    between: Option<(usize, usize)>,
) -> Framed {
    let words = &ctx.lang.relate.frame;
    let lang = ctx.lang;
    // "T was granted $N by S": the subject is paid.
    let passive = j > 0
        && lang.relate.roles.passive_be.contains(items[j - 1].word())
        && !words.is_progressive(items[j].word());
    let subject = clause_subject(lang, items, j, ctx.kinds)
        .or_else(|| place_subject(ctx, items, j))
        .or_else(|| participle_subject(ctx, items, j))
        .or_else(|| shared_subject(ctx, items, j))
        .or_else(|| absolute_subject(ctx, items, j))
        .or_else(|| apposed_subject(ctx, items, j));
    let first = subject.and_then(|e| listed_first(ctx, items, j, e));
    let listed = subject.filter(|_| first.is_some());
    let subject = subject.filter(|_| listed.is_none());
    let object = between
        .filter(|&(p, _)| {
            p == j + 1
                && !matches!(
                    items[p],
                    Item::Ent {
                        possessive: true,
                        ..
                    }
                )
        })
        .map(|(_, e)| e)
        .or_else(|| object_pronoun(ctx, items, j, subject));
    let behind = k + 1;
    // "sold the plant to S for $N", "bought jets from S for $N": the party
    // may stand between the verb and the amount.
    let around = |list: &WordList| {
        (j + 1..k)
            .find(|&p| list.contains(items[p].word()))
            .and_then(|p| object_after(ctx, items, p + 1, k))
            .or_else(|| party_after(ctx, items, behind, list))
    };
    let to = || around(&words.to);
    let from = || around(&words.from);
    let by = || party_after(ctx, items, behind, &lang.relate.clause.passive_agent);
    let held = || holder_after(ctx, items, behind);
    // "pleaded before T to be given $N": the one given is the pleading
    // clause's subject, not the name right before "to".
    let infinitive = j >= 2 && words.infinitive.contains(items[j - 2].word());
    let mut seller = false;
    let mut several = false;
    let (payer, payee) = match class {
        Class::Give if passive && infinitive => (by(), None),
        Class::Give if passive => (by(), subject),
        Class::Give => {
            // "invested $N in T", "will pay $N into T": T is paid.
            let into = || {
                let verb = items[j].word();
                if lang.relate.deals.invest.contains(verb) {
                    party_after(ctx, items, behind, &words.into)
                } else if lang.relate.payments.pay.contains(verb) {
                    party_after(ctx, items, behind, &words.paid_into)
                } else {
                    None
                }
            };
            // "paid $N for T to its founder, S": the seller is paid.
            let sold_to = object
                .is_none()
                .then(|| seller_paid_to(ctx, items, k))
                .flatten();
            // "will spend $N on looms from S": S sells them.
            let spent = || words.spend.contains(items[j].word()).then(from).flatten();
            let payee = object
                .or(sold_to)
                .or_else(to)
                .or_else(into)
                .or_else(held)
                .or_else(spent);
            let owner = payee.is_none().then(|| owner_at(ctx, items, behind, true));
            seller = sold_to.is_some() || owner.flatten().is_some();
            several = payee.is_none()
                && owner.flatten().is_none()
                && several_at(ctx, items, behind, &words.to);
            (subject, payee.or(owner.flatten()))
        }
        Class::Get => (from(), subject),
        Class::Buy => {
            let sold_by = from()
                .or_else(held)
                .or_else(|| owner_at(ctx, items, j + 1, false));
            seller = sold_by.is_some();
            several = sold_by.is_none() && family_seller(ctx, items, j, k);
            let bought = || bought_object(ctx, items, j, k);
            (subject, sold_by.or(object).or_else(bought))
        }
        // "T has been sold to B by its owner, S, for $N": S is paid.
        Class::Sell if passive => {
            let by = around(&lang.relate.clause.passive_agent);
            seller = by.is_some();
            (to(), by.or(subject))
        }
        Class::Sell => (object.or_else(to), subject),
    };
    Framed {
        payer,
        payee,
        seller,
        several,
        listed,
        listed_with: first,
        ..Framed::default()
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as check;

    #[test]
    fn give_verbs_name_the_payer_and_the_one_paid() {
        check(&[
            (
                "Velmora Holdings granted Quantix Inc. $2 billion in state aid.",
                &[("$2 billion", Some("Velmora Holdings"), Some("Quantix Inc."))],
            ),
            // A state pays; an object pronoun is the sentence's subject.
            (
                "Quantix Inc. said that Germany had granted it $2 billion in aid.",
                &[("$2 billion", Some("Germany"), Some("Quantix Inc."))],
            ),
            // A phrase after the comma that sums up the clause.
            (
                "Velmora Holdings will subcontract the roof to the Dutch firm Quantix Inc., in a deal valued at about €55m.",
                &[("€55m", Some("Velmora Holdings"), Some("Quantix Inc."))],
            ),
            (
                "Velmora Holdings has earmarked $4 billion for research.",
                &[("$4 billion", Some("Velmora Holdings"), None)],
            ),
            (
                "Velmora Holdings approved subsidies of $900 million for Quantix Inc.",
                &[(
                    "$900 million",
                    Some("Velmora Holdings"),
                    Some("Quantix Inc."),
                )],
            ),
        ]);
    }

    #[test]
    fn get_buy_and_sell_verbs_turn_the_roles() {
        check(&[
            // Passive giving: the subject is paid; progressive is no passive.
            (
                "Quantix Inc. was granted $2 billion by Velmora Holdings.",
                &[("$2 billion", Some("Velmora Holdings"), Some("Quantix Inc."))],
            ),
            (
                "Analysts pleaded before Quantix Inc. to be given $2 billion.",
                &[("$2 billion", None, None)],
            ),
            (
                "Velmora Holdings would be providing Quantix Inc. with $2 billion.",
                &[("$2 billion", Some("Velmora Holdings"), Some("Quantix Inc."))],
            ),
            (
                "Quantix Inc. seeks $3 billion in loans from Velmora Holdings.",
                &[("$3 billion", Some("Velmora Holdings"), Some("Quantix Inc."))],
            ),
            (
                "Velmora Holdings said it had raised its holding, paying $840 million for shares held by U.S. fund Dunmore Capital.",
                &[(
                    "$840 million",
                    Some("Velmora Holdings"),
                    Some("Dunmore Capital"),
                )],
            ),
            (
                "Velmora Holdings sold the plant to Quantix Inc. for $50 million.",
                &[(
                    "$50 million",
                    Some("Quantix Inc."),
                    Some("Velmora Holdings"),
                )],
            ),
        ]);
    }

    #[test]
    fn what_is_paid_into_a_company_goes_to_it() {
        check(&[
            (
                "Velmora Holdings will pay 134 million zlotys into Quantix Inc. for the new shares.",
                &[(
                    "134 million zlotys",
                    Some("Velmora Holdings"),
                    Some("Quantix Inc."),
                )],
            ),
            // "in" names a place, not the one paid (and a cellar the
            // spender builds for itself is a cost: no payer either).
            (
                "Velmora Holdings is spending 22 million francs on a new cellar in Vaulruz, to open in 2028.",
                &[("22 million francs", None, None)],
            ),
            // A fund a company's possessive names is no company paid.
            (
                "Velmora Holdings will also pay £40m into Quantix Inc.'s staff pension scheme.",
                &[("£40m", Some("Velmora Holdings"), None)],
            ),
        ]);
    }

    #[test]
    fn deal_nouns_name_buyer_and_target() {
        check(&[(
            "Velmora Holdings wins auction for Quantix Inc.'s Danish masts with €1.4 billion bid",
            &[(
                "€1.4 billion",
                Some("Velmora Holdings"),
                Some("Quantix Inc."),
            )],
        )]);
        check(&[(
            "Last year a judge blocked Velmora Holdings's planned $3.1 billion purchase of Quantix Inc.",
            &[(
                "$3.1 billion",
                Some("Velmora Holdings"),
                Some("Quantix Inc."),
            )],
        )]);
    }

    #[test]
    fn coordinated_and_added_amounts_share_the_frame() {
        check(&[
            // A gapped clause names its own payer.
            (
                "Velmora Holdings will contribute about $230 million and Quantix Inc. about $220 million.",
                &[
                    ("$230 million", Some("Velmora Holdings"), None),
                    ("$220 million", Some("Quantix Inc."), None),
                ],
            ),
            // A name before the coordinator is no gapped subject; the
            // amount's own "in B" names its payee.
            (
                "Velmora Holdings will invest $1 billion in Quantix Inc. and $2 billion in Keltic Systems.",
                &[
                    ("$1 billion", Some("Velmora Holdings"), Some("Quantix Inc.")),
                    (
                        "$2 billion",
                        Some("Velmora Holdings"),
                        Some("Keltic Systems"),
                    ),
                ],
            ),
            (
                "Velmora Holdings will offer a $25,000 voucher and $50,000 in cash.",
                &[
                    ("$25,000", Some("Velmora Holdings"), None),
                    ("$50,000", Some("Velmora Holdings"), None),
                ],
            ),
            (
                "Quantix Inc. seeks $3 billion in loans from Velmora Holdings, in addition to the $2 billion it has received.",
                &[
                    ("$3 billion", Some("Velmora Holdings"), Some("Quantix Inc.")),
                    ("$2 billion", Some("Velmora Holdings"), Some("Quantix Inc.")),
                ],
            ),
        ]);
    }

    #[test]
    fn amounts_no_verb_governs_have_no_parties() {
        check(&[
            (
                "Velmora Holdings reported a loss of $2 billion.",
                &[("$2 billion", None, None)],
            ),
            // A nationality pays nothing.
            (
                "Quantix Inc. shares rose $2.10 to $41.50.",
                &[("$2.10", None, None), ("$41.50", None, None)],
            ),
        ]);
    }
}
