//! Figures: money facts.
//!
//! Takes the MONEY mentions, the date facts, the relations (and the money
//! mention each carries) and each sentence's subject; gives one
//! [`MoneyFact`] per figure, attached to the deal that carries it, with
//! repeats of one figure merged.

use crate::lang::Language;
use crate::model::{DateFact, Mention, MentionPlaces, MoneyFact, Per, Relation, Span};

use super::contributions::into_venture;
use super::current_deal::Told;
use super::deal_refs::{lead_deal, priced_lead, referred_deal, referred_figure, sole_deal};
use super::figure_year::figure_year;
use super::follow_up::{completed, deals_before, seller_of};
use super::investors::{invests_before, opens_with_preposition};
use super::lending::{funded, lent, lent_for, unnamed_lender};
use super::money::{Amount, Money};
use super::proceeds::{buyer_of_holding, buyer_of_part};
use super::relate::Framed;
use super::restatements::{restates, restates_in_words};
use super::segment::Segmentation;

/// What the relate stage says about the deals: which money mention each
/// relation's pattern saw, the payee a relation names besides its ends
/// (the seller of a business sold), and each sentence's investor.
#[derive(Clone, Copy, Debug)]
pub struct Deals<'a> {
    /// By relation: the money mention its pattern saw.
    pub money_of_relation: &'a [Option<usize>],
    /// By relation: who is paid when it is not the relation's payee end.
    pub payees: &'a [Option<usize>],
    /// By sentence: the investor of an amount no relation claims.
    pub investors: &'a [Option<usize>],
    /// `(money mention, payer, payee)` of amounts a verb of paying or
    /// receiving ties to their parties.
    pub payments: &'a [(usize, Option<usize>, Option<usize>)],
    /// Each amount's money frame: the parties its clause's grammar names.
    pub frames: &'a [Framed],
}

/// `(investor, recipient)` of the money relation `r` carries: its kind's
/// payer and payee (none for symmetric kinds), the payee it names first.
/// Where the same statement relates several members of a list ("A and B
/// ordered …"), a party that differs between them is not named.
fn parties(
    relations: &[Relation],
    payees: &[Option<usize>],
    r: usize,
) -> (Option<usize>, Option<usize>) {
    let of = |k: usize| {
        let x = &relations[k];
        x.kind
            .payer_payee(x.source, x.target)
            .map_or((None, None), |(payer, to)| {
                (
                    Some(payer),
                    Some(payees.get(k).copied().flatten().unwrap_or(to)),
                )
            })
    };
    let (mut payer, mut payee) = of(r);
    let same_statement = |k: &usize| {
        let (a, b) = (&relations[*k], &relations[r]);
        a.kind == b.kind && a.evidence == b.evidence && a.trigger == b.trigger
    };
    for (p, q) in (0..relations.len()).filter(same_statement).map(of) {
        if p != payer {
            payer = None;
        }
        if q != payee {
            payee = None;
        }
    }
    (payer, payee)
}

/// Money facts: each MONEY mention parsed, with its qualifier and year;
/// share and unit prices marked and left without parties; every other
/// amount attached to the deal that carries it (payer and payee by the
/// relation's kind), else restating the amount before it, else to the deal
/// of the sentence before that its sentence refers to ("the order"), else
/// with the sentence's investor.
#[allow(clippy::too_many_arguments)]
pub fn figures(
    money: &Money,
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    dates: &[DateFact],
    relations: &mut [Relation],
    deals: Deals<'_>,
    place: Option<&str>,
) -> Vec<MoneyFact> {
    let mut out: Vec<MoneyFact> = Vec::new();
    let mut previous: Option<Span> = None;
    // Each amount, by mention, with the price per share or unit it may be,
    // read once (the loop below asks again for the amounts before it).
    let mut parsed = money.parse_mentions(text, seg, mentions);
    let amounts: Vec<Option<(Amount<'_>, Option<Per>)>> =
        super::prices::priced_amounts(lang, text, seg, mentions, &parsed);
    // Prices per share or unit, by mention: they count as no amount of a deal.
    let priced: Vec<bool> = amounts
        .iter()
        .map(|a| a.as_ref().is_some_and(|(_, per)| per.is_some()))
        .collect();
    let places = MentionPlaces::new(mentions);
    for (i, m) in mentions.iter().enumerate() {
        let Some((amount, per)) = &amounts[i] else {
            continue;
        };
        // "(A$1 = US$0.79)", "92.27 yen to the dollar": rates, no money.
        if super::rate_notes::is_rate(&lang.money, text, seg, mentions, (m.span, amount)) {
            continue;
        }
        let qualifier = money
            .qualifier_before(&text[..m.span.start])
            .map(str::to_owned);
        let s = seg.sentence_index(m.span.start);
        let sentence = seg.sentences.get(s).map_or(m.span, |s| s.span);
        let year = figure_year(lang, text, dates, &places, sentence, m.span);
        // "(about $180 million)": the qualifier is no part of the opening.
        let restated = previous
            .filter(|p| {
                p.end <= m.span.start && {
                    let between = &text[p.end..m.span.start];
                    // Only inside a parenthesis: ", up to $M" lists another.
                    let q = qualifier
                        .as_deref()
                        .filter(|_| between.trim_start().starts_with('('))
                        .unwrap_or_default();
                    restates(between.trim_end().strip_suffix(q).unwrap_or(between))
                        || out.last().is_some_and(|f| f.currency != amount.currency)
                            && restates_in_words(&lang.money, between, qualifier.as_deref())
                }
            })
            .and(out.last());
        let opened = out
            .last()
            .and_then(|f| mentions.get(f.mention))
            .map(|x| x.span);
        previous = Some(m.span);
        // "between $12 million and $20 million": one figure, the first.
        if opened.is_some_and(|a| super::ranges::closes_range(&lang.money, text, a, m.span)) {
            // "4.4 billion to 4.6 billion crowns", "$13 - $15 / shr": the
            // first amount is in the currency and per what the second names.
            if let Some(f) = out.last_mut() {
                super::ranges::range_currency(&mut parsed, f, (i, *per));
            }
            continue;
        }
        let per = per.or(restated.and_then(|f| f.per));
        // "valuing it at $N": a worth, no payment, unless the sentence's
        // price per share makes it a takeover's price.
        let valued = super::valuations::is_valuation(&lang.money, text, seg, s, m.span)
            && !mentions
                .iter()
                .enumerate()
                .any(|(k, x)| priced[k] && x.span.within(sentence))
            || super::valuations::is_market_value(&lang.money, text, seg, s, m.span)
            || super::measures::is_measure(&lang.money, text, seg, s, m.span);
        let mut fact = MoneyFact {
            mention: i,
            value: amount.value,
            currency: amount.currency.to_owned(),
            qualifier,
            year,
            investor: None,
            recipient: None,
            relation: None,
            repeats: Vec::new(),
            per,
        };
        if per.is_none() && !valued {
            let fact_index = out.len();
            let claimed = (0..relations.len()).find(|&r| deals.money_of_relation[r] == Some(i));
            let sole = (claimed.is_none() && restated.is_none())
                .then(|| sole_deal(lang, text, mentions, &priced, (sentence, m.span), relations))
                .flatten();
            if let Some((payer, payee)) = sole.and_then(|r| {
                paid_elsewhere(deals.payments, i, parties(relations, deals.payees, r))
            }) {
                // "raised its stake in T, paying $N for shares held by H":
                // the payment's own payee, not the company of the deal.
                (fact.investor, fact.recipient) = (payer, payee);
            } else if let Some(r) = claimed.or(sole) {
                relations[r].money = Some(fact_index);
                fact.relation = Some(r);
                (fact.investor, fact.recipient) = parties(relations, deals.payees, r);
                // "agreed to buy T, which …, from H for $N": H is paid.
                let r = &relations[r];
                let seller = || seller_of((lang, text, seg, mentions), r);
                if fact.recipient == Some(r.target) {
                    fact.recipient = seller().or(fact.recipient);
                }
            } else if let Some(f) = restated {
                (fact.investor, fact.recipient, fact.relation) =
                    (f.investor, f.recipient, f.relation);
            } else if let Some((lender, borrower)) = lent(deals.frames, i) {
                // "S paid for T with a $N loan from L": the lender pays the
                // borrower, whatever the loan pays for.
                (fact.investor, fact.recipient) = (Some(lender), Some(borrower));
            } else if let Some((lender, buyer)) = referred_deal(lang, text, seg, s, relations)
                .or_else(|| lead_deal(lang, text, seg, s, relations))
                .and_then(|r| {
                    let deal = parties(relations, deals.payees, r);
                    lent_for(deals.frames, i, deal).zip(funded(relations[r].kind, deal))
                })
            {
                // "The purchase is paid for with a $N loan from L": the
                // lender pays the buyer of the deal referred to (the
                // borrower of a loan referred to).
                (fact.investor, fact.recipient) = (Some(lender), Some(buyer));
            } else if let Some(&(_, payer, payee)) = deals.payments.iter().find(|p| p.0 == i) {
                (fact.investor, fact.recipient) = (payer, payee);
            } else if let Some(r) = referred_deal(lang, text, seg, s, relations)
                .or_else(|| priced_lead((lang, text, seg, mentions), (s, m.span), relations))
            {
                let deal = parties(relations, deals.payees, r);
                if let Some(lender) = lent_for(deals.frames, i, deal) {
                    // "The deal was financed with a $N loan from L": the
                    // lender pays the deal's buyer, not the seller.
                    (fact.investor, fact.recipient) =
                        (Some(lender), funded(relations[r].kind, deal));
                } else if unnamed_lender(deals.frames, i) {
                    // "The purchase is financed with a $N loan from a group
                    // of banks": credit for the deal, not its price.
                    (fact.investor, fact.recipient) = (None, funded(relations[r].kind, deal));
                } else {
                    if relations[r].money.is_none() {
                        relations[r].money = Some(fact_index);
                    }
                    fact.relation = Some(r);
                    (fact.investor, fact.recipient) = deal;
                }
            } else if let Some((payer, payee)) = framed(deals.frames, &out, i) {
                (fact.investor, fact.recipient) = (payer, payee);
            } else if let Some(f) = referred_figure(lang, text, seg, mentions, s, &out) {
                // "From the package, $N will be used for …": a part of the
                // amount the sentences before gave, between the same parties.
                (fact.investor, fact.recipient) = (f.investor, f.recipient);
            } else {
                // The investor is the subject that stands before the
                // amount, not a source named after it ("according to S"),
                // unless the amount is in a phrase put first ("With a goal
                // to invest $N, S …").
                let fronted = opens_with_preposition(lang, text, seg, s);
                fact.investor = deals
                    .investors
                    .get(s)
                    .copied()
                    .flatten()
                    .filter(|&e| {
                        fronted
                            || places
                                .within(sentence)
                                .any(|x| x.entity == Some(e) && x.span.start < m.span.start)
                    })
                    .filter(|_| invests_before(lang, text, seg, mentions, s, m.span));
            }
        }
        if per.is_none()
            && !valued
            && let Some((payer, payee)) = framed(deals.frames, &out, i)
        {
            // A borrower from the sentence before gives way to a named one.
            let before = deals.frames.iter().any(|f| f.mention == i && f.before);
            let payee = payee.filter(|_| !before || fact.recipient.is_none());
            fill(&mut fact, payer, payee);
        }
        // "bought X from S for $N": the seller is paid, not the business.
        if let Some(f) = deals.frames.iter().find(|f| f.mention == i && f.seller)
            && per.is_none()
            && !valued
            && agrees(fact.investor, f.payer)
        {
            fact.recipient = f.payee.or(fact.recipient);
        }
        // "paid $N to T's owners", "to A and B": no one payee.
        if deals.frames.iter().any(|f| f.mention == i && f.several)
            && per.is_none()
            && fact.recipient.is_some()
        {
            fact.recipient = None;
        }
        // "a $N loan from A and from a group of banks": no one payer.
        if deals.frames.iter().any(|f| f.mention == i && f.lenders) && per.is_none() {
            fact.investor = None;
        }
        // "A and B have lent T $N": the listed subject is no one party.
        if let Some(e) = deals
            .frames
            .iter()
            .find(|f| f.mention == i)
            .and_then(|f| f.listed)
        {
            fact.investor = fact.investor.filter(|&x| x != e);
            fact.recipient = fact.recipient.filter(|&x| x != e);
        }
        one_party_each(&mut fact, deals.frames.iter().find(|f| f.mention == i));
        let page = (lang, text, seg, mentions);
        // "S agreed to buy T from H. S will pay $N in cash": the deal of
        // the sentence before names the party the amount's clause leaves out.
        let told = Told {
            relations,
            figures: &out,
        };
        if per.is_none()
            && !valued
            && fact.relation.is_none()
            && !deals.frames.iter().any(|f| f.mention == i && f.several)
            && let Some((p, q)) = completed(
                page,
                (s, m.span),
                (fact.investor, fact.recipient),
                &deals_before(page, s, told, |r| parties(relations, deals.payees, r)),
            )
        {
            (fact.investor, fact.recipient) = (Some(p), Some(q));
        }
        // "H will receive $N for its 70% holding" after the deal's sentence.
        let sold = (i, s, m.span);
        if let Some((b, h)) = buyer_of_holding(page, sold, deals.payments, relations, &out)
            && per.is_none()
            && !valued
        {
            (fact.investor, fact.recipient) = (Some(b), Some(h));
        }
        if per.is_none() && !valued {
            // "H is to receive €N of the price" after the purchase's price.
            let part = (i, s, (fact.value, fact.currency.as_str()));
            let got = buyer_of_part((seg, mentions), part, deals.payments, relations, &out);
            if let Some((b, h)) = got.filter(|_| fact.investor.is_none() && fact.relation.is_none())
            {
                (fact.investor, fact.recipient) = (Some(b), Some(h));
            }
            // "The partners will put €N into the venture, V": V is paid.
            into_venture(page, (s, m.span), relations, &mut fact);
            super::deal_refs::money_referred(page, (s, i), (&out, deals.frames), &mut fact);
            super::parts::payee_of_whole(page, (s, m.span), &out, &mut fact);
        }
        out.push(fact);
    }
    super::results_tables::table_figures(lang, text, mentions, relations, &mut out);
    super::home_dollars::localise(lang, &money.home, text, mentions, &mut out);
    super::dollars::localise_words(text, mentions, &lang.money, place, &mut out);
    super::money::inherit_currency(seg, mentions, &parsed, &mut out);
    super::cents::localise_cents(&lang.money.cents, text, seg, mentions, &mut out);
    super::follow_up::headline_repeats(text, seg, mentions, &mut out);
    super::follow_up::sellers_for_repeats(mentions, &mut out, relations);
    super::repeats::merge_repeated_figures(text, seg, mentions, out, relations)
}

/// The parties of a payment of mention `i` whose named payee is not the
/// payee of the sentence's only deal (`deal`'s parties), its payer
/// completed by the deal's.
fn paid_elsewhere(
    payments: &[(usize, Option<usize>, Option<usize>)],
    i: usize,
    deal: (Option<usize>, Option<usize>),
) -> Option<(Option<usize>, Option<usize>)> {
    let &(_, payer, payee) = payments.iter().find(|p| p.0 == i)?;
    (payee.is_some() && payee != deal.1 && agrees(payer, deal.0)).then(|| (payer.or(deal.0), payee))
}

/// The parties the money frame gives mention `i`: its own clause's,
/// completed by those of the earlier figure it is added to ("in addition
/// to $M"); none when neither names a party.
fn framed(
    frames: &[Framed],
    earlier: &[MoneyFact],
    i: usize,
) -> Option<(Option<usize>, Option<usize>)> {
    let f = frames.iter().find(|f| f.mention == i)?;
    let own = (f.payer, f.payee);
    let like = f
        .like
        .and_then(|m| earlier.iter().rev().find(|x| x.mention == m))
        .filter(|x| x.per.is_none())
        .map(|x| (x.investor, x.recipient));
    // What the clause names itself, completed by the earlier figure where
    // the two agree ("the $M it has received" after "$N from S").
    let (p, q) = match like {
        Some((lp, lq)) if agrees(own.0, lp) && agrees(own.1, lq) => (own.0.or(lp), own.1.or(lq)),
        _ => own,
    };
    (p.is_some() || q.is_some()).then_some((p, q))
}

/// A figure whose payer is also its payee keeps the side its frame names
/// ("S stood to receive $N from the sale": S is paid), else neither.
fn one_party_each(fact: &mut MoneyFact, frame: Option<&Framed>) {
    let Some(e) = fact.investor.filter(|&e| fact.recipient == Some(e)) else {
        return;
    };
    let frame = frame.copied().unwrap_or_default();
    if frame.payee != Some(e) {
        fact.recipient = None;
    }
    if frame.payer != Some(e) {
        fact.investor = None;
    }
}

/// True when two parties do not contradict each other.
fn agrees(have: Option<usize>, new: Option<usize>) -> bool {
    have.is_none() || new.is_none() || have == new
}

/// Fills the parties a figure lacks from the frame, where the frame agrees
/// with those it has.
fn fill(fact: &mut MoneyFact, payer: Option<usize>, payee: Option<usize>) {
    if agrees(fact.investor, payer) && agrees(fact.recipient, payee) {
        fact.investor = fact.investor.or(payer);
        fact.recipient = fact.recipient.or(payee);
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::money_parties as payments;

    #[test]
    fn each_figure_gets_the_payer_and_payee_of_its_deal() {
        let some = |s: &str| Some(s.to_owned());
        for (text, want) in [
            // The buyer pays the seller.
            (
                "Keltic Airways ordered 10 Brightwater Aerospace B500s worth $3 billion.",
                vec![(
                    "$3 billion",
                    some("Keltic Airways"),
                    some("Brightwater Aerospace"),
                )],
            ),
            // A part of a package the sentences before gave.
            (
                "The Scottish government will give Brightwater Motors a $50 million aid package. \
                 From the package, $40 million will go to a new engine.",
                vec![
                    (
                        "$50 million",
                        some("Scottish government"),
                        some("Brightwater Motors"),
                    ),
                    (
                        "$40 million",
                        some("Scottish government"),
                        some("Brightwater Motors"),
                    ),
                ],
            ),
            // "The order" is the deal of the sentence before.
            (
                "Keltic Airways ordered 10 jets from Brightwater Aerospace. The order is worth $3 billion.",
                vec![(
                    "$3 billion",
                    some("Keltic Airways"),
                    some("Brightwater Aerospace"),
                )],
            ),
            // The same amount in another currency has the same parties.
            (
                "Keltic Airways ordered 10 Brightwater Aerospace B500s worth €2 billion ($3 billion).",
                vec![
                    (
                        "€2 billion",
                        some("Keltic Airways"),
                        some("Brightwater Aerospace"),
                    ),
                    (
                        "$3 billion",
                        some("Keltic Airways"),
                        some("Brightwater Aerospace"),
                    ),
                ],
            ),
            // Of several holdings, the one stated last before the amount.
            (
                "Keltic Foods owns 58% of Orla Media, while Vantmoor Group holds 22%, \
                 a stake it bought in 2017 for $95 million from Helio Partners.",
                vec![(
                    "$95 million",
                    some("Vantmoor Group"),
                    some("Helio Partners"),
                )],
            ),
            // The buyer of a business pays its seller.
            // Country letters may open a restatement.
            (
                "Helio Bank offered to lend 60 billion rubles (US $2 billion) to Zephyr Motors.",
                vec![
                    (
                        "60 billion rubles",
                        some("Helio Bank"),
                        some("Zephyr Motors"),
                    ),
                    ("US $2 billion", some("Helio Bank"), some("Zephyr Motors")),
                ],
            ),
            // "It" after a sentence that referred to the deal.
            (
                "Helio Bank awarded a $3 billion contract to Brightwater Systems. The deal covers ten ships. It includes a first payment of $1 billion.",
                vec![
                    (
                        "$3 billion",
                        some("Helio Bank"),
                        some("Brightwater Systems"),
                    ),
                    (
                        "$1 billion",
                        some("Helio Bank"),
                        some("Brightwater Systems"),
                    ),
                ],
            ),
            (
                "Zephyr Motors sold its Vantor Systems unit to Quantix Inc. for $2 billion.",
                vec![("$2 billion", some("Quantix Inc."), some("Zephyr Motors"))],
            ),
            // The price per share is no payment; the deal's value is.
            (
                "Zephyr Motors agreed to buy Quantix Inc. for $45 a share, valuing it at $12 billion.",
                vec![
                    ("$45", None, None),
                    ("$12 billion", some("Zephyr Motors"), some("Quantix Inc.")),
                ],
            ),
            // A loan that finances the deal referred to goes to its buyer.
            (
                "Zephyr Motors agreed to buy Quantix Inc. for $4 billion. \
                 The deal was financed with cash and a $3 billion term loan from Helio Bank, Zephyr said.",
                vec![
                    ("$4 billion", some("Zephyr Motors"), some("Quantix Inc.")),
                    ("$3 billion", some("Helio Bank"), some("Zephyr Motors")),
                ],
            ),
            // A restatement with its qualifier has the figure's parties.
            (
                "Zephyr Motors bought Quantix AB for 1.9 billion Swedish kronor (about $180 million).",
                vec![
                    (
                        "1.9 billion Swedish kronor",
                        some("Zephyr Motors"),
                        some("Quantix AB"),
                    ),
                    ("$180 million", some("Zephyr Motors"), some("Quantix AB")),
                ],
            ),
            // A payer far behind its "from", past a long description.
            (
                "Keltic Labs won a 95 million euro contract from the Dutch food safety authority NVKA to test meat samples.",
                vec![("95 million euro", some("NVKA"), some("Keltic Labs"))],
            ),
            // What is spent on goods goes to their seller.
            (
                "Keltic Foods will spend 11 million euros on 40 looms from Tarvel Macchine S.r.l., its chief executive said.",
                vec![(
                    "11 million euros",
                    some("Keltic Foods"),
                    some("Tarvel Macchine S.r.l."),
                )],
            ),
            // A modal between the payer and "pay"; the one paid right after it.
            (
                "Under the merger agreement, Zephyr Motors must pay Quantix Inc. a break fee of 40 million euros.",
                vec![(
                    "40 million euros",
                    some("Zephyr Motors"),
                    some("Quantix Inc."),
                )],
            ),
            // Not a payment.
            (
                "Zephyr Motors reported a loss of $2 billion.",
                vec![("$2 billion", None, None)],
            ),
        ] {
            let want: Vec<(String, Option<String>, Option<String>)> = want
                .into_iter()
                .map(|(m, i, r)| (m.to_owned(), i, r))
                .collect();
            assert_eq!(payments(text), want, "{text}");
        }
    }

    #[test]
    fn no_one_pays_itself() {
        for text in [
            "Keltic Partners, which held about 30% of Quantix Inc., stood to receive roughly $390 million from the sale.",
            "Keltic Partners, which held 30% of Quantix Inc., will receive $390 million from the sale.",
        ] {
            for (m, payer, payee) in payments(text) {
                assert!(payer.is_none() || payer != payee, "{text}: {m}");
            }
        }
    }
}
